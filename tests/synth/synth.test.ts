/**
 * The synthesiser: parts are the seeds' own, read back by the ingest stages; days are
 * deterministic for a seed; counts look like the paper; and what it writes ingests cleanly
 * through the real `npm run ingest`, including the daily job of one more day.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/ingest/dates.ts';
import { emptyLedger } from '../../src/ingest/ids.ts';
import { runPipeline } from '../../src/ingest/pipeline.ts';
import { composeIssue, createComposer, PAGES_PER_ISSUE } from '../../src/synth/compose.ts';
import { compareReading, readBack } from '../../src/synth/read-back.ts';
import { readSeedParts, readsAsOneParagraph } from '../../src/synth/parts.ts';
import { createRandom } from '../../src/synth/random.ts';
import { synthesise } from '../../src/synth/synthesise.ts';
import { writeIssues } from '../../src/synth/write.ts';
import { SEEDS, SOURCES_DIR, seedText } from '../helpers/seeds.ts';

const parts = readSeedParts(SOURCES_DIR);
const seedPipeline = runPipeline(
  SEEDS.map((name) => ({ name, displayPath: name, text: seedText(name.slice(0, 3)), meta: {} })),
  emptyLedger(),
);
const seedAll = SEEDS.map((name) => seedText(name.slice(0, 3))).join('\n');

describe('seed parts', () => {
  it('are the seeds’ own headlines, bylines, datelines, paragraphs and photos', () => {
    const headlines = new Set(seedPipeline.entries.articles.map((a) => a.data.headline));
    expect(parts.titles.length).toBeGreaterThanOrEqual(25);
    for (const t of parts.titles) {
      expect(headlines.has(t.headline)).toBe(true);
      for (const line of t.lines) expect(seedAll).toContain(line);
    }
    const bodies = new Set(seedPipeline.entries.articles.flatMap((a) => a.body.map((b) => b.text)));
    expect(parts.paragraphs.length).toBeGreaterThanOrEqual(80);
    for (const p of [...parts.paragraphs, ...parts.ledes]) expect(bodies.has(p)).toBe(true);
    for (const b of parts.bylines) expect(seedPipeline.entries.articles.some((a) => a.data.byline === b.text)).toBe(true);
    for (const d of parts.datelines) expect(seedPipeline.entries.articles.some((a) => a.data.dateline === d.text)).toBe(true);
    const captions = new Set(seedPipeline.entries.photos.map((p) => `${p.caption}|${p.credit}`));
    for (const p of parts.photos) expect(captions.has(`${p.caption}|${p.credit}`)).toBe(true);
    expect(parts.shapes).toHaveLength(seedPipeline.entries.articles.length);
  });

  it('keep only paragraphs the stages read back as one whole paragraph', () => {
    for (const p of parts.paragraphs) expect(readsAsOneParagraph(p)).toBe(true);
    expect(readsAsOneParagraph('市委经济工作会议举行')).toBe(false);
    expect(readsAsOneParagraph('会议指出，要坚持稳中求进（下转第三版）')).toBe(false);
  });
});

describe('random', () => {
  it('is the same sequence for the same seed and stays in range', () => {
    const a = createRandom('x');
    const b = createRandom('x');
    const seq = Array.from({ length: 50 }, () => a.int(3, 7));
    expect(Array.from({ length: 50 }, () => b.int(3, 7))).toEqual(seq);
    expect(Math.min(...seq)).toBe(3);
    expect(Math.max(...seq)).toBe(7);
    expect(Array.from({ length: 50 }, () => createRandom('y').next())).not.toEqual(Array.from({ length: 50 }, () => createRandom('x').next()));
  });
});

describe('composed issues', () => {
  const composer = createComposer(parts, 'test');
  const days = Array.from({ length: 14 }, (_, i) => composeIssue(composer, addDays('2024-02-20', i)));

  it('are deterministic for a seed and date, whatever else is composed', () => {
    const again = composeIssue(createComposer(readSeedParts(SOURCES_DIR), 'test'), '2024-02-27');
    expect(again.pages.map((p) => p.text)).toEqual(days[7].pages.map((p) => p.text));
    const other = composeIssue(createComposer(parts, 'other'), '2024-02-27');
    expect(other.pages[0].text).not.toBe(days[7].pages[0].text);
  });

  it('look like the paper: 8 pages, about 60 items and 17 KB a page, photo news, continuations', () => {
    const pages = days.flatMap((d) => d.pages);
    expect(days.every((d) => d.pages.length === PAGES_PER_ISSUE)).toBe(true);
    const items = pages.flatMap((p) => p.items);
    const perIssue = items.length / days.length;
    expect(perIssue).toBeGreaterThan(50);
    expect(perIssue).toBeLessThan(70);
    const kb = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0) / pages.length / 1024;
    const seedKb = Buffer.byteLength(seedAll) / SEEDS.length / 1024;
    expect(kb).toBeGreaterThan(seedKb * 0.6);
    expect(kb).toBeLessThan(seedKb * 1.6);
    expect(items.filter((i) => i.kind === 'photo').length).toBeGreaterThan(0);
    expect(items.filter((i) => i.continuedOn !== null).length).toBeGreaterThan(0);
    expect(items.filter((i) => i.subheads > 0).length).toBeGreaterThan(0);
    expect(items.filter((i) => i.kind === 'article' && i.photos > 0).length).toBeGreaterThan(0);
    // Reporters come from a roster larger than the seeds' handful of names.
    expect(new Set(items.flatMap((i) => i.authors)).size).toBeGreaterThan(parts.names.length);
  });

  it('read back through the stages as composed', () => {
    for (const page of days.flatMap((d) => d.pages)) expect(compareReading(readBack(page.text), page.items)).toBeNull();
    const page = days[0].pages[0];
    expect(compareReading(readBack(page.text), page.items.slice(1))).not.toBeNull();
  });
});

describe('written and ingested', () => {
  let root: string;
  let content: string;
  const script = (name: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.resolve(`scripts/${name}.ts`), ...args], {
      cwd: path.resolve('.'),
      env: { ...process.env, ARCHIVE_CONTENT_DIR: content },
      encoding: 'utf8',
    });

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-synth-'));
    content = path.join(root, 'content');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('npm run synth writes pages and metadata that npm run ingest takes without a doubt', () => {
    const synth = script('synth', '--issues', '3', '--out', path.join(content, 'sources'), '--seed', 'test', '--start', '2024-02-20');
    expect(synth.stderr).toBe('');
    expect(synth.status).toBe(0);
    const meta = parse(fs.readFileSync(path.join(content, 'sources/metadata.yaml'), 'utf8')) as Record<string, { date: string; page: number; pageName: string }>;
    expect(Object.keys(meta)).toHaveLength(3 * PAGES_PER_ISSUE);
    expect(meta['dtrb-20240221-03.txt']).toEqual({ date: '2024-02-21', page: 3, pageName: '综合新闻' });

    const run = script('ingest');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('·'); // nothing uncertain to report
    const planned = synthesise({ issues: 3, start: '2024-02-20', seed: 'test', seedsDir: SOURCES_DIR });
    const articles = fs.readdirSync(path.join(content, 'articles/2024'), { recursive: true }).filter((f) => String(f).endsWith('.md'));
    expect(articles).toHaveLength(planned.flatMap((d) => d.pages).flatMap((p) => p.items).length);
    const issue = JSON.parse(fs.readFileSync(path.join(content, 'issues/2024/2024-02-21.json'), 'utf8'));
    expect(issue).toMatchObject({ dateSource: 'metadata', pages: [1, 2, 3, 4, 5, 6, 7, 8] });
  });

  it('a later day written into the same folder ingests alone as the daily job', () => {
    const incoming = path.join(root, 'incoming');
    const day = synthesise({ issues: 1, start: '2024-02-23', seed: 'test', seedsDir: SOURCES_DIR });
    writeIssues(incoming, day);
    // Staff add the day's metadata, then ingest the day's files.
    const sourcesMeta = path.join(content, 'sources/metadata.yaml');
    fs.appendFileSync(sourcesMeta, fs.readFileSync(path.join(incoming, 'metadata.yaml'), 'utf8'));
    const files = day[0].pages.map((p) => path.join(incoming, p.file));
    const run = script('ingest', ...files);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').filter((l) => l.startsWith('dtrb-'))).toHaveLength(PAGES_PER_ISSUE);
    expect(fs.existsSync(path.join(content, 'issues/2024/2024-02-23.json'))).toBe(true);
    // Writing the same day again changes nothing; a different page of the same name is refused.
    expect(writeIssues(incoming, day).unchanged).toBe(PAGES_PER_ISSUE);
    fs.writeFileSync(files[0], '另一版');
    expect(() => writeIssues(incoming, day)).toThrow(/内容不同/);
  });
});
