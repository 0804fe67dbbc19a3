/**
 * The page's leading results (src/search/browser/page-response.ts leadingResponse): drawn once the
 * first result's fragment is in, with the results after it that are in by then, from records
 * written for the test and fragments that arrive when the test lets them.
 */
import { describe, expect, it } from 'vitest';
import { leadingResponse, pageResponse, type RankedResults, type ViewCache } from '../../../src/search/browser/page-response.ts';
import { emptyFacets } from '../../../src/search/browser/facets.ts';
import type { PagefindResult } from '../../../src/search/browser/pagefind-api.ts';
import type { SearchRequest } from '../../../src/search/browser/protocol.ts';
import { parseSearch } from '../../../src/search/shared/query.ts';
import { encodeRecord, type ResultRecord } from '../../../src/search/shared/record.ts';

const record = (n: number): ResultRecord => ({
  id: `2024-04-0${n}-01-01`,
  url: `/articles/2024-04-0${n}-01-01/`,
  date: `2024-04-0${n}`,
  page: 1,
  pageName: '要闻',
  kind: 'article',
  column: null,
  kicker: null,
  headline: `高质量发展第${n}篇`,
  subheadline: null,
  title: `高质量发展第${n}篇`,
  names: [],
  fields: ['本报讯 推动高质量发展。'],
});

/** Results whose fragments arrive only when the test calls arrive(i); counts each fragment's loads. */
function results(count: number) {
  const arrivals: (() => void)[] = [];
  const loads = Array.from({ length: count }, () => 0);
  const list: PagefindResult[] = Array.from({ length: count }, (_, i) => {
    const arrived = new Promise<void>((resolve) => (arrivals[i] = resolve));
    return {
      id: record(i + 1).id,
      score: count - i,
      data: async () => {
        loads[i]++;
        await arrived;
        return { meta: { d: encodeRecord(record(i + 1)) } };
      },
    };
  });
  return { list, loads, arrive: (i: number) => arrivals[i]() };
}

const ranked = (list: PagefindResult[]): RankedResults => {
  const search = parseSearch('高质量发展');
  return { total: list.length, atLeast: false, search, dates: null, phrases: search.groups.flat(), results: list, facets: emptyFacets(), searchedSince: null };
};
const REQUEST: SearchRequest = { query: '高质量发展', filters: {}, sort: 'relevance', offset: 0, limit: 10 } as SearchRequest;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the leading results of a page', () => {
  it('are given once the first fragment is in, with those after it already in, in order; the whole page loads no fragment again', async () => {
    const { list, loads, arrive } = results(4);
    const views: ViewCache = new Map();
    const leading = leadingResponse(ranked(list), REQUEST, views);
    // The second and fourth are in before the first; the third is not.
    arrive(1);
    arrive(3);
    await tick();
    arrive(0);
    const early = await leading;
    expect(early?.partial).toBe(true);
    expect(early?.results.map((r) => r.id)).toEqual([list[0].id, list[1].id]);
    const whole = pageResponse(ranked(list), REQUEST, false, views);
    arrive(2);
    expect((await whole).results.map((r) => r.id)).toEqual(list.map((r) => r.id));
    expect(loads).toEqual([1, 1, 1, 1]);
  });

  it('are none when the whole page is in at once, or when there is no result', async () => {
    const { list, arrive } = results(3);
    for (const i of [0, 1, 2]) arrive(i);
    expect(await leadingResponse(ranked(list), REQUEST, new Map())).toBeNull();
    expect(await leadingResponse(ranked([]), REQUEST, new Map())).toBeNull();
  });
});
