/**
 * Which of the search index a build writes, from the build's part (src/site/build-part.ts): all
 * of it, a year's months, or what every month shares.
 */
import { buildPart, shardScheme } from '../../config.ts';
import { yearOfOutput } from '../../site/build-part.ts';
import type { IndexPart } from './write-index.ts';

/** Reads ARCHIVE_BUILD_PART and SEARCH_SHARDS; throws when parts are asked of one bundle. */
export function indexPart(): IndexPart {
  const part = buildPart();
  if (part.kind === 'whole') return { months: () => true, shared: true };
  if (shardScheme() !== 'month') throw new Error('检索索引：分部构建（ARCHIVE_BUILD_PART）须按月分卷（SEARCH_SHARDS=month），否则各部分的索引无法合并');
  if (part.kind === 'archive-wide') return { months: () => false, shared: true };
  return { months: (folder) => yearOfOutput(`pagefind/${folder}`) === part.year, shared: false };
}
