/**
 * npm run ingest [-- [--date YYYY-MM-DD] [--page N] [--force] [--remove FILE]... [--recover] FILE...]
 * Turns the printed pages in content/sources (and any FILE given) into archive entries.
 * --date and --page apply to the files given (--page to a single one) and are kept in
 * content/sources/metadata.yaml (docs/metadata.md). --remove takes a source out of the archive
 * (its ids are withdrawn); --recover only puts back content/ after an interrupted ingest.
 * Unknown options are refused before anything is read.
 */
import path from 'node:path';
import { commandLine, fail, failOnConfig, typedFrom } from '../src/cli.ts';
import { contentDir } from '../src/config.ts';
import { displayPath } from '../src/content/problems.ts';
import { isIngestError } from '../src/ingest/errors.ts';
import { formatReport } from '../src/ingest/report.ts';
import { ingest, recoverContent } from '../src/ingest/run.ts';

const USAGE =
  '用法：npm run ingest -- [--date YYYY-MM-DD] [--page N] [--force] [--remove 文件.txt]… [--recover] [文件…]（见 docs/ingest.md）';
const OPTIONS = {
  date: { type: 'string' },
  page: { type: 'string' },
  force: { type: 'boolean' },
  remove: { type: 'string', multiple: true },
  recover: { type: 'boolean' },
} as const;

const { values, positionals } = commandLine(OPTIONS, USAGE, { positionals: true, nothingDone: '没有导入任何文件' });
if (values.recover && (positionals.length || values.remove || values.force || values.date || values.page)) {
  fail(`--recover 只恢复 content/，不与其他参数同用；没有导入任何文件。${USAGE}`, 2);
}
try {
  if (values.recover) {
    console.log(recoverContent() ? '已把 content/ 恢复到中断的那次导入之前的状态；现在可以重新导入。' : 'content/ 是完整的，没有需要恢复的中断导入。');
  } else {
    const files = positionals.map((file) => path.resolve(typedFrom('ingest'), file));
    const outcome = ingest({ files, force: values.force ?? false, date: values.date, page: values.page, remove: values.remove ?? [] });
    console.log(formatReport(outcome));
  }
} catch (error) {
  failOnConfig(error);
  // A mistake in the command line: one line and exit 2, as parseArgs' own refusals above.
  if (isIngestError(error) && error.usage) fail(`${error.format()}；没有导入任何文件。`, 2);
  // The tree named as the staff chose it (ARCHIVE_CONTENT_DIR), content/ by default.
  if (isIngestError(error)) fail(`${error.untouched ? `导入未完成，${displayPath(contentDir())}/ 未作任何改动。` : '导入未完成。'}\n${error.format()}`, 1);
  throw error;
}
