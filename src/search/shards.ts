/**
 * How the index is split. One Pagefind bundle for the whole archive (the default) is fine for
 * years of the paper at the size Pagefind can index in one go; beyond that, SEARCH_SHARDS=year
 * builds one bundle per year (pagefind/2025/, pagefind/2026/, …) and the search page opens
 * them all, newest first. The build (integration.ts) and the page (SearchView.astro) both
 * read the setting from here, so they always agree.
 */
export type ShardScheme = 'archive' | 'year';

export function shardScheme(value: string | undefined = process.env.SEARCH_SHARDS): ShardScheme {
  if (!value || value === 'archive') return 'archive';
  if (value === 'year') return 'year';
  throw new Error(`SEARCH_SHARDS 只能是 year 或 archive（默认）：${value}`);
}

/** Bundle folders under pagefind/, newest year first ('' is pagefind/ itself). */
export function shardFolders(scheme: ShardScheme, years: string[]): string[] {
  return scheme === 'year' ? [...new Set(years)].sort().reverse().map((y) => `${y}/`) : [''];
}
