/**
 * The recall oracle: for a query, the set of documents (articles and topics) whose text holds
 * it under the rules docs/search.md states, found without the index, by looking through every
 * document's own text. The search must list exactly this set, however the index is split.
 *
 * The rules, as the oracle applies them: a document's searchable texts (build/document.ts:
 * headline block, credits, body; a topic's title, summary, body) are folded (shared/normalize.ts)
 * and cut into units and runs (shared/units.ts); a phrase is found where its units stand one
 * after another inside one run. Each text is matched as one string: its runs, their unit keys
 * between separators, so a phrase is a plain substring search (an implementation apart from the
 * highlighter's, shared/match.ts, which the two are checked against each other by).
 */
import path from 'node:path';
import { readIndexedArticles } from '../search/build/archive.ts';
import { articleTexts, resultRecord, type DocumentTexts } from '../search/build/document.ts';
import { topicTexts } from '../search/build/topic-document.ts';
import { routes } from '../site/routes.ts';
import { readIndexedTopics } from '../topics/search.ts';
import { unitKey } from '../search/shared/terms.ts';
import { textUnits, type Unit } from '../search/shared/units.ts';
import type { ParsedSearch, Phrase } from '../search/shared/query.ts';
import { inRange, intersectRanges, type DateRange } from '../search/shared/date-range.ts';

export interface OracleDocument {
  /** The document's permalink (/articles/<id>/ or /topics/<name>/): what a result links to. */
  url: string;
  /** Issue date (a topic's: the end of its span). */
  date: string;
  /** Every searchable text, as printed. */
  texts: string[];
  /** The texts as unit keys between separators, runs apart (see above). */
  haystack: string;
}

export interface OracleCorpus {
  documents: OracleDocument[];
  /** The archive's reporters, correspondents and photographers (what name queries are drawn from). */
  names: string[];
  /** For each unit key, the documents holding it: candidates are narrowed before any substring search. */
  byUnit: Map<string, Uint32Array>;
}

/** Between two units of one run. */
const UNIT = '\u0001';
/** Between two runs, or two texts. */
const RUN = '\u0002';

function haystackOf(texts: string[]): string {
  const runs: string[] = [];
  for (const text of texts) {
    let run: string[] = [];
    let number = -1;
    for (const unit of textUnits(text)) {
      if (unit.run !== number && run.length) {
        runs.push(run.join(UNIT));
        run = [];
      }
      number = unit.run;
      run.push(unitKey(unit));
    }
    if (run.length) runs.push(run.join(UNIT));
  }
  return `${RUN}${UNIT}${runs.join(`${UNIT}${RUN}${UNIT}`)}${UNIT}${RUN}`;
}

const allTexts = (t: DocumentTexts) => [...t.headline, ...t.credits, ...t.body];

/** Every article and topic of a content tree with its searchable texts. Throws what the archive reader throws. */
export function readOracleCorpus(contentDir: string): OracleCorpus {
  const documents: OracleDocument[] = [];
  const names = new Set<string>();
  for (const entry of readIndexedArticles(contentDir)) {
    for (const name of resultRecord(entry).names) names.add(name);
    const texts = allTexts(articleTexts(entry));
    documents.push({ url: routes.article(entry.article.id), date: entry.issue.date, texts, haystack: haystackOf(texts) });
  }
  for (const topic of readIndexedTopics(path.join(contentDir, 'topics'))) {
    const texts = allTexts(topicTexts(topic));
    documents.push({ url: routes.topic(topic.name), date: topic.data.to, texts, haystack: haystackOf(texts) });
  }
  const lists = new Map<string, number[]>();
  documents.forEach((doc, i) => {
    for (const key of new Set(doc.haystack.split(/[\u0001\u0002]/))) {
      if (!key) continue;
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(i);
    }
  });
  return { documents, names: [...names].sort(), byUnit: new Map([...lists].map(([k, v]) => [k, Uint32Array.from(v)])) };
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return Uint32Array.from(out);
}

/** The documents (indexes into corpus.documents) holding the phrase's units together in one run. */
export function phraseDocuments(corpus: OracleCorpus, units: Unit[]): Set<number> {
  const keys = units.map(unitKey);
  let candidates: Uint32Array | null = null;
  for (const key of new Set(keys)) {
    const list = corpus.byUnit.get(key);
    if (!list) return new Set();
    candidates = candidates ? intersect(candidates, list) : list;
  }
  const needle = `${UNIT}${keys.join(UNIT)}${UNIT}`;
  const found = new Set<number>();
  for (const i of candidates ?? []) if (corpus.documents[i].haystack.includes(needle)) found.add(i);
  return found;
}

/** The documents holding every phrase (the query's AND), as permalinks. */
export function oracleUrls(corpus: OracleCorpus, phrases: Phrase[]): Set<string> {
  return oracleSearch(corpus, { groups: phrases.map((p) => [p]), exclude: [], dates: null, notices: [] });
}

/**
 * The documents a query as read (shared/query.ts parseSearch) finds: those holding a phrase of
 * every group and none of the excluded phrases, whose date lies in the months of the query's
 * range and of `dates` (the address's), as permalinks.
 */
export function oracleSearch(corpus: OracleCorpus, search: ParsedSearch, dates: DateRange | null = null): Set<string> {
  if (search.groups.length === 0) return new Set();
  const range = intersectRanges(search.dates, dates);
  let docs: Set<number> | null = null;
  for (const group of search.groups) {
    const found = new Set(group.flatMap((p) => [...phraseDocuments(corpus, p.units)]));
    docs = docs ? new Set([...docs].filter((i: number) => found.has(i))) : found;
  }
  const excluded = new Set(search.exclude.flatMap((p) => [...phraseDocuments(corpus, p.units)]));
  return new Set(
    [...docs!].filter((i) => !excluded.has(i) && inRange(corpus.documents[i].date.slice(0, 7), range)).map((i) => corpus.documents[i].url),
  );
}
