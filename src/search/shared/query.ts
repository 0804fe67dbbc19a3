/**
 * What a reader's query asks for. The words of a query are phrases; each phrase is a run of
 * units that must stand together in an article, the way the reader typed them.
 *
 * - Spaces and punctuation separate phrases, and every phrase must be found (AND):
 *   `大同 高质量发展` asks for both.
 * - A single character standing alone beside another CJK word is a stray space, not a phrase
 *   of its own: `大 同` and `戎 禹仁` are read as 大同 and 戎禹仁.
 * - Quotation marks (“…”, "…", 「…」, 『…』) hold a phrase together across spaces:
 *   `"习近平 总书记"` is one phrase.
 * - Traditional characters, full-width letters and digits are folded (see normalize.ts).
 *
 * And the operators researchers bring from other catalogues (parseSearch):
 *
 * - `OR`, `|` (or `｜`) between two phrases: either will do. OR binds the phrases right beside
 *   it, before the AND of spaces: `大同 冰雪 OR 魏碑` is 大同 and (冰雪 or 魏碑).
 * - `-词`, `-"…"` or `NOT 词`: no result holds that phrase.
 * - `date:2023-10..2023-12` (or `日期:`): issues of those months; `date:2023`, `date:2023-10`,
 *   `date:2023..` and `date:..2024-06` too. A day is read as its month.
 * - `AND` and a leading `+` say what spaces already do.
 *
 * Whatever else the search does not use (wildcards `*`, field names like `title:`, an OR or
 * NOT with nothing beside it, words past the limits) comes back as a notice, which the results
 * page shows: nothing the reader typed is dropped without saying so.
 */
import { joinsRun, textUnits, type Unit } from './units.ts';
import { phraseTerms, unitKey } from './terms.ts';
import { intersectRanges, parseDateRange, type DateRange } from './date-range.ts';

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

/** The phrases of a stretch of text: a quoted one (its runs), or plain words (stray characters joined). */
function phrasesOf(text: string, quoted: boolean): Phrase[] {
  const units = textUnits(text);
  if (quoted) return splitWhere(units, (u, prev) => u.run !== prev.run).map((run) => phrase(run, true));
  const words = splitWhere(units, (u, prev) => u.gap === 'space' || !joinsRun(u.gap, prev, u));
  return joinStrays(words).map((word) => phrase(word, false));
}

/** The key two phrases are the same by. */
export const phraseKey = (p: Phrase) => p.units.map(unitKey).join('');

/**
 * The phrases a result must hold (every alternative of every OR), for marking hits in results
 * and on the article page; excluded phrases, operators and date ranges are left out.
 */
export function parseQuery(query: string): Phrase[] {
  return parseSearch(query).groups.flat();
}

export type NoticeCode =
  | 'wildcard'
  | 'field'
  | 'lone-or'
  | 'lone-not'
  | 'date-invalid'
  | 'date-day'
  | 'date-empty'
  | 'too-long'
  | 'too-many'
  | 'only-excluded'
  | 'parentheses'
  | 'lone-minus';

/** Something in the query the search does not use as typed; `text` is what the reader typed. */
export interface Notice {
  code: NoticeCode;
  text: string;
}

export interface ParsedSearch {
  /** Every group must be found; a group is found where any one of its phrases is (OR). */
  groups: Phrase[][];
  /** No result holds any of these. */
  exclude: Phrase[];
  /** The months the issues must fall in (from `date:`), null when not limited. */
  dates: DateRange | null;
  notices: Notice[];
}

type Item =
  | { kind: 'text'; text: string; quoted: boolean; excluded: boolean }
  | { kind: 'or'; text: string }
  | { kind: 'not'; text: string };

const MINUS = /^[-−－]/;
const OR_BARS = /[|｜]/;
const WILDCARDS = /[*＊~～^]/;
const FIELD = /^([A-Za-z]+)[:：](.*)$/;
const DATE_FIELD = /^(?:date|日期)[:：](.*)$/i;

