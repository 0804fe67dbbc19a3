/**
 * Which articles a topic's components show, and in what order: shared by the pages that render
 * them and the pre-build check that makes sure they show something.
 */
import { nameSegment } from '../site/routes.ts';

export interface Listable {
  id: string;
  issue: string;
  column: string | null;
  authors: { name: string }[];
}

export interface ListQuery {
  author: string | null;
  column: string | null;
  /** 2025, 2025-12 or 2025-12-28: from the start of that year, month or day. */
  from: string | null;
  /** 2025, 2025-12 or 2025-12-28: to the end of that year, month or day. */
  to: string | null;
  limit: number | null;
}

/** Is the issue date within [from, to], either end given as a year, a month or a day? */
export function inRange(date: string, from: string | null, to: string | null): boolean {
  return (from === null || date >= from) && (to === null || date.slice(0, to.length) <= to);
}

/**
 * An author's or a column's articles, newest issue first then print order (as on the author
 * and column pages), cut to `limit`. Names match as the author and column pages match them
 * (layout spaces do not count). `articles` must come newest first, in print order.
 */
export function selectArticles<T extends Listable>(
  articles: T[],
  query: ListQuery,
  issueDate: (issueId: string) => string,
  photographers: (articleId: string) => string[] = () => [],
): { shown: T[]; total: number } {
  const wanted = nameSegment(query.author ?? query.column ?? '');
  const matches = articles.filter((a) => {
    if (!inRange(issueDate(a.issue), query.from, query.to)) return false;
    if (query.column !== null) return a.column !== null && nameSegment(a.column) === wanted;
    return [...a.authors.map((p) => p.name), ...photographers(a.id)].some((n) => nameSegment(n) === wanted);
  });
  return { shown: query.limit === null ? matches : matches.slice(0, query.limit), total: matches.length };
}

/** A timeline's articles: oldest issue first; within an issue, by page and position (the id's order). */
export function timelineOrder<T extends { id: string; issue: string }>(articles: T[], issueDate: (issueId: string) => string): T[] {
  return [...articles].sort((a, b) => issueDate(a.issue).localeCompare(issueDate(b.issue)) || a.id.localeCompare(b.id));
}
