/**
 * A one-unit query (煤, 务, 2025) is a prefix search: Pagefind expands it to every index word
 * that starts with it (煤炭, 煤矿, 煤ｚ …). But Pagefind picks the index chunks to load for a
 * search by where the query word itself would sort (its `request_indexes`: the chunk whose
 * from–to range holds the word, or, only when none does, every chunk its prefix could reach).
 * The words that start with a common character fill several chunks on a large archive; the word
 * 务 sorts inside the first of them, so only that one was loaded and every article whose only
 * 务-words sat in the later chunks was missed (务: 323 of 2,584 articles on two months of the
 * paper). Typed whole, each word loads its own chunk, which is why 紧扣 was found and 紧 did not
 * find it.
 *
 * So beside each bundle the build writes prefix-chunks.json: for each unit whose words run on
 * from one chunk into the next, the first word (as the chunk list cuts it) of each later chunk.
 * Before a search with a one-unit phrase, the engine has Pagefind preload those words: each
 * loads exactly its chunk, and the prefix search then sees every word of the unit.
 */
import { WORD_END } from './terms.ts';

export const PREFIX_CHUNKS_FILE = 'prefix-chunks.json';

/** Unit → the words that load the chunks after the first holding its words. */
export type PrefixChunks = Record<string, string[]>;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const HAN_LIKE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The unit a word starts with, as the prefix-chunks map keys it: a CJK word's first character;
 * a word of letters or digits up to its end mark (12ｘ月 → 12ｘ); null when the text ends before
 * the unit does (a chunk boundary cut inside a number).
 */
export function leadingUnit(word: string): string | null {
  if (!word) return null;
  const first = String.fromCodePoint(word.codePointAt(0)!);
  if (HAN_LIKE.test(first) || !LETTER_OR_DIGIT.test(first)) return first;
  const end = word.indexOf(WORD_END);
  return end < 0 ? null : word.slice(0, end + WORD_END.length);
}

/**
 * From a bundle's chunk list (Pagefind's from/to, in order): each unit whose words run across
 * a chunk boundary, with the `from` of every chunk that starts inside its words.
 */
export function prefixChunks(chunks: { from: string; to: string }[]): PrefixChunks {
  const out: PrefixChunks = {};
  for (let j = 1; j < chunks.length; j++) {
    const before = chunks[j - 1].to;
    const after = chunks[j].from;
    const unit = leadingUnit(after);
    if (unit && before.startsWith(unit)) (out[unit] ??= []).push(after);
  }
  return out;
}

/** The form Pagefind looks a query word up by: diacritics taken off (as its search does), kana voicing kept. */
export function pagefindForm(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** The words to preload so that a search for the one-unit query word `key` sees all its chunks. */
export function prefixAnchors(map: PrefixChunks, key: string): string[] {
  // The index may keep a word as typed or in that form (Hangul syllables decompose): both are asked.
  const units = new Set([leadingUnit(key), leadingUnit(pagefindForm(key))]);
  return [...units].flatMap((unit) => (unit && Object.hasOwn(map, unit) ? map[unit] : []));
}
