/**
 * The term directory on the seed archive built by month: it lists every month a key is in with
 * the pages Pagefind finds for it there, and a best score no page of the month passes and the
 * best page reaches (the bound relevance relies on to leave months unopened). Checked against
 * Pagefind's own searches, month by month, in Node over the served bundles.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config.ts';
import { startStaticHost, type RunningHost } from '../../src/deploy/static-host.ts';
import { writeArchiveIndex } from '../../src/search/build/write-index.ts';
import { readTermStats } from '../../src/search/build/term-stats.ts';
import { bucketOf, keyBound, keyMonths, type DirectoryBucket, type DirectoryIndex } from '../../src/search/shared/directory.ts';
import { createRandom } from '../../src/synth/random.ts';
import type { PagefindApi } from '../../src/search/browser/engine.ts';
import { hitsByYear } from '../../src/search/browser/client.ts';
import { openNodeSearch } from '../../src/bench/search-node.ts';
import { oracleSearch, readOracleCorpus } from '../../src/bench/search-oracle.ts';
import { parseSearch } from '../../src/search/shared/query.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'search-directory-'));
const root = path.join(scratch, 'pagefind');
let host: RunningHost;
let index: DirectoryIndex;

beforeAll(async () => {
  await writeArchiveIndex(contentDir(), root, () => {}, 'month');
  host = await startStaticHost({ dir: scratch });
  index = JSON.parse(readFileSync(path.join(root, 'directory', 'index.json'), 'utf8')) as DirectoryIndex;
});
afterAll(async () => {
  await host?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const bucket = (key: string) => JSON.parse(readFileSync(path.join(root, 'directory', `${bucketOf(key, index.buckets)}.json`), 'utf8')) as DirectoryBucket;

let loaded = 0;
/** Pagefind on one month's bundle alone. */
async function monthPagefind(month: string): Promise<PagefindApi> {
  const pagefind = (await import(`${pathToFileURL(path.join(root, month, 'pagefind.js')).href}?directory=${++loaded}`)) as PagefindApi;
  await pagefind.options({ basePath: `${host.url}pagefind/${month}/` });
  return pagefind;
}

describe('the term directory', () => {
  it('lists every month bundle, each bounded (its page lengths are Pagefind’s)', () => {
    const months = readdirSync(root).filter((f) => /^\d{4}-\d{2}$/.test(f)).sort();
    expect(index.months.map((m) => m.month)).toEqual(months);
    expect(index.months.every((m) => m.bounded && m.pages > 0)).toBe(true);
  });

  it('gives, for keys drawn from every month, the pages Pagefind finds and a best score it reaches and never passes', async () => {
    const random = createRandom('directory');
    let checked = 0;
    for (const [m, { month, pages }] of index.months.entries()) {
      const pagefind = await monthPagefind(month);
      const keys = Object.keys(readTermStats(path.join(root, month))!.keys);
      // Units (prefix searches) and two-unit terms, the common ones and the rare.
      const units = keys.filter((k) => [...k].length === 1 || /^[^ｘ]*ｘ$/.test(k));
      const terms = keys.filter((k) => !units.includes(k));
      const sample = [...Array.from({ length: 12 }, () => random.pick(units)), ...Array.from({ length: 12 }, () => random.pick(terms))];
      for (const key of new Set(sample)) {
        const entry = keyMonths(bucket(key), key).get(m);
        expect(entry, `${key} in ${month}`).toBeDefined();
        const found = await pagefind.search(key);
        expect(found.results.length, `${key} in ${month}`).toBe(entry!.pages);
        const best = Math.max(...found.results.map((r) => r.score));
        const bound = keyBound(pages, entry!);
        expect(best, `${key} in ${month}: best ${best}, bound ${bound}`).toBeLessThanOrEqual(bound * 1.0001);
        expect(best, `${key} in ${month}: best ${best}, bound ${bound}`).toBeGreaterThanOrEqual(bound * 0.999);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('gives a query’s hits by month and year without opening a month: exact where it can, else at most', async () => {
    const search = await openNodeSearch(scratch);
    const corpus = readOracleCorpus(contentDir());
    try {
      for (const q of ['大同', '冰雪', '高质量发展', '大同 -冰雪', '京津冀 date:2023..2025']) {
        const engine = await search.engine();
        search.host.served.length = 0;
        const months = await engine.histogram({ query: q, filters: {} });
        expect(search.host.served.filter((r) => /\/(index|fragment)\//.test(r.path)).map((r) => r.path), q).toEqual([]);
        const want = new Map<string, number>();
        for (const d of corpus.documents) if (oracleSearch(corpus, parseSearch(q)).has(d.url)) want.set(d.date.slice(0, 7), (want.get(d.date.slice(0, 7)) ?? 0) + 1);
        for (const h of months) {
          const n = want.get(h.month) ?? 0;
          if (h.count !== null) expect(h.count, `${q} ${h.month}`).toBe(n);
          expect(h.atMost, `${q} ${h.month}`).toBeGreaterThanOrEqual(n);
        }
        // Every month with a hit is listed.
        for (const month of want.keys()) expect(months.map((h) => h.month), q).toContain(month);
        const years = hitsByYear(months);
        expect(years.map((y) => y.year)).toEqual([...new Set(months.map((h) => h.month.slice(0, 4)))]);
      }
      // Words of one or two units are counted exactly.
      const exact = await (await search.engine()).histogram({ query: '大同', filters: {} });
      expect(exact.every((h) => h.count !== null)).toBe(true);
      expect(hitsByYear(exact).reduce((n, y) => n + y.count!, 0)).toBe(27);
    } finally {
      await search.close();
    }
  });

  it('has nothing for a key in a month that does not hold it', () => {
    expect(keyMonths(bucket('火锅'), '火锅').size).toBe(0);
    const months = keyMonths(bucket('京津'), '京津');
    expect([...months.keys()].map((m) => index.months[m].month)).toEqual(['2022-01', '2023-10', '2025-12', '2026-01']);
  });
});
