/**
 * 版面图 and 版面 PDF judged by content (src/ingest/page-files.ts), on images made with sharp
 * and PDFs written by hand for the test: formats and sizes read from the header, truncated and
 * mislabelled files refused with the file and the reason, and which files go with which page.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { IngestError } from '../../src/ingest/errors.ts';
import {
  inspectPageImage,
  inspectPagePdf,
  MAX_IMAGE_BYTES,
  pairPageFiles,
  type PageFileNames,
} from '../../src/ingest/page-files.ts';
import { testImage, testPdf } from '../helpers/page-files.ts';

/** The one-line refusal `fn` throws, as staff see it. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof IngestError) return error.format();
    throw error;
  }
  throw new Error('not refused');
}

describe('page images, read by content', () => {
  it.each([
    ['jpeg', 'p.jpg', {}],
    ['jpeg', 'p.JPEG', { progressive: true }],
    ['png', 'p.png', {}],
    ['webp', 'p.webp', {}],
    ['webp', 'p.webp', { lossless: true }],
    ['webp', 'p.webp', { alpha: true }],
  ] as const)('%s %s %o: format and size from the header', async (format, name, options) => {
    const bytes = await testImage(format, { width: 321, height: 477, ...options });
    const facts = inspectPageImage(bytes, name, `content/sources/${name}`);
    expect(facts).toMatchObject({ file: name, format, width: 321, height: 477, bytes: bytes.length });
    expect(facts.sha256).toMatch(/^[0-9a-f]{64}$/);
    // what sharp itself reads agrees
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height]).toEqual([321, 477]);
  });

  it('a JPEG with a large EXIF block before its frame header', async () => {
    const bytes = await sharp(await testImage('jpeg', { width: 400, height: 600 }))
      .withExif({ IFD0: { ImageDescription: '某报第1版'.repeat(2000), Software: 'test' } })
      .jpeg()
      .toBuffer();
    expect(inspectPageImage(bytes, 'p.jpg', 'p.jpg')).toMatchObject({ width: 400, height: 600 });
  });

  it('a truncated JPEG, PNG and WebP are refused as incomplete', async () => {
    for (const [format, name] of [['jpeg', 'a.jpg'], ['png', 'a.png'], ['webp', 'a.webp']] as const) {
      const bytes = await testImage(format, { width: 600, height: 900 });
      const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
      expect(refusal(() => inspectPageImage(cut, name, `content/sources/${name}`))).toMatch(
        new RegExp(`^content/sources/${name.replace('.', '\\.')}: 图片不完整：.*（truncated or damaged image） — 文件可能没有传完`),
      );
    }
  });

  it('a PNG named .jpg is refused with the name it should have', async () => {
    const bytes = await testImage('png');
    expect(refusal(() => inspectPageImage(bytes, '005_x.jpg', 'content/sources/005_x.jpg'))).toBe(
      'content/sources/005_x.jpg: 文件名是 .jpg，内容却是 PNG 图片（extension does not match content） — 请把文件改名为 005_x.png',
    );
  });

  it('text, a PDF and a GIF named as images are refused saying what they are', async () => {
    expect(refusal(() => inspectPageImage(Buffer.from('本报讯 这是一版文字'), 'a.jpg', 'a.jpg'))).toMatch(/^a\.jpg: 内容是文字，不是 JPEG、PNG 或 WebP 图片（not an image）/);
    expect(refusal(() => inspectPageImage(testPdf(), 'a.png', 'a.png'))).toMatch(/^a\.png: 内容是 PDF 文件，不是 JPEG、PNG 或 WebP 图片/);
    const gif = await sharp({ create: { width: 120, height: 120, channels: 3, background: '#888' } }).gif().toBuffer();
    expect(refusal(() => inspectPageImage(gif, 'a.webp', 'a.webp'))).toMatch(/^a\.webp: 内容是 GIF 图片，不是/);
    expect(refusal(() => inspectPageImage(Buffer.alloc(0), 'a.jpg', 'a.jpg'))).toMatch(/^a\.jpg: 版面图是空文件/);
  });

  it('sides and size out of bounds are refused', async () => {
    const small = await testImage('jpeg', { width: 80, height: 120 });
    expect(refusal(() => inspectPageImage(small, 'a.jpg', 'a.jpg'))).toMatch(/^a\.jpg: 图片只有 80×120 像素，太小/);
    // a PNG whose header declares 30000×40000 (the header is all that is read for the size)
    const big = await testImage('png');
    big.writeUInt32BE(30000, 16);
    big.writeUInt32BE(40000, 20);
    expect(refusal(() => inspectPageImage(big, 'a.png', 'a.png'))).toMatch(/^a\.png: 图片有 30000×40000 像素，超过上限/);
    const huge = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    (await testImage('jpeg')).copy(huge);
    expect(refusal(() => inspectPageImage(huge, 'a.jpg', 'a.jpg'))).toMatch(/^a\.jpg: 版面图有 50\.0 MB，超过 50\.0 MB 的上限/);
  });

  it('an animated WebP is refused', async () => {
    const frames = [await testImage('png', { page: 1 }), await testImage('png', { page: 2 })];
    const animated = await sharp(frames, { join: { animated: true } }).webp().toBuffer();
    expect((await sharp(animated, { animated: true }).metadata()).pages).toBe(2);
    expect(refusal(() => inspectPageImage(animated, 'a.webp', 'a.webp'))).toMatch(/^a\.webp: 这是动图 WebP/);
  });
});

describe('page PDFs', () => {
  it('a minimal hand-written PDF is taken', () => {
    const bytes = testPdf();
    expect(inspectPagePdf(bytes, '005_x.pdf', 'content/sources/005_x.pdf')).toMatchObject({ file: '005_x.pdf', bytes: bytes.length });
  });

  it('a truncated PDF, an image named .pdf and an unknown version are refused', async () => {
    const pdf = testPdf();
    expect(refusal(() => inspectPagePdf(pdf.subarray(0, pdf.length - 30), 'x.pdf', 'content/sources/x.pdf'))).toBe(
      'content/sources/x.pdf: PDF 不完整：文件末尾没有 %%EOF（truncated PDF） — 文件可能没有传完，请重新复制或导出',
    );
    const jpeg = await testImage('jpeg');
    expect(refusal(() => inspectPagePdf(jpeg, 'x.pdf', 'x.pdf'))).toMatch(/^x\.pdf: 内容是 JPEG 图片，不是 PDF 文件（no %PDF- header）/);
    expect(refusal(() => inspectPagePdf(Buffer.from(pdf.toString('latin1').replace('%PDF-1.4', '%PDF-3.0'), 'latin1'), 'x.pdf', 'x.pdf'))).toMatch(/不是 PDF 文件/);
  });
});

describe('which files go with which page', () => {
  const show = (n: string) => `content/sources/${n}`;
  const pair = (sources: string[], files: string[], named: Record<string, PageFileNames> = {}) =>
    pairPageFiles(sources, files, new Map(Object.entries(named)), show);

  it('by base name, any case of extension; pages without files are left out', () => {
    const pairs = pair(['005_a.txt', '005_b.txt', '005_c.txt'], ['005_a.JPG', '005_a.pdf', '005_b.webp']);
    expect(Object.fromEntries(pairs)).toEqual({ '005_a.txt': { image: '005_a.JPG', pdf: '005_a.pdf' }, '005_b.txt': { image: '005_b.webp' } });
  });

  it('metadata names a file for a page; the same file for two pages is refused', () => {
    expect(Object.fromEntries(pair(['a.txt'], ['第1版.jpg'], { 'a.txt': { image: '第1版.jpg' } }))).toEqual({ 'a.txt': { image: '第1版.jpg' } });
    expect(refusal(() => pair(['a.txt', 'b.txt'], ['p.jpg'], { 'a.txt': { image: 'p.jpg' }, 'b.txt': { image: 'p.jpg' } }))).toMatch(
      /^content\/sources\/p\.jpg: 同一个文件被指给了两个版面：a\.txt 和 b\.txt/,
    );
  });

  it('two images of one base name are refused unless metadata chooses; the other is then left over and refused', () => {
    expect(refusal(() => pair(['a.txt'], ['a.jpg', 'a.png']))).toMatch(/^content\/sources\/a\.png: a\.txt 有两个同名的版面图：a\.jpg、a\.png/);
    expect(refusal(() => pair(['a.txt'], ['a.jpg', 'a.png'], { 'a.txt': { image: 'a.png' } }))).toMatch(/^content\/sources\/a\.jpg: 这一版已经有别的版面图，这个文件没有用上/);
  });

  it('a page file that goes with no page is refused, naming it', () => {
    expect(refusal(() => pair(['005_a.txt'], ['005_A.jpg']))).toBe(
      'content/sources/005_A.jpg: 没有同名的版面文本 005_A.txt，metadata.yaml 也没有把它指给哪一版（page file without a page） — 请把它改成与那一版文本相同的文件名（如 005_x.txt 配 005_x.jpg、005_x.pdf），或在 content/sources/metadata.yaml 中为那一版写 image: 005_A.jpg',
    );
  });

  it('a TIFF beside a page is refused with the fix; one beside nothing is left alone', () => {
    expect(refusal(() => pair(['a.txt'], ['a.tif']))).toBe('content/sources/a.tif: TIFF 格式的版面图网页无法显示（unsupported image format） — 请另存为 JPEG（a.jpg）、PNG 或 WebP');
    expect(pair(['a.txt'], ['scan-notes.tif']).size).toBe(0);
  });
});
