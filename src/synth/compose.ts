/**
 * Composes one day's paper from the seeds' real parts: eight pages of headline blocks,
 * bylines and datelines (with the paper's own reporters, renamed from a staff roster),
 * paragraphs, subheads, photos inside articles and photo news, in the layouts the lifting
 * tools produce (blank lines or none, indentation or none, paragraphs broken by a photo or a
 * column end), and now and then a front-page article continued on an inside page
 * (（下转第三版） … （上接第一版）).
 *
 * Every page is read back through the ingest's stages before it is accepted: the items the
 * stages find must be the items composed (kinds, headlines, paragraph/photo/subhead counts,
 * authors, continuations, no flags). A page that reads otherwise is drawn again. The same
 * seed and date always give the same page, whatever else is composed in the same run.
 */
import { addDays } from '../ingest/dates.ts';
import type { Item } from '../ingest/items.ts';
import { readItems } from '../ingest/pipeline.ts';
import { sameShape } from '../ingest/subheads.ts';
import { creditNames, endsSentence, findContinuation, isByline, isCreditLine, isTitleLike, parseDateline, splitCredit } from '../ingest/patterns.ts';
import { creditsReadBack, type CreditPart, type PhotoPart, type SeedParts, type Shape, type TitlePart } from './parts.ts';
import { createRandom, type Random } from './random.ts';

/** 版名 of an eight-page city daily, page 1 first. */
export const PAGE_NAMES = ['要闻', '要闻', '综合新闻', '经济', '社会', '文化', '专版', '副刊'] as const;
export const PAGES_PER_ISSUE = PAGE_NAMES.length;

/** What the ingest should read on a page, item by item. */
export interface PlannedItem {
  kind: 'article' | 'photo';
  headline: string | null;
  paragraphs: number;
  subheads: number;
  photos: number;
  authors: string[];
  continuedOn: number | null;
  continuedFrom: number | null;
}

export interface SynthPage {
  /** File name for content/sources. */
  file: string;
  date: string;
  page: number;
  pageName: string;
  text: string;
  items: PlannedItem[];
}

export interface SynthIssue {
  date: string;
  pages: SynthPage[];
  /** Pages drawn again because the stages read the first draw otherwise. */
  redraws: number;
}

export interface Composer {
  parts: SeedParts;
  seed: string;
  /** The paper's reporters and photographers: the seeds' names and more made from their characters. */
  roster: string[];
  /** Subheads that read as one anywhere. */
  subheads: string[];
}

const ROSTER_SIZE = 80;
const MAX_DRAWS = 40;
const MAX_PARAGRAPHS = 12;
const CN_DIGITS = '〇一二三四五六七八九';

export function createComposer(parts: SeedParts, seed: string): Composer {
  if (parts.titles.length === 0 || parts.paragraphs.length === 0 || parts.datelines.length === 0) {
    throw new Error('种子版面里没有足够的标题、段落和电头（seeds too small to compose from）');
  }
  return { parts, seed, roster: makeRoster(parts.names, createRandom(`${seed}:roster`)), subheads: parts.subheads };
}

export function synthFileName(date: string, page: number): string {
  return `dtrb-${date.replaceAll('-', '')}-${String(page).padStart(2, '0')}.txt`;
}

