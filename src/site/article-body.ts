/**
 * An article's body as the page shows it: its blocks with their stable anchors (p-1, p-2 …
 * in block order; quoted by citations, never renumber) and its photo captions placed after
 * the block they stood after in print.
 */
import type { Block, Photo } from '../schema/entries.ts';

export type BodyItem =
  | { kind: 'block'; anchor: string; block: Block }
  | { kind: 'photo'; anchor: string; photo: Photo };

export function blockAnchor(index: number): string {
  return `p-${index + 1}`;
}

export function photoAnchor(photo: Photo): string {
  return `photo-${photo.seq}`;
}

/** The body's blocks and the article's photos (in print order, as the Archive gives them) as the page lays them out. */
export function bodyItems(blocks: Block[], photos: Photo[]): BodyItem[] {
  // a photo placed after a block beyond the end stands after the last block
  const after = (p: Photo) => Math.min(p.afterBlock, blocks.length);
  const items: BodyItem[] = [];
  const photosAfter = (n: number) =>
    photos.filter((p) => after(p) === n).forEach((photo) => items.push({ kind: 'photo', anchor: photoAnchor(photo), photo }));
  photosAfter(0);
  blocks.forEach((block, i) => {
    items.push({ kind: 'block', anchor: blockAnchor(i), block });
    photosAfter(i + 1);
  });
  return items;
}

export interface ParagraphParts {
  /** The 电头 that opens the first paragraph, shown linked. */
  dateline: string | null;
  text: string;
  /** The 尾署名 that closes the last paragraph, shown linked. */
  signature: string | null;
}

/**
 * A paragraph as the page prints it: the dateline (电头) opens the first paragraph and the
 * signature (尾署名) closes the last, whether or not the stored body still carries them
 * (they are cut out of the text so they are not printed twice).
 */
export function paragraphParts(blocks: Block[], index: number, dateline: string | null, signature: string | null): ParagraphParts {
  const first = blocks.findIndex((b) => b.type === 'paragraph');
  const last = blocks.findLastIndex((b) => b.type === 'paragraph');
  const d = dateline?.trim() || null;
  const s = signature?.trim() || null;
  let text = blocks[index].text;
  const opens = d !== null && index === first;
  const closes = s !== null && index === last;
  if (opens && text.startsWith(d)) text = text.slice(d.length).trimStart();
  if (closes && text.endsWith(s)) text = text.slice(0, -s.length).trimEnd();
  return { dateline: opens ? d : null, text, signature: closes ? s : null };
}
