/**
 * The ingest as one pure function: decoded sources (+ staff metadata, + the id ledger) →
 * entry files and a report. decode → lines → reflow → blocks → items → entries, then the checks
 * that make the result trustworthy (dates, page collisions, nothing lost, schemas).
 * Reading and writing files is the caller's job (run.ts).
 */
import type { Block } from './blocks.ts';
import { toBlocks } from './blocks.ts';
import { joinCaptionPieces } from './captions.ts';
import { missingCharacters } from './coverage.ts';
import type { DateMention } from './dates.ts';
import { entryFiles, toEntries, type Entries, type ReadPage } from './entries.ts';
import { IngestError, shellWord } from './errors.ts';
import type { Ledger } from './ids.ts';
import { candidateIssueDate, decideIssueDates, type DateSource, type IssueDate } from './issue-dates.ts';
import { toItems, type Item, type ReadItemsOptions } from './items.ts';
import { readLayout, type PageLayout } from './layout.ts';
import { readPageFooter, readPageHeader, type PageHeader } from './masthead.ts';
import { sourceLineAt, toLines, type Line } from './lines.ts';
import type { SourceMeta } from './metadata.ts';
import type { PageImage, PagePdf } from '../schema/entries.ts';
import { findContinuation, parseDateline, ROLE_WORDS } from './patterns.ts';
import { reflow } from './reflow.ts';
import { FLAG_LABELS } from '../schema/flags.ts';

export interface SourceText {
  /** File name inside content/sources. */
  name: string;
  /** The path to show people in messages. */
  displayPath: string;
  text: string;
  meta: SourceMeta;
  /** The page's image and PDF (版面图), read and checked (page-files.ts), when it has them. */
  pageFiles?: { image?: PageImage; pdf?: PagePdf };
  /** Given in this run (new or changed), as opposed to already in the archive: messages name it first. */
  given?: boolean;
}

export interface PageReport {
  source: string;
  date: string;
  dateSource: DateSource;
  dateEvidence: DateMention[];
  page: number;
  pageSource: 'metadata' | 'printed' | 'inferred';
  articles: number;
  photoNews: number;
  photos: number;
  /** Everything a person should look at: "untitled 2025-12-28-01-06 (line 87)" and so on. */
  uncertain: string[];
  /** The sources of the same date and page this page replaced (`replace: true`). */
  replaces?: string[];
}

export interface PipelineResult {
  entries: Entries;
  files: Map<string, string>;
  pages: PageReport[];
}

/**
 * The reading stages for one page's text, as the ingest runs them: lines → (page header) →
 * reflow → (layout) → blocks. Takes decoded text and the page's number when the staff gave it
 * (a bare page mark on the first line is its header then); gives the source lines, the page header
 * (masthead.ts) set apart, the reflowed lines under it, the page's layout habits and the blocks.
 * Pure; never throws.
 */
export function readBlocks(text: string, page: number | null = null): { sourceLines: Line[]; header: PageHeader | null; footer: Line[]; lines: Line[]; layout: PageLayout; blocks: Block[] } {
  const sourceLines = toLines(text);
  // The page header (2026年3月5日 星期四 / 第1版 要闻 责任编辑：某某) names the page; it heads no article.
  const header = readPageHeader(sourceLines, page);
  const body = header ? sourceLines.slice(header.lines.length) : sourceLines;
  // Its foot (8, A05, 某某日报 2017年12月6日 星期三 第7版) closes no article either.
  const footer = readPageFooter(body);
  const lines = reflow(footer.length ? body.slice(0, body.indexOf(footer[0])) : body);
  const layout = readLayout(lines);
  // A caption or credit the extraction cut over two lines is read as one (captions.ts).
  const read = joinCaptionPieces(lines);
  return { sourceLines, header, footer, lines: read, layout, blocks: toBlocks(read, layout) };
}

/** One page's items as the ingest reads them (readBlocks, then the items stage). Pure. */
export function readItems(text: string, knownNames: ReadonlySet<string> = new Set()): Item[] {
  const { layout, blocks } = readBlocks(text);
  return toItems(blocks, { knownNames, layout });
}

