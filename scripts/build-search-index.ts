/**
 * npm run build-search: writes the full-text search index (Pagefind) for the content tree into
 * dist/pagefind/. Runs after `astro build` (see the `build` script).
 *
 *   node scripts/build-search-index.ts [--content DIR] [--out DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readIndexedArticles } from '../src/search/archive.ts';
import { writeSearchIndex } from '../src/search/build-index.ts';
import { readIndexedTopics } from '../src/topics/search.ts';
import { contentDir } from '../src/lib/paths.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, out: { type: 'string', default: 'dist/pagefind' } },
});

const started = performance.now();
try {
  const articles = readIndexedArticles(values.content);
  const topics = readIndexedTopics(path.join(values.content ?? contentDir, 'topics'));
  const report = await writeSearchIndex(articles, path.resolve(values.out), topics);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `检索索引：${report.articles} 篇稿件、${report.topics} 个专题 → ${path.relative(process.cwd(), report.outputPath) || '.'}` +
      `（${report.files} 个文件，${(report.bytes / 1024).toFixed(0)} KB，用时 ${seconds} 秒）`,
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
