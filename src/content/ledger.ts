/**
 * The id ledger (content/ids.json) as the site, the export and the ingest read it: checked
 * against its schema (src/schema/ledger.ts), so a broken one stops every reader with the file,
 * the reason and the fix in one line, the way a broken entry does; so does a missing one the
 * ingest wrote before (its manifest lists it). The site answers every id in
 * it that is no longer an article (src/site/retired.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir as configuredContentDir } from '../config.ts';
import { ledgerSchema, type Ledger } from '../schema/ledger.ts';
import { MANIFEST_FILE } from './commit-state.ts';
import { parseManifest } from './manifest.ts';
import { LEDGER_FILE } from './paths.ts';
import { readJson } from './parse.ts';
import { ContentError, displayPath, zhCN } from './problems.ts';

/** What to do about a broken ledger: restore it, never delete it. */
export const LEDGER_FIX = '请用 git checkout 或备份恢复这个文件；不要删除它——没有它，已发布的稿件号无法保持不变';

/** What is wrong with a ledger the ingest wrote (its manifest lists it) that is now gone. */
export const LEDGER_MISSING = '稿件号账本不见了：导入曾写过它（.ingest-manifest.json 里有记录）（missing id ledger）';

/**
 * The fix for a missing ledger, `file` its path as shown: restore it, never let the ingest make
 * a new one (a new one would give withdrawn and retired ids out again, and published permalinks
 * would lead to other articles).
 */
export function missingLedgerFix(file: string): string {
  return `请从 git（git checkout -- ${file}）或备份恢复它；不要重新导入或加 --force 让它重新生成：新账本会把撤下、退役的稿件号再分给别的稿件，已发布的永久链接随之失效`;
}

/**
 * Whether the ingest wrote the ledger of `contentDir`: its manifest lists ids.json, or exists and
 * cannot be read (then nothing says the ledger was never there). False for a tree with no manifest
 * (made by hand), which may have no ledger. Reads the manifest; throws nothing.
 */
export function ledgerWasWritten(contentDir: string): boolean {
  let text: string;
  try {
    text = fs.readFileSync(path.join(contentDir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  const read = parseManifest(text);
  return 'why' in read || LEDGER_FILE in read.files;
}

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
 * The tree's ledger, or an empty one when the tree has none and never had (a tree made by hand:
 * no manifest lists it). Throws ContentError (one problem: file, reason, fix) when it is broken,
 * cannot be read, or is missing though the ingest wrote it.
 */
export function readLedger(contentDir: string = configuredContentDir()): Ledger {
  const file = path.join(contentDir, LEDGER_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && ledgerWasWritten(contentDir)) throw new ContentError([{ file: displayPath(file), reason: `${LEDGER_MISSING} — ${missingLedgerFix(displayPath(file))}` }]);
    if (code === 'ENOENT') return { articles: {}, retired: {}, withdrawn: {} };
    throw new ContentError([{ file: displayPath(file), reason: `稿件号账本无法读取（${code ?? (error as Error).message}）— 请检查这个文件的权限` }]);
  }
  const read = parseLedger(text);
  if ('why' in read) throw new ContentError([{ file: displayPath(file), line: read.line, reason: `稿件号账本损坏：${read.why}（broken id ledger）— ${LEDGER_FIX}` }]);
  return read.ledger;
}
