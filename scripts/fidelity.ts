/**
 * npm run fidelity -- --corpus DIR [--json] [--check] [--show PAGEID] [--failures]
 * Runs the real ingest over a corpus of pages with known truth (DIR/pages, DIR/truth) in a
 * scratch tree and prints how well it read them, per layout. docs/ingest.md "Measuring the reading".
 */
import path from 'node:path';
import { commandLine, fail, usageError } from '../src/cli.ts';
import { closest } from '../src/ingest/closest.ts';
import { CorpusError, readCorpus } from '../src/fidelity/corpus.ts';
import { formatFailures, formatJson, formatPage, formatTable } from '../src/fidelity/format.ts';
import { measureFidelity } from '../src/fidelity/measure.ts';
import { missedTargets } from '../src/fidelity/score.ts';

const USAGE = '用法（usage）：npm run fidelity -- --corpus DIR [--json] [--check] [--show PAGEID] [--failures]';

const { values: options } = commandLine(
  {
    corpus: { type: 'string' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    show: { type: 'string' },
    failures: { type: 'boolean', default: false },
  },
  USAGE,
);
if (!options.corpus) usageError('缺少 --corpus 目录（--corpus DIR is required）', USAGE);

let corpus;
try {
  corpus = readCorpus(path.resolve(options.corpus));
} catch (error) {
  if (error instanceof CorpusError) fail(`语料无法读取（bad corpus）：${error.message}`, 1);
  throw error;
}
if (options.show !== undefined && !corpus.some((p) => p.id === options.show)) {
  const guess = closest(options.show, corpus.map((p) => p.id));
  fail(`语料中没有版面 ${options.show}（no such page）${guess ? `；是不是 ${guess}？` : ''}`, 2);
}

const measured = measureFidelity(corpus);
if (options.show !== undefined) console.log(formatPage(measured.pages.find((p) => p.id === options.show)!), '\n');
if (options.failures) console.log(formatFailures(measured), '\n');
console.log(options.json ? formatJson(measured) : formatTable(measured));
if (options.check) {
  const missed = missedTargets(measured.rows);
  if (missed.length) fail(`targets missed:\n${missed.map((m) => `  ${m}`).join('\n')}`, 1);
  console.error('all targets met');
}
