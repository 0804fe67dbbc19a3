/**
 * A scratch archive for measuring the site at scale from real text: the issues of an existing
 * content tree repeated, in turn, on consecutive days from 2020-01-01, with every id and
 * reference renamed to the new date. The text is real; the dates and the repetition are not.
 * (npm run synth composes new pages instead, for the ingest; this skips the ingest.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Block, Issue, Photo, Section } from '../schema/entries.ts';
import { readContent } from '../content/read.ts';
import { entryTexts, type EntrySet } from '../content/write.ts';

/** The first date of the repeated archive. */
const FIRST_DAY = Date.UTC(2020, 0, 1);

/**
 * Writes `days` issues into `out` (emptied first), taken in turn from the content tree `from`.
 * Gives the number of articles written. Throws when `from` has no issues, or what the content
 * reader throws for a broken entry.
 */
export function repeatArchive(from: string, out: string, days: number): { days: number; articles: number } {
  const source = readContent(from);
  if (source.issues.length === 0) throw new Error(`${from}: 没有可重复的期（the source archive has no issues）`);
  const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
  const entries: EntrySet = { issues: [], sections: [], articles: [], photos: [] };
  for (let d = 0; d < days; d++) {
    const date = new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10);
    const issue = source.issues[d % source.issues.length];
    const re = (id: string) => date + id.slice(10);
    entries.issues.push({ ...strip(issue), id: date, date } as Issue);
    for (const s of source.sections.filter((s) => s.issue === issue.id)) entries.sections.push({ ...strip(s), id: re(s.id), issue: date } as Section);
    for (const p of source.photos.filter((p) => p.issue === issue.id)) {
      entries.photos.push({ ...strip(p), id: re(p.id), issue: date, section: re(p.section), article: re(p.article) } as Photo);
    }
    for (const a of source.articles.filter((a) => a.issue === issue.id)) {
      const { blocks, ...entry } = strip(a);
      const data = {
        ...entry,
        id: re(a.id),
        issue: date,
        section: re(a.section),
        continuedOnArticle: a.continuedOnArticle && re(a.continuedOnArticle),
        continuedFromArticle: a.continuedFromArticle && re(a.continuedFromArticle),
      } as Article;
      entries.articles.push({ data, blocks: blocks as Block[] });
    }
  }
  fs.rmSync(out, { recursive: true, force: true });
  for (const [rel, text] of entryTexts(entries)) {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), text);
  }
  return { days, articles: entries.articles.length };
}
