/**
 * The day of an ingest run, as the person running it counts days: the machine's local date, not
 * UTC (a page ingested at 07:00 in Datong is that day's, though UTC still says yesterday).
 */

/** Today's date on this machine's clock and time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A moment as the person reading a message counts time: the machine's local date and time,
 * YYYY-MM-DD HH:MM:SS (an ISO string in UTC, 2026-12-03T21:01:56.807Z, reads as the wrong hour
 * in Datong). Takes an ISO string or a Date; gives the text unchanged when it is no time.
 */
export function localTime(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localToday(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
