/**
 * 版面图 on the built site: a test archive with page images and PDFs for some pages and not
 * others (tests/helpers/images-site.ts: images made with sharp, a hand-written PDF), built under
 * /archive/ as a deploy build. The pages as built (the image's sizes made as WebP by Astro's
 * pipeline, alt text, the full image and PDF at their stable addresses, /data/issues.json);
 * then in Chromium at 375 px (a phone, 2× screen) and 1280 px, with screenshots in screenshots/;
 * then the daily job's second build after an image is replaced and another taken away.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/check/links.ts';
import { readArchive } from '../../src/content/archive.ts';
import { pageImageAlt } from '../../src/site/page-files.ts';
import { screenshot, seriousAxeViolations } from '../helpers/browser.ts';
import { buildImagesSite, IMAGES_SITE, makeImagesContent, setPageFiles } from '../helpers/images-site.ts';
import { testImage } from '../helpers/page-files.ts';
import { openScenario, type Scenario } from './support/scenario.ts';

const site = (rel: string) => path.join(IMAGES_SITE.dir, rel);
const html = (rel: string) => fs.readFileSync(site(`${rel}index.html`), 'utf8');
const source = (name: string) => fs.readFileSync(path.join(IMAGES_SITE.content, 'sources', name));

/** The `<img>` tags of a page fragment: src, srcset (url → width) and alt. */
function images(fragment: string): { src: string; srcset: Map<string, number>; alt: string }[] {
  return [...fragment.matchAll(/<img\b[^>]*>/g)].map(([tag]) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
    const srcset = new Map(attr('srcset').split(', ').filter(Boolean).map((part) => {
      const [url, w] = part.split(' ');
      return [url, Number(w.replace('w', ''))] as const;
    }));
    return { src: attr('src'), srcset, alt: attr('alt') };
  });
}
const figureOf = (page: string) => /<figure class="page-image"[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';
const stripOf = (page: string) => /<nav class="page-strip"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
/** A site URL (under /archive/) as a file of the built site. */
const fileOf = (url: string) => site(decodeURI(url).replace(/^\/archive\//, ''));

let buildLog = '';
beforeAll(async () => {
  await makeImagesContent();
  buildLog = buildImagesSite({ fresh: true });
}, 900_000);

describe('the pages as built', () => {
  it('the 版 page shows its image in WebP sizes up to its own width, named by paper, date and page, linked to the full image; and its PDF', async () => {
    const archive = readArchive(IMAGES_SITE.content);
    const page = html('issues/2025-12-28/01/');
    const figure = figureOf(page);
    const [img] = images(figure);
    expect(img.alt).toBe('《大同日报》2025年12月28日 第一版 要闻 版面图');
    expect(img.alt).toBe(pageImageAlt('2025-12-28', archive.sectionById.get('2025-12-28-01')!));
    expect([...img.srcset.values()]).toEqual([640, 1024]);
    expect(figure).toMatch(/loading="lazy"/);
    for (const [url, width] of img.srcset) {
      const meta = await sharp(fs.readFileSync(fileOf(url))).metadata();
      expect([meta.format, meta.width, meta.height], url).toEqual(['webp', width, width * 1.5]);
    }
    expect(img.srcset.has(img.src)).toBe(true);
    // the full image and the PDF, at their stable addresses, byte for byte the files given
    expect(figure).toContain('href="/archive/issues/2025-12-28/01/dtrb-2025-12-28-01.jpg"');
    expect(fs.readFileSync(site('issues/2025-12-28/01/dtrb-2025-12-28-01.jpg')).equals(source('000_a25d01534798cd06.jpg'))).toBe(true);
    expect(figure).toMatch(/<a href="\/archive\/issues\/2025-12-28\/01\/dtrb-2025-12-28-01\.pdf" download="大同日报-2025-12-28-第一版\.pdf" type="application\/pdf"[^>]*>下载本版 PDF/);
    expect(fs.readFileSync(site('issues/2025-12-28/01/dtrb-2025-12-28-01.pdf')).equals(source('000_a25d01534798cd06.pdf'))).toBe(true);
  });

  it('a 版 page without them is as before; a WebP page without a PDF offers none', () => {
    expect(html('issues/2025-12-28/03/')).not.toContain('<figure class="page-image"');
    expect(html('issues/2025-12-28/03/')).not.toContain('.webp');
    const webp = figureOf(html('issues/2023-10-23/01/'));
    expect(images(webp)[0].alt).toBe('《大同日报》2023年10月23日 第一版 版面图');
    expect([...images(webp)[0].srcset.values()]).toEqual([640, 1000]);
    expect(webp).toContain('dtrb-2023-10-23-01.webp');
    expect(webp).not.toContain('.pdf');
    expect(webp).toContain('aria-label="版面图"');
  });

  it('the issue page has a strip of thumbnails as 版面导航, a plain card for a page without an image', () => {
    const strip = stripOf(html('issues/2025-12-28/'));
    expect(strip).toContain('aria-label="版面导航（版面图）"');
    const thumbs = images(strip);
    expect(thumbs).toHaveLength(1);
    expect([...thumbs[0].srcset.values()]).toEqual([320]);
    expect(strip).toMatch(/href="\/archive\/issues\/2025-12-28\/01\/"[\s\S]*第一版 要闻/);
    expect(strip).toMatch(/href="\/archive\/issues\/2025-12-28\/03\/"[\s\S]*无版面图[\s\S]*第三版/);
  });

  it('the article page links to its page image and offers the PDF; an article of a page without them does not', () => {
    const article = html('articles/2025-12-28-01-01/');
    expect(article).toMatch(/<a class="article-page-files__thumb" href="\/archive\/issues\/2025-12-28\/01\/#page-image"/);
    expect(article).toMatch(/href="\/archive\/issues\/2025-12-28\/01\/dtrb-2025-12-28-01\.pdf" download="大同日报-2025-12-28-第一版\.pdf"/);
    // the thumbnail is the issue strip's: the same files, made once
    expect(images(article.match(/<div class="article-page-files[\s\S]*?<\/div>/)![0])[0].src).toBe(images(stripOf(html('issues/2025-12-28/')))[0].src);
    const third = readArchive(IMAGES_SITE.content).articlesBySection.get('2025-12-28-03')![0];
    expect(html(`articles/${third.id}/`)).not.toContain('<div class="article-page-files"');
  });

  it('/data/issues.json lists each page’s image and PDF address (null where there is none); every link of the site resolves', () => {
    const issues = JSON.parse(fs.readFileSync(site('data/issues.json'), 'utf8')) as { id: string; pageFiles: { page: number; image: { url: string; width: number } | null; pdf: { url: string } | null }[] }[];
    const day = issues.find((i) => i.id === '2025-12-28')!;
    expect(day.pageFiles.map((p) => [p.page, p.image?.url ?? null, p.pdf?.url ?? null])).toEqual([
      [1, '/archive/issues/2025-12-28/01/dtrb-2025-12-28-01.jpg', '/archive/issues/2025-12-28/01/dtrb-2025-12-28-01.pdf'],
      [3, null, null],
    ]);
    for (const issue of issues) for (const p of issue.pageFiles) for (const f of [p.image, p.pdf]) if (f) expect(fs.existsSync(fileOf(f.url)), f.url).toBe(true);
    expect(checkLinks(IMAGES_SITE.dir, IMAGES_SITE.base).problems).toEqual([]);
  });
});

describe.each([
  ['375', { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, 1024],
  ['1280', { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 }, 640],
] as const)('in the browser at %s px', (width, context, expectedWidth) => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await openScenario(IMAGES_SITE.dir, { base: IMAGES_SITE.base });
  });
  afterAll(async () => {
    await scenario?.close();
  });

  it('the issue page’s strip leads to the 版 page, whose image loads at a size for the screen and opens full size', async () => {
    const page = await scenario.open('issues/2025-12-28/', { ...context });
    const strip = page.getByRole('navigation', { name: '版面导航（版面图）' });
    const thumb = strip.locator('img').first();
    await thumb.scrollIntoViewIfNeeded();
    await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(await thumb.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/\.webp$/);
    expect(await strip.getByText('无版面图').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, `page-images-issue-${width}`);

    await strip.getByRole('link', { name: /第一版 要闻/ }).click();
    await page.waitForURL(/\/issues\/2025-12-28\/01\/$/);
    const img = page.getByRole('img', { name: '《大同日报》2025年12月28日 第一版 要闻 版面图' });
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    // the browser picks the size its screen needs from the srcset
    const srcset = images(await page.locator('#page-image').evaluate((e) => e.outerHTML))[0].srcset;
    const picked = await img.evaluate((i: HTMLImageElement) => new URL(i.currentSrc).pathname);
    expect(srcset.get(picked)).toBe(expectedWidth);
    const box = (await img.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(Number(width));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    if (width === '1280') {
      // beside the article list, not above it
      const list = (await page.locator('main .article-list').first().boundingBox())!;
      expect(box.x).toBeGreaterThan(list.x + list.width / 2);
      expect(box.y).toBeLessThan(list.y + 200);
    }
    // two-finger zoom is not switched off, on the page or the image
    expect(await page.getAttribute('meta[name="viewport"]', 'content')).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/);
    expect(await img.evaluate((i) => getComputedStyle(i).touchAction)).toBe('auto');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `page-images-page-${width}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // the full image, and the PDF, as the host serves them
    const full = await page.request.get(await page.getByRole('link', { name: /查看原图/ }).evaluate((a: HTMLAnchorElement) => a.href));
    expect(full.headers()['content-type']).toBe('image/jpeg');
    expect(Buffer.from(await full.body()).equals(source('000_a25d01534798cd06.jpg'))).toBe(true);
    const pdfLink = page.getByRole('link', { name: /下载本版 PDF/ });
    const pdf = await page.request.get(await pdfLink.evaluate((a: HTMLAnchorElement) => a.href));
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.text()).startsWith('%PDF-1.4')).toBe(true);

    await page.getByRole('link', { name: /查看原图/ }).click();
    await page.waitForURL(/dtrb-2025-12-28-01\.jpg$/);
    expect(await page.evaluate(() => (document.querySelector('img') as HTMLImageElement).naturalWidth)).toBe(1200);
    await page.close();
    expect(scenario.problems).toEqual([]);
  });

  it('the article page shows its page’s thumbnail and PDF', async () => {
    const page = await scenario.open('articles/2025-12-28-01-01/', { ...context });
    const thumb = page.locator('.article-page-files img');
    // The thumbnail loads lazily: bring it into view, and give a busy machine time to decode it.
    await thumb.scrollIntoViewIfNeeded();
    await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /下载第一版 PDF/ }).isVisible()).toBe(true);
    await screenshot(page, `page-images-article-${width}`);
    await page.getByRole('link', { name: '查看第一版版面图' }).click();
    await page.waitForURL(/\/issues\/2025-12-28\/01\/#page-image$/);
    expect(await page.locator('#page-image').isVisible()).toBe(true);
    await page.close();
    expect(scenario.problems).toEqual([]);
  });
});

describe('the next build (the daily job, cache and dist/ kept)', () => {
  it('a replaced image gets new sizes, a page image taken away leaves nothing behind (nor a strip on its issue page), unchanged sizes come from the cache', async () => {
    const before = images(figureOf(html('issues/2025-12-28/01/')))[0];
    const oldSizes = [...before.srcset.keys()];
    // the page's image files (its text, dtrb-….txt, stays: source-texts.ts)
    const webpFiles = () => fs.readdirSync(site('issues/2023-10-23/01/')).filter((n) => n.startsWith('dtrb-') && !n.endsWith('.txt'));
    expect(webpFiles().length).toBeGreaterThan(1);

    // a better scan of the same size replaces the first page's; the WebP of 2023-10-23 is taken away
    const replacement = await testImage('jpeg', { width: 1200, height: 1800, page: 4 });
    setPageFiles(IMAGES_SITE.content, '2025-12-28-01', { image: { name: '000_a25d01534798cd06.jpg', bytes: replacement } });
    setPageFiles(IMAGES_SITE.content, '2023-10-23-01', { image: null });
    const log = buildImagesSite();

    const after = images(figureOf(html('issues/2025-12-28/01/')))[0];
    expect([...after.srcset.values()]).toEqual([640, 1024]);
    for (const url of after.srcset.keys()) expect(oldSizes).not.toContain(url);
    for (const url of oldSizes) expect(fs.existsSync(fileOf(url)), url).toBe(false);
    expect(fs.readFileSync(site('issues/2025-12-28/01/dtrb-2025-12-28-01.jpg')).equals(replacement)).toBe(true);
    // the new 1024 px size is the new picture: it matches the replacement scaled, not the old one
    const resized = await sharp(fs.readFileSync(fileOf([...after.srcset].find(([, w]) => w === 1024)![0]))).resize(60, 90).raw().toBuffer();
    const expected = await sharp(replacement).resize(60, 90).raw().toBuffer();
    const diff = resized.reduce((sum, v, i) => sum + Math.abs(v - expected[i]), 0) / resized.length;
    expect(diff).toBeLessThan(12);

    expect(webpFiles()).toEqual([]);
    expect(html('issues/2023-10-23/01/')).not.toContain('<figure class="page-image"');
    expect(html('issues/2023-10-23/')).not.toContain('<nav class="page-strip"');
    expect(checkLinks(IMAGES_SITE.dir, IMAGES_SITE.base).problems).toEqual([]);
    // every page file left in dist/ is one the site uses
    const used = new Set<string>();
    for (const entry of fs.readdirSync(IMAGES_SITE.dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.html')) for (const m of fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').matchAll(/\/archive\/(issues\/[^"\s]+?\/dtrb-[^"\s]+?\.(?:webp|jpg|png|pdf|txt))/g)) used.add(m[1]);
    }
    const present = fs.readdirSync(site('issues'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.startsWith('dtrb-')).map((e) => path.relative(IMAGES_SITE.dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    expect(present.filter((p) => !used.has(p))).toEqual([]);
    // the first build made every size; the second took the unchanged PNG page's from the cache
    const sizesLogged = (text: string, page: string) => text.split('\n').filter((l) => l.includes(`/dtrb-${page}_`));
    // 640 and 800 (its own width) for the 版 page, 320 for thumbnails
    expect(sizesLogged(buildLog, '2022-01-19-01')).toHaveLength(3);
    expect(sizesLogged(buildLog, '2022-01-19-01').every((l) => l.includes('(before:'))).toBe(true);
    expect(sizesLogged(log, '2022-01-19-01')).toHaveLength(3);
    expect(sizesLogged(log, '2022-01-19-01').every((l) => l.includes('(reused cache entry)'))).toBe(true);
    expect(sizesLogged(log, '2025-12-28-01').every((l) => l.includes('(before:'))).toBe(true);
    // what the build's own steps print is Chinese, like the rest of its lines
    const ownLines = (text: string) => text.split('\n').filter((l) => /\[(page-files|source-texts|prune-stale-pages)\]/.test(l));
    expect(ownLines(buildLog + log).some((l) => l.includes('[page-files]') && l.includes('图片缓存'))).toBe(true);
    expect(ownLines(buildLog + log).filter((l) => !/\p{Script=Han}/u.test(l))).toEqual([]);
  });
});
