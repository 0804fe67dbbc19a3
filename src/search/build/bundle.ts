/**
 * One Pagefind bundle: a set of articles and topics written as a bundle (writeSearchIndex), with
 * the files our search adds beside Pagefind's (prefix chunks, term statistics); and the base
 * bundle of a month-sharded index (writeBaseBundle). write-index.ts decides which bundles to
 * write; bundle-pool.ts writes several at once.
 */
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { articleTexts, documentTerms, INDEX_LANGUAGE, searchDocument, type DocumentOptions, type IndexedArticle } from './document.ts';
import { RUN_END } from '../shared/terms.ts';
import { topicSearchDocument, topicTexts, type IndexedTopic } from './topic-document.ts';
import { checkedTermStats, countTerms, pageWords, writeTermStats, type CountedTerms, type PageWords } from './term-stats.ts';
import { readPagefindMeta } from './pagefind-meta.ts';
import { PREFIX_CHUNKS_FILE, prefixChunks } from '../shared/prefix-chunks.ts';

export interface IndexReport {
  articles: number;
  topics: number;
  outputPath: string;
  files: number;
  bytes: number;
}

async function sizeOf(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

function fail(what: string, errors: string[]): never {
  throw new Error(`检索索引：${what}失败：${errors.join('; ')}`);
}

/**
 * Writes the bundle of `articles` and `topics` into `outputPath` (emptied first) and reports its
 * size. Throws an Error naming the article or topic Pagefind refused, or the step that failed.
 */
/** Documents sent to Pagefind before the first of them must have been answered. */
const IN_FLIGHT = 32;

export async function writeSearchIndex(
  articles: IndexedArticle[],
  outputPath: string,
  options: DocumentOptions = {},
  topics: IndexedTopic[] = [],
): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail('创建索引', errors);
  // The term statistics are counted while Pagefind's own process works: each document's words
  // while it indexes the document, the keys while it writes the bundle (2–3 s of a month's
  // bundle that came after it).
  const pages: PageWords[] = [];
  let counted: CountedTerms;
  try {
    // Several documents are sent before the first answer is awaited, so our side makes the next
    // documents while Pagefind indexes the ones before (one answer awaited per document sent).
    const sent: Promise<void>[] = [];
    const send = async (adding: Promise<{ errors: string[] }>, what: string) => {
      const check = adding.then((added) => {
        if (added.errors.length) fail(what, added.errors);
      });
      check.catch(() => {});
      sent.push(check);
      if (sent.length >= IN_FLIGHT) await sent.shift();
    };
    for (const entry of articles) {
      const terms = documentTerms(articleTexts(entry));
      const doc = searchDocument(entry, options, terms);
      const adding = index.addHTMLFile({ url: doc.url, content: doc.html });
      pages.push(pageWords(terms));
      await send(adding, `收录稿件 ${entry.article.id} `);
    }
    for (const topic of topics) {
      const terms = documentTerms(topicTexts(topic));
      const doc = topicSearchDocument(topic, options.month, terms);
      const adding = index.addHTMLFile({ url: doc.url, content: doc.html });
      pages.push(pageWords(terms));
      await send(adding, `收录专题 ${topic.name} `);
    }
    for (const check of sent) await check;
    // Old chunk files would linger next to the new ones: write an empty folder.
    await rm(outputPath, { recursive: true, force: true });
    const writing = index.writeFiles({ outputPath });
    counted = countTerms(pages);
    const written = await writing;
    if (written.errors.length) fail('写出索引', written.errors);
  } finally {
    await pagefind.close();
  }
  const meta = readPagefindMeta(outputPath);
  // Which chunks a one-unit (prefix) query must load beyond the one Pagefind picks (shared/prefix-chunks.ts).
  await writeFile(path.join(outputPath, PREFIX_CHUNKS_FILE), JSON.stringify(prefixChunks(meta.chunks)));
  // What the term directory is made from (term-stats.ts, directory.ts).
  writeTermStats(outputPath, checkedTermStats(counted, meta));
  return { articles: articles.length, topics: topics.length, outputPath, ...(await sizeOf(outputPath)) };
}

/**
 * The base bundle of a month-sharded index (shards.ts BASE_BUNDLE): the one the search page
 * loads Pagefind from, holding a placeholder page with one word no query can reach (it starts
 * with a run-end mark, which no query word does) and no filters, so that loading Pagefind
 * loads no month.
 */
export async function writeBaseBundle(outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail('创建索引', errors);
  try {
    const placeholder = `<!doctype html><html lang="${INDEX_LANGUAGE}"><body><span>${RUN_END.repeat(4)}</span></body></html>`;
    const added = await index.addHTMLFile({ url: '/', content: placeholder });
    if (added.errors.length) fail('写出检索入口', added.errors);
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('写出检索入口', written.errors);
  } finally {
    await pagefind.close();
  }
}

