/**
 * Writes a Pagefind bundle for a set of articles (and topics). One call builds one bundle; a large archive
 * can build one bundle per year into separate folders and merge them in the browser.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchDocument, type IndexedArticle } from './document.ts';
import { topicSearchDocument, type IndexedTopic } from './topic-document.ts';
import { shardFolders, shardScheme, type ShardScheme } from './shards.ts';

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

export async function writeSearchIndex(articles: IndexedArticle[], outputPath: string, topics: IndexedTopic[] = []): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail('创建索引', errors);
  try {
    for (const entry of articles) {
      const doc = searchDocument(entry);
      const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
      if (added.errors.length) fail(`收录稿件 ${entry.article.id} `, added.errors);
    }
    for (const topic of topics) {
      const doc = topicSearchDocument(topic);
      const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
      if (added.errors.length) fail(`收录专题 ${topic.name} `, added.errors);
    }
    // Old chunk files would linger next to the new ones: write an empty folder.
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('写出索引', written.errors);
  } finally {
    await pagefind.close();
  }
  return { articles: articles.length, topics: topics.length, outputPath, ...(await sizeOf(outputPath)) };
}

/**
 * The archive's index under `root` (dist/pagefind): one bundle, or one per year
 * (root/2026/, root/2025/, …) with SEARCH_SHARDS=year. Reports each bundle as it is written.
 */
export async function writeArchiveIndex(
  articles: IndexedArticle[],
  root: string,
  report: (folder: string, written: IndexReport) => void,
  { scheme = shardScheme(), topics = [] }: { scheme?: ShardScheme; topics?: IndexedTopic[] } = {},
): Promise<void> {
  const year = (a: IndexedArticle) => a.issue.date.slice(0, 4);
  const folders = shardFolders(scheme, articles.map(year));
  // A topic goes in the shard of the year its span ends, or in the newest one.
  const topicFolder = (t: IndexedTopic) => (folders.includes(`${t.data.to.slice(0, 4)}/`) ? `${t.data.to.slice(0, 4)}/` : folders[0]);
  // Written beside the old index and swapped in at the end: a failed build leaves it as it was.
  const fresh = `${root}.new-${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  try {
    for (const folder of folders) {
      const part = scheme === 'year' ? articles.filter((a) => `${year(a)}/` === folder) : articles;
      const topicPart = scheme === 'year' ? topics.filter((t) => topicFolder(t) === folder) : topics;
      const written = await writeSearchIndex(part, path.join(fresh, folder), topicPart);
      report(folder, { ...written, outputPath: path.join(root, folder) });
    }
    await rm(root, { recursive: true, force: true });
    await rename(fresh, root);
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}
