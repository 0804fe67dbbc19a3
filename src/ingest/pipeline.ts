/**
 * The ingest as one pure function: decoded sources (+ staff metadata, + the id ledger) →
 * entry files and a report. decode → lines → blocks → items → entries, then the checks
 * that make the result trustworthy (dates, page collisions, nothing lost, schemas).
 * Reading and writing files is the caller's job (run.ts).
 */
import type { Block } from './blocks.ts';
import { toBlocks } from './blocks.ts';
import { missingCharacters } from './coverage.ts';
import { inferIssueDate, type DateMention } from './dates.ts';
import { entryFiles, toEntries, type Entries, type ReadPage } from './entries.ts';
import { IngestError } from './errors.ts';
import type { Ledger } from './ids.ts';
import { toItems } from './items.ts';
import { toLines, type Line } from './lines.ts';
import type { SourceMeta } from './metadata.ts';
import { findContinuation, parseDateline, ROLE_WORDS } from './patterns.ts';
import { FLAG_LABELS } from '../schema/flags.ts';

export interface SourceText {
  /** File name inside content/sources. */
  name: string;
  /** The path to show people in messages. */
  displayPath: string;
  text: string;
  meta: SourceMeta;
}

export interface PageReport {
  source: string;
  date: string;
  dateSource: 'metadata' | 'inferred';
  dateEvidence: DateMention[];
  page: number;
  pageSource: 'metadata' | 'inferred';
  articles: number;
  photoNews: number;
  photos: number;
  /** Everything a person should look at: "untitled 2025-12-28-01-06 (line 87)" and so on. */
  uncertain: string[];
}

export interface PipelineResult {
  entries: Entries;
  files: Map<string, string>;
  pages: PageReport[];
}

export function runPipeline(sources: SourceText[], ledger: Ledger): PipelineResult {
  const read = sources.map((s) => ({ source: s, lines: toLines(s.text) }));
  const blocks = read.map(({ lines }) => toBlocks(lines));
  const knownNames = namesPrintedApart(blocks.flat());

  const pages: ReadPage[] = read.map(({ source, lines }, i) => readPage(source, lines, blocks[i], knownNames));
  refuseCollisions(pages, sources);

  const entries = toEntries(pages, ledger);
  const texts = entryTextsBySource(entries);
  for (const { source, lines } of read) checkNothingLost(source, lines, texts.get(source.name) ?? []);
  const bySource = entriesBySource(entries);
  return { entries, files: entryFiles(entries), pages: pages.map((p) => report(p, bySource.get(p.source) ?? { articles: [], photos: [] })) };
}

/** The page's issue date: the staff's, else inferred from the text; refused when neither exists. */
export function pageDate(source: SourceText, lines: Line[] = toLines(source.text)): { date: string; evidence: DateMention[] } {
  if (lines.length === 0) {
    throw new IngestError({ file: source.displayPath, message: '文件没有任何文字（empty page）', hint: '请确认选对了文件' });
  }
  if (source.meta.date) return { date: source.meta.date, evidence: [] };
  const inferred = inferIssueDate(lines);
  if (!inferred.date) {
    throw new IngestError({
      file: source.displayPath,
      message: '无法从正文推断出版日期：正文中没有可用的年份和日期（no date in the text）',
      hint: `请在 content/sources/metadata.yaml 中为 ${source.name} 写明 date，格式见 docs/metadata.md`,
    });
  }
  return { date: inferred.date, evidence: inferred.evidence };
}

function readPage(source: SourceText, lines: Line[], blocks: Block[], knownNames: ReadonlySet<string>): ReadPage {
  const { date, evidence } = pageDate(source, lines);
  const page = source.meta.page ?? inferPage(source, lines);
  return {
    source: source.name,
    items: toItems(blocks, { knownNames }),
    date,
    dateSource: source.meta.date ? 'metadata' : 'inferred',
    dateEvidence: evidence,
    page,
    pageSource: source.meta.page ? 'metadata' : 'inferred',
    pageName: source.meta.pageName ?? null,
  };
}

/**
 * Without metadata, a page that only sends articles on (下转) and takes none in (上接) is a
 * front page; any other page needs its number from the staff.
 */
function inferPage(source: SourceText, lines: Line[]): number {
  const from = lines.find((l) => findContinuation(l.text)?.kind === 'from');
  if (!from) return 1;
  throw new IngestError({
    file: source.displayPath,
    line: from.n,
    message: '这一版有“上接”转版说明，不是第一版，无法推断版次（page number unknown）',
    hint: `请在 content/sources/metadata.yaml 中为 ${source.name} 写明 page，格式见 docs/metadata.md`,
  });
}

