/**
 * The archive's settings from the environment, read in one place and validated with zod; every
 * other module asks here. Each variable is read when asked for (not once at start), so a test or
 * a benchmark that points one step at another tree by setting it sees the change.
 *
 * | variable | what it sets | default |
 * |---|---|---|
 * | ARCHIVE_CONTENT_DIR | the content tree the ingest, site, search and export read | ./content |
 * | BASE_PATH | the sub-path the site is hosted under: path segments of letters, digits, - _ . ~ | / |
 * | SITE_URL | the site's origin (http(s)://host[:port], no path), for permalinks, citations, feed and sitemap | none: a preview build |
 * | DEPLOY | `1`: a deploy build, which refuses to start without SITE_URL (docs/deploy.md) | (a preview build is allowed) |
 * | ASTRO_CACHE_DIR | Astro's cache, and the content reader's cache beside it | node_modules/.astro |
 * | SEARCH_SHARDS | how the search index is split: archive or month (docs/search.md) | archive |
 * | SEARCH_INDEX | `skip`: the build writes no search index (the benchmark builds it apart) | (written) |
 * | ARCHIVE_BUILD_PART | one part of a build by parts (docs/scaling.md): a year (`2024`) or `archive-wide` | (the whole site) |
 * | ARCHIVE_YEAR_SUMMARIES | the folder of the years' summaries the archive-wide part is built from (src/content/year-summary.ts); `npm run build-archive` sets it | none: the archive-wide part refuses to start |
 *
 * A bad value throws a ConfigError naming the variable, the value and what it may be.
 *
 * Only the environment counts: `.env` files are not read (astro.config.mjs turns Vite's loading
 * of them off), because the scripts never see them and a build that half-read one published
 * the address it named in the data downloads while its pages said preview.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}


export const SHARD_SCHEMES = ['archive', 'month'] as const;
export type ShardScheme = (typeof SHARD_SCHEMES)[number];

const unset = (value: unknown) => (value === '' ? undefined : value);

/** One segment of the base path: letters (any script), digits and - _ . ~, not `.` or `..`. */
const BASE_SEGMENT = /^(?!\.{1,2}$)[\p{L}\p{N}\-_.~]+$/u;

