/**
 * An Astro integration that publishes each page's image and PDF (版面图, src/site/page-files.ts)
 * at its stable address in dist/ — `issues/<date>/<NN>/dtrb-<date>-<NN>.jpg` and `.pdf` — as hard
 * links to the files in content/sources (a copy where dist/ is on another disk), before Astro
 * renders: its image pipeline reads the original from there when it makes the page's sizes.
 * A file already linked is left alone, so the daily build does no work for old pages.
 *
 * A page entry whose file is missing from content/sources, or is not the size the ingest
 * recorded, stops the build naming both and the fix. After the build, page images, PDFs and
 * image sizes this build did not publish (a withdrawn page, a replaced image) are removed, so a
 * kept dist/ holds what a clean build makes (prune-stale-pages.ts does the same for pages).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir as configuredContentDir } from '../config.ts';
import { sourcesDir } from '../content/paths.ts';
import { displayPath } from '../content/problems.ts';
import { sectionSchema, type Section } from '../schema/entries.ts';
import { pageFilePaths } from '../site/page-files.ts';
import { serveInDev } from './dev-files.ts';
import { emittedImageSizes, linkSizesToCache } from './image-sizes.ts';
import { partWrites } from '../site/build-part.ts';

/** What the archive's page entries publish: dist-relative path → the source file. */
export interface PublishedPageFile {
  /** Inside dist/, `/`-separated: issues/2025-12-28/01/dtrb-2025-12-28-01.jpg. */
  target: string;
  /** The file in content/sources. */
  source: string;
  /** Its size as the ingest recorded it. */
  bytes: number;
  /** The page entry that names it (for messages). */
  entry: string;
}

/** Published page files: dtrb-<section id>.<ext>, and the sizes Astro makes of them (dtrb-<section id>_<hash>.<ext>). */
const PAGE_FILE = /^dtrb-\d{4}-\d{2}-\d{2}-\d{2}(?:_[A-Za-z0-9_-]+)?\.(?:jpg|png|webp|pdf|avif)$/;

/** The page entries under content/sections that name an image or PDF (read loosely: the content check reports broken entries). */
export function pageEntriesWithFiles(contentDir: string): { entry: string; section: Section }[] {
  const root = path.join(contentDir, 'sections');
  if (!fs.existsSync(root)) return [];
  const out: { entry: string; section: Section }[] = [];
  for (const rel of (fs.readdirSync(root, { recursive: true }) as string[]).sort()) {
    if (!rel.endsWith('.json')) continue;
    const file = path.join(root, rel);
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const parsed = sectionSchema.safeParse(data);
    if (parsed.success && (parsed.data.image || parsed.data.pdf)) out.push({ entry: file, section: parsed.data });
  }
  return out;
}

