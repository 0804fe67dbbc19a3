/**
 * npm run ingest [-- [--date YYYY-MM-DD] [--page N] [--force] FILE...]
 * Turns the printed pages in content/sources (and any FILE given) into archive entries.
 * --date and --page apply to the files given (--page to a single one) and are kept in
 * content/sources/metadata.yaml (docs/metadata.md). Unknown options are refused before
 * anything is read.
 */
import { parseArgs } from 'node:util';
import { closest } from '../src/ingest/closest.ts';
import { failOnConfig } from '../src/cli.ts';
import { isIngestError } from '../src/ingest/errors.ts';
import { formatReport } from '../src/ingest/report.ts';
import { ingest } from '../src/ingest/run.ts';

const USAGE = '用法：npm run ingest -- [--date YYYY-MM-DD] [--page N] [--force] [文件…]（见 docs/ingest.md）';
const OPTIONS = { date: { type: 'string' }, page: { type: 'string' }, force: { type: 'boolean' } } as const;

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = option.replace(/=.*$/, '');
      const guess = closest(name, Object.keys(OPTIONS).map((o) => `--${o}`));
      console.error(`不认识的选项“${name}”（unknown option）${guess ? `，是不是 ${guess}？` : '；'}没有导入任何文件。${USAGE}`);
    } else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option.replace(/\s.*$/, '');
      const why = /argument missing|ambiguous/.test((error as Error).message) ? '后面要写一个值' : '后面不能写值';
      console.error(`选项 ${name} ${why}（invalid option value）；没有导入任何文件。${USAGE}`);
    } else throw error;
    process.exit(2);
  }
}

const { values, positionals } = parse(process.argv.slice(2));
try {
  const outcome = ingest({ files: positionals, force: values.force, date: values.date, page: values.page });
  console.log(formatReport(outcome));
} catch (error) {
  failOnConfig(error);
  if (isIngestError(error)) {
    console.error(`导入未完成，content/ 未作任何改动。\n${error.format()}`);
    process.exit(1);
  }
  throw error;
}
