/**
 * What the search page and the search worker say to each other. Kept apart from the engine so
 * the page's own script stays small (the engine, with its folding tables, lives in the worker).
 */
import type { Segment } from '../shared/excerpt.ts';
import type { Notice } from '../shared/query.ts';
import type { DateRange } from '../shared/date-range.ts';

export const FACETS = ['year', 'page', 'column', 'author', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;

/** Names of a result's kind, in results and filters. */
export const KIND_LABELS: Record<string, string> = { article: '文章', photo: '图片新闻', topic: '专题' };
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchRequest {
  query: string;
  filters: Partial<Record<Facet, string>>;
  /** A date range from the address or the form (2023-10..2023-12, shared/query.ts parseDateRange); the query's own date: narrows it further. */
  date?: string;
  sort: SortOrder;
  offset: number;
  limit: number;
}

export interface FacetValue {
  value: string;
  /** As the filter shows it (2025年, 第一版, 图片新闻 …). */
  label: string;
  /** Results of the query (before the reader's filters) having this value; null when not known exactly. */
  count: number | null;
}

export interface ResultView {
  id: string;
  /** Permalink path without the base path. */
  url: string;
  date: string;
  /** The date and page as a result shows them: 2025年12月28日, 第一版 要闻 (null for a topic). */
  dateLabel: string;
  pageLabel: string | null;
  /** null for a topic (专题). */
  page: number | null;
  pageName: string | null;
  kind: 'article' | 'photo' | 'topic';
  column: Segment[] | null;
  kicker: Segment[] | null;
  title: Segment[];
  subheadline: Segment[] | null;
  names: string[];
  excerpt: Segment[];
  topic?: { from: string; to: string; editor: string };
}

export interface SearchResponse {
  /** The phrases searched for, folded (so a reader sees that 臺灣 was searched as 台湾). */
  phrases: string[];
  /** The same as the query reads them: groups that must all be found, each any one of its phrases (OR). */
  groups: string[][];
  /** Phrases no result holds (-词, NOT 词). */
  excluded: string[];
  /** The months searched (from date: and the address together), null when not limited. */
  dates: DateRange | null;
  /** What the query held that the search did not use as typed, said on the page. */
  notices: Notice[];
  /** Results in all: every one, or (atLeast) those known so far while months remain unsearched. */
  total: number;
  atLeast: boolean;
  /** Whether there is more to list after this page (更多结果). */
  more: boolean;
  facets: Record<Facet, FacetValue[]>;
  results: ResultView[];
  offset: number;
  /**
   * With month bundles opened newest first (engine.ts): the oldest month searched so far
   * (YYYY-MM) while older months remain unsearched; null when every bundle the query needs was
   * searched, or the order is not by date.
   */
  searchedSince: string | null;
  /**
   * Relevance over month bundles, while further months are still searched: the results listed
   * are the first of the page and stay where they are (no month not yet searched can outrank
   * them, by the term directory's bounds); the rest of the page follows in the whole response.
   */
  partial?: true;
}

/** Hits of a query in one month (YYYY-MM): exact, or null when only `atMost` is known. */
export interface MonthHits {
  month: string;
  count: number | null;
  atMost: number;
}

export interface WorkerRequest {
  id: number;
  /** Pagefind bundle folders (URL paths ending in /): the first is primary, the others are merged. */
  bundles: string[];
  /** null: open the index and load what every search needs (Pagefind, its index list, the filters), search nothing yet. */
  request: SearchRequest | null;
  /** Ask for the hits by month of `request` (offset and limit ignored) instead of a page of results. */
  histogram?: boolean;
  /** Ask for every result of `request` (offset and limit ignored) as a file to save, instead of a page of results. */
  export?: ExportRequest;
  /** `request` is being typed: fetch what planning its query needs (the term directory's files); no reply. */
  warm?: boolean;
}

/** The export of a whole result set: CSV (one row a result), RIS or BibTeX (one reference an article). */
export const EXPORT_FORMATS = ['csv', 'ris', 'bib'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  format: ExportFormat;
  /** The site's address, base path included (https://…/archive/): permalinks are made from it. */
  site: string;
}

/** A result set as a file: its name, type and text, with how many results it lists and how many it cites. */
export interface ExportedFile {
  name: string;
  type: string;
  text: string;
  results: number;
  cited: number;
}

export type WorkerReply =
  | { id: number; response: SearchResponse }
  /** The first results of a page while the search goes on (SearchResponse.partial); the whole page follows as `response`. */
  | { id: number; partial: SearchResponse }
  | { id: number; histogram: MonthHits[] }
  | { id: number; file: ExportedFile }
  /** While an export loads its results: so many of so many loaded. */
  | { id: number; progress: { done: number; total: number } }
  | { id: number; ready: true }
  | { id: number; error: string };
