/** Writes the export files; each appears whole or not at all (written beside, then renamed). */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportData } from './build.ts';
import { articlesCsv } from './csv.ts';
import { articleJsonSchema, issuesJsonSchema } from './schema.ts';

export const ARTICLES_FILE = 'articles.jsonl';
export const ARTICLES_CSV_FILE = 'articles.csv';
export const ISSUES_FILE = 'issues.json';
/** JSON Schemas of the two files, beside them, so a downloaded export documents itself. */
export const ARTICLES_SCHEMA_FILE = 'articles.schema.json';
export const ISSUES_SCHEMA_FILE = 'issues.schema.json';

/**
 * One JSON object per line, UTF-8, not ASCII-escaped; the same articles as a CSV table
 * (src/export/csv.ts); the JSON files indented, newline-terminated. `articles: false` leaves
 * out the two articles files (the /data/ downloads make them from each year's: src/data/downloads.ts).
 */
export function exportTexts(data: ExportData, { articles = true } = {}): Record<string, string> {
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return {
    ...(articles && {
      [ARTICLES_FILE]: data.articles.map((a) => JSON.stringify(a) + '\n').join(''),
      [ARTICLES_CSV_FILE]: articlesCsv(data.articles),
    }),
    [ISSUES_FILE]: json(data.issues),
    [ARTICLES_SCHEMA_FILE]: json(articleJsonSchema()),
    [ISSUES_SCHEMA_FILE]: json(issuesJsonSchema()),
  };
}

export function writeExport(outDir: string, data: ExportData): string[] {
  const texts = Object.entries(exportTexts(data));
  fs.mkdirSync(outDir, { recursive: true });
  const temporary = (name: string) => path.join(outDir, `.${name}.${process.pid}.tmp`);
  try {
    // Every file is written in full before any is put in place.
    for (const [name, text] of texts) fs.writeFileSync(temporary(name), text);
    for (const [name] of texts) fs.renameSync(temporary(name), path.join(outDir, name));
  } finally {
    for (const [name] of texts) fs.rmSync(temporary(name), { force: true });
  }
  return texts.map(([name]) => path.join(outDir, name));
}
