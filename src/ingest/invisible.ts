/**
 * Invisible and direction characters in a source: zero-width space, soft hyphen, word joiner,
 * zero-width (non-)joiner, byte-order mark inside the text, variation selectors, and the bidi
 * controls (U+202A–202E embeddings and overrides, U+2066–2069 isolates, LRM/RLM/ALM). They are
 * kept in the entries, character for character, like everything else; search and ?hl=
 * highlighting ignore them (src/search/shared/normalize.ts) and the site isolates the bidi controls
 * (src/site/bidi.ts). The ingest report lists where each occurs, so a person can see whether a
 * source was tampered with or only carries an editor's stray mark. Pure.
 */

/** Unicode's Default_Ignorable_Code_Point: what a renderer shows as nothing. */
export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** The characters that change the display order of the text around them. */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const NAMES: Record<number, string> = {
  0x00ad: '软连字符 SOFT HYPHEN',
  0x034f: '组合字形连接符 COMBINING GRAPHEME JOINER',
  0x061c: '阿拉伯字母标记 ARABIC LETTER MARK',
  0x180e: '蒙古文元音分隔符 MONGOLIAN VOWEL SEPARATOR',
  0x200b: '零宽空格 ZERO WIDTH SPACE',
  0x200c: '零宽不连字 ZERO WIDTH NON-JOINER',
  0x200d: '零宽连字 ZERO WIDTH JOINER',
  0x200e: '从左到右标记 LEFT-TO-RIGHT MARK',
  0x200f: '从右到左标记 RIGHT-TO-LEFT MARK',
  0x202a: '从左到右嵌入 LEFT-TO-RIGHT EMBEDDING',
  0x202b: '从右到左嵌入 RIGHT-TO-LEFT EMBEDDING',
  0x202c: '结束方向格式 POP DIRECTIONAL FORMATTING',
  0x202d: '从左到右强制 LEFT-TO-RIGHT OVERRIDE',
  0x202e: '从右到左强制 RIGHT-TO-LEFT OVERRIDE',
  0x2060: '词连接符 WORD JOINER',
  0x2066: '从左到右隔离 LEFT-TO-RIGHT ISOLATE',
  0x2067: '从右到左隔离 RIGHT-TO-LEFT ISOLATE',
  0x2068: '首字强隔离 FIRST STRONG ISOLATE',
  0x2069: '结束方向隔离 POP DIRECTIONAL ISOLATE',
  0xfeff: '零宽不换行空格（字节顺序标记）ZERO WIDTH NO-BREAK SPACE',
};

export interface InvisibleCharacter {
  /** 1-based line and column (in characters) of the source text. */
  line: number;
  column: number;
  /** U+200B … */
  code: string;
  name: string;
  /** A bidi control: it can reorder what is shown around it. */
  bidi: boolean;
}

/** Which BMP code units are invisible or a direction mark (/[\p{Default_Ignorable_Code_Point}\u061C]/u), decided once. */
const INVISIBLE_BMP = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) INVISIBLE_BMP[c] = INVISIBLE.test(String.fromCharCode(c)) || c === 0x061c ? 1 : 0;

/** Whether the text has any invisible or direction character: most have none, and every source is asked. */
function hasInvisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (INVISIBLE_BMP[c]) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (INVISIBLE.test(String.fromCodePoint(cp))) return true;
        i++;
      }
    }
  }
  return false;
}

/** Every invisible or direction character of a decoded source, in order. */
export function invisibleCharacters(text: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  if (!hasInvisible(text)) return found;
  let line = 1;
  let column = 0;
  for (const ch of text) {
    if (ch === '\n') {
      line++;
      column = 0;
      continue;
    }
    column++;
    if (!INVISIBLE.test(ch) && !BIDI_CONTROL.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = NAMES[cp] ?? (cp >= 0xfe00 && cp <= 0xfe0f || cp >= 0xe0100 && cp <= 0xe01ef ? '异体字选择符 VARIATION SELECTOR' : '不可见字符 DEFAULT IGNORABLE');
    found.push({ line, column, code, name, bidi: BIDI_CONTROL.test(ch) });
  }
  return found;
}

/**
 * The report's lines for one source: one per kind of character, with up to eight places
 * (`第 12 行第 5 字`) and how many more. Empty when the source has none.
 */
export function invisibleReport(text: string): string[] {
  const byCode = new Map<string, InvisibleCharacter[]>();
  for (const c of invisibleCharacters(text)) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  return [...byCode.values()].map((list) => {
    const { code, name, bidi } = list[0];
    const places = list.slice(0, 8).map((c) => `第 ${c.line} 行第 ${c.column} 字`).join('、');
    const more = list.length > 8 ? ` 等 ${list.length} 处` : '';
    const what = bidi ? '方向控制字符（网站上已隔离，不会改变其他文字的显示顺序）' : '不可见字符（检索时忽略）';
    return `${what} ${code} ${name}：${places}${more}；已原样保留，请核对来源`;
  });
}
