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
        // dist/ is kept between builds: a sitemap of an earlier deploy build must not outlive it.
        for (const name of fs.readdirSync(out)) if (/^sitemap(-\d+)?\.xml$/.test(name)) fs.rmSync(path.join(out, name));
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
        const retired = new Set(retiredPaths(retiredPagesOf(contentDir())).map((p) => p.slice(1)));
        const pages = builtPages(out).filter((page) => !retired.has(page));
        for (const [name, xml] of Object.entries(sitemapFiles(root, pages))) fs.writeFileSync(path.join(out, name), xml);
        fs.writeFileSync(path.join(out, 'robots.txt'), robotsTxt(root));
        logger.info(`sitemap.xml: ${pages.length} pages under ${root}`);
        const site = root;
        process.once('exit', (code) => {
          if (code === 0) console.log(`发布构建：网站地址 ${site}（SITE_URL 与 BASE_PATH），sitemap 列出 ${pages.length} 个页面。`);
        });
      },
    },
  };
}
