/**
 * npm run bench -- --issues N [--json] [--seed S] [--start YYYY-MM-DD] [--shards month|archive] [--dir DIR] [--keep]
 * Synthesises N issues in a scratch folder and measures ingest, build, search index, the daily
 * job (one more issue) and search in headless Chromium; prints a table, and with --json a last
 * line of JSON. The scratch folder is removed afterwards unless --keep or --dir is given.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatTable, toJson } from '../src/bench/report.ts';
import { runBench } from '../src/bench/run.ts';
import { measureSearch, type SearchResult } from '../src/bench/search.ts';
import { DEFAULT_SEED, DEFAULT_START } from '../src/synth/synthesise.ts';

const USAGE = '用法：npm run bench -- --issues 期数 [--json] [--seed 种子] [--start 首期日期] [--shards month|archive] [--dir 临时目录] [--keep]';

function parseArgs(args: string[]) {
  const o = { issues: 0, json: false, keep: false, seed: DEFAULT_SEED, start: DEFAULT_START, dir: '', shards: 'month' };
  for (let k = 0; k < args.length; k++) {
    const [flag, inline] = args[k].split(/=(.*)/s);
    const value = () => inline ?? args[++k] ?? fail(`${flag} 后面缺少值\n${USAGE}`);
    if (flag === '--issues') o.issues = Number(value());
    else if (flag === '--json') o.json = true;
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--seed') o.seed = value();
    else if (flag === '--start') o.start = value();
    else if (flag === '--dir') o.dir = value();
    else if (flag === '--shards') o.shards = value();
    else fail(`不认识的参数“${args[k]}”\n${USAGE}`);
  }
  if (!Number.isInteger(o.issues) || o.issues < 1) fail(`--issues 须是正整数\n${USAGE}`);
  return o;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));
const dir = options.dir ? path.resolve(options.dir) : mkdtempSync(path.join(os.tmpdir(), 'archive-bench-'));
if (options.dir) rmSync(dir, { recursive: true, force: true });
console.log(`scratch: ${dir}`);
try {
  const result = await runBench({
    issues: options.issues,
    seed: options.seed,
    start: options.start,
    shards: options.shards,
    dir,
    project: path.resolve('.'),
    progress: (line) => console.log(line),
  });
  let search: SearchResult | null = null;
  if (existsSync(path.join(result.paths.dist, 'pagefind'))) {
    console.log('  search: headless Chromium on the built site');
    search = await measureSearch({ dist: result.paths.dist });
  }
  console.log('');
  console.log(formatTable(result, search));
  if (options.json) console.log(JSON.stringify(toJson(result, search)));
} catch (error) {
  console.error(`基准测试未完成：${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (!options.keep && !options.dir) rmSync(dir, { recursive: true, force: true });
}
