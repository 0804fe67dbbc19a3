/**
 * Replacing a page (docs/metadata.md, 替换一个版面): a better text of a page already in the
 * archive, given the same date and page and `replace: true`, takes the page; the old text stays
 * in content/sources and its articles' permalinks keep answering. Each runs the real ingest on a
 * scratch copy of the content tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/content/ledger.ts';
import type { Ledger } from '../../src/schema/ledger.ts';
import { retiredPages } from '../../src/site/retired.ts';
import { fileHashes, runIngest, runScript, scratchContent } from '../helpers/scratch-content.ts';
import { SEEDS, seedName, seedText } from '../helpers/seeds.ts';

const scratch = scratchContent('replace');
const ingest = (...args: string[]) => runIngest(scratch, ...args);
const snapshot = () => fileHashes(scratch.content);

const OLD = seedName('000');
const NEW = '005_0a1b2c3d4e5f6a7b.txt';
const SECTION = 'sections/2025/2025-12-28-01.json';

const sources = (name: string) => path.join(scratch.content, 'sources', name);
const json = (rel: string) => JSON.parse(fs.readFileSync(path.join(scratch.content, rel), 'utf8'));
function ledger(): Ledger {
  const read = parseLedger(fs.readFileSync(path.join(scratch.content, 'ids.json'), 'utf8'));
  if ('why' in read) throw new Error(read.why);
  return read.ledger;
}
const idsOf = (l: Ledger, source: string) => Object.keys(l.articles).filter((id) => l.articles[id].source === source).sort();
const metadataFor = (...entries: string[]) => fs.writeFileSync(sources('metadata.yaml'), entries.join('\n'));
const entry = (name: string, replace = false) => `${name}:\n  date: 2025-12-28\n  page: 1\n  pageName: 要闻\n${replace ? '  replace: true\n' : ''}`;

describe('replace: true', () => {
  it('takes the page with the new text, the old text staying in content/sources and its ids going to the new page', () => {
    const before = ledger();
    const oldIds = idsOf(before, OLD);
    fs.writeFileSync(sources(NEW), seedText('000').replace('劳模精神助推', '劳模精神推动'));
    metadataFor(entry(OLD), entry(NEW, true));

    const run = ingest();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`替换了同一期同一版的 ${OLD}`);
    // A replacement asked for is no page fed in again by mistake: the report does not ask.
    expect(run.out).not.toContain('是不是把旧的版面当作新的一版导入了');
    expect(json(SECTION)).toMatchObject({ source: NEW, replaces: [OLD], name: '要闻', pageSource: 'metadata' });
    expect(fs.readFileSync(path.join(scratch.content, 'articles/2025/2025-12-28/01-01.md'), 'utf8')).toContain('劳模精神推动高质量发展');
    expect(json('issues/2025/2025-12-28.json').sources).toEqual([NEW]);
    // Every article of the old text is found again on the new one: same ids, same URLs.
    const after = ledger();
    expect(idsOf(after, NEW)).toEqual(oldIds);
    expect(idsOf(after, OLD)).toEqual([]);
    expect(after.retired).toEqual(before.retired);
    expect(after.withdrawn).toEqual({});
    expect(fs.existsSync(sources(OLD))).toBe(true);

    const written = snapshot();
    const again = ingest();
    expect(again.code).toBe(0);
    expect(again.out).toContain('没有变化');
    expect(snapshot()).toEqual(written);
    const check = runScript(scratch, 'scripts/check-content.ts');
    expect(check.err).toBe('');
    expect(check.code).toBe(0);
  });

  it('works for an unchanged copy given on the command line, as docs/metadata.md shows it, reading that issue only', () => {
    const oldIds = idsOf(ledger(), OLD);
    const given = path.join(scratch.root, NEW);
    fs.writeFileSync(given, seedText('000'));
    metadataFor(entry(NEW, true));
    const run = ingest(given);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${NEW}  2025-12-28 第1版`);
    for (const other of SEEDS.filter((s) => s !== OLD)) expect(run.out).not.toContain(other);
    expect(json(SECTION)).toMatchObject({ source: NEW, replaces: [OLD] });
    expect(idsOf(ledger(), NEW)).toEqual(oldIds);

    // The next day's page does not read the replaced text again, nor the issue it was in.
    const next = path.join(scratch.root, '006_next.txt');
    fs.writeFileSync(next, seedText('003'));
    const later = ingest('--date', '2025-12-29', next);
    expect(later.code).toBe(0);
    expect(later.out).not.toContain(OLD);
    expect(later.out).not.toContain(NEW);
  });

  it('retires the id of an article the new text no longer has, with no successor: its URL says it was retired, never that another article is the same', () => {
    const oldIds = idsOf(ledger(), OLD);
    // The re-typed page lacks the old page's fourth article (lines 63–77).
    const lines = seedText('000').split('\n');
    fs.writeFileSync(sources(NEW), [...lines.slice(0, 62), ...lines.slice(78)].join('\n'));
    metadataFor(entry(NEW, true));
    const run = ingest();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('停用稿件号 2025-12-28-01-04');

    const after = ledger();
    // Another file's line numbers say nothing of where the article went: no article stands for it.
    expect(after.retired['2025-12-28-01-04']).toBeNull();
    expect(idsOf(after, NEW)).toEqual(oldIds.filter((id) => id !== '2025-12-28-01-04'));
    expect(fs.existsSync(path.join(scratch.content, 'articles/2025/2025-12-28/01-04.md'))).toBe(false);
    // Every id of the old page still answers on the site: an article, or a page leading on.
    const live = new Set(Object.keys(after.articles));
    const answered = new Set([...live, ...retiredPages(after, live).map((p) => p.id)]);
    for (const id of oldIds) expect(answered.has(id)).toBe(true);
    expect(retiredPages(after, live)).toContainEqual({ id: '2025-12-28-01-04', kind: 'gone' });
  });

  it('--remove of the replaced text afterwards takes only its file out, the page and its ids staying', () => {
    fs.writeFileSync(sources(NEW), seedText('000'));
    metadataFor(entry(NEW, true));
    expect(ingest().code).toBe(0);
    const ids = idsOf(ledger(), NEW);
    const run = ingest('--remove', OLD);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`撤下 ${OLD}（2025-12-28 第1版已由 ${NEW} 替换的旧文本）`);
    expect(fs.existsSync(sources(OLD))).toBe(false);
    expect(json(SECTION)).toEqual(expect.not.objectContaining({ replaces: expect.anything() }));
    expect(json(SECTION).source).toBe(NEW);
    expect(idsOf(ledger(), NEW)).toEqual(ids);
    expect(ledger().withdrawn).toEqual({});
    expect(ingest().out).toContain('没有变化');
  });

  it.each([
    ['both texts say replace', [entry(OLD, true), entry(NEW, true)], '都写了 replace: true'],
    ['a third text claims the page', [entry(OLD), entry(NEW, true), entry('006_third.txt')], '2025-12-28 第1版 出现了 3 次'],
  ])('is refused when %s, content/ left as it was', (_what, entries, message) => {
    fs.writeFileSync(sources(NEW), seedText('000'));
    fs.writeFileSync(sources('006_third.txt'), seedText('000'));
    metadataFor(...entries);
    const before = snapshot();
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.err).toContain(message);
    expect(run.err.trim().split('\n')).toHaveLength(2);
    expect(snapshot()).toEqual(before);
  });

  it('is refused when a third text claims a page replaced already, by its masthead alone', () => {
    fs.writeFileSync(sources(NEW), seedText('000'));
    metadataFor(entry(NEW, true));
    expect(ingest().code).toBe(0);
    // Not in metadata.yaml: its date and page are read from the page as the old text's were.
    fs.writeFileSync(sources('006_third.txt'), seedText('000'));
    const before = snapshot();
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.err).toContain(`已由 ${NEW} 替换了 ${OLD}，006_third.txt 又是这一版`);
    expect(snapshot()).toEqual(before);
  });
});
