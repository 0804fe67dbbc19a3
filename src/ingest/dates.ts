/**
 * When was this page printed? News is dated by the day it happened, usually the day before
 * the paper; so the issue date is the day after the latest date the text reports as past.
 *
 * Dates come as 2023年12月31日, 12月27日 or 6日 (the month of the latest one before). A year
 * is taken from the text's own past years (2025年…, 今年1月1日); a month-day without a year
 * takes the year that puts it nearest to the latest fully dated event, if there is one.
 * Dates in the future of the paper (将于2月23日, 自2026年1月11日起施行, 持续至今年3月) and
 * the far end of a season (2025—2026) say nothing about it and are left out; so are dates
 * that are not news of the paper's days: inside a quotation or a title (“…”, 《…》), an
 * anniversary (纪念…周年), a date that recurs (每年的6月20日), a reprint's dateline
 * (据新华社…电, 摘编自2月11日《…》), and a date said to be today (今天（2月4日）).
 *
 * Each date found is classed by where it stands (see MentionKind): this file reads and
 * resolves the dates; issue-dates.ts decides whether they are strong enough to date an issue.
 */
import type { Line } from './lines.ts';
import { isTitleLike } from './patterns.ts';

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

/**
 * Where a date stands, from the strongest news evidence to the weakest:
 * - `dateline`: in a 电头, 本报北京2月12日电 / 新华社北京12月27日电 (the day the report was filed);
 * - `lede`: the first words after a 讯头 or 电头, 本报讯（记者 陈杰）12月27日，…;
 * - `opening`: opening a paragraph or a sentence, 1月18日上午，市委… / 。今年1月1日，央视…;
 * - `running`: anywhere else in a sentence.
 */
export type MentionKind = 'dateline' | 'lede' | 'opening' | 'running';

/** Why a date says nothing about the issue date (it is kept to be shown, never to date a page). */
export type SetAside = 'future' | 'quotation' | 'anniversary' | 'recurring' | 'reprint' | 'today';

export interface ReadMention extends DateMention {
  /** The source file the mention is in. */
  source: string;
  kind: MentionKind;
  /** The year is printed with the date (2023年12月31日, not 12月31日). */
  yearStated: boolean;
  /** In an article that opens with a 讯头 or 电头: a news report of its day. */
  inNews: boolean;
  /** Years the same sentence states as past or present (6日,2026年“两节”…展演启幕 → 2026). */
  sentenceYears: number[];
  /** Set aside as no evidence of the issue date, and why; null when it counts. */
  setAside: SetAside | null;
  /** A future date the text fixes firmly (自2026年1月11日起施行, 将于…): the issue is before it. */
  planned: boolean;
}

/** The dates of one or more pages, resolved together. */
export interface DateReading {
  /** Every date found, in page and line order, resolved to ISO dates (unresolvable ones left out). */
  mentions: ReadMention[];
  /** The latest year the text states as past or present; null when it states none. */
  paperYear: number | null;
  /** Every year stated as past or present, with the source and line, for the report. */
  years: Array<{ year: number; source: string; line: number }>;
  /** The text calls a year 去年 (last year): it names years relative to its own. */
  saysLastYear: boolean;
}

