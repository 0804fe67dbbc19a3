/**
 * The count beside a filter value is the number of results a reader gets by choosing it: each
 * facet's values are counted with every other filter set (and the dates), never with its own, so
 * a chosen year's 版次 and 作者 count that year only and the other years keep their counts.
 * Asked of the site's engine in Node (src/bench/search-node.ts) over the seed archive's index, as
 * one bundle and as one bundle per month.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config.ts';
import { writeArchiveIndex } from '../../src/search/build/write-index.ts';
import { openNodeSearch, type NodeSearch } from '../../src/bench/search-node.ts';
import { FACETS, type Facet, type SearchRequest } from '../../src/search/browser/protocol.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'facet-counts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Queries of each kind the engine answers its own way: one unit, two, a phrase, an AND. */
const QUERIES = ['大', '大同', '高质量发展', '大同 发展'];

type Filters = SearchRequest['filters'];

/**
 * For each query and each filter set: every value listed with a count gives that many results
 * when chosen (with the other filters kept); the chosen values are listed, counted as the results
 * shown. `skip`: facets whose values this scheme does not list in full.
 */
async function checkCounts(search: NodeSearch, filterSets: (q: string) => Promise<Filters[]>, skip: Facet[] = []) {
  let checked = 0;
  const engine = await search.engine();
  for (const query of QUERIES) {
    for (const filters of await filterSets(query)) {
      const shown = await search.page(engine, { query, filters, sort: 'newest', offset: 0, limit: 1000 });
      for (const facet of FACETS.filter((f) => !skip.includes(f))) {
        // The first few values of each facet: a name query lists dozens of authors.
        for (const { value, count } of shown.facets[facet].slice(0, 3)) {
          if (count === null) continue;
          const chosen = await search.ask(engine, { query, filters: { ...filters, [facet]: value }, sort: 'newest' });
          expect(chosen.urls.length, `${query} ${JSON.stringify(filters)}: ${facet} ${value} says ${count}`).toBe(count);
          checked++;
        }
        const mine = filters[facet];
        if (mine) expect(shown.facets[facet].find((v) => v.value === mine)?.count, `${query} ${JSON.stringify(filters)}: the chosen ${facet}`).toBe(shown.total);
      }
    }
  }
  expect(checked).toBeGreaterThan(20);
}

/** No filter, then two years that have results, then each of those with its first 版次 and first author. */
async function yearsAndPages(search: NodeSearch, query: string): Promise<Filters[]> {
  const engine = await search.engine();
  const open = await search.page(engine, { query, filters: {}, sort: 'newest', offset: 0, limit: 1000 });
  const sets: Filters[] = [{}];
  for (const { value: year } of open.facets.year.slice(0, 2)) {
    sets.push({ year });
    const inYear = await search.page(engine, { query, filters: { year }, sort: 'newest', offset: 0, limit: 1000 });
    if (inYear.facets.page[0]) sets.push({ year, page: inYear.facets.page[0].value });
    if (inYear.facets.author[0]) sets.push({ year, author: inYear.facets.author[0].value });
  }
  return sets;
}

describe('the counts beside the filters', () => {
  let archive: NodeSearch;
  let months: NodeSearch;
  beforeAll(async () => {
    await writeArchiveIndex(contentDir(), path.join(scratch, 'archive', 'pagefind'), () => {}, 'archive');
    await writeArchiveIndex(contentDir(), path.join(scratch, 'month', 'pagefind'), () => {}, 'month');
    archive = await openNodeSearch(path.join(scratch, 'archive'));
    months = await openNodeSearch(path.join(scratch, 'month'));
  }, 300_000);
  afterAll(async () => {
    await archive?.close();
    await months?.close();
  });

  it('one bundle: each count is what choosing its value gives, the other filters kept', async () => {
    await checkCounts(archive, (q) => yearsAndPages(archive, q));
  }, 300_000);

  it('one bundle, within dates: the counts keep to the dates', async () => {
    const dated = (await archive.page(await archive.engine(), { query: '大同', filters: {}, sort: 'newest', offset: 0, limit: 100 })).results.map((r) => r.date).sort();
    const [from, to] = [dated[0].slice(0, 7), dated[0].slice(0, 7)];
    const shown = await archive.page(await archive.engine(), { query: '大同', filters: {}, sort: 'newest', offset: 0, limit: 10, date: `${from}..${to}` });
    const years = shown.facets.year.map((v) => v.value);
    expect(years, 'only the year of the dates').toEqual([from.slice(0, 4)]);
    for (const { value, count } of shown.facets.page) {
      const chosen = await archive.ask(await archive.engine(), { query: '大同', filters: { page: value }, sort: 'newest', date: `${from}..${to}` });
      expect(chosen.urls.length, `第${value}版`).toBe(count);
    }
  }, 300_000);

  it('month bundles: once every month is searched, each count is what choosing its value gives', async () => {
    // A year chosen keeps the search to its months: the other years are not searched, so not counted.
    await checkCounts(months, (q) => yearsAndPages(months, q), ['year']);
  }, 300_000);
});
