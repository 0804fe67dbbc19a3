/**
 * A site built in parts (`npm run build-archive`, docs/scaling.md): each year's dated pages by a
 * build of their own (one CI runner a year), the pages that span years by one more, then the
 * parts merged into one site (src/deploy/merge-parts.ts). Which part writes which file of dist/
 * is decided here, by the file's path alone, so no two parts write the same file and the merge
 * can refuse one that is written twice.
 *
 * | file of dist/ | written by |
 * |---|---|
 * | issues/<YYYY-MM-DD>/…: an issue, its 版 pages, their images and PDFs | the part of year YYYY |
 * | articles/<YYYY-MM-DD-…>/…: an article page, its cite.bib and cite.ris | the part of year YYYY |
 * | pagefind/<YYYY-MM>/…: a month's search bundle | the part of year YYYY |
 * | _astro/…: the site's code, styles and image sizes (named by their content) | any part |
 * | pagefind/shards.json, pagefind/directory/…, sitemap.xml | the merge, from every part's |
 * | everything else: home, 往期回顾 and calendars, authors, columns, topics, /data/, feed, search, about | the archive-wide part |
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildPart, contentDir, type BuildPart } from '../config.ts';

export type { BuildPart };

/** Files any part may write, named by their content: the same path holds the same bytes. */
export const SHARED_FOLDER = '_astro/';

/** Files the merge makes from every part's (the parts' own copies are replaced). */
export const MERGED_FILES = [/^pagefind\/shards\.json$/, /^pagefind\/directory\//, /^sitemap(?:-\d+)?\.xml$/];

const YEAR_FILE = /^(?:issues\/(\d{4})-\d{2}-\d{2}(?:\/|$)|articles\/(\d{4})-\d{2}-\d{2}-|pagefind\/(\d{4})-\d{2}\/)/;

/**
 * The year whose part writes the file `rel` of dist/ (relative, `/`-separated), or null when
 * the archive-wide part writes it. Shared and merged files (above) are not asked about.
 */
export function yearOfOutput(rel: string): number | null {
  const match = YEAR_FILE.exec(rel);
  return match ? Number(match[1] ?? match[2] ?? match[3]) : null;
}

/** Whether a build of `part` writes the file `rel` of dist/ (shared files: yes; merged files: the whole site's build only). */
export function partWrites(rel: string, part: BuildPart = buildPart()): boolean {
  if (part.kind === 'whole' || rel.startsWith(SHARED_FOLDER)) return true;
  if (MERGED_FILES.some((pattern) => pattern.test(rel))) return false;
  const year = yearOfOutput(rel);
  return part.kind === 'year' ? year === part.year : year === null;
}

/** Whether this build makes the dated pages of `year` (its issues, 版 pages, articles). */
export function makesYear(year: number, part: BuildPart = buildPart()): boolean {
  return part.kind === 'whole' || (part.kind === 'year' && part.year === year);
}

/** Whether this build makes the pages that span years (home, calendars, authors, columns, topics, /data/, feed, search, about). */
export function makesArchiveWide(part: BuildPart = buildPart()): boolean {
  return part.kind !== 'year';
}

/** The year of a date or of an id that starts with one (`2024-03-01`, `2024-03-01-02-05`). */
export function yearOf(dateOrId: string): number {
  return Number(dateOrId.slice(0, 4));
}

/**
 * The issues a build reads (their dates, YYYY-MM-DD), or null for every issue. A year's part
 * reads its year's issues and the issue just before and just after them, whose links and pages
 * its first and last issue show (上一期, 下一期); the pages spanning years read every issue.
 * Issue dates come from the file names under content/issues/, which are not opened.
 */
export function issueDatesRead(part: BuildPart = buildPart(), dir: string = contentDir()): Set<string> | null {
  if (part.kind !== 'year') return null;
  const root = path.join(dir, 'issues');
  const dates = (fs.existsSync(root) ? fs.readdirSync(root) : [])
    .filter((name) => /^\d{4}$/.test(name))
    .flatMap((year) => fs.readdirSync(path.join(root, year)))
    .map((name) => /^(\d{4}-\d{2}-\d{2})\.json$/.exec(name)?.[1])
    .filter((date): date is string => date !== undefined)
    .sort();
  const first = dates.findIndex((date) => yearOf(date) === part.year);
  if (first < 0) return new Set();
  let last = first;
  while (last + 1 < dates.length && yearOf(dates[last + 1]) === part.year) last++;
  return new Set(dates.slice(Math.max(0, first - 1), last + 2));
}
