/**
 * A topic (专题) as the document Pagefind indexes, beside the articles: the same terms, weights
 * and result record as an article's (document.ts), so one query finds both. Its own kind in the
 * filters (kind = topic, shown as 专题); no page, column or author. It counts once, in the month
 * its span ends (or its bundle's month, topicSearchDocument): its year is that month's, not every
 * year the span covers, so the year filter, its counts, the date range and the chart of hits
 * agree. Sorted by the end of its span.
 */
import type { Topic } from '../../schema/topic.ts';
import { routes } from '../../site/routes.ts';
import { documentTerms, escapeHtml, escapeValue, INDEX_LANGUAGE, termsOf, WEIGHT, type DocumentTerms, type DocumentTexts, type SearchDocument } from './document.ts';
import { encodeRecord, type ResultRecord } from '../shared/record.ts';

export interface IndexedTopic {
  /** File name without .mdx: /topics/<name>/. */
  name: string;
  data: Topic;
  /** The words of the topic's body, one string per block (src/topics/plain-text.ts). */
  text: string[];
}

export function topicRecord({ name, data, text }: IndexedTopic): ResultRecord {
  return {
    id: name,
    url: routes.topic(name),
    date: data.to,
    page: null,
    pageName: null,
    kind: 'topic',
    column: null,
    kicker: data.cover,
    headline: data.title,
    subheadline: null,
    title: data.title,
    names: [],
    fields: [data.summary, ...text],
    topic: { from: data.from, to: data.to, editor: data.editor },
  };
}

/** The texts a topic is searched by, in the parts of an article's (document.ts): title, cover and tags; the summary; the body. */
export function topicTexts({ data, text }: IndexedTopic): DocumentTexts {
  return { headline: [data.title, data.cover, ...data.tags], credits: [data.summary], body: text };
}

/**
 * The topic as Pagefind's document. `month`: the bundle's month, when the index has one bundle
 * per month (document.ts); else the month its span ends in. Its month filter is that month, its
 * year filter that month's year. Never throws.
 */
export function topicSearchDocument(topic: IndexedTopic, month?: string, terms: DocumentTerms = documentTerms(topicTexts(topic))): SearchDocument {
  const { data } = topic;
  const filed = month ?? data.to.slice(0, 7);
  const record = topicRecord(topic);
  const headline = termsOf(terms.headline);
  const summary = termsOf(terms.credits);
  const body = termsOf(terms.body);
  const filters: [string, string][] = [
    ['kind', 'topic'],
    ['year', filed.slice(0, 4)],
    ['month', filed],
  ];
  const html = [
    `<!doctype html><html lang="${INDEX_LANGUAGE}"><body>`,
    `<span data-pagefind-weight="${WEIGHT.headline}">${escapeHtml(headline)}</span> `,
    `<span data-pagefind-weight="${WEIGHT.credits}">${escapeHtml(summary)}</span> `,
    `<span>${escapeHtml(body)}</span>`,
    ...filters.map(([key, value]) => `<span data-pagefind-filter="${key}[data-value]" data-value="${escapeValue(value)}"></span>`),
    // Article sort keys are ids (date-page-seq); the bare date sorts a topic just before that day's articles.
    `<span data-pagefind-sort="date[data-value]" data-value="${escapeValue(data.to)}"></span>`,
    `<span data-pagefind-meta="d[data-value]" data-value="${encodeRecord(record)}"></span>`,
    '</body></html>',
  ].join('');
  return { url: record.url, html };
}
