/**
 * Where a quoted passage stands in an article: the block (paragraph or subhead) whose anchor
 * (#p-N) the quote links to. Editors copy a sentence from the article page; they need not count
 * paragraphs, and a quote that is not in the article stops the build instead of misquoting it.
 *
 * Matching forgives what copying and typing change without changing the words: spaces and line
 * breaks, full-width against ASCII punctuation and digits (NFKC). An ellipsis (…… or …) in the
 * quote marks words left out: the pieces around it must appear in that order in one block.
 */
import type { Block } from '../schema/entries.ts';

export type QuoteLocation =
  | { ok: true; /** 1-based block number, as in the anchor p-N. */ block: number }
  | { ok: false; reason: string };

/** Text as it is compared: NFKC, without whitespace. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

const ELLIPSIS = /…+|\.{3,}/u;

function containsInOrder(haystack: string, pieces: string[]): boolean {
  let from = 0;
  for (const piece of pieces) {
    const at = haystack.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** True if `quote` is in `text`, verbatim or with its ellipses standing for words left out. */
export function quoteIsIn(quote: string, text: string): boolean {
  const q = comparable(quote);
  const t = comparable(text);
  if (q === '') return false;
  if (t.includes(q)) return true;
  const pieces = q.split(ELLIPSIS).filter((p) => p !== '');
  return pieces.length > 0 && containsInOrder(t, pieces);
}

/**
 * The block a quote comes from. `block` (1-based, the N of #p-N) pins it to one block; without
 * it the first block that holds the quote is taken. An empty quote with a block quotes that
 * whole block.
 */
export function locateQuote(blocks: Block[], quote: string, block: number | null = null): QuoteLocation {
  if (blocks.length === 0) return { ok: false, reason: '这篇稿件没有正文，无从引用' };
  if (block !== null) {
    if (!Number.isInteger(block) || block < 1 || block > blocks.length) {
      return { ok: false, reason: `这篇稿件只有 ${blocks.length} 段（#p-1 至 #p-${blocks.length}），没有第 ${block} 段` };
    }
    if (comparable(quote) === '' || quoteIsIn(quote, blocks[block - 1].text)) return { ok: true, block };
    const elsewhere = blocks.findIndex((b) => quoteIsIn(quote, b.text));
    return {
      ok: false,
      reason:
        elsewhere >= 0
          ? `引文不在第 ${block} 段，而在第 ${elsewhere + 1} 段（可改为 段="${elsewhere + 1}"，或去掉“段”）`
          : `第 ${block} 段里没有这句引文`,
    };
  }
  if (comparable(quote) === '') return { ok: false, reason: '引文是空的：请在 <引文> 与 </引文> 之间写上原文，或用 段="N" 引用整段' };
  const found = blocks.findIndex((b) => quoteIsIn(quote, b.text));
  if (found >= 0) return { ok: true, block: found + 1 };
  return { ok: false, reason: '稿件正文里找不到这句引文（引文须与原文一字不差，省略处写“……”，且须出自同一段）' };
}
