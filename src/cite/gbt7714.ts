/**
 * GB/T 7714-2015 references for a newspaper article (连续出版物中的析出文献, 报纸 [N]):
 *   主要责任者. 题名[N]. 报纸名, 出版日期(版次).
 *   主要责任者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
 * A continued article gives all its 版次: 出版日期(1, 3).
 * Up to three authors are listed; more are cut to the first three and ", 等". With no author the
 * reference opens with the title, as the standard allows for 顺序编码制 instead of 佚名.
 */
import type { CitationRecord } from './record.ts';

export function creators(names: string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

/**
 * 出版日期(版次): `2025-12-28(1)`; an article continued over pages gives every 版次, as page
 * numbers that do not run on are listed, separated by commas: `2025-12-28(1, 3)`. The page
 * shows this part whole, never broken across lines (CiteBox.astro).
 */
export function datePages(record: CitationRecord): string {
  return `${record.date}(${record.pages.join(', ')})`;
}

function opening(record: CitationRecord, mark: string): string {
  const who = record.authors.length > 0 ? `${creators(record.authors)}. ` : '';
  return `${who}${record.title}[${mark}]. ${record.paper}, ${datePages(record)}`;
}

/** The print reference: what a researcher cites for the paper itself. */
export function gbt7714(record: CitationRecord): string {
  return `${opening(record, 'N')}.`;
}

/** The online reference to this archive's page; `accessed` is the 引用日期 (YYYY-MM-DD). */
export function gbt7714Online(record: CitationRecord, accessed: string): string {
  const [before, after] = gbt7714OnlineAround(record);
  return `${before}${accessed}${after}`;
}

/**
 * The online reference before and after its 引用日期, for a page that fills the date in. Without
 * an address (a preview build) the reference ends after the date: the page fills the address in
 * from where it is served (src/site/site-address.ts).
 */
export function gbt7714OnlineAround(record: CitationRecord): [string, string] {
  return [`${opening(record, 'N/OL')}[`, record.url ? `]. ${record.url}.` : '].'];
}
