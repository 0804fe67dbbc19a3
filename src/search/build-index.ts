/**
 * Writes a Pagefind bundle for a set of articles. One call builds one bundle; a large archive
 * can build one bundle per year into separate folders and merge them in the browser.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchDocument, type IndexedArticle } from './document.ts';
import { shardFolders, shardScheme, type ShardScheme } from './shards.ts';

export interface IndexReport {
  articles: number;
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

export async function writeSearchIndex(articles: IndexedArticle[], outputPath: string): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail('创建索引', errors);
  try {
    for (const entry of articles) {
      const doc = searchDocument(entry);
      const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
      if (added.errors.length) fail(`收录稿件 ${entry.article.id} `, added.errors);
    }
    // Old chunk files would linger next to the new ones: write an empty folder.
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('写出索引', written.errors);
  } finally {
    await pagefind.close();
  }
  return { articles: articles.length, outputPath, ...(await sizeOf(outputPath)) };
}

/**
 * The archive's index under `root` (dist/pagefind): one bundle, or one per year
 * (root/2026/, root/2025/, …) with SEARCH_SHARDS=year. Reports each bundle as it is written.
 */
export async function writeArchiveIndex(
  articles: IndexedArticle[],
  root: string,
  report: (folder: string, written: IndexReport) => void,
  scheme: ShardScheme = shardScheme(),
): Promise<void> {
  const year = (a: IndexedArticle) => a.issue.date.slice(0, 4);
  // Written beside the old index and swapped in at the end: a failed build leaves it as it was.
  const fresh = `${root}.new-${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  try {
    for (const folder of shardFolders(scheme, articles.map(year))) {
      const part = scheme === 'year' ? articles.filter((a) => `${year(a)}/` === folder) : articles;
      const written = await writeSearchIndex(part, path.join(fresh, folder));
      report(folder, { ...written, outputPath: path.join(root, folder) });
    }
    await rm(root, { recursive: true, force: true });
    await rename(fresh, root);
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}
