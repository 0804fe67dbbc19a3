/**
 * The formulas the ingest reads (本报讯, 记者, 通讯员, 摄, 电) as a page set in traditional
 * characters prints them (本報訊, 記者, 通訊員, 攝, 電): a copy of the text with each traditional
 * character that has a one-character simplified form replaced by it. The copy is as long as the
 * text, character for character, so a pattern matched on it is cut from the text at the same
 * places: what is kept is always what was printed.
 */
import { simplifiedFormOf } from '../search/shared/normalize.ts';

/**
 * Takes a text; gives it with every traditional character whose simplified form is one UTF-16
 * unit long (as the character is) replaced by that form; the same length, every other character
 * as it was. Never throws. (Tables: OpenCC's, as search folds them: src/search/shared/normalize.ts.)
 */
export function simplifiedForReading(text: string): string {
  if (!hasTraditional(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    out += TRADITIONAL[ch.charCodeAt(0)] === 1 ? simplifiedFormOf(ch)! : ch;
  }
  return out;
}

/** Whether the text holds a character simplifiedForReading would replace (a table lookup per character). */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Characters the tables fold that simplified text prints as they are (著 in 某某　著 and 著作, where a traditional page's 著
 * stands for 着; 乾 in 乾隆): read as printed, so a serial's writer credited 某某　著 is not read as 某某　着 (set zzzzv).
 */
const SIMPLIFIED_TOO = '著乾';

/**
 * 1 for each UTF-16 unit that is a traditional character with a one-unit simplified form in the common block
 * (U+4E00–U+9FFF), which the reading rules' patterns name. A character whose simplified form is a rarer one of
 * extension A (鸂 → 㶉) is read as printed: a place named with it (鸂渚县某乡农民　某某某) keeps its shape (set tc).
 */
const TRADITIONAL = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0x3400; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (SIMPLIFIED_TOO.includes(String.fromCharCode(code))) continue;
    const simplified = simplifiedFormOf(String.fromCharCode(code));
    if (simplified !== undefined && simplified.length === 1 && simplified !== String.fromCharCode(code) && simplified.charCodeAt(0) >= 0x4e00) table[code] = 1;
  }
  return table;
})();
