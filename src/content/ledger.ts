/**
 * The id ledger (content/ids.json) as the site reads it: checked against its schema
 * (src/schema/ledger.ts), so a broken one stops the build with the file and the reason, the way
 * a broken entry does. The site answers every id in it that is no longer an article
 * (src/site/retired.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir as configuredContentDir } from '../config.ts';
import { emptyLedger, ledgerSchema, type Ledger } from '../schema/ledger.ts';
import { LEDGER_FILE } from './paths.ts';
import { ContentError, displayPath, zhCN } from './problems.ts';

/** What is wrong with a ledger's text: the field (when one) and the reason. */
export interface LedgerProblem {
  field?: string;
  reason: string;
}

/**
 * The one reading of content/ids.json's text, for the site and the ingest alike: JSON, then the
 * schema (src/schema/ledger.ts). Gives the ledger, or what is wrong with it (up to 20 problems,
 * zod's reasons in Chinese); never throws. Each reader says the problems its own way.
 */
export function parseLedger(text: string): { ledger: Ledger; problems: [] } | { ledger: null; problems: LedgerProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ledger: null, problems: [{ reason: `不是有效的 JSON：${(error as Error).message}` }] };
  }
  const parsed = ledgerSchema.safeParse(data, { error: zhCN });
  if (parsed.success) return { ledger: parsed.data, problems: [] };
  return { ledger: null, problems: parsed.error.issues.slice(0, 20).map((issue) => ({ field: issue.path.join('.') || undefined, reason: issue.message })) };
}

/** The tree's ledger, or an empty one when the tree has none (a tree made by hand). Throws ContentError when it is broken. */
export function readLedger(contentDir: string = configuredContentDir()): Ledger {
  const file = path.join(contentDir, LEDGER_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLedger();
    throw error;
  }
  const { ledger, problems } = parseLedger(text);
  if (ledger) return ledger;
  const fix = '请用 git checkout 或备份恢复这个文件（稿件号账本，已发布的网址靠它保持不变）';
  throw new ContentError(problems.map(({ field, reason }) => ({ file: displayPath(file), field, reason: `稿件号账本${field ? '' : '：'}${reason} — ${fix}` })));
}