/** Every page image and PDF the content tree publishes, with the file each comes from. */
export function publishedPageFiles(contentDir: string): PublishedPageFile[] {
  const sources = sourcesDir(contentDir);
  const out: PublishedPageFile[] = [];
  for (const { entry, section } of pageEntriesWithFiles(contentDir)) {
    const paths = pageFilePaths(section);
    for (const kind of ['image', 'pdf'] as const) {
      const facts = section[kind];
      const at = paths[kind];
      if (!facts || !at) continue;
      out.push({ target: at.replace(/^\//, ''), source: path.join(sources, facts.file), bytes: facts.bytes, entry });
    }
  }
  return out;
}

/**
 * Puts every published file in place under `outDir`: a hard link to its source (a copy across
 * disks), replaced only when it is not already that file. Throws an Error naming the page entry
 * and the file when a source is missing or not the size recorded. Gives how many were placed anew.
 */
export function placePageFiles(files: PublishedPageFile[], outDir: string): number {
  let placed = 0;
  for (const file of files) {
    let source: fs.Stats;
    try {
      source = fs.statSync(file.source);
    } catch {
      throw new Error(
        `${displayPath(file.entry)}: 版面条目记录的 ${path.basename(file.source)} 不在 ${displayPath(path.dirname(file.source))}/ 里（page file missing） — 请把文件放回；若这一版不再有这个文件，请重新运行 npm run ingest，它会按现有的文件重写版面条目`,
      );
    }
    if (source.size !== file.bytes) {
      throw new Error(
        `${displayPath(file.source)}: 文件有 ${source.size} 字节，版面条目 ${displayPath(file.entry)} 记录的是 ${file.bytes} 字节（page file changed since the ingest） — 请运行 npm run ingest -- ${displayPath(file.source)}，让导入重新检查并记录它`,
      );
    }
    const target = path.join(outDir, file.target);
    const existing = fs.statSync(target, { throwIfNoEntry: false });
    if (existing && existing.ino === source.ino && existing.dev === source.dev) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(target, { force: true });
    try {
      fs.linkSync(file.source, target);
    } catch {
      fs.copyFileSync(file.source, target);
    }
    placed++;
  }
  return placed;
}

/**
 * Page files under `outDir`/issues that this build did not publish: originals not in
 * `published`, and image sizes not among `emitted` (the sizes this build made or took from its
 * cache, image-sizes.ts) or, without that list, not written since `since` (Astro then writes
 * every size a build uses, from its cache or anew, on every build).
 */
export function stalePageFiles(outDir: string, published: ReadonlySet<string>, since: number, emitted: ReadonlySet<string> | null = null): string[] {
  const root = path.join(outDir, 'issues');
  if (!fs.existsSync(root)) return [];
  const stale: string[] = [];
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !PAGE_FILE.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(outDir, full).split(path.sep).join('/');
    if (published.has(rel)) continue;
    const isSize = entry.name.includes('_');
    if (!isSize || (emitted ? !emitted.has(rel) : fs.statSync(full).mtimeMs < since)) stale.push(full);
  }
  return stale;
}

/** The integration (astro.config.mjs): publishes before the build renders, removes what is no longer published after it, and serves the originals under `astro dev`. */
export function pageFiles(): AstroIntegration {
  let outDir = '';
  let imageCache = '';
  let base = '/';
  let published: PublishedPageFile[] = [];
  let started = 0;
  return {
    name: 'page-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        imageCache = fileURLToPath(new URL('assets/', config.cacheDir));
        base = config.base;
      },
      // `astro dev` serves the originals from content/sources at their addresses (read afresh on each request).
      'astro:server:setup': ({ server }) => {
        serveInDev(server, base, PAGE_FILE, (target, res) => {
          const file = publishedPageFiles(configuredContentDir()).find((f) => f.target === target);
          if (!file || !fs.existsSync(file.source)) return false;
          fs.createReadStream(file.source).pipe(res);
          return true;
        });
      },
      'astro:build:start': ({ logger }) => {
        started = Date.now();
        // A year's part of a build by parts publishes its year's pages only (src/site/build-part.ts).
        published = publishedPageFiles(configuredContentDir()).filter((f) => partWrites(f.target));
        const placed = placePageFiles(published, outDir);
        if (published.length) logger.info(`版面图与版面 PDF：${published.length} 个，新放入 ${placed} 个`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const emitted = emittedImageSizes();
        const stale = stalePageFiles(root, new Set(published.map((f) => f.target)), started, emitted);
        for (const file of stale) fs.rmSync(file);
        for (const file of stale) removeEmptyParents(path.dirname(file), root);
        if (stale.length) logger.info(`版面图、缩放图与版面 PDF：删去已不在档案中的 ${stale.length} 个`);
        // Linked to the cache, an image size is not copied again by the next build (image-sizes.ts).
        if (emitted) {
          const linked = linkSizesToCache(root, imageCache, emitted);
          if (linked) logger.info(`版面图缩放图：${linked} 个链接到图片缓存（下次构建不再复制）`);
        }
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
