/**
 * The years' summaries a build by parts makes the pages spanning years from (home, 往期回顾,
 * authors, columns, topics, /data/, feed: src/site/build-part.ts), so that part never reads the
 * articles' full text, and its time and memory grow with what those pages show, not with every
 * word of twenty years (docs/scaling.md, "Twenty years").
 *
 * A year's summary, kept in one folder with the others (`npm run build-archive` makes them in
 * `<work>/summaries/` before the parts and hands the folder to the archive-wide part as
 * ARCHIVE_YEAR_SUMMARIES):
 * - `<YYYY>.json`: every article of the year as stored, its body cut to the blocks the lists,
 *   cards and feed read (summaryBlocks), and the year's two downloads' sizes;
 * - `articles-<YYYY>.jsonl` and `articles-<YYYY>.csv`: the year's downloads themselves, which the
 *   archive-wide part publishes under /data/ and joins into the whole archive's.
 * A summary is made again only when what its year's part is built from changes (part-inputs.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readArchive, articlesInPrintOrder } from '../content/archive.ts';
import type { StoredArticle } from '../content/read.ts';
import { yearDownloadTexts } from '../data/downloads.ts';
import { buildExport } from '../export/build.ts';
import type { EditCheck } from '../export/edits.ts';
import type { Block } from '../schema/entries.ts';
import { yearOf } from '../site/build-part.ts';
import type { PartInputs } from './part-inputs.ts';

/** Named anew when what a summary holds changes, so one kept from before is made afresh. */
export const SUMMARY_FORMAT = 'year-summary-2';

/** One of a year's downloads as the /data/ page lists it. */
export interface SummaryDownload {
  name: string;
  kind: 'articles-jsonl' | 'articles-csv';
  /** Size in bytes (UTF-8). */
  bytes: number;
  /** Articles in the file. */
  records: number;
  /** Bytes before the first record: a CSV's byte-order mark and header row (0 for JSONL). */
  headBytes: number;
  /** SHA-256 of the file (hex), so that a file damaged since (a cache half restored) is made again. */
  sha256: string;
}

export interface YearSummary {
  format: typeof SUMMARY_FORMAT;
  year: number;
  /** What the year's part was built from when the summary was made (its content digest covers the year's entries). */
  inputs: PartInputs;
  /** The year's articles in print order, each with the blocks summaryBlocks keeps. */
  articles: StoredArticle[];
  /** articles-YYYY.jsonl and .csv; none for a year without articles. */
  downloads: SummaryDownload[];
}

export class SummaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SummaryError';
  }
}

/**
 * The blocks of a body that the pages spanning years read: the first paragraph (a list's lead,
 * a card's first sentence, the feed's summary, an untitled piece's title) and the last one, so
 * that a dateline and a signature are told apart from it as on the article's own page
 * (paragraphParts). Takes the body's blocks; gives at most two of them, in order.
 */
export function summaryBlocks(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.type === 'paragraph');
  const last = blocks.findLastIndex((b) => b.type === 'paragraph');
  if (first < 0) return [];
  return first === last ? [blocks[first]] : [blocks[first], blocks[last]];
}

/** A year's summary and its two downloads' texts, as makeYearSummary gives them. */
export interface MadeSummary {
  summary: YearSummary;
  files: { name: string; text: string }[];
}

/**
 * Reads the year `year` of the tree `contentDir` (its issues only) and makes its summary and
 * downloads, with the links and permalinks the site's export gives (`basePath`, `origin`) and
 * `edited` saying which files a person edited. Throws ContentError as readArchive does.
 */
export function makeYearSummary(contentDir: string, year: number, inputs: PartInputs, basePath: string, origin: string | null, edited: EditCheck): MadeSummary {
  const archive = readArchive(contentDir, { dates: (date) => yearOf(date) === year });
  const articles = articlesInPrintOrder(archive);
  const texts = articles.length ? yearDownloadTexts(buildExport(archive, basePath, edited, origin).articles) : null;
  const files = texts
    ? [
        { name: `articles-${year}.jsonl`, text: texts.jsonl },
        { name: `articles-${year}.csv`, text: texts.csv },
      ]
    : [];
  const downloads: SummaryDownload[] = files.map(({ name, text }) => ({
    name,
    kind: name.endsWith('.csv') ? 'articles-csv' : 'articles-jsonl',
    bytes: Buffer.byteLength(text),
    records: articles.length,
    headBytes: name.endsWith('.csv') ? Buffer.byteLength(text.slice(0, text.indexOf('\n') + 1)) : 0,
    sha256: createHash('sha256').update(text).digest('hex'),
  }));
  const summary: YearSummary = {
    format: SUMMARY_FORMAT,
    year,
    inputs,
    articles: articles.map((article): StoredArticle => ({ ...article, blocks: summaryBlocks(article.blocks) })),
    downloads,
  };
  return { summary, files };
}

