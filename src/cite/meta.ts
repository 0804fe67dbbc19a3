/**
 * What reference managers and link previews read from an article page's <head>:
 * - Highwire `citation_*` tags (Zotero, Mendeley, Google Scholar). No `citation_journal_title`:
 *   Zotero's Embedded Metadata translator takes that tag to mean a journal article; the paper's
 *   name goes in `prism.publicationName` and the type in `DC.type` = NewsItem, which the same
 *   translator reads as a newspaper article. `article:section` gives its 版面.
 * - Open Graph for sharing.
 * - schema.org NewsArticle as JSON-LD, part of the issue (PublicationIssue) of the paper.
 */
import type { CitationRecord } from './record.ts';

export interface MetaTag {
  /** `name` for Highwire/Dublin Core/PRISM, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

export const SITE_NAME = '大同日报数字报档案馆';

export interface PageFacts {
  /** What the page calls the article (headline, or a label for an untitled piece). */
  displayTitle: string;
  description: string;
  /** Absolute URL of the issue page (null in a preview build). */
  issueUrl: string | null;
  /** Absolute URLs of the authors' pages, in the order of record.authors (null in a preview build). */
  authorUrls: (string | null)[];
  subheadline: string | null;
}

export function citationMetaTags(record: CitationRecord, facts: PageFacts): MetaTag[] {
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  return [
    name('citation_title', record.title),
    ...record.authors.map((author) => name('citation_author', author)),
    name('citation_publication_date', record.date.replaceAll('-', '/')),
    name('citation_firstpage', String(record.page)),
    name('citation_language', 'zh'),
    name('prism.publicationName', record.paper),
    name('DC.type', 'NewsItem'),
    property('og:type', 'article'),
    property('og:title', facts.displayTitle),
    property('og:description', facts.description),
    ...(record.url ? [property('og:url', record.url)] : []),
    property('og:site_name', SITE_NAME),
    property('og:locale', 'zh_CN'),
    property('article:published_time', record.date),
    property('article:section', record.pageLabel),
  ];
}

/** schema.org NewsArticle for the article page. */
export function newsArticleJsonLd(record: CitationRecord, facts: PageFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(record.url ? { '@id': record.url, url: record.url, mainEntityOfPage: record.url } : {}),
    identifier: record.id,
    headline: facts.displayTitle,
    ...(facts.subheadline ? { alternativeHeadline: facts.subheadline } : {}),
    ...(record.authors.length > 0
      ? { author: record.authors.map((author, i) => ({ '@type': 'Person', name: author, ...(facts.authorUrls[i] ? { url: facts.authorUrls[i] } : {}) })) }
      : {}),
    datePublished: record.date,
    publisher: { '@type': 'Organization', name: record.paper },
    isPartOf: {
      '@type': 'PublicationIssue',
      ...(facts.issueUrl ? { '@id': facts.issueUrl, url: facts.issueUrl } : {}),
      datePublished: record.date,
      isPartOf: { '@type': 'Periodical', name: record.paper },
    },
    pageStart: String(record.page),
    ...(record.pages.length > 1 ? { pagination: record.pages.join(', ') } : {}),
    articleSection: record.pageLabel,
    ...(record.column ? { keywords: record.column } : {}),
    description: facts.description,
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
  };
}

/**
 * JSON for inside <script type="application/ld+json">: `<`, `>` and `&` as \u escapes so no
 * text from a source can close the script element or open a comment; U+2028/2029 escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
