/**
 * The end of reading a page into items: what an item keeps once every block is placed — its
 * signature (or the name given back to its paragraph), its authors, and the flags untitled and
 * cut-off. Also the marks the items stage leaves on paragraphs for this (a 下转 note after it,
 * the paragraph a signature was cut from). Split out of items.ts, which places the blocks.
 */
import { endsWhole } from './ends.ts';
import type { Item, ItemBlock } from './item.ts';

/** The paragraph an item's signature was cut from, to give it back if the article goes on. */
export const signedBlock = new WeakMap<Item, ItemBlock>();

/** Paragraphs that a 下转 note follows: they stop mid-sentence because the article goes on elsewhere. */
export const endedByNote = new WeakSet<ItemBlock>();

/** Paragraphs that are a poem's verses: a poem's last line needs no stop to end it. */
export const verseBlocks = new WeakSet<ItemBlock>();

/** Marks an item's last paragraph as stopped by a 下转 note (it may end mid-sentence). */
export function markLastParagraphContinued(item: Item): void {
  const last = item.blocks[item.blocks.length - 1];
  if (last) endedByNote.add(last);
}

/**
 * Final flags, signature and authors once the whole page is read. A piece is flagged cut-off
 * when its last paragraph does not end it whole (ends.ts: a stop, a signature, a notice's particulars). Takes an item the items stage
 * has filled and changes it in place; never throws.
 */
export function settle(item: Item): void {
  const last = [...item.blocks].reverse().find((b) => b.type === 'paragraph');
  if (item.signature && (item.authors.length > 0 || item.kind === 'photo')) {
    // A name after the last stop is a signature only where no byline names the author.
    if (last) last.text += item.signature;
    item.signature = null;
  }
  if (item.signature) item.authors.push({ name: item.signature, role: '作者' });
  if (item.kind === 'photo') {
    for (const photo of item.photos) for (const name of photo.photographers) item.authors.push({ name, role: '摄影' });
  }
  if (item.kind === 'article' && item.headline === null) item.flags.unshift('untitled');
  if (last && !endsWhole(last.text) && !item.signature && !endedByNote.has(last) && !verseBlocks.has(last)) item.flags.push('cut-off');
  item.lines.sort((a, b) => a - b);
}