const summaryFile = (dir: string, year: number) => path.join(dir, `${year}.json`);

/** Writes a made summary into `dir`, its downloads first, each file whole before it is renamed into place. Throws what the file system throws. */
export function writeYearSummary(dir: string, made: MadeSummary): void {
  fs.mkdirSync(dir, { recursive: true });
  const put = (name: string, text: string) => {
    const temporary = path.join(dir, `.${name}.${process.pid}.tmp`);
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, path.join(dir, name));
  };
  for (const file of made.files) put(file.name, file.text);
  put(path.basename(summaryFile(dir, made.summary.year)), `${JSON.stringify(made.summary)}\n`);
}

/**
 * What the summary of `year` in `dir` was made from, or null when it must be made again: there is
 * none, it cannot be read, or one of its downloads is not the file it made (checked by digest).
 */
export function summaryInputs(dir: string, year: number): PartInputs | null {
  try {
    const summary = JSON.parse(fs.readFileSync(summaryFile(dir, year), 'utf8')) as Partial<YearSummary>;
    if (summary.format !== SUMMARY_FORMAT || !summary.inputs || !Array.isArray(summary.downloads)) return null;
    const intact = summary.downloads.every((d) => createHash('sha256').update(fs.readFileSync(path.join(dir, d.name))).digest('hex') === d.sha256);
    return intact ? summary.inputs : null;
  } catch {
    return null;
  }
}

/** Removes the summaries and downloads in `dir` of years not in `years` (a year gone from the archive). */
export function removeOtherSummaries(dir: string, years: number[]): void {
  if (!fs.existsSync(dir)) return;
  const kept = new Set(years.map(String));
  for (const name of fs.readdirSync(dir)) {
    const year = /^(?:articles-)?(\d{4})\.(?:json|jsonl|csv)$/.exec(name)?.[1];
    if (year && !kept.has(year)) fs.rmSync(path.join(dir, name));
  }
}

/**
 * Every summary in `dir`, oldest year first. Throws SummaryError naming the file when one cannot
 * be read, was made by another version of the site, or one of its downloads is missing or not of
 * the size it made (npm run build-archive makes such a summary again).
 */
export function readYearSummaries(dir: string): YearSummary[] {
  if (!fs.existsSync(dir)) throw new SummaryError(`没有各年摘要的目录 ${dir}；请用 npm run build-archive 构建`);
  const names = fs.readdirSync(dir).filter((name) => /^\d{4}\.json$/.test(name)).sort();
  return names.map((name) => {
    const file = path.join(dir, name);
    let summary: Partial<YearSummary>;
    try {
      summary = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<YearSummary>;
    } catch (error) {
      throw new SummaryError(`${file}：年摘要读不出（${(error as Error).message}）；npm run build-archive 会重做它`);
    }
    if (summary.format !== SUMMARY_FORMAT || summary.year !== Number(name.slice(0, 4)) || !Array.isArray(summary.articles) || !Array.isArray(summary.downloads)) {
      throw new SummaryError(`${file}：不是本版程序所做的年摘要（format ${JSON.stringify(summary.format)}）；npm run build-archive 会重做它`);
    }
    for (const download of summary.downloads) {
      const at = path.join(dir, download.name);
      const size = fs.existsSync(at) ? fs.statSync(at).size : null;
      if (size !== download.bytes) {
        throw new SummaryError(`${at}：${size === null ? '缺少这个文件' : `有 ${size} 字节，年摘要记的是 ${download.bytes} 字节`}（文件不完整？）；npm run build-archive 会重做 ${summary.year} 年的摘要`);
      }
    }
    return summary as YearSummary;
  });
}
