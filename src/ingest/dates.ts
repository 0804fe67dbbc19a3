/**
 * When was this page printed? News is dated by the day it happened, usually the day before
 * the paper; so the issue date is the day after the latest date the text reports as past.
 *
 * Dates come as 2023年12月31日, 12月27日 or 6日 (the month of the latest one before). A year
 * is taken from the text's own past years (2025年…, 今年1月1日); a month-day without a year
 * takes the year that puts it nearest to the latest fully dated event, if there is one.
 * Dates in the future of the paper (将于2月23日, 自2026年1月11日起施行, 持续至今年3月) and
 * the far end of a season (2025—2026) say nothing about it and are left out.
 */
import { sourceLineAt, type Line } from './lines.ts';

export interface DateMention {
  /** ISO date the mention resolves to. */
  date: string;
  /** The words in the text: 12月27日, 2023年12月31日, 6日. */
  text: string;
  sentence: string;
  line: number;
}

export interface DateInference {
  /** ISO date of the issue, or null when the text gives no usable date. */
  date: string | null;
  /** The mentions the date rests on, latest first. */
  evidence: DateMention[];
}

const NUM = '[0-9０-９]';
const FULL = new RegExp(`(${NUM}{4})年(${NUM}{1,2})月(${NUM}{1,2})日`, 'g');
const MONTH_DAY = new RegExp(`(?<![0-9０-９年])(${NUM}{1,2})月(${NUM}{1,2})日`, 'g');
/** A bare day at the start of a clause, as in 本报讯(记者 崔莉英)6日,…  */
const DAY_ONLY = new RegExp(`(?:^|[）)，,。])(${NUM}{1,2})日(?=[，,上下晚])`, 'g');
const YEAR = new RegExp(`(?<![0-9０-９—–-])(${NUM}{4})年(?!度)`, 'g');
const THIS_YEAR_DATE = new RegExp(`今年(${NUM}{1,2})月(${NUM}{1,2})日`, 'g');

/** Words before or after a date that put it in the paper's future (谋划2026年重点工作 plans ahead). */
const FUTURE_BEFORE = /(将于|将在|将|拟于|拟|计划于|预计|至|到|截至|谋划|规划|展望|部署)$/;
const FUTURE_AFTER = /^(起|前|后|开始|正式施行|施行|实施)/;

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('；', index - 1)) + 1;
  const endAt = text.slice(index).search(/[。；]/);
  const end = endAt === -1 ? text.length : index + endAt + 1;
  return text.slice(start, end).trim();
}

function isFuture(text: string, index: number, length: number): boolean {
  return FUTURE_BEFORE.test(text.slice(Math.max(0, index - 3), index)) || FUTURE_AFTER.test(text.slice(index + length));
}

interface Raw {
  kind: 'full' | 'month-day' | 'day' | 'this-year';
  y?: number;
  m?: number;
  d: number;
  text: string;
  sentence: string;
  line: number;
  index: number;
}

export function inferIssueDate(lines: Line[]): DateInference {
  const raws: Raw[] = [];
  const years: number[] = [];
  for (const line of lines) {
    const { text } = line;
    const taken: Array<[number, number]> = [];
    const overlaps = (i: number, len: number) => taken.some(([a, b]) => i < b && i + len > a);
    const push = (raw: Omit<Raw, 'sentence' | 'line'>) => {
      if (overlaps(raw.index, raw.text.length)) return;
      taken.push([raw.index, raw.index + raw.text.length]);
      if (isFuture(text, raw.index, raw.text.length)) return;
      raws.push({ ...raw, sentence: sentenceAround(text, raw.index), line: sourceLineAt(line, raw.index) });
    };
    for (const m of text.matchAll(FULL)) {
      if (!isFuture(text, m.index!, m[0].length)) years.push(+toAscii(m[1]));
      push({ kind: 'full', y: +toAscii(m[1]), m: +toAscii(m[2]), d: +toAscii(m[3]), text: m[0], index: m.index! });
    }
    const fullSpans = [...taken];
    for (const m of text.matchAll(THIS_YEAR_DATE)) {
      push({ kind: 'this-year', m: +toAscii(m[1]), d: +toAscii(m[2]), text: m[0], index: m.index! });
    }
    for (const m of text.matchAll(MONTH_DAY)) {
      push({ kind: 'month-day', m: +toAscii(m[1]), d: +toAscii(m[2]), text: m[0], index: m.index! });
    }
    for (const m of text.matchAll(DAY_ONLY)) {
      const at = m.index! + m[0].indexOf(m[1]);
      push({ kind: 'day', d: +toAscii(m[1]), text: `${m[1]}日`, index: at });
    }
    for (const m of text.matchAll(YEAR)) {
      const inFullDate = fullSpans.some(([a, b]) => m.index! >= a && m.index! < b);
      if (!inFullDate && !isFuture(text, m.index!, m[0].length)) years.push(+toAscii(m[1]));
    }
  }

  const paperYear = years.length ? Math.max(...years) : null;
  if (paperYear === null) return { date: null, evidence: [] };

  const fullDates = raws.filter((r) => r.kind === 'full').map((r) => iso(r.y!, r.m!, r.d)).filter((d): d is string => d !== null);
  const anchor = fullDates.sort().at(-1) ?? null;

  const mentions: DateMention[] = [];
  let latestMonth: { y: number; m: number } | null = null;
  const resolved = raws
    .filter((r) => r.kind !== 'day')
    .map((r) => ({ r, date: resolve(r, paperYear, anchor) }))
    .filter((x): x is { r: Raw; date: string } => x.date !== null);
  for (const { r, date } of resolved) mentions.push({ date, text: r.text, sentence: r.sentence, line: r.line });
  const latest = mentions.map((m) => m.date).sort().at(-1);
  if (latest) latestMonth = { y: +latest.slice(0, 4), m: +latest.slice(5, 7) };
  for (const r of raws.filter((r) => r.kind === 'day')) {
    if (!latestMonth) break;
    const date = iso(latestMonth.y, latestMonth.m, r.d);
    if (date) mentions.push({ date, text: r.text, sentence: r.sentence, line: r.line });
  }
  if (mentions.length === 0) return { date: null, evidence: [] };

  const newest = mentions.map((m) => m.date).sort().at(-1)!;
  const evidence = mentions.filter((m) => m.date === newest).concat(mentions.filter((m) => m.date !== newest).sort((a, b) => b.date.localeCompare(a.date)).slice(0, 4));
  return { date: addDays(newest, 1), evidence };
}

function resolve(r: Raw, paperYear: number, anchor: string | null): string | null {
  if (r.kind === 'full') return iso(r.y!, r.m!, r.d);
  if (r.kind === 'this-year') return iso(paperYear, r.m!, r.d);
  if (!anchor) return iso(paperYear, r.m!, r.d);
  // Near the turn of a year the latest full date may be last year's (2021年12月31日 in a January paper).
  const candidates = [paperYear - 1, paperYear, paperYear + 1].map((y) => iso(y, r.m!, r.d)).filter((d): d is string => d !== null);
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(anchor));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}
