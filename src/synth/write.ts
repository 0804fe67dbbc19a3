/**
 * Writes composed issues as a sources folder ready for `npm run ingest`: one .txt per page
 * and the staff metadata file (date, page, pageName of every page, docs/metadata.md).
 * An existing metadata.yaml in the folder is kept and appended to, so further days can be
 * written into a folder that already holds earlier ones.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { METADATA_FILE } from '../ingest/metadata.ts';
import type { SynthIssue } from './compose.ts';
import { synthesise, type SynthOptions } from './synthesise.ts';

export interface WriteResult {
  files: number;
  bytes: number;
  /** Pages already in the folder with exactly this text. */
  unchanged: number;
}

export function writeIssues(outDir: string, issues: SynthIssue[]): WriteResult {
  mkdirSync(outDir, { recursive: true });
  const metadataPath = path.join(outDir, METADATA_FILE);
  const before = existsSync(metadataPath) ? readFileSync(metadataPath, 'utf8') : '';
  const known = (before.trim() === '' ? {} : (parse(before) ?? {})) as Record<string, { date?: string; page?: number } | null>;

  let bytes = 0;
  let unchanged = 0;
  const entries: string[] = [];
  for (const issue of issues) {
    entries.push(`# ${issue.date} 大同日报（合成）`);
    for (const page of issue.pages) {
      const file = path.join(outDir, page.file);
      if (existsSync(file)) {
        if (readFileSync(file, 'utf8') !== page.text) {
          throw new Error(`${file}: 已有同名文件而内容不同（a different page of this name is already there）`);
        }
        unchanged++;
      } else writeFileSync(file, page.text);
      bytes += Buffer.byteLength(page.text);
      const meta = known[page.file];
      if (meta) {
        if (String(meta.date) !== page.date || Number(meta.page) !== page.page) {
          throw new Error(`${metadataPath}: ${page.file} 已有不同的日期或版次（metadata already says otherwise）`);
        }
        continue;
      }
      entries.push(`${page.file}:\n  date: ${page.date}\n  page: ${page.page}\n  pageName: ${page.pageName}`);
    }
  }
  const head = before === '' ? '# 合成版面的元数据：npm run synth 写出（synthetic pages, written by npm run synth）\n' : before.endsWith('\n') ? before : `${before}\n`;
  writeFileSync(metadataPath, `${head}\n${entries.join('\n')}\n`);
  return { files: issues.reduce((n, i) => n + i.pages.length, 0), bytes, unchanged };
}

export interface Synthesised extends WriteResult {
  issues: number;
  first: string;
  last: string;
  /** Articles and photo news composed. */
  items: number;
  /** Pages drawn again because they did not read back as composed. */
  redraws: number;
  /** The page files written (or found), in issue and page order. */
  pageFiles: string[];
}

/** `npm run synth`: synthesise the days and write them into `out` (writeIssues); throws what those throw. */
export function synthesiseInto(out: string, options: SynthOptions): Synthesised {
  const issues = synthesise(options);
  const written = writeIssues(out, issues);
  return {
    ...written,
    issues: issues.length,
    first: issues[0].date,
    last: issues[issues.length - 1].date,
    items: issues.reduce((n, i) => n + i.pages.reduce((m, p) => m + p.items.length, 0), 0),
    redraws: issues.reduce((n, i) => n + i.redraws, 0),
    pageFiles: issues.flatMap((i) => i.pages.map((p) => p.file)),
  };
}
