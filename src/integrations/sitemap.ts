/**
 * Writes sitemap.xml and robots.txt into the built site once Astro has written every page
 * (astro:build:done), from the HTML files actually there. Wired up in astro.config.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteUrl } from '../config.ts';
import { builtPages, robotsTxt, sitemapFiles } from '../site/sitemap.ts';
import { normalizeBase } from '../site/url.ts';

export function sitemap(): AstroIntegration {
  let root = '';
  return {
    name: 'archive-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('sitemap.xml needs the site URL: set SITE_URL (see docs/deploy.md)');
        root = new URL(normalizeBase(config.base), config.site).href;
      },
      'astro:build:start': ({ logger }) => {
        if (!siteUrl().given) logger.warn(`SITE_URL 未设置：永久链接、引用、订阅源和 sitemap 中的完整网址将用占位的 ${root}（见 docs/deploy.md）`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = builtPages(out);
        for (const [name, xml] of Object.entries(sitemapFiles(root, pages))) fs.writeFileSync(path.join(out, name), xml);
        fs.writeFileSync(path.join(out, 'robots.txt'), robotsTxt(root));
        logger.info(`sitemap.xml: ${pages.length} pages under ${root}`);
      },
    },
  };
}
