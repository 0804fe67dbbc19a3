/**
 * Issue dates, decided once per issue from all its pages: given by the staff (metadata.yaml,
 * --date, the file name), printed on the page (masthead.ts), or inferred from the news the
 * pages report (dates.ts) — and then only when that evidence is strong. Where it is weak the
 * ingest refuses and asks for the date: an inferred date is never a guess.
 *
 * Strong evidence for an inferred date (docs/ingest.md, "Dates"), with D the latest day the
 * pages report as past and D+1 the issue:
 *  1. the day: at least two reports (a 电头 date, a 讯头's first date, a date opening a
 *     paragraph or sentence) fall on D or the day before, at least one on D itself and no
 *     fewer on D than on the day before (a lone report ahead of a crowd may be filed on the
 *     issue's own day), and at least one of them is news (in an article under a 讯头 or 电头);
 *  2. the year: a date printed with its year lies within 60 days before D; or a report of
 *     the last three days names D's year in its own sentence; or D's year is the only one
 *     between the latest year stated and a plan fixed to a day (自2026年1月11日起施行); or,
 *     from March on, D's year is the latest year stated, the text names the year before too and
 *     never says 去年 (in January and February a paper still reports on last year, and a text
 *     that says 去年 names last year's figures by number as well);
 *  3. no conflict: no date said to be today (今天（2月4日）) other than D+1.
 */
import { addDays, daysBetween, readDates, type DateMention, type DateReading, type ReadMention } from './dates.ts';
import { IngestError, shellWord } from './errors.ts';
import type { Line } from './lines.ts';
import { readMasthead, type MastheadDate } from './masthead.ts';
import { localToday } from './today.ts';

export type DateSource = 'metadata' | 'masthead' | 'inferred';

export interface IssueDate {
  date: string;
  dateSource: DateSource;
  /** What the date rests on, each with its source file: the masthead line, or the news dates (latest first). */
  evidence: Array<DateMention & { source: string }>;
  /** Notes for the report: a masthead that disagrees with the given date, and so on. */
  notes: string[];
}

export interface PageDateInput {
  /** File name inside content/sources. */
  name: string;
  /** The path to show people in messages. */
  displayPath: string;
  lines: Line[];
  /** The date the staff gave (metadata.yaml, --date or the file name). */
  given?: string;
}

export interface Judgement {
  /** The issue date the evidence points to (D+1), or null when the text reports no date. */
  date: string | null;
  strong: boolean;
  /** The first rule the evidence fails (see above): 'day' (1), 'year' (2), 'conflict' (3); null when strong. */
  failed: 'date' | 'day' | 'year' | 'conflict' | null;
  /** Why the evidence is weak, in Chinese, for the refusal; '' when strong. */
  weakness: string;
  /** The mention a person should look at first: the best report of D, else the latest date found. */
  best: ReadMention | null;
  /** The mentions the date rests on: D's first, then up to four earlier ones, latest first. */
  evidence: ReadMention[];
}

const REPORT_KINDS = new Set(['dateline', 'lede', 'opening']);
const YEAR_WINDOW_DAYS = 60;

