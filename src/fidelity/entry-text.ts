/**
 * An article entry as the fidelity measure sees it: its headline block and the whole of its
 * text in print order, with the captions of its photos where they were printed.
 */
import { findContinuation } from '../ingest/patterns.ts';
import type { Article, Block, Photo } from '../schema/entries.ts';

/** What the measure needs of one article entry (an article or a photo-news item). */
export interface ReadEntry {
  id: string;
  kind: 'article' | 'photo';
  seq: number;
  column: string | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  /** The body blocks (subheads and paragraphs) joined, for showing its first and last words. */
  body: string;
  /**
   * All the entry's fields in print order: column, kicker, headline, subheadline, byline,
   * its 上接 notes, the body blocks with its photos' captions and credits inserted after the block
   * each stands after (the dateline on the first block's line, as printed), signature, its 下转
   * notes, folds. One line per field or block.
   */
  text: string;
  flags: string[];
}

/**
 * One article entry and the photo entries pointing at it → ReadEntry. Pure. A photo's
 * `afterBlock` k puts its caption and credit after the k-th body block (0: before the first),
 * as the schema (src/schema/entries.ts) defines it.
 */
export function readEntry(article: Article & { blocks: Block[] }, photos: Photo[]): ReadEntry {
  const own = photos.filter((p) => p.article === article.id).sort((a, b) => a.seq - b.seq);
  // A 上接 note is printed before the text it continues (on its own line or opening its first
  // paragraph), a 下转 note after the text it breaks off.
  const from = article.continuationNotes.filter((n) => findContinuation(n)?.kind === 'from');
  const on = article.continuationNotes.filter((n) => !from.includes(n));
  const parts: Array<string | null> = [article.column, article.kicker, article.headline, article.subheadline, article.byline, ...from];
  const photoText = (after: number) => own.filter((p) => p.afterBlock === after).flatMap((p) => [p.caption, p.credit]);
  parts.push(...photoText(0));
  // The dateline opens the first paragraph, as printed: one line with it.
  if (article.blocks.length === 0) parts.push(article.dateline);
  article.blocks.forEach((block, k) => parts.push(k === 0 && article.dateline ? article.dateline + block.text : block.text, ...photoText(k + 1)));
  // A photo said to stand after a block the body does not have is still part of the entry.
  parts.push(...own.filter((p) => p.afterBlock > article.blocks.length).flatMap((p) => [p.caption, p.credit]));
  parts.push(article.signature, ...on, ...article.folds.map((f) => f.text));
  return {
    id: article.id,
    kind: article.kind,
    seq: article.seq,
    column: article.column,
    kicker: article.kicker,
    headline: article.headline,
    subheadline: article.subheadline,
    body: article.blocks.map((b) => b.text).join('\n'),
    text: parts.filter((p): p is string => p !== null && p !== '').join('\n'),
    flags: [...article.flags],
  };
}

/** The text with every whitespace character removed (spaces, tabs, line ends, U+3000, U+00A0 …). */
export function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/gu, '');
}
