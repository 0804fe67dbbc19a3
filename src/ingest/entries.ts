/**
 * Stage 6 of the ingest: items of each page → archive entries (issue, section, article,
 * photo), validated against the shared schemas, and the files that hold them.
 */
import {
  articleSchema,
  issueSchema,
  PAPER,
  photoSchema,
  sectionSchema,
  type Article,
  type Block,
  type Issue,
  type PageImage,
  type PagePdf,
  type Photo,
  type Section,
} from '../schema/entries.ts';
import { LEDGER_FILE } from '../content/paths.ts';
import { entryTexts, jsonText } from '../content/write.ts';
import type { DateMention } from './dates.ts';
import { assignIds, keyOf, signatureOf, type Ledger } from './ids.ts';
import type { DateSource } from './issue-dates.ts';
import type { Item } from './items.ts';
import { sharedBigrams } from './similarity.ts';

/** One source page, read: its items and what is known of its date and page number. */
export interface ReadPage {
  source: string;
  items: Item[];
  date: string;
  /** Given by the staff, printed in the page's masthead, or inferred from its news. */
  dateSource: DateSource;
  dateEvidence: DateMention[];
  /** What the report should say about the date (a masthead that disagrees with a given date …). */
  dateNotes?: string[];
  /** What the report should say about the page number (a page header that prints another …). */
  pageNotes?: string[];
  page: number;
  /** Given by the staff, printed in the page header, or inferred (a front page: see pipeline.ts). */
  pageSource: 'metadata' | 'printed' | 'inferred';
  pageName: string | null;
  /** The page header's lines as printed (masthead.ts readPageHeader), when the page has one. */
  header?: string[];
  /** The page's foot furniture as printed (masthead.ts readPageFooter: its number alone, a dated footer line), when it prints one. */
  footer?: string[];
  /** The page's image and PDF (版面图), when the staff gave them. */
  files?: { image?: PageImage; pdf?: PagePdf };
  /** The sources of the same date and page this one replaces (`replace: true`, docs/metadata.md). */
  replaces?: string[];
}

export interface ArticleEntry {
  data: Article;
  body: Block[];
}

export interface Entries {
  issues: Issue[];
  sections: Section[];
  articles: ArticleEntry[];
  photos: Photo[];
  ledger: Ledger;
}

/**
 * The entries of the pages read (issues, pages, articles, photos) and the ledger with their ids
 * (ids.ts; a page's `replaces` hands the replaced pages' ids to it). Pure; throws what the entry
 * schemas throw for an entry they refuse.
 */
export function toEntries(pages: ReadPage[], ledger: Ledger): Entries {
  const ordered = [...pages].sort((a, b) => a.date.localeCompare(b.date) || a.page - b.page);
  const sectionOf = (p: ReadPage) => `${p.date}-${String(p.page).padStart(2, '0')}`;

  const requests = ordered.flatMap((p) =>
    p.items.map((item) => ({
      source: p.source,
      section: sectionOf(p),
      key: keyOf(identifyingText(item)),
      sig: signatureOf(wholeText(item)),
      lines: [item.lines[0], item.lines[item.lines.length - 1]] as [number, number],
    })),
  );
  const replaced = new Map(pages.flatMap((p) => (p.replaces ?? []).map((old) => [old, p.source] as const)));
  const assigned = assignIds(ledger, requests, new Set(pages.map((p) => p.source)), replaced);

  const issues = new Map<string, Issue>();
  const sections: Section[] = [];
  const articles: ArticleEntry[] = [];
  const photos: Photo[] = [];
  let next = 0;

  for (const p of ordered) {
    const issue = issues.get(p.date) ?? {
      id: p.date,
      date: p.date,
      paper: PAPER,
      pages: [],
      sources: [],
      dateSource: p.dateSource,
      dateEvidence: [],
    };
    issue.pages.push(p.page);
    issue.sources.push(p.source);
    // One page's given date is the issue's; else one page's masthead.
    if (DATE_SOURCE_RANK[p.dateSource] < DATE_SOURCE_RANK[issue.dateSource]) issue.dateSource = p.dateSource;
    issue.dateEvidence.push(...p.dateEvidence.map((e) => ({ ...e, source: p.source })));
    issues.set(p.date, issue);

    const section = sectionOf(p);
    sections.push({ id: section, issue: p.date, page: p.page, name: p.pageName, pageSource: p.pageSource, source: p.source, ...(p.replaces?.length ? { replaces: p.replaces } : {}), ...(p.header ? { header: p.header } : {}), ...(p.footer ? { footer: p.footer } : {}), ...p.files });

    p.items.forEach((item, index) => {
      const id = assigned.ids[next++];
      articles.push({ data: toArticle(item, id, p, section, index + 1), body: item.blocks.map(({ type, text }) => ({ type, text })) });
      item.photos.forEach((photo, k) =>
        photos.push({
          id: `${id}-p${k + 1}`,
          issue: p.date,
          section,
          article: id,
          seq: k + 1,
          caption: photo.caption,
          credit: photo.credit,
          photographers: photo.photographers,
          afterBlock: photo.afterBlock,
          source: { file: p.source, lines: [photo.lines[0], photo.lines[photo.lines.length - 1]] },
        }),
      );
    });
  }

  linkContinuations(articles);
  for (const issue of issues.values()) {
    if (issue.dateSource === 'metadata') issue.dateEvidence = [];
  }

  return {
    issues: [...issues.values()].map((i) => issueSchema.parse(i)),
    sections: sections.map((s) => sectionSchema.parse(s)),
    articles: articles.map((a) => ({ data: articleSchema.parse(a.data), body: a.body })),
    photos: photos.map((p) => photoSchema.parse(p)),
    ledger: assigned.ledger,
  };
}

