/**
 * Result excerpts: the stretch of an article that best shows why it matched, with the hits
 * marked. Works on plain text and returns plain segments; the page puts them into the DOM as
 * text, so nothing in an article can become markup.
 */
import { findHits, hitRanges } from './match.ts';
import type { Phrase } from './query.ts';
import { textUnits } from './units.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

/** The whole text, cut into marked and unmarked segments. */
export function markText(text: string, phrases: Phrase[]): Segment[] {
  const units = textUnits(text);
  return segments(text, hitRanges(units, findHits(units, phrases)), 0, text.length);
}

function segments(text: string, ranges: [number, number][], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** Moves an offset off the second half of a surrogate pair. */
const safe = (text: string, i: number) => (i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) ? i - 1 : i);

interface Window {
  field: number;
  start: number;
  phrases: number;
  hits: number;
}

/**
 * The best window of about `length` characters over the fields (byline, paragraphs, captions…):
 * the one holding the most different phrases, then the most hits, then the earliest.
 * Falls back to the opening of the first field when no field holds a hit.
 */
export function excerpt(fields: string[], phrases: Phrase[], length = 90): Segment[] {
  const lead = Math.floor(length / 4);
  const found = fields.map((text) => {
    const units = textUnits(text);
    const hits = findHits(units, phrases);
    return { units, hits, ranges: hitRanges(units, hits) };
  });
  let best: Window | null = null;
  for (let field = 0; field < found.length; field++) {
    const { units, hits } = found[field];
    for (const anchor of hits) {
      const start = Math.max(0, units[anchor.first].start - lead);
      const inside = hits.filter((h) => units[h.first].start >= start && units[h.last].end <= start + length);
      const window: Window = { field, start, phrases: new Set(inside.map((h) => h.phrase)).size, hits: inside.length };
      if (!best || window.phrases > best.phrases || (window.phrases === best.phrases && window.hits > best.hits)) {
        best = window;
      }
    }
  }
  const field = best ? best.field : fields.findIndex((f) => f.trim() !== '');
  if (field < 0) return [];
  const text = fields[field];
  let start = safe(text, best ? best.start : 0);
  const end = safe(text, Math.min(text.length, start + length));
  if (end === text.length) start = safe(text, Math.max(0, end - length));
  const out = segments(text, found[field].ranges, start, end);
  if (start > 0) out.unshift({ text: '…', hit: false });
  if (end < text.length) out.push({ text: '…', hit: false });
  return out;
}
