/** The way back from an article opened from a search (src/site/search-trail.ts): pure rules. */
import { describe, expect, it } from 'vitest';
import { hitAddress, searchOf, searchReferrer, searchState, trailAround, type Hit } from '../../src/site/search-trail.ts';

const here = 'https://archive.example.org/archive/articles/2025-12-28-01-02/?hl=%E5%86%B0%E9%9B%AA';

describe('the search an article was opened from', () => {
  it('is the referrer when it is this site\'s search page with a query', () => {
    const from = 'https://archive.example.org/archive/search/?q=%E5%86%B0%E9%9B%AA&year=2025&sort=oldest';
    expect(searchReferrer(from, here, '/archive/')).toBe(from);
    expect(searchReferrer('https://archive.example.org/archive/search/', here, '/archive/')).toBeNull();
    expect(searchReferrer('https://other.example.org/archive/search/?q=x', here, '/archive/')).toBeNull();
    expect(searchReferrer('https://archive.example.org/archive/articles/2025-12-28-01-01/?hl=x', here, '/archive/')).toBeNull();
    expect(searchReferrer('https://archive.example.org/search/?q=x', here, '/archive/')).toBeNull();
    expect(searchReferrer('', here, '/archive/')).toBeNull();
  });

  it('reads the query, filters and order as the search page does, unknown ones left out', () => {
    expect(searchState('https://x.test/search/?q=%E5%86%B0%E9%9B%AA&year=2025&author=%E9%99%88%E6%9D%B0&sort=oldest&more=3', 'relevance')).toEqual({
      query: '冰雪',
      filters: { year: '2025', author: '陈杰' },
      sort: 'oldest',
    });
    expect(searchState('https://x.test/search/?q=a&sort=sideways', 'newest')).toEqual({ query: 'a', filters: {}, sort: 'newest' });
  });

  it('keeps the date range of a search narrowed by the histogram or the month fields, and ignores n= (results listed)', () => {
    expect(searchState('https://x.test/search/?q=a&date=2025-01..2025-12&n=20', 'relevance')).toEqual({ query: 'a', filters: {}, sort: 'relevance', date: '2025-01..2025-12' });
  });

  it('is kept while moving from hit to hit, for the same words only', () => {
    const from = 'https://archive.example.org/archive/search/?q=%E5%86%B0%E9%9B%AA&year=2025';
    const kept = searchOf('冰雪', from, null, '/archive/', 'https://archive.example.org');
    expect(kept).toEqual({ address: from, query: '冰雪' });
    expect(searchOf('冰雪', null, kept, '/archive/', 'https://archive.example.org')).toBe(kept);
    // other words (a hit opened from another search, or a link passed on): a search for them alone
    expect(searchOf('劳模', null, kept, '/archive/', 'https://archive.example.org')).toEqual({
      address: 'https://archive.example.org/archive/search/?q=%E5%8A%B3%E6%A8%A1',
      query: '劳模',
    });
  });

  it('links a hit as the search page does, its words marked there', () => {
    expect(hitAddress('/archive/', '/articles/2025-12-28-01-03/', '冰雪 "大众 滑雪"')).toBe('/archive/articles/2025-12-28-01-03/?hl=%E5%86%B0%E9%9B%AA%20%22%E5%A4%A7%E4%BC%97%20%E6%BB%91%E9%9B%AA%22');
  });
});

describe('the hits before and after', () => {
  const hit = (id: string, topic = false): Hit => ({ id, url: `/articles/${id}/`, title: id, topic });
  const hits = [hit('a'), hit('bingxue', true), hit('b'), hit('c'), hit('d', true)];

  it('are the nearest article hits, a topic counted in the place but passed over', () => {
    expect(trailAround(hits, 'a')).toEqual({ position: 1, prev: null, next: hits[2] });
    expect(trailAround(hits, 'b')).toEqual({ position: 3, prev: hits[0], next: hits[3] });
    expect(trailAround(hits, 'c')).toEqual({ position: 4, prev: hits[2], next: null });
    expect(trailAround(hits, 'bingxue')).toBeNull();
    expect(trailAround(hits, 'z')).toBeNull();
  });
});
