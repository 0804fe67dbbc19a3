/**
 * What a reader's query asks for: a list of phrases that must all be found (AND). Each phrase
 * is a run of units that must stand together in an article, the way the reader typed them.
 *
 * - Spaces and punctuation separate phrases: `大同 高质量发展` asks for both.
 * - A single character standing alone beside another CJK word is a stray space, not a phrase
 *   of its own: `大 同` and `戎 禹仁` are read as 大同 and 戎禹仁.
 * - Quotation marks (“…”, "…", 「…」, 『…』) hold a phrase together across spaces:
 *   `"习近平 总书记"` is one phrase.
 * - Traditional characters, full-width letters and digits are folded (see normalize.ts).
 */
import { joinsRun, textUnits, type Unit } from './units.ts';
import { phraseTerms, unitKey } from './terms.ts';

export interface Phrase {
  units: Unit[];
  quoted: boolean;
  /** The folded phrase, as shown back to the reader. */
  text: string;
}

const MAX_QUERY_LENGTH = 200;
const MAX_PHRASES = 8;
const MAX_UNITS = 32;

const QUOTES: Record<string, string> = { '“': '”', '"': '"', '＂': '＂', '「': '」', '『': '』' };

interface Segment {
  text: string;
  quoted: boolean;
}

/** Cuts the query into quoted and unquoted stretches; an unmatched quote mark is just punctuation. */
export function quotedSegments(query: string): Segment[] {
  const segments: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < query.length) {
    const close = QUOTES[query[i]];
    const end = close ? query.indexOf(close, i + 1) : -1;
    if (close && end > i) {
      if (plain) segments.push({ text: plain, quoted: false });
      plain = '';
      segments.push({ text: query.slice(i + 1, end), quoted: true });
      i = end + 1;
    } else {
      plain += query[i];
      i += 1;
    }
  }
  if (plain) segments.push({ text: plain, quoted: false });
  return segments;
}

function splitWhere(units: Unit[], startsNew: (unit: Unit, prev: Unit) => boolean): Unit[][] {
  const groups: Unit[][] = [];
  for (const unit of units) {
    const group = groups[groups.length - 1];
    if (group && !startsNew(unit, group[group.length - 1])) group.push(unit);
    else groups.push([unit]);
  }
  return groups;
}

const singleCjk = (units: Unit[]) => units.length === 1 && units[0].cjk;
/** Only spaces or quotation marks between two CJK characters (the index reads on across those). */
const touching = (before: Unit[], after: Unit[]) =>
  before[before.length - 1].cjk && after[0].cjk && (after[0].gap === 'space' || after[0].gap === 'mark');

/**
 * Single CJK characters typed apart are stray spaces: a row of them is one word (大 同 日 报 →
 * 大同日报, 董 芳 → 董芳), and a lone one joins the word it touches (戎 禹仁 → 戎禹仁).
 */
function joinStrays(words: Unit[][]): Unit[][] {
  // 1. rows of single characters
  const merged: { units: Unit[]; single: boolean }[] = [];
  for (const word of words) {
    const prev = merged[merged.length - 1];
    if (prev && prev.single && singleCjk(word) && touching(prev.units, word)) {
      prev.units.push(...word);
    } else {
      merged.push({ units: [...word], single: singleCjk(word) });
    }
  }
  // 2. a character still standing alone joins the word before it, or else the word after it
  const out: Unit[][] = [];
  for (let i = 0; i < merged.length; i++) {
    const { units } = merged[i];
    const prev = out[out.length - 1];
    const next = merged[i + 1]?.units;
    if (!singleCjk(units)) out.push(units);
    else if (prev && touching(prev, units)) prev.push(...units);
    else if (next && touching(units, next)) merged[i + 1].units = [...units, ...next];
    else out.push(units);
  }
  return out;
}

function phrase(units: Unit[], quoted: boolean): Phrase {
  const kept = units.slice(0, MAX_UNITS).map((u) => ({ ...u, run: 0 }));
  return { units: kept, quoted, text: kept.map((u) => u.text).join('') };
}

export function parseQuery(query: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (const segment of quotedSegments(query.slice(0, MAX_QUERY_LENGTH))) {
    const units = textUnits(segment.text);
    if (segment.quoted) {
      for (const run of splitWhere(units, (u, prev) => u.run !== prev.run)) phrases.push(phrase(run, true));
    } else {
      const words = splitWhere(units, (u, prev) => u.gap === 'space' || !joinsRun(u.gap, prev, u));
      for (const word of joinStrays(words)) phrases.push(phrase(word, false));
    }
  }
  const seen = new Set<string>();
  return phrases
    .filter((p) => {
      const key = p.units.map(unitKey).join('');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_PHRASES);
}

/** The Pagefind terms for a list of phrases, as one query string (Pagefind ANDs its terms). */
export function mainQuery(phrases: Phrase[]): string {
  return [...new Set(phrases.flatMap((p) => phraseTerms(p.units)))].join(' ');
}

/**
 * The Pagefind query that finds exactly the pages holding one phrase. A phrase of three units
 * or more is several bigrams, which Pagefind's exact (quoted) search requires at consecutive
 * positions; a shorter phrase is one term.
 */
export function phraseQuery(phrase: Phrase): string {
  const terms = phraseTerms(phrase.units);
  return terms.length > 1 ? `"${terms.join(' ')}"` : terms[0];
}
