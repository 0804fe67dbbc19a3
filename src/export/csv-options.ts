/**
 * How the archive writes a CSV table (articles.csv, and the search page's export of a result
 * set): RFC 4180 with CRLF between rows, a cell quoted when it holds a comma, quote or line
 * break, and a cell that starts with = + - @ or a tab prefixed with ' so a spreadsheet shows it
 * as text instead of running it as a formula. Options for csv-stringify; no imports, so the
 * browser's export (csv-stringify's browser build) shares them with Node's.
 */
import type { Options } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The formula rule as a cast of every text cell. (csv-stringify's own escape_formulas also
 * prefixes cells starting with the full-width ＝＋－＠, which Chinese text does begin with:
 * the archive keeps its rule, so such cells read as printed.)
 */
export const CSV_OPTIONS: Options = {
  record_delimiter: 'windows',
  // With the record delimiter set, a lone \n or \r in a cell is quoted only when asked.
  quote_record_delimiter: true,
  cast: { string: (text) => (FORMULA_START.test(text) ? `'${text}` : text) },
};
