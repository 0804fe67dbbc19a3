/**
 * Repeats 重复段落: a paragraph that text extraction printed twice, whole or in part, is kept
 * once, and the repeat is recorded in the article's `folds` (nothing is silently dropped).
 */
import type { Item, ItemBlock } from './item.ts';

/** Repeats shorter than this are ordinary phrases (会议强调，), not a paragraph printed twice. */
const MIN_REPEAT = 20;
/**
 * A layout repeat stands right after what it repeats: the paragraph just before, in the same
 * article (seeds 001 line 85 and 004 line 135). Text repeated further away is the writer's (a
 * summary point ■…… printed again at the end of a body paragraph two on, as rmrb-2019 pages do:
 * three articles read whole more than with a window of two) and is kept.
 */
const REPEAT_WINDOW = 1;

/**
 * A paragraph printed twice, whole or in part, is kept once; the repeat is recorded in the
 * item's `folds` (nothing is silently dropped). A partial repeat must begin at a sentence
 * boundary and run to the end of the paragraph, or start it and end at a sentence boundary.
 * Only a repeat of the paragraph right before it in the same article is folded (REPEAT_WINDOW).
 */
export function foldRepeats(items: Item[]): void {
  for (const item of items) {
    const earlier: ItemBlock[] = [];
    item.blocks = item.blocks.filter((block) => {
      if (block.type !== 'paragraph') return true;
      const recent = earlier.slice(-REPEAT_WINDOW);
      const same = recent.find((e) => e.text === block.text);
      if (same) {
        record(item, block.text, block.lines[0], same.lines[0]);
        return false;
      }
      const cut = repeatedPart(block.text, recent);
      if (cut) {
        record(item, cut.text, block.lines[cut.atEnd ? block.lines.length - 1 : 0], cut.source.lines[0]);
        block.text = cut.atEnd ? block.text.slice(0, -cut.text.length) : block.text.slice(cut.text.length);
      }
      earlier.push(block);
      return true;
    });
  }
}

function record(item: Item, text: string, line: number, sameAsLine: number) {
  item.folds.push({ text, line, sameAsLine });
  if (!item.flags.includes('folded-duplicate')) item.flags.push('folded-duplicate');
}

function repeatedPart(text: string, earlier: ItemBlock[]): { text: string; atEnd: boolean; source: ItemBlock } | null {
  // Every tail worth folding ends with the paragraph's last MIN_REPEAT characters and every head
  // starts with its first: when no paragraph before holds either, there is nothing to look for.
  if (text.length < MIN_REPEAT) return null;
  const end = text.slice(-MIN_REPEAT);
  const start = text.slice(0, MIN_REPEAT);
  if (!earlier.some((e) => e.text.includes(end) || e.text.includes(start))) return null;
  const boundaries: number[] = [];
  for (let i = 1; i < text.length; i++) if (SENTENCE_END.has(text.charCodeAt(i - 1))) boundaries.push(i);
  // A paragraph holding a longer tail (or head) holds the shortest one too: when none holds the
  // shortest, none holds any, and the search below would find nothing (most paragraphs).
  const tails = boundaries.filter((i) => text.length - i >= MIN_REPEAT);
  if (tails.length && earlier.some((e) => e.text.includes(text.slice(tails[tails.length - 1])))) {
    for (const i of tails) {
      const tail = text.slice(i);
      const source = earlier.find((e) => e.text.includes(tail));
      if (source) return { text: tail, atEnd: true, source };
    }
  }
  const heads = boundaries.filter((i) => i >= MIN_REPEAT).reverse();
  if (heads.length && earlier.some((e) => e.text.includes(text.slice(0, heads[heads.length - 1])))) {
    for (const i of heads) {
      const head = text.slice(0, i);
      // Extraction repeats a piece where it broke off: the opening of a paragraph printed again is
      // the writer's (a lead sentence the body takes up again), and stays.
      const source = earlier.find((e) => e.text.includes(head) && !e.text.startsWith(head));
      if (source) return { text: head, atEnd: false, source };
    }
  }
  return null;
}

/** 。！？ */
const SENTENCE_END = new Set([0x3002, 0xff01, 0xff1f]);
