/**
 * Permalinks are forever: an article's id (and so its URL /articles/<id>/) is given once
 * and kept in content/ids.json, the ledger (schema: src/schema/ledger.ts), across every later
 * ingest.
 *
 * An article is recognised on re-ingest by its source file and a key taken from its own
 * opening words (not its headline or position, which a better reading of the page may
 * change); when no key matches — a typo in the opening corrected in the source — by its whole
 * text: a MinHash signature of its character pairs, which a correction of a few characters
 * hardly moves and a different article does not share. An id whose article a later ingest no
 * longer finds is not reused: it is kept as retired, pointing at the article that now holds
 * most of its lines, so its URL can still lead somewhere. A page replaced by another file's
 * text (`replace: true`) hands its ids to that file, found again the same way. Ids of a source removed on purpose
 * are withdrawn (withdraw.ts), and never given again either.
 */
import { emptyLedger, type Ledger, type LedgerEntry } from '../schema/ledger.ts';

export type { Ledger, LedgerEntry };
export { emptyLedger };

export interface IdRequest {
  source: string;
  /** Section id the article is on: new ids are `<section>-<NN>`. */
  section: string;
  key: string;
  lines: [number, number];
  /** signatureOf(the article's whole text); null when it is too short to tell articles apart. */
  sig?: string | null;
}

/** Han characters and digits only, so layout and punctuation changes do not move a key. */
export function keyOf(text: string): string {
  // The first 24 of them: the scan stops there, not at the end of a long paragraph.
  let key = '';
  for (let i = 0, n = 0; i < text.length && n < KEY_LENGTH; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39)) {
      key += text[i];
      n++;
    }
  }
  return key;
}

/** Characters in a key. */
const KEY_LENGTH = 24;

/** Hash functions in a signature; each gives 24 bits (6 hex digits). */
const SIG_HASHES = 8;
/** Fewer distinct character pairs than this and two articles cannot be told apart by signature. */
const SIG_MIN_PAIRS = 12;
/** Signatures agreeing in at least this many of their hashes are the same article. */
const SIG_SAME = 5;

/**
 * A MinHash signature of a text's Han and digit character pairs: for each of 8 seeded 32-bit
 * FNV-1a hashes, the least value over all pairs, 24 bits of it as 6 hex digits. Two texts agree
 * in each hash with probability equal to the share of pairs they have in common (Broder 1997),
 * so a corrected typo (a few pairs of hundreds) keeps nearly all eight, another article almost
 * none. Null for texts with fewer than 12 distinct pairs.
 */
export function signatureOf(text: string): string | null {
  // One pass over the consecutive pairs of counted characters, hashing each pair with all eight
  // seeds as it comes: a pair met twice only offers the same values again, so the least values
  // are those over the distinct pairs, without building the set of them. Distinct pairs are
  // counted only up to the 12 that make a signature (the cost is in the hashing; the earlier
  // version held the pairs in a Set, as strings, and then as numbers, no faster).
  const min = MINS.fill(0xffffffff);
  let distinct = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39))) continue;
    if (previous !== -1) {
      if (distinct < SIG_MIN_PAIRS && isNewPair(previous, c, distinct)) {
        FIRST_PAIRS[2 * distinct] = previous;
        FIRST_PAIRS[2 * distinct + 1] = c;
        distinct++;
      }
      for (let k = 0; k < SIG_HASHES; k++) {
        const h = fnv1aPair(SEED_BASIS[k], previous, c);
        if (h < min[k]) min[k] = h;
      }
    }
    previous = c;
  }
  if (distinct < SIG_MIN_PAIRS) return null;
  let sig = '';
  for (let k = 0; k < SIG_HASHES; k++) sig += (min[k] >>> 8).toString(16).padStart(6, '0');
  return sig;
}

/** The least hash of each seed so far, and the first distinct pairs (as code units), reused by every call. */
const MINS = new Uint32Array(SIG_HASHES);
const FIRST_PAIRS = new Uint16Array(2 * SIG_MIN_PAIRS);

function isNewPair(first: number, second: number, count: number): boolean {
  for (let j = 0; j < count; j++) if (FIRST_PAIRS[2 * j] === first && FIRST_PAIRS[2 * j + 1] === second) return false;
  return true;
}