export interface ReadOptions {
  /** Today (YYYY-MM-DD): a year after today's is a plan whatever the words around it. Default: the clock's. */
  today?: string;
  /**
   * The year to read month-days in when the text states none (they are otherwise left out):
   * to find the day a page without years points to, and join it to an issue that has a year.
   */
  assumeYear?: number;
  /**
   * A date known to be near the text's own (the day before its issue, when another page dates
   * the issue): month-days without a year take the year that puts them nearest it.
   */
  anchor?: string;
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
/** Further words that make a bare year a plan or a goal: 到2020年, 力争2021年底前, 2035年远景目标, 《2063年议程》. */
const FUTURE_YEAR_BEFORE = /(计划|力争|目标|预计|实现|争取|确保|备战|筹办|迎接)$/;
const FUTURE_YEAR_AFTER = /^(底前|底以前|前|以前|之前|以后|起|后|将|要|议程|远景|目标|冬奥会|冬残奥会)/;
/** A plan fixed to a day: 自2026年1月11日起施行, 将于2026年3月1日. */
const PLAN_BEFORE = /(将于|定于|拟于|自)$/;
const PLAN_AFTER = /^(起|开始|正式施行|施行|实施)/;
/** Words anywhere in the date's clause (or, for a date that opens a clause, the clause after it) that make it a plan. */
const FUTURE_CLAUSE = /将(?![军士领近其])|拟|计划|预计|即将|定于|有望|力争|届时/;

/** A 讯头 or 电头 opening a paragraph: 本报讯（记者 陈杰）, 本报北京2月12日电（记者 …）, 新华社北京12月27日电. */
const NEWS_HEAD = new RegExp(
  `^[■□●◆▲]?\\s*(据)?(?:本报讯|(?:本报|新华社|人民日报|中新社|中央广播电视总台|央视|[\\u4e00-\\u9fff]{2,8}(?:日报|晚报|社|台|网))` +
    `[\\u4e00-\\u9fff·]{0,12}?(?:${NUM}{1,2}月)?${NUM}{1,2}日(?:电|讯))[\\s\\u00a0\\u3000]*(?:[（(][^（()）]{0,40}[）)])?[\\s\\u00a0\\u3000]*`,
);
const SOURCE_NOTE = /(摘编自|摘自|原载|转载自|转自|选自|来源[：:])[^。]{0,12}$/;
const ANNIVERSARY = /周年|诞辰|忌日|忌辰|纪念日|年前的今天/;
const RECURRING_BEFORE = /(每年的?|每逢|每到)$/;
const TODAY_AROUND = { before: /(今天|今日|当天)(是|为)?[（(]?$/, after: /^[（(](今天|今日)[）)]/ };
const TIME_WORD = '(?:上午|下午|晚上|晚间|傍晚|凌晨|早上|清晨|中午|夜间|晚|早|当天|当日|[0-9０-９]{1,2}时(?:[0-9０-９]{1,2}分)?)?';
const OPENING_AFTER = new RegExp(`^${TIME_WORD}[，,]`);

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The ISO date `days` after (or before, when negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('；', index - 1)) + 1;
  const endAt = text.slice(index).search(/[。；]/);
  const end = endAt === -1 ? text.length : index + endAt + 1;
  return text.slice(start, end).trim();
}

/** A word right before or after the date makes it future (谋划2026年, 自2026年1月11日起). */
function isFutureByWord(text: string, index: number, length: number): boolean {
  return FUTURE_BEFORE.test(text.slice(Math.max(0, index - 3), index)) || FUTURE_AFTER.test(text.slice(index + length));
}

/**
 * A day is future also when its clause says so (该奖项将于当地时间2月14日颁发; 2月14日，该奖项将在…颁发).
 * Years are not read this way: 2025年“最美退役军人”发布仪式专题节目将于近期播出 names this year.
 */
function isFuture(text: string, index: number, length: number): boolean {
  if (isFutureByWord(text, index, length)) return true;
  const clauseStart = Math.max(...[...'，,。；;！？：:'].map((c) => text.lastIndexOf(c, index - 1))) + 1;
  const after = text.slice(index + length);
  const clauseEnd = after.search(/[，,。；;！？]/);
  let clause = text.slice(clauseStart, index) + (clauseEnd === -1 ? after : after.slice(0, clauseEnd));
  // 2月14日，该奖项将在华盛顿颁发: the date opens the clause, the plan is in the next one.
  if (OPENING_AFTER.test(after) && text.slice(clauseStart, index).trim() === '') {
    const next = after.replace(OPENING_AFTER, '');
    const end = next.search(/[，,。；;！？]/);
    clause += end === -1 ? next : next.slice(0, end);
  }
  return FUTURE_CLAUSE.test(clause);
}

/** Inside “…”, 「…」 or 《…》 at `index` (a line that opens with a closing mark continues a quotation from the line before). */
function isQuoted(text: string, index: number): boolean {
  let quote = /^[^“”「」]*[”」]/.test(text) ? 1 : 0;
  let title = /^[^《》]*》/.test(text) ? 1 : 0;
  for (const ch of text.slice(0, index)) {
    if (ch === '“' || ch === '「') quote++;
    else if ((ch === '”' || ch === '」') && quote > 0) quote--;
    else if (ch === '《') title++;
    else if (ch === '》' && title > 0) title--;
  }
  return quote > 0 || title > 0;
}

interface Raw {
  kind: 'full' | 'month-day' | 'day' | 'this-year';
  y?: number;
  m?: number;
  d: number;
  text: string;
  sentence: string;
  line: number;
  source: string;
  index: number;
  where: MentionKind;
  inNews: boolean;
  sentenceYears: number[];
  setAside: SetAside | null;
  planned: boolean;
}

/**
 * Reads every date of each page (in page and line order), classes it (kind, news, set aside)
 * and resolves them together: one issue's pages share its years. Pure; throws nothing.
 */
export function readDates(pages: Array<{ source: string; lines: Line[] }>, options: ReadOptions = {}): DateReading {
  const raws: Raw[] = [];
  const years: DateReading['years'] = [];
  const thisYear = Number((options.today ?? new Date().toISOString()).slice(0, 4));
  let saysLastYear = false;
  /** A year the text states as past or present (not a plan, not after today's year). */
  const statedYear = (text: string, index: number, length: number, year: number) =>
    year <= thisYear &&
    !isFutureByWord(text, index, length) &&
    !FUTURE_YEAR_BEFORE.test(text.slice(Math.max(0, index - 3), index)) &&
    !FUTURE_YEAR_AFTER.test(text.slice(index + length));
  for (const { source, lines } of pages) {
    let inNews = false;
    for (const { n, text, headingMarks } of lines) {
      const head = NEWS_HEAD.exec(text);
      if (head) inNews = true;
      else if (isTitleLike(text, headingMarks)) inNews = false;
      const reprintLine = head?.[1] === '据';
      if (/去年/.test(text)) saysLastYear = true;
      const lineYears = new Map<number, number>(); // index → year stated as past or present

      const taken: Array<[number, number]> = [];
      const overlaps = (i: number, len: number) => taken.some(([a, b]) => i < b && i + len > a);
      const push = (raw: Pick<Raw, 'kind' | 'y' | 'm' | 'd' | 'text' | 'index'>) => {
        if (overlaps(raw.index, raw.text.length)) return;
        taken.push([raw.index, raw.index + raw.text.length]);
        const before = text.slice(0, raw.index);
        const after = text.slice(raw.index + raw.text.length);
        const sentence = sentenceAround(text, raw.index);
        let where: MentionKind = 'running';
        if (head && raw.index < head[0].length) where = 'dateline';
        else if (head && raw.index === head[0].length) where = 'lede';
        else if (/^[■□●◆▲]?\s*$/.test(before) || /[。！？；][”’」）)]*\s*$/.test(before)) {
          if (OPENING_AFTER.test(after)) where = 'opening';
        }
        let setAside: SetAside | null = null;
        if (isFuture(text, raw.index, raw.text.length)) setAside = 'future';
        else if (TODAY_AROUND.before.test(before.slice(-5)) || TODAY_AROUND.after.test(after)) setAside = 'today';
        else if (isQuoted(text, raw.index)) setAside = 'quotation';
        else if (ANNIVERSARY.test(sentence)) setAside = 'anniversary';
        else if (RECURRING_BEFORE.test(before)) setAside = 'recurring';
        else if ((reprintLine && raw.index <= head![0].length) || SOURCE_NOTE.test(before)) setAside = 'reprint';
        const planned =
          setAside === 'future' && raw.kind === 'full' && (PLAN_BEFORE.test(before.slice(-2)) || PLAN_AFTER.test(after));
        raws.push({ ...raw, sentence, line: n, source, where, inNews, sentenceYears: [], setAside, planned });
      };
      for (const m of text.matchAll(FULL)) {
        if (statedYear(text, m.index!, m[0].length, +toAscii(m[1]))) lineYears.set(m.index!, +toAscii(m[1]));
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
        if (!inFullDate && statedYear(text, m.index!, m[0].length, +toAscii(m[1]))) lineYears.set(m.index!, +toAscii(m[1]));
      }
      for (const [index, year] of lineYears) {
        years.push({ year, source, line: n });
        // A year quoted (“2018年优秀网络文学原创作品”) or opening a span (2017年至今, 自2016年以来) does not name the report's own year.
        if (isQuoted(text, index) || /^年?(至今|以来)/.test(text.slice(index + 5, index + 8))) continue;
        const sentence = sentenceAround(text, index);
        for (const r of raws) if (r.source === source && r.line === n && r.sentence === sentence) r.sentenceYears.push(year);
      }
    }
  }

