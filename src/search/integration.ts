/**
 * Astro integration: after `astro build` has written the pages, writes the full-text search
 * index for the same content tree into <outDir>/pagefind/ (or one bundle per year, see
 * shards.ts), so every build (including `astro build --outDir …` and builds of other content
 * trees) comes with its own index.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir, topicsDir } from '../lib/paths.ts';
import { readIndexedTopics } from '../topics/search.ts';
import { readIndexedArticles } from './archive.ts';
import { writeSearchIndex } from './build-index.ts';
import { shardFolders, shardScheme } from './shards.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'datong-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = path.join(fileURLToPath(dir), 'pagefind');
        const articles = readIndexedArticles(contentDir);
        const topics = readIndexedTopics(topicsDir);
        const year = (a: (typeof articles)[number]) => a.issue.date.slice(0, 4);
        const scheme = shardScheme();
        const folders = shardFolders(scheme, articles.map(year));
        // A topic goes in the shard of the year its span ends, or the newest one.
        const topicFolder = (t: (typeof topics)[number]) => (folders.includes(`${t.data.to.slice(0, 4)}/`) ? `${t.data.to.slice(0, 4)}/` : folders[0]);
        for (const folder of folders) {
          const part = scheme === 'year' ? articles.filter((a) => `${year(a)}/` === folder) : articles;
          const topicPart = scheme === 'year' ? topics.filter((t) => topicFolder(t) === folder) : topics;
          const report = await writeSearchIndex(part, path.join(root, folder), topicPart);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`检索索引 pagefind/${folder}：${report.articles} 篇稿件、${report.topics} 个专题，${report.files} 个文件，${(report.bytes / 1024).toFixed(0)} KB，累计 ${seconds} 秒`);
        }
      },
    },
  };
}
