/**
 * The years' summaries the pages spanning years are built from in a build by parts
 * (src/deploy/year-summaries.ts): what a summary keeps of a body, and the /data/ downloads made
 * from summaries equal, name for name and byte for byte, those made from the whole content tree
 * (the site fixture of three years).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import { buildDownloads, downloadsFromSummaries, type DataFile } from '../../src/data/downloads.ts';
import { exportIssues } from '../../src/export/build.ts';
import { handEdits } from '../../src/export/edits.ts';
import { writeDataFiles } from '../../src/integrations/data-files.ts';
import { yearSummariesDir } from '../../src/config.ts';
import {
  makeYearSummary,
  readYearSummaries,
  removeOtherSummaries,
  summaryBlocks,
  summaryInputs,
  writeYearSummary,
} from '../../src/deploy/year-summaries.ts';

const FIXTURE = path.resolve('tests/fixtures/site-content');
const INPUTS = { code: 'c', content: 'k' };

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'year-summaries-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('what a summary keeps of a body', () => {
  it('keeps the first and the last paragraph, in order, and no subhead', () => {
    const sub = { type: 'subhead', text: '一、总体要求' } as const;
    const p = (text: string) => ({ type: 'paragraph', text }) as const;
    expect(summaryBlocks([sub, p('甲'), p('乙'), sub, p('丙')])).toEqual([p('甲'), p('丙')]);
    expect(summaryBlocks([p('独段')])).toEqual([p('独段')]);
    expect(summaryBlocks([sub])).toEqual([]);
    expect(summaryBlocks([])).toEqual([]);
  });
});

describe('the downloads made from the years’ summaries', () => {
  it('are the downloads of the whole tree, file for file', () => {
    const dir = path.join(scratch, 'summaries');
    const base = '/dt/';
    const origin = 'https://dtrb.example.cn';
    const edited = handEdits(FIXTURE);
    const years = [2022, 2023, 2025];
    for (const year of years) writeYearSummary(dir, makeYearSummary(FIXTURE, year, INPUTS, base, origin, edited));
    const summaries = readYearSummaries(dir);
    expect(summaries.map((s) => s.year)).toEqual(years);
    expect(summaryInputs(dir, 2023)).toEqual(INPUTS);

    const whole = readArchive(FIXTURE);
    const want = buildDownloads(whole, base, edited, origin);
    const got = downloadsFromSummaries(exportIssues(whole, base, edited), summaries, dir);
    const listed = (files: DataFile[]) => files.map(({ name, bytes, records, year, kind }) => ({ name, bytes, records, year, kind }));
    expect(listed(got.files)).toEqual(listed(want.files));
    expect({ ...got, files: null }).toEqual({ ...want, files: null });
    // Every article is in its year's summary, with its data as read.
    expect(summaries.flatMap((s) => s.articles.map((a) => a.id)).sort()).toEqual(whole.articles.map((a) => a.id).sort());
    const one = summaries[0].articles[0];
    const { blocks: _b, ...data } = whole.articleById.get(one.id)!;
    const { blocks: _s, ...summarised } = one;
    expect(summarised).toEqual(data);

    // The files written from the summaries are the files written from the tree.
    const fromTree = path.join(scratch, 'tree-data');
    const fromSummaries = path.join(scratch, 'summary-data');
    writeDataFiles(fromTree, want.files);
    writeDataFiles(fromSummaries, got.files);
    for (const file of want.files) {
      expect(fs.readFileSync(path.join(fromSummaries, file.name)).equals(fs.readFileSync(path.join(fromTree, file.name))), file.name).toBe(true);
    }
  });

  it('removes the summary of a year gone, and refuses one it cannot read, naming the file', () => {
    const dir = path.join(scratch, 'gone');
    writeYearSummary(dir, makeYearSummary(FIXTURE, 2022, INPUTS, '/', null, () => null));
    writeYearSummary(dir, makeYearSummary(FIXTURE, 2023, INPUTS, '/', null, () => null));
    removeOtherSummaries(dir, [2023]);
    expect(fs.readdirSync(dir).sort()).toEqual(['2023.json', 'articles-2023.csv', 'articles-2023.jsonl']);
    // A download cut short (a cache half restored) is refused, and its summary is to be made again.
    expect(summaryInputs(dir, 2023)).toEqual(INPUTS);
    const download = path.join(dir, 'articles-2023.jsonl');
    const whole = fs.readFileSync(download);
    fs.writeFileSync(download, whole.subarray(0, 1000));
    expect(() => readYearSummaries(dir)).toThrow(/articles-2023\.jsonl：有 1000 字节，年摘要记的是 \d+ 字节/);
    expect(summaryInputs(dir, 2023)).toBe(null);
    fs.writeFileSync(download, Buffer.from(whole).fill(0x20, 0, 10));
    expect(summaryInputs(dir, 2023)).toBe(null);
    fs.writeFileSync(download, whole);
    fs.writeFileSync(path.join(dir, '2023.json'), '{"format":"year-summary-0"}');
    expect(() => readYearSummaries(dir)).toThrow(/2023\.json：不是本版程序所做的年摘要/);
    fs.writeFileSync(path.join(dir, '2023.json'), '{');
    expect(() => readYearSummaries(dir)).toThrow(/2023\.json：年摘要读不出/);
    expect(() => readYearSummaries(path.join(scratch, 'none'))).toThrow(/没有各年摘要的目录/);
  });

  it('is asked for by the archive-wide part, which refuses to start without it', () => {
    expect(() => yearSummariesDir({})).toThrow(/须设 ARCHIVE_YEAR_SUMMARIES/);
    expect(yearSummariesDir({ ARCHIVE_YEAR_SUMMARIES: 'x' })).toBe(path.resolve('x'));
    // `astro build` of that part alone stops in one line, before Astro starts.
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', path.join(scratch, 'never')], {
      env: { ...process.env, ARCHIVE_BUILD_PART: 'archive-wide', ARCHIVE_YEAR_SUMMARIES: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^跨年部分（ARCHIVE_BUILD_PART=archive-wide）由各年的摘要构建，须设 ARCHIVE_YEAR_SUMMARIES.*npm run build-archive/);
    expect(fs.existsSync(path.join(scratch, 'never'))).toBe(false);
  });
});
