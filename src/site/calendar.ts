/** 往期回顾: issues laid out as years, months and calendar weeks (Sunday first, as 数字报 do). */
import type { Issue } from '../schema/entries.ts';

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  day: number;
  /** Issues dated this day (normally one). */
  issueIds: string[];
}

export interface CalendarMonth {
  year: number;
  month: number;
  issueCount: number;
  /** Rows of 7 cells, Sunday to Saturday; null pads days outside the month. */
  weeks: (CalendarDay | null)[][];
}

export interface YearSummary {
  year: number;
  issueCount: number;
  /** Issue count for months 1–12. */
  monthCounts: number[];
  first: string;
  last: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function issuesByDate(issues: Issue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) map.set(issue.date, [...(map.get(issue.date) ?? []), issue.id]);
  return map;
}

export function monthGrid(year: number, month: number, issues: Issue[]): CalendarMonth {
  const byDate = issuesByDate(issues);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const cells: (CalendarDay | null)[] = Array.from({ length: firstWeekday }, () => null);
  let issueCount = 0;
  for (let day = 1; day <= daysInMonth; day++) {
    const date = `${year}-${pad2(month)}-${pad2(day)}`;
    const issueIds = byDate.get(date) ?? [];
    issueCount += issueIds.length;
    cells.push({ date, day, issueIds });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, issueCount, weeks };
}

/** The twelve months of a year. */
export function yearCalendar(year: number, issues: Issue[]): CalendarMonth[] {
  const ofYear = issues.filter((i) => i.date.startsWith(`${year}-`));
  return Array.from({ length: 12 }, (_, m) => monthGrid(year, m + 1, ofYear));
}

/** Years that have issues, newest first, with counts per month. */
export function archiveYears(issues: Issue[]): YearSummary[] {
  const years = new Map<number, YearSummary>();
  for (const issue of issues) {
    const year = Number(issue.date.slice(0, 4));
    const month = Number(issue.date.slice(5, 7));
    const summary = years.get(year) ?? { year, issueCount: 0, monthCounts: Array(12).fill(0), first: issue.date, last: issue.date };
    summary.issueCount++;
    summary.monthCounts[month - 1]++;
    if (issue.date < summary.first) summary.first = issue.date;
    if (issue.date > summary.last) summary.last = issue.date;
    years.set(year, summary);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** What "jump to a date" finds: the issue of that day, or the issues just before and after it. */
export interface DateLookup {
  /** The wanted day's date when the archive has its issue, else null. */
  exact: string | null;
  /** With no issue that day: the last issue before it and the first after (null past either end). */
  before: string | null;
  after: string | null;
}

/**
 * Where "jump to a date" leads. Takes the issue dates sorted ascending (YYYY-MM-DD, as
 * /issues/dates.json lists them) and the wanted day; gives the day's own issue, or — so the
 * reader is told the archive has no paper that day rather than taken elsewhere unasked — the
 * issues before and after it. Null when `wanted` is not a calendar date. Never throws.
 */
export function issuesAround(sortedDates: readonly string[], wanted: string): DateLookup | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(wanted);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (day.toISOString().slice(0, 10) !== wanted) return null;
  // the first date not before the wanted one
  let lo = 0;
  let hi = sortedDates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDates[mid] < wanted) lo = mid + 1;
    else hi = mid;
  }
  if (sortedDates[lo] === wanted) return { exact: wanted, before: null, after: null };
  return { exact: null, before: sortedDates[lo - 1] ?? null, after: sortedDates[lo] ?? null };
}