function distinctSentences(mentions: ReadMention[]): ReadMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.source}#${m.line}#${m.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How strong the dates of one issue's pages (read together) are; see the rules above. */
export function judgeDates(reading: DateReading): Judgement {
  const counted = reading.mentions.filter((m) => m.setAside === null);
  if (counted.length === 0) {
    const best = reading.mentions.find((m) => m.setAside !== 'future') ?? null;
    const why = best ? `正文中唯一的日期“${best.text}”${SET_ASIDE_WORDS[best.setAside!]}，不能说明出版日期` : '正文中没有可用的年份和日期';
    return { date: null, strong: false, failed: 'date', weakness: why, best, evidence: [] };
  }
  const latest = counted.map((m) => m.date).sort().at(-1)!;
  const date = addDays(latest, 1);
  const reports = distinctSentences(counted.filter((m) => REPORT_KINDS.has(m.kind)));
  const recent = reports.filter((m) => m.date === latest || m.date === addDays(latest, -1));
  const onLatest = recent.filter((m) => m.date === latest);
  const best = onLatest.find((m) => m.kind === 'dateline') ?? onLatest.find((m) => m.kind === 'lede') ?? onLatest[0] ?? counted.find((m) => m.date === latest)!;
  const evidence = counted
    .filter((m) => m.date === latest)
    .concat(counted.filter((m) => m.date !== latest).sort((a, b) => b.date.localeCompare(a.date)).slice(0, 4));
  const weak = (weakness: string, failed: Judgement['failed'] = 'day'): Judgement => ({ date, strong: false, failed, weakness, best, evidence });

  const mentionsOfLatest = counted.filter((m) => m.date === latest).length;
  if (onLatest.length === 0) {
    return weak(`最晚的日期“${best.text}”只在句中提到（${mentionsOfLatest} 处），没有哪篇报道以它开头`);
  }
  if (recent.length < 2) {
    return weak(`只有 1 处报道以最晚的日期“${best.text}”或其前一天开头，不足以确定`);
  }
  const dayBefore = recent.length - onLatest.length;
  if (onLatest.length < dayBefore) {
    return weak(`以“${best.text}”开头的报道（${onLatest.length} 处）少于前一天的（${dayBefore} 处）：它可能是当天的消息，出版日期可能就是这一天`);
  }
  if (!recent.some((m) => m.kind === 'dateline' || m.kind === 'lede' || m.inNews)) {
    return weak(`以“${best.text}”开头的句子不在带讯头或电头的消息里（可能是回顾或史料）`);
  }

  const yearWeakness = yearWeaknessOf(reading, counted, reports, latest);
  if (yearWeakness) return weak(yearWeakness.replace('{}', best.text), 'year');

  const today = reading.mentions.find((m) => m.setAside === 'today' && m.date !== date);
  if (today) {
    return { ...weak(`第 ${today.line} 行说“${today.text}”是今天，而报道的日期指向 ${date}`, 'conflict'), best: today };
  }
  return { date, strong: true, failed: null, weakness: '', best, evidence };
}

const SET_ASIDE_WORDS: Record<string, string> = {
  future: '是将来的日期',
  quotation: '在引语或书名里',
  anniversary: '是纪念日或周年',
  recurring: '是每年的节日',
  reprint: '是转载稿的日期',
  today: '说的是“今天”',
};

/**
 * Null when the year of D is known (rule 2 above), else why not ('{}' stands for D's words).
 */
function yearWeaknessOf(reading: DateReading, counted: ReadMention[], reports: ReadMention[], latest: string): string | null {
  const year = Number(latest.slice(0, 4));
  const before = (m: ReadMention, days: number) => daysBetween(m.date, latest) >= 0 && daysBetween(m.date, latest) <= days;
  // (a) a date printed with its year, within 60 days before D
  if (counted.some((m) => m.yearStated && before(m, YEAR_WINDOW_DAYS))) return null;
  // (b) a report of the last three days names the year in its own sentence
  if (reports.some((m) => before(m, 2) && m.sentenceYears.includes(year))) return null;
  // (c) D's year is the only one between the latest year stated and a plan fixed to a day
  const stated = reading.paperYear;
  const plan = reading.mentions.filter((m) => m.planned).map((m) => m.date).sort()[0];
  if (stated === year && plan && addDays(latest, 365) >= plan) return null;
  // (d) from March on: the latest year stated, in a text that names years by number up to it
  const month = Number(latest.slice(5, 7));
  const names = new Set(reading.years.map((y) => y.year));
  if (month >= 3 && stated === year && names.has(year - 1) && !reading.saysLastYear) return null;
  if (month < 3) return `年份不确定：“{}”没有写年份，正文中最晚的年份是 ${stated} 年，而年初的报纸常回顾上一年`;
  return `年份不确定：“{}”没有写年份，正文中最晚写出的年份 ${stated} 年不一定是出版的年份`;
}

export interface DecideOptions {
  /** Today (YYYY-MM-DD); an inferred issue after tomorrow is refused. Default: the clock's. */
  today?: string;
}

