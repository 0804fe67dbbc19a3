/** Long author and column lists go by year (src/site/year-pages.ts). */
import { describe, expect, it } from 'vitest';
import { ONE_PAGE_UP_TO, pagedByYear, yearCounts } from '../../src/site/year-pages.ts';
import { creditsByYear } from '../../src/site/people.ts';
import { routes } from '../../src/site/routes.ts';

describe('lists by year', () => {
  it('keeps a list on one page up to the limit, and goes by year past it', () => {
    expect(pagedByYear(ONE_PAGE_UP_TO)).toBe(false);
    expect(pagedByYear(ONE_PAGE_UP_TO + 1)).toBe(true);
  });

  it('counts the years newest first', () => {
    const credits = ['2025-01-02', '2025-01-01', '2023-06-01', '2021-03-04', '2021-01-01'].map((issue) => ({ article: { issue } }));
    expect(yearCounts(creditsByYear(credits))).toEqual([
      { year: '2025', count: 2 },
      { year: '2023', count: 1 },
      { year: '2021', count: 2 },
    ]);
  });

  it('gives each year its address under the person or column', () => {
    expect(routes.authorYear('郝 雨', 2024)).toBe(`/authors/${encodeURIComponent('郝雨')}/2024/`);
    expect(routes.columnYear('每日时评', '2023')).toBe(`/columns/${encodeURIComponent('每日时评')}/2023/`);
  });
});
