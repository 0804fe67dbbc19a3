/**
 * What a search result shows (headline block, date, page, names, and the texts excerpts are cut
 * from), stored with each indexed article as one Pagefind metadata field.
 *
 * Pagefind also searches metadata, word by word, and our index words are bigrams: plain text in
 * a metadata field would add words that match queries they should not. So the record is JSON
 * shifted into Unicode's supplementary private use area: not one letter or digit is left for
 * Pagefind to index, and the browser shifts it back.
 */
import { isolateBidiText } from '../../site/bidi.ts';
import type { CitationRecord } from '../../cite/record.ts';

/** What a reference to the article needs beyond the rest of the record (src/cite/record.ts), for the export of a result set. */
export type RecordCitation = Pick<CitationRecord, 'authors' | 'title' | 'devisedTitle' | 'paper' | 'pages'>;

export interface ResultRecord {
  id: string;
  /** Permalink path without the base path, e.g. /articles/2025-12-28-01-01/. */
  url: string;
  /** Issue date, YYYY-MM-DD (a topic's: the end of the span it covers). */
  date: string;
  /** 版次; null for a topic (专题), which is not printed on a page. */
  page: number | null;
  pageName: string | null;
  kind: 'article' | 'photo' | 'topic';
  column: string | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  /** The headline, or a stand-in for untitled pieces. */
  title: string;
  /** Reporters, correspondents and photographers. */
  names: string[];
  /** Byline, body paragraphs and photo captions with credits: what excerpts are cut from. */
  fields: string[];
  /** Articles and photo news: the reference's authors, title and 版次 as the article page cites them. */
  cite?: RecordCitation;
  /** A topic's span and editor (topics only). */
  topic?: { from: string; to: string; editor: string };
}

const SHIFT = 0xf0000;

export function encodeRecord(record: ResultRecord): string {
  // JSON.stringify leaves U+FFFE/U+FFFF as they are; escape them so every code unit shifts
  // to a valid character (U+FFFFE and U+FFFFF are noncharacters).
  // Direction controls in the text are isolated, as on the site's pages (src/site/bidi.ts).
  const json = JSON.stringify(record, (_key, value) => (typeof value === 'string' ? isolateBidiText(value) : value)).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  let out = '';
  for (let i = 0; i < json.length; i++) out += String.fromCodePoint(SHIFT + json.charCodeAt(i));
  return out;
}

export function decodeRecord(encoded: string): ResultRecord {
  let json = '';
  for (const ch of encoded) json += String.fromCharCode(ch.codePointAt(0)! - SHIFT);
  return JSON.parse(json) as ResultRecord;
}
