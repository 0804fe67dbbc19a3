/**
 * sitemap.xml (sitemaps.org 0.9) of every page of the built site, and robots.txt pointing at
 * it. The page list comes from the built HTML files, so every page any route makes is listed.
 * Our own code: @astrojs/sitemap always writes an index (sitemap-index.xml → sitemap-0.xml),
 * where this writes sitemap.xml alone up to 50,000 pages and an index only beyond.
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

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** sitemaps.org: at most 50,000 URLs in one file. */
export const URLS_PER_SITEMAP = 50_000;

/** `root` is the site's absolute URL with the base path, ending in '/'. */
export function sitemapXml(root: string, pages: string[]): string {
  const url = (page: string) => `  <url><loc>${xmlText(new URL(encodeURI(page), root).href)}</loc></url>`;
  return [XML_HEAD, `<urlset xmlns="${NS}">`, ...pages.map(url), '</urlset>', ''].join('\n');
}

/**
 * The sitemap files to write: sitemap.xml alone while the site has at most 50,000 pages;
 * beyond that sitemap.xml becomes an index of sitemap-1.xml, sitemap-2.xml …
 */
export function sitemapFiles(root: string, pages: string[], perFile = URLS_PER_SITEMAP): Record<string, string> {
  if (pages.length <= perFile) return { 'sitemap.xml': sitemapXml(root, pages) };
  const files: Record<string, string> = {};
  for (let k = 0; k * perFile < pages.length; k++) files[`sitemap-${k + 1}.xml`] = sitemapXml(root, pages.slice(k * perFile, (k + 1) * perFile));
  const entries = Object.keys(files).map((name) => `  <sitemap><loc>${xmlText(new URL(name, root).href)}</loc></sitemap>`);
  files['sitemap.xml'] = [XML_HEAD, `<sitemapindex xmlns="${NS}">`, ...entries, '</sitemapindex>', ''].join('\n');
  return files;
}

export function robotsTxt(root: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', root).href}\n`;
}

/** robots.txt of a preview build: it has no address of its own and must not be crawled. */
export function previewRobotsTxt(): string {
  return 'User-agent: *\nDisallow: /\n';
}
