/**
 * The id ledger, content/ids.json: every article id ever given (src/ingest/ids.ts gives them),
 * read by the ingest before it assigns ids and by the site, which answers every id that is no
 * longer an article (a redirect to its successor, or a page saying it was withdrawn).
 */
import { z } from 'astro/zod';
import { articleId, issueId } from './entries.ts';

/** A live id: the article's source file, the key of its opening words, its lines, and the signature of its whole text. */
export const ledgerEntry = z
  .object({
    source: z.string().min(1),
    key: z.string(),
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    /** MinHash of the article's whole text (src/ingest/ids.ts): finds it again after a correction to its opening. */
    sig: z.string().regex(/^[0-9a-f]{48}$/, '须是 48 位十六进制').optional(),
  })
  .strict();

/** An id whose source was removed on purpose (`npm run ingest -- --remove FILE`): never given again. */
export const withdrawal = z
  .object({
    source: z.string().min(1),
    issue: issueId,
    page: z.number().int().positive(),
    /** The headline, or the opening words of an untitled piece, as the article page showed it. */
    title: z.string(),
    /** The day it was withdrawn (YYYY-MM-DD). */
    withdrawn: z.iso.date(),
  })
  .strict();

export const ledgerSchema = z
  .object({
    articles: z.record(articleId, ledgerEntry),
    /** Ids no ingest produces any more → the id that now holds their text (or null). */
    retired: z.record(articleId, articleId.nullable()),
    withdrawn: z.record(articleId, withdrawal).default({}),
  })
  .strict()
  .superRefine((ledger, ctx) => {
    for (const id of Object.keys(ledger.retired)) {
      if (id in ledger.articles) ctx.addIssue({ code: 'custom', path: ['retired', id], message: `稿件号 ${id} 同时列在 articles 和 retired 里` });
    }
    for (const id of Object.keys(ledger.withdrawn)) {
      if (id in ledger.articles || id in ledger.retired) {
        ctx.addIssue({ code: 'custom', path: ['withdrawn', id], message: `稿件号 ${id} 已撤下，又列在 articles 或 retired 里` });
      }
    }
  });

export type LedgerEntry = z.infer<typeof ledgerEntry>;
export type Withdrawal = z.infer<typeof withdrawal>;
export type Ledger = z.infer<typeof ledgerSchema>;

/** The ledger of an archive that has given no id yet. */
export function emptyLedger(): Ledger {
  return { articles: {}, retired: {}, withdrawn: {} };
}
