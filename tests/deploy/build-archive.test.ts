/**
 * A build by parts (npm run build-archive: each year's pages and the pages spanning years built
 * apart, then merged; src/site/build-part.ts, src/deploy/merge-parts.ts) must give, file for file,
 * the site one build of the whole archive gives: on the fixture tree of three years (every part
 * on one machine), again after a correction (each part built alone, then merged, as the CI
 * workflow's runners do: only the parts that show it are built), and on six years of thirty
 * issues. And the merge refuses parts that overlap.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExclusively, buildSiteInto } from '../helpers/astro-build.ts';
import { mergeParts, MergeError } from '../../src/deploy/merge-parts.ts';
import { partInputs } from '../../src/deploy/part-inputs.ts';
import { issueDatesRead, partWrites, yearOfOutput } from '../../src/site/build-part.ts';
import { buildPart } from '../../src/config.ts';
import { repeatArchive } from '../../src/synth/repeat.ts';
import { ONE_PAGE_UP_TO } from '../../src/site/year-pages.ts';

const FIXTURE = path.resolve('tests/fixtures/site-content');
const CORRECTED = 'articles/2022/2022-01-19/01-03.md';
const SITE = { BASE_PATH: '/dt/', SITE_URL: 'https://dtrb.example.cn', DEPLOY: '1', SEARCH_SHARDS: 'month' };

let scratch: string;
beforeAll(() => {
  // Inside the project, so the parts may be built two at a time (build-archive.ts).
  fs.mkdirSync(path.resolve('.archive-tmp'), { recursive: true });
  scratch = fs.mkdtempSync(path.resolve('.archive-tmp/build-archive-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Relative path → bytes of every file under `dir`. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full, 'latin1'));
  }
  return out;
}

function buildArchive(content: string, args: string[], work = path.join(scratch, 'work'), env: Record<string, string> = {}): string {
  const run = buildExclusively(() =>
    spawnSync(process.execPath, ['scripts/build-archive.ts', '--work', work, ...args], {
      env: { ...process.env, ...SITE, ...env, ARCHIVE_CONTENT_DIR: content },
      encoding: 'utf8',
    }),
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

/** On one machine: every part built, two at a time, then merged. */
const buildByParts = (content: string, out: string) => buildArchive(content, ['--outDir', out, '--parallel', '2']);

/** The parts the last buildByRunners built again (not kept as they were). */
let rebuilt: string[] = [];

/** As the CI workflow does it: the parts listed, each built on its own (a runner each), then merged. */
function buildByRunners(content: string, out: string): string {
  const parts = JSON.parse(buildArchive(content, ['--list'])) as string[];
  rebuilt = [];
  for (const part of parts) {
    const log = buildArchive(content, ['--part', part]);
    expect(log).toContain(`已构建 ${part}`);
    if (!log.includes('未变，沿用')) rebuilt.push(part);
  }
  return buildArchive(content, ['--merge', '--outDir', out]);
}

function expectSameSite(actual: string, expected: string): void {
  const got = files(actual);
  const want = files(expected);
  expect({
    extra: [...got.keys()].filter((f) => !want.has(f)).sort(),
    missing: [...want.keys()].filter((f) => !got.has(f)).sort(),
    differing: [...want.keys()].filter((f) => got.has(f) && got.get(f) !== want.get(f)).sort(),
  }).toEqual({ extra: [], missing: [], differing: [] });
}