/**
 * The date of every page: given, printed, or inferred once per issue. Pages without a given
 * or printed date are grouped by the issue day their own news points to (the day after the
 * latest date each reports), and each group's evidence is read and judged together, so the
 * pages of one issue get one date. Throws IngestError, naming the file and the line of the
 * best evidence, for a group whose evidence is weak (rules above), a masthead whose weekday or
 * lunar date disagrees, or a report dated after the date printed on its page.
 */
export function decideIssueDates(pages: PageDateInput[], options: DecideOptions = {}): Map<string, IssueDate> {
  const decided = new Map<string, IssueDate>();
  for (const group of issueDateGroups(pages, options)) {
    if (group.refusal) throw group.refusal;
    for (const name of group.pages) decided.set(name, group.decided!(name));
  }
  return decided;
}

export interface DateGroup {
  /** The pages decided together, by file name. */
  pages: string[];
  /** Each page's date (the same for all but their notes), when decided. */
  decided?: (name: string) => IssueDate;
  /** Why the group cannot be dated, when it cannot. */
  refusal?: IngestError;
}

/** decideIssueDates without throwing: every group with its date or its refusal (for measuring). */
export function issueDateGroups(pages: PageDateInput[], options: DecideOptions = {}): DateGroup[] {
  const today = options.today ?? localToday();
  const out: DateGroup[] = [];
  const attempt = (names: string[], decide: () => (name: string) => IssueDate) => {
    try {
      out.push({ pages: names, decided: decide() });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      out.push({ pages: names, refusal: error });
    }
  };
  const undated: PageDateInput[] = [];
  /** Dates given or printed in this batch → the pages they date and how, for pages that name only the day. */
  const fixed = new Map<string, { names: string[]; how: string }>();
  const fix = (date: string, name: string, how: string) => {
    const f = fixed.get(date) ?? { names: [], how };
    f.names.push(name);
    fixed.set(date, f);
  };
  for (const page of pages) {
    if (page.given) {
      fix(page.given, page.name, '给定的日期');
      attempt([page.name], () => {
        const notes = mastheadNotes(page);
        return () => ({ date: page.given!, dateSource: 'metadata', evidence: [], notes });
      });
      continue;
    }
    let printed: MastheadDate | null;
    try {
      printed = readMasthead(page.lines, page.displayPath);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      out.push({ pages: [page.name], refusal: error });
      continue;
    }
    if (!printed) {
      undated.push(page);
      continue;
    }
    const masthead = printed;
    fix(masthead.date, page.name, '报头日期');
    attempt([page.name], () => {
      refuseReportsAfter(page, masthead, today);
      const evidence = [mastheadEvidence(page.name, masthead)];
      return () => ({ date: masthead.date, dateSource: 'masthead', evidence, notes: [] });
    });
  }

  // Pages are one issue when their own news points to the same issue date. An issue is dated
  // only if at least one of its pages is strong evidence on its own. A page whose own news is
  // strong on the day but not on the year joins the one issue of the batch with its month and
  // day (inferred, or given or printed on another page; in a year not before the latest it
  // states) and takes the year from it. Evidence weak on the day is never pooled: in a batch of
  // several days' pages (a whole re-ingest is one), a page with one report of the day before
  // can belong to that day's issue.
  const own = new Map(undated.map((page) => [page, ownEvidence(page, today)]));
  const cores = new Map<string, PageDateInput[]>();
  for (const page of undated) {
    const { judgement } = own.get(page)!;
    if (judgement.strong) cores.set(judgement.date!, [...(cores.get(judgement.date!) ?? []), page]);
  }
  const joining = new Map<string, PageDateInput[]>();
  for (const page of undated) {
    const { judgement, dayOnly } = own.get(page)!;
    if (judgement.strong) continue;
    if (!dayOnly) {
      attempt([page.name], () => refuseWeak([page], judgement));
      continue;
    }
    const issues = [...new Set([...cores.keys(), ...fixed.keys()])].filter((date) => date.slice(4) === dayOnly.monthDay && Number(date.slice(0, 4)) >= (dayOnly.minYear ?? 0));
    if (issues.length === 1 && cores.has(issues[0])) joining.set(issues[0], [...(joining.get(issues[0]) ?? []), page]);
    else if (issues.length === 1) {
      const date = issues[0];
      const { names, how } = fixed.get(date)!;
      attempt([page.name], () => {
        // Its own dates read in the year of the issue it joins.
        const judgement = judgeDates(readDates([{ source: page.name, lines: page.lines }], { today, anchor: addDays(date, -1) }));
        if (judgement.date !== date || (judgement.failed !== null && judgement.failed !== 'year')) refuseWeak([page], { ...dayOnly.judgement, weakness: `${dayOnly.judgement.weakness}；按 ${date} 读，正文的日期对不上` });
        const evidence = judgement.evidence.map(({ date, text, sentence, line, source }) => ({ date, text, sentence, line, source }));
        const notes = [`年份取自同期 ${names.join('、')} 的${how}（${date}）`];
        return () => ({ date, dateSource: 'inferred', evidence, notes });
      });
    } else {
      const day = `${Number(dayOnly.monthDay.slice(1, 3))}月${Number(dayOnly.monthDay.slice(4))}日`;
      const why = issues.length
        ? `${dayOnly.judgement.weakness}；同批版面中 ${issues.join('、')} 都可能是它的日期`
        : `${dayOnly.judgement.weakness}；报道指向某年${day}出版，同批版面中也没有这一天的期可依`;
      attempt([page.name], () => refuseWeak([page], { ...dayOnly.judgement, date: null, weakness: why }));
    }
  }
  for (const [date, core] of cores) {
    const read = (group: PageDateInput[]) => judgeDates(readDates(group.map((p) => ({ source: p.name, lines: p.lines })), { today }));
    const joined = joining.get(date) ?? [];
    let group = [...core, ...joined];
    let judgement = read(group);
    if (!judgement.strong || judgement.date !== date) {
      // Read together the pages say something else: the joining pages are not known to be of this issue.
      for (const page of joined) attempt([page.name], () => refuseWeak([page], own.get(page)!.dayOnly!.judgement));
      group = core;
      judgement = read(group);
    }
    attempt(
      group.map((p) => p.name),
      () => {
        if (!judgement.strong || judgement.date !== date) refuseWeak(group, judgement);
        if (date > addDays(today, 1)) refuseWeak(group, { ...judgement, weakness: `推断出的日期 ${date} 在未来（今天是 ${today}）` });
        const evidence = judgement.evidence.map(({ date, text, sentence, line, source }) => ({ date, text, sentence, line, source }));
        return () => ({ date, dateSource: 'inferred', evidence, notes: [] });
      },
    );
  }
  return out;
}

