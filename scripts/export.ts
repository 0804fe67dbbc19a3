/**
 * npm run export -- --out DIR
 * Writes DIR/articles.jsonl and DIR/issues.json from the content tree (ARCHIVE_CONTENT_DIR or
 * ./content), read back through the entry schemas. Fields: docs/export.md.
 */
import path from 'node:path';
import { buildExport } from '../src/export/build.ts';
import { handEdits } from '../src/export/edits.ts';
import { isIngestError } from '../src/ingest/errors.ts';
import { writeExport } from '../src/export/write.ts';
import { contentDir } from '../src/lib/paths.ts';
import { ContentError, readContent } from '../src/lib/read-content.ts';

const USAGE = '用法：npm run export -- --out 目录（usage: npm run export -- --out DIR）';

function parseArgs(args: string[]): { out: string } {
  let out: string | undefined;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (arg === '--out' && args[k + 1] !== undefined) out = args[++k];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else fail(`不认识的参数“${arg}”\n${USAGE}`, 2);
  }
  if (!out) fail(`缺少 --out 目录\n${USAGE}`, 2);
  return { out: out! };
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const { out } = parseArgs(process.argv.slice(2));
try {
  const content = readContent(contentDir);
  const data = buildExport(content, process.env.BASE_PATH ?? '/', handEdits(contentDir));
  const files = writeExport(path.resolve(out), data);
  const photoNews = data.articles.filter((a) => a.kind === 'photo').length;
  console.log(
    `已导出 ${data.issues.length} 期、${data.articles.length} 条稿件（其中图片新闻 ${photoNews} 条）：\n` +
      files.map((f) => `  ${path.relative(process.cwd(), f) || f}`).join('\n'),
  );
} catch (error) {
  if (error instanceof ContentError || isIngestError(error)) fail(`导出未完成：\n${error.format()}`, 1);
  throw error;
}
