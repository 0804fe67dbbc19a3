/**
 * Astro integration: after `astro build` has written the pages, writes the full-text search
 * index for the same content tree into <outDir>/pagefind/ (or one bundle per year, see
 * shards.ts), so every build (including `astro build --outDir …` and builds of other content
 * trees) comes with its own index.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/paths.ts';
import { readIndexedArticles } from './archive.ts';
import { writeSearchIndex } from './build-index.ts';
import { shardFolders, shardScheme } from './shards.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'datong-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark builds the index in a process of its own (npm run build-search) to
        // measure it apart from the pages.
        if (process.env.SEARCH_INDEX === 'skip') return logger.info('检索索引：SEARCH_INDEX=skip，未写出');
        const started = performance.now();
        const root = path.join(fileURLToPath(dir), 'pagefind');
        const articles = readIndexedArticles(contentDir);
        const year = (a: (typeof articles)[number]) => a.issue.date.slice(0, 4);
        const scheme = shardScheme();
        for (const folder of shardFolders(scheme, articles.map(year))) {
          const part = scheme === 'year' ? articles.filter((a) => `${year(a)}/` === folder) : articles;
          const report = await writeSearchIndex(part, path.join(root, folder));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`检索索引 pagefind/${folder}：${report.articles} 篇稿件，${report.files} 个文件，${(report.bytes / 1024).toFixed(0)} KB，累计 ${seconds} 秒`);
        }
      },
    },
  };
}
