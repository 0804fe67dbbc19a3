/**
 * The whole content tree, read outside Astro (export, search index, data downloads, the
 * pre-build check): every entry parsed the way Astro parses it (parse.ts), validated with the
 * same schemas, kept between runs (cache.ts), cross-checked (check.ts), and sorted in
 * print order (order.ts). Most callers want the joined Archive: readArchive in archive.ts.
 *
 * Anything wrong throws a ContentError listing every problem as `file:line: 字段 x：reason`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { markdownToBlocks } from './body.ts';
import {
  articleSchema,
  issueSchema,
  photoSchema,
  sectionSchema,
  type Article,
  type Block,
  type Issue,
  type Photo,
  type Section,
} from '../schema/entries.ts';
import { contentDir as configuredContentDir } from '../config.ts';
import { openReadCache, digestOf } from './cache.ts';
import { checkReferences } from './check.ts';
import { readWhole } from './commit-state.ts';
import { parseJsonEntry, parseMarkdownEntry } from './parse.ts';
import { COLLECTIONS, entryDate, type CollectionName } from './paths.ts';
import { compare, inPrintOrder } from './order.ts';
import { ContentError, displayPath, zhCN, type ContentProblem } from './problems.ts';

/** An entry as read, with the file it came from (relative to the content dir, `/`-separated). */
export type Entry<T> = T & { file: string };
/** An article as stored: its frontmatter and the blocks of its Markdown body. */
export type StoredArticle = Entry<Article & { blocks: Block[] }>;

export interface Content {
  issues: Entry<Issue>[];
  sections: Entry<Section>[];
  articles: StoredArticle[];
  photos: Entry<Photo>[];
  /** Each file read (path relative to the content dir) → the sha256 of its bytes as read, in hex. */
  digests: Map<string, string>;
}

const SCHEMAS = { issues: issueSchema, sections: sectionSchema, articles: articleSchema, photos: photoSchema } as const;

export interface ReadOptions {
  /**
   * Read only the issues whose date (YYYY-MM-DD, as in every entry's path) passes, with their
   * pages, articles and photos. References never leave an issue, so the part read is checked
   * as fully as the whole (the search index reads one month at a time this way).
   */
  dates?: (date: string) => boolean;
  /** Where the reader keeps what it validated (cache.ts); by default beside Astro's cache. */
  cacheDir?: string;
  /**
   * The articles, given instead of read from their files: the years' summaries, whose articles
   * keep only some of their blocks (year-summary.ts). Checked with the rest as if read.
   */
  articles?: StoredArticle[];
}

/**
 * Every entry of the tree (ARCHIVE_CONTENT_DIR by default), checked and sorted. Throws
 * ContentError for bad entries, and for a tree an ingest has half-written (commit-state.ts).
 */
export function readContent(contentDir: string = configuredContentDir(), options: ReadOptions = {}): Content {
  return readWhole(contentDir, () => readTree(contentDir, options));
}

function readTree(contentDir: string, options: ReadOptions): Content {
  const problems: ContentProblem[] = [];
  const shown = (rel: string) => displayPath(path.join(contentDir, rel));
  const wanted = options.dates;
  const cache = openReadCache(contentDir, options.cacheDir);
  const digests = new Map<string, string>();
  const read = <T>(name: CollectionName) => {
    const entries: Entry<T>[] = [];
    for (const rel of listFiles(contentDir, name, COLLECTIONS[name].ext)) {
      if (wanted && !wanted(entryDate(rel) ?? '')) continue;
      const bytes = fs.readFileSync(path.join(contentDir, rel));
      const digest = digestOf(bytes);
      digests.set(rel, digest);
      let entry = cache.get<Entry<T>>(rel, digest);
      if (!entry) {
        entry = readEntry<T>(bytes.toString('utf8'), rel, name, shown(rel), problems);
        if (entry) cache.set(rel, digest, entry);
      }
      if (entry) entries.push(entry);
    }
    return entries;
  };
  const content: Omit<Content, 'digests'> = {
    issues: read<Issue>('issues'),
    sections: read<Section>('sections'),
    articles: options.articles ? options.articles.filter((a) => !wanted || wanted(entryDate(a.file) ?? '')) : read<Article & { blocks: Block[] }>('articles'),
    photos: read<Photo>('photos'),
  };
  if (problems.length === 0) checkReferences(content, shown, problems, (rel, fieldPath) => fieldLine(contentDir, rel, fieldPath));
  if (problems.length > 0) throw new ContentError(problems);
  // A part read keeps what the cache holds of the rest.
  cache.save(!wanted && !options.articles);
  return { ...inPrintOrder(content), digests };
}

function readEntry<T>(text: string, rel: string, name: CollectionName, file: string, problems: ContentProblem[]): Entry<T> | null {
  const parsed = name === 'articles' ? parseMarkdownEntry(text, file, problems) : parseJsonEntry(text, file, problems);
  if (!parsed) return null;

  const result = SCHEMAS[name].safeParse(parsed.data, { error: zhCN });
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line: parsed.lineOf(issue.path as (string | number)[]),
        field: issue.path.length ? issue.path.join('.') : undefined,
        reason: issue.message,
      });
    }
    return null;
  }
  const data = result.data as { id: string };
  const expected = COLLECTIONS[name].path(data.id);
  if (expected !== rel) {
    problems.push({
      file,
      line: parsed.lineOf(['id']),
      field: 'id',
      reason: `id 为 ${data.id} 的条目应在 ${expected}，而不在 ${rel}（文件被移动或复制后没有改 id？）`,
    });
    return null;
  }
  const entry = { ...result.data, file: rel } as unknown as Entry<T>;
  if (name === 'articles') (entry as unknown as StoredArticle).blocks = markdownToBlocks(parsed.body ?? '');
  return entry;
}

/** The line of a field in an entry's file, read again (only a problem report asks). */
function fieldLine(contentDir: string, rel: string, fieldPath: (string | number)[]): number | undefined {
  try {
    const text = fs.readFileSync(path.join(contentDir, rel), 'utf8');
    const parsed = rel.endsWith('.md') ? parseMarkdownEntry(text, rel, []) : parseJsonEntry(text, rel, []);
    return parsed?.lineOf(fieldPath);
  } catch {
    return undefined;
  }
}

function listFiles(contentDir: string, collection: string, ext: string): string[] {
  const root = path.join(contentDir, collection);
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith(ext)) out.push(path.relative(contentDir, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort(compare);
}