describe('a build by parts', () => {
  it('equals the whole build, and again after a correction rebuilds only the parts that show it', { timeout: 600_000 }, () => {
    const content = path.join(scratch, 'content');
    fs.cpSync(FIXTURE, content, { recursive: true });
    const merged = path.join(scratch, 'merged');
    const whole = path.join(scratch, 'whole');
    // Every part on one machine, two at a time: the pages spanning years, and 2022, 2023 and 2025
    // (2024 has no issue).
    expect(buildByParts(content, merged)).toMatch(/已合成网站 .*4 个部分（本次构建 4 个）/);
    buildSiteInto(whole, { ...SITE, ARCHIVE_CONTENT_DIR: content });
    expectSameSite(merged, whole);
    const site = files(merged);
    for (const page of ['articles/2022-01-19-01-01/index.html', 'issues/2023-10-23/01/index.html', 'issues/2025-12-28/index.html', 'issues/2025/index.html', 'index.html', 'data/articles.jsonl', 'topics/index.html']) {
      expect(site.has(page), page).toBe(true);
    }
    const sitemap = Buffer.from(site.get('sitemap.xml')!, 'latin1').toString('utf8');
    expect(sitemap).toContain('https://dtrb.example.cn/dt/articles/2022-01-19-01-01/');
    expect(sitemap).toContain('https://dtrb.example.cn/dt/issues/2025-12-28/');

    // An editor corrects a headline of 2022. Each part is built on its own, then merged, as the
    // CI workflow's runners do: 2022's part, 2023's (whose 上一期 is that issue) and the pages
    // spanning years are built again; 2025's inputs are unchanged, so it is kept.
    const corrected = path.join(content, CORRECTED);
    fs.writeFileSync(corrected, fs.readFileSync(corrected, 'utf8').replace('工作专班第一次会议"', '工作专班首次会议"\ncorrected: "2026-12-01"'));
    expect(buildByRunners(content, merged)).toMatch(/已合成网站 .*4 个部分/);
    expect(rebuilt.sort()).toEqual(['2022', '2023', 'archive-wide']);
    buildSiteInto(whole, { ...SITE, ARCHIVE_CONTENT_DIR: content });
    expectSameSite(merged, whole);
    expect(Buffer.from(files(merged).get('articles/2022-01-19-01-03/index.html')!, 'latin1').toString('utf8')).toContain('工作专班首次会议');
  });
});

describe('six years of thirty issues', () => {
  it('built by parts equals the whole build, page for page', { timeout: 600_000 }, () => {
    // The seed pages' issues repeated on 1–30 December of 2020 to 2025: each year's first issue
    // is the 上一期 of none of its own, and its neighbour a year away.
    const dates = [2020, 2021, 2022, 2023, 2024, 2025].flatMap((year) => Array.from({ length: 30 }, (_, d) => `${year}-12-${String(d + 1).padStart(2, '0')}`));
    const content = path.join(scratch, 'six-years');
    repeatArchive(path.resolve('content'), content, dates.length, dates);
    // Every article under one column: more than a page holds, so its list goes by year
    // (src/site/year-pages.ts), a page per year made by the archive-wide part.
    let articles = 0;
    for (const entry of fs.readdirSync(path.join(content, 'articles'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^column: .*$/m, 'column: "每日时评"'));
      articles++;
    }
    expect(articles).toBeGreaterThan(ONE_PAGE_UP_TO);
    const merged = path.join(scratch, 'six-merged');
    const whole = path.join(scratch, 'six-whole');
    // Without the search index, which the three-year test above merges: this one is about the pages.
    const noIndex = { SEARCH_INDEX: 'skip' };
    expect(buildArchive(content, ['--outDir', merged, '--parallel', '2'], path.join(scratch, 'six-work'), noIndex)).toMatch(/已合成网站 .*7 个部分（本次构建 7 个）/);
    buildSiteInto(whole, { ...SITE, ...noIndex, ARCHIVE_CONTENT_DIR: content });
    expectSameSite(merged, whole);
    const site = files(merged);
    for (const year of ['2020', '2025']) expect(site.has(`issues/${year}-12-30/index.html`), year).toBe(true);
    // 2021's first issue leads back to 2020's last, across the parts.
    const utf8 = (rel: string) => Buffer.from(site.get(rel)!, 'latin1').toString('utf8');
    expect(utf8('issues/2021-12-01/index.html')).toContain('/dt/issues/2020-12-30/');
    // The column's page shows its newest year and links every year's page, which lists that year's.
    const column = encodeURIComponent('每日时评');
    const main = utf8('columns/每日时评/index.html');
    for (const year of ['2020', '2023', '2025']) expect(main).toContain(`/dt/columns/${column}/${year}/`);
    expect(main.match(/class="article-list"/g)).toHaveLength(1);
    const y2023 = utf8('columns/每日时评/2023/index.html');
    expect(y2023).toContain('aria-current="page">2023年');
    expect(y2023).toContain('/dt/articles/2023-12-30-');
    expect(y2023).not.toContain('/dt/articles/2024-');
  });
});

