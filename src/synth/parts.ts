/**
 * The printed parts of the real seed pages, read through the ingest's own stages
 * (decode → lines → blocks → items): headline blocks as printed, bylines, datelines, lede and
 * body paragraphs, subheads, photos (caption + credit), reporters' names, and
 * the shapes of the real items (how many paragraphs, photos, subheads; byline or dateline).
 * The synthesiser composes new pages only from these, so what it writes reads like the paper.
 *
 * Every part is kept only if the stages read it back, on its own, as what it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toBlocks, type Block } from '../ingest/blocks.ts';
import { decodeSource } from '../ingest/decode.ts';
import { toItems, type Item } from '../ingest/items.ts';
import { readBlocks } from '../ingest/pipeline.ts';
import { readTitleRun } from '../ingest/title-run.ts';
import { toLines } from '../ingest/lines.ts';
import { parseCredits } from '../ingest/names.ts';
import { endsSentence, findContinuation, parseDateline, splitCredit } from '../ingest/patterns.ts';

/** The items stage's test for a subhead that needs no context: 选树培育 凝聚榜样力量. */
const PARALLEL_PHRASES = /^[^\s]{2,9}[ \u3000][^\s]{2,9}$/;

export interface TitlePart {
  /** The lines as printed in the seed, `#` marks included. */
  lines: string[];
  headline: string;
  /** Only a headline, on one line: the kind a reader could mistake for a subhead in context. */
  bare: boolean;
}

export interface CreditPart {
  /** The byline line, or the dateline (本报讯（记者 田雁 丁亚琴）, 新华社北京12月27日电). */
  text: string;
  /** The people named in it, in order (empty for 山西日报评论员 or 新华社…电). */
  names: string[];
}

export interface PhotoPart {
  caption: string;
  credit: string;
}

/** The shape of a real item on a seed page. */
export interface Shape {
  kind: 'article' | 'photo';
  paragraphs: number;
  subheads: number;
  photos: number;
  credit: 'byline' | 'dateline' | 'none';
  /** Photo news with a short headline of its own. */
  titled: boolean;
}

export interface SeedParts {
  titles: TitlePart[];
  /** Single-line headlines short enough to head a photo. */
  photoTitles: string[];
  bylines: CreditPart[];
  datelines: CreditPart[];
  /** Paragraphs that opened an article after its dateline (dateline removed). */
  ledes: string[];
  paragraphs: string[];
  subheads: string[];
  photos: PhotoPart[];
  /** Reporters' and photographers' names as printed. */
  names: string[];
  shapes: Shape[];
  /** Bytes of seed text read, for the record. */
  bytes: number;
}

/** The seed pages in a sources folder (the *.txt files), read into parts. */
export function readSeedParts(sourcesDir: string): SeedParts {
  const files = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`${sourcesDir}: 没有种子版面（no seed pages to compose from）`);
  const texts = files.map((f) => {
    const file = path.join(sourcesDir, f);
    return decodeSource(readFileSync(file), file);
  });
  return partsOf(texts);
}

export function partsOf(texts: string[]): SeedParts {
  const parts: SeedParts = {
    titles: [],
    photoTitles: [],
    bylines: [],
    datelines: [],
    ledes: [],
    paragraphs: [],
    subheads: [],
    photos: [],
    names: [],
    shapes: [],
    bytes: 0,
  };
  for (const text of texts) {
    parts.bytes += Buffer.byteLength(text);
    const { blocks, layout } = readBlocks(text);
    const items = toItems(blocks, { layout });
    for (const item of items) collectItem(item, blocks, parts);
  }
  for (const key of ['photoTitles', 'ledes', 'paragraphs', 'subheads', 'names'] as const) {
    parts[key] = [...new Set(parts[key])];
  }
  parts.titles = uniqueBy(parts.titles, (t) => t.lines.join('\n'));
  parts.bylines = uniqueBy(parts.bylines, (c) => c.text);
  parts.datelines = uniqueBy(parts.datelines, (c) => c.text);
  parts.photos = uniqueBy(parts.photos, (p) => `${p.caption}\n${p.credit}`);
  // A paragraph that opened an article is also a body paragraph elsewhere, but a body
  // paragraph need not read well after a dateline; keep the two pools apart.
  parts.paragraphs = parts.paragraphs.filter((p) => !parts.ledes.includes(p));
  return parts;
}

