/**
 * A build by parts (npm run build-archive: each year's pages and the pages spanning years built
 * apart, then merged; src/site/build-part.ts, src/deploy/merge-parts.ts) must give, file for file,
 * the site one build of the whole archive gives, on the site fixture of three years. A part built
 * alone, as a CI runner builds it, is kept when nothing it is built from changed, and a
 * correction changes only the parts that show it (which changes change a part: part-inputs.ts,
 * below). And the merge refuses parts that overlap.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExclusively, buildSiteInto } from '../helpers/astro-build.ts';
import { expectSameSite, siteFiles as files } from '../helpers/same-site.ts';
import { mergeParts, MergeError } from '../../src/deploy/merge-parts.ts';
import { partInputs } from '../../src/deploy/part-inputs.ts';
import { writeMergedManifest } from '../../src/search/build/write-index.ts';
import { issueDatesRead, partWrites, yearOfOutput } from '../../src/site/build-part.ts';
import { buildPart } from '../../src/config.ts';

const FIXTURE = path.resolve('tests/fixtures/site-content');
const CORRECTED = 'articles/2022/2022-01-19/01-03.md';
// Without the search index: the parts' month bundles and their merged manifest are checked apart
// (below, and on a year of the paper by npm run bench-decades), at a fraction of the time.
const SITE = { BASE_PATH: '/dt/', SITE_URL: 'https://dtrb.example.cn', DEPLOY: '1', SEARCH_SHARDS: 'month', SEARCH_INDEX: 'skip' };

let scratch: string;
beforeAll(() => {
  // Inside the project, so the parts may be built two at a time (build-archive.ts).
  fs.mkdirSync(path.resolve('.archive-tmp'), { recursive: true });
  scratch = fs.mkdtempSync(path.resolve('.archive-tmp/build-archive-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

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


describe('a build by parts', () => {
  it('equals the whole build; a runner keeps an unchanged part; a correction changes only the parts that show it', { timeout: 600_000 }, () => {
    // The site fixture: issues of 2022, 2023 and 2025 (none of 2024), topics, page images and a
    // ledger of retired and withdrawn ids. (Six years of thirty issues were built both ways once
    // and compared with diff -r: docs/scaling.md; too long for every CI run.)
    const content = path.join(scratch, 'content');
    fs.cpSync(FIXTURE, content, { recursive: true });
    const merged = path.join(scratch, 'merged');
    const whole = path.join(scratch, 'whole');
    // Every part on one machine, two at a time: the pages spanning years, and each year.
    expect(buildByParts(content, merged)).toMatch(/已合成网站 .*4 个部分（本次构建 4 个）/);
    buildSiteInto(whole, { ...SITE, ARCHIVE_CONTENT_DIR: content });
    expectSameSite(merged, whole);
    const site = files(merged);
    const utf8 = (rel: string) => Buffer.from(site.get(rel)!, 'latin1').toString('utf8');
    for (const page of ['articles/2022-01-19-01-01/index.html', 'issues/2023-10-23/01/index.html', 'issues/2025-12-28/index.html', 'issues/2025/index.html', 'index.html', 'data/articles.jsonl', 'topics/index.html']) {
      expect(site.has(page), page).toBe(true);
    }
    expect(utf8('sitemap.xml')).toContain('https://dtrb.example.cn/dt/articles/2022-01-19-01-01/');
    expect(utf8('sitemap.xml')).toContain('https://dtrb.example.cn/dt/issues/2025-12-28/');
    // 2025's issue leads back to 2023's, across the parts.
    expect(utf8('issues/2025-12-28/index.html')).toContain('/dt/issues/2023-10-23/');

    // As the CI workflow's runners do it: a part built on its own is kept when nothing it is built
    // from changed, and the parts merge into the same site.
    expect(JSON.parse(buildArchive(content, ['--changed']))).toEqual([]);
    expect(buildArchive(content, ['--part', '2022'])).toContain('已构建 2022（未变，沿用）');
    const again = path.join(scratch, 'merged-again');
    expect(buildArchive(content, ['--merge', '--outDir', again])).toMatch(/已合成网站 .*4 个部分（本次构建 0 个）/);
    expectSameSite(again, merged);
    // An editor corrects a headline of 2022-01-19: the next build builds 2022's part, 2023's (whose
    // first issue's 上一期 it is) and the pages spanning years; 2025's is kept.
    const corrected = path.join(content, CORRECTED);
    fs.writeFileSync(corrected, fs.readFileSync(corrected, 'utf8').replace('工作专班第一次会议"', '工作专班首次会议"\ncorrected: "2026-12-01"'));
    expect(JSON.parse(buildArchive(content, ['--changed'])).sort()).toEqual(['2022', '2023', 'archive-wide']);
    // The pages spanning years are built from the years' summaries: only the summaries of the
    // years that changed are made again, and the correction reaches the downloads and lists.
    const log = buildArchive(content, ['--part', 'archive-wide']);
    expect(log.match(/\d{4} 年摘要/g)?.sort()).toEqual(['2022 年摘要', '2023 年摘要']);
    const wide = path.join(scratch, 'work', 'parts', 'archive-wide');
    expect(fs.readFileSync(path.join(wide, 'data', 'articles.jsonl'), 'utf8')).toContain('工作专班首次会议');
    expect(fs.readFileSync(path.join(wide, 'data', 'articles-2022.csv'), 'utf8')).toContain('工作专班首次会议');
    // What the archive-wide part shows of an article is what its year's summary says, not its file.
    const summary = path.join(scratch, 'work', 'summaries', '2025.json');
    const held = JSON.parse(fs.readFileSync(summary, 'utf8'));
    held.articles[0].headline = '只在年摘要里的标题';
    fs.writeFileSync(summary, JSON.stringify(held));
    fs.rmSync(path.join(scratch, 'work', 'cache', 'archive-wide.inputs.json'));
    buildArchive(content, ['--part', 'archive-wide']);
    expect(fs.readFileSync(path.join(wide, 'index.html'), 'utf8')).toContain('只在年摘要里的标题');
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

describe('the merged index manifest', () => {
  const manifest = (root: string, code: string, months: string[]) => {
    fs.mkdirSync(root, { recursive: true });
    const shards = Object.fromEntries(months.map((m) => [m, { digest: `d-${m}`, articles: 1, topics: 0 }]));
    fs.writeFileSync(path.join(root, 'shards.json'), JSON.stringify({ version: 1, scheme: 'month', code, shards }));
  };

  it('lists every part’s months, newest first', () => {
    const dir = path.join(scratch, 'manifests');
    manifest(path.join(dir, 'a'), 'c1', ['2024-02/', '2024-01/']);
    manifest(path.join(dir, 'b'), 'c1', ['2025-01/']);
    manifest(path.join(dir, 'wide'), 'c1', []);
    fs.mkdirSync(path.join(dir, 'out'), { recursive: true });
    writeMergedManifest([path.join(dir, 'a'), path.join(dir, 'wide'), path.join(dir, 'b')], path.join(dir, 'out'));
    const merged = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'shards.json'), 'utf8'));
    expect(Object.keys(merged.shards)).toEqual(['2025-01/', '2024-02/', '2024-01/']);
    expect(merged.code).toBe('c1');
  });

  it('refuses parts indexed by different code', () => {
    const dir = path.join(scratch, 'manifests-differ');
    manifest(path.join(dir, 'a'), 'c1', ['2024-01/']);
    manifest(path.join(dir, 'b'), 'c2', ['2025-01/']);
    expect(() => writeMergedManifest([path.join(dir, 'a'), path.join(dir, 'b')], dir)).toThrow(/另一版程序/);
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
