/**
 * The export of a whole result set (every result the reader could reach by paging on, in the
 * order listed), as a file: CSV for a spreadsheet, RIS or BibTeX for a reference manager. Runs
 * in the search worker, loaded only when a reader exports. Each result's record is loaded from
 * its Pagefind fragment (a few at a time); the references are made by the archive's own
 * formatters (src/cite/ris.ts, bibtex.ts, gbt7714.ts), so a reference exported here is the one
 * the article page offers (/articles/<id>/cite.ris, cite.bib), and the CSV follows articles.csv's
 * rules (src/export/csv-options.ts).
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { bibtex } from '../../cite/bibtex.ts';
import { gbt7714 } from '../../cite/gbt7714.ts';
import type { CitationRecord } from '../../cite/record.ts';
import { ris } from '../../cite/ris.ts';
import { CSV_OPTIONS } from '../../export/csv-options.ts';
import { pageTitle } from '../../site/chinese.ts';
import { decodeRecord, type ResultRecord } from '../shared/record.ts';
import type { PagefindResult } from './pagefind-api.ts';
import type { ExportedFile, ExportRequest } from './protocol.ts';

/** Fragments loaded at once: enough to keep the connection busy, few enough not to queue hundreds. */
const AT_ONCE = 8;

/** Progress is reported at most this often (results loaded). */
const PROGRESS_EVERY = 25;

const TYPES = { csv: 'text/csv;charset=utf-8', ris: 'application/x-research-info-systems;charset=utf-8', bib: 'application/x-bibtex;charset=utf-8' };

/** The columns of a result set's CSV: names as in articles.csv where the same (docs/export.md), then the reference. */
export const RESULT_COLUMNS: { name: string; value: (r: ResultRecord, n: number, url: string, cite: CitationRecord | null) => string | number | null }[] = [
  { name: 'rank', value: (_r, n) => n },
  { name: 'id', value: (r) => r.id },
  { name: 'permalink', value: (_r, _n, url) => url },
  { name: 'date', value: (r) => r.date },
  { name: 'page', value: (r) => r.page },
  { name: 'pageName', value: (r) => r.pageName },
  { name: 'kind', value: (r) => r.kind },
  { name: 'column', value: (r) => r.column },
  { name: 'kicker', value: (r) => r.kicker },
  { name: 'headline', value: (r) => (r.kind === 'topic' ? r.title : r.headline) },
  { name: 'subheadline', value: (r) => r.subheadline },
  { name: 'authors', value: (r) => (r.topic ? r.topic.editor : r.names.join('；')) },
  { name: 'pages', value: (_r, _n, _u, cite) => cite?.pages.join(', ') ?? null },
  { name: 'reference', value: (_r, _n, _u, cite) => (cite ? gbt7714(cite) : null) },
];

/**
 * The reference of a result, as the article page makes it: from the record's citation fields
 * (build/archive.ts), or, on an index built before they were carried, from its headline, names
 * and page. Null for a topic (专题), which the paper did not print.
 */
export function citationOf(record: ResultRecord, url: string): CitationRecord | null {
  if (record.kind === 'topic' || record.page === null) return null;
  const cite = record.cite ?? { authors: record.names, title: record.title, devisedTitle: !record.headline, paper: '大同日报' as const, pages: [record.page] };
  return {
    id: record.id,
    ...cite,
    headline: record.headline,
    date: record.date,
    page: record.page,
    pageLabel: pageTitle(record.page, record.pageName),
    column: record.column,
    url,
  };
}

/** Records of the results, in order; `progress` is told how many are loaded. */
async function loadRecords(results: PagefindResult[], progress: (done: number, total: number) => void): Promise<ResultRecord[]> {
  const records: ResultRecord[] = new Array(results.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < results.length) {
      const i = next++;
      records[i] = decodeRecord((await results[i].data()).meta.d);
      if (++done % PROGRESS_EVERY === 0) progress(done, results.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, results.length) }, worker));
  progress(done, results.length);
  return records;
}

/** A file name from the query: 大同日报检索_冰雪季.csv (characters file systems refuse left out). */
export function exportName(query: string, format: ExportRequest['format']): string {
  const words = [...query.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim()].slice(0, 30).join('');
  return `大同日报检索${words ? `_${words}` : ''}.${format}`;
}

/**
 * The file of a result set. Takes the results in the order listed, the format and the site's
 * address (permalinks are made from it), the query (for the file's name), and what to tell of
 * the loading; gives the file. Throws when a result's record cannot be loaded.
 */
export async function exportFile(results: PagefindResult[], request: ExportRequest, query: string, progress: (done: number, total: number) => void): Promise<ExportedFile> {
  const records = await loadRecords(results, progress);
  const rows = records.map((record) => {
    const url = new URL(record.url.replace(/^\//, ''), request.site).href;
    return { record, url, cite: citationOf(record, url) };
  });
  const cited = rows.filter((r) => r.cite !== null);
  let text: string;
  if (request.format === 'csv') {
    const table = [RESULT_COLUMNS.map((c) => c.name), ...rows.map(({ record, url, cite }, i) => RESULT_COLUMNS.map((c) => c.value(record, i + 1, url, cite)))];
    text = stringify(table, { ...CSV_OPTIONS, bom: true });
  } else if (request.format === 'ris') {
    text = cited.map((r) => ris(r.cite!)).join('\r\n');
  } else {
    text = cited.map((r) => bibtex(r.cite!)).join('\n');
  }
  return { name: exportName(query, request.format), type: TYPES[request.format], text, results: records.length, cited: cited.length };
}
