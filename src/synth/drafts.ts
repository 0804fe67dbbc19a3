/**
 * The pieces of a composed page as a lifting tool prints them: articles (headline block,
 * byline or dateline, paragraphs broken by photos or column ends, subheads), a front-page lead
 * continued on an inside page, photo news. Each draft carries what the ingest should read.
 */
import { sameShape } from '../ingest/subheads.ts';
import { creditNames, endsSentence, findContinuation, isByline, isCreditLine, isTitleLike, parseDateline, splitCredit } from '../ingest/patterns.ts';
import type { Composer, PlannedItem } from './compose.ts';
import type { CreditPart, PhotoPart, Shape, TitlePart } from './parts.ts';
import { redate, renameCredit, renamePhoto } from './people.ts';
import { shuffle, take, type Random } from './random.ts';

const MAX_PARAGRAPHS = 12;
const CN_DIGITS = '〇一二三四五六七八九';

export interface PrintLine {
  text: string;
  /** The first line of a paragraph: where a layout may indent. */
  opensParagraph: boolean;
}

export interface Draft {
  plan: PlannedItem;
  lines: PrintLine[];
}

export interface PageContext {
  composer: Composer;
  rng: Random;
  date: string;
  usedTitles: Set<string>;
  usedParagraphs: Set<string>;
  usedPhotos: Set<string>;
}

export function newPage(composer: Composer, rng: Random, date: string, _page: number): PageContext {
  return { composer, rng, date, usedTitles: new Set(), usedParagraphs: new Set(), usedPhotos: new Set() };
}

/** A body unit: a paragraph (perhaps broken by a photo or a column end) or a subhead. */
type Unit = { type: 'paragraph'; text: string; photo: PhotoPart | null; breakAt: number | null } | { type: 'subhead'; text: string };

interface ArticleBody {
  title: TitlePart;
  credit: { kind: 'byline' | 'dateline' | 'none'; part: CreditPart | null };
  units: Unit[];
}

export function article(ctx: PageContext, shape: Shape): Draft | null {
  const body = articleBody(ctx, shape);
  return body ? printArticle(body, body.units, { withCredit: true, continuedOn: null, continuedFrom: null }) : null;
}

