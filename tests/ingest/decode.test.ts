import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { decodeSource, firstInvalidUtf8, MAX_SOURCE_BYTES } from '../../src/ingest/decode.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { SEEDS, seedText } from '../helpers/seeds.ts';

const seeds = SEEDS.map((name) => ({ name, text: seedText(name) }));
const FILE = 'content/sources/page.txt';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const encode = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

/** Runs decodeSource and returns the refusal it throws. */
function refusal(bytes: Uint8Array, file = FILE): IngestError {
  try {
    decodeSource(bytes, file);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('decodeSource accepted input it should refuse');
}

describe('decodeSource: every encoding of a seed decodes to the same text', () => {
  it('has seeds to test', () => expect(seeds.length).toBeGreaterThanOrEqual(5));

  const encodings: [string, (s: string) => Uint8Array][] = [
    ['UTF-8', utf8],
    ['UTF-8 with BOM', (s) => concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(s))],
    ['UTF-8 with CRLF', (s) => utf8(crlf(s))],
    ['UTF-8 with CR', (s) => utf8(s.replace(/\n/g, '\r'))],
    ['UTF-8 with BOM and CRLF', (s) => concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(crlf(s)))],
    ['GB18030', (s) => encode(s, 'gb18030')],
    ['GB18030 with CRLF', (s) => encode(crlf(s), 'gb18030')],
    ['GBK', (s) => encode(s, 'gbk')],
    ['UTF-16LE with BOM', (s) => concat(new Uint8Array([0xff, 0xfe]), encode(s, 'utf-16le'))],
    ['UTF-16BE with BOM', (s) => concat(new Uint8Array([0xfe, 0xff]), encode(s, 'utf-16be'))],
    ['UTF-16LE without BOM', (s) => encode(s, 'utf-16le')],
    ['UTF-16BE without BOM', (s) => encode(s, 'utf-16be')],
    ['UTF-16LE with BOM and CRLF', (s) => concat(new Uint8Array([0xff, 0xfe]), encode(crlf(s), 'utf-16le'))],
  ];

  for (const seed of seeds) {
    for (const [label, toBytes] of encodings) {
      it(`${seed.name} as ${label}`, () => {
        const bytes = toBytes(seed.text);
        if (label !== 'UTF-8') expect(Buffer.from(bytes).equals(Buffer.from(seed.text, 'utf8'))).toBe(false);
        expect(decodeSource(bytes, FILE)).toBe(seed.text);
      });
    }
  }

  it('plain text with any mix of newlines comes out with LF only and no BOM (property)', () => {
    const char = fc.constantFrom(...'大同日报本报讯记者董芳（）“”，。—— 0123abc\n\r\t■');
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 200 }), fc.boolean(), (chars, bom) => {
        const text = chars.join('');
        fc.pre(text.trim() !== '');
        const out = decodeSource(utf8((bom ? '\uFEFF' : '') + text), FILE);
        expect(out).toBe(text.replace(/\r\n?/g, '\n'));
        expect(out).not.toMatch(/[\r\uFEFF]/);
      }),
    );
  });
});

