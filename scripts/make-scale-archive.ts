/**
 * Writes a scratch archive for measuring the site at scale (src/synth/repeat.ts):
 *   node scripts/make-scale-archive.ts [--days 365] [--out .archive-tmp/scale-content] [--from content]
 * It repeats the source archive's issues, in turn, on consecutive days from 2020-01-01, with
 * ids renamed to the new dates. The text is real; the dates and repetition are not.
 */
import path from 'node:path';
import { commandLine, fail, wholeNumber } from '../src/cli.ts';
import { ContentError } from '../src/content/problems.ts';
import { repeatArchive } from '../src/synth/repeat.ts';

const USAGE = '用法：node scripts/make-scale-archive.ts [--days 天数] [--out 输出目录] [--from 内容目录]';

const { values } = commandLine(
  {
    days: { type: 'string', default: '365' },
    out: { type: 'string', default: '.archive-tmp/scale-content' },
    from: { type: 'string', default: 'content' },
  },
  USAGE,
);
const days = wholeNumber(values.days, '--days', USAGE);
const out = path.resolve(values.out);
try {
  const made = repeatArchive(path.resolve(values.from), out, days);
  console.log(`${made.days} issues, ${made.articles} articles → ${out}`);
} catch (error) {
  fail(error instanceof ContentError ? error.format() : (error as Error).message, 1);
}
