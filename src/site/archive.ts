/**
 * The whole archive as plain values with the indexes every page needs. Built once per
 * site build from the content collections (see load.ts); pure, so tests build it from fixtures.
 */
import type { Article, Block, Issue, Photo, Section } from '../schema/entries.ts';

export type SiteArticle = Article & { blocks: Block[] };

export interface ArchiveInput {
  issues: Issue[];
  sections: Section[];
  articles: SiteArticle[];
  photos: Photo[];
}

export interface Archive {
  /** Oldest first. */
  issues: Issue[];
  issueById: Map<string, Issue>;
  sectionById: Map<string, Section>;
  articleById: Map<string, SiteArticle>;
  /** Pages of an issue, by page number. */
  sectionsByIssue: Map<string, Section[]>;
  /** Articles of a page, in print order. */
  articlesBySection: Map<string, SiteArticle[]>;
  /** Articles of an issue in print order: page by page, then position on the page. */
  articlesByIssue: Map<string, SiteArticle[]>;
  /** Photos of an article, in print order. */
  photosByArticle: Map<string, Photo[]>;
  /** Every article, newest issue first, then in print order. */
  articles: SiteArticle[];
  photos: Photo[];
}

const byDateThenId = (a: Issue, b: Issue) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function buildArchive(input: ArchiveInput): Archive {
  const issues = [...input.issues].sort(byDateThenId);
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const sectionById = new Map(input.sections.map((s) => [s.id, s]));
  const articleById = new Map(input.articles.map((a) => [a.id, a]));

  const sectionsByIssue = groupBy(input.sections, (s) => s.issue);
  for (const list of sectionsByIssue.values()) list.sort((a, b) => a.page - b.page);

  const articlesBySection = groupBy(input.articles, (a) => a.section);
  for (const list of articlesBySection.values()) list.sort((a, b) => a.seq - b.seq || a.id.localeCompare(b.id));

  const articlesByIssue = new Map<string, SiteArticle[]>();
  for (const issue of issues) {
    const pages = sectionsByIssue.get(issue.id) ?? [];
    articlesByIssue.set(issue.id, pages.flatMap((s) => articlesBySection.get(s.id) ?? []));
  }

  const photosByArticle = groupBy(input.photos, (p) => p.article);
  for (const list of photosByArticle.values()) list.sort((a, b) => a.seq - b.seq);

  const articles = [...issues].reverse().flatMap((i) => articlesByIssue.get(i.id) ?? []);

  return {
    issues,
    issueById,
    sectionById,
    articleById,
    sectionsByIssue,
    articlesBySection,
    articlesByIssue,
    photosByArticle,
    articles,
    photos: input.photos,
  };
}

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

export function articleNeighbours(archive: Archive, article: SiteArticle) {
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
