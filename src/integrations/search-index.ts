/**
 * Astro integration: writes the full-text search index for the build's content tree into
 * <outDir>/pagefind/ (or one bundle per month, see src/search/shared/shards.ts), so every build
 * (including `astro build --outDir …` and builds of other content trees) comes with its own
 * index. The index is made from the content, not the pages: it starts with the build, in a
 * process of its own beside the rendering (src/search/build/background-index.ts), and the build
 * waits for it at its end. Gives two integrations: `index`, which starts the index and waits for
 * it, and `pagesRendered`, to be listed before the steps that follow the pages, which tells the
 * index the rendering is over (it then writes the months left on every core).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir, searchIndexWanted } from '../config.ts';
import { startBackgroundIndex, type BackgroundIndex } from '../search/build/background-index.ts';

export function searchIndex(): { index: AstroIntegration; pagesRendered: AstroIntegration } {
  let outDir = '';
  let index: BackgroundIndex | null = null;
  let started = 0;
  let building = false;
  // Its own integration, listed before the steps that follow the pages (citation files, downloads):
  // once the pages are rendered the index may take every core.
  const pagesRendered: AstroIntegration = {
    name: 'datong-search-index-pages-rendered',
    hooks: {
      'astro:build:done': () => index?.pagesDone(),
    },
  };
  const integration: AstroIntegration = {
    name: 'datong-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // Started as soon as the build's settings are known (the content guard has passed), so it
        // runs beside Astro's content sync and bundling too. With SEARCH_INDEX=skip the benchmark
        // builds the index in a process of its own (npm run build-search) to measure it apart.
        if (!building || !searchIndexWanted()) return;
        started = performance.now();
        index = startBackgroundIndex(contentDir(), path.join(outDir, 'pagefind'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!index) return logger.info('检索索引：SEARCH_INDEX=skip，未写出');
        if (path.resolve(fileURLToPath(dir)) !== path.resolve(outDir)) throw new Error(`检索索引：输出目录 ${fileURLToPath(dir)} 与开始时的 ${outDir} 不同`);
        const reports = await index.finished();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        for (const { folder, written: r } of reports) {
          logger.info(
            r.reused
              ? `检索索引 pagefind/${folder}：${r.articles} 篇稿件、${r.topics} 个专题，未变，沿用`
              : `检索索引 pagefind/${folder}：${r.articles} 篇稿件、${r.topics} 个专题，${r.files} 个文件，${(r.bytes / 1024).toFixed(0)} KB`,
          );
        }
        logger.info(`检索索引：与页面同时写出，自构建开始共 ${seconds} 秒`);
      },
    },
  };
  return { index: integration, pagesRendered };
}