function articleBody(ctx: PageContext, shape: Shape): ArticleBody | null {
  const { parts } = ctx.composer;
  const title = take(ctx.rng, parts.titles, ctx.usedTitles, (t) => t.headline);
  if (!title) return null;
  let kind = shape.credit;
  // A bare one-line headline followed by a plain paragraph could read as a subhead of the
  // article before it; a dateline or byline under it makes it a headline for certain.
  if (kind === 'none' && title.bare) kind = 'dateline';
  const credit =
    kind === 'byline'
      ? renameCredit(ctx, ctx.rng.pick(parts.bylines), false)
      : kind === 'dateline'
        ? renameCredit(ctx, redate(ctx.rng.pick(parts.datelines), ctx.date), true)
        : null;

  const n = Math.min(MAX_PARAGRAPHS, Math.max(1, shape.paragraphs));
  const texts: string[] = [];
  if (kind === 'dateline') {
    const lede = take(ctx.rng, parts.ledes, ctx.usedParagraphs, (t) => t) ?? take(ctx.rng, parts.paragraphs, ctx.usedParagraphs, (t) => t);
    if (!lede) return null;
    texts.push(credit!.text + lede);
  }
  while (texts.length < n) {
    const p = take(ctx.rng, parts.paragraphs, ctx.usedParagraphs, (t) => t);
    if (!p) break;
    texts.push(p);
  }
  if (texts.length === 0) return null;

  const units: Unit[] = texts.map((text) => ({ type: 'paragraph', text, photo: null, breakAt: null }));
  // Photos stand inside a paragraph the layout broke around them.
  for (let k = 0; k < shape.photos; k++) {
    const photo = take(ctx.rng, parts.photos, ctx.usedPhotos, photoKey);
    if (!photo) break;
    const order = shuffle(units.map((_, i) => i), ctx.rng);
    for (const i of order) {
      const u = units[i] as Extract<Unit, { type: 'paragraph' }>;
      const at = u.photo ? null : layoutBreak(u.text, ctx.rng, i === 0 && kind === 'dateline' ? credit!.text.length : 0);
      if (at !== null) {
        u.photo = renamePhoto(ctx, photo);
        u.breakAt = at;
        break;
      }
    }
  }
  // Other paragraphs broken where a column ended.
  units.forEach((u, i) => {
    if (u.type === 'paragraph' && u.breakAt === null && ctx.rng.chance(0.15)) {
      u.breakAt = layoutBreak(u.text, ctx.rng, i === 0 && kind === 'dateline' ? credit!.text.length : 0);
    }
  });
  // Subheads between paragraphs of a long article: a series of one shape, as the items stage
  // reads them (subheads.ts), or none.
  const wanted = Math.min(shape.subheads, Math.floor((texts.length - 1) / 2), ctx.composer.subheads.length);
  const series: string[] = [];
  if (wanted >= 2) {
    const unused = [...ctx.composer.subheads];
    const first = unused.splice(ctx.rng.int(0, unused.length - 1), 1)[0];
    const twins = unused.filter((text) => sameShape(first, text));
    series.push(first);
    while (series.length < wanted && twins.length) series.push(twins.splice(ctx.rng.int(0, twins.length - 1), 1)[0]);
  }
  const subheads = series.length >= 2 ? series.length : 0;
  const positions = new Set<number>();
  while (positions.size < subheads) positions.add(ctx.rng.int(1, texts.length - 1));
  [...positions].sort((a, b) => b - a).forEach((at, k) => units.splice(at, 0, { type: 'subhead', text: series[k] }));
  return { title, credit: { kind, part: credit }, units };
}

interface PrintOptions {
  withCredit: boolean;
  continuedOn: number | null;
  continuedFrom: number | null;
}

function printArticle(body: ArticleBody, units: Unit[], options: PrintOptions): Draft {
  const lines: PrintLine[] = body.title.lines.map((text) => ({ text, opensParagraph: false }));
  if (options.withCredit && body.credit.kind === 'byline') lines.push({ text: body.credit.part!.text, opensParagraph: false });
  const paragraphs = units.filter((u) => u.type === 'paragraph');
  const last = paragraphs[paragraphs.length - 1];
  let photos = 0;
  units.forEach((u) => {
    if (u.type === 'subhead') {
      lines.push({ text: u.text, opensParagraph: false });
      return;
    }
    let text = u.text;
    if (u === paragraphs[0] && options.continuedFrom !== null) text = `（上接第${pageWord(options.continuedFrom)}版）${text}`;
    const shift = text.length - u.text.length;
    if (u === last && options.continuedOn !== null) text = `${text}（下转第${pageWord(options.continuedOn)}版）`;
    if (u.breakAt === null) {
      lines.push({ text, opensParagraph: true });
      return;
    }
    lines.push({ text: text.slice(0, u.breakAt + shift), opensParagraph: true });
    if (u.photo) {
      photos++;
      lines.push(...photoLines(u.photo, false));
    }
    lines.push({ text: text.slice(u.breakAt + shift), opensParagraph: false });
  });
  const authors = options.withCredit && body.credit.part ? body.credit.part.names : [];
  return {
    plan: {
      kind: 'article',
      headline: body.title.headline,
      paragraphs: paragraphs.length,
      subheads: units.length - paragraphs.length,
      photos,
      authors,
      continuedOn: options.continuedOn,
      continuedFrom: options.continuedFrom,
    },
    lines,
  };
}

