/**
 * A day as staff type it in YAML (a topic's span, a 校订 date). YAML reads an unquoted
 * 2025-12-27 as a date and a quoted one as a string; both mean the same day here.
 */

/** A valid Date as its day, YYYY-MM-DD (UTC, as YAML reads it); anything else as it is, for the schema to check. */
export function yamlDay(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** `text` is a day that exists, written YYYY-MM-DD (2025-02-29 is not: 2025 is no leap year). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = m.slice(1).map(Number);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
