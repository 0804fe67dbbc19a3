/**
 * A page fed in again as another page: yesterday's file saved under today's name, or one 版
 * given twice under two numbers. Its articles then open with the same words as the articles of
 * a page already in the archive (the ledger's keys: the first 24 Han characters and digits of
 * each article, src/ingest/ids.ts). A paper reprints a single article at times, never most of a
 * page, so a note is given only when most of the page repeats one archived page.
 */
import type { Ledger } from '../schema/ledger.ts';
import { shellWord } from './errors.ts';

/** Fewer Han characters and digits than this and a key is too short to tell articles apart. */
const SHORT_KEY = 12;

export interface ArchivedRepeat {
  /** The incoming source whose page repeats another. */
  source: string;
  /** The archived page it repeats: its source, issue date and 版. */
  repeats: { source: string; date: string; page: number };
  /** Articles of the incoming page that open as that page's articles do, of how many. */
  same: number;
  of: number;
}

/**
 * Takes the ledger before the run, the ledger the run made and the names of the sources given in
 * this run; gives, for each given source at least two of whose articles (and more than half)
 * open with the same words as articles of one page of another source in the ledger before, that
 * page. Articles with a key shorter than 12 characters are not counted. Never throws.
 */
export function archivedRepeats(before: Ledger, after: Ledger, given: ReadonlySet<string>): ArchivedRepeat[] {
  const archived = new Map<string, string[]>();
  for (const [id, entry] of Object.entries(before.articles)) {
    if (entry.key.length < SHORT_KEY) continue;
    archived.set(entry.key, [...(archived.get(entry.key) ?? []), id]);
  }
  const keysOf = new Map<string, string[]>();
  for (const entry of Object.values(after.articles)) {
    if (!given.has(entry.source) || entry.key.length < SHORT_KEY) continue;
    keysOf.set(entry.source, [...(keysOf.get(entry.source) ?? []), entry.key]);
  }
  const found: ArchivedRepeat[] = [];
  for (const source of given) {
    const keys = keysOf.get(source) ?? [];
    const byPage = new Map<string, { source: string; date: string; page: number; same: number }>();
    for (const key of keys) {
      const pages = new Set<string>();
      for (const id of archived.get(key) ?? []) {
        const entry = before.articles[id];
        if (entry.source === source) continue;
        const pageKey = `${entry.source}\u0000${id.slice(0, 13)}`;
        if (pages.has(pageKey)) continue;
        pages.add(pageKey);
        const page = byPage.get(pageKey) ?? { source: entry.source, date: id.slice(0, 10), page: Number(id.slice(11, 13)), same: 0 };
        page.same++;
        byPage.set(pageKey, page);
      }
    }
    const best = [...byPage.values()].sort((a, b) => b.same - a.same)[0];
    if (best && best.same >= 2 && best.same * 2 > keys.length) {
      found.push({ source, repeats: { source: best.source, date: best.date, page: best.page }, same: best.same, of: keys.length });
    }
  }
  return found;
}

/** The report's line for a repeat, in the staff's words: it counts only the articles long enough to compare (SHORT_KEY), and says so. */
export function repeatNote(r: ArchivedRepeat): string {
  return (
    `注意：这一版开头够长、可以比对的 ${r.of} 篇稿件中有 ${r.same} 篇与已存档的 ${r.repeats.date} 第${r.repeats.page}版（${r.repeats.source}）的稿件开头相同——` +
    `是不是把旧的版面当作新的一版导入了？若是，请用 npm run ingest -- --remove ${shellWord(r.source)} 撤下`
  );
}
