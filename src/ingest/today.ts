/**
 * The day of an ingest run, as the person running it counts days: the machine's local date, not
 * UTC (a page ingested at 07:00 in Datong is that day's, though UTC still says yesterday).
 */

/** Today's date on this machine's clock and time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
