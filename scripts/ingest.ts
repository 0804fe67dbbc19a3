/**
 * npm run ingest [-- FILE...] [--force]
 * Turns the printed pages in content/sources (and any FILE given) into archive entries.
 */
import { isIngestError } from '../src/ingest/errors.ts';
import { formatReport } from '../src/ingest/report.ts';
import { ingest } from '../src/ingest/run.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((a) => !a.startsWith('--'));

try {
  const outcome = ingest({ files, force });
  console.log(formatReport(outcome));
} catch (error) {
  if (isIngestError(error)) {
    console.error(`导入未完成，content/ 未作任何改动。\n${error.format()}`);
    process.exit(1);
  }
  throw error;
}
