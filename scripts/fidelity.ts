/**
 * npm run fidelity -- --corpus DIR [--corpus DIR …] [--json] [--check] [--show PAGEID] [--failures]
 * Runs the real ingest over a corpus of pages with known truth (DIR/pages, DIR/truth) in a
 * scratch tree and prints how well it read them, per layout. docs/ingest.md "Measuring the reading".
 * With several corpora, each is measured on its own tree and its table comes under its folder's
 * name, all in one process (CI measures every set of tests/fixtures/other-papers this way), then
 * one table over all their pages together; with --json, one object {corpora: {DIR: figures},
 * together: figures}.
 */
import path from 'node:path';
import { commandLine, fail, usageError } from '../src/cli.ts';
import { closest } from '../src/ingest/closest.ts';
import { CorpusError, readCorpus } from '../src/fidelity/corpus.ts';
import { formatFailures, formatJson, formatPage, formatTable } from '../src/fidelity/format.ts';
import { measureFidelity } from '../src/fidelity/measure.ts';
import { missedTargets, summarize } from '../src/fidelity/score.ts';
import type { Measurement } from '../src/fidelity/measure.ts';

const USAGE = '用法（usage）：npm run fidelity -- --corpus DIR [--corpus DIR …] [--json] [--check] [--show PAGEID] [--failures]';

const { values: options } = commandLine(
  {
    corpus: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    show: { type: 'string' },
    failures: { type: 'boolean', default: false },
  },
  USAGE,
);
const dirs = options.corpus ?? [];
if (!dirs.length) usageError('缺少 --corpus 目录（--corpus DIR is required）', USAGE);
if (options.show !== undefined && dirs.length > 1) usageError('--show 只能配一个 --corpus（--show takes one corpus）', USAGE);

function read(dir: string) {
  try {
    return readCorpus(path.resolve(dir));
  } catch (error) {
    if (error instanceof CorpusError) fail(`语料无法读取（bad corpus）：${error.message}`, 1);
    throw error;
  }
}

const missedBySet: string[] = [];
const json: Record<string, unknown> = {};
const measurements: Measurement[] = [];
for (const dir of dirs) {
  const corpus = read(dir);
  if (options.show !== undefined && !corpus.some((p) => p.id === options.show)) {
    const guess = closest(options.show, corpus.map((p) => p.id));
    fail(`语料中没有版面 ${options.show}（no such page）${guess ? `；是不是 ${guess}？` : ''}`, 2);
  }
  const measured = measureFidelity(corpus);
  measurements.push(measured);
  const many = dirs.length > 1;
  if (many && !options.json) console.log(`## ${dir}\n`);
  if (options.show !== undefined) console.log(formatPage(measured.pages.find((p) => p.id === options.show)!), '\n');
  if (options.failures) console.log(formatFailures(measured), '\n');
  if (options.json && many) json[dir] = JSON.parse(formatJson(measured));
  else console.log(options.json ? formatJson(measured) : formatTable(measured));
  if (many && !options.json) console.log();
  for (const m of missedTargets(measured.rows)) missedBySet.push(many ? `${dir}: ${m}` : m);
}
if (dirs.length > 1) {
  // Every corpus's pages together: the figures for all the sets at once.
  const pages = measurements.flatMap((m) => m.pages);
  const sum = (pick: (m: Measurement) => number) => measurements.reduce((n, m) => n + pick(m), 0);
  const together: Measurement = { pages, rows: summarize(pages), seconds: sum((m) => m.seconds), ingestSeconds: sum((m) => m.ingestSeconds) };
  if (options.json) {
    console.log(JSON.stringify({ corpora: json, together: JSON.parse(formatJson(together)) }));
  } else {
    console.log(`## all ${dirs.length} corpora together\n`);
    console.log(formatTable(together));
  }
}
if (options.check) {
  if (missedBySet.length) fail(`targets missed:\n${missedBySet.map((m) => `  ${m}`).join('\n')}`, 1);
  console.error('all targets met');
}
