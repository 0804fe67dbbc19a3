/**
 * sitemap.xml (sitemaps.org 0.9) of every page of the built site, and robots.txt pointing at
 * it. The page list comes from the built HTML files, so every page any route makes is listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { xmlText } from './feed.ts';

/** URL paths (under the base) of the HTML pages in a built site folder; 404.html is not a page. */
export function builtPages(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(siteDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((file) => file !== '404.html')
    .map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort();
}

/** `root` is the site's absolute URL with the base path, ending in '/'. */
export function sitemapXml(root: string, pages: string[]): string {
  const url = (page: string) => `  <url><loc>${xmlText(new URL(encodeURI(page), root).href)}</loc></url>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...pages.map(url), '</urlset>', ''].join('\n');
}

export function robotsTxt(root: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', root).href}\n`;
}
