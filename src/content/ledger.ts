/**
 * The id ledger (content/ids.json) as the site reads it: checked against its schema
 * (src/schema/ledger.ts), so a broken one stops the build with the file and the reason, the way
 * a broken entry does. The site answers every id in it that is no longer an article
 * (src/site/retired.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir as configuredContentDir } from '../config.ts';
import { ledgerSchema, type Ledger } from '../schema/ledger.ts';
import { LEDGER_FILE } from './paths.ts';
import { ContentError, displayPath, zhCN } from './problems.ts';

/** The tree's ledger, or an empty one when the tree has none (a tree made by hand). Throws ContentError when it is broken. */
export function readLedger(contentDir: string = configuredContentDir()): Ledger {
  const file = path.join(contentDir, LEDGER_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { articles: {}, retired: {}, withdrawn: {} };
    throw error;
  }
  const fix = '请用 git checkout 或备份恢复这个文件（稿件号账本，已发布的网址靠它保持不变）';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ContentError([{ file: displayPath(file), reason: `稿件号账本不是有效的 JSON：${(error as Error).message} — ${fix}` }]);
  }
  const parsed = ledgerSchema.safeParse(data, { error: zhCN });
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.slice(0, 20).map((issue) => ({ file: displayPath(file), field: issue.path.join('.') || undefined, reason: `${issue.message} — ${fix}` })),
    );
  }
  return parsed.data;
}
