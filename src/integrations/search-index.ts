/**
 * Astro integration: after `astro build` has written the pages, writes the full-text search
 * index for the same content tree into <outDir>/pagefind/ (or one bundle per month, see
 * src/search/shared/shards.ts), so every build (including `astro build --outDir …` and builds of other content
 * trees) comes with its own index.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { buildPart, contentDir, searchIndexWanted, shardScheme } from '../config.ts';
import { writeArchiveIndex, type IndexPart } from '../search/build/write-index.ts';
import { yearOfOutput } from '../site/build-part.ts';

/**
 * What of the index this build writes: all of it, or (a build by parts, src/site/build-part.ts)
 * a year's months, or the bundle every month shares. Throws when parts are asked of one bundle.
 */
function indexPart(): IndexPart {
  const part = buildPart();
  if (part.kind === 'whole') return { months: () => true, shared: true };
  if (shardScheme() !== 'month') throw new Error('检索索引：分部构建（ARCHIVE_BUILD_PART）须按月分卷（SEARCH_SHARDS=month），否则各部分的索引无法合并');
  if (part.kind === 'archive-wide') return { months: () => false, shared: true };
  return { months: (folder) => yearOfOutput(`pagefind/${folder}`) === part.year, shared: false };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'datong-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark builds the index in a process of its own (npm run build-search) to
        // measure it apart from the pages.
        if (!searchIndexWanted()) return logger.info('检索索引：SEARCH_INDEX=skip，未写出');
        const started = performance.now();
        const root = path.join(fileURLToPath(dir), 'pagefind');
        const part = indexPart();
        await writeArchiveIndex(contentDir(), root, (folder, r) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            r.reused
              ? `检索索引 pagefind/${folder}：${r.articles} 篇稿件、${r.topics} 个专题，未变，沿用`
              : `检索索引 pagefind/${folder}：${r.articles} 篇稿件、${r.topics} 个专题，${r.files} 个文件，${(r.bytes / 1024).toFixed(0)} KB，累计 ${seconds} 秒`,
          );
        }, shardScheme(), part);
      },
    },
  };
}
