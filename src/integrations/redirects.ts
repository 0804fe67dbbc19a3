/**
 * Writes the redirect maps of retired article ids (src/site/retired.ts) into the built site
 * once the pages are written: `_redirects` for Netlify (and hosts that read the same format),
 * `redirects.nginx.conf` for an nginx server block to include (docs/deploy.md). The static page at
 * each old URL sends readers on where a host takes no map. Wired up in astro.config.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../config.ts';
import { readLedger } from '../content/ledger.ts';
import { netlifyRedirects, nginxRedirects, retiredPages, type RetiredPage } from '../site/retired.ts';
import { normalizeBase } from '../site/url.ts';
import { makesArchiveWide } from '../site/build-part.ts';
import { COLLECTIONS } from '../content/paths.ts';

/**
 * The retired pages of a content tree, read once per build: the redirect maps and the sitemap
 * (src/integrations/sitemap.ts) both need them after the pages are written.
 */
const retiredByTree = new Map<string, RetiredPage[]>();
export function retiredPagesOf(dir: string): RetiredPage[] {
  let pages = retiredByTree.get(dir);
  // An id is an article of the archive when its entry's file is there (the pre-build check has
  // read every file): only the ledger's retired and withdrawn ids are asked about, and no article is read.
  const live = { has: (id: string) => fs.existsSync(path.join(dir, COLLECTIONS.articles.path(id))) };
  if (!pages) retiredByTree.set(dir, (pages = retiredPages(readLedger(dir), live)));
  return pages;
}

export const NETLIFY_REDIRECTS = '_redirects';
export const NGINX_REDIRECTS = 'redirects.nginx.conf';

export function redirectMaps(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-redirect-maps',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        // One map for the whole site: a year's part of a build by parts leaves it to the archive-wide part.
        if (!makesArchiveWide()) return;
        const out = fileURLToPath(dir);
        const pages = retiredPagesOf(contentDir());
        fs.writeFileSync(path.join(out, NETLIFY_REDIRECTS), netlifyRedirects(pages, base));
        fs.writeFileSync(path.join(out, NGINX_REDIRECTS), nginxRedirects(pages, base));
        const moved = pages.filter((p) => p.kind === 'moved').length;
        logger.info(`已停用的稿件号：${moved} 个转到新网址（${NETLIFY_REDIRECTS}、${NGINX_REDIRECTS}），${pages.length - moved} 个显示撤稿或停用说明`);
      },
    },
  };
}