/** Same date and page from two files: refused, naming both, unless the newer one says replace. */
function refuseCollisions(pages: ReadPage[], sources: SourceText[]): void {
  const byPage = new Map<string, ReadPage>();
  for (const p of pages) {
    const key = `${p.date}#${p.page}`;
    const other = byPage.get(key);
    if (!other) {
      byPage.set(key, p);
      continue;
    }
    const meta = (name: string) => sources.find((s) => s.name === name)!;
    const replacing = meta(p.source).meta.replace ? p : meta(other.source).meta.replace ? other : null;
    if (replacing) {
      const replaced = replacing === p ? other : p;
      pages.splice(pages.indexOf(replaced), 1);
      byPage.set(key, replacing);
      continue;
    }
    throw new IngestError({
      file: meta(p.source).displayPath,
      message: `与 ${other.source} 是同一期同一版（${p.date} 第${p.page}版）（same issue and page twice）`,
      hint: `若 ${p.source} 是更好的文本，请在 content/sources/metadata.yaml 中为它写 replace: true；否则请删去其中一个文件或更正日期、版次`,
    });
  }
}

/** Names that some byline or dateline prints with spaces around them, to split run-together ones. */
function namesPrintedApart(blocks: Block[]): Set<string> {
  const names = new Set<string>();
  const roles = new RegExp(ROLE_WORDS.join('|'), 'g');
  const add = (credits: string) => {
    for (const token of credits.replace(roles, ' ').split(/[\s\u3000]+/)) {
      if (/^[\u4e00-\u9fff]{2,3}$/.test(token) && !/^(本报|新华社)$/.test(token)) names.add(token);
    }
  };
  for (const b of blocks) {
    if (b.type === 'byline') add(b.text);
    if (b.type === 'paragraph') {
      const credits = parseDateline(b.text)?.credits;
      if (credits) add(credits);
    }
  }
  return names;
}

interface SourceEntries {
  articles: Entries['articles'];
  photos: Entries['photos'];
}

/** Entries grouped by their source file once, so the per-page report does not scan the whole archive. */
function entriesBySource(entries: Entries): Map<string, SourceEntries> {
  const map = new Map<string, SourceEntries>();
  const of = (file: string) => {
    let e = map.get(file);
    if (!e) map.set(file, (e = { articles: [], photos: [] }));
    return e;
  };
  for (const a of entries.articles) of(a.data.source.file).articles.push(a);
  for (const p of entries.photos) of(p.source.file).photos.push(p);
  return map;
}

/** Every string an entry keeps from its source, grouped by source file. */
function entryTextsBySource(entries: Entries): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  const add = (source: string, ...texts: Array<string | null>) => {
    const list = bySource.get(source) ?? [];
    for (const t of texts) if (t) list.push(t);
    bySource.set(source, list);
  };
  for (const { data, body } of entries.articles) {
    add(data.source.file, data.column, data.kicker, data.headline, data.subheadline, data.byline, data.dateline, data.signature);
    add(data.source.file, ...data.continuationNotes, ...data.folds.map((f) => f.text), ...body.map((b) => b.text));
  }
  for (const photo of entries.photos) add(photo.source.file, photo.caption, photo.credit);
  return bySource;
}

function checkNothingLost(source: SourceText, lines: Line[], texts: string[]): void {
  const missing = missingCharacters(lines, texts);
  if (missing.length) {
    const first = missing[0];
    throw new IngestError({
      file: source.displayPath,
      line: first.line,
      message: `导入结果丢失了原文字符：${missing.slice(0, 10).map((m) => `“${m.char}”×${m.count}`).join('、')}（characters lost）`,
      hint: '这是导入程序的缺陷，请保留该文件并报告；content/ 未作改动',
    });
  }
}

function report(page: ReadPage, entries: SourceEntries): PageReport {
  const articles = entries.articles;
  const uncertain: string[] = [];
  if (page.dateSource === 'inferred') {
    const e = page.dateEvidence[0];
    uncertain.push(`日期为推断：${page.date}（依据第 ${e?.line} 行“${e?.text}”）`);
  }
  if (page.pageSource === 'inferred') uncertain.push(`版次为推断：第${page.page}版`);
  for (const { data } of articles) {
    for (const flag of data.flags) {
      const title = data.headline ?? data.dateline ?? '';
      uncertain.push(`${FLAG_LABELS[flag]}：${data.id}「${title.slice(0, 20)}」（第 ${data.source.lines[0]} 行起）`);
    }
  }
  return {
    source: page.source,
    date: page.date,
    dateSource: page.dateSource,
    dateEvidence: page.dateEvidence,
    page: page.page,
    pageSource: page.pageSource,
    articles: articles.filter((a) => a.data.kind === 'article').length,
    photoNews: articles.filter((a) => a.data.kind === 'photo').length,
    photos: entries.photos.length,
    uncertain,
  };
}
