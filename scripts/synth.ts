/**
 * npm run synth -- --issues N --out DIR [--seed S] [--start YYYY-MM-DD] [--from SEEDS_DIR]
 * Writes N consecutive days of realistic pages composed from the real seed pages
 * (content/sources unless --from), with DIR/metadata.yaml, ready for
 * `ARCHIVE_CONTENT_DIR=… npm run ingest` (DIR being that content tree's sources folder).
 */
import path from 'node:path';
import { DEFAULT_SEED, DEFAULT_START, synthesise } from '../src/synth/synthesise.ts';
import { writeIssues } from '../src/synth/write.ts';

const USAGE = '用法：npm run synth -- --issues 期数 --out 目录 [--seed 种子] [--start 首期日期] [--from 种子版面目录]';

function parseArgs(args: string[]) {
  const values: Record<string, string> = {};
  for (let k = 0; k < args.length; k++) {
    const m = /^--(issues|out|seed|start|from)(?:=(.*))?$/.exec(args[k]);
    if (!m) fail(`不认识的参数“${args[k]}”\n${USAGE}`);
    const value = m![2] ?? args[++k];
    if (value === undefined) fail(`--${m![1]} 后面缺少值\n${USAGE}`);
    values[m![1]] = value;
  }
  const issues = Number(values.issues);
  if (!Number.isInteger(issues) || issues < 1) fail(`--issues 须是正整数\n${USAGE}`);
  if (!values.out) fail(`缺少 --out 目录\n${USAGE}`);
  const start = values.start ?? DEFAULT_START;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(Date.parse(start))) fail(`--start 须是 YYYY-MM-DD\n${USAGE}`);
  return {
    issues,
    out: path.resolve(values.out),
    seed: values.seed ?? DEFAULT_SEED,
    start,
    seedsDir: path.resolve(values.from ?? 'content/sources'),
  };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));
const began = performance.now();
try {
  const issues = synthesise(options);
  const written = writeIssues(options.out, issues);
  const items = issues.reduce((n, i) => n + i.pages.reduce((m, p) => m + p.items.length, 0), 0);
  const redraws = issues.reduce((n, i) => n + i.redraws, 0);
  const last = issues[issues.length - 1].date;
  console.log(
    `已合成 ${issues.length} 期（${options.start} 至 ${last}）、${written.files} 个版面、${items} 条稿件，` +
      `共 ${(written.bytes / 1e6).toFixed(1)} MB，写入 ${path.relative(process.cwd(), options.out) || options.out}` +
      `（种子 ${options.seed}，重排 ${redraws} 版，用时 ${((performance.now() - began) / 1000).toFixed(1)} 秒）`,
  );
} catch (error) {
  fail(`合成未完成：${(error as Error).message}`);
}
