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
export type ArchiveArticle<E extends object = object> = Article & { blocks: Block[] } & E;

/**
 * The entries to join. `E` is what every entry carries beyond its schema: nothing from Astro's
 * collections; its file (`{ file: string }`, relative to the content dir) when read from a tree.
 */
export interface ArchiveInput<E extends object = object> {
  issues: (Issue & E)[];
  sections: (Section & E)[];
  articles: ArchiveArticle<E>[];
  photos: (Photo & E)[];
}

export interface Archive<E extends object = object> {
  /** Oldest first. */
  issues: (Issue & E)[];
  issueById: Map<string, Issue & E>;
  sectionById: Map<string, Section & E>;
  articleById: Map<string, ArchiveArticle<E>>;
  /** Pages of an issue, by page number. */
  sectionsByIssue: Map<string, (Section & E)[]>;
  /** Articles of a page, in print order. */
  articlesBySection: Map<string, ArchiveArticle<E>[]>;
  /** Articles of an issue in print order: page by page, then position on the page. */
  articlesByIssue: Map<string, ArchiveArticle<E>[]>;
  /** Photos of an article, in print order. */
  photosByArticle: Map<string, (Photo & E)[]>;
  /** Every article, newest issue first, then in print order. */
  articles: ArchiveArticle<E>[];
  photos: (Photo & E)[];
}

/**
 * An archive read from a content tree: every entry knows its file; `fileDigests` gives the sha256
 * (hex) of each file's bytes as read, for the files read (not the articles given from summaries).
 */
export type StoredArchive = Archive<{ file: string }> & { fileDigests?: ReadonlyMap<string, string> };

/**
 * The entries joined and indexed, every list in print order (order.ts), whatever order they
 * come in. Pure; a dangling reference is not checked here (the reader and Astro's collections
 * refuse it first).
 */
export function buildArchive<E extends object = object>(input: ArchiveInput<NoInfer<E>>): Archive<E> {
  const { issues, sections, articles: ordered, photos } = inPrintOrder(input);
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const sectionById = new Map(input.sections.map((s) => [s.id, s]));
  const articleById = new Map(input.articles.map((a) => [a.id, a]));

  const sectionsByIssue = Map.groupBy(sections, (s) => s.issue);
  const articlesBySection = Map.groupBy(ordered, (a) => a.section);
  const articlesByIssue = new Map<string, ArchiveArticle<E>[]>();
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
export function readArchive(contentDir?: string, options: ReadOptions = {}): StoredArchive {
  const content = readContent(contentDir, options);
  return { ...buildArchive<{ file: string }>(content), fileDigests: content.digests };
}

/** Every article, oldest issue first, page by page, in print order (the order of the export). */
export function articlesInPrintOrder<E extends object>(archive: Archive<E>): ArchiveArticle<E>[] {
  return archive.issues.flatMap((issue) => archive.articlesByIssue.get(issue.id) ?? []);
}
