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

/**
 * Where "jump to a date" lands: the issue of that day, or else the nearest issue (the later
 * one on a tie, since a paper reports the day before). Dates must be sorted ascending.
 */
export function nearestIssueDate(sortedDates: readonly string[], wanted: string): string | null {
  if (sortedDates.length === 0) return null;
  const t = Date.parse(`${wanted}T00:00:00Z`);
  if (Number.isNaN(t)) return null;
  let best = sortedDates[0];
  let bestDistance = Infinity;
  for (const date of sortedDates) {
    const distance = Math.abs(Date.parse(`${date}T00:00:00Z`) - t);
    if (distance < bestDistance || (distance === bestDistance && date > best)) {
      best = date;
      bestDistance = distance;
    }
  }
  return best;
}
