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
import { createRandom, type Random } from './random.ts';
import type { SeedParts } from './parts.ts';
import { article, continuedLead, newPage, photoNews, type Draft } from './drafts.ts';
import { makeRoster } from './people.ts';
import { compareReading, readBack } from './read-back.ts';

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

const MAX_DRAWS = 40;

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
  type Carry = { page: number; draft: Draft; texts: string[] } | null;
  let carried: Carry = null;

  for (let page = 1; page <= PAGES_PER_ISSUE; page++) {
    for (let draw = 1; ; draw++) {
      const ctx = newPage(composer, rng, date, page);
      const drafts: Draft[] = [];
      let nextCarry: Carry = null;
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

/** The page as a lifting tool would dump it. */
function layOut(drafts: Draft[], rng: Random): string {
  const blankLines = rng.chance(0.7);
  const indent = rng.chance(0.3) ? '\u3000\u3000' : '';
  const out: string[] = [''];
  for (const d of drafts) for (const l of d.lines) out.push((l.opensParagraph ? indent : '') + l.text);
  return out.join(blankLines ? '\n\n' : '\n') + '\n';
}
