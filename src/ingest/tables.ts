/**
 * Tables and data boxes (数据速览, 行情表) as 经济 and 体育 pages print them: a title line, perhaps a
 * header row, then rows of a label and figures, perhaps a source line under them (数据来源：…,
 * （以上数据仅供参考…）). Read line by line, each row would head an entry of its own (a row has no
 * stop, so it reads as a headline). The table is one piece: its name heads it and every other
 * line is a paragraph of its own, kept as printed.
 *
 * What tells a row: a label, then one figure or more, each set apart by a space (螺纹钢 3126
 * +0.42%, 某指标（亿元） 2846.3 6.8, a dash for a figure not given: 某指标 — 3.2). Measured on the
 * rmrb-2019 pages: no line has that shape; on the other papers' pages (sets a–e) only the rows of
 * the two tables on set e's 证券 page do. Two rows make a table.
 */
import type { Block, LineKind } from './blocks.ts';
import type { Line } from './lines.ts';

/** A figure in a table: a number (signed, with its unit sign %, ‰), or a dash for none. */
const FIGURE = /^(?:[-+−±]?[0-9０-９][0-9０-９.,:：/]*[%％‰]?|[—–-]{1,2})$/;

/** A stop or a comma: a line of a sentence, never a table's row, header or title. */
const SENTENCE = /[。！？；，!?;,]/;

/** Fields set apart by spaces. */
const FIELDS = /[ \u3000\u00a0]+/;

/** The longest table title or box name read as such. */
const LONGEST_TITLE = 30;

/** How many rows make a table. */
const FEWEST_ROWS = 2;

/** A source line or note under a table: 数据来源：…, 资料来源：…, 注：…, （以上数据仅供参考…）. */
const SOURCE_LINE = /^(?:(?:数据|资料)来源|来源|注)[：:]|^[（(][^（()）]*(?:数据|来源|仅供参考)[^（()）]*[）)]$/;

function fields(text: string): string[] {
  return text.split(FIELDS).filter((f) => f !== '');
}

/** A table's row: a label, then figures only, one of them with a digit (某指标 — 3.2). */
export function isTableRow(text: string): boolean {
  const [label, ...figures] = fields(text);
  if (figures.length === 0 || SENTENCE.test(text) || FIGURE.test(label)) return false;
  return figures.every((f) => FIGURE.test(f)) && figures.some((f) => /[0-9０-９]/.test(f));
}

/** A header row over the rows: as many fields as they have, no stop (品种 收盘价（元/吨） 涨跌幅). */
function isHeaderRow(text: string, width: number): boolean {
  return !SENTENCE.test(text) && fields(text).length === width && !isTableRow(text);
}

/** A title line: short, one field, no stop. */
function isTitleLine(line: Line | undefined): boolean {
  return line !== undefined && line.text.length <= LONGEST_TITLE && fields(line.text).length === 1 && !SENTENCE.test(line.text);
}

/**
 * Marks the page's tables, in place: each run of two rows or more, with the header row over it,
 * its title line over that and the source line under it. The title heads the piece (`title`);
 * where a name stands over the title (数据速览 / 某市主要经济指标 / …), the name heads it and the
 * title is the first of its lines. Every other line of the table is a paragraph of its own
 * (`verse`: the blocks stage never joins it to the next). Takes the page's lines and their kinds
 * so far; never throws.
 */
export function markTables(lines: Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!isTableRow(lines[i].text)) continue;
    let end = i;
    while (end < lines.length && isTableRow(lines[end].text)) end++;
    if (end - i < FEWEST_ROWS) {
      i = end;
      continue;
    }
    const width = fields(lines[i].text).length;
    let start = i;
    if (start > 0 && isHeaderRow(lines[start - 1].text, width)) start--;
    if (end < lines.length && SOURCE_LINE.test(lines[end].text)) end++;
    for (let k = start; k < end; k++) kinds[k] = 'verse';
    if (isTitleLine(lines[start - 1]) && kinds[start - 1] !== 'byline') {
      const title = start - 1;
      const named = isTitleLine(lines[title - 1]) && kinds[title - 1] === 'title';
      kinds[title] = named ? 'verse' : 'title';
    }
    i = end - 1;
  }
}

/**
 * The blocks from `i` open a table: its rows, under a header row, a title line or both (a box's
 * name then heads it). What stands right over them heads the table: never a subhead, nor the
 * twin that makes another line one (subheads.ts, items.ts). Takes the page's blocks and an
 * index; pure.
 */
export function opensTable(blocks: Block[], i: number): boolean {
  for (let j = i; j < i + 3 && blocks[j]?.type === 'paragraph'; j++) {
    const block = blocks[j] as Extract<Block, { type: 'paragraph' }>;
    if (isTableRow(block.text)) return true;
  }
  return false;
}