interface OwnEvidence {
  judgement: Judgement;
  /** For a page strong on the day but not the year: the month and day it points to (-MM-DD) and the latest year it states. */
  dayOnly?: { monthDay: string; minYear: number | null; judgement: Judgement };
}

/** A page's own evidence, judged alone; for a page that states no year, its month-days are read in a leap year to find the day. */
function ownEvidence(page: PageDateInput, today: string): OwnEvidence {
  const reading = readDates([{ source: page.name, lines: page.lines }], { today });
  const judgement = judgeDates(reading);
  if (judgement.failed === 'year') return { judgement, dayOnly: { monthDay: judgement.date!.slice(4), minYear: reading.paperYear, judgement } };
  if (judgement.date !== null) return { judgement };
  const day = judgeDates(readDates([{ source: page.name, lines: page.lines }], { today, assumeYear: 2000 }));
  if (day.failed !== 'year') return { judgement };
  return { judgement, dayOnly: { monthDay: day.date!.slice(4), minYear: null, judgement: { ...day, weakness: '正文没有写年份' } } };
}

/**
 * The issue date a page most likely has, from its own text, without judging the evidence:
 * the given date, its masthead's, else the day after the latest date it reports; for a page
 * whose news names the day but not the year, the month and day as `--MM-DD`; null when it
 * reports none. Throws IngestError for a masthead whose weekday or lunar date disagrees.
 */
