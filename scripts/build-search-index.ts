/**
 * npm run build-search [-- --content DIR --out DIR]: (re)writes the full-text search index for
 * the content tree without rebuilding the pages (`npm run build` writes it too, at the end of
 * `astro build`). One bundle in dist/pagefind/, or one per month with SEARCH_SHARDS=month, where
 * only the bundles whose month changed are written again.
 */
import path from 'node:path';
import { commandLine, fail, failOnConfig } from '../src/cli.ts';
import { contentDir } from '../src/config.ts';
import { writeArchiveIndex } from '../src/search/build/write-index.ts';

const { values } = commandLine(
  { content: { type: 'string' }, out: { type: 'string', default: 'dist/pagefind' } },
  '用法：npm run build-search [-- --content 内容目录 --out 输出目录]（usage: npm run build-search [-- --content DIR --out DIR]）',
);

const started = performance.now();
try {
  await writeArchiveIndex(path.resolve(values.content ?? contentDir()), path.resolve(values.out), (folder, r) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const shown = path.relative(process.cwd(), r.outputPath) || '.';
    console.log(
      r.reused
        ? `检索索引：${r.articles} 篇稿件、${r.topics} 个专题 → ${shown}（未变，沿用）`
        : `检索索引：${r.articles} 篇稿件、${r.topics} 个专题 → ${shown}（${r.files} 个文件，${(r.bytes / 1024).toFixed(0)} KB，累计 ${seconds} 秒）`,
    );
  });
} catch (error) {
  failOnConfig(error);
  fail(error instanceof Error ? error.message : String(error), 1);
}
