/**
 * An Astro integration for a build by parts (src/site/build-part.ts): after the pages, removes
 * from the part's dist/ every file another part writes — the pages spanning years from a year's
 * part (Astro renders every page that has no list of paths, such as the home page), a year's pages
 * from the archive-wide part — so the merge finds each file in one part only. The shared code
 * (_astro/) and the search index (pagefind/, written by its own step for its part) are left alone.
 * The whole site's build is not touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPart } from '../config.ts';
import { isIndexFolder } from '../search/build/write-index.ts';
import { partWrites, SHARED_FOLDER } from '../site/build-part.ts';

const leftAlone = (rel: string) => rel.startsWith(SHARED_FOLDER) || isIndexFolder(rel.split('/')[0]);

/**
 * Files under `root` (relative, `/`-separated) that `partWrites` says are another part's. The
 * left-alone folders are not entered: the index step may be swapping pagefind.new-<pid> in while
 * this runs, and a folder renamed under a recursive listing fails it.
 */
export function othersFiles(root: string, writes: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string, relDir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!leftAlone(`${rel}/`)) walk(path.join(dir, entry.name), rel);
      } else if (entry.isFile() && !leftAlone(rel) && !writes(rel)) out.push(rel);
    }
  };
  walk(root, '');
  return out.sort();
}

export function partOutputs(): AstroIntegration {
  return {
    name: 'part-outputs',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const part = buildPart();
        if (part.kind === 'whole') return;
        const root = path.resolve(fileURLToPath(dir));
        const others = othersFiles(root, (rel) => partWrites(rel, part));
        for (const rel of others) fs.rmSync(path.join(root, rel));
        for (const rel of others) removeEmptyParents(path.dirname(path.join(root, rel)), root);
        logger.info(`分部构建（${part.kind === 'year' ? `${part.year} 年` : '跨年页面'}）：删去其他部分的 ${others.length} 个文件`);
      },
    },
  };
}

function removeEmptyParents(dir: string, root: string): void {
  while (dir !== root && dir.startsWith(root + path.sep) && fs.existsSync(dir) && fs.readdirSync(dir).length === 0) {
    fs.rmdirSync(dir);
    dir = path.dirname(dir);
  }
}
