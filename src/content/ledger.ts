/**
 * The id ledger (content/ids.json) as the site, the export and the ingest read it: checked
 * against its schema (src/schema/ledger.ts), so a broken one stops every reader with the file,
 * the reason and the fix in one line, the way a broken entry does. The site answers every id in
 * it that is no longer an article (src/site/retired.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir as configuredContentDir } from '../config.ts';
import { ledgerSchema, type Ledger } from '../schema/ledger.ts';
import { LEDGER_FILE } from './paths.ts';
import { readJson } from './parse.ts';
import { ContentError, displayPath, zhCN } from './problems.ts';

/** What to do about a broken ledger: restore it, never delete it. */
export const LEDGER_FIX = '请用 git checkout 或备份恢复这个文件；不要删除它——没有它，已发布的稿件号无法保持不变';

/**
 * The ledger in `text`, or why it is not one: not JSON (with the line, when JSON.parse gives it),
 * or the first place it breaks the schema (with how many more there are). Pure.
 */
export function parseLedger(text: string): { ledger: Ledger } | { why: string; line?: number } {
  const read = readJson(text);
  if (!('data' in read)) return read;
  const { data } = read;
  const parsed = ledgerSchema.safeParse(data, { error: zhCN });
  if (parsed.success) return { ledger: parsed.data };
  const [issue] = parsed.error.issues;
  const more = parsed.error.issues.length - 1;
  return { why: `${issue.path.length ? `${issue.path.join('.')}：` : ''}${issue.message}${more > 0 ? `（另有 ${more} 处）` : ''}` };
}

/**
 * The tree's ledger, or an empty one when the tree has none (a tree made by hand). Throws
 * ContentError (one problem: file, reason, fix) when it is broken or cannot be read.
 */
export function readLedger(contentDir: string = configuredContentDir()): Ledger {
  const file = path.join(contentDir, LEDGER_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { articles: {}, retired: {}, withdrawn: {} };
    throw new ContentError([{ file: displayPath(file), reason: `稿件号账本无法读取（${code ?? (error as Error).message}）— 请检查这个文件的权限` }]);
  }
  const read = parseLedger(text);
  if ('why' in read) throw new ContentError([{ file: displayPath(file), line: read.line, reason: `稿件号账本损坏：${read.why}（broken id ledger）— ${LEDGER_FIX}` }]);
  return read.ledger;
}
