/**
 * npm run build-search [-- --content DIR --out DIR]: (re)writes the full-text search index for
 * the content tree without rebuilding the pages (`npm run build` writes it too, at the end of
 * `astro build`). One bundle in dist/pagefind/, or one per year with SEARCH_SHARDS=year.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readIndexedArticles } from '../src/search/archive.ts';
import { writeArchiveIndex } from '../src/search/build-index.ts';
import { readIndexedTopics } from '../src/topics/search.ts';
import { contentDir } from '../src/lib/paths.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, out: { type: 'string', default: 'dist/pagefind' } },
});

const started = performance.now();
try {
  const root = path.resolve(values.out);
  const topics = readIndexedTopics(path.join(values.content ?? contentDir, 'topics'));
  await writeArchiveIndex(
    readIndexedArticles(values.content),
    root,
    (folder, r) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `检索索引：${r.articles} 篇稿件、${r.topics} 个专题 → ${path.relative(process.cwd(), r.outputPath) || '.'}` +
          `（${r.files} 个文件，${(r.bytes / 1024).toFixed(0)} KB，累计 ${seconds} 秒）`,
      );
    },
    { topics },
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
