/**
 * The loaders of the collections read from the content tree: issues, sections and photos (JSON)
 * and articles (Markdown with a YAML frontmatter block), each entry kept in Astro's data store
 * as its validated data only.
 *
 * Astro writes its data store out and inlines it into the build as one module, so every byte of
 * it is paid three times a build: serialised, bundled by Vite and parsed again by the pages.
 * Astro's glob() loader keeps each file's body and its rendered HTML there too. The site never
 * renders an article's Markdown, and takes the body as blocks from the project's own reader of
 * the content tree (src/site/load.ts, src/content/read.ts, which caches what it has read): at a
 * year of the paper the HTML was 48 of the store's 127 MB, and the bodies 42 of the 59 MB left
 * (docs/scaling.md).
 *
 * A file whose bytes are unchanged since the last sync is kept without being parsed again
 * (the sha256 and id of every file are kept in the collection's meta store); an entry whose file
 * is gone is removed. In a build, each entry comes from the build's own read of the tree
 * (src/site/build-read.ts), so no file is read or parsed a second time: a year's 26,000 files
 * cost glob() and a reading loader some 1.5 s of a daily build, and Astro, finding no change for
 * half a second while they ran, wrote its whole data store out twice (docs/scaling.md). The
 * entry is read as Astro reads it (parse.ts) and validated by the collection's schema through
 * parseData; a problem names the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseJsonEntry, parseMarkdownEntry } from './parse.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { readYearSummaries } from '../deploy/year-summaries.ts';
import { digestOf } from './cache.ts';
import { entriesAlreadyRead } from '../site/build-read.ts';

/** What the last sync read from each file (path relative to the base folder). */
type FileMap = Record<string, { digest: string; id: string }>;

// Named anew when what an entry holds changes, so a store kept from before is filled afresh once
// (files-v2: entries without their body; files-v3: sha256 of the bytes, the read's digest).
const META_KEY = 'files-v3';

/** The kind of file a collection of the tree holds: Markdown entries (articles) or JSON ones. */
export type EntryFiles = '.md' | '.json';

/**
 * The loader of a collection of the content tree: every entry of kind `ext` under `base`, or,
 * given `dates`, only those of the issues whose date (YYYY-MM-DD, from the entry's path:
 * <year>/<date>….json, <year>/<date>/….json|.md) passes.
 */
export function treeEntries({ base, ext, dates }: { base: string; ext: EntryFiles; dates?: (date: string) => boolean }): Loader {
  const root = path.resolve(base);
  return {
    name: 'archive-tree-entries',
    load: async (context) => {
      await syncTreeEntries(context, root, ext, dates);
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(root);
      const inside = (file: string) => file.startsWith(`${root}${path.sep}`) && file.endsWith(ext);
      const resync = (file: string) => {
        if (!inside(file)) return;
        syncTreeEntries(context, root, ext, dates).catch((error: Error) => context.logger.error(error.message));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, resync);
    },
  };
}

function entryFiles(root: string, ext: EntryFiles): string[] {
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true }) as string[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.filter((name) => name.endsWith(ext)).map((name) => name.split(path.sep).join('/')).sort();
}

/**
 * Brings the collection's store in line with the files of kind `ext` under `root` (see
 * treeEntries); gives how many entries were parsed, kept unchanged and removed. Throws
 * ContentError naming each bad file and line, and what parseData throws.
 */
