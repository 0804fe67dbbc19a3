/**
 * Where a query's phrases stand in a text: the same rule the index applies (a phrase's units,
 * one after another inside one run), used to mark hits in result excerpts and on article pages.
 */
import { unitKey } from './terms.ts';
import type { Phrase } from './query.ts';
import type { Unit } from './units.ts';

export interface Hit {
  phrase: number;
  /** Index of the first and last unit of the hit in the searched units. */
  first: number;
  last: number;
}

export function findHits(units: Unit[], phrases: Phrase[]): Hit[] {
  const keys = units.map(unitKey);
  const hits: Hit[] = [];
  phrases.forEach((phrase, p) => {
    const want = phrase.units.map(unitKey);
    for (let i = 0; i + want.length <= units.length; i++) {
      let j = 0;
      while (j < want.length && keys[i + j] === want[j] && units[i + j].run === units[i].run) j++;
      if (j === want.length) hits.push({ phrase: p, first: i, last: i + j - 1 });
    }
  });
  return hits.sort((a, b) => a.first - b.first || b.last - a.last);
}

/** Source ranges [start, end) covered by hits, merged where they touch or overlap. */
export function hitRanges(units: Unit[], hits: Hit[]): [number, number][] {
  const ranges = hits
    .map((h): [number, number] => [units[h.first].start, units[h.last].end])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}
