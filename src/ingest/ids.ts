/**
 * Permalinks are forever: an article's id (and so its URL /articles/<id>/) is given once
 * and kept in content/ids.json, the ledger, across every later ingest.
 *
 * An article is recognised on re-ingest by its source file and a key taken from its own
 * opening words (not its headline or position, which a better reading of the page may
 * change). An id whose article a later ingest no longer finds is not reused: it is kept as
 * retired, pointing at the article that now holds most of its lines, so its URL can still
 * lead somewhere.
 */

export interface LedgerEntry {
  source: string;
  key: string;
  /** First and last source line of the article when the id was last confirmed. */
  lines: [number, number];
}

export interface Ledger {
  articles: Record<string, LedgerEntry>;
  /** Ids no ingest produces any more → the id that now holds their text (or null). */
  retired: Record<string, string | null>;
}

export function emptyLedger(): Ledger {
  return { articles: {}, retired: {} };
}

export interface IdRequest {
  source: string;
  /** Section id the article is on: new ids are `<section>-<NN>`. */
  section: string;
  key: string;
  lines: [number, number];
}

/** Han characters and digits only, so layout and punctuation changes do not move a key. */
export function keyOf(text: string): string {
  return (text.match(/[\u3400-\u9fff0-9]/g) ?? []).slice(0, 24).join('');
}

/**
 * Gives every requested article its id: the ledger's when known, else the next free number
 * on its section. Returns the ids in request order and the updated ledger (a new object).
 */
export function assignIds(ledger: Ledger, requests: IdRequest[], reingestedSources: ReadonlySet<string>): { ids: string[]; ledger: Ledger } {
  const next: Ledger = { articles: { ...ledger.articles }, retired: { ...ledger.retired } };
  const byKey = new Map<string, string>();
  for (const [id, entry] of Object.entries(ledger.articles)) byKey.set(`${entry.source}\u0000${entry.key}`, id);

  // Two articles of one source with the same opening words get keys key, key#2, …
  const seen = new Map<string, number>();
  const keys = requests.map((r) => {
    const base = `${r.source}\u0000${r.key}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? r.key : `${r.key}#${count}`;
  });
  const ids: string[] = [];
  const taken = new Set([...Object.keys(next.articles), ...Object.keys(next.retired)]);
  const used = new Set<string>();
  requests.forEach((r, i) => {
    let id = byKey.get(`${r.source}\u0000${keys[i]}`);
    if (id === undefined || used.has(id)) id = nextFreeId(r.section, taken);
    ids.push(id);
    taken.add(id);
    used.add(id);
    next.articles[id] = { source: r.source, key: keys[i], lines: r.lines };
  });

  // Ids of re-ingested sources that were not produced this time are retired.
  for (const [id, entry] of Object.entries(ledger.articles)) {
    if (used.has(id) || !reingestedSources.has(entry.source)) continue;
    delete next.articles[id];
    next.retired[id] = successor(entry, requests, ids);
  }
  return { ids, ledger: sortLedger(next) };
}

function nextFreeId(section: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${section}-${String(n).padStart(2, '0')}`;
    if (!taken.has(id)) return id;
  }
}

function successor(old: LedgerEntry, requests: IdRequest[], ids: string[]): string | null {
  let best: string | null = null;
  let bestOverlap = 0;
  requests.forEach((r, i) => {
    if (r.source !== old.source) return;
    const overlap = Math.min(r.lines[1], old.lines[1]) - Math.max(r.lines[0], old.lines[0]) + 1;
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = ids[i];
    }
  });
  return best;
}

function sortLedger(ledger: Ledger): Ledger {
  const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return { articles: sorted(ledger.articles), retired: sorted(ledger.retired) };
}
