/**
 * npm run export -- --out DIR
 * Writes DIR/articles.jsonl, articles.csv and issues.json (with their JSON Schemas) from the
 * content tree (ARCHIVE_CONTENT_DIR or ./content), read back through the entry schemas, with
 * urls under BASE_PATH and, with SITE_URL, each article's full address (permalink). Fields: docs/export.md.
 * DIR and its missing parents are made; all five files are replaced or none is, and a DIR that
 * cannot take them (a file, a file's folder of the same name, no permission, disk full) is one
 * line naming the path and the reason, exit code 1.
 */
import path from 'node:path';
import { commandLine, fail, failOnConfig } from '../src/cli.ts';
import { readArchive } from '../src/content/archive.ts';
import { futureCorrections, undatedCorrections } from '../src/content/corrections.ts';
import { readLedger } from '../src/content/ledger.ts';
import { basePath, contentDir, siteUrl } from '../src/config.ts';
import { ContentError, displayPath, formatProblem } from '../src/content/problems.ts';
import { buildExport } from '../src/export/build.ts';
import { handEdits } from '../src/export/edits.ts';
import { isIngestError } from '../src/ingest/errors.ts';
import { ExportWriteError, writeExport } from '../src/export/write.ts';

const USAGE = '用法：npm run export -- --out 目录（usage: npm run export -- --out DIR）';

const { values } = commandLine({ out: { type: 'string' } }, USAGE);
if (!values.out) fail(`缺少 --out 目录\n${USAGE}`, 2);
try {
  const archive = readArchive();
  // The ledger belongs to the archive: a broken one is refused here as by the build.
  readLedger(contentDir());
  const undated = [...undatedCorrections(contentDir(), archive), ...futureCorrections(contentDir(), archive)];
  if (undated.length) throw new ContentError(undated);
  const data = buildExport(archive, basePath(), handEdits(contentDir(), archive.fileDigests), siteUrl());
  const files = writeExport(path.resolve(values.out), data);
  const photoNews = data.articles.filter((a) => a.kind === 'photo').length;
  console.log(
    `已导出 ${data.issues.length} 期、${data.articles.length} 条稿件（其中图片新闻 ${photoNews} 条）：\n` +
      files.map((f) => `  ${displayPath(f)}`).join('\n'),
  );
} catch (error) {
  failOnConfig(error);
  // One problem (a half-written tree, a broken ledger or manifest) is one line; several are listed.
  if (error instanceof ContentError && error.problems.length === 1) fail(`导出未完成：${formatProblem(error.problems[0])}`, 1);
  if (error instanceof ContentError || isIngestError(error)) fail(`导出未完成：\n${error.format()}`, 1);
  if (error instanceof ExportWriteError) {
    fail(`导出未完成，${error.untouched ? '没有写入或改动任何文件' : '部分文件已改动'}：${error.format()}`, 1);
  }
  throw error;
}
