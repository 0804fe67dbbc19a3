/**
 * Page images for synthetic pages (src/synth/images.ts): a JPEG beside every page, one the
 * ingest takes as a page image, different for every page, the same bytes every time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPageImage } from '../../src/ingest/page-files.ts';
import { writePageImages } from '../../src/synth/images.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-synth-images-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('synthetic page images', () => {
  it('one JPEG per page, taken by the ingest, every page its own, the same bytes again, none written twice', async () => {
    const files = ['dtrb-20240101-01.txt', 'dtrb-20240101-02.txt', 'dtrb-20240102-01.txt'];
    expect(await writePageImages(dir, files, { width: 300, height: 450 })).toBe(3);
    const digests = files.map((f) => inspectPageImage(fs.readFileSync(path.join(dir, f.replace('.txt', '.jpg'))), f.replace('.txt', '.jpg'), f));
    expect(digests.map((d) => [d.format, d.width, d.height])).toEqual(files.map(() => ['jpeg', 300, 450]));
    expect(new Set(digests.map((d) => d.sha256)).size).toBe(3);
    expect(await writePageImages(dir, files, { width: 300, height: 450 })).toBe(0);
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-synth-images-'));
    await writePageImages(again, files.slice(0, 1), { width: 300, height: 450 });
    expect(fs.readFileSync(path.join(again, 'dtrb-20240101-01.jpg')).equals(fs.readFileSync(path.join(dir, 'dtrb-20240101-01.jpg')))).toBe(true);
    fs.rmSync(again, { recursive: true, force: true });
  });
});
