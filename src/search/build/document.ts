/**
 * One article as the document Pagefind indexes. It is built from the archive's entries, not
 * scraped from the rendered page, so the index does not depend on page templates and the text
 * goes through exactly the folding and splitting the browser applies to queries.
 *
 * The document's text is our index terms (terms.ts), space-separated, in three weighted parts:
 * the headline block (栏目, 引题, 主题, 副题), the credits (byline, 电头, 尾署名, photo
 * credits), and the body (paragraphs, subheads, photo captions). Filters: year, page, column,
 * author (one per name, photographers included), kind. Sort key: the article id, which orders
 * by date, then page, then position on the page.
 */
import type { ArchiveArticle } from '../../content/archive.ts';
import type { Issue, Photo, Section } from '../../schema/entries.ts';
import { routes } from '../../site/routes.ts';
import { encodeRecord, type RecordCitation, type ResultRecord } from '../shared/record.ts';
import { keyedIndexTerms } from '../shared/terms.ts';
import { textUnits } from '../shared/units.ts';
import { CONTINUED_MARK } from '../../site/titles.ts';

export interface IndexedArticle {
  article: ArchiveArticle;
  issue: Issue;
  section: Section;
  /** The article's photos, in print order. */
  photos: Photo[];
  /**
   * For an untitled continued half (上接第一版), the headline of the article it continues, which
   * titles its result (site/titles.ts continuedOrigin); absent or null otherwise.
   */
  continuedHeadline?: string | null;
  /** The reference as the article page cites it (cite/record.ts), carried in the result record for the export of a result set. */
  cite?: RecordCitation;
}

export interface SearchDocument {
  url: string;
  html: string;
}

/**
 * Language of the index. Our terms are not words of a language; any code other than zh/ja/th
 * keeps Pagefind from running its own segmenter over them at build time.
 */
export const INDEX_LANGUAGE = 'und';

export const WEIGHT = { headline: 5, credits: 2 };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/**
 * Pagefind decodes character references in captured filter and sort values twice (once reading
 * the HTML, once more tidying the value), so their ampersands are escaped twice: a column
 * named `&amp;` stays `&amp;`.
 */
export const escapeValue = (text: string) => escapeHtml(text.replace(/\s+/g, ' ').trim()).replace(/&/g, '&#38;');

const present = (values: (string | null | undefined)[]) =>
  values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');

function clip(text: string, length: number): string {
  const chars = [...text.trim()];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}

/**
 * The result's title: the headline; for an untitled continued half the headline it continues,
 * marked （续）; else a stand-in for pieces printed without a headline.
 */
export function displayTitle({ article, photos, continuedHeadline }: Pick<IndexedArticle, 'article' | 'photos' | 'continuedHeadline'>): string {
  const continued = present([article.headline]).length === 0 ? present([continuedHeadline]) : [];
  if (continued.length) return `${continued[0].trim()}${CONTINUED_MARK}`;
  const named = present([article.headline, article.kicker, article.subheadline?.replace(/^[—\-\s]+/, '')]);
  if (named.length) return named[0];
  const lead = present([...article.blocks.map((b) => b.text), ...photos.map((p) => p.caption)]);
  if (article.kind === 'photo') return lead.length ? `图片新闻：${clip(lead[0], 24)}` : '图片新闻';
  return lead.length ? clip(lead[0], 24) : '（无标题）';
}

/** One text's index terms in order, each with the key of the unit it starts with (shared/terms.ts). */
export interface TextTerms {
  terms: string[];
  keys: string[];
}

/**
 * A document's index terms, part by part and text by text: made once per document, written into
 * its HTML for Pagefind (searchDocument) and counted for the term statistics (term-stats.ts
 * pageWords), since splitting and folding the text is most of our side's work on a bundle.
 */
export interface DocumentTerms {
  headline: TextTerms[];
  credits: TextTerms[];
  body: TextTerms[];
}

export function documentTerms(texts: DocumentTexts): DocumentTerms {
  const part = (list: string[]) => list.map((text) => keyedIndexTerms(textUnits(text)));
  return { headline: part(texts.headline), credits: part(texts.credits), body: part(texts.body) };
}

/** A part's terms as Pagefind reads them: one string, space between terms. */
export function termsOf(part: TextTerms[]): string {
  return part.flatMap((t) => t.terms).join(' ');
}