describe('decodeSource: refusals name the file and say what to do', () => {
  const seed = seeds[0].text;

  it('refuses an empty file', () => {
    const e = refusal(new Uint8Array(0));
    expect(e.file).toBe(FILE);
    expect(e.message).toContain('空');
    expect(e.format()).toMatch(/^content\/sources\/page\.txt: .+ — .+/);
  });

  it('refuses a file of only whitespace, including full-width spaces and a BOM', () => {
    for (const blank of [' ', '\n\n\n', ' \t\r\n　　\n', '\uFEFF\n']) {
      expect(refusal(utf8(blank)).message).toContain('空白');
    }
  });

  it('refuses images, PDFs and archives by their signature, saying what they are', () => {
    const cases: [number[], string][] = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'PNG'],
      [[0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], 'JPEG'],
      [[...Buffer.from('GIF89a'), 1, 0], 'GIF'],
      [[...Buffer.from('%PDF-1.7\n')], 'PDF'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], 'ZIP'],
      [[...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WEBPVP8 ')], 'WebP'],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0], 'doc'],
      [[0x1f, 0x8b, 0x08, 0], 'gzip'],
    ];
    for (const [bytes, name] of cases) {
      const e = refusal(new Uint8Array([...bytes, ...Buffer.from('padding')]));
      expect(e.message).toContain(name);
      expect(e.message).toContain('不是版面文字');
    }
  });

  it('refuses a real PNG file', () => {
    // A 1x1 PNG, complete.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(refusal(new Uint8Array(png)).message).toContain('PNG 图片');
  });

  it('refuses binary data with NUL bytes, naming the offset', () => {
    const bytes = utf8('第一行\n第二行\n');
    const binary = concat(bytes, new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x00, 0x7f]));
    const e = refusal(binary);
    expect(e.message).toContain('二进制');
    expect(e.message).toContain(`字节偏移 ${bytes.length}`);
    expect(e.line).toBe(3);
  });

  it('refuses random bytes whatever they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 512 }), (bytes) => {
        fc.pre(bytes.some((b) => b >= 0x80) && bytes.some((b) => b < 0x09));
        expect(() => decodeSource(bytes, FILE)).toThrow(IngestError);
      }),
    );
  });

  it('refuses a control character in otherwise good text, naming line and column', () => {
    const lines = seed.split('\n');
    lines[4] = '本报讯\u0007（记者';
    const e = refusal(utf8(lines.join('\n')));
    expect(e.line).toBe(5);
    expect(e.message).toContain('U+0007');
    expect(e.message).toContain('第 4 字');
    expect(e.format()).toMatch(/^content\/sources\/page\.txt:5: /);
  });

  it('refuses undecodable bytes, naming the line and the byte offset', () => {
    const head = utf8(seed.split('\n').slice(0, 11).join('\n') + '\n');
    const bytes = concat(head, new Uint8Array([0xc3, 0x28]), utf8('后面的文字\n'), utf8(seed));
    // 0xC3 0x28 is neither UTF-8 nor GB2312 text.
    const e = refusal(bytes);
    expect(e.line).toBe(12);
    expect(e.message).toContain(`字节偏移 ${head.length}`);
    expect(e.message).toContain('0xC3 0x28');
    expect(e.hint).toContain('UTF-8');
  });

  it('refuses Big5 (traditional Chinese) rather than decoding it as the wrong characters', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const big5 = encode(toTraditional(seed), 'big5');
    // Big5 bytes are also valid GB18030: only the character check keeps it out.
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(big5)).not.toThrow();
    expect(refusal(big5).message).toContain('无法解码');
    expect(refusal(big5).message).toContain('繁体 Big5');
  });

  it('refuses a few binary bytes with a NUL that would read as Chinese in the UTF-16 order with no ASCII-shaped unit (P NUL Q LF)', () => {
    const bytes = new Uint8Array([0x50, 0x00, 0x51, 0x0a]);
    expect(new TextDecoder('utf-16be').decode(bytes)).toBe('倀儊');
    expect(refusal(bytes).message).toContain('NUL');
  });

  it('refuses random high bytes that happen to decode as GB18030', () => {
    // Every pair of bytes 0xA1–0xFE is a GB2312 code, so such noise decodes; its characters
    // are as often rare as common, unlike any page of Chinese text.
    let state = 2026;
    const noise = new Uint8Array(4000).map(() => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return 0xa1 + (state % 94);
    });
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(noise)).not.toThrow();
    // It names no byte as undecodable in GB18030, which decodes them all, but says what they decode to.
    expect(refusal(noise).message).toContain('无法解码');
    expect(refusal(noise).message).toContain('按 GB18030/GBK 虽能解出字来，解出的汉字却多不在常用字之列');
  });

  it('takes GBK text with a rare surname or place name in it', () => {
    const text = '本报讯（记者　亓　鄢）砟城礤河磜滩一带的沉陷区今年治理完毕。\n';
    expect(decodeSource(encode(text, 'gbk'), FILE)).toBe(text);
  });

  it('refuses Latin-1 text', () => {
    expect(refusal(encode('Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\n', 'latin1')).message).toContain('无法解码');
  });

  it('refuses a UTF-8 BOM followed by bytes that are not UTF-8', () => {
    const e = refusal(concat(new Uint8Array([0xef, 0xbb, 0xbf]), encode('\n' + seed.trimStart(), 'gb18030')));
    expect(e.message).toContain('BOM');
    expect(e.line).toBe(2);
  });

  it('refuses a UTF-16 BOM followed by a broken surrogate pair', () => {
    const e = refusal(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x00, 0xd8, 0x2d, 0x4e]));
    expect(e.message).toContain('UTF-16LE');
  });

  it(`refuses a file over ${MAX_SOURCE_BYTES} bytes and accepts one just under`, () => {
    const line = utf8('本报讯（记者 董芳）社会以关爱致敬劳模，劳模用奉献回馈社会。\n');
    const count = Math.floor(MAX_SOURCE_BYTES / line.length);
    const under = new Uint8Array(count * line.length);
    for (let i = 0; i < count; i++) under.set(line, i * line.length);
    expect(decodeSource(under, FILE).length).toBeGreaterThan(0);
    const over = concat(under, line);
    expect(over.length).toBeGreaterThan(MAX_SOURCE_BYTES);
    const e = refusal(over);
    expect(e.message).toContain('上限');
    expect(e.message).toContain('2.0 MB');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds nothing wrong in valid UTF-8', () => {
    for (const s of seeds) expect(firstInvalidUtf8(utf8(s.text))).toBe(utf8(s.text).length);
  });
  it('finds overlong forms, surrogates, truncated sequences and stray bytes', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1); // overlong '/'
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2); // U+D800
    expect(firstInvalidUtf8(new Uint8Array([0xe4, 0xb8]))).toBe(0); // truncated 中
    expect(firstInvalidUtf8(new Uint8Array([0xe4, 0xb8, 0xad, 0x80]))).toBe(3); // stray continuation
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
  });
});
