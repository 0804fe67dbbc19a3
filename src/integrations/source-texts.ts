/**
 * An Astro integration that publishes the text of every page (版面) as the archive received it
 * — its source file in content/sources, decoded to UTF-8 with LF line ends as the ingest reads
 * it (src/ingest/decode.ts) — at a stable address beside its page:
 * `issues/<date>/<NN>/dtrb-<date>-<NN>.txt` (sourceTextPath in src/site/page-files.ts). The
 * article pages cite their lines in it (来源：本版原版文字 第 a–b 行), so a reader can see what
 * the ingest read and what an editor's 校订 changed, as archives such as Chronicling America
 * link each page's OCR text.
 *
 * Written before Astro renders; a text already in place and newer than its source is left
 * alone (a source is never rewritten: a better text comes as a new file), so the daily build
 * reads only new pages. A page whose source file is not in content/sources (a test tree made
 * by hand) gets no text, and its articles no link. After the build, texts this build did not
 * publish (a withdrawn page) are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir as configuredContentDir } from '../config.ts';
import { sourcesDir } from '../content/paths.ts';
import { decodeSource } from '../ingest/decode.ts';
import { sectionSchema } from '../schema/entries.ts';
import { partWrites } from '../site/build-part.ts';
import { sourceTextPath } from '../site/page-files.ts';
import { serveInDev } from './dev-files.ts';

/** A page's published text: where it goes in dist/ and the source file it is read from. */
export interface PublishedSourceText {
  /** Inside dist/, `/`-separated: issues/2025-12-28/01/dtrb-2025-12-28-01.txt. */
  target: string;
  /** The file in content/sources. */
  source: string;
}

/** Published page texts: dtrb-<section id>.txt. */
const SOURCE_TEXT = /^dtrb-\d{4}-\d{2}-\d{2}-\d{2}\.txt$/;

/**
 * Takes a content tree; gives the text of every page entry under content/sections whose source
 * file is in content/sources, in entry order (entries are read loosely: the content check
 * reports broken ones).
 */
export function publishedSourceTexts(contentDir: string): PublishedSourceText[] {
  const root = path.join(contentDir, 'sections');
  if (!fs.existsSync(root)) return [];
  const sources = sourcesDir(contentDir);
  const out: PublishedSourceText[] = [];
  for (const rel of (fs.readdirSync(root, { recursive: true }) as string[]).sort()) {
    if (!rel.endsWith('.json')) continue;
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
    } catch {
      continue;
    }
    const parsed = sectionSchema.safeParse(data);
    if (!parsed.success) continue;
    const source = path.join(sources, parsed.data.source);
    if (fs.existsSync(source)) out.push({ target: sourceTextPath(parsed.data).replace(/^\//, ''), source });
  }
  return out;
}

/** Takes a source file; gives its text as published: UTF-8, LF line ends, no BOM. */
export function sourceText(source: string): string {
  return decodeSource(fs.readFileSync(source), path.basename(source));
}

/**
 * Takes the texts to publish and dist/; writes each one not yet in place, or older than its
 * source. Gives how many were written.
 */
export function placeSourceTexts(texts: readonly PublishedSourceText[], outDir: string): number {
  let written = 0;
  for (const text of texts) {
    const target = path.join(outDir, text.target);
    const existing = fs.statSync(target, { throwIfNoEntry: false });
    if (existing && existing.mtimeMs >= fs.statSync(text.source).mtimeMs) continue;
    const body = sourceText(text.source);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!existing || fs.readFileSync(target, 'utf8') !== body) fs.writeFileSync(target, body);
    else fs.utimesSync(target, new Date(), new Date());
    written++;
  }
  return written;
}

/** Takes dist/ and the texts this build published; gives the page texts under issues/ it did not publish. */
export function staleSourceTexts(outDir: string, published: ReadonlySet<string>): string[] {
  const root = path.join(outDir, 'issues');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE_TEXT.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((full) => !published.has(path.relative(outDir, full).split(path.sep).join('/')));
}

/** The integration (astro.config.mjs): publishes the texts before the build renders, removes those no longer published after it, serves them under `astro dev`. */
export function sourceTexts(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let published: PublishedSourceText[] = [];
  return {
    name: 'source-texts',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        serveInDev(server, base, SOURCE_TEXT, (target, res) => {
          const text = publishedSourceTexts(configuredContentDir()).find((t) => t.target === target);
          if (!text) return false;
          res.end(sourceText(text.source));
          return true;
        });
      },
      'astro:build:start': ({ logger }) => {
        // A year's part of a build by parts publishes its year's pages only (src/site/build-part.ts).
        published = publishedSourceTexts(configuredContentDir()).filter((t) => partWrites(t.target));
        const written = placeSourceTexts(published, outDir);
        if (published.length) logger.info(`各版原版文字（dtrb-….txt）：${published.length} 个，写出 ${written} 个`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const stale = staleSourceTexts(root, new Set(published.map((t) => t.target)));
        for (const file of stale) fs.rmSync(file);
        if (stale.length) logger.info(`各版原版文字：删去 ${stale.length} 个已不在档案中的`);
      },
    },
  };
}