export function runPipeline(sources: SourceText[], ledger: Ledger): PipelineResult {
  const read = sources.map((s) => ({ source: s, ...readBlocks(s.text, s.meta.page ?? null) }));
  const blocks = read.map((r) => r.blocks);
  const knownNames = namesPrintedApart(blocks.flat());

  // The dates are read with the page header in place: it is the masthead's date.
  const dates = sourceDates(read.map(({ source, header, lines }) => ({ source, lines: header ? [...header.lines, ...lines] : lines })));
  const pages: ReadPage[] = read.map(({ source, lines, header, footer, layout }, i) =>
    readPage(source, lines, header, footer, blocks[i], { knownNames, layout, pageHeader: header !== null }, dates.get(source.name)!),
  );
  const replaced = settleCollisions(pages, sources);

  const entries = toEntries(pages, ledger);
  const texts = entryTextsBySource(entries);
  // A replaced page's text is no longer the archive's: the page replacing it is checked instead.
  for (const { source, sourceLines } of read) if (!replaced.has(source.name)) checkNothingLost(source, sourceLines, texts.get(source.name) ?? []);
  const bySource = entriesBySource(entries);
  return { entries, files: entryFiles(entries), pages: pages.map((p) => report(p, bySource.get(p.source) ?? { articles: [], photos: [] })) };
}

/**
 * The issue date of every source: the staff's, else the one its page prints, else inferred
 * once per issue from the news of all its pages read together (issue-dates.ts). Throws
 * IngestError for an empty page and for a page whose date cannot be known for sure.
 */
export function sourceDates(read: Array<{ source: SourceText; lines: Line[] }>): Map<string, IssueDate> {
  for (const { source, lines } of read) refuseEmpty(source, lines);
  return decideIssueDates(read.map(({ source, lines }) => ({ name: source.name, displayPath: source.displayPath, lines, given: source.meta.date })));
}

/**
 * The issue date a source most likely belongs to, without judging the evidence (`--MM-DD`
 * when its news names the day but not the year, null when its text has none): enough to find
 * which pages already in the archive are of the same issue and must be read with it. Throws
 * IngestError for an empty page or a bad masthead.
 */
export function likelyIssueDate(source: SourceText): string | null {
  const lines = toLines(source.text);
  refuseEmpty(source, lines);
  return source.meta.date ?? candidateIssueDate({ name: source.name, displayPath: source.displayPath, lines });
}

function refuseEmpty(source: SourceText, lines: Line[]): void {
  if (lines.length === 0) {
    throw new IngestError({ file: source.displayPath, message: '文件没有任何文字（empty page）', hint: '请确认选对了文件' });
  }
}

function readPage(source: SourceText, lines: Line[], header: PageHeader | null, footer: Line[], blocks: Block[], options: ReadItemsOptions, date: IssueDate): ReadPage {
  const printedPage = source.meta.page ? null : (header?.page ?? null);
  const page = source.meta.page ?? printedPage ?? inferPage(source, lines);
  return {
    source: source.name,
    items: toItems(blocks, options),
    date: date.date,
    dateSource: date.dateSource,
    // Each page keeps the evidence found in its own text; the issue gathers them all.
    dateEvidence: date.evidence.filter((e) => e.source === source.name).map(({ date, text, sentence, line }) => ({ date, text, sentence, line })),
    dateNotes: date.notes,
    // A given page number wins; a header that prints another is noted for the report, as a masthead's date is.
    ...(source.meta.page && header?.page && header.page !== source.meta.page
      ? { pageNotes: [`版头印着第${header.page}版，导入按给定的第${source.meta.page}版（page header disagrees）`] }
      : {}),
    page,
    pageSource: source.meta.page ? 'metadata' : printedPage !== null ? 'printed' : 'inferred',
    pageName: source.meta.pageName ?? header?.name ?? null,
    ...(header ? { header: header.lines.map((l) => l.text) } : {}),
    ...(footer.length ? { footer: footer.map((l) => l.text) } : {}),
    files: source.pageFiles,
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
    line: sourceLineAt(from, findContinuation(from.text)!.index),
    message: '这一版有“上接”转版说明，不是第一版，无法推断版次（page number unknown）',
    hint: `请在 content/sources/metadata.yaml 中为 ${source.name} 写明 page，格式见 docs/metadata.md`,
  });
}

