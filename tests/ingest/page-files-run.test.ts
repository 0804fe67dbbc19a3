/**
 * `npm run ingest` with page images and PDFs (版面图), on a scratch copy of the real content
 * tree and files made for the test: beside a page in content/sources, given on the command line
 * with its text or alone, named in metadata.yaml, taken out with --remove; and refused — a
 * truncated image, a text file named .jpg, a file that goes with no page, a name metadata.yaml
 * gets wrong — in one line naming the file and the reason, content/ as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHashes, runIngest, scratchContent } from '../helpers/scratch-content.ts';
import { testImage, testPdf } from '../helpers/page-files.ts';

const scratch = scratchContent('page-files');
const ingest = (...args: string[]) => runIngest(scratch, ...args);
const snapshot = () => fileHashes(scratch.content);
const sources = () => path.join(scratch.content, 'sources');

/** Seed 000 is the 2025-12-28 front page, seed 001 the 2024-01-02 one. */
const PAGE_A = '000_a25d01534798cd06';
const PAGE_B = '001_f54fbac05c86dd26';
const sectionA = () => JSON.parse(fs.readFileSync(path.join(scratch.content, 'sections/2025/2025-12-28-01.json'), 'utf8'));
const sectionB = () => JSON.parse(fs.readFileSync(path.join(scratch.content, 'sections/2024/2024-01-02-01.json'), 'utf8'));

function put(dir: string, name: string, bytes: Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), bytes);
  return path.join(dir, name);
}

function expectRefused(run: ReturnType<typeof ingest>, message: RegExp, before: Record<string, string>) {
  expect(run.code, run.err).toBe(1);
  expect(run.err).toMatch(message);
  expect(run.err).not.toMatch(/\n\s+at /);
  expect(run.err.trim().split('\n').length).toBeLessThanOrEqual(2);
  expect(snapshot()).toEqual(before);
}

describe('page images and PDFs beside the text', () => {
  it('are recorded on the page entry of pages that have them; other pages stay as they were', async () => {
    const before = snapshot();
    const jpeg = await testImage('jpeg', { width: 600, height: 900 });
    put(sources(), `${PAGE_A}.jpg`, jpeg);
    put(sources(), `${PAGE_A}.pdf`, testPdf());
    put(sources(), `${PAGE_B}.PNG`, await testImage('png', { width: 500, height: 750 }));
    const run = ingest();
    expect(run.code, run.err).toBe(0);
    expect(sectionA()).toMatchObject({ image: { file: `${PAGE_A}.jpg`, format: 'jpeg', width: 600, height: 900, bytes: jpeg.length }, pdf: { file: `${PAGE_A}.pdf` } });
    expect(sectionB().image).toMatchObject({ file: `${PAGE_B}.PNG`, format: 'png', width: 500, height: 750 });
    expect(sectionB().pdf).toBeUndefined();
    expect(run.out).toContain(`版面图：${PAGE_A}.jpg（JPEG，600×900 像素，`);
    expect(run.out).toContain(`版面 PDF：${PAGE_A}.pdf（`);
    // every other entry is byte for byte what it was
    const after = snapshot();
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]).sort();
    expect(changed).toEqual(['.ingest-manifest.json', `sources/${PAGE_A}.jpg`, `sources/${PAGE_A}.pdf`, `sources/${PAGE_B}.PNG`, 'sections/2024/2024-01-02-01.json', 'sections/2025/2025-12-28-01.json'].sort());
    // and a second run changes nothing
    const again = ingest();
    expect(again.out).toContain('没有变化');
    expect(snapshot()).toEqual(after);
  });

  it('given on the command line with the text, they are copied in with it', async () => {
    const today = path.join(scratch.root, '今日');
    const text = fs.readFileSync(path.join(sources(), `${PAGE_A}.txt`));
    fs.rmSync(path.join(sources(), `${PAGE_A}.txt`));
    const files = [put(today, `${PAGE_A}.txt`, text), put(today, `${PAGE_A}.webp`, await testImage('webp')), put(today, `${PAGE_A}.pdf`, testPdf())];
    const run = ingest(...files);
    expect(run.code, run.err).toBe(0);
    expect(fs.readFileSync(path.join(sources(), `${PAGE_A}.webp`)).equals(fs.readFileSync(files[1]))).toBe(true);
    expect(sectionA()).toMatchObject({ image: { format: 'webp', width: 300, height: 450 }, pdf: { file: `${PAGE_A}.pdf` } });
  });

  it('an image given alone for a page already in the archive re-reads only its issue', async () => {
    const before = snapshot();
    const image = put(path.join(scratch.root, 'scans'), `${PAGE_B}.jpg`, await testImage('jpeg'));
    const run = ingest(image);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`${PAGE_B}.txt  2024-01-02 第1版`);
    expect(run.out).not.toContain(PAGE_A);
    expect(sectionB().image).toMatchObject({ file: `${PAGE_B}.jpg` });
    const after = snapshot();
    expect(Object.keys(after).filter((k) => after[k] !== before[k]).sort()).toEqual(['.ingest-manifest.json', 'sections/2024/2024-01-02-01.json', `sources/${PAGE_B}.jpg`]);
  });

  it('metadata.yaml names an image whose name is not the page’s own', async () => {
    put(sources(), '2025-12-28 第1版.jpg', await testImage('jpeg'));
    fs.writeFileSync(path.join(sources(), 'metadata.yaml'), `${PAGE_A}.txt:\n  image: 2025-12-28 第1版.jpg\n`);
    const run = ingest();
    expect(run.code, run.err).toBe(0);
    expect(sectionA().image.file).toBe('2025-12-28 第1版.jpg');
  });

  it('--remove takes the page’s image and PDF out with it', async () => {
    put(sources(), `${PAGE_A}.jpg`, await testImage('jpeg'));
    put(sources(), `${PAGE_A}.pdf`, testPdf());
    expect(ingest().code).toBe(0);
    // The sample topics cite every seed page, and a cited page is not removed (tests/ingest/remove.test.ts).
    fs.rmSync(path.join(scratch.content, 'topics'), { recursive: true, force: true });
    const run = ingest('--remove', `${PAGE_A}.txt`);
    expect(run.code, run.err).toBe(0);
    expect(fs.readdirSync(sources()).filter((n) => n.startsWith(PAGE_A))).toEqual([]);
    expect(ingest().code).toBe(0);
  });
});

