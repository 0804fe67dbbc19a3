/**
 * Scoring the ingest's reading of a page against its truth: pure functions on plain values.
 *
 * Every comparison ignores whitespace (src/fidelity/entry-text.ts `squeeze`). Per true article:
 * - its opening is its first paragraph, up to its first 40 characters (its headline when it
 *   has no paragraph): an article whose first paragraph was cut in two is still found, by the
 *   entry that holds its start;
 * - its entry is the page's article entry (photo news included) whose full text holds the
 *   opening; of several, the one whose headline equals the truth's, then the one holding most
 *   of its paragraphs, then the first printed;
 * - found: it has an entry; headline block exact: that entry's kicker, headline and
 *   subheadline equal the truth's (null = "", a kicker's trailing —— and a subheadline's
 *   leading —— ignored); whole: every true paragraph is in that entry's full text; glued: that
 *   entry also holds another true article's opening, more often than the article's own true
 *   text does (two articles may open with the same words), an article with a first paragraph
 *   (a headline standing in for an opening glues nothing); apart: how many of its true
 *   paragraphs are a line of their own in that entry (a subhead, a salutation or a list item
 *   run into the paragraph after it is not).
 * Per page, an extra entry is an article entry holding no true article's opening.
 * Definitions: docs/ingest.md "Measuring the reading".
 */
import type { TruthArticle } from './corpus.ts';
import { squeeze, type ReadEntry } from './entry-text.ts';

export interface ArticleScore {
  /** Position of the article in the truth file (0-based). */
  index: number;
  truth: TruthArticle;
  /** The article's entry, or null when no entry holds its opening. */
  entry: ReadEntry | null;
  headlineExact: boolean;
  whole: boolean;
  glued: boolean;
  /** Positions of the other true articles whose opening the entry also holds. */
  gluedWith: number[];
  /** The first true paragraph the entry does not hold (when found but not whole). */
  missing: string | null;
  /** How many of its true paragraphs are a line of their own in the entry (0 when not found). */
  apart: number;
}

export interface PageScore {
  articles: ArticleScore[];
  /** Article entries holding no true article's opening, in print order. */
  extra: ReadEntry[];
}

/** How many characters of an article's text (whitespace removed) make its opening. */
export const OPENING_CHARS = 40;

/**
 * The words that find a true article among the entries: the first OPENING_CHARS characters of
 * its first paragraph, or its headline when it has no paragraph; whitespace removed.
 */
export function opening(article: TruthArticle): string {
  const first = article.paragraphs.map(squeeze).find((p) => p !== '');
  return first === undefined ? squeeze(article.headline) : [...first].slice(0, OPENING_CHARS).join('');
}

/** How many times `words` occurs in `text`, without overlaps. */
export function occurrences(text: string, words: string): number {
  if (words === '') return 0;
  let n = 0;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + words.length)) n++;
  return n;
}

/** A kicker without the —— that joins it to the headline, squeezed. */
function kickerKey(text: string | null): string {
  return squeeze(text).replace(/—+$/u, '');
}

/** A subheadline without its leading ——, squeezed. */
function subheadlineKey(text: string | null): string {
  return squeeze(text).replace(/^—+/u, '');
}

/** Whether the entry's kicker, headline and subheadline are the truth's (whitespace, null and the —— marks aside). */
export function headlineBlockExact(truth: TruthArticle, entry: ReadEntry): boolean {
  return (
    kickerKey(entry.kicker) === kickerKey(truth.kicker) &&
    squeeze(entry.headline) === squeeze(truth.headline) &&
    subheadlineKey(entry.subheadline) === subheadlineKey(truth.subheadline)
  );
}

/**
 * Scores one page: its true articles and the article entries the ingest made of it (in
 * print order) → a score per true article and the extra entries. Pure; throws nothing.
 */
export function scorePage(truth: TruthArticle[], entries: ReadEntry[]): PageScore {
  const texts = new Map(entries.map((e) => [e, squeeze(e.text)]));
  const openings = truth.map(opening);
  const hasParagraph = truth.map((a) => a.paragraphs.some((p) => squeeze(p) !== ''));
  const holds = (entry: ReadEntry, words: string) => words !== '' && texts.get(entry)!.includes(words);

  const articles = truth.map((article, index): ArticleScore => {
    const paragraphs = article.paragraphs.map(squeeze);
    const held = (entry: ReadEntry) => paragraphs.filter((p) => texts.get(entry)!.includes(p)).length;
    const headline = squeeze(article.headline);
    const candidates = entries.filter((e) => holds(e, openings[index]));
    const entry =
      candidates
        .map((e, order) => ({ e, order, sameHeadline: squeeze(e.headline) === headline ? 1 : 0, held: held(e) }))
        .sort((a, b) => b.sameHeadline - a.sameHeadline || b.held - a.held || a.order - b.order)[0]?.e ?? null;
    if (!entry) return { index, truth: article, entry: null, headlineExact: false, whole: false, glued: false, gluedWith: [], missing: null, apart: 0 };

    const own = squeeze([article.kicker, article.headline, article.subheadline, ...article.paragraphs].join(''));
    // Only a first paragraph glues (the definition): an article printed without one (a
    // picture's title, a box's name over its briefs) has its headline as its opening, which an
    // entry may carry as its column or kicker without holding that article's text.
    const gluedWith = openings.flatMap((words, other) =>
      other !== index && hasParagraph[other] && occurrences(texts.get(entry)!, words) > occurrences(own, words) ? [other] : [],
    );
    const missingAt = paragraphs.findIndex((p) => !texts.get(entry)!.includes(p));
    const lines = new Set(entry.text.split('\n').map(squeeze));
    return {
      index,
      truth: article,
      entry,
      headlineExact: headlineBlockExact(article, entry),
      whole: missingAt === -1,
      glued: gluedWith.length > 0,
      gluedWith,
      missing: missingAt === -1 ? null : article.paragraphs[missingAt],
      apart: paragraphs.filter((p) => p !== '' && lines.has(p)).length,
    };
  });
  const extra = entries.filter((e) => !openings.some((words) => holds(e, words)));
  return { articles, extra };
}

