/**
 * Writes a Pagefind bundle for a set of articles (and topics). One call builds one bundle; a large archive
 * can build one bundle per year into separate folders and merge them in the browser.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchDocument, type IndexedArticle } from './document.ts';
import { topicSearchDocument, type IndexedTopic } from './topic-document.ts';

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
    // Old chunk files would linger next to the new ones: start from an empty folder.
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('写出索引', written.errors);
  } finally {
    await pagefind.close();
  }
  return { articles: articles.length, topics: topics.length, outputPath, ...(await sizeOf(outputPath)) };
}