describe('refused, with the file and the reason, content/ as it was', () => {
  it('a truncated JPEG beside a page', async () => {
    const jpeg = await testImage('jpeg', { width: 600, height: 900 });
    put(sources(), `${PAGE_A}.jpg`, jpeg.subarray(0, jpeg.length - 200));
    const before = snapshot();
    expectRefused(ingest(), new RegExp(`content/sources/${PAGE_A}\\.jpg: 图片不完整：JPEG 文件末尾没有结束标记（no EOI）（truncated or damaged image） — 文件可能没有传完`), before);
  });

  it('a text file named .jpg given on the command line', () => {
    const fake = put(path.join(scratch.root, 'in'), `${PAGE_A}.jpg`, Buffer.from('这不是图片'));
    const before = snapshot();
    expectRefused(ingest(fake), /in\/000_a25d01534798cd06\.jpg: 内容是文字，不是 JPEG、PNG 或 WebP 图片（not an image）/, before);
  });

  it('a PDF that is an image', async () => {
    put(sources(), `${PAGE_B}.pdf`, await testImage('png'));
    const before = snapshot();
    expectRefused(ingest(), new RegExp(`content/sources/${PAGE_B}\\.pdf: 内容是 PNG 图片，不是 PDF 文件`), before);
  });

  it('an image that goes with no page', async () => {
    put(sources(), '000_a25d01534798cd0.jpg', await testImage('jpeg'));
    const before = snapshot();
    expectRefused(ingest(), /content\/sources\/000_a25d01534798cd0\.jpg: 没有同名的版面文本 000_a25d01534798cd0\.txt/, before);
  });

  it('a TIFF given for a page', async () => {
    const tif = put(path.join(scratch.root, 'in'), `${PAGE_A}.tif`, Buffer.from('II*\0'));
    const before = snapshot();
    expectRefused(ingest(tif), /in\/000_a25d01534798cd06\.tif: TIF 格式的版面图网页无法显示（unsupported image format） — 请另存为 JPEG（000_a25d01534798cd06\.jpg）/, before);
  });

  it('metadata.yaml naming a file that is not there, or a PDF as the image', async () => {
    put(sources(), `${PAGE_A}.pdf`, testPdf());
    fs.writeFileSync(path.join(sources(), 'metadata.yaml'), `${PAGE_A}.txt:\n  image: ${PAGE_A}.jpeg\n`);
    const before = snapshot();
    expectRefused(ingest(), /content\/sources\/metadata\.yaml:2: content\/sources\/ 里没有“000_a25d01534798cd06\.jpeg”这个文件（no such page file） — 请把文件放进/, before);
    fs.writeFileSync(path.join(sources(), 'metadata.yaml'), `${PAGE_A}.txt:\n  image: ${PAGE_A}.pdf\n`);
    const before2 = snapshot();
    expectRefused(ingest(), /metadata\.yaml:2: 版面图 image“000_a25d01534798cd06\.pdf”不是 \.jpg、\.jpeg、\.png 或 \.webp 文件（wrong kind of file）/, before2);
  });
});
