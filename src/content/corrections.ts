/**
 * 校订: an entry a person corrected by hand must say so. The ingest's manifest
 * (content/.ingest-manifest.json) records the sha256 of what the ingest produced for each path;
 * an article or photo entry whose bytes differ from it was edited by hand, and must carry
 * `corrected` (when, and optionally what: src/schema/entries.ts), which the article page and the
 * export show. The pre-build check and the export refuse an edited entry without it, naming the
 * file and the line to add. Issues and page entries are not text of the paper and are left out.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Archive } from './archive.ts';
import { MANIFEST_FILE } from './commit-state.ts';
import { MANIFEST_FIX, parseManifest } from './manifest.ts';
import { entryPaths } from './paths.ts';
import { displayPath, type ContentProblem } from './problems.ts';
import { localToday } from '../ingest/today.ts';

const HOW = '在文件开头的元数据块中加一行 corrected: "YYYY-MM-DD"（校订日期；也可写 corrected: { date: "…", note: "改了什么" }），网页和导出会注明“校订”';

/**
 * Problems for every hand-edited article or photo entry of the tree that does not say when it was
 * corrected; none for a tree without a manifest; one naming the manifest when it is broken. A file
 * the archive was read from is judged by the digest of its bytes as read (`fileDigests`), others
 * by reading them.
 */
export function undatedCorrections(contentDir: string, archive: Archive & { fileDigests?: ReadonlyMap<string, string> }): ContentProblem[] {
  const manifestPath = path.join(contentDir, MANIFEST_FILE);
  let text: string;
  try {
    text = fs.readFileSync(manifestPath, 'utf8');
  } catch (error) {
    // No manifest: a tree the ingest never wrote, nothing to compare with.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  // A broken one is not "no manifest": without it no hand edit can be told, so it is refused.
  const read = parseManifest(text);
  if ('why' in read) {
    return [{ file: displayPath(manifestPath), line: read.line, reason: `导入清单损坏：${read.why}，无法判断哪些稿件手工校订过（broken ingest manifest）— ${MANIFEST_FIX}` }];
  }
  const manifest = read.files;
  const problems: ContentProblem[] = [];
  const check = (rel: string, what: string) => {
    const produced = manifest[rel];
    if (typeof produced !== 'string') return;
    let digest = archive.fileDigests?.get(rel);
    if (digest === undefined) {
      try {
        digest = createHash('sha256').update(fs.readFileSync(path.join(contentDir, rel))).digest('hex');
      } catch {
        return;
      }
    }
    if (digest === produced) return;
    problems.push({ file: displayPath(path.join(contentDir, rel)), line: rel.endsWith('.md') ? 2 : 1, field: 'corrected', reason: `这${what}与导入结果不同（手工校订过），但没有写明校订日期 — ${HOW}` });
  };
  for (const article of archive.articles) if (!article.corrected) check(entryPaths.article(article.id), '篇稿件');
  for (const photo of archive.photos) if (!photo.corrected) check(entryPaths.photo(photo.id), '条图片说明');
  return problems;
}

/**
 * Problems for every article or photo entry whose 校订 date is after tomorrow on this machine's
 * clock (a typo: 2062 for 2026), which the page and the export would show as the day of the
 * correction; the same bound the ingest puts on the dates staff give (src/ingest/metadata.ts).
 */
export function futureCorrections(contentDir: string, archive: Archive, today: string = localToday()): ContentProblem[] {
  const tomorrow = new Date(`${today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  const latest = tomorrow.toISOString().slice(0, 10);
  const problems: ContentProblem[] = [];
  const check = (rel: string, date: string | undefined) => {
    if (date === undefined || date <= latest) return;
    const file = path.join(contentDir, rel);
    let line: number | undefined;
    try {
      const index = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => /^corrected:/.test(l));
      if (index >= 0) line = index + 1;
    } catch {
      // Read a moment ago by readArchive; named without a line if gone since.
    }
    problems.push({ file: displayPath(file), line, field: 'corrected.date', reason: `校订日期 ${date} 在未来（今天是 ${today}） — 请核对年月日` });
  };
  for (const article of archive.articles) check(entryPaths.article(article.id), article.corrected?.date);
  for (const photo of archive.photos) check(entryPaths.photo(photo.id), photo.corrected?.date);
  return problems;
}