export function composeIssue(composer: Composer, date: string): SynthIssue {
  const rng = createRandom(`${composer.seed}:${date}`);
  const pages: SynthPage[] = [];
  let redraws = 0;
  /** The inside half of a front-page article, waiting for its page. */
  let carried: { page: number; draft: Draft; texts: string[] } | null = null;

  for (let page = 1; page <= PAGES_PER_ISSUE; page++) {
    for (let draw = 1; ; draw++) {
      const ctx = newPage(composer, rng, date, page);
      const drafts: Draft[] = [];
      let nextCarry: typeof carried = null;
      if (carried?.page === page) {
        drafts.push(carried.draft);
        for (const t of carried.texts) ctx.usedParagraphs.add(t);
      }
      const count = page === 1 ? rng.int(6, 10) : rng.int(4, 11);
      while (drafts.length < count) {
        const first = page === 1 && drafts.length === 0;
        if (first && rng.chance(0.35)) {
          const split = continuedLead(ctx, rng.int(2, Math.min(4, PAGES_PER_ISSUE)));
          if (split) {
            drafts.push(split.front);
            nextCarry = split.carry;
            continue;
          }
        }
        const shape = first ? rng.pick(composer.parts.shapes.filter((s) => s.kind === 'article' && s.paragraphs >= 4)) : rng.pick(composer.parts.shapes);
        const draft = shape.kind === 'photo' ? photoNews(ctx, shape) : article(ctx, shape);
        if (draft) drafts.push(draft);
        else break;
      }
      const text = layOut(drafts, rng);
      const items = drafts.map((d) => d.plan);
      const mismatch = compareReading(readBack(text), items);
      if (mismatch === null) {
        pages.push({ file: synthFileName(date, page), date, page, pageName: PAGE_NAMES[page - 1], text, items });
        if (nextCarry) carried = nextCarry;
        break;
      }
      if (draw === MAX_DRAWS) {
        throw new Error(`${date} 第${page}版：${MAX_DRAWS} 次组版都读不回原样（composed page does not read back）：${mismatch}`);
      }
      redraws++;
    }
  }
  return { date, pages, redraws };
}

// ── drafts ───────────────────────────────────────────────────────────────────────────────────

interface PrintLine {
  text: string;
  /** The first line of a paragraph: where a layout may indent. */
  opensParagraph: boolean;
}

interface Draft {
  plan: PlannedItem;
  lines: PrintLine[];
}

interface PageContext {
  composer: Composer;
  rng: Random;
  date: string;
  usedTitles: Set<string>;
  usedParagraphs: Set<string>;
  usedPhotos: Set<string>;
}

function newPage(composer: Composer, rng: Random, date: string, _page: number): PageContext {
  return { composer, rng, date, usedTitles: new Set(), usedParagraphs: new Set(), usedPhotos: new Set() };
}

/** A body unit: a paragraph (perhaps broken by a photo or a column end) or a subhead. */
type Unit = { type: 'paragraph'; text: string; photo: PhotoPart | null; breakAt: number | null } | { type: 'subhead'; text: string };

interface ArticleBody {
  title: TitlePart;
  credit: { kind: 'byline' | 'dateline' | 'none'; part: CreditPart | null };
  units: Unit[];
}

