/**
 * Splits text into search units, the atoms both the index and the query are made of:
 * each CJK character is a unit, and so is each run of letters and digits (2025, GDP, 5G, PM2.5).
 * Units keep the source range they came from, so a match can be marked in the original text.
 *
 * Units that stand together form a run: a phrase can match only inside one run. Layout spaces,
 * quotation and title marks and middle dots between two CJK characters do not break a run
 * (高质量 发展 and 推动“三城三地” read on); any other punctuation does, and so does a space
 * next to a letter or digit.
 */
import { foldChar } from './normalize.ts';

/** What stood between a unit and the one before it. */
export type Gap = 'none' | 'mark' | 'space' | 'punct';

export interface Unit {
  /** Folded text: one CJK character, or a word of letters and digits (case kept). */
  text: string;
  cjk: boolean;
  /** Source range [start, end) in UTF-16 offsets of the text the unit came from. */
  start: number;
  end: number;
  gap: Gap;
  /** Units sharing a run number stand together (see above). */
  run: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
/** Marks that sit inside a phrase without ending it. */
const TRANSPARENT = /["'“”‘’《》〈〉「」『』·・‧•]/u;
/** Punctuation that belongs to a number when it stands between two digits: 5.2, 10:30. */
const IN_NUMBER = /[.:]/;

interface FoldedChar {
  c: string;
  start: number;
  end: number;
}

function foldedChars(text: string): FoldedChar[] {
  const out: FoldedChar[] = [];
  let offset = 0;
  for (const ch of text) {
    const end = offset + ch.length;
    for (const c of foldChar(ch)) out.push({ c, start: offset, end });
    offset = end;
  }
  return out;
}

/** What a folded character is to the splitting in textUnits. */
type CharKind = 'cjk' | 'word' | 'combining' | 'in-number' | 'space' | 'transparent' | 'punct';

function kindUncached(c: string): CharKind {
  if (CJK.test(c)) return 'cjk';
  if (WORD.test(c)) return 'word';
  if (MARK.test(c)) return 'combining';
  if (IN_NUMBER.test(c)) return 'in-number';
  if (SPACE.test(c)) return 'space';
  return TRANSPARENT.test(c) ? 'transparent' : 'punct';
}

// Few kinds of character, tested many millions of times a build: Unicode property tests per
// character cost more than the lookup (docs/scaling.md).
const KINDS = new Map<string, CharKind>();

function kindOf(c: string): CharKind {
  let kind = KINDS.get(c);
  if (kind === undefined) {
    kind = kindUncached(c);
    KINDS.set(c, kind);
  }
  return kind;
}

const GAP_RANK: Record<Gap, number> = { none: 0, mark: 1, space: 2, punct: 3 };
const wider = (a: Gap, b: Gap): Gap => (GAP_RANK[a] >= GAP_RANK[b] ? a : b);

/** Whether a gap keeps two neighbouring units in one run. */
export function joinsRun(gap: Gap, before: Unit, after: { cjk: boolean }): boolean {
  if (gap === 'none') return true;
  if (gap === 'punct') return false;
  return before.cjk && after.cjk;
}

/** The units of `text`. Run numbers start at `firstRun`. */
export function textUnits(text: string, firstRun = 0): Unit[] {
  const chars = foldedChars(text);
  const units: Unit[] = [];
  let gap: Gap = 'none';
  let word: Unit | null = null;
  let run = firstRun - 1;

  const push = (unit: Omit<Unit, 'gap' | 'run'>) => {
    const prev = units[units.length - 1];
    if (!prev || !joinsRun(gap, prev, unit)) run += 1;
    const next: Unit = { ...unit, gap: prev ? gap : 'none', run };
    units.push(next);
    gap = 'none';
    return next;
  };

  for (let i = 0; i < chars.length; i++) {
    const { c, start, end } = chars[i];
    const kind = kindOf(c);
    if (kind === 'cjk') {
      word = null;
      push({ text: c, cjk: true, start, end });
    } else if (kind === 'word') {
      if (word && gap === 'none') {
        word.text += c;
        word.end = end;
      } else {
        word = push({ text: c, cjk: false, start, end });
      }
    } else if (kind === 'combining') {
      // A combining mark belongs to the letter before it; stray marks are ignored.
      if (word && gap === 'none') {
        word.text += c;
        word.end = end;
      }
    } else if (
      kind === 'in-number' &&
      word &&
      gap === 'none' &&
      DIGIT.test(word.text[word.text.length - 1]) &&
      i + 1 < chars.length &&
      DIGIT.test(chars[i + 1].c)
    ) {
      word.text += c;
      word.end = end;
    } else {
      word = null;
      gap = wider(gap, kind === 'space' ? 'space' : kind === 'transparent' ? 'mark' : 'punct');
    }
  }
  return units;
}
