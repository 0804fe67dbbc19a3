/**
 * Print order, the one order the archive's entries are read and joined in: issues by date (then
 * id), an issue's pages by page number, a page's articles by their place on it (seq), an
 * article's photos by seq; ties by id, compared code point by code point. readContent (read.ts)
 * gives its entries in this order and buildArchive (archive.ts) joins them in it.
 */

interface Ordered {
  issues: { id: string; date: string }[];
  sections: { id: string; issue: string; page: number }[];
  articles: { id: string; section: string; seq: number }[];
  photos: { id: string; article: string; seq: number }[];
}

/** The four lists of `content` in print order (new arrays; the entries themselves are kept). Pure. */
export function inPrintOrder<C extends Ordered>(content: C): Pick<C, keyof Ordered> {
  const issues = [...content.issues].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
  const issueRank = rank(issues);
  const sections = [...content.sections].sort((a, b) => issueRank(a.issue) - issueRank(b.issue) || a.page - b.page || compare(a.id, b.id));
  const sectionRank = rank(sections);
  const articles = [...content.articles].sort((a, b) => sectionRank(a.section) - sectionRank(b.section) || a.seq - b.seq || compare(a.id, b.id));
  const articleRank = rank(articles);
  const photos = [...content.photos].sort((a, b) => articleRank(a.article) - articleRank(b.article) || a.seq - b.seq || compare(a.id, b.id));
  return { issues, sections, articles, photos } as Pick<C, keyof Ordered>;
}

/** An entry's place in `sorted` by id; an id not there (a dangling reference) ranks after all. */
function rank(sorted: { id: string }[]): (id: string) => number {
  const places = new Map(sorted.map((entry, i) => [entry.id, i]));
  return (id) => places.get(id) ?? sorted.length;
}

/** Code-unit order, not locale order: the same on every machine (ids, paths in the content tree). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
