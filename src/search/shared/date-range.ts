/**
 * Date ranges of a search, in months: what `date:` in a query and the address's date parameter
 * say (query.ts reads the query; the engine and the month plan keep to the range).
 */
/** Months YYYY-MM, both ends included; null: open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** A month, or a day read as its month, from YYYY, YYYY-MM, YYYY-MM-DD (also / . 年月日); `end` takes a year's December. */
export function monthOf(text: string, end: boolean): { month: string; day: boolean } | null {
  const m = /^(\d{4})(?:[-/.年](\d{1,2})月?(?:[-/.月](\d{1,2})日?)?)?$/.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (month < 1 || month > 12 || (m[3] && (Number(m[3]) < 1 || Number(m[3]) > 31))) return null;
  return { month: `${m[1]}-${String(month).padStart(2, '0')}`, day: Boolean(m[3]) };
}

/**
 * A date range as typed in `date:` or the address's date parameter: `2023-10..2023-12`,
 * `2023..2024`, `2023-10`, `2023`, `2023-10..`, `..2024-06` (`~`, `～` and `至` work as `..`).
 * Null when it cannot be read; `day` when a day was given (it is read as its month).
 */
export function parseDateRange(text: string): { range: DateRange; day: boolean } | null {
  const parts = text.normalize('NFKC').split(/\.\.|~|至/);
  if (parts.length > 2) return null;
  const [a, b] = parts.length === 2 ? parts : [parts[0], parts[0]];
  if (!a.trim() && !b.trim()) return null;
  const from = a.trim() ? monthOf(a, false) : null;
  const to = b.trim() ? monthOf(b, true) : null;
  if ((a.trim() && !from) || (b.trim() && !to)) return null;
  if (from && to && from.month > to.month) return null;
  return { range: { from: from?.month ?? null, to: to?.month ?? null }, day: Boolean(from?.day || to?.day) };
}

/** The months both ranges allow (null: no limit); an empty overlap keeps from > to, which nothing matches. */
export function intersectRanges(a: DateRange | null, b: DateRange | null): DateRange | null {
  if (!a || !b) return a ?? b;
  const max = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x > y ? x : y);
  const min = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x < y ? x : y);
  return { from: max(a.from, b.from), to: min(a.to, b.to) };
}

/** Whether a month YYYY-MM lies in the range. */
export const inRange = (month: string, range: DateRange | null) => !range || ((range.from === null || month >= range.from) && (range.to === null || month <= range.to));
