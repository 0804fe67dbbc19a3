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

export interface DataFile {
  name: string;
  text: string;
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

interface YearFile {
  year: string;
  articles: number;
  jsonl: string;
  csv: string;
}

/** Each year's articles (by issue date) as JSONL and CSV, the years in order. */
function yearFiles(articles: ExportArticle[]): YearFile[] {
  const years = [...new Set(articles.map((a) => a.date.slice(0, 4)))].sort();
  return years.map((year) => {
    const own = articles.filter((a) => a.date.startsWith(year));
    return { year, articles: own.length, jsonl: own.map((a) => JSON.stringify(a) + '\n').join(''), csv: articlesCsv(own) };
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
