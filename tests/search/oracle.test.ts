/**
 * The search against the recall oracle on the seed archive: queries drawn from the archive's
 * own text (stretches of 1 to 20 characters, sentences, names, traditional and full-width forms,
 * two-word ANDs, strings it does not hold) and the query table of the browser tests, asked of
 * the site's engine (run in Node, src/bench/search-node.ts) over the index built as one bundle
 * and as one bundle per month. Every result set must be the oracle's, and the count shown the
 * number of results a reader can reach. The month index is written with index chunks of a
 * thousand word locations, so that on five issues, as on a year of the paper, the words that
 * start with one character are spread over several chunks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config.ts';
import { writeArchiveIndex } from '../../src/search/build/write-index.ts';
import { findHits } from '../../src/search/shared/match.ts';
import { parseQuery } from '../../src/search/shared/query.ts';
import { PREFIX_CHUNKS_FILE } from '../../src/search/shared/prefix-chunks.ts';
import { textUnits } from '../../src/search/shared/units.ts';
import { oracleUrls, readOracleCorpus } from '../../src/bench/search-oracle.ts';
import { measureRecall, rowIsRight, type RecallRow } from '../../src/bench/search-recall.ts';
import { openNodeSearch } from '../../src/bench/search-node.ts';
import type { SearchResponse } from '../../src/search/browser/protocol.ts';
import { SAMPLE_KINDS, sampleQueries } from '../../src/bench/search-sample.ts';
import { QUERIES } from '../e2e/search-queries.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'search-oracle-'));
const corpus = readOracleCorpus(contentDir());
const queries = [...sampleQueries(corpus, 15, 'seed-oracle'), ...QUERIES.map((c) => ({ kind: `table ${c.kind}`, q: c.q }))];
/** Index chunks of this many word locations for the month bundles (Pagefind's own default is 20,000). */
const SMALL_CHUNKS = '1000';

