/**
 * A test archive with page images (版面图) for some pages and not others: the site fixture
 * (tests/fixtures/site-content) copied, with images and PDFs made for the test put in its
 * sources/ and recorded on the page entries exactly as the ingest records them (its own
 * inspectPageImage / inspectPagePdf), then built with Astro under /archive/ as a deploy build.
 *
 *   2025-12-28 第一版 要闻  JPEG 1200×1800 and a PDF
 *   2025-12-28 第三版       nothing (the issue page then shows a plain card for it)
 *   2023-10-23 第一版       WebP 1000×1500, no PDF
 *   2022-01-19 第一版       PNG 800×1200, no PDF
 */
import fs from 'node:fs';
import path from 'node:path';
import { inspectPageImage, inspectPagePdf } from '../../src/ingest/page-files.ts';
import { jsonText } from '../../src/content/write.ts';
import { spawnBuildSync } from './astro-build.ts';
import { testImage, testPdf } from './page-files.ts';

export const IMAGES_SITE = {
  content: path.resolve('.archive-tmp/images-content'),
  dir: path.resolve('.archive-tmp/site-images'),
  cache: path.resolve('.archive-tmp/site-images-cache'),
  base: '/archive/',
  siteUrl: 'https://archive.example.org',
};

const sectionFile = (content: string, id: string) => path.join(content, 'sections', id.slice(0, 4), `${id}.json`);

/** Gives the page entry `id` the page image and/or PDF (bytes written into sources/ under `name`), or takes them away (null). */
export function setPageFiles(content: string, id: string, files: { image?: { name: string; bytes: Buffer } | null; pdf?: { name: string; bytes: Buffer } | null }): void {
  const file = sectionFile(content, id);
  const section = JSON.parse(fs.readFileSync(file, 'utf8'));
  const sources = path.join(content, 'sources');
  fs.mkdirSync(sources, { recursive: true });
  for (const kind of ['image', 'pdf'] as const) {
    const given = files[kind];
    if (given === undefined) continue;
    if (section[kind]) fs.rmSync(path.join(sources, section[kind].file), { force: true });
    delete section[kind];
    if (given === null) continue;
    // Written anew (not in place), as the ingest's commit does: a new file, not the old one changed.
    const target = path.join(sources, given.name);
    fs.rmSync(target, { force: true });
    fs.writeFileSync(target, given.bytes);
    section[kind] = kind === 'image' ? inspectPageImage(given.bytes, given.name, target) : inspectPagePdf(given.bytes, given.name, target);
  }
  fs.writeFileSync(file, jsonText(section));
}

/** Writes the test archive's content tree (a fresh copy each time). */
export async function makeImagesContent(content = IMAGES_SITE.content): Promise<void> {
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync(path.resolve('tests/fixtures/site-content'), content, { recursive: true });
  setPageFiles(content, '2025-12-28-01', {
    image: { name: '000_a25d01534798cd06.jpg', bytes: await testImage('jpeg', { width: 1200, height: 1800, page: 1 }) },
    pdf: { name: '000_a25d01534798cd06.pdf', bytes: testPdf('2025-12-28-01') },
  });
  setPageFiles(content, '2023-10-23-01', { image: { name: '002_36430474e24a552b.webp', bytes: await testImage('webp', { width: 1000, height: 1500, page: 3 }) } });
  setPageFiles(content, '2022-01-19-01', { image: { name: '004_c3113a738babef97.png', bytes: await testImage('png', { width: 800, height: 1200, page: 2 }) } });
}

/** Builds the test archive into IMAGES_SITE.dir with its own Astro cache (kept, so a second build is the daily job's); gives the build's output. Throws with it when the build fails. */
export function buildImagesSite(options: { fresh?: boolean } = {}): string {
  if (options.fresh) {
    fs.rmSync(IMAGES_SITE.dir, { recursive: true, force: true });
    fs.rmSync(IMAGES_SITE.cache, { recursive: true, force: true });
  }
  const built = spawnBuildSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', IMAGES_SITE.dir], {
    env: {
      // Not the variables vitest sets for the test's own code (BASE_URL would override the base path).
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k))),
      ARCHIVE_CONTENT_DIR: IMAGES_SITE.content,
      BASE_PATH: IMAGES_SITE.base,
      SITE_URL: IMAGES_SITE.siteUrl,
      DEPLOY: '1',
      ASTRO_CACHE_DIR: IMAGES_SITE.cache,
    },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`building the test archive with page images failed:\n${built.stdout}\n${built.stderr}`);
  return `${built.stdout}${built.stderr}`;
}