export function candidateIssueDate(page: PageDateInput, options: DecideOptions = {}): string | null {
  if (page.given) return page.given;
  const printed = readMasthead(page.lines, page.displayPath);
  if (printed) return printed.date;
  const { judgement, dayOnly } = ownEvidence(page, options.today ?? localToday());
  if (dayOnly) return `-${dayOnly.monthDay}`;
  return judgement.date;
}

function mastheadEvidence(source: string, printed: MastheadDate): DateMention & { source: string } {
  return { date: printed.date, text: printed.text, sentence: printed.text, line: printed.line, source };
}

/** A given date wins; a masthead that says otherwise is noted for the report, not refused. */
function mastheadNotes(page: PageDateInput): string[] {
  let printed: MastheadDate | null = null;
  try {
    printed = readMasthead(page.lines, page.displayPath);
  } catch (error) {
    if (error instanceof IngestError) return [`版头有误（第 ${error.line} 行），已按给定日期 ${page.given}：${error.message}`];
    throw error;
  }
  return printed && printed.date !== page.given ? [`版头印着 ${printed.date}（第 ${printed.line} 行），与给定日期 ${page.given} 不同`] : [];
}

/** A 电头 or 讯头 dated after the date the page prints cannot be: one of the two is misread. */
/** Words of a sentence that tells what is to come: 将, 即将, 拟, 届时, 预计. */
const ANNOUNCES = /将|拟|届时|预计|计划于/;

function refuseReportsAfter(page: PageDateInput, printed: MastheadDate, today: string): void {
  if (printed.date > addDays(today, 1)) {
    throw new IngestError({ file: page.displayPath, line: printed.line, message: `报头日期 ${printed.date} 在未来（今天是 ${today}）`, hint: '请核对原件的报头' });
  }
  const year = Number(printed.date.slice(0, 4));
  for (const m of readDates([{ source: page.name, lines: page.lines }], { today }).mentions) {
    // A bare 27日 takes its month from the other dates, so it cannot contradict a masthead.
    if (m.setAside !== null || (m.kind !== 'dateline' && m.kind !== 'lede') || !m.text.includes('月')) continue;
    // A lede announcing what is to come (2月14日至16日，某音乐厅将推出……) names the event's day, not the report's.
    if (m.kind === 'lede' && ANNOUNCES.test(m.sentence)) continue;
    // A month-day without a year is read in the year that puts it nearest the masthead's date.
    const near = (d: string) => Math.abs(daysBetween(d, printed.date));
    const date = m.yearStated ? m.date : [year - 1, year, year + 1].map((y) => `${y}${m.date.slice(4)}`).sort((a, b) => near(a) - near(b))[0];
    if (date > printed.date) {
      throw new IngestError({
        file: page.displayPath,
        line: m.line,
        message: `报道日期“${m.text}”晚于第 ${printed.line} 行报头的日期 ${printed.date}（report dated after the masthead）`,
        hint: '报头或电头有一处不对；请核对原件，用 --date 给出出版日期，或写进 content/sources/metadata.yaml（见 docs/metadata.md）',
      });
    }
  }
}

function refuseWeak(group: PageDateInput[], judgement: Judgement): never {
  const best = judgement.best;
  const page = (best && group.find((p) => p.name === best.source)) ?? group[0];
  const others = group.filter((p) => p !== page).map((p) => p.name);
  const together = others.length ? `（与 ${others.join('、')} 一同推断）` : '';
  const where = best ? `；最有力的依据是第 ${best.line} 行“${best.text}”：${clip(best.sentence)}` : '';
  const guess = judgement.date ? `正文指向 ${judgement.date}，但` : '';
  throw new IngestError({
    file: page.displayPath,
    line: best?.line,
    message: `无法可靠推断出版日期（date evidence too weak）：${guess}${judgement.weakness}${where}${together}`,
    hint: `请给出日期：npm run ingest -- --date YYYY-MM-DD ${[page, ...group.filter((p) => p !== page)].map((p) => shellWord(p.displayPath)).join(' ')}，或在 content/sources/metadata.yaml 中写明 date（见 docs/metadata.md）`,
  });
}

function clip(sentence: string): string {
  return sentence.length > 40 ? `${sentence.slice(0, 40)}……` : sentence;
}

