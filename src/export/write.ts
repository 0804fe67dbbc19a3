/** Writes the export files; each appears whole or not at all (written beside, then renamed). */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportData } from './build.ts';

export const ARTICLES_FILE = 'articles.jsonl';
export const ISSUES_FILE = 'issues.json';

/** One JSON object per line, UTF-8, not ASCII-escaped; issues.json indented, newline-terminated. */
export function exportTexts(data: ExportData): { articles: string; issues: string } {
  return {
    articles: data.articles.map((a) => JSON.stringify(a) + '\n').join(''),
    issues: JSON.stringify(data.issues, null, 2) + '\n',
  };
}

export function writeExport(outDir: string, data: ExportData): string[] {
  const texts = exportTexts(data);
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of [[ARTICLES_FILE, texts.articles], [ISSUES_FILE, texts.issues]] as const) {
    const target = path.join(outDir, name);
    const temporary = path.join(outDir, `.${name}.${process.pid}.tmp`);
    try {
      fs.writeFileSync(temporary, text);
      fs.renameSync(temporary, target);
    } finally {
      fs.rmSync(temporary, { force: true });
    }
    written.push(target);
  }
  return written;
}
