/**
 * The search page's histogram of hits, as bars: by year, or by month within one year (the year
 * the search keeps to, by its year filter or its dates, or the one year every hit falls in).
 * Each bar says what a click narrows the search to: the address's date parameter for that year
 * (2023-01..2023-12) or month (2023-10). Pure: the page draws it (histogram-view.ts).
 */
import type { DateRange } from '../shared/date-range.ts';
import { hitsByYear } from './client.ts';
import type { MonthHits } from './protocol.ts';

export interface HistogramBar {
  /** YYYY or YYYY-MM. */
  key: string;
  /** As the axis shows it: 2023, or the month's number. */
  label: string;
  /** As it is read out: 2023年, 2023年10月. */
  name: string;
  /** Exact hits, or null when only `atMost` is known (Infinity: not even that). */
  count: number | null;
  atMost: number;
  /** The address's date parameter a click sets. */
  date: string;
  /** Within the dates the search keeps to now, in part or whole (none is, when they take in the whole chart). */
  current: boolean;
}

export interface HistogramModel {
  level: 'year' | 'month';
  /** The year shown by month. */
  year: string | null;
  bars: HistogramBar[];
  /** The tallest bar's height (count, else the bound), 0 when none has hits. */
  max: number;
}

/** What the search keeps to now: its dates (query and address together) and its year filter. */
export interface HistogramScope {
  dates: DateRange | null;
  year: string | null;
}

const yearOf = (month: string | null) => month?.slice(0, 4) ?? null;

/** The one year a scope keeps to, if it keeps to one. */
function scopeYear({ dates, year }: HistogramScope): string | null {
  if (year) return year;
  if (dates?.from && dates.to && yearOf(dates.from) === yearOf(dates.to)) return yearOf(dates.from);
  return null;
}

/** Whether the months from..to (YYYY-MM) lie inside the scope's dates and year. */
function inScope(from: string, to: string, { dates, year }: HistogramScope): boolean {
  if (year && (yearOf(from) !== year || yearOf(to) !== year)) return false;
  if (!dates) return true;
  return (dates.from === null || from >= dates.from) && (dates.to === null || to <= dates.to);
}

/** Whether the months from..to share a month with the scope's dates and year. */
function overlaps(from: string, to: string, { dates, year }: HistogramScope): boolean {
  if (year && (yearOf(from)! > year || yearOf(to)! < year)) return false;
  return !dates || ((dates.from === null || to >= dates.from) && (dates.to === null || from <= dates.to));
}

/**
 * The bars for a query's hits by month (engine.histogram(), asked without the page's dates and
 * year filter, so the chart shows where else the query has hits) and the page's scope. Gives
 * every year from the first with hits to the last (years between without hits included), or the
 * twelve months of one year. Never throws.
 */
export function histogramBars(months: MonthHits[], scope: HistogramScope): HistogramModel {
  const years = [...new Set(months.map((m) => yearOf(m.month)!))].sort();
  const year = scopeYear(scope) ?? (years.length === 1 ? years[0] : null);
  let bars: HistogramBar[];
  if (year) {
    bars = Array.from({ length: 12 }, (_, i) => {
      const key = `${year}-${String(i + 1).padStart(2, '0')}`;
      const hits = months.find((m) => m.month === key);
      return { key, label: String(i + 1), name: `${year}年${i + 1}月`, count: hits ? hits.count : 0, atMost: hits?.atMost ?? 0, date: key, current: false };
    });
  } else {
    const first = Number(years[0] ?? 0);
    const span = years.length ? Number(years.at(-1)) - first + 1 : 0;
    const byYear = new Map(hitsByYear(months).map((y) => [y.year, y]));
    bars = Array.from({ length: span }, (_, i) => {
      const key = String(first + i);
      const hits = byYear.get(key);
      return { key, label: key, name: `${key}年`, count: hits ? hits.count : 0, atMost: hits?.atMost ?? 0, date: `${key}-01..${key}-12`, current: false };
    });
  }
  // Marked only when the scope is narrower than the chart: a year shown by month, all of it, marks nothing.
  const whole = year ? inScope(`${year}-01`, `${year}-12`, scope) : inScope('0000-01', '9999-12', scope);
  if (!whole) {
    for (const bar of bars) {
      const [from, to] = bar.key.length === 4 ? [`${bar.key}-01`, `${bar.key}-12`] : [bar.key, bar.key];
      bar.current = overlaps(from, to, scope);
    }
  }
  const heights = bars.map((b) => b.count ?? (Number.isFinite(b.atMost) ? b.atMost : 0));
  return { level: year ? 'month' : 'year', year, bars, max: Math.max(0, ...heights) };
}
