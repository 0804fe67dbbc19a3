/**
 * In the reader's browser: the 引用日期 of a GB/T 7714 online reference ([N/OL], [DS/OL]) is the
 * day the reader cites the page. Pages mark the place `data-cite-today` (showing “引用日期” to fill
 * in by hand where no script runs); this writes today's date there, in the reader's time zone.
 * Bundled into page scripts; no imports.
 */

/** Takes a moment; gives its day in the local time zone as YYYY-MM-DD. */
export function citeDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Writes today's date into every element marked `data-cite-today` under `root`. */
export function fillCiteToday(root: ParentNode = document, now: Date = new Date()): void {
  const today = citeDay(now);
  for (const el of root.querySelectorAll<HTMLElement>('[data-cite-today]')) el.textContent = today;
}
