/**
 * What a reference to one article is made of, taken once from the archive so that the
 * GB/T 7714 line, BibTeX, RIS, the citation meta tags and JSON-LD all say the same thing.
 *
 * Title (题名) rule, after GB/T 7714-2015 on 题名 and 其他题名信息: the 主题 (headline) is the title proper. A 副题
 * printed as a subtitle proper — a line opening with a dash (——……综述, ——访……) — is
 * 其他题名信息 and follows after ": " (the colon takes the dash's place). A 副题 without the
 * dash reports who presided or attended (某某主持并讲话 某某出席): news, not title, so left out,
 * as is the 引题 (kicker) and the column banner. The second half of a continued article
 * (上接第一版), printed without a headline, is cited by the headline of the article it continues
 * with （续）, the mark Chinese bibliographies give a continued part: the title was printed, on
 * the page the article began. Any other untitled piece gets a devised title in square brackets,
 * as cataloguers mark a supplied title.
 */
import { PAPER, type Issue, type Photo, type Section } from '../schema/entries.ts';
import type { Archive, ArchiveArticle } from '../content/archive.ts';
import { pageTitle } from '../site/chinese.ts';
import { articleTitle, CONTINUED_MARK } from '../site/titles.ts';

export interface CitationRecord {
  /** Permanent article id. */
  id: string;
  /**
   * 主要责任者: author names in print order, each once. An untitled continued half, which
   * printed no byline of its own, is by the authors of the article it continues.
   */
  authors: string[];
  /** 题名 as cited: headline, and a subtitle proper after ": ". */
  title: string;
  /** The printed headline alone (null when untitled). */
  headline: string | null;
  /** True when the title was supplied by the archive (the text printed none). */
  devisedTitle: boolean;
  paper: typeof PAPER;
  /** 出版日期 of the issue, YYYY-MM-DD. */
  date: string;
  /** 版次 where the article (or this part of it) begins. */
  page: number;
  /**
   * Every 版次 the article is printed on from this part on, in print order: its own page, then
   * the page of each part it runs over to (下转第三版), so a continued article is cited with all
   * its pages, as a newspaper reference gives the 版次 of the whole text. [page] for most.
   */
  pages: number[];
  /** 第一版 要闻 etc. */
  pageLabel: string;
  column: string | null;
  /** Absolute permalink of the article page; null in a preview build (no SITE_URL), which makes up no address. */
  url: string | null;
}

/** Runs of whitespace (layout spaces, full-width spaces, line breaks) become one space. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u3000]+/gu, ' ').trim();
}

const SUBTITLE_DASH = /^\s*(?:[—―]+|-{2,})\s*/u;

/** The 副题 as 其他题名信息, or null when it is not a subtitle proper. */
export function subtitleOf(subheadline: string | null): string | null {
  if (!subheadline || !SUBTITLE_DASH.test(subheadline)) return null;
  const text = oneLine(subheadline.replace(SUBTITLE_DASH, ''));
  return text === '' ? null : text;
}

/** A box's mark set before its name (■, ●, ◆, ▲, …): an ornament of the page's layout, not a word of the title. */
const BOX_MARK = /^[■□◆◇●○▲△★☆▶▼▽◎]\s*/;

/**
 * The headline as the title proper: on one line, without the mark a box's name is printed after
 * (●居家预防小贴士 is cited as 居家预防小贴士), as a catalogue transcribes the words of a title and not
 * its typographic ornaments. The article page shows the headline as printed. A headline that is a
 * mark alone keeps it.
 */
function titleProper(headline: string): string {
  const line = oneLine(headline);
  const bare = line.replace(BOX_MARK, '');
  return bare === '' ? line : bare;
}

/**
 * The 题名 as cited. Takes the article, its photos and, for an untitled continued half, the
 * article it continues (titles.ts continuedOrigin); gives the title and whether the archive
 * devised it.
 */
export function referenceTitle(article: ArchiveArticle, photos: Photo[] = [], continues: ArchiveArticle | null = null): { title: string; devised: boolean } {
  const headline = article.headline ? titleProper(article.headline) : '';
  const continued = headline === '' && continues?.headline ? titleProper(continues.headline) : '';
  if (continued !== '') return { title: `${continued}${CONTINUED_MARK}`, devised: false };
  if (headline === '') return { title: `[${oneLine(articleTitle(article, photos))}]`, devised: true };
  const subtitle = subtitleOf(article.subheadline);
  return { title: subtitle ? `${headline}: ${subtitle}` : headline, devised: false };
}

/**
 * The 版次 an article is printed on from this part on. Takes the article, the page it stands on
 * and, to follow the ingest's links (continuedOnArticle) over further pages, the archive; gives
 * its own page, then each page it runs over to, once each, in order. Where the archive lacks the
 * next part, the page its 下转 note names ends the list (the paper printed it there). Never throws.
 */
export function printedPages(article: ArchiveArticle, page: number, archive?: Pick<Archive, 'articleById' | 'sectionById'>): number[] {
  const pages = [page];
  const seen = new Set([article.id]);
  for (let at = article; at.continuedOn !== null || at.continuedOnArticle !== null; ) {
    const next = at.continuedOnArticle !== null ? archive?.articleById.get(at.continuedOnArticle) : undefined;
    const nextPage = at.continuedOn ?? (next ? archive?.sectionById.get(next.section)?.page : undefined);
    if (nextPage !== undefined && !pages.includes(nextPage)) pages.push(nextPage);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    at = next;
  }
  return pages;
}

export function citationRecord(input: {
  article: ArchiveArticle;
  issue: Issue;
  section: Section;
  photos?: Photo[];
  /** For an untitled continued half, the article it continues (titles.ts continuedOrigin). */
  continues?: ArchiveArticle | null;
  /** Absolute URL of the article page, or null (a preview build). */
  url: string | null;
  /** The archive, to follow a continued article over every page it runs to (printedPages). */
  archive?: Pick<Archive, 'articleById' | 'sectionById'>;
}): CitationRecord {
  const { article, issue, section, photos = [], continues = null, url, archive } = input;
  const byline = article.authors.length === 0 && continues ? continues.authors : article.authors;
  const names = byline.map((a) => oneLine(a.name)).filter((n) => n !== '');
  const { title, devised } = referenceTitle(article, photos, continues);
  return {
    id: article.id,
    authors: [...new Set(names)],
    title,
    headline: article.headline ? oneLine(article.headline) : null,
    devisedTitle: devised,
    paper: PAPER,
    date: issue.date,
    page: section.page,
    pages: printedPages(article, section.page, archive),
    pageLabel: pageTitle(section.page, section.name),
    column: article.column ? oneLine(article.column) : null,
    url,
  };
}
