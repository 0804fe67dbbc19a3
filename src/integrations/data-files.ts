/**
 * An Astro integration that writes the corpus downloads (src/data/downloads.ts: articles.jsonl,
 * articles.csv, issues.json, their schemas, and each year's articles-YYYY.jsonl and .csv) into
 * dist/data/ after the pages, from the same content tree, and removes the files of a year no
 * longer in the archive. A file whose bytes are unchanged is not written again. Why not Astro
 * routes: each 60 MB file of a year's archive cost Astro about 2 s as a route (a Response made
 * and read back), 8 s of every daily build (docs/scaling.md). The /data/ page lists the same
 * files (src/pages/data/index.astro, from src/data/load.ts), which hands them over to be written
 * here (src/data/hand-over.ts); `astro dev` serves them at the same addresses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, siteUrl } from '../config.ts';
import { readArchive } from '../content/archive.ts';
import { buildDownloads, type DataFile } from '../data/downloads.ts';
import { partDownloads } from '../data/part-downloads.ts';
import { downloadsKey, forgetHandedOverDownloads, handedOverDownloads } from '../data/hand-over.ts';
import { contentType } from '../deploy/headers.ts';
import { handEdits } from '../export/edits.ts';
import { withBase } from '../site/url.ts';
import { makesArchiveWide } from '../site/build-part.ts';
import { readBuildArchive } from '../site/build-read.ts';
import { openDistWriter, type DistWriter } from './dist-writer.ts';

/** A year's download, which goes when its year leaves the archive. */
const YEAR_FILE = /^articles-\d{4}\.(?:jsonl|csv)$/;

/**
 * Writes `files` into `dataDir` through `writer` (a file given as text only when its bytes differ
 * from what is there; one given by its sources always) and removes a year's file
 * (articles-YYYY.jsonl/.csv) that is not among them. Gives how many were written and removed.
 * Throws what the file system throws.
 */
export function writeDataFiles(
  dataDir: string,
  files: readonly Pick<DataFile, 'name' | 'text' | 'sources'>[],
  writer: DistWriter = openDistWriter(dataDir, 'data', null),
): { written: number; removed: number } {
  fs.mkdirSync(dataDir, { recursive: true });
  let written = 0;
  for (const file of files) {
    if (file.text !== null ? writer.write(path.join(dataDir, file.name), file.text) : joinFiles(path.join(dataDir, file.name), file.sources ?? [])) written++;
  }
  writer.save();
  const wanted = new Set(files.map((f) => f.name));
  let removed = 0;
  for (const name of fs.readdirSync(dataDir)) {
    if (!YEAR_FILE.test(name) || wanted.has(name)) continue;
    fs.rmSync(path.join(dataDir, name));
    removed++;
  }
  return { written, removed };
}

/**
 * Writes `target` as the files `sources` joined, each CSV after the first without its head (its
 * byte-order mark and header row, the bytes up to its first line break), one file in memory at a
 * time: the whole archive's download of twenty years is larger than a string may be.
 */
function joinFiles(target: string, sources: string[]): true {
  const temporary = `${target}.${process.pid}.tmp`;
  const out = fs.openSync(temporary, 'w');
  try {
    sources.forEach((source, i) => {
      const bytes = fs.readFileSync(source);
      fs.writeSync(out, i > 0 && source.endsWith('.csv') ? bytes.subarray(bytes.indexOf(0x0a) + 1) : bytes);
    });
  } finally {
    fs.closeSync(out);
  }
  fs.renameSync(temporary, target);
  return true;
}

export function dataFilesIntegration(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  const downloadsOf = (archive: Parameters<typeof buildDownloads>[0]) => buildDownloads(archive, base, handEdits(contentDir()), siteUrl());
  return {
    name: 'data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = withBase(base, '/data/');
        server.middlewares.use((req, res, next) => {
          const url = decodeURI((req.url ?? '').split('?')[0]);
          const name = url.startsWith(prefix) ? url.slice(prefix.length) : '';
          if (!name || name.includes('/')) return next();
          const file = downloadsOf(readArchive(contentDir())).files.find((f) => f.name === name);
          if (!file || file.text === null) return next();
          res.setHeader('Content-Type', contentType(name));
          res.end(file.text);
        });
      },
      'astro:build:start': () => {
        forgetHandedOverDownloads();
      },
      'astro:build:done': ({ dir, logger }) => {
        // The downloads span years: a year's part of a build by parts leaves them to the archive-wide part.
        if (!makesArchiveWide()) return;
        // The /data/ page made them (it lists their sizes); made here only if it did not.
        const handed = handedOverDownloads(downloadsKey(contentDir(), base, siteUrl()));
        const downloads = handed ?? partDownloads(readBuildArchive(contentDir()), base, siteUrl());
        const dataDir = path.join(fileURLToPath(dir), 'data');
        const { written, removed } = writeDataFiles(dataDir, downloads.files, openDistWriter(dataDir, 'data', cacheDir));
        logger.info(`数据下载（/data/）：${downloads.files.length} 个文件，写出 ${written} 个${removed ? `，删去 ${removed} 个` : ''}${handed ? '' : '（页面未生成，此处重新生成）'}`);
      },
    },
  };
}
