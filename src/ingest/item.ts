/**
 * What the items stage makes of a page: an article or a photo-news item with its headline
 * block, credits, body blocks, photos, continuation and the source lines it was read from.
 */
import type { ArticleFlag, Author } from '../schema/entries.ts';
import { isEditorSignature, isEditorsNote } from './patterns.ts';

export interface ItemBlock {
  type: 'paragraph' | 'subhead';
  text: string;
  lines: number[];
}

export interface ItemPhoto {
  caption: string;
  credit: string | null;
  photographers: string[];
  lines: number[];
  /** Number of body blocks printed before the photo. */
  afterBlock: number;
}

export interface Fold {
  text: string;
  line: number;
  sameAsLine: number;
}

export interface Item {
  kind: 'article' | 'photo';
  column: string | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  byline: string | null;
  dateline: string | null;
  signature: string | null;
  authors: Author[];
  blocks: ItemBlock[];
  photos: ItemPhoto[];
  continuedOn: number | null;
  continuedFrom: number | null;
  continuationNotes: string[];
  flags: ArticleFlag[];
  folds: Fold[];
  /** Every source line this item was read from. */
  lines: number[];
}

/**
 * An article item with a body and nothing of its own that a piece printed alone would carry:
 * no dateline, byline, signature or continuation note. What a part of a collection, an account
 * an editor's note introduces or a sidebar's box must be (collections.ts, sidebars.ts).
 */
export function hasNothingOfItsOwn(item: Item): boolean {
  return (
    item.kind === 'article' &&
    item.blocks.length > 0 &&
    item.dateline === null &&
    item.byline === null &&
    item.signature === null &&
    item.continuationNotes.length === 0
  );
}

/** The texts of an item's subheads, in order. */
export function subheadsOf(item: Pick<Item, 'blocks'>): string[] {
  return item.blocks.flatMap((b) => (b.type === 'subhead' ? [b.text] : []));
}

export function titleText(item: Pick<Item, 'column' | 'kicker' | 'headline' | 'subheadline'>): string {
  return [item.column, item.kicker, item.headline, item.subheadline].filter(Boolean).join(' ');
}

export function newItem(kind: Item['kind']): Item {
  return {
    kind,
    column: null,
    kicker: null,
    headline: null,
    subheadline: null,
    byline: null,
    dateline: null,
    signature: null,
    authors: [],
    blocks: [],
    photos: [],
    continuedOn: null,
    continuedFrom: null,
    continuationNotes: [],
    flags: [],
    folds: [],
    lines: [],
  };
}

/**
 * The body so far is at most a lead: nothing, summary points printed over the report (■增强… /
 * ■到今年底…), or, under a headline, one paragraph (a brief's summary line over its dispatch:
 * 央行12日发布通知，明确… / 本报北京2月12日电…), or an editor's note signed under it (编者按：…… /
 * ——编  者: set ap). A paragraph opening with a dateline then belongs to the same article, kept as
 * printed after the lead. Pure.
 */
export function leadOnly(item: Pick<Item, 'blocks' | 'headline'>): boolean {
  if (item.headline !== null && item.blocks.length === 1 && item.blocks[0].type === 'paragraph') return true;
  if (item.headline !== null && item.blocks.length === 2 && isEditorsNote(item.blocks[0].text) && isEditorSignature(item.blocks[1].text)) return true;
  return item.blocks.every((b) => b.type === 'paragraph' && /^[■●◆]/.test(b.text));
}