/**
 * The texts excerpts are cut from, as the article page shows them: the byline, the paragraphs
 * with the 电头 before the first and the 尾署名 after the last, the photo captions with credits.
 */
function excerptFields({ article, photos }: IndexedArticle): string[] {
  const paragraphs = article.blocks.map((b) => b.text);
  const [dateline, signature] = [article.dateline?.trim(), article.signature?.trim()];
  if (paragraphs.length === 0) paragraphs.push('');
  if (dateline) paragraphs[0] = `${dateline} ${paragraphs[0]}`;
  if (signature) paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]} ${signature}`;
  return present([
    article.byline,
    ...paragraphs,
    ...photos.map((p) => (p.credit ? `${p.caption} ${p.credit}` : p.caption)),
  ]).map((t) => t.trim());
}

export function resultRecord(entry: IndexedArticle): ResultRecord {
  const { article, issue, section, photos } = entry;
  const names = [...new Set([...article.authors.map((a) => a.name), ...photos.flatMap((p) => p.photographers)])];
  return {
    id: article.id,
    url: routes.article(article.id),
    date: issue.date,
    page: section.page,
    pageName: section.name,
    kind: article.kind,
    column: article.column,
    kicker: article.kicker,
    headline: article.headline,
    subheadline: article.subheadline,
    title: displayTitle(entry),
    names,
    fields: excerptFields(entry),
    ...(entry.cite ? { cite: entry.cite } : {}),
  };
}

export interface DocumentOptions {
  /**
   * The month (YYYY-MM) of the bundle the document goes in, its `month` filter: with one bundle
   * per month the engine asks each month's bundle for its own results through it (see
   * shards.ts, engine.ts). Without it, the month of the issue: a date range (date:2023-10..2023-12)
   * searches one bundle through the same filter.
   */
  month?: string;
}

/**
 * The texts an article is searched by, in the document's three weighted parts: the headline
 * block (栏目, 引题, 主题, 副题), the credits (byline, 电头, 尾署名, photo credits), the body
 * (paragraphs, subheads, photo captions). Each text is its own run of words: a phrase never
 * reaches from one into the next. The recall oracle (src/bench/search-oracle.ts) reads the same.
 */
export function articleTexts({ article, photos }: Pick<IndexedArticle, 'article' | 'photos'>): DocumentTexts {
  return {
    headline: present([article.column, article.kicker, article.headline, article.subheadline]),
    credits: present([article.byline, article.dateline, article.signature, ...photos.map((p) => p.credit)]),
    body: present([...article.blocks.map((b) => b.text), ...photos.map((p) => p.caption)]),
  };
}

export interface DocumentTexts {
  headline: string[];
  credits: string[];
  body: string[];
}

export function searchDocument(entry: IndexedArticle, options: DocumentOptions = {}, terms: DocumentTerms = documentTerms(articleTexts(entry))): SearchDocument {
  const { article, issue, section } = entry;
  const record = resultRecord(entry);
  const headline = termsOf(terms.headline);
  const credits = termsOf(terms.credits);
  const body = termsOf(terms.body);
  const filters: [string, string][] = [
    ['year', issue.date.slice(0, 4)],
    ['page', String(section.page)],
    ['kind', article.kind],
    ...present([article.column]).map((c): [string, string] => ['column', c]),
    ...record.names.map((n): [string, string] => ['author', n]),
    ['month', options.month ?? issue.date.slice(0, 7)],
  ];
  const html = [
    `<!doctype html><html lang="${INDEX_LANGUAGE}"><body>`,
    `<span data-pagefind-weight="${WEIGHT.headline}">${escapeHtml(headline)}</span> `,
    `<span data-pagefind-weight="${WEIGHT.credits}">${escapeHtml(credits)}</span> `,
    `<span>${escapeHtml(body)}</span>`,
    ...filters.map(([key, value]) => `<span data-pagefind-filter="${key}[data-value]" data-value="${escapeValue(value)}"></span>`),
    `<span data-pagefind-sort="date[data-value]" data-value="${escapeValue(article.id)}"></span>`,
    `<span data-pagefind-meta="d[data-value]" data-value="${encodeRecord(record)}"></span>`,
    '</body></html>',
  ].join('');
  return { url: record.url, html };
}