/** The front page's lead, its second half carried to an inside page. */
export function continuedLead(ctx: PageContext, target: number): { front: Draft; carry: { page: number; draft: Draft; texts: string[] } } | null {
  const shape = ctx.rng.pick(ctx.composer.parts.shapes.filter((s) => s.kind === 'article' && s.paragraphs >= 5));
  const body = articleBody(ctx, { ...shape, paragraphs: Math.max(shape.paragraphs, 6) });
  if (!body) return null;
  const paragraphAt = body.units.map((u, i) => (u.type === 'paragraph' ? i : -1)).filter((i) => i >= 0);
  if (paragraphAt.length < 4) return null;
  // Cut between two paragraphs, so that no subhead is left at the foot of the front page.
  const cuts = paragraphAt.slice(2).filter((i) => body.units[i - 1].type === 'paragraph');
  if (cuts.length === 0) return null;
  const cut = cuts[Math.floor(cuts.length / 2)];
  const front = printArticle(body, body.units.slice(0, cut), { withCredit: true, continuedOn: target, continuedFrom: null });
  const rest = body.units.slice(cut);
  // The stages do not join a broken line that carries a continuation note: keep that paragraph whole.
  const opening = rest[0] as Extract<Unit, { type: 'paragraph' }>;
  rest[0] = { ...opening, photo: null, breakAt: null };
  const inside = printArticle(body, rest, { withCredit: false, continuedOn: null, continuedFrom: 1 });
  const texts = rest.filter((u) => u.type === 'paragraph').map((u) => u.text);
  return { front, carry: { page: target, draft: inside, texts } };
}

export function photoNews(ctx: PageContext, shape: Shape): Draft | null {
  const { parts } = ctx.composer;
  const chosen = take(ctx.rng, parts.photos, ctx.usedPhotos, photoKey);
  if (!chosen) return null;
  const photo = renamePhoto(ctx, chosen);
  const headline = shape.titled || ctx.rng.chance(0.5) ? ctx.rng.pick(parts.photoTitles) : null;
  const lines: PrintLine[] = headline ? [{ text: headline, opensParagraph: false }] : [];
  lines.push(...photoLines(photo, ctx.rng.chance(0.3)));
  return {
    plan: {
      kind: 'photo',
      headline,
      paragraphs: 0,
      subheads: 0,
      photos: 1,
      authors: creditNames(photo.credit),
      continuedOn: null,
      continuedFrom: null,
    },
    lines,
  };
}

function photoLines(photo: PhotoPart, oneLine: boolean): PrintLine[] {
  // Some tools print the credit at the caption's end: 图为……。本报记者 戎禹仁摄
  if (oneLine && splitCredit(photo.caption + photo.credit)?.rest === photo.caption) {
    return [{ text: photo.caption + photo.credit, opensParagraph: false }];
  }
  return [
    { text: photo.caption, opensParagraph: false },
    { text: photo.credit, opensParagraph: false },
  ];
}

function photoKey(p: PhotoPart): string {
  return p.caption;
}

/**
 * Where the layout may break a paragraph into two lines that the blocks stage joins again:
 * the first piece must stop mid-sentence, and neither piece may look like a title, a
 * byline, a credit, a note or a dateline. Null when no such place is found.
 */
function layoutBreak(text: string, rng: Random, from: number): number | null {
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = rng.int(Math.max(from + 1, Math.floor(text.length * 0.3)), Math.floor(text.length * 0.7));
    if (at <= from || at >= text.length) continue;
    const head = text.slice(0, at);
    const tail = text.slice(at);
    if (endsSentence(head) || findContinuation(head) || findContinuation(tail)) continue;
    if (!isPlainTextLine(head) || !isPlainTextLine(tail) || parseDateline(tail)) continue;
    return at;
  }
  return null;
}

function isPlainTextLine(text: string): boolean {
  return text.trim() === text && !isCreditLine(text) && !splitCredit(text) && !isByline(text) && !isTitleLike(text) && !/^[#＃]/.test(text);
}

/** 3 → 三, 12 → 十二: page numbers as continuation notes print them. */
function pageWord(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}
