/**
 * The corpus downloads the site publishes under /data/: the export (src/export) of the whole
 * archive — articles.jsonl, articles.csv, issues.json and their JSON Schemas — and the
 * articles of each year as articles-YYYY.jsonl and articles-YYYY.csv. Pure: content in, files out.
 */
import { buildExport, type ExportData } from '../export/build.ts';
import type { ExportArticle } from '../export/schema.ts';
import type { EditCheck } from '../export/edits.ts';
import { articlesCsv } from '../export/csv.ts';
import type { Archive } from '../content/archive.ts';
import { ARTICLES_CSV_FILE, ARTICLES_FILE, exportTexts } from '../export/write.ts';
import type { ExportIssue } from '../export/schema.ts';
import type { YearSummary } from '../deploy/year-summaries.ts';
import path from 'node:path';

export interface DataFile {
  name: string;
  /** The file's text; null for a file made from `sources` instead. */
  text: string | null;
  /**
   * For a file the archive-wide part of a build by parts publishes without holding it (a year's
   * download and the whole archive's, src/deploy/year-summaries.ts): the years' files it is,
   * joined in order, each CSV after the first without its byte-order mark and header row.
   */
  sources?: string[];
  /** Size in bytes as served (UTF-8). */
  bytes: number;
  /** Articles in the file (lines of JSONL, data rows of CSV); issues for issues.json. */
  records: number | null;
  /** The calendar year (of the issue date) for a per-year file, null for the whole corpus. */
  year: string | null;
  kind: 'articles-jsonl' | 'articles-csv' | 'issues' | 'schema';
}

export interface Downloads {
  files: DataFile[];
  issues: number;
  articles: number;
  /** Issue dates covered, oldest and newest. */
  first: string | null;
  last: string | null;
  years: string[];
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

export function downloadsFromExport(data: ExportData): Downloads {
  const files: DataFile[] = [];
  const add = (name: string, text: string, kind: DataFile['kind'], records: number | null, year: string | null = null) =>
    files.push({ name, text, bytes: byteLength(text), records, year, kind });

  const years = yearFiles(data.articles);
  const { jsonl, csv } = wholeFromYears(data.articles, years);
  add(ARTICLES_FILE, jsonl, 'articles-jsonl', data.articles.length);
  add(ARTICLES_CSV_FILE, csv, 'articles-csv', data.articles.length);
  for (const [name, text] of Object.entries(exportTexts(data, { articles: false }))) {
    add(name, text, name.endsWith('.schema.json') ? 'schema' : 'issues', name.endsWith('.schema.json') ? null : data.issues.length);
  }
  for (const y of years) {
    add(`articles-${y.year}.jsonl`, y.jsonl, 'articles-jsonl', y.articles, y.year);
    add(`articles-${y.year}.csv`, y.csv, 'articles-csv', y.articles, y.year);
  }
  const dates = data.issues.map((i) => i.date).sort();
  return {
    files,
    issues: data.issues.length,
    articles: data.articles.length,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
    years: years.map((y) => y.year),
  };
}

/**
 * The downloads as the archive-wide part of a build by parts makes them (src/site/build-part.ts):
 * issues.json and the schemas from `issues` (export records of every issue), the articles' files
 * from the years' summaries in `dir` — each year's download as the summary made it, and the whole
 * archive's as the years' joined — the same files, names and sizes as downloadsFromExport gives
 * for the same content, without holding the articles' text.
 */
export function downloadsFromSummaries(issues: ExportIssue[], summaries: YearSummary[], dir: string): Downloads {
  const files: DataFile[] = [];
  const withArticles = summaries.filter((s) => s.downloads.length > 0);
  const articles = withArticles.reduce((sum, s) => sum + s.articles.length, 0);
  // The whole archive's file is the years' joined; every year's CSV head is the same, and the whole keeps the first.
  for (const [kind, name] of [['articles-jsonl', ARTICLES_FILE], ['articles-csv', ARTICLES_CSV_FILE]] as const) {
    const years = withArticles.map((s) => s.downloads.find((d) => d.kind === kind)!);
    if (years.length === 0) {
      const text = kind === 'articles-csv' ? articlesCsv([]) : '';
      files.push({ name, text, bytes: byteLength(text), records: 0, year: null, kind });
      continue;
    }
    const bytes = years.reduce((sum, d, i) => sum + d.bytes - (i > 0 ? d.headBytes : 0), 0);
    files.push({ name, text: null, sources: years.map((d) => path.join(dir, d.name)), bytes, records: articles, year: null, kind });
  }
  for (const [name, text] of Object.entries(exportTexts({ issues, articles: [] }, { articles: false }))) {
    files.push({ name, text, bytes: byteLength(text), records: name.endsWith('.schema.json') ? null : issues.length, year: null, kind: name.endsWith('.schema.json') ? 'schema' : 'issues' });
  }
  for (const s of withArticles) {
    for (const d of s.downloads) files.push({ name: d.name, text: null, sources: [path.join(dir, d.name)], bytes: d.bytes, records: d.records, year: String(s.year), kind: d.kind });
  }
  const dates = issues.map((i) => i.date).sort();
  return {
    files,
    issues: issues.length,
    articles,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
    years: withArticles.map((s) => String(s.year)),
  };
}

interface YearFile {
  year: string;
  articles: number;
  jsonl: string;
  csv: string;
}

/** One year's articles (export records, in print order) as the texts of articles-YYYY.jsonl and .csv. */
export function yearDownloadTexts(articles: ExportArticle[]): { jsonl: string; csv: string } {
  return { jsonl: articles.map((a) => JSON.stringify(a) + '\n').join(''), csv: articlesCsv(articles) };
}

/** Each year's articles (by issue date) as JSONL and CSV, the years in order. */
function yearFiles(articles: ExportArticle[]): YearFile[] {
  const years = [...new Set(articles.map((a) => a.date.slice(0, 4)))].sort();
  return years.map((year) => {
    const own = articles.filter((a) => a.date.startsWith(year));
    return { year, articles: own.length, ...yearDownloadTexts(own) };
  });
}

/**
 * The whole archive's articles.jsonl and articles.csv, byte for byte what exportTexts gives:
 * when the articles run year after year (print order is date order), the years' files joined,
 * each CSV after the first without its BOM and header row (which hold no line break), instead of
 * writing every article out a second time (a year's archive: 1 s of every build).
 */
function wholeFromYears(articles: ExportArticle[], years: YearFile[]): { jsonl: string; csv: string } {
  const inYearOrder = articles.every((a, i) => i === 0 || a.date.slice(0, 4) >= articles[i - 1].date.slice(0, 4));
  if (!inYearOrder || years.length === 0) return { jsonl: articles.map((a) => JSON.stringify(a) + '\n').join(''), csv: articlesCsv(articles) };
  const rows = (csv: string) => csv.slice(csv.indexOf('\n') + 1);
  return { jsonl: years.map((y) => y.jsonl).join(''), csv: years[0].csv + years.slice(1).map((y) => rows(y.csv)).join('') };
}

/** `origin`: the site's address (SITE_URL) for the articles' permalinks; null in a preview build. */
export function buildDownloads(archive: Archive, basePath = '/', edited?: EditCheck, origin: string | null = null): Downloads {
  return downloadsFromExport(buildExport(archive, basePath, edited, origin));
}

/** 1,234 B / 12.3 KB / 4.56 MB, in 1024s, as readers see file sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
