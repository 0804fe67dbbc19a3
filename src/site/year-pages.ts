/**
 * A person's or a column's articles: on one page while they are few; past ONE_PAGE_UP_TO the
 * page lists the years, and each year has a page of its own (/authors/<name>/<YYYY>/,
 * /columns/<name>/<YYYY>/). Pure.
 */

/**
 * The most articles one author or column page lists before it goes by year. A row of the list is
 * some 400 bytes of HTML (the six-years site of docs/scaling.md: 107 KB for a byline of 258
 * articles), so 1,000 rows are about 400 KB before compression; a staff reporter's twenty years
 * (some 6,000 articles) would be 2.4 MB on one page.
 */
export const ONE_PAGE_UP_TO = 1000;

/** Whether a list of `count` articles goes by year (a page per year) rather than on one page. */
export function pagedByYear(count: number): boolean {
  return count > ONE_PAGE_UP_TO;
}

/** A year of a list: its year (YYYY) and how many articles it holds. */
export interface YearCount {
  year: string;
  count: number;
}

/** The years of `groups` (as creditsByYear gives them, newest first) with their counts. */
export function yearCounts(groups: readonly { year: string; credits: readonly unknown[] }[]): YearCount[] {
  return groups.map((g) => ({ year: g.year, count: g.credits.length }));
}
