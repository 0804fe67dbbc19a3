/**
 * decode: the raw bytes of one source page -> its text, or a refusal naming the file.
 *
 * Accepted: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or without BOM when the
 * NUL bytes of its ASCII characters give it away) and GB18030/GBK/GB2312. CRLF and CR become
 * LF and the BOM is dropped, so every encoding of a page decodes to the same text.
 * Refused: empty or blank files, files over MAX_SOURCE_BYTES, images/PDF/archives, other
 * binary data, control characters, and bytes that are none of the above encodings.
 */
import { IngestError } from './errors.ts';

/** A printed page is at most a few tens of kilobytes of text; 2 MiB means the file is not one page. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** File signatures of things people drop into the sources folder by mistake. */
const SIGNATURES: { name: string; bytes: (number | null)[]; offset?: number }[] = [
  { name: 'PNG 图片（PNG image）', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG 图片（JPEG image）', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF 图片（GIF image）', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP 图片（WebP image）', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { name: 'TIFF 图片（TIFF image）', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF 图片（TIFF image）', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'HEIC/MP4 文件（HEIC image or video）', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  { name: 'PDF 文件（PDF document）', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP 压缩包或 Word/Excel 文档（ZIP archive, .docx/.xlsx）', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP 压缩包（ZIP archive）', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: '旧版 Word/Excel 文档（.doc/.xls）', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'RAR 压缩包（RAR archive）', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: '7z 压缩包（7z archive）', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'gzip 压缩文件（gzip archive）', bytes: [0x1f, 0x8b] },
  { name: 'RTF 文档（RTF document）', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

const RESAVE_HINT = '请用文本编辑器把它另存为 UTF-8 编码的纯文本，再重新导入';

/** What a refusal says the file should have been: a page's text, or another staff file. */
export interface DecodeKind {
  /** What the file should hold (`版面文字`). */
  what: string;
  /** What to do with a file that is not text at all. */
  textHint: string;
  /** What to do with a file over the size limit. */
  sizeHint: string;
}

/** A source page: the default. */
export const PAGE_TEXT: DecodeKind = {
  what: '版面文字',
  textHint: '请导入该版面的纯文本（.txt）文件',
  sizeHint: '一个来源文件应只含一个版面的文字；请检查是否放错了文件或把多个版面合在了一起',
};

/**
 * The text of a source page (or of another staff file, with its own `maxBytes` and `kind`, so
 * the advice fits that file), decoded as above; throws IngestError naming the file (and line)
 * when it is refused.
 */
export function decodeSource(bytes: Uint8Array, file: string, { maxBytes = MAX_SOURCE_BYTES, kind = PAGE_TEXT }: { maxBytes?: number; kind?: DecodeKind } = {}): string {
  if (bytes.length > maxBytes) {
    throw new IngestError({
      file,
      message: `文件有 ${formatSize(bytes.length)}，超过${kind.what}的上限 ${formatSize(maxBytes)}（file too large）`,
      hint: kind.sizeHint,
    });
  }
  if (bytes.length === 0) {
    throw new IngestError({ file, message: '文件是空的（empty file）', hint: kind.textHint });
  }
  const binary = binaryKind(bytes);
  if (binary) {
    throw new IngestError({ file, message: `这是 ${binary}，不是${kind.what}（not ${kind === PAGE_TEXT ? 'page text' : 'text'}）`, hint: kind.textHint });
  }

  const text = normaliseNewlines(decodeBytes(bytes, file, kind));
  checkControlCharacters(text, file, kind);
  if (text.trim() === '') {
    throw new IngestError({ file, message: '文件只有空白，没有文字（blank file）', hint: kind.textHint });
  }
  return text;
}

function decodeBytes(bytes: Uint8Array, file: string, kind: DecodeKind): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeStrict('utf-8', bytes.subarray(3), file, 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict('utf-16le', bytes.subarray(2), file, 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict('utf-16be', bytes.subarray(2), file, 2);

  const firstNul = bytes.indexOf(0);
  if (firstNul !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16 !== null) return utf16;
    throw new IngestError({
      file,
      line: lineOfByte(bytes, firstNul),
      message: `字节偏移 ${firstNul} 处是 NUL（0x00），这是二进制文件，不是文本（binary file）`,
      hint: kind.textHint,
    });
  }

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return utf8;

  if (looksLikeGbText(bytes)) {
    const gb = tryDecode('gb18030', bytes);
    if (gb !== null) return gb;
  }

  const offset = firstInvalidUtf8(bytes);
  const shown = Array.from(bytes.subarray(offset, offset + 4), hex).join(' ');
  // Bytes that GB18030 decodes but looksLikeGbText turned down (random high bytes, Big5) hold no undecodable spot to name
  // in that encoding: say what was wrong with what they decode to.
  const asGb =
    tryDecode('gb18030', bytes) === null
      ? '也不像 GB18030/GBK 中文'
      : '按 GB18030/GBK 虽能解出字来，解出的汉字却多不在常用字之列，不像中文正文（繁体 Big5 或并非文本）';
  throw new IngestError({
    file,
    line: lineOfByte(bytes, offset),
    message: `无法解码：字节偏移 ${offset} 处（${shown}）起不是 UTF-8，${asGb}，也不是 UTF-16（undecodable bytes）`,
    hint: RESAVE_HINT,
  });
}

function decodeStrict(encoding: string, bytes: Uint8Array, file: string, skipped: number): string {
  const text = tryDecode(encoding, bytes);
  if (text !== null) return text;
  const offset = encoding === 'utf-8' ? firstInvalidUtf8(bytes) + skipped : undefined;
  throw new IngestError({
    file,
    line: offset === undefined ? undefined : lineOfByte(bytes, offset - skipped),
    message:
      `文件以 ${encoding.toUpperCase()} 字节顺序标记（BOM）开头，但内容不是有效的 ${encoding.toUpperCase()}` +
      (offset === undefined ? '' : `：字节偏移 ${offset} 处无法解码`) +
      '（undecodable bytes）',
    hint: RESAVE_HINT,
  });
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: an ASCII character (newline, digit) is a code unit with a NUL high
 * byte, so a page of Chinese text in UTF-16 shows NULs. Which byte order: try the one with
 * more ASCII-shaped code units first (一 U+4E00 looks like ASCII 'N' in the other order) and
 * keep the first that decodes to text.
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length % 2 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i + 1] === 0 && bytes[i] >= 0x09 && bytes[i] <= 0x7e) le++;
    if (bytes[i] === 0 && bytes[i + 1] >= 0x09 && bytes[i + 1] <= 0x7e) be++;
  }
  // An order in which no unit is ASCII-shaped gives no sign of UTF-16 at all (P NUL Q LF read big-endian is 倀儊).
  const orders = (le >= be ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le']).filter((o) => (o === 'utf-16le' ? le : be) > 0);
  for (const encoding of orders) {
    const text = tryDecode(encoding, bytes);
    if (text !== null && looksLikeText(text)) return text;
  }
  return null;
}

/** Mostly CJK, ASCII, and the punctuation a Chinese newspaper prints. */
function looksLikeText(text: string): boolean {
  let usual = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    if (/[\p{Script=Han}\p{P}\p{Zs}\t\n\r\u0020-\u007E\u25A0-\u25FF\uFF00-\uFFEF]/u.test(ch)) usual++;
  }
  return total > 0 && usual >= 0.9 * total;
}

