/**
 * npm run ingest [-- [--date YYYY-MM-DD] [--page N] [--force] FILE...]
 * Turns the printed pages in content/sources (and any FILE given) into archive entries.
 * --date and --page apply to the files given (--page to a single one) and are kept in
 * content/sources/metadata.yaml (docs/metadata.md). Unknown options are refused before
 * anything is read.
 */
import { commandLine, failOnConfig } from '../src/cli.ts';
import { isIngestError } from '../src/ingest/errors.ts';
import { formatReport } from '../src/ingest/report.ts';
import { ingest } from '../src/ingest/run.ts';

const USAGE = '没有导入任何文件。用法：npm run ingest -- [--date YYYY-MM-DD] [--page N] [--force] [文件…]（见 docs/ingest.md）';
const { values, positionals } = commandLine(
  { date: { type: 'string' }, page: { type: 'string' }, force: { type: 'boolean' } },
  USAGE,
  { positionals: true },
);
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
