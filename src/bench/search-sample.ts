/**
 * Queries for the recall oracle, drawn at random (seeded) from the archive's own text, the way
 * researchers search it: stretches of 1, 2, 3, 4, 6, 10 and 20 characters copied out of an
 * article, whole sentences, reporters' and photographers' names, the same stretches typed in
 * traditional characters or full-width digits and letters, two stretches as a two-word AND, and
 * strings the archive does not hold.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import { createRandom, type Random } from '../synth/random.ts';
import { oracleUrls, type OracleCorpus } from './search-oracle.ts';
import { parseQuery } from '../search/shared/query.ts';

export interface SampledQuery {
  kind: string;
  q: string;
}

/** How many queries of each kind; lengths are code points. */
export const SAMPLE_KINDS = ['1', '2', '3', '4', '6', '10', '20', 'sentence', 'name', 'traditional', 'fullwidth', 'and', 'absent', 'or', 'exclude', 'date'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

/** Simplified → traditional, one character for one (the first form OpenCC gives). */
const TO_TRADITIONAL = new Map(
  STCharacters.split('|').map((line) => {
    const [from, to] = line.split(' ');
    return [from, to] as [string, string];
  }),
);

const WORDLIKE = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** A letter or digit, as opposed to a CJK character: these make words (2025, GDP) that match whole. */
const LETTER = (c: string | undefined) => c !== undefined && WORDLIKE.test(c) && !HAN.test(c);
const DIGIT = (c: string | undefined) => c !== undefined && /\p{Nd}/u.test(c);

/** Whether a stretch [start, end) of the characters cuts a word of letters or digits (2025, 5.2) in two. */
function cutsWord(text: string[], start: number, end: number): boolean {
  const inNumber = (i: number) => /[.:]/.test(text[i] ?? '') && DIGIT(text[i - 1]) && DIGIT(text[i + 1]);
  const joined = (a: number, b: number) => LETTER(text[a]) && LETTER(text[b]);
  return joined(start - 1, start) || (inNumber(start - 1) && DIGIT(text[start])) || joined(end - 1, end) || (inNumber(end) && DIGIT(text[end - 1]));
}

/**
 * A stretch of `length` code points of some text, starting and ending on a letter, digit or
 * character, and not cutting a number or word of letters (which match whole: docs/search.md).
 */
function stretch(random: Random, corpus: OracleCorpus, length: number, accept: (s: string) => boolean = () => true): string | null {
  for (let attempt = 0; attempt < 200; attempt++) {
    const doc = random.pick(corpus.documents);
    const text = [...random.pick(doc.texts)];
    if (text.length < length) continue;
    const start = random.int(0, text.length - length);
    const s = text.slice(start, start + length);
    if (!WORDLIKE.test(s[0]) || !WORDLIKE.test(s[s.length - 1]) || cutsWord(text, start, start + length)) continue;
    const joined = s.join('');
    if (accept(joined)) return joined;
  }
  return null;
}

function sentence(random: Random, corpus: OracleCorpus): string | null {
  for (let attempt = 0; attempt < 200; attempt++) {
    const text = random.pick(random.pick(corpus.documents).texts);
    const sentences = text.split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => [...s].length >= 8 && [...s].length <= 80);
    if (sentences.length) return random.pick(sentences);
  }
  return null;
}

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const traditional = (s: string) => [...s].map((c) => TO_TRADITIONAL.get(c)?.[0] ?? c).join('');

/**
 * `perKind` queries of every kind, drawn with `seed` from the corpus's texts and names.
 * Throws when the corpus is empty.
 */
export function sampleQueries(corpus: OracleCorpus, perKind: number, seed: string | number = 'recall'): SampledQuery[] {
  const { names } = corpus;
  if (corpus.documents.length === 0) throw new Error('检索召回测试：档案里没有稿件');
  const random = createRandom(seed);
  const out: SampledQuery[] = [];
  const add = (kind: SampleKind, q: string | null) => {
    if (q && parseQuery(q).length) out.push({ kind, q });
  };
  for (let i = 0; i < perKind; i++) {
    for (const length of [1, 2, 3, 4, 6, 10, 20]) add(String(length) as SampleKind, stretch(random, corpus, length));
    add('sentence', sentence(random, corpus));
    if (names.length) add('name', random.pick(names));
    add('traditional', (() => {
      const s = stretch(random, corpus, random.int(2, 6), (t) => [...t].some((c) => TO_TRADITIONAL.has(c)));
      return s && traditional(s);
    })());
    add('fullwidth', (() => {
      const s = stretch(random, corpus, random.int(3, 8), (t) => /[0-9A-Za-z]/.test(t));
      return s && fullWidth(s);
    })());
    add('and', (() => {
      const a = stretch(random, corpus, random.int(2, 4), (t) => HAN.test(t));
      const b = stretch(random, corpus, random.int(2, 4), (t) => HAN.test(t));
      return a && b ? `${a} ${b}` : null;
    })());
    add('absent', absent(random, corpus));
    // The query language: either of two stretches; a stretch without another one often beside
    // it; a stretch within a few months of the archive's.
    const han = (min: number, max: number) => stretch(random, corpus, random.int(min, max), (t) => HAN.test(t));
    add('or', (() => {
      const [a, b] = [han(1, 4), han(2, 4)];
      return a && b ? `${a}${random.pick([' OR ', ' | ', '|', '｜'])}${b}` : null;
    })());
    add('exclude', (() => {
      const a = han(1, 3);
      const urls = a ? [...oracleUrls(corpus, parseQuery(a))] : [];
      if (!urls.length) return null;
      const url = random.pick(urls);
      const doc = corpus.documents.find((d) => d.url === url)!;
      const text = [...random.pick(doc.texts)];
      const start = random.int(0, Math.max(0, text.length - 3));
      const b = text.slice(start, start + random.int(1, 3)).join('');
      return parseQuery(b).length ? `${a} ${random.pick(['-', 'NOT '])}${b}` : null;
    })());
    add('date', (() => {
      const a = han(1, 3);
      const months = [...new Set(corpus.documents.map((d) => d.date.slice(0, 7)))].sort();
      const from = random.pick(months);
      const to = random.pick(months.filter((m) => m >= from));
      return a ? `${a} date:${random.pick([`${from}..${to}`, from, `${from}..`, `..${to}`])}` : null;
    })());
  }
  return out;
}

/** Characters of the archive put together in an order it never prints (up to 100 tries). */
function absent(random: Random, corpus: OracleCorpus): string | null {
  const chars = [...corpus.byUnit.keys()].filter((k) => HAN.test(k) && [...k].length === 1);
  for (let attempt = 0; attempt < 100; attempt++) {
    const q = Array.from({ length: random.int(2, 4) }, () => random.pick(chars)).join('');
    if (oracleUrls(corpus, parseQuery(q)).size === 0) return q;
  }
  return null;
}