/**
 * Any byte soup with few high bytes decodes as GB18030, and so does Big5 (as the wrong
 * characters). Simplified Chinese news text keeps almost every character inside GB2312
 * (two bytes, both 0xA1–0xFE); require that, so other encodings are refused, not garbled.
 * Random high bytes pass that test too, so the Han characters must also be mostly of
 * GB2312's first level (first byte 0xB0–0xD7, the 3,755 commonest): over the archive's
 * 5,509 simplified test pages that share is at least 91.7 % (made-up names in rare
 * characters included), while random bytes give about 43 %. Fewer than MIN_HAN_TO_JUDGE
 * Han characters say too little to judge by.
 */
function looksLikeGbText(bytes: Uint8Array): boolean {
  let gb2312 = 0;
  let other = 0;
  let commonHan = 0;
  let rareHan = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
    } else if (b === 0x80 || b === 0xff) {
      other++;
      i += 1;
    } else if (bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) {
      other++;
      i += 4;
    } else {
      if (b >= 0xa1 && b <= 0xf7 && bytes[i + 1] >= 0xa1 && bytes[i + 1] <= 0xfe) {
        gb2312++;
        if (b >= 0xb0 && b <= 0xd7) commonHan++;
        else if (b >= 0xd8) rareHan++;
      } else other++;
      i += 2;
    }
  }
  const han = commonHan + rareHan;
  const commonEnough = han < MIN_HAN_TO_JUDGE || commonHan >= MIN_COMMON_HAN_SHARE * han;
  return gb2312 > 0 && gb2312 >= 0.9 * (gb2312 + other) && commonEnough;
}

const MIN_HAN_TO_JUDGE = 20;
const MIN_COMMON_HAN_SHARE = 0.7;

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    const offset = signature.offset ?? 0;
    if (bytes.length >= offset + signature.bytes.length &&
        signature.bytes.every((b, k) => b === null || bytes[offset + k] === b)) {
      return signature.name;
    }
  }
  return null;
}

function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Tabs and newlines are text; every other C0/C1 control (and DEL) means binary or mis-encoded data. */
function checkControlCharacters(text: string, file: string, kind: DecodeKind): void {
  const match = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.exec(text);
  if (!match) return;
  const line = text.slice(0, match.index).split('\n').length;
  const column = match.index - text.lastIndexOf('\n', match.index - 1);
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  throw new IngestError({
    file,
    line,
    message: `第 ${line} 行第 ${column} 字有控制字符 U+${code}，不是正常文本（control character: binary or wrongly encoded file）`,
    hint: `${kind.textHint}；若它确是文本，请删去这个字符后重新导入`,
  });
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hex(b: number): string {
  return '0x' + b.toString(16).toUpperCase().padStart(2, '0');
}

function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
