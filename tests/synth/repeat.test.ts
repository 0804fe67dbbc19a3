/** The repeated archive for measuring at scale: real entries on new dates, every reference renamed and valid. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { repeatArchive } from '../../src/synth/repeat.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'repeat-archive-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('repeatArchive', () => {
  it('repeats the issues in turn from 2020-01-01, with ids and references on the new dates', () => {
    const from = path.resolve('tests/fixtures/site-content');
    const source = readContent(from, { cacheDir: path.join(scratch, 'cache') });
    const out = path.join(scratch, 'out');
    const days = source.issues.length + 2;
    const made = repeatArchive(from, out, days);
    const repeated = readContent(out, { cacheDir: path.join(scratch, 'cache') }); // checks every reference
    expect(repeated.issues.map((i) => i.date)).toEqual(Array.from({ length: days }, (_, d) => `2020-01-${String(d + 1).padStart(2, '0')}`));
    expect(made.articles).toBe(repeated.articles.length);
    const day = (d: number) => source.issues[d % source.issues.length].id;
    const count = (id: string) => source.articles.filter((a) => a.issue === id).length;
    expect(made.articles).toBe(Array.from({ length: days }, (_, d) => count(day(d))).reduce((a, b) => a + b, 0));
    // The first day's first article is the source's first issue's, word for word.
    const original = source.articles.find((a) => a.issue === day(0))!;
    const copy = repeated.articles.find((a) => a.id === `2020-01-01${original.id.slice(10)}`)!;
    expect(copy.blocks).toEqual(original.blocks);
    expect(copy.headline).toBe(original.headline);
    expect(copy.section).toBe(`2020-01-01${original.section.slice(10)}`);
  });

  it('refuses an archive with no issues', () => {
    const empty = path.join(scratch, 'empty');
    fs.mkdirSync(empty);
    expect(() => repeatArchive(empty, path.join(scratch, 'none'), 3)).toThrow(/没有可重复的期/);
  });
});
