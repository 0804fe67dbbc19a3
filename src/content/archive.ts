/**
 * The archive joined: issues → pages (sections) → articles → photos, in print order, with the
 * indexes every consumer needs. The one join: the site builds it from Astro's collections
 * (src/site/load.ts), while search, export, the data downloads and tests read it from a
 * content tree with readArchive. buildArchive is pure.
 */
import type { Article, Block, Issue, Photo, Section } from '../schema/entries.ts';
import { inPrintOrder } from './order.ts';
import { readContent, type ReadOptions } from './read.ts';

/** An article with the blocks of its body (paragraphs and subheads, in order). */
export type ArchiveArticle = Article & { blocks: Block[] };

export interface ArchiveInput {
  issues: Issue[];
  sections: Section[];
  articles: ArchiveArticle[];
  photos: Photo[];
}

export interface Archive {
  /** Oldest first. */
  issues: Issue[];
  issueById: Map<string, Issue>;
  sectionById: Map<string, Section>;
  articleById: Map<string, ArchiveArticle>;
  /** Pages of an issue, by page number. */
  sectionsByIssue: Map<string, Section[]>;
  /** Articles of a page, in print order. */
  articlesBySection: Map<string, ArchiveArticle[]>;
  /** Articles of an issue in print order: page by page, then position on the page. */
  articlesByIssue: Map<string, ArchiveArticle[]>;
  /** Photos of an article, in print order. */
  photosByArticle: Map<string, Photo[]>;
  /** Every article, newest issue first, then in print order. */
  articles: ArchiveArticle[];
  photos: Photo[];
}

/**
 * The entries joined and indexed, every list in print order (order.ts), whatever order they
 * come in. Pure; a dangling reference is not checked here (the reader and Astro's collections
 * refuse it first).
 */
export function buildArchive(input: ArchiveInput): Archive {
  const { issues, sections, articles: ordered, photos } = inPrintOrder(input);
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const sectionById = new Map(input.sections.map((s) => [s.id, s]));
  const articleById = new Map(input.articles.map((a) => [a.id, a]));

  const sectionsByIssue = Map.groupBy(sections, (s) => s.issue);
  const articlesBySection = Map.groupBy(ordered, (a) => a.section);
  const articlesByIssue = new Map<string, ArchiveArticle[]>();
  for (const issue of issues) {
    const pages = sectionsByIssue.get(issue.id) ?? [];
    articlesByIssue.set(issue.id, pages.flatMap((s) => articlesBySection.get(s.id) ?? []));
  }
  const photosByArticle = Map.groupBy(photos, (p) => p.article);

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

/**
 * A content tree (ARCHIVE_CONTENT_DIR by default) read, checked and joined; `dates` reads only
 * some issues (see ReadOptions). Throws ContentError naming every bad file, line and field.
 */
export function readArchive(contentDir?: string, options: ReadOptions = {}): Archive {
  return buildArchive(readContent(contentDir, options));
}

/** Every article, oldest issue first, page by page, in print order (the order of the export). */
export function articlesInPrintOrder(archive: Archive): ArchiveArticle[] {
  return archive.issues.flatMap((issue) => archive.articlesByIssue.get(issue.id) ?? []);
}