/** What is wrong with a SITE_URL, named for what it is (credentials, a path, a scheme …), or null for an origin. */
function siteUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '不是完整的网址';
  }
  if (!/^https?:$/.test(url.protocol)) return `协议 ${url.protocol} 不行，只能是 http: 或 https:`;
  if (url.hostname === '') return '缺少域名';
  if (url.username !== '' || url.password !== '') return '不能带用户名或密码（@ 前的部分）：它会写进每个页面的永久链接、引用和订阅源，公开给所有读者';
  if (url.search !== '' || /\?/.test(value)) return '不能带 ? 查询参数';
  if (url.hash !== '' || value.includes('#')) return '不能带 # 片段';
  if ((url.pathname !== '/' && url.pathname !== '') || !/^https?:\/\/[^/?#\s]+\/?$/i.test(value)) return '不能带路径';
  return null;
}

const VARIABLES = {
  ARCHIVE_CONTENT_DIR: z.string().optional(),
  BASE_PATH: z
    .string()
    .refine(
      (value) => value.split('/').filter((s) => s !== '').every((s) => BASE_SEGMENT.test(s)) && !value.includes('//'),
      '须是网址路径，如 /archive/：各段只用字母、数字和 - _ . ~，不能有 . 或 .. 段、空格、? # 或连续的 /',
    )
    .optional(),
  SITE_URL: z
    .string()
    .superRefine((value, ctx) => {
      const why = siteUrlProblem(value);
      if (why) ctx.addIssue({ code: 'custom', message: `${why}；须是网站的来源：http(s):// 加域名（可带端口），如 https://dtrb.example.cn（子路径请用 BASE_PATH）` });
    })
    .optional(),
  DEPLOY: z.enum(['1', '0'], { error: '只能是 1（发布构建：必须设置 SITE_URL）或 0/不设（可以是预览构建），如 DEPLOY=1（见 docs/deploy.md）' }).optional(),
  ASTRO_CACHE_DIR: z.string().optional(),
  SEARCH_SHARDS: z.enum(SHARD_SCHEMES, { error: '只能是 month 或 archive（默认）' }).optional(),
  SEARCH_INDEX: z.enum(['skip'], { error: '只能是 skip（不写检索索引）或不设' }).optional(),
  ARCHIVE_BUILD_PART: z
    .string()
    .regex(/^(?:\d{4}|archive-wide)$/, '只能是一个年份（如 2024：只建这一年的各期、各版和稿件页）或 archive-wide（只建跨年的页面），不设则建整个网站')
    .optional(),
  ARCHIVE_YEAR_SUMMARIES: z.string().optional(),
} as const;
type Variable = keyof typeof VARIABLES;

/** One variable, validated; undefined when not set (or set empty). */
function read<V extends Variable>(name: V, env: NodeJS.ProcessEnv): z.infer<(typeof VARIABLES)[V]> {
  const value = unset(env[name]);
  const result = VARIABLES[name].safeParse(value);
  if (!result.success) {
    // A password given in SITE_URL is not repeated into the log.
    const shown = typeof value === 'string' ? value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1…@') : value;
    throw new ConfigError(`环境变量 ${name}=${JSON.stringify(shown)} 无效：${result.error.issues[0]?.message ?? ''}`);
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

/**
 * The site's origin without a trailing slash, or null: a preview build, which marks its pages
 * noindex and makes up no absolute address. Throws ConfigError for a deploy build (DEPLOY=1)
 * without one, and for a DEPLOY other than 1, 0 or unset (docs/deploy.md).
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  // DEPLOY is read whether or not SITE_URL is set: DEPLOY=yes is refused, not taken as a preview build's 0.
  const deploy = isDeployBuild(env);
  const url = read('SITE_URL', env);
  if (url === undefined && deploy) {
    throw new ConfigError('发布构建（DEPLOY=1）必须设置 SITE_URL，如 SITE_URL=https://dtrb.example.cn DEPLOY=1 npm run build（见 docs/deploy.md）');
  }
  return url === undefined ? null : url.replace(/\/+$/, '');
}

/** DEPLOY=1: the build that is published (docs/deploy.md, CI), which needs SITE_URL. */
export function isDeployBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return read('DEPLOY', env) === '1';
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

/**
 * Which part of the site this build makes (src/site/build-part.ts): the whole site, one year's
 * issue, page and article pages, or the pages that span years. Throws ConfigError for another value.
 */
export function buildPart(env: NodeJS.ProcessEnv = process.env): BuildPart {
  const value = read('ARCHIVE_BUILD_PART', env);
  if (value === undefined) return { kind: 'whole' };
  return value === 'archive-wide' ? { kind: 'archive-wide' } : { kind: 'year', year: Number(value) };
}

/**
 * The folder of the years' summaries (src/content/year-summary.ts) that the archive-wide part of
 * a build by parts reads instead of the articles' files. Throws ConfigError when the archive-wide
 * part is built without one (npm run build-archive makes them and sets it).
 */
export function yearSummariesDir(env: NodeJS.ProcessEnv = process.env): string {
  const value = read('ARCHIVE_YEAR_SUMMARIES', env);
  if (value === undefined) {
    throw new ConfigError('跨年部分（ARCHIVE_BUILD_PART=archive-wide）由各年的摘要构建，须设 ARCHIVE_YEAR_SUMMARIES（摘要所在目录）；请用 npm run build-archive，它先做摘要再构建');
  }
  return path.resolve(value);
}

/** The part of the site a build makes: all of it, one year's dated pages, or the pages spanning years. */
export type BuildPart = { kind: 'whole' } | { kind: 'year'; year: number } | { kind: 'archive-wide' };

/** Checks every variable at once (the pre-build check), so a bad value stops the build before Astro starts. */
export function checkEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of Object.keys(VARIABLES) as Variable[]) read(name, env);
  siteUrl(env);
}

/**
 * The line to print when `dir` (the project folder) holds .env files, which the archive does not
 * read (see the top of this file); null when it holds none.
 */
export function envFilesNotice(dir: string): string | null {
  const files = fs.readdirSync(dir).filter((f) => f === '.env' || f.startsWith('.env.')).sort();
  if (files.length === 0) return null;
  return `注意：${files.join('、')} 不会被读取——本档案的设置只看环境变量，如 SITE_URL=https://… DEPLOY=1 npm run build（docs/deploy.md）`;
}

/**
 * The options `astro build` acts on (Astro 7.3: astro/dist/cli/build/index.js and cli/flags.js).
 * Its parser also reads `--out-dir` as `--outDir`; any other option it ignores without a word, so
 * a mistyped `--outdir scratch` would build into dist/ over the archive's site.
 */
export const ASTRO_BUILD_OPTIONS = ['outDir', 'mode', 'devOutput', 'force', 'help', 'h', 'config', 'root', 'site', 'base', 'verbose', 'silent'];
/** Those of them that take a value (--outDir dist). */
export const ASTRO_BUILD_VALUED = ['outDir', 'mode', 'config', 'root', 'site', 'base'];

/** Whether Astro's command line (after node and its script) runs `astro build`: its first word that is no option. */
export function isAstroBuild(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).find((token) => !token.startsWith('-')) === 'build';
}

/**
 * Takes Astro's command line after node and its script (`['build', '--outdir', 'x']`). When the
 * command is `build`, throws a ConfigError naming the first option Astro would ignore, with the
 * option it most likely meant when only the letters' case differs, or the first option that takes a
 * value written without one (`--outDir` last); other commands pass unchecked.
 */
export function checkBuildOptions(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  const tokens = end === -1 ? argv : argv.slice(0, end);
  if (!isAstroBuild(argv)) return;
  tokens.forEach((token, at) => {
    if (!/^--?[A-Za-z]/.test(token)) return;
    const written = token.split('=')[0]!;
    const name = written.replace(/^--?(no-)?/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    if (ASTRO_BUILD_OPTIONS.includes(name)) {
      // A valued option with nothing after it (npm run build -- --outDir) is dropped by Astro, which builds into dist/.
      const next = tokens[at + 1];
      if (ASTRO_BUILD_VALUED.includes(name) && !token.includes('=') && (next === undefined || next.startsWith('-'))) {
        throw new ConfigError(`astro build 的选项 ${written} 后面少了它的值（如 ${written} ${name === 'outDir' ? 'dist-scratch' : '…'}），Astro 会不声不响地忽略它；什么也没有构建`);
      }
      return;
    }
    const meant = ASTRO_BUILD_OPTIONS.find((known) => known.toLowerCase() === name.toLowerCase());
    const hint = meant ? `（选项区分大小写，是 --${meant} 吧？）` : `（可用的有 ${ASTRO_BUILD_OPTIONS.filter((o) => o.length > 1).map((o) => `--${o}`).join(' ')}）`;
    throw new ConfigError(`astro build 不认识选项 ${written}，Astro 会不声不响地忽略它${hint}；什么也没有构建`);
  });
}
