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
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const simplified = ch.charCodeAt(0) >= 0x3400 ? simplifiedFormOf(ch) : undefined;
    if (simplified !== undefined && simplified.length === 1) {
      out += simplified;
      changed = true;
    } else out += ch;
  }
  return changed ? out : text;
}