const DATE_SOURCE_RANK: Record<DateSource, number> = { metadata: 0, masthead: 1, inferred: 2 };

/** The words that identify an article across re-ingests: its opening, else its caption or headline. */
function identifyingText(item: Item): string {
  return item.blocks[0]?.text ?? item.photos[0]?.caption ?? item.headline ?? item.dateline ?? '';
}

/** Everything the article prints, for its signature: a better reading that moves a line between headline and body keeps it. */
function wholeText(item: Item): string {
  return [item.kicker, item.headline, item.subheadline, ...item.blocks.map((b) => b.text), ...item.photos.map((p) => p.caption)]
    .filter((t): t is string => typeof t === 'string')
    .join('');
}

function toArticle(item: Item, id: string, page: ReadPage, section: string, seq: number): Article {
  return {
    id,
    issue: page.date,
    section,
    seq,
    kind: item.kind,
    column: item.column,
    kicker: item.kicker,
    headline: item.headline,
    subheadline: item.subheadline,
    byline: item.byline,
    dateline: item.dateline,
    signature: item.signature,
    authors: item.authors,
    continuedOn: item.continuedOn,
    continuedFrom: item.continuedFrom,
    continuationNotes: item.continuationNotes,
    continuedOnArticle: null,
    continuedFromArticle: null,
    flags: item.flags,
    folds: item.folds,
    source: { file: page.source, lines: [item.lines[0], item.lines[item.lines.length - 1]] },
  };
}

/**
 * Links the two halves of a continued article when both pages are in the archive: the
 * article on page N that says 下转第M版 and the one on page M of the same issue that says
 * 上接第N版 and shares its headline words (or is the only such article).
 */
function linkContinuations(articles: ArticleEntry[]): void {
  const byIssue = new Map<string, ArticleEntry[]>();
  for (const a of articles) byIssue.set(a.data.issue, [...(byIssue.get(a.data.issue) ?? []), a]);
  for (const group of byIssue.values()) {
    for (const from of group) {
      const target = from.data.continuedOn;
      if (target === null) continue;
      const page = Number(from.data.section.slice(-2));
      const candidates = group.filter((a) => Number(a.data.section.slice(-2)) === target && a.data.continuedFrom === page && a.data.continuedFromArticle === null);
      const match = candidates.length === 1 ? candidates[0] : (candidates.find((c) => c.data.headline && from.data.headline && c.data.headline.includes(from.data.headline.slice(0, 4))) ?? closestInWords(from, candidates));
      if (match) {
        from.data.continuedOnArticle = match.data.id;
        match.data.continuedFromArticle = from.data.id;
      }
    }
  }
}

/**
 * Of several halves continued from one page, the one about the same thing as `from`: most
 * character pairs shared between `from`'s headline and last paragraph and the half's opening.
 * None when no half shares any.
 */
function closestInWords(from: ArticleEntry, candidates: ArticleEntry[]): ArticleEntry | undefined {
  const paragraphs = from.body.filter((b) => b.type === 'paragraph');
  const words = `${from.data.headline ?? ''}${paragraphs.at(-1)?.text ?? ''}`;
  let best: ArticleEntry | undefined;
  let bestShared = 0;
  for (const c of candidates) {
    const shared = sharedBigrams(words, c.body.find((b) => b.type === 'paragraph')?.text.slice(0, 150) ?? '');
    if (shared > bestShared) [best, bestShared] = [c, shared];
  }
  return best;
}

/** Relative path → file text, for every entry and the ledger, written by the content store's one writer (src/content/write.ts). */
export function entryFiles(entries: Entries): Map<string, string> {
  const files = entryTexts({ ...entries, articles: entries.articles.map(({ data, body }) => ({ data, blocks: body })) });
  files.set(LEDGER_FILE, jsonText(entries.ledger));
  return files;
}
