/**
 * npm run ingest [-- FILE...] [--force] [--remove FILE]... [--recover]
 * Turns the printed pages in content/sources (and any FILE given) into archive entries;
 * --remove takes a source out of the archive (its ids are withdrawn); --recover only puts back
 * content/ after an interrupted ingest. Options are parsed strictly: an unknown one is refused.
 */
import { commandLine, fail, failOnConfig } from '../src/cli.ts';
import { isIngestError } from '../src/ingest/errors.ts';
import { formatReport } from '../src/ingest/report.ts';
import { ingest, recoverContent } from '../src/ingest/run.ts';

const USAGE = '用法：npm run ingest [-- 文件.txt ...] [--force] [--remove 文件.txt] [--recover]（usage: npm run ingest [-- FILE...] [--force] [--remove FILE]... [--recover]）';
const { values, positionals } = commandLine(
  { force: { type: 'boolean' }, remove: { type: 'string', multiple: true }, recover: { type: 'boolean' } },
  USAGE,
  { positionals: true },
);

if (values.recover && (positionals.length || values.remove || values.force)) fail(`--recover 只恢复 content/，不与其他参数同用\n${USAGE}`, 2);
try {
  if (values.recover) {
    console.log(recoverContent() ? '已把 content/ 恢复到中断的那次导入之前的状态；现在可以重新导入。' : 'content/ 是完整的，没有需要恢复的中断导入。');
  } else {
    const outcome = ingest({ files: positionals, force: values.force ?? false, remove: values.remove ?? [] });
    console.log(formatReport(outcome));
  }
} catch (error) {
  failOnConfig(error);
  if (isIngestError(error)) fail(`${error.untouched ? '导入未完成，content/ 未作任何改动。' : '导入未完成。'}\n${error.format()}`, 1);
  throw error;
}