describe('which part writes which file', () => {
  it('gives dated pages, their downloads and months to their year, the rest to the archive-wide part', () => {
    expect(yearOfOutput('issues/2024-03-01/index.html')).toBe(2024);
    expect(yearOfOutput('issues/2024-03-01/02/dtrb-2024-03-01-02.jpg')).toBe(2024);
    expect(yearOfOutput('articles/2023-10-23-01-01/cite.ris')).toBe(2023);
    expect(yearOfOutput('pagefind/2025-12/pagefind-entry.json')).toBe(2025);
    for (const rel of ['index.html', 'issues/index.html', 'issues/2024/index.html', 'issues/dates.json', 'authors/张三/index.html', 'data/articles-2024.jsonl', 'pagefind/base/pagefind.js', 'feed.xml']) {
      expect(yearOfOutput(rel), rel).toBe(null);
    }
    const year = { kind: 'year', year: 2024 } as const;
    const wide = { kind: 'archive-wide' } as const;
    expect(partWrites('articles/2024-01-02-01-01/index.html', year)).toBe(true);
    expect(partWrites('articles/2025-01-02-01-01/index.html', year)).toBe(false);
    expect(partWrites('index.html', year)).toBe(false);
    expect(partWrites('index.html', wide)).toBe(true);
    expect(partWrites('articles/2024-01-02-01-01/index.html', wide)).toBe(false);
    expect(partWrites('_astro/page.abc123.js', year)).toBe(true);
    expect(partWrites('pagefind/shards.json', wide)).toBe(false);
    expect(partWrites('sitemap.xml', { kind: 'whole' })).toBe(true);
  });

  it('has a year read its own issues and the one just before and after them, from the file names', () => {
    const dir = path.join(scratch, 'dates');
    for (const date of ['2022-12-30', '2022-12-31', '2024-01-02', '2024-06-01', '2024-12-31', '2025-01-01', '2025-01-02']) {
      fs.mkdirSync(path.join(dir, 'issues', date.slice(0, 4)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'issues', date.slice(0, 4), `${date}.json`), '{}');
    }
    expect([...issueDatesRead({ kind: 'year', year: 2024 }, dir)!]).toEqual(['2022-12-31', '2024-01-02', '2024-06-01', '2024-12-31', '2025-01-01']);
    expect([...issueDatesRead({ kind: 'year', year: 2022 }, dir)!]).toEqual(['2022-12-30', '2022-12-31', '2024-01-02']);
    expect([...issueDatesRead({ kind: 'year', year: 2023 }, dir)!]).toEqual([]);
    expect(issueDatesRead({ kind: 'archive-wide' }, dir)).toBe(null);
    expect(issueDatesRead({ kind: 'whole' }, dir)).toBe(null);
  });

  it('reads the part from ARCHIVE_BUILD_PART and refuses another value', () => {
    expect(buildPart({})).toEqual({ kind: 'whole' });
    expect(buildPart({ ARCHIVE_BUILD_PART: '2024' })).toEqual({ kind: 'year', year: 2024 });
    expect(buildPart({ ARCHIVE_BUILD_PART: 'archive-wide' })).toEqual({ kind: 'archive-wide' });
    expect(() => buildPart({ ARCHIVE_BUILD_PART: '24' })).toThrow(/ARCHIVE_BUILD_PART="24" 无效/);
  });
});