async function buildIndex(name: string, scheme: 'archive' | 'month', chunkSize?: string): Promise<string> {
  const site = path.join(scratch, name);
  const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  if (chunkSize) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
  try {
    await writeArchiveIndex(contentDir(), path.join(site, 'pagefind'), () => {}, scheme);
  } finally {
    if (before === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = before;
  }
  return site;
}

const describeRow = (r: RecallRow) =>
  `[${r.sort}] ${r.q}: oracle ${r.oracle}, listed ${r.found}, missing ${r.missing.slice(0, 3).join(' ')}, extra ${r.extra.slice(0, 3).join(' ')}, shown ${r.atLeast ? '≥' : ''}${r.shown}`;

let archiveSite: string;
let monthSite: string;
/** Every unit whose words the month bundles' chunks split, asked on its own: the prefix searches most at risk. */
let straddling: { kind: string; q: string }[] = [];
beforeAll(async () => {
  archiveSite = await buildIndex('archive', 'archive');
  monthSite = await buildIndex('month', 'month', SMALL_CHUNKS);
  const root = path.join(monthSite, 'pagefind');
  const units = readdirSync(root).filter((f) => /^\d{4}-\d{2}$/.test(f)).flatMap((f) => Object.keys(JSON.parse(readFileSync(path.join(root, f, PREFIX_CHUNKS_FILE), 'utf8'))));
  straddling = [...new Set(units)].filter((u) => parseQuery(u).length === 1).map((q) => ({ kind: 'straddling', q }));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the recall oracle', () => {
  it('draws every kind of query, and finds what the highlighter marks', () => {
    const kinds = new Set(queries.map((q) => q.kind));
    for (const kind of SAMPLE_KINDS) expect(kinds).toContain(kind);
    // Two implementations of one rule (a phrase's units together in one run): the oracle's
    // substring search and the highlighter's matcher must agree on every document.
    for (const { q } of queries.filter((x) => !['or', 'exclude', 'date'].includes(x.kind)).slice(0, 120)) {
      const phrases = parseQuery(q);
      const marked = corpus.documents.filter((d) => phrases.every((p) => d.texts.some((t) => findHits(textUnits(t), [p]).length > 0))).map((d) => d.url);
      expect([...oracleUrls(corpus, phrases)].sort(), q).toEqual(marked.sort());
    }
  });

  it('finds the article a stretch was copied from', () => {
    for (const { kind, q } of queries.filter((x) => /^\d+$/.test(x.kind))) {
      expect(oracleUrls(corpus, parseQuery(q)).size, `${kind} ${q}`).toBeGreaterThan(0);
    }
  });
});

describe('relevance over month bundles, opening only the months that can matter', () => {
  it('lists the first page exactly as with every month open, its first results shown early in their places', async () => {
    const search = await openNodeSearch(monthSite);
    let shownEarly = 0;
    try {
      for (const { q } of queries.filter((x) => !['absent'].includes(x.kind)).slice(0, 60)) {
        const pruned = await search.engine();
        const partials: SearchResponse[] = [];
        const page = await pruned.search({ query: q, filters: {}, sort: 'relevance', offset: 0, limit: 10 }, (p) => partials.push(p));
        const full = await search.engine();
        const every = await search.ask(full, { query: q, filters: {}, sort: 'relevance' });
        expect(page.results.map((r) => r.url), q).toEqual(every.urls.slice(0, 10));
        expect(page.atLeast ? page.total <= every.urls.length : page.total === every.urls.length, `${q}: ${page.total} of ${every.urls.length}`).toBe(true);
        // Results shown while further months are searched are the page's first, and stay.
        for (const p of partials) {
          expect(p.partial, q).toBe(true);
          expect(p.results.length, q).toBeGreaterThan(0);
          expect(p.results.map((r) => r.url), `${q}: shown early`).toEqual(every.urls.slice(0, p.results.length));
          expect(p.atLeast ? p.total <= every.urls.length : p.total === every.urls.length, `${q}: early count ${p.total} of ${every.urls.length}`).toBe(true);
        }
        if (partials.length) shownEarly++;
      }
      expect(shownEarly).toBeGreaterThan(0);
    } finally {
      await search.close();
    }
  }, 900_000);
});

describe('a search stopped for a newer one (worker.ts)', () => {
  it('opens no further month, and the same search asked again lists the whole page', async () => {
    const search = await openNodeSearch(monthSite);
    let stoppedMidway = 0;
    try {
      for (const { q } of queries.filter((x) => !['absent'].includes(x.kind)).slice(0, 12)) {
        const request = { query: q, filters: {}, sort: 'relevance' as const, offset: 0, limit: 10 };
        const engine = await search.engine();
        const every = await search.ask(await search.engine(), { query: q, filters: {}, sort: 'relevance' });
        // Stopped before it starts: no month is opened, and it says why.
        const before = new AbortController();
        before.abort(new Error('newer'));
        if (every.urls.length) await expect(engine.search(request, undefined, before.signal), q).rejects.toThrow('newer');
        // Stopped at its first early list, while months remain to be opened.
        const midway = new AbortController();
        const outcome = await engine.search(request, () => midway.abort(new Error('newer')), midway.signal).then(() => 'whole', (e: Error) => e.message);
        if (outcome === 'newer') stoppedMidway++;
        else expect(outcome, q).toBe('whole');
        const page = await engine.search(request);
        expect(page.results.map((r) => r.url), q).toEqual(every.urls.slice(0, 10));
      }
      expect(stoppedMidway).toBeGreaterThan(0);
    } finally {
      await search.close();
    }
  }, 600_000);
});

describe('the search lists exactly the oracle’s results, and counts them truly', () => {
  it.each([
    ['one bundle', () => archiveSite],
    ['one bundle per month, small index chunks', () => monthSite],
  ])('%s', async (_, site) => {
    expect(straddling.length, 'units whose words run across index chunks').toBeGreaterThan(10);
    const report = await measureRecall({ siteDir: site(), corpus, queries: [...queries, ...straddling], sorts: ['relevance', 'newest', 'oldest'] });
    const wrong = report.rows.filter((r) => !rowIsRight(r));
    expect(wrong.map(describeRow)).toEqual([]);
    expect(report.rows.filter((r) => r.oracle > 0).length).toBeGreaterThan(queries.length * 2);
  }, 900_000);
});
