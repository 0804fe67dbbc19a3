/**
 * The archive's settings from the environment, read in one place and validated with zod; every
 * other module asks here. Each variable is read when asked for (not once at start), so a test or
 * a benchmark that points one step at another tree by setting it sees the change.
 *
 * | variable | what it sets | default |
 * |---|---|---|
 * | ARCHIVE_CONTENT_DIR | the content tree the ingest, site, search and export read | ./content |
 * | BASE_PATH | the sub-path the site is hosted under | / |
 * | SITE_URL | the site's origin, for permalinks, citations, feed and sitemap | https://archive.example.org |
 * | ASTRO_CACHE_DIR | Astro's cache, and the content reader's cache beside it | node_modules/.astro |
 * | SEARCH_SHARDS | how the search index is split: archive or month (docs/search.md) | archive |
 * | SEARCH_INDEX | `skip`: the build writes no search index (the benchmark builds it apart) | (written) |
 *
 * A bad value throws a ConfigError naming the variable, the value and what it may be.
 */
import path from 'node:path';
import { z } from 'astro/zod';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The placeholder origin the site is built with when SITE_URL is not set. */
export const PLACEHOLDER_SITE = 'https://archive.example.org';

export const SHARD_SCHEMES = ['archive', 'month'] as const;
export type ShardScheme = (typeof SHARD_SCHEMES)[number];

const unset = (value: unknown) => (value === '' ? undefined : value);

const VARIABLES = {
  ARCHIVE_CONTENT_DIR: z.string().optional(),
  BASE_PATH: z.string().regex(/^[^?#\s]*$/, '须是一个网址路径，如 /archive/（不带 ? # 或空格）').optional(),
  SITE_URL: z.url({ protocol: /^https?$/, error: '须是 http(s):// 开头的完整网址，如 https://archive.example.org' }).optional(),
  ASTRO_CACHE_DIR: z.string().optional(),
  SEARCH_SHARDS: z.enum(SHARD_SCHEMES, { error: '只能是 month 或 archive（默认）' }).optional(),
  SEARCH_INDEX: z.enum(['skip'], { error: '只能是 skip（不写检索索引）或不设' }).optional(),
} as const;
type Variable = keyof typeof VARIABLES;

/** One variable, validated; undefined when not set (or set empty). */
function read<V extends Variable>(name: V, env: NodeJS.ProcessEnv): z.infer<(typeof VARIABLES)[V]> {
  const value = unset(env[name]);
  const result = VARIABLES[name].safeParse(value);
  if (!result.success) {
    throw new ConfigError(`环境变量 ${name}=${JSON.stringify(value)} 无效：${result.error.issues[0]?.message ?? ''}`);
  }
  return result.data as z.infer<(typeof VARIABLES)[V]>;
}

export { normalizeBase } from './site/url.ts';

/** The content tree (absolute). */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(read('ARCHIVE_CONTENT_DIR', env) ?? 'content');
}

/** The base path as given (Astro normalises it itself); use normalizeBase for a `/x/` form. */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  return read('BASE_PATH', env) ?? '/';
}

/** The site's origin and whether it was set (the build warns when it was not). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): { url: string; given: boolean } {
  const url = read('SITE_URL', env);
  return { url: url ?? PLACEHOLDER_SITE, given: url !== undefined };
}

/** Astro's cache folder when one is given (tests and benchmarks build trees side by side), else null. */
export function astroCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return read('ASTRO_CACHE_DIR', env) ?? null;
}

/** How the search index is split; the build and the search page must agree, so both ask here. */
export function shardScheme(env: NodeJS.ProcessEnv = process.env): ShardScheme {
  return read('SEARCH_SHARDS', env) ?? 'archive';
}

/** Parses a shard scheme given as an option (a script's --shards), with the same rule. */
export function parseShardScheme(value: string | undefined): ShardScheme {
  return shardScheme({ SEARCH_SHARDS: value });
}

/** False when the build is told to leave the search index to a step of its own. */
export function searchIndexWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return read('SEARCH_INDEX', env) !== 'skip';
}

/** Checks every variable at once (the pre-build check), so a bad value stops the build before Astro starts. */
export function checkEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of Object.keys(VARIABLES) as Variable[]) read(name, env);
}
