/**
 * An Astro integration that writes every article's citation downloads (cite.bib, cite.ris:
 * src/cite/files.ts) into dist/ after the pages, from the same content tree, and removes those
 * of articles no longer in the archive. A file whose text is unchanged is not written again, so
 * the daily build writes the new day's. `astro dev` serves them at the same addresses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../config.ts';
import { readArchive } from '../content/archive.ts';
import { readBuildArchive } from '../site/build-read.ts';
import { openDistWriter, type DistWriter } from './dist-writer.ts';
import { citationFiles, type CitationFile } from '../cite/files.ts';
import { contentType } from '../deploy/headers.ts';
import { withBase } from '../site/url.ts';
import { partWrites } from '../site/build-part.ts';

/** The citation file names under dist/articles/<id>/. */
const NAMES = ['cite.bib', 'cite.ris'];

/** The addresses' maker for a site at `site` (null in a preview build) under `base`. */
export function absoluteFor(site: string | undefined, base: string): (p: string) => string | null {
  return (p) => (site ? new URL(withBase(base, p), site).href : null);
}

/**
 * Writes `files` under `outDir` through `writer` (only those whose text differs from what is
 * there; by default each compared by reading it back) and removes citation files under
 * outDir/articles that are not among them. Gives how many were written and removed.
 */
export function writeCitationFiles(outDir: string, files: CitationFile[], writer: DistWriter = openDistWriter(outDir, 'citations', null)): { written: number; removed: number } {
  let written = 0;
  const wanted = new Set<string>();
  for (const file of files) {
    const target = path.join(outDir, file.path);
    wanted.add(target);
    if (writer.write(target, file.text)) written++;
  }
  writer.save();
  let removed = 0;
  const articles = path.join(outDir, 'articles');
  if (fs.existsSync(articles)) {
    for (const id of fs.readdirSync(articles)) {
      let emptied = false;
      for (const name of NAMES) {
        const file = path.join(articles, id, name);
        if (!wanted.has(file) && fs.existsSync(file)) {
          fs.rmSync(file);
          removed++;
          emptied = true;
        }
      }
      // Only a folder this step removed files from is looked into (not 20,000 a year each build).
      const dir = path.join(articles, id);
      if (emptied && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    }
  }
  return { written, removed };
}

export function citationFilesIntegration(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  let cacheDir = '';
  return {
    name: 'citation-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = withBase(base, '/articles/');
        server.middlewares.use((req, res, next) => {
          const url = decodeURI((req.url ?? '').split('?')[0]);
          const match = url.startsWith(prefix) ? /^([^/]+)\/(cite\.(?:bib|ris))$/.exec(url.slice(prefix.length)) : null;
          if (!match) return next();
          const archive = readArchive(contentDir());
          if (!archive.articleById.has(match[1])) return next();
          const file = citationFiles(archive, absoluteFor(site, base)).find((f) => f.path === `articles/${match[1]}/${match[2]}`);
          if (!file) return next();
          res.setHeader('Content-Type', contentType(match[2]));
          res.end(file.text);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const archive = readBuildArchive(contentDir());
        // A year's part of a build by parts writes its year's (src/site/build-part.ts).
        const files = citationFiles(archive, absoluteFor(site, base)).filter((f) => partWrites(f.path));
        const outDir = fileURLToPath(dir);
        // What was written last time is kept with Astro's cache, so unchanged files are not read back.
        const { written, removed } = writeCitationFiles(outDir, files, openDistWriter(outDir, 'citations', cacheDir));
        logger.info(`${files.length / NAMES.length} 篇稿件的引用文件（cite.bib、cite.ris）：写出 ${written} 个${removed ? `，删去 ${removed} 个` : ''}`);
      },
    },
  };
}
