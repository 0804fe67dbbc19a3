/**
 * One article as a BibTeX/BibLaTeX entry (/articles/<id>/cite.bib).
 *
 * `@article` with `journal = {大同日报}` and `entrysubtype = {newspaper}`: BibLaTeX's own way to
 * mark a newspaper article, which biblatex-gb7714-2015 prints as [N] with the date and
 * "(版次)", and which Pandoc and citation-js read as a newspaper article. Zotero's BibTeX
 * import has no newspaper type and would drop an `@newspaper` entry; it takes `@article` as a
 * journal article (the RIS file, TY NEWS, imports into Zotero as a newspaper article).
 */
import type { CitationRecord } from './record.ts';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text as a braced BibTeX value, read back as the same text: on one line (TeX would fold
 * spaces anyway), TeX's special characters escaped, and the ligatures TeX makes of -- and of
 * paired quotes broken with {} so a parser does not turn them into dashes or curly quotes.
 */
export function bibtexText(text: string): string {
  return text
    .replace(/[\s\p{Cc}\u2028\u2029]+/gu, ' ')
    .trim()
    .replace(/[\\{}%&$#_~^]/g, (c) => SPECIAL[c])
    .replace(/([-`'])(?=\1)/g, '$1{}');
}

export function bibtexKey(id: string): string {
  return `datongribao-${id}`;
}

export function bibtex(record: CitationRecord): string {
  const fields: [string, string][] = [];
  if (record.authors.length > 0) fields.push(['author', record.authors.map((n) => `{${bibtexText(n)}}`).join(' and ')]);
  fields.push(
    ['title', bibtexText(record.title)],
    ['journal', bibtexText(record.paper)],
    ['entrysubtype', 'newspaper'],
    ['date', record.date],
    ['year', record.date.slice(0, 4)],
    ['pages', record.pages.join(', ')],
  );
  if (record.url) fields.push(['url', bibtexUrl(record.url)]);
  if (record.column) fields.push(['keywords', bibtexText(record.column)]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`);
  return `@article{${bibtexKey(record.id)},\n${lines.join('\n')}\n}\n`;
}

/** URLs are verbatim in BibLaTeX: only characters that would end the value are percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}
