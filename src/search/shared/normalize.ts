/**
 * Character folding shared by the index build and the browser, so that what a reader types
 * and what the paper printed meet in one form:
 *
 * - NFKC: full-width digits and letters become ASCII (２０２５ → 2025, ＧＤＰ → GDP), Kangxi
 *   radicals and compatibility ideographs become the unified characters.
 * - Traditional → simplified, character by character (OpenCC's TSCharacters with the Taiwan and
 *   Hong Kong variant tables in front: 臺灣 → 台湾, 裡 → 里, 溫 → 温).
 * - 〇 → 零, so 二〇二五 and 二零二五 meet.
 * - Invisible characters (Unicode's Default_Ignorable_Code_Point: zero-width space, soft hyphen,
 *   word joiner, zero-width joiner, direction controls, variation selectors …) fold to nothing, so
 *   冰\u200B雪文化 is found, and marked, by 冰雪文化; the entry keeps them (src/ingest/invisible.ts).
 *
 * The folding is strictly per character (no phrase tables): the folded form of a piece of text
 * is the folded pieces put together, so any substring a reader types folds to the same
 * characters as that substring inside an article. Case is kept; matching lowercases.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/** OpenCC dictionaries are `from to|from to|…` strings. */
function entries(dict: string): [string, string][] {
  return dict.split('|').map((line) => {
    const [from, to] = line.split(' ');
    return [from, to];
  });
}

function buildFoldTable(): Map<string, string> {
  const toSimplified = new Map(entries(TSCharacters));
  const simplifiedForms = new Set(toSimplified.values());
  const table = new Map<string, string>();
  // Regional variants first fold to OpenCC's standard traditional form, then to simplified;
  // except where the "variant" is itself a simplified character (么 is not Taiwan's 幺).
  for (const [variant, standard] of [...entries(TWVariantsRev), ...entries(HKVariantsRev)]) {
    const simplified = toSimplified.get(standard) ?? standard;
    if (simplified !== variant && !simplifiedForms.has(variant)) table.set(variant, simplified);
  }
  for (const [traditional, simplified] of toSimplified) {
    if (!table.has(traditional)) table.set(traditional, simplified);
  }
  table.set('〇', '零');
  return table;
}

const FOLD = buildFoldTable();
const ASCII = /^[\x00-\x7f]$/;
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\u061C]$/u;

/**
 * The simplified form of one traditional or regional-variant character, or undefined when it has
 * none (already simplified, not Han): OpenCC's tables as above, without NFKC or 〇 → 零.
 */
export function simplifiedFormOf(ch: string): string | undefined {
  return ch === '〇' ? undefined : FOLD.get(ch);
}

function foldUncached(ch: string): string {
  if (ASCII.test(ch)) return ch;
  if (INVISIBLE.test(ch)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC')) out += FOLD.get(c) ?? c;
  return out;
}

// A year's index folds some 50 million characters of only a few thousand kinds: NFKC and the
// property tests per character were a tenth of the index's own time (docs/scaling.md).
const FOLDED = new Map<string, string>();

/** The folded form of one code point: usually one character, sometimes none or several (㎡ → m2). */
export function foldChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    folded = foldUncached(ch);
    FOLDED.set(ch, folded);
  }
  return folded;
}

/** The folded form of a whole text (per code point, so positions line up with `foldChar`). */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}
