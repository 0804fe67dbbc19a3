/**
 * Moving through the archive as a reader turns the paper: previous and next issue, page and
 * article, and the issue the home page shows. Pure, over the joined Archive.
 */
import type { Issue, Section } from '../schema/entries.ts';
import type { Archive, ArchiveArticle } from '../content/archive.ts';

/** The previous and next item around `index` in an ordered list (null at either end). */
export function neighbours<T>(list: readonly T[], index: number): { prev: T | null; next: T | null } {
  if (index < 0) return { prev: null, next: null };
  return { prev: index > 0 ? list[index - 1] : null, next: index < list.length - 1 ? list[index + 1] : null };
}

export function issueNeighbours(archive: Archive, issueId: string) {
  return neighbours(archive.issues, archive.issues.findIndex((i) => i.id === issueId));
}

export function pageNeighbours(archive: Archive, section: Section) {
  const pages = archive.sectionsByIssue.get(section.issue) ?? [];
  return neighbours(pages, pages.findIndex((s) => s.id === section.id));
}

export function articleNeighbours(archive: Archive, article: ArchiveArticle) {
  const list = archive.articlesByIssue.get(article.issue) ?? [];
  return neighbours(list, list.findIndex((a) => a.id === article.id));
}

/** The issue shown on the home page: the newest. */
export function latestIssue(archive: Archive): Issue | null {
  return archive.issues.at(-1) ?? null;
}

/**
 * Where "previous / next issue" leads from a page: the same page number of that issue when
 * the archive has it (turning the paper day by day), else the issue itself.
 */
export function samePageIn(archive: Archive, issueId: string, page: number): { issueId: string; page: number | null } {
  const found = (archive.sectionsByIssue.get(issueId) ?? []).find((s) => s.page === page);
  return { issueId, page: found ? found.page : null };
}
