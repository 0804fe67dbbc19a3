/**
 * npm run ingest [-- FILE...] [--force]
 * Turns the printed pages in content/sources (and any FILE given) into archive entries.
 */
import { commandLine, failOnConfig } from '../src/cli.ts';
import { isIngestError } from '../src/ingest/errors.ts';
import { formatReport } from '../src/ingest/report.ts';
import { ingest } from '../src/ingest/run.ts';

const { values, positionals: files } = commandLine(
  { force: { type: 'boolean', default: false } },
  '用法：npm run ingest [-- 版面文件 …] [--force]（usage: npm run ingest [-- FILE...] [--force]）',
  { positionals: true },
);

try {
  const outcome = ingest({ files, force: values.force });
  console.log(formatReport(outcome));
} catch (error) {
  failOnConfig(error);
  if (isIngestError(error)) {
    console.error(`导入未完成，content/ 未作任何改动。\n${error.format()}`);
    process.exit(1);
  }
  throw error;
}
