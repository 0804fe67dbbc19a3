/**
 * An Astro integration for builds that keep the previous dist/ (vite.build.emptyOutDir: false,
 * which spares the daily job deleting and restoring every page of the archive): after the
 * build, pages (*.html) that this build did not produce — an article whose id was retired, a
 * person's page after a name was corrected — are removed, so dist/ holds exactly the site a
 * clean build makes. The search index (pagefind/) and assets are left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isIndexFolder } from '../search/build/write-index.ts';

/** Folders of dist/ that other steps own. */
const KEEP = (name: string) => name === '_astro' || isIndexFolder(name);
/** What routes write per page. (Each article's citation downloads are written, and pruned, by citation-files.ts.) */
const PAGE_FILES = ['.html'];

export function pruneStalePages(): AstroIntegration {
  return {
    name: 'prune-stale-pages',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const produced = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) produced.add(path.resolve(fileURLToPath(url)));
        // Nothing produced means something else went wrong: do not touch dist/.
        if (produced.size === 0) return;
        const stale = stalePages(root, produced);
        for (const file of stale) fs.rmSync(file);
        for (const file of stale) removeEmptyParents(path.dirname(file), root);
        if (stale.length) logger.info(`removed ${stale.length} page(s) no longer in the archive`);
      },
    },
  };
}

/** Page files under root, outside the kept folders, that are not in `produced`. */
export function stalePages(root: string, produced: ReadonlySet<string>): string[] {
  const stale: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === root && KEEP(entry.name)) continue;
        walk(full);
      } else if (PAGE_FILES.some((ext) => entry.name.endsWith(ext)) && !produced.has(full)) stale.push(full);
    }
  };
  walk(root);
  return stale;
}

function removeEmptyParents(dir: string, root: string): void {
  while (dir !== root && dir.startsWith(root + path.sep) && fs.readdirSync(dir).length === 0) {
    fs.rmdirSync(dir);
    dir = path.dirname(dir);
  }
}
