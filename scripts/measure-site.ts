/**
 * Builds the site and prints what it cost: node scripts/measure-site.ts [--content DIR] [--out DIR]
 * Figures: wall time of `astro build`, peak memory of the build process, pages, files and bytes
 * written, the largest HTML pages. (Content from ARCHIVE_CONTENT_DIR / --content, default ./content.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const content = path.resolve(opt('--content') ?? process.env.ARCHIVE_CONTENT_DIR ?? 'content');
const out = path.resolve(opt('--out') ?? '.archive-tmp/measure-dist');

const started = process.hrtime.bigint();
const build = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
  env: { ...process.env, ARCHIVE_CONTENT_DIR: content },
  encoding: 'utf8',
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const peakKb = Number(build.stderr.trim().split('\n').at(-1));

const files = fs
  .readdirSync(out, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => {
    const file = path.join(d.parentPath, d.name);
    return { file: path.relative(out, file), bytes: fs.statSync(file).size };
  });
const html = files.filter((f) => f.file.endsWith('.html'));
const total = files.reduce((n, f) => n + f.bytes, 0);
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

console.log(`content:        ${content}`);
console.log(`build time:     ${seconds.toFixed(2)} s (wall, astro build)`);
console.log(`build memory:   ${Number.isFinite(peakKb) ? `${(peakKb / 1024).toFixed(0)} MiB peak RSS` : 'n/a'}`);
console.log(`pages (HTML):   ${html.length}`);
console.log(`files:          ${files.length}`);
console.log(`size:           ${kib(total)} (${total} bytes), HTML ${kib(html.reduce((n, f) => n + f.bytes, 0))}`);
console.log(`largest pages:  ${[...html].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map((f) => `${f.file} ${kib(f.bytes)}`).join(', ')}`);
