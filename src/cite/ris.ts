/**
 * One article as a RIS record (/articles/<id>/cite.ris), type NEWS: Zotero imports it as a
 * newspaper article, EndNote as Newspaper Article, NoteExpress and citation-js likewise.
 * Lines are `TAG  - value` with CRLF ends, as the RIS format sets out; values are kept on one line.
 */
import type { CitationRecord } from './record.ts';

export const ARCHIVE_NAME = '大同日报数字报档案馆';

/**
 * A value on one line, every run of spaces one space: line breaks and control characters
 * cannot end the line, and no "XX  - " can appear inside a value (some readers split on it).
 */
export function risValue(text: string): string {
  return text.replace(/[\s\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}

export function ris(record: CitationRecord): string {
  const [year, month, day] = record.date.split('-');
  const tags: [string, string][] = [
    ['TY', 'NEWS'],
    ...record.authors.map((name): [string, string] => ['AU', name]),
    ['TI', record.title],
    ['T2', record.paper],
    ['PY', year],
    ['DA', `${year}/${month}/${day}/`],
    // SP with every 版次 (1, 3): an EP would read as the range 1-3.
    ['SP', record.pages.join(', ')],
    ['SE', record.pageLabel],
    ['CY', '大同'],
    ['LA', 'zh-CN'],
  ];
  if (record.column) tags.push(['KW', record.column]);
  if (record.url) tags.push(['UR', record.url]);
  tags.push(['DB', ARCHIVE_NAME], ['AN', record.id]);
  return [...tags.map(([tag, value]) => `${tag}  - ${risValue(value)}`), 'ER  - ', ''].join('\r\n');
}
