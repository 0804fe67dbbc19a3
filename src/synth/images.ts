/**
 * Page images (版面图) for synthetic pages, for measuring the site with an image per page
 * (`npm run synth -- --images`, `npm run bench -- --images`): a JPEG beside each page's text
 * (same base name), drawn, never scanned — a masthead band, columns of grey lines in one of a
 * few layouts, with the grain of newsprint, and a band of marks that differs for every page, so no two images are the same
 * file (the build makes and caches the sizes of each). The same page always gets the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** A synthetic page image's size: about what a newsroom exports for the web (a 300 dpi scan would be some 3,500×5,500). */
export const SYNTH_IMAGE_WIDTH = 1200;
export const SYNTH_IMAGE_HEIGHT = 1800;
const LAYOUTS = 4;

/** One layout drawn: columns of lines whose lengths vary, on newsprint colour. */
function layoutSvg(width: number, height: number, layout: number): string {
  const columns = 3 + (layout % 3);
  const gap = Math.round(width * 0.03);
  const colWidth = (width - gap * (columns + 1)) / columns;
  const line = Math.max(4, Math.round(height / 110));
  const shapes: string[] = [`<rect width="100%" height="100%" fill="#f3efe4"/>`, `<rect x="${gap}" y="${gap}" width="${width - 2 * gap}" height="${Math.round(height * 0.09)}" fill="#9e1b1b"/>`];
  for (let c = 0; c < columns; c++) {
    for (let y = Math.round(height * 0.16), k = 0; y < height * 0.96; y += line * 2, k++) {
      const headline = (k + c * 5 + layout) % 23 === 0;
      const short = ((k * 7 + c * 3 + layout) % 9) / 25;
      shapes.push(`<rect x="${(gap + c * (colWidth + gap)).toFixed(1)}" y="${y}" width="${(colWidth * (1 - short)).toFixed(1)}" height="${headline ? line * 2 : line}" fill="${headline ? '#222' : '#666'}"/>`);
      if (headline) y += line * 2;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}</svg>`;
}

/**
 * Newsprint grain, in place on RGB pixels: each pixel lightened or darkened by up to 12 from a
 * fixed sequence, so the JPEG carries detail as a scanned page does (a flat drawing would
 * compress to a few KB and cost the build far less than a real page).
 */
function grain(pixels: Buffer, seed: number): void {
  let state = seed * 2654435761;
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const d = ((state >>> 24) % 25) - 12;
    for (let c = 0; c < 3; c++) pixels[i + c] = Math.max(0, Math.min(255, pixels[i + c] + d));
  }
}

/**
 * Writes `<stem>.jpg` beside each `files` (page text names) in `dir` that has none yet. Gives
 * how many were written. The layouts are drawn once; each page then gets its own band of marks
 * (from a digest of its file name) and is encoded as a JPEG.
 */
export async function writePageImages(dir: string, files: string[], size = { width: SYNTH_IMAGE_WIDTH, height: SYNTH_IMAGE_HEIGHT }): Promise<number> {
  const { width, height } = size;
  const layouts = await Promise.all(
    Array.from({ length: LAYOUTS }, async (_, i) => {
      const drawn = await sharp(Buffer.from(layoutSvg(width, height, i))).flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
      grain(drawn.data, i + 1);
      return drawn;
    }),
  );
  let written = 0;
  for (const file of files) {
    const target = path.join(dir, `${file.replace(/\.txt$/, '')}.jpg`);
    if (existsSync(target)) continue;
    const digest = createHash('sha256').update(file).digest();
    const base = layouts[digest[0] % LAYOUTS];
    // 32 marks across the masthead band, each on or off by one bit of the digest.
    const mark = Math.floor((width - 64) / 32);
    const marks = Array.from({ length: 32 }, (_, i) =>
      (digest[1 + (i >> 3)] >> (i & 7)) & 1 ? `<rect x="${32 + i * mark}" y="4" width="${mark - 4}" height="12" fill="#fff"/>` : '',
    ).join('');
    const band = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20">${marks}</svg>`);
    const jpeg = await sharp(base.data, { raw: base.info })
      .composite([{ input: band, top: Math.round(height * 0.02), left: 0 }])
      .jpeg({ quality: 80 })
      .toBuffer();
    writeFileSync(target, jpeg);
    written++;
  }
  return written;
}
