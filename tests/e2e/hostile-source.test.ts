/**
 * Hostile text end to end: a page whose source text carries <script> and <img onerror> is
 * ingested and built like any other; in Chromium, under the strict Content-Security-Policy of
 * docs/deploy.md, the markup reads as text on the article page and in search results, no
 * dialog opens, nothing from the source runs, and the browser reports no CSP violation.
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

let scratch: string;
let server: RunningHost;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const violations: string[] = [];

function run(args: string[], env: Record<string, string>) {
  const result = spawnBuildSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

beforeAll(async () => {
  fs.mkdirSync(path.resolve('.archive-tmp'), { recursive: true });
  scratch = fs.mkdtempSync(path.resolve('.archive-tmp/hostile-'));
  const content = path.join(scratch, 'content');
  fs.mkdirSync(path.join(content, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(content, 'sources', 'hostile.txt'), SOURCE);
  fs.writeFileSync(path.join(content, 'sources', 'metadata.yaml'), 'hostile.txt:\n  date: 2025-12-28\n  page: 1\n');
  const env = { ARCHIVE_CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(scratch, 'cache'), BASE_PATH: '/' };
  run([path.resolve('scripts/ingest.ts')], env);
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