/** A page's result: its score, or why the ingest refused it, and the characters its entries lack. */
export interface PageResult extends PageScore {
  id: string;
  layout: string;
  /** The ingest's message when it refused the page (then the page has no entries). */
  refused: string | null;
  /** Han characters and digits of the page its entries do not hold, with how many are missing. */
  lost: Array<{ char: string; count: number }>;
  /** The page's article entries, in print order. */
  entries: ReadEntry[];
}

/** Counts for one layout (or "all"). */
export interface Row {
  layout: string;
  pages: number;
  articles: number;
  found: number;
  headlineExact: number;
  whole: number;
  glued: number;
  extra: number;
  /** True paragraphs of the row's articles, and those a line of their own in their entry. */
  paragraphs: number;
  apart: number;
  refused: number;
  /** Characters lost, all pages of the row together. */
  lost: number;
}

export const ALL = 'all';

/** Page results → one row per layout (sorted by name) and the "all" row last. Pure. */
export function summarize(pages: PageResult[]): Row[] {
  const rows = new Map<string, Row>();
  const row = (layout: string) => {
    let r = rows.get(layout);
    if (!r) rows.set(layout, (r = { layout, pages: 0, articles: 0, found: 0, headlineExact: 0, whole: 0, glued: 0, extra: 0, paragraphs: 0, apart: 0, refused: 0, lost: 0 }));
    return r;
  };
  const all = row(ALL);
  for (const page of [...pages].sort((a, b) => (a.layout < b.layout ? -1 : a.layout > b.layout ? 1 : 0))) {
    for (const r of [row(page.layout), all]) {
      r.pages++;
      r.articles += page.articles.length;
      r.found += page.articles.filter((a) => a.entry).length;
      r.headlineExact += page.articles.filter((a) => a.headlineExact).length;
      r.whole += page.articles.filter((a) => a.whole).length;
      r.glued += page.articles.filter((a) => a.glued).length;
      r.extra += page.extra.length;
      r.paragraphs += page.articles.reduce((n, a) => n + a.truth.paragraphs.filter((p) => squeeze(p) !== '').length, 0);
      r.apart += page.articles.reduce((n, a) => n + a.apart, 0);
      r.refused += page.refused === null ? 0 : 1;
      r.lost += page.lost.reduce((n, l) => n + l.count, 0);
    }
  }
  rows.delete(ALL);
  return [...rows.values(), all];
}

/** The targets a reading must meet, as fractions of the row's true articles. */
export const TARGETS = { headlineExact: 0.95, whole: 0.95, glued: 0.005, extra: 0.02 } as const;

/** A share of the row's articles, 0-1 (1 when the row has none: nothing could be misread). */
export function share(count: number, articles: number): number {
  return articles === 0 ? (count === 0 ? 0 : 1) : count / articles;
}

/** Every target a row misses, one line each ("column-wrap: whole 3.1 % < 95 %"). Pure. */
export function missedTargets(rows: Row[]): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  // A share that misses its target by less than a tenth of a point is printed with as many decimals as tell it from the target
  // (0.54 % > 0.5 %, 0.504 % > 0.5 %), never as the target itself.
  const past = (x: number, target: number) => {
    for (let digits = 1; digits <= 4; digits++) {
      const shown = (x * 100).toFixed(digits);
      if (shown !== (target * 100).toFixed(digits)) return `${shown} %`;
    }
    return pct(x);
  };
  const out: string[] = [];
  for (const r of rows) {
    const exact = r.articles === 0 ? 1 : share(r.headlineExact, r.articles);
    const whole = r.articles === 0 ? 1 : share(r.whole, r.articles);
    if (exact < TARGETS.headlineExact) out.push(`${r.layout}: headline block exact ${past(exact, TARGETS.headlineExact)} < ${pct(TARGETS.headlineExact)}`);
    if (whole < TARGETS.whole) out.push(`${r.layout}: whole ${past(whole, TARGETS.whole)} < ${pct(TARGETS.whole)}`);
    if (share(r.glued, r.articles) > TARGETS.glued) out.push(`${r.layout}: glued ${r.glued} (${past(share(r.glued, r.articles), TARGETS.glued)}) > ${pct(TARGETS.glued)} of articles`);
    if (share(r.extra, r.articles) > TARGETS.extra) out.push(`${r.layout}: extra entries ${r.extra} (${past(share(r.extra, r.articles), TARGETS.extra)}) > ${pct(TARGETS.extra)} of articles`);
    if (r.refused > 0) out.push(`${r.layout}: ${r.refused} page(s) refused by the ingest`);
    if (r.lost > 0) out.push(`${r.layout}: ${r.lost} character(s) lost`);
  }
  return out;
}
