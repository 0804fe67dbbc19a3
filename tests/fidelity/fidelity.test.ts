/**
 * The fidelity measure end to end: the real ingest run over the made-up corpus in
 * tests/fixtures/fidelity-corpus (its README.md says what each page shows), the entries read
 * back, each misreading caught by the right test; and `npm run fidelity` as a developer runs it.
 *
 * The pages are ones no reader of the text alone can get right (a headline that reads as a
 * sentence, a kicker shaped like a column banner, a subhead followed by a new dateline), so the
 * expectations below hold however the ingest improves.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from '../../src/fidelity/corpus.ts';
import { formatFailures, formatPage, formatTable } from '../../src/fidelity/format.ts';
import { measureFidelity, type Measurement } from '../../src/fidelity/measure.ts';

const CORPUS = path.resolve('tests/fixtures/fidelity-corpus');

// The measure runs with a temporary folder of its own, so a fidelity run elsewhere on the machine
// (a developer's, another test's) neither shows up here nor hides a tree this one left.
const ownTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fidelity-test-'));
const scratchTrees = () => fs.readdirSync(ownTmp).filter((f) => f.startsWith('archive-fidelity-'));

let m: Measurement;
let treesBefore: string[];
beforeAll(() => {
  treesBefore = scratchTrees();
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = ownTmp;
  try {
    m = measureFidelity(readCorpus(CORPUS));
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  }
  return () => fs.rmSync(ownTmp, { recursive: true, force: true });
});
const page = (id: string) => m.pages.find((p) => p.id === id)!;
const verdicts = (id: string) => page(id).articles.map((a) => ({ found: a.entry !== null, headline: a.headlineExact, whole: a.whole, glued: a.glued }));

describe('the real ingest over the made-up corpus', () => {
  it('reads every page without refusal or loss, and leaves no scratch tree behind', () => {
    expect(m.pages.map((p) => [p.id, p.layout, p.refused, p.lost])).toEqual([
      ['fid-20240305-02', 'blank-lines', null, []],
      ['fid-20240305-03', 'blank-lines', null, []],
      ['fid-20240305-04', 'markdown', null, []],
    ]);
    expect(scratchTrees()).toEqual(treesBefore);
  });

  it('catches the glued article: the headline read as text joins it to the one before', () => {
    const p = page('fid-20240305-02');
    expect(verdicts('fid-20240305-02')).toEqual([
      { found: true, headline: true, whole: true, glued: false },
      { found: true, headline: true, whole: true, glued: true },
      { found: true, headline: false, whole: true, glued: true },
    ]);
    expect(p.articles[1].entry).toBe(p.articles[2].entry);
    expect(p.articles[2].entry?.headline).toBe('桑园村修好进村路');
    expect(p.articles[1].gluedWith).toEqual([2]);
    expect(p.extra).toEqual([]);
  });

  it('catches the wrong headline block and the split article with its extra entry', () => {
    const p = page('fid-20240305-03');
    expect(verdicts('fid-20240305-03')).toEqual([
      { found: true, headline: false, whole: true, glued: false },
      { found: true, headline: true, whole: false, glued: false },
    ]);
    expect(p.articles[0].entry).toMatchObject({ column: '春耕 备耕 正当时', kicker: null, headline: '红岭村引进新型插秧机' });
    expect(p.articles[1].missing).toBe('山坡上种出致富果');
    expect(p.extra.map((e) => e.headline)).toEqual(['山坡上种出致富果']);
  });

  it('passes the page read right, a headline printed alone included', () => {
    expect(verdicts('fid-20240305-04')).toEqual([
      { found: true, headline: true, whole: true, glued: false },
      { found: true, headline: true, whole: true, glued: false },
    ]);
    expect(page('fid-20240305-04').extra).toEqual([]);
  });

  it('sums the pages per layout and in all', () => {
    expect(m.rows).toEqual([
      { layout: 'blank-lines', pages: 2, articles: 5, found: 5, headlineExact: 3, whole: 4, glued: 2, extra: 1, paragraphs: 12, apart: 9, refused: 0, lost: 0 },
      { layout: 'markdown', pages: 1, articles: 2, found: 2, headlineExact: 2, whole: 2, glued: 0, extra: 0, paragraphs: 2, apart: 2, refused: 0, lost: 0 },
      { layout: 'all', pages: 3, articles: 7, found: 7, headlineExact: 5, whole: 6, glued: 2, extra: 1, paragraphs: 14, apart: 11, refused: 0, lost: 0 },
    ]);
  });

  it('prints the table, the failing articles and one page side by side', () => {
    expect(formatTable(m)).toContain('| blank-lines |     2 |        5 |   100.0 |                   60.0 |    80.0 |     2 |             1 |');
    const failures = formatFailures(m);
    expect(failures).toContain('fid-20240305-02 blank-lines #3: headline, glued');
    expect(failures).toContain('glued with #2: 引「」 主「桑园村修好进村路」 副「」');
    expect(failures).toContain('fid-20240305-03 blank-lines #1: headline\n    truth: 引「春耕 备耕 正当时」 主「红岭村引进新型插秧机」 副「」\n    entry 2024-03-05-03-01: 栏「春耕 备耕 正当时」 引「」 主「红岭村引进新型插秧机」 副「」');
    expect(failures).toContain('fid-20240305-03 blank-lines #2: whole\n');
    expect(failures).toContain('    missing paragraph: 「山坡上种出致富果」');
    expect(failures).toContain('fid-20240305-03 blank-lines: 1 extra entry: 2024-03-05-03-03「山坡上种出致富果」');
    expect(failures).toMatch(/4 failing article\(s\)$/);
    const shown = formatPage(page('fid-20240305-03'));
    expect(shown).toMatch(/#2 ✗ whole +│ 2024-03-05-03-02\n/);
    expect(shown).toMatch(/entries no true article found:\nextra +│ 2024-03-05-03-03\n/);
  });
});

describe('a page the ingest refuses', () => {
  it('is recorded with the message and left out; the other pages are read as before', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fidelity-corpus-'));
    try {
      fs.cpSync(CORPUS, dir, { recursive: true });
      // An image saved under a page's name: the ingest refuses binary files.
      fs.writeFileSync(path.join(dir, 'pages/fid-20240305-05.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth/fid-20240305-04.json'), 'utf8'));
      fs.writeFileSync(path.join(dir, 'truth/fid-20240305-05.json'), JSON.stringify({ ...truth, id: 'fid-20240305-05', page: 5 }));
      const again = measureFidelity(readCorpus(dir));
      const refused = again.pages.find((p) => p.id === 'fid-20240305-05')!;
      expect(refused.refused).toMatch(/^fid-20240305-05\.txt: .+ — .+/);
      expect(refused.articles.every((a) => a.entry === null)).toBe(true);
      expect(again.pages.filter((p) => p.id !== refused.id)).toEqual(m.pages);
      expect(again.rows.find((r) => r.layout === 'all')).toMatchObject({ pages: 4, articles: 9, found: 7, refused: 1 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a corpus that cannot be read', () => {
  it('is refused naming the file at fault', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fidelity-corpus-'));
    try {
      fs.cpSync(CORPUS, dir, { recursive: true });
      fs.rmSync(path.join(dir, 'truth/fid-20240305-03.json'));
      expect(() => readCorpus(dir)).toThrow(CorpusError);
      expect(() => readCorpus(dir)).toThrow(/fid-20240305-03\.txt: 没有对应的 truth\/fid-20240305-03\.json/);
      fs.cpSync(path.join(CORPUS, 'truth/fid-20240305-03.json'), path.join(dir, 'truth/fid-20240305-03.json'));
      fs.writeFileSync(path.join(dir, 'truth/fid-20240305-04.json'), '{"id": "fid-20240305-04", "date": "2024-3-5"}');
      expect(() => readCorpus(dir)).toThrow(/fid-20240305-04\.json: 字段 date/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run fidelity', () => {
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.resolve('scripts/fidelity.ts'), ...args], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('refuses an unknown option or a missing corpus in one line, with status 2', () => {
    for (const args of [['--corpus', CORPUS, '--layout', 'x'], []]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(run('--corpus', CORPUS, '--layout', 'x').err).toContain("'--layout'");
    expect(run('--corpus', CORPUS, '--show', 'fid-20240305-4').err).toContain('是不是 fid-20240305-04');
  });

  it('--json --check --failures: the failures, the same figures as JSON on the last line, status 1 naming the missed targets', () => {
    const r = run('--corpus', CORPUS, '--json', '--check', '--failures');
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    const json = JSON.parse(lines.at(-1)!);
    expect(json.all).toMatchObject({ articles: 7, headlineExact: 5, headlineExactPct: 71.4, whole: 6, glued: 2, extra: 1 });
    expect(json.layouts.map((l: { layout: string }) => l.layout)).toEqual(['blank-lines', 'markdown']);
    expect(json.refused).toEqual([]);
    expect(json.lost).toEqual([]);
    expect(r.out).toContain('fid-20240305-03 blank-lines #2: whole');
    expect(r.err).toContain('blank-lines: headline block exact 60.0 % < 95.0 %');
    expect(r.err).toContain('blank-lines: glued 2 (40.0 %) > 0.5 % of articles');
    expect(r.err).not.toContain('markdown:');
  });

  it('measures several corpora in one run: a table under each folder and one over them all, JSON keyed by folder with the figures over them all, misses named with their folder', () => {
    const other = path.resolve('tests/fixtures/other-papers/a');
    const tables = run('--corpus', CORPUS, '--corpus', other);
    expect(tables.code).toBe(0);
    expect(tables.out.match(/^## .*$/gm)).toEqual([`## ${CORPUS}`, `## ${other}`, '## all 2 corpora together']);
    // The last "all" row counts the pages and articles of the two above it together.
    const allRows = [...tables.out.matchAll(/^\| \*\*all\*\* +\| +(\d+) \| +(\d+) \|/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(allRows).toHaveLength(3);
    expect(allRows[2]).toEqual([allRows[0][0] + allRows[1][0], allRows[0][1] + allRows[1][1]]);
    const checked = run('--corpus', CORPUS, '--corpus', other, '--json', '--check');
    expect(checked.code).toBe(1);
    const json = JSON.parse(checked.out.trim().split('\n').at(-1)!);
    expect(Object.keys(json.corpora)).toEqual([CORPUS, other]);
    expect(json.together.all.articles).toBe(json.corpora[CORPUS].all.articles + json.corpora[other].all.articles);
    expect(json.together.all.articles).toBe(allRows[2][1]);
    expect(checked.err).toContain(`${CORPUS}: blank-lines: glued 2`);
    const shown = run('--corpus', CORPUS, '--corpus', other, '--show', 'fid-20240305-03');
    expect(shown.code).toBe(2);
    expect(shown.err).toContain('--show 只能配一个 --corpus');
  });
});
