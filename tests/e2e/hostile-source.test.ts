/**
 * Hostile text end to end: a page whose source text carries <script> and <img onerror> is
 * ingested and built like any other; in Chromium, under the strict Content-Security-Policy of
 * docs/deploy.md, the markup reads as text on the article page and in search results, no
 * dialog opens, nothing from the source runs, and the browser reports no CSP violation.
 * A second page hides a phrase behind invisible characters (zero-width space, soft hyphen, word
 * joiner, zero-width joiner) and puts a RIGHT-TO-LEFT OVERRIDE in its headline: every character
 * is kept, search and ?hl= find the phrase, the override reorders nothing, and the ingest
 * report says where each one stands.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { spawnBuildSync } from '../helpers/astro-build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { search } from './support/search-page.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const SOURCE = [
  `冰雪${SCRIPT}标题测试`,
  '',
  `本报讯（记者 郑苗苗）12月27日，冰雪季开幕${IMG}，现场*强调*与[链接](x)和{表达式}|表格。`,
  '',
  `${SCRIPT}第二段写到冰雪运动的魅力。`,
  '',
].join('\n');

const RLO = '\u202E';
/** Made-up text: a phrase broken by four kinds of invisible character, an override in the headline. */
const INVISIBLE = [
  `冰雪文化节开幕${RLO}式盛大举行`,
  '',
  '本报讯（记者 郑苗苗）12月27日，冰\u200B雪文化节在市体育中心开幕。',
  '',
  '冰\u00AD雪文化吸引了众多游客，冰\u2060雪文化活动将持续一个月。',
  '',
  '主办方表示，冰\u200D雪文化将成为城市的新名片。',
  '',
].join('\n');

let scratch: string;
let ingestReport: string;
let server: RunningHost;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const violations: string[] = [];

function run(args: string[], env: Record<string, string>): string {
  const result = spawnBuildSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

beforeAll(async () => {
  fs.mkdirSync(path.resolve('.archive-tmp'), { recursive: true });
  scratch = fs.mkdtempSync(path.resolve('.archive-tmp/hostile-'));
  const content = path.join(scratch, 'content');
  fs.mkdirSync(path.join(content, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(content, 'sources', 'hostile.txt'), SOURCE);
  fs.writeFileSync(path.join(content, 'sources', 'invisible.txt'), INVISIBLE);
  fs.writeFileSync(path.join(content, 'sources', 'metadata.yaml'), 'hostile.txt:\n  date: 2025-12-28\n  page: 1\ninvisible.txt:\n  date: 2025-12-28\n  page: 2\n');
  const env = { ARCHIVE_CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(scratch, 'cache'), BASE_PATH: '/' };
  ingestReport = run([path.resolve('scripts/ingest.ts')], env);
  run([path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.join(scratch, 'dist')], env);
  server = await serveSite(path.join(scratch, 'dist'));
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation')) violations.push(m.text());
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('a source with markup in it', () => {
  it('reads as text on its article page, runs nothing, and breaks no CSP rule', async () => {
    await page.goto(`${server.url}articles/2025-12-28-01-01/`);
    expect(await page.locator('h1').first().textContent()).toContain(`冰雪${SCRIPT}标题测试`);
    const body = await page.locator('.article-body').textContent();
    expect(body).toContain(`冰雪季开幕${IMG}，现场*强调*与[链接](x)和{表达式}|表格。`);
    expect(body).toContain(`${SCRIPT}第二段`);
    expect(await page.locator('.article-body script, .article-body img, article em, article a[href="x"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('reads as text in search results, with no dialog and no CSP violation on the search page', async () => {
    const got = await search(page, server.url, '冰雪');
    expect(got.ids).toContain('2025-12-28-01-01');
    expect(await page.locator('.search-results').textContent()).toContain(SCRIPT);
    expect(await page.locator('.search-results script, .search-results img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
  });
});

describe('invisible and direction characters', () => {
  it('are kept in the entry, character for character', () => {
    const entry = fs.readFileSync(path.join(scratch, 'content', 'articles', '2025', '2025-12-28', '02-01.md'), 'utf8');
    for (const c of ['\u200B', '\u00AD', '\u2060', '\u200D', RLO]) expect(entry).toContain(c);
  });

  it('are listed in the ingest report with line and column', () => {
    expect(ingestReport).toMatch(/方向控制字符（网站上已隔离，不会改变其他文字的显示顺序） U\+202E 从右到左强制 RIGHT-TO-LEFT OVERRIDE：第 1 行第 8 字/);
    expect(ingestReport).toMatch(/不可见字符（检索时忽略） U\+200B 零宽空格 ZERO WIDTH SPACE：第 3 行第 \d+ 字/);
    expect(ingestReport).toMatch(/U\+00AD 软连字符 SOFT HYPHEN：第 5 行第 2 字/);
    expect(ingestReport).toMatch(/U\+2060 词连接符 WORD JOINER：第 5 行/);
    expect(ingestReport).toMatch(/U\+200D 零宽连字 ZERO WIDTH JOINER：第 7 行/);
  });

  it('do not hide the phrase from search', async () => {
    const got = await search(page, server.url, '冰雪文化');
    expect(got.ids).toContain('2025-12-28-02-01');
  });

  it('do not hide it from ?hl= highlighting: every occurrence is marked', async () => {
    await page.goto(`${server.url}articles/2025-12-28-02-01/?hl=${encodeURIComponent('冰雪文化')}`);
    await page.waitForSelector('mark.search-hit');
    const marks = await page.locator('.article-body mark.search-hit').allTextContents();
    expect(marks.map((m) => m.replace(/[\u200B\u00AD\u2060\u200D]/g, ''))).toEqual(['冰雪文化', '冰雪文化', '冰雪文化', '冰雪文化']);
    expect(await page.locator('h1 mark.search-hit').count()).toBe(1);
  });

  it('an override in the headline is isolated: the text after it reads in order', async () => {
    await page.goto(`${server.url}articles/2025-12-28-02-01/`);
    const h1 = page.locator('h1').first();
    expect(await h1.textContent()).toContain(`开幕${RLO}式盛大举行`);
    expect(await h1.locator('bdi.bidi-control').count()).toBe(1);
    // Left-to-right on screen: each character after the override stands to the right of the one before.
    const xs = await h1.evaluate((el) => {
      const text = el.querySelector('bdi.bidi-control')!.nextSibling as Text;
      return [...text.data].map((_, i) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      });
    });
    expect(xs.length).toBe('式盛大举行'.length);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    expect(await page.title()).toContain(`\u2068${RLO}\u2069`);
    expect(violations).toEqual([]);
  });
});