  const usable = raws.filter((r) => r.setAside === null || r.setAside === 'today');
  const stated = years.length ? Math.max(...years.map((y) => y.year)) : null;
  const paperYear = stated ?? options.assumeYear ?? (options.anchor ? Number(options.anchor.slice(0, 4)) : null);
  if (paperYear === null) return { mentions: [], paperYear: stated, years, saysLastYear };

  const fullDates = usable.filter((r) => r.kind === 'full').map((r) => iso(r.y!, r.m!, r.d)).filter((d): d is string => d !== null);
  const anchor = options.anchor ?? fullDates.sort().at(-1) ?? null;

  const mentions: ReadMention[] = [];
  const toMention = (r: Raw, date: string): ReadMention => ({
    date,
    text: r.text,
    sentence: r.sentence,
    line: r.line,
    source: r.source,
    kind: r.where,
    yearStated: r.kind === 'full',
    inNews: r.inNews,
    sentenceYears: r.sentenceYears,
    setAside: r.setAside,
    planned: r.planned,
  });
  for (const r of raws.filter((r) => r.kind !== 'day')) {
    const date = resolve(r, paperYear, anchor);
    if (date) mentions.push(toMention(r, date));
  }
  // A bare 6日 is in the month of the latest date the text reports.
  const latest = mentions.filter((m) => m.setAside === null).map((m) => m.date).sort().at(-1);
  if (latest) {
    const [y, m] = [+latest.slice(0, 4), +latest.slice(5, 7)];
    for (const r of raws.filter((r) => r.kind === 'day')) {
      const date = iso(y, m, r.d);
      if (date) mentions.push(toMention(r, date));
    }
  }
  const order = new Map(pages.map((p, i) => [p.source, i]));
  mentions.sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.line - b.line);
  return { mentions, paperYear: stated, years, saysLastYear };
}

/** The candidate issue date of the mentions that count: the day after the latest, with that day's mentions first. */
export function candidateDate(mentions: ReadMention[]): DateInference {
  const counted = mentions.filter((m) => m.setAside === null);
  if (counted.length === 0) return { date: null, evidence: [] };
  const newest = counted.map((m) => m.date).sort().at(-1)!;
  const plain = ({ date, text, sentence, line }: ReadMention): DateMention => ({ date, text, sentence, line });
  const evidence = counted
    .filter((m) => m.date === newest)
    .concat(counted.filter((m) => m.date !== newest).sort((a, b) => b.date.localeCompare(a.date)).slice(0, 4))
    .map(plain);
  return { date: addDays(newest, 1), evidence };
}

/**
 * The issue date one page's text points to: the day after the latest date it reports, with
 * the mentions it rests on (that day's first, then up to four earlier ones, latest first).
 * Null when the text gives no usable date. This is a candidate: whether the evidence is
 * strong enough to date the issue is decided by issue-dates.ts.
 */
export function inferIssueDate(lines: Line[]): DateInference {
  return candidateDate(readDates([{ source: '', lines }]).mentions);
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