/** The query read as words and operators (see the top of this file). */
export function parseSearch(query: string): ParsedSearch {
  const notices: Notice[] = [];
  const note = (code: NoticeCode, text: string) => {
    if (!notices.some((n) => n.code === code && n.text === text)) notices.push({ code, text });
  };
  if ([...query].length > MAX_QUERY_LENGTH) note('too-long', [...query].slice(MAX_QUERY_LENGTH).join(''));
  const typed = [...query].slice(0, MAX_QUERY_LENGTH).join('');

  let dates: DateRange | null = null;
  const items: Item[] = [];
  let minusNext = false;
  const segments = quotedSegments(typed);
  segments.forEach((segment, s) => {
    if (segment.quoted) {
      items.push({ kind: 'text', text: segment.text, quoted: true, excluded: minusNext });
      minusNext = false;
      return;
    }
    // `|` stands for OR wherever it is; then words between spaces.
    const tokens = segment.text.split(OR_BARS).flatMap((part, i) => (i === 0 ? part.split(/\s+/) : ['|', ...part.split(/\s+/)]));
    const touchesQuote = s + 1 < segments.length && !/\s$/.test(segment.text);
    tokens.forEach((raw, t) => {
      if (raw === '') return;
      const token = raw.normalize('NFKC');
      if (raw === '|' || token === 'OR') return items.push({ kind: 'or', text: raw });
      if (token === 'AND') return;
      if (token === 'NOT') return items.push({ kind: 'not', text: raw });
      const date = DATE_FIELD.exec(token);
      if (date) {
        const parsed = parseDateRange(date[1]);
        if (!date[1]) note('date-empty', raw);
        else if (!parsed) note('date-invalid', raw);
        else {
          if (parsed.day) note('date-day', raw);
          dates = intersectRanges(dates, parsed.range);
        }
        return;
      }
      if (WILDCARDS.test(raw)) note('wildcard', raw);
      let text = raw;
      let excluded = false;
      if (MINUS.test(text)) {
        text = text.slice(1);
        // A minus right before a quotation mark excludes the quoted phrase.
        if (text === '' && t === tokens.length - 1 && touchesQuote) {
          minusNext = true;
          return;
        }
        // A minus standing alone ("大同 - 冰雪") is a dash, not an exclusion: said, since it may have been meant as one.
        if (text === '') return note('lone-minus', raw);
        excluded = true;
      } else if (text.startsWith('+') || text.startsWith('＋')) text = text.slice(1);
      const field = FIELD.exec(text.normalize('NFKC'));
      if (field && !/^\d/.test(field[2])) {
        note('field', `${field[1]}:`);
        text = field[2];
      }
      items.push({ kind: 'text', text, quoted: false, excluded });
    });
  });
  if (/[(（][^)）]*(?:\bOR\b|[|｜])/.test(typed)) note('parentheses', '( )');

  // Plain words standing together are read together (stray characters join their neighbours);
  // OR, NOT and exclusions cut them apart.
  interface Built {
    phrases: Phrase[];
    excluded: boolean;
    /** An OR stood right before it. */
    orBefore: boolean;
  }
  const built: Built[] = [];
  let pendingOr: string | null = null;
  let pendingNot: string | null = null;
  let plain: string[] = [];
  /** The plain stretch being gathered began right after an OR. */
  let plainAfterOr = false;
  const flushPlain = () => {
    const phrases = phrasesOf(plain.join(' '), false);
    if (phrases.length) built.push({ phrases, excluded: false, orBefore: plainAfterOr });
    else if (plainAfterOr) note('lone-or', 'OR');
    plain = [];
    plainAfterOr = false;
  };
  for (const item of items) {
    if (item.kind === 'or') {
      flushPlain();
      if (pendingOr !== null || built.length === 0) note('lone-or', item.text);
      pendingOr = item.text;
      continue;
    }
    if (item.kind === 'not') {
      flushPlain();
      if (pendingNot !== null) note('lone-not', pendingNot);
      pendingNot = item.text;
      continue;
    }
    const excluded = item.excluded || pendingNot !== null;
    if (!excluded && !item.quoted) {
      if (pendingOr !== null) {
        // Words after an OR: a stretch of their own, whose first phrase the OR joins.
        flushPlain();
        plainAfterOr = true;
        pendingOr = null;
      }
      plain.push(item.text);
      continue;
    }
    flushPlain();
    const phrases = phrasesOf(item.text, item.quoted);
    if (phrases.length === 0) continue;
    built.push({ phrases, excluded, orBefore: pendingOr !== null && !excluded });
    if (pendingOr !== null && excluded) note('lone-or', pendingOr);
    pendingOr = null;
    pendingNot = null;
  }
  flushPlain();
  if (pendingOr !== null) note('lone-or', pendingOr);
  if (pendingNot !== null) note('lone-not', pendingNot);

  // Groups: each phrase its own, but an OR joins the phrases on either side of it.
  const groups: Phrase[][] = [];
  const exclude: Phrase[] = [];
  let lastPositive: Built | null = null;
  for (const b of built) {
    if (b.excluded) {
      exclude.push(...b.phrases);
      continue;
    }
    const [first, ...rest] = b.phrases;
    if (b.orBefore && lastPositive) groups[groups.length - 1].push(first);
    else {
      if (b.orBefore) note('lone-or', 'OR');
      groups.push([first]);
    }
    for (const p of rest) groups.push([p]);
    lastPositive = b;
  }

  // Repeats go; then the limit on phrases, said when reached.
  const seen = new Set<string>();
  const fresh = (p: Phrase) => {
    const key = phraseKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  let room = MAX_PHRASES;
  const keptGroups: Phrase[][] = [];
  for (const group of groups) {
    const kept = group.filter(fresh);
    // A group whose every phrase is already asked for elsewhere adds nothing: A OR A, or A A.
    if (kept.length === 0) continue;
    if (kept.length > room) {
      note('too-many', kept.slice(room).map((p) => p.text).join(' '));
      if (room > 0) keptGroups.push(kept.slice(0, room));
      room = 0;
      continue;
    }
    keptGroups.push(kept);
    room -= kept.length;
  }
  const keptExclude: Phrase[] = [];
  for (const p of exclude.filter(fresh)) {
    if (room === 0) note('too-many', `-${p.text}`);
    else {
      keptExclude.push(p);
      room -= 1;
    }
  }
  if (keptGroups.length === 0 && keptExclude.length > 0) note('only-excluded', keptExclude.map((p) => `-${p.text}`).join(' '));
  return { groups: keptGroups, exclude: keptExclude, dates, notices };
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