export async function syncTreeEntries(
  { store, meta, parseData, config }: Pick<LoaderContext, 'store' | 'meta' | 'parseData' | 'config'>,
  root: string,
  ext: EntryFiles,
  dates?: (date: string) => boolean,
): Promise<{ parsed: number; kept: number; removed: number }> {
  const known = JSON.parse(meta.get(META_KEY) ?? '{}') as FileMap;
  const next: FileMap = {};
  const ids = new Set<string>();
  const problems: ContentProblem[] = [];
  const projectRoot = fileURLToPath(config.root);
  let parsedCount = 0;
  const treeDir = path.dirname(root);
  const alreadyRead = entriesAlreadyRead(treeDir);
  const treeRel = path.relative(treeDir, root).split(path.sep).join('/');
  for (const rel of entryFiles(root, ext)) {
    // <year>/<date>…: issues/2024/2024-03-01.json, articles/2024/2024-03-01/01-01.md
    if (dates && !dates(rel.slice(5, 15))) continue;
    const file = path.join(root, rel);
    const before = known[rel];
    const read = alreadyRead?.get(`${treeRel}/${rel}`);
    if (before && read?.digest === before.digest && store.has(before.id)) {
      next[rel] = before;
      ids.add(before.id);
      continue;
    }
    let digest: string;
    let fields: Record<string, unknown>;
    let lineOf: (fieldPath: (string | number)[]) => number | undefined = () => undefined;
    if (read) {
      // Validated by the build's read already: validated again below as the collection's own schema.
      ({ digest, data: fields } = read);
    } else {
      const bytes = readFileSync(file);
      digest = digestOf(bytes);
      if (before && before.digest === digest && store.has(before.id)) {
        next[rel] = before;
        ids.add(before.id);
        continue;
      }
      const text = bytes.toString('utf8');
      const parsed = ext === '.md' ? parseMarkdownEntry(text, file, problems) : parseJsonEntry(text, file, problems);
      if (!parsed) continue;
      fields = (parsed.data ?? {}) as Record<string, unknown>;
      lineOf = parsed.lineOf;
    }
    // Every entry carries its own id (given once by the ingest, never derived from its path).
    const id = typeof fields.id === 'string' ? fields.id : rel.slice(0, -ext.length);
    if (ids.has(id)) {
      problems.push({ file, line: lineOf(['id']), field: 'id', reason: `id ${id} 已被另一个文件使用` });
      continue;
    }
    const filePath = path.relative(projectRoot, file).split(path.sep).join('/');
    const data = await parseData({ id, data: fields, filePath });
    store.set({ id, data, digest, filePath });
    next[rel] = { digest, id };
    ids.add(id);
    parsedCount++;
  }
  if (problems.length) throw new ContentError(problems);
  let removed = 0;
  for (const id of store.keys()) {
    if (ids.has(id)) continue;
    store.delete(id);
    removed++;
  }
  meta.set(META_KEY, JSON.stringify(next));
  return { parsed: parsedCount, kept: ids.size - parsedCount, removed };
}

// Named anew when what an entry holds changes (see META_KEY).
const SUMMARY_META_KEY = 'summaries-v1';

/**
 * The articles collection of the pages spanning years in a build by parts (src/site/build-part.ts):
 * every article's data from the years' summaries in `dir` (src/deploy/year-summaries.ts), never
 * from the articles' files. A year whose summary is unchanged since the last sync is kept as
 * stored; an entry whose year is gone is removed. Throws SummaryError for a summary that cannot be read.
 */
export function summaryEntries({ dir, contentDir }: { dir: string; contentDir: string }): Loader {
  return {
    name: 'archive-summary-entries',
    load: async ({ store, meta, parseData, generateDigest, config }) => {
      const projectRoot = fileURLToPath(config.root);
      const known = JSON.parse(meta.get(SUMMARY_META_KEY) ?? '{}') as Record<string, { digest: string; ids: string[] }>;
      const next: typeof known = {};
      const ids = new Set<string>();
      for (const summary of readYearSummaries(dir)) {
        const digest = generateDigest(JSON.stringify([summary.inputs, summary.articles.length]));
        const before = known[summary.year];
        if (before && before.digest === digest && before.ids.every((id) => store.has(id))) {
          next[summary.year] = before;
          before.ids.forEach((id) => ids.add(id));
          continue;
        }
        for (const { blocks: _blocks, file, ...frontmatter } of summary.articles) {
          const filePath = path.relative(projectRoot, path.join(contentDir, file)).split(path.sep).join('/');
          const data = await parseData({ id: frontmatter.id, data: frontmatter as Record<string, unknown>, filePath });
          store.set({ id: frontmatter.id, data, digest: generateDigest(JSON.stringify(frontmatter)), filePath });
          ids.add(frontmatter.id);
        }
        next[summary.year] = { digest, ids: summary.articles.map((a) => a.id) };
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      meta.set(SUMMARY_META_KEY, JSON.stringify(next));
    },
  };
}