/** Each seed's FNV-1a offset basis. */
const SEED_BASIS = Uint32Array.from({ length: SIG_HASHES }, (_, k) => (0x811c9dc5 ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0);

/** 32-bit FNV-1a of the two UTF-16 code units of a pair from a seed's basis, with a final mix (as the signature was first defined over the pair's string). */
function fnv1aPair(basis: number, first: number, second: number): number {
  let h = Math.imul(basis ^ first, 0x01000193);
  h = Math.imul(h ^ second, 0x01000193) >>> 0;
  // A final mix, so seeds that differ in few bits give independent orders.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}

/** How many of their hashes two signatures share (0–8). */
export function signatureAgreement(a: string, b: string): number {
  let same = 0;
  for (let k = 0; k < SIG_HASHES; k++) if (a.slice(k * 6, k * 6 + 6) === b.slice(k * 6, k * 6 + 6)) same++;
  return same;
}

/**
 * Gives every requested article its id: the ledger's when known (by key, else by signature),
 * else the next free number on its section. `replaced` maps a source replaced this run (a
 * `replace: true` page of the same date and page, docs/metadata.md) to the source replacing it:
 * the replaced page's ids are the replacing page's to find again, as if its file had been
 * corrected, and those not found are retired with no successor. Returns the
 * ids in request order and the updated ledger (a new object). Never gives an id that is retired
 * or withdrawn. Throws nothing.
 */
export function assignIds(
  ledger: Ledger,
  requests: IdRequest[],
  reingestedSources: ReadonlySet<string>,
  replaced: ReadonlyMap<string, string> = new Map(),
): { ids: string[]; ledger: Ledger } {
  const next: Ledger = { articles: { ...ledger.articles }, retired: { ...ledger.retired }, withdrawn: { ...(ledger.withdrawn ?? {}) } };
  // The source whose articles a ledger entry now stands for.
  const sourceOf = (entry: LedgerEntry) => replaced.get(entry.source) ?? entry.source;
  const byKey = new Map<string, string>();
  // A page's own ids first: a key the replaced page shares with it does not take the id it already has.
  for (const [id, entry] of Object.entries(ledger.articles)) if (!replaced.has(entry.source)) byKey.set(`${entry.source}\u0000${entry.key}`, id);
  if (replaced.size) {
    for (const [id, entry] of Object.entries(ledger.articles)) {
      const key = `${sourceOf(entry)}\u0000${entry.key}`;
      if (replaced.has(entry.source) && !byKey.has(key)) byKey.set(key, id);
    }
  }

  // Two articles of one source with the same opening words get keys key, key#2, …
  const seen = new Map<string, number>();
  const keys = requests.map((r) => {
    const base = `${r.source}\u0000${r.key}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? r.key : `${r.key}#${count}`;
  });
  const found: (string | undefined)[] = new Array(requests.length);
  const used = new Set<string>();

  // 1. By the key of the opening words.
  requests.forEach((r, i) => {
    const id = byKey.get(`${r.source}\u0000${keys[i]}`);
    if (id !== undefined && !used.has(id)) {
      found[i] = id;
      used.add(id);
    }
  });
  // 2. By the whole text, among the ledger's ids of the same source that no key claimed.
  const unclaimed = Object.entries(ledger.articles).filter(([id, e]) => !used.has(id) && e.sig && reingestedSources.has(sourceOf(e)));
  const pairs: { i: number; id: string; agreement: number }[] = [];
  requests.forEach((r, i) => {
    if (found[i] !== undefined || !r.sig) return;
    for (const [id, entry] of unclaimed) {
      if (sourceOf(entry) !== r.source) continue;
      const agreement = signatureAgreement(r.sig, entry.sig!);
      if (agreement >= SIG_SAME) pairs.push({ i, id, agreement });
    }
  });
  for (const { i, id } of pairs.sort((a, b) => b.agreement - a.agreement || a.i - b.i)) {
    if (found[i] !== undefined || used.has(id)) continue;
    found[i] = id;
    used.add(id);
  }
  // 3. New ids for the rest, in print order.
  const taken = new Set([...Object.keys(next.articles), ...Object.keys(next.retired), ...Object.keys(next.withdrawn)]);
  const ids = requests.map((r, i) => {
    const id = found[i] ?? nextFreeId(r.section, taken);
    taken.add(id);
    used.add(id);
    next.articles[id] = { source: r.source, key: keys[i], lines: r.lines, ...(r.sig ? { sig: r.sig } : {}) };
    return id;
  });

  // Ids of re-ingested sources that were not produced this time are retired.
  for (const [id, entry] of Object.entries(ledger.articles)) {
    if (used.has(id) || !reingestedSources.has(sourceOf(entry))) continue;
    delete next.articles[id];
    // Lines of another file's text say nothing of where a replaced page's article went: an article
    // the replacing text no longer holds has no successor (its page says it was retired).
    next.retired[id] = replaced.has(entry.source) ? null : successor(entry, requests, ids);
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
  return { articles: sorted(ledger.articles), retired: sorted(ledger.retired), withdrawn: sorted(ledger.withdrawn) };
}