function collectItem(item: Item, blocks: Block[], parts: SeedParts): void {
  const inItem = new Set(item.lines);
  const paragraphs = item.blocks.filter((b) => b.type === 'paragraph');
  parts.shapes.push({
    kind: item.kind,
    paragraphs: paragraphs.length,
    subheads: item.blocks.length - paragraphs.length,
    photos: item.photos.length,
    credit: item.byline ? 'byline' : item.dateline ? 'dateline' : 'none',
    titled: item.headline !== null,
  });

  const title = blocks.find(
    (b): b is Extract<Block, { type: 'title' }> =>
      b.type === 'title' && b.lines.every((l) => inItem.has(l.n)) && readTitleRun(b.lines).headline === item.headline,
  );
  if (title && item.headline !== null) {
    const reading = readTitleRun(title.lines);
    const bare = title.lines.length === 1 && reading.columns.length === 0 && reading.kicker === null && reading.subheadline === null;
    parts.titles.push({ lines: title.lines.map(printed), headline: item.headline, bare });
    if (title.lines.length === 1 && item.headline.length <= 24) parts.photoTitles.push(item.headline);
  }

  if (item.byline && !item.byline.includes('\n')) {
    const credit = { text: item.byline, names: parseCredits(item.byline).map((a) => a.name) };
    if (creditsReadBack(credit.text, credit.names, false)) parts.bylines.push(credit);
  }
  if (item.dateline) {
    const inside = parseDateline(item.dateline)?.credits ?? null;
    const credit = { text: item.dateline, names: inside ? parseCredits(inside).map((a) => a.name) : [] };
    if (creditsReadBack(credit.text, credit.names, true)) parts.datelines.push(credit);
  }
  for (const author of item.authors) if (/^[\u4e00-\u9fff]{2,3}$/.test(author.name) && author.role !== '评论员') parts.names.push(author.name);
  for (const photo of item.photos) for (const name of photo.photographers) if (/^[\u4e00-\u9fff]{2,3}$/.test(name)) parts.names.push(name);

  item.blocks.forEach((block, i) => {
    if (block.type === 'subhead') {
      // Only two parallel phrases read as a subhead in any article; other short lines need
      // words shared with their own article, which a composed article does not have.
      if (PARALLEL_PHRASES.test(block.text) && readsAsOneTitleLine(block.text)) parts.subheads.push(block.text);
      return;
    }
    if (!readsAsOneParagraph(block.text)) return;
    if (i === 0 && item.dateline) parts.ledes.push(block.text);
    else parts.paragraphs.push(block.text);
  });

  for (const photo of item.photos) {
    if (photo.caption === '' || photo.credit === null) continue;
    if (readsAsOnePhoto(photo.caption, photo.credit)) parts.photos.push({ caption: photo.caption, credit: photo.credit });
  }
}

/** A title line as the source printed it: `## 聚焦文博会`. */
function printed(line: { text: string; headingMarks: number }): string {
  return line.headingMarks > 0 ? `${'#'.repeat(line.headingMarks)} ${line.text}` : line.text;
}

/** A body paragraph that the blocks stage reads back, alone, as exactly one whole paragraph. */
export function readsAsOneParagraph(text: string): boolean {
  if (!endsSentence(text) || findContinuation(text) || parseDateline(text)) return false;
  const blocks = toBlocks(toLines(text));
  return blocks.length === 1 && blocks[0].type === 'paragraph' && blocks[0].text === text && blocks[0].signature === null;
}

function readsAsOneTitleLine(text: string): boolean {
  const blocks = toBlocks(toLines(text));
  return blocks.length === 1 && blocks[0].type === 'title' && blocks[0].lines.length === 1;
}

function readsAsOnePhoto(caption: string, credit: string): boolean {
  if (splitCredit(credit)?.rest !== '') return false;
  const blocks = toBlocks(toLines(`${caption}\n${credit}`));
  return blocks.length === 1 && blocks[0].type === 'photo' && blocks[0].caption === caption && blocks[0].credit === credit;
}

/** The credit names the people it should when read as a byline line or a dateline. */
export function creditsReadBack(text: string, names: string[], dateline: boolean): boolean {
  if (dateline) {
    const parsed = parseDateline(`${text}会议召开。`);
    if (!parsed || parsed.text !== text) return false;
    const inside = parsed.credits ? parseCredits(parsed.credits).map((a) => a.name) : [];
    return inside.join(' ') === names.join(' ');
  }
  const blocks = toBlocks(toLines(text));
  if (blocks.length !== 1 || blocks[0].type !== 'byline') return false;
  return parseCredits(text).map((a) => a.name).join(' ') === names.join(' ') || names.length === 0;
}

function uniqueBy<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