/**
 * Same date and page from two files: the one whose metadata says `replace: true` takes the
 * page, and the other leaves `pages` (it stays in content/sources, its ids go to the page
 * replacing it, which lists it in `replaces`). Gives the names of the replaced sources. Throws
 * IngestError naming both files when neither or both say replace, or when a third file claims
 * a page already replaced.
 */
function settleCollisions(pages: ReadPage[], sources: SourceText[]): Set<string> {
  const byPage = new Map<string, ReadPage>();
  const replaced = new Set<string>();
  const meta = (name: string) => sources.find((s) => s.name === name)!;
  for (const p of [...pages]) {
    const key = `${p.date}#${p.page}`;
    const other = byPage.get(key);
    if (!other) {
      byPage.set(key, p);
      continue;
    }
    const says = (page: ReadPage) => meta(page.source).meta.replace === true;
    const replacing = says(p) === says(other) || other.replaces?.length ? null : says(p) ? p : other;
    if (replacing) {
      const old = replacing === p ? other : p;
      pages.splice(pages.indexOf(old), 1);
      replacing.replaces = [old.source];
      // A better text given without the page's name (2026-12-03_02.txt replacing 2026-12-03-02-要闻.txt) keeps it.
      replacing.pageName ??= old.pageName;
      replaced.add(old.source);
      byPage.set(key, replacing);
      continue;
    }
    const where = `${p.date} 第${p.page}版`;
    // The file given in this run is the one the staff are looking at: the message names it first
    // and its advice is about it, whichever of the two sorts first by name.
    const [named, twin] = !other.replaces?.length && meta(other.source).given && !meta(p.source).given ? [other, p] : [p, other];
    throw new IngestError({
      file: meta(named.source).displayPath,
      message: twin.replaces?.length
        ? `${where} 已由 ${twin.source} 替换了 ${twin.replaces[0]}，${named.source} 又是这一版（same page three times）`
        : says(named)
          ? `与 ${twin.source} 是同一期同一版（${where}），两个都写了 replace: true（both say replace）`
          : `与 ${twin.source} 是同一期同一版（${where}）（same issue and page twice）`,
      hint: twin.replaces?.length
        ? `一版只能替换一次：先运行 npm run ingest -- --remove ${shellWord(twin.replaces[0])} 撤下最早的文本（稿件号已归新版面，不受影响），再在最新的文件那一项写 replace: true、删去另一项的 replace`
        : says(named)
          ? '只在更新的那个文件那一项写 replace: true，删去另一项的 replace'
          : `若 ${named.source} 是更好的文本，请在 content/sources/metadata.yaml 中为它写 replace: true（见 docs/metadata.md“替换一个版面”）；否则请删去其中一个文件或更正日期、版次`,
    });
  }
  return replaced;
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
  for (const section of entries.sections) add(section.source, ...(section.header ?? []), ...(section.footer ?? []));
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
    uncertain.push(e ? `日期为推断：${page.date}（依据第 ${e.line} 行“${e.text}”）` : `日期为推断：${page.date}（依据同期其他版面）`);
  }
  uncertain.push(...(page.dateNotes ?? []), ...(page.pageNotes ?? []));
  if (page.pageSource === 'inferred') uncertain.push(`版次为推断：第${page.page}版`);
  for (const { data, body } of articles) {
    // What a person finds the piece by: its headline, else its dateline, else its opening words.
    const title = [...(data.headline ?? data.kicker ?? data.dateline ?? body.find((b) => b.text.trim())?.text ?? data.byline ?? '').trim()];
    const shown = title.length ? `「${title.slice(0, 20).join('')}${title.length > 20 ? '…' : ''}」` : '（没有文字）';
    for (const flag of data.flags) {
      // The second half of a continued article, linked to its first, is titled by it (src/site/titles.ts).
      if (flag === 'untitled' && data.continuedFromArticle) continue;
      uncertain.push(`${FLAG_LABELS[flag]}：${data.id}${shown}（第 ${data.source.lines[0]} 行起）`);
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
    ...(page.replaces?.length ? { replaces: page.replaces } : {}),
  };
}
