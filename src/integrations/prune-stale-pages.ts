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
        const { files, folders } = staleOutputs(root, produced);
        for (const file of files) fs.rmSync(file);
        // Deepest first: a folder is removed once the folders inside it are gone.
        for (const folder of folders) fs.rmdirSync(folder);
        if (files.length) logger.info(`删去已不在档案中的页面 ${files.length} 个`);
        if (folders.length) logger.info(`删去空文件夹 ${folders.length} 个`);
      },
    },
  };
}

/** Page files under root, outside the kept folders, that are not in `produced`. */
export function stalePages(root: string, produced: ReadonlySet<string>): string[] {
  return staleOutputs(root, produced).files;
}

/**
 * What a build leaves behind under root, outside the kept folders: page files not in `produced`,
 * and the folders that hold nothing else once they are gone (a page Astro's incremental build
 * itself removed leaves its folder empty: a static host may answer an empty folder with 403, not
 * 404). Folders come deepest first. Reads the tree; removes nothing.
 */
export function staleOutputs(root: string, produced: ReadonlySet<string>): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  /** Walks `dir`; gives whether nothing in it stays. */
  const walk = (dir: string): boolean => {
    let empty = true;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === root && KEEP(entry.name)) {
          empty = false;
          continue;
        }
        if (walk(full)) folders.push(full);
        else empty = false;
      } else if (PAGE_FILES.some((ext) => entry.name.endsWith(ext)) && !produced.has(full)) files.push(full);
      else empty = false;
    }
    return empty;
  };
  walk(root);
  return { files, folders };
}