describe('what a part is built from', () => {
  it('changes for a year with its own issues and neighbours, its settings and the code; not with another year', () => {
    const project = path.join(scratch, 'inputs-project');
    const tree = path.join(scratch, 'inputs-content');
    const write = (root: string, rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write(project, 'src/page.ts', 'v1');
    for (const date of ['2022-06-01', '2023-03-01', '2023-09-01', '2024-02-01', '2025-05-01']) {
      write(tree, `issues/${date.slice(0, 4)}/${date}.json`, date);
      write(tree, `articles/${date.slice(0, 4)}/${date}/01-01.md`, date);
    }
    const ledger = (ids: string[]) => JSON.stringify({ articles: Object.fromEntries(ids.map((id) => [id, { source: 'a.txt', key: 'k', lines: [1, 2], sig: '0'.repeat(48) }])), retired: {}, withdrawn: {} });
    write(tree, 'ids.json', ledger(['2023-03-01-01-01', '2024-02-01-01-01']));
    write(tree, 'sources/a.txt', 'raw');
    const y2023 = { kind: 'year', year: 2023 } as const;
    const of = (part: Parameters<typeof partInputs>[0] = y2023, env: NodeJS.ProcessEnv = {}) => partInputs(part, tree, project, env);
    const before = of();
    const wideBefore = of({ kind: 'archive-wide' });

    write(tree, 'articles/2025/2025-05-01/01-01.md', 'corrected');
    write(tree, 'sources/a.txt', 'raw, read again');
    // Every ingest adds its day's ids to the ledger: another year's are not this year's input.
    write(tree, 'ids.json', ledger(['2023-03-01-01-01', '2024-02-01-01-01', '2025-05-01-01-01']));
    expect(of()).toEqual(before);
    expect(of({ kind: 'archive-wide' }).content).not.toBe(wideBefore.content);
    write(tree, 'ids.json', ledger(['2023-03-01-01-01', '2023-03-01-01-02', '2024-02-01-01-01', '2025-05-01-01-01']));
    const ownId = of().content;
    expect(ownId).not.toBe(before.content);
    write(tree, 'articles/2024/2024-02-01/01-01.md', 'the next issue, corrected');
    expect(of().content).not.toBe(ownId);
    expect(of().code).toBe(before.code);

    expect(of(y2023, { SITE_URL: 'https://dtrb.example.cn' }).code).not.toBe(before.code);
    write(project, 'src/page.ts', 'v2');
    expect(of().code).not.toBe(before.code);
  });
});

describe('the merge', () => {
  const part = (name: string, contents: Record<string, string>) => {
    const dir = path.join(scratch, 'parts', name);
    for (const [rel, text] of Object.entries(contents)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  };

  it('takes code files the parts share when their bytes are the same', () => {
    const a = part('same-a', { 'index.html': 'home', '_astro/x.js': 'code' });
    const b = part('same-b', { 'articles/2024-01-02-01-01/index.html': 'article', '_astro/x.js': 'code' });
    const out = path.join(scratch, 'merged-same');
    const report = mergeParts([{ part: { kind: 'archive-wide' }, dir: a }, { part: { kind: 'year', year: 2024 }, dir: b }], out, null, path.join(scratch, 'content'));
    expect(report.files).toBe(3);
    expect(fs.readFileSync(path.join(out, 'articles/2024-01-02-01-01/index.html'), 'utf8')).toBe('article');
  });

  it('refuses a file written by two parts, or by a part it is not the part of, naming them', () => {
    const wide = part('clash-wide', { 'index.html': 'home', '_astro/x.js': 'code' });
    const y2024 = part('clash-2024', { 'index.html': 'a year’s home', '_astro/x.js': 'other code' });
    const merge = () => mergeParts([{ part: { kind: 'archive-wide' }, dir: wide }, { part: { kind: 'year', year: 2024 }, dir: y2024 }], path.join(scratch, 'merged-clash'), null, scratch);
    expect(merge).toThrow(MergeError);
    expect(merge).toThrow(/2 个文件冲突[\s\S]*_astro\/x\.js：跨年部分与2024 年部分都写出了它[\s\S]*index\.html：2024 年部分不应写出这个文件/);
  });
});
