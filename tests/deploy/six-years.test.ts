/**
 * Six years of ten issues, built by parts (each year, then the pages spanning years from the
 * years' summaries, then merged: npm run build-archive) and built whole, with the search index:
 * the two sites are equal file for file; the pages spanning years hold every year (往期回顾,
 * an author's and a column's page); and a search in the browser reaches the first and the last
 * year. The issues are synthesised from the seeds, their front page only, for CI's time
 * (the whole issues were built both ways once: docs/scaling.md, "Six years × 30 issues").
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExclusively, buildSiteInto } from '../helpers/astro-build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { expectSameSite } from '../helpers/same-site.ts';
import { serveSite, type RunningHost } from '../e2e/support/scenario.ts';
import { search } from '../e2e/support/search-page.ts';
import { DEFAULT_SEED, synthesise } from '../../src/synth/synthesise.ts';
import { writeIssues } from '../../src/synth/write.ts';
import { routes } from '../../src/site/routes.ts';

const STARTS = ['2020-11-20', '2021-11-20', '2022-10-20', '2023-11-20', '2024-11-20', '2025-11-20'];
const SITE = { SITE_URL: 'https://dtrb.example.cn', DEPLOY: '1', SEARCH_SHARDS: 'month' };

let scratch: string;
let content: string;
let merged: string;
let whole: string;

beforeAll(() => {
  // Inside the project, so the parts may be built two at a time (build-archive.ts).
  fs.mkdirSync(path.resolve('.archive-tmp'), { recursive: true });
  scratch = fs.mkdtempSync(path.resolve('.archive-tmp/six-years-'));
  content = path.join(scratch, 'content');
  const sources = path.join(content, 'sources');
  for (const start of STARTS) {
    const issues = synthesise({ issues: 10, start, seed: DEFAULT_SEED, seedsDir: path.resolve('content/sources') });
    writeIssues(sources, issues.map((issue) => ({ ...issue, pages: issue.pages.slice(0, 1) })));
  }
  const env = { ...process.env, ...SITE, ARCHIVE_CONTENT_DIR: content };
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts'], { env, encoding: 'utf8' });
  expect(ingest.status, `${ingest.stdout}\n${ingest.stderr}`).toBe(0);
  whole = path.join(scratch, 'whole');
  buildSiteInto(whole, { ...SITE, ARCHIVE_CONTENT_DIR: content });
  merged = path.join(scratch, 'merged');
  const parts = buildExclusively(() =>
    spawnSync(process.execPath, ['scripts/build-archive.ts', '--work', path.join(scratch, 'work'), '--outDir', merged, '--parallel', '2'], { env, encoding: 'utf8' }),
  );
  expect(parts.status, `${parts.stdout}\n${parts.stderr}`).toBe(0);
  expect(parts.stdout).toMatch(/已合成网站 .*7 个部分（本次构建 7 个）.*6 个月的检索索引/);
}, 600_000);
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const read = (rel: string) => fs.readFileSync(path.join(merged, rel), 'utf8');
/** The article ids a page links to. */
const linkedArticles = (html: string) => new Set([...html.matchAll(/href="\/articles\/(\d{4}-\d{2}-\d{2}-\d{2}-\d{2})\/"/g)].map((m) => m[1]));
const exported = () =>
  read('data/articles.jsonl')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; date: string; column: string | null; authors: { name: string }[] });

describe('six years of ten issues by parts', () => {
  it('equal the same archive built in one go, file for file, search index included', () => {
    expectSameSite(merged, whole);
  });

  it('have the pages spanning years hold every year: 往期回顾 and the calendars, an author, a column', () => {
    const articles = exported();
    const years = [...new Set(articles.map((a) => a.date.slice(0, 4)))].sort();
    expect(years).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    const archiveIndex = read('issues/index.html');
    for (const year of years) {
      expect(archiveIndex).toContain(`/issues/${year}/`);
      // The year's calendar links every issue of the year.
      const linked = new Set([...read(`issues/${year}/index.html`).matchAll(/href="\/issues\/(\d{4}-\d{2}-\d{2})\/"/g)].map((m) => m[1]));
      expect(linked).toEqual(new Set(articles.filter((a) => a.date.startsWith(year)).map((a) => a.date)));
    }

    // The author and the column with articles in the most years.
    const spread = <K>(keyOf: (a: (typeof articles)[number]) => K[]) => {
      const byKey = new Map<K, typeof articles>();
      for (const a of articles) for (const key of keyOf(a)) byKey.set(key, [...(byKey.get(key) ?? []), a]);
      const yearsOf = (list: typeof articles) => new Set(list.map((a) => a.date.slice(0, 4))).size;
      return [...byKey].sort((x, y) => yearsOf(y[1]) - yearsOf(x[1]))[0];
    };
    const [author, byAuthor] = spread((a) => a.authors.map((p) => p.name));
    const [column, inColumn] = spread((a) => (a.column ? [a.column] : []));
    expect(new Set(byAuthor.map((a) => a.date.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    expect(new Set(inColumn.map((a) => a.date.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    const page = (route: string) => read(path.join(decodeURIComponent(route), 'index.html'));
    expect(linkedArticles(page(routes.author(author)))).toEqual(new Set(byAuthor.map((a) => a.id)));
    expect(linkedArticles(page(routes.column(column)))).toEqual(new Set(inColumn.map((a) => a.id)));
  });
});

describe('search over the six years, in the browser', () => {
  let server: RunningHost;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serveSite(merged);
    browser = await launchBrowser();
    page = await browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the oldest year’s articles and the newest year’s', { timeout: 60_000 }, async () => {
    const oldest = await search(page, server.url, '大同', { sort: 'oldest' });
    const newest = await search(page, server.url, '大同', { sort: 'newest' });
    expect(oldest.ids[0]?.slice(0, 4)).toBe('2020');
    expect(newest.ids[0]?.slice(0, 4)).toBe('2025');
  });
});
