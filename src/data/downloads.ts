/**
 * The corpus downloads the site publishes under /data/: the export (src/export) of the whole
 * archive — articles.jsonl, articles.csv, issues.json and their JSON Schemas — and the
 * articles of each year as articles-YYYY.jsonl and articles-YYYY.csv. Pure: content in, files out.
 */
import { buildExport, type ExportData } from '../export/build.ts';
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

  const whole = exportTexts(data);
  add(ARTICLES_FILE, whole[ARTICLES_FILE], 'articles-jsonl', data.articles.length);
  add(ARTICLES_CSV_FILE, whole[ARTICLES_CSV_FILE], 'articles-csv', data.articles.length);
  for (const [name, text] of Object.entries(whole)) {
    if (name === ARTICLES_FILE || name === ARTICLES_CSV_FILE) continue;
    add(name, text, name.endsWith('.schema.json') ? 'schema' : 'issues', name.endsWith('.schema.json') ? null : data.issues.length);
  }

  const years = [...new Set(data.articles.map((a) => a.date.slice(0, 4)))].sort();
  for (const year of years) {
    const articles = data.articles.filter((a) => a.date.startsWith(year));
    add(`articles-${year}.jsonl`, articles.map((a) => JSON.stringify(a) + '\n').join(''), 'articles-jsonl', articles.length, year);
    add(`articles-${year}.csv`, articlesCsv(articles), 'articles-csv', articles.length, year);
  }
  const dates = data.issues.map((i) => i.date).sort();
  return {
    files,
    issues: data.issues.length,
    articles: data.articles.length,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
    years,
  };
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
