/**
 * What building the site costs (`npm run measure-site`): `astro build` of a content tree run as
 * a whole process and measured like every bench stage (measure.ts: wall time, peak memory of
 * its process tree), then what it wrote: pages, files, bytes and the largest pages.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { measure, type Measured } from './measure.ts';

export interface BuiltFile {
  /** Path under the built site. */
  file: string;
  bytes: number;
}

/** Every file of a built site with its size. */
export function builtFiles(dir: string): BuiltFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const file = path.join(d.parentPath, d.name);
      return { file: path.relative(dir, file), bytes: statSync(file).size };
    });
}

/** Bytes, files and HTML pages of a built site. */
export function distStats(dir: string): { bytes: number; files: number; html: number } {
  const files = builtFiles(dir);
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files: files.length, html: files.filter((f) => f.file.endsWith('.html')).length };
}

export interface SiteCost {
  content: string;
  out: string;
  build: Measured;
  files: BuiltFile[];
}

/**
 * Builds the content tree `content` into `out` with the project's Astro (run in `project`) and
 * measures it; the build's output goes to `out`.log. Throws with the log's end when the build fails.
 */
export async function measureSiteBuild(options: { content: string; out: string; project: string }): Promise<SiteCost> {
  const log = `${options.out}.log`;
  const build = await measure(process.execPath, [path.join(options.project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', options.out], {
    cwd: options.project,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: options.content },
    log,
  });
  if (build.code !== 0) throw new Error(`astro build 失败（exit ${build.code}），输出见 ${log}`);
  return { content: options.content, out: options.out, build, files: builtFiles(options.out) };
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

/** The figures of measureSiteBuild, one per line. */
export function formatSiteCost(cost: SiteCost): string {
  const html = cost.files.filter((f) => f.file.endsWith('.html'));
  const total = cost.files.reduce((n, f) => n + f.bytes, 0);
  const cpu = cost.build.cpu_s === null ? '' : `, ${cost.build.cpu_s.toFixed(1)} s CPU`;
  return [
    `content:        ${cost.content}`,
    `build time:     ${cost.build.wall_s.toFixed(2)} s (wall, astro build${cpu})`,
    `build memory:   ${cost.build.peak_rss_mb.toFixed(0)} MiB peak RSS (process tree)`,
    `pages (HTML):   ${html.length}`,
    `files:          ${cost.files.length}`,
    `size:           ${kib(total)} (${total} bytes), HTML ${kib(html.reduce((n, f) => n + f.bytes, 0))}`,
    `largest pages:  ${[...html].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map((f) => `${f.file} ${kib(f.bytes)}`).join(', ')}`,
  ].join('\n');
}
