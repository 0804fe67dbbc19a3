/**
 * Writes sitemap.xml and robots.txt into the built site once Astro has written every page
 * (astro:build:done), from the HTML files actually there, leaving out the pages of retired ids
 * (src/site/retired.ts). A preview build (no SITE_URL) has no address to list: it writes a
 * robots.txt that asks crawlers to stay away, no sitemap, and says so in the build's last line.
 * Wired up in astro.config.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../config.ts';
import { retiredPaths } from '../site/retired.ts';
import { retiredPagesOf } from './redirects.ts';
import { builtPages, previewRobotsTxt, robotsTxt, sitemapFiles } from '../site/sitemap.ts';
import { normalizeBase } from '../site/url.ts';
import { buildPart } from '../config.ts';

/**
 * Writes sitemap.xml (one file or several) into the built site `out` from the pages there, leaving
 * out retired ids' pages, and removes an earlier build's. `root` is the site's address with its
 * base path. Gives how many pages it lists. Also run by the merge of a build by parts
 * (src/deploy/merge-parts.ts), where the pages come from every part.
 */
export function writeSitemap(out: string, root: string, content: string = contentDir()): number {
  removeSitemaps(out);
  const retired = new Set(retiredPaths(retiredPagesOf(content)).map((p) => p.slice(1)));
  const pages = builtPages(out).filter((page) => !retired.has(page));
  for (const [name, xml] of Object.entries(sitemapFiles(root, pages))) fs.writeFileSync(path.join(out, name), xml);
  return pages.length;
}

function removeSitemaps(out: string): void {
  for (const name of fs.readdirSync(out)) if (/^sitemap(-\d+)?\.xml$/.test(name)) fs.rmSync(path.join(out, name));
}

export function sitemap(): AstroIntegration {
  let root: string | null = null;
  let base = '/';
  return {
    name: 'archive-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        root = config.site ? new URL(base, config.site).href : null;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const part = buildPart();
        // A year's part of a build by parts writes neither: robots.txt is the archive-wide part's,
        // the sitemap the merge's, which has every part's pages (src/site/build-part.ts).
        if (part.kind === 'year') return;
        // dist/ is kept between builds: a sitemap of an earlier deploy build must not outlive it.
        removeSitemaps(out);
        if (root === null) {
          fs.writeFileSync(path.join(out, 'robots.txt'), previewRobotsTxt());
          // The build's last line: Astro's own lines come before process exit.
          process.once('exit', (code) => {
            if (code === 0) {
              console.log('预览构建（未设置 SITE_URL）：页面标为 noindex，没有 sitemap，不含完整网址，引用地址由浏览器按实际访问的网址补全；正式发布请用 SITE_URL=… DEPLOY=1 npm run build（docs/deploy.md）。');
            }
          });
          return;
        }
        fs.writeFileSync(path.join(out, 'robots.txt'), robotsTxt(root));
        if (part.kind === 'archive-wide') return logger.info('sitemap.xml：分部构建，由合并写出（npm run build-archive）');
        const listed = writeSitemap(out, root);
        logger.info(`sitemap.xml：${listed} 个页面，网址以 ${root} 开头`);
        const site = root;
        process.once('exit', (code) => {
          if (code === 0) console.log(`发布构建：网站地址 ${site}（SITE_URL 与 BASE_PATH），sitemap 列出 ${listed} 个页面。`);
        });
      },
    },
  };
}