function article(ctx: PageContext, shape: Shape): Draft | null {
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
function continuedLead(ctx: PageContext, target: number): { front: Draft; carry: { page: number; draft: Draft; texts: string[] } } | null {
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

function photoNews(ctx: PageContext, shape: Shape): Draft | null {
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

// ── text ─────────────────────────────────────────────────────────────────────────────────────

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

/** The page as a lifting tool would dump it. */
function layOut(drafts: Draft[], rng: Random): string {
  const blankLines = rng.chance(0.7);
  const indent = rng.chance(0.3) ? '\u3000\u3000' : '';
  const out: string[] = [''];
  for (const d of drafts) for (const l of d.lines) out.push((l.opensParagraph ? indent : '') + l.text);
  return out.join(blankLines ? '\n\n' : '\n') + '\n';
}

/** 3 → 三, 12 → 十二: page numbers as continuation notes print them. */
function pageWord(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}

/** A dated dateline (新华社北京12月27日电) is dated the day before the paper. */
function redate(credit: CreditPart, date: string): CreditPart {
  const day = addDays(date, -1);
  const text = credit.text.replace(/[0-9０-９]{1,2}月[0-9０-９]{1,2}日电/, `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日电`);
  return { ...credit, text };
}

const PERSON = /^[\u4e00-\u9fff]{2,3}$/;

/** The same byline or dateline with the paper's own reporters from the roster; as printed if that does not read back. */
function renameCredit(ctx: PageContext, credit: CreditPart, dateline: boolean): CreditPart {
  if (credit.names.length === 0 || !credit.names.every((n) => PERSON.test(n))) return credit;
  const renamed = renamePeople(credit.text, credit.names, ctx);
  return renamed && creditsReadBack(renamed.text, renamed.names, dateline) ? renamed : credit;
}

function renamePhoto(ctx: PageContext, photo: PhotoPart): PhotoPart {
  const names = creditNames(photo.credit);
  if (names.length === 0 || !names.every((n) => PERSON.test(n))) return photo;
  const renamed = renamePeople(photo.credit, names, ctx);
  if (!renamed || !isCreditLine(renamed.text) || creditNames(renamed.text).join(' ') !== renamed.names.join(' ')) return photo;
  return { caption: photo.caption, credit: renamed.text };
}

function renamePeople(text: string, names: string[], ctx: PageContext): CreditPart | null {
  let out = '';
  let at = 0;
  const chosen: string[] = [];
  for (const name of names) {
    const i = text.indexOf(name, at);
    if (i < 0) return null;
    let person = ctx.rng.pick(ctx.composer.roster);
    for (let k = 0; chosen.includes(person) && k < 10; k++) person = ctx.rng.pick(ctx.composer.roster);
    if (chosen.includes(person)) return null;
    chosen.push(person);
    out += text.slice(at, i) + person;
    at = i + name.length;
  }
  return { text: out + text.slice(at), names: chosen };
}

function makeRoster(names: string[], rng: Random): string[] {
  const roster = [...new Set(names)];
  const surnames = [...new Set(names.map((n) => n[0]))];
  const given = [...new Set(names.flatMap((n) => [...n.slice(1)]))];
  for (let attempt = 0; roster.length < ROSTER_SIZE && attempt < ROSTER_SIZE * 50; attempt++) {
    const name = rng.pick(surnames) + rng.pick(given) + (rng.chance(0.6) ? rng.pick(given) : '');
    if (!roster.includes(name) && new Set(name).size === name.length) roster.push(name);
  }
  return roster;
}

function shuffle<T>(list: T[], rng: Random): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** A random element not used on this page yet; null when all are. */
function take<T>(rng: Random, pool: readonly T[], used: Set<string>, key: (t: T) => string): T | null {
  for (let attempt = 0; attempt < 8; attempt++) {
    const t = rng.pick(pool);
    if (!used.has(key(t))) {
      used.add(key(t));
      return t;
    }
  }
  const start = rng.int(0, pool.length - 1);
  for (let k = 0; k < pool.length; k++) {
    const t = pool[(start + k) % pool.length];
    if (!used.has(key(t))) {
      used.add(key(t));
      return t;
    }
  }
  return null;
}

// ── read back ────────────────────────────────────────────────────────────────────────────────

/** The page as the ingest's stages read it. */
export function readBack(text: string): Item[] {
  return readItems(text);
}

/** Null when the stages read exactly the planned items; else what differs first. */
export function compareReading(items: Item[], plan: PlannedItem[]): string | null {
  if (items.length !== plan.length) return `读出 ${items.length} 条，组版 ${plan.length} 条`;
  for (let i = 0; i < plan.length; i++) {
    const got = items[i];
    const want = plan[i];
    const read: PlannedItem = {
      kind: got.kind,
      headline: got.headline,
      paragraphs: got.blocks.filter((b) => b.type === 'paragraph').length,
      subheads: got.blocks.filter((b) => b.type === 'subhead').length,
      photos: got.photos.length,
      authors: got.authors.map((a) => a.name),
      continuedOn: got.continuedOn,
      continuedFrom: got.continuedFrom,
    };
    if (JSON.stringify(read) !== JSON.stringify(want)) return `第 ${i + 1} 条：读出 ${JSON.stringify(read)}，组版 ${JSON.stringify(want)}`;
    if (got.flags.length) return `第 ${i + 1} 条「${got.headline}」有标记 ${got.flags.join(',')}`;
  }
  return null;
}
