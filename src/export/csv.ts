/**
 * articles.csv: the export's articles as one table for spreadsheets and statistics packages.
 * One row per article or photo news, the columns below; lists joined into one cell. Written
 * with csv-stringify:
 *
 * - UTF-8 with a byte-order mark: Excel opens it as UTF-8 only with one (pandas: encoding='utf-8-sig').
 * - RFC 4180: CRLF between rows, a cell in double quotes when it holds a comma, quote or line break.
 * - A cell that starts with = + - @ or a tab is prefixed with ' so a spreadsheet shows it as text
 *   instead of running it as a formula; articles.jsonl keeps the text untouched.
 */
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from './csv-options.ts';
import type { ExportArticle } from './schema.ts';

export interface CsvColumn {
  name: string;
  description: string;
  value: (article: ExportArticle) => string | number | null;
}

const list = (items: (string | null)[], separator: string) => items.map((x) => x ?? '').join(separator);

export const CSV_COLUMNS: CsvColumn[] = [
  { name: 'id', description: '稿件号（永久不变）', value: (a) => a.id },
  { name: 'url', description: '稿件网页在站点内的路径', value: (a) => a.url },
  { name: 'issue', description: '期号', value: (a) => a.issue },
  { name: 'date', description: '出版日期 YYYY-MM-DD', value: (a) => a.date },
  { name: 'page', description: '版次', value: (a) => a.page },
  { name: 'seq', description: '版内阅读顺序', value: (a) => a.seq },
  { name: 'kind', description: 'article 文章 | photo 图片新闻', value: (a) => a.kind },
  { name: 'column', description: '栏目', value: (a) => a.column },
  { name: 'kicker', description: '引题', value: (a) => a.kicker },
  { name: 'headline', description: '主题（标题）', value: (a) => a.headline },
  { name: 'subheadline', description: '副题', value: (a) => a.subheadline },
  { name: 'byline', description: '署名，原文', value: (a) => a.byline },
  { name: 'dateline', description: '电头/讯头，原文', value: (a) => a.dateline },
  { name: 'authors', description: '作者姓名，以“；”分隔', value: (a) => list(a.authors.map((x) => x.name), '；') },
  { name: 'author_roles', description: '作者身份，与 authors 一一对应，以“；”分隔', value: (a) => list(a.authors.map((x) => x.role), '；') },
  { name: 'text', description: '正文：各段与小标题按顺序，一段一行', value: (a) => list(a.blocks.map((b) => b.text), '\n') },
  { name: 'photo_captions', description: '配图说明，一图一行', value: (a) => list(a.photos.map((p) => p.caption), '\n') },
  { name: 'photo_credits', description: '摄影署名，与 photo_captions 逐行对应', value: (a) => list(a.photos.map((p) => p.credit), '\n') },
  { name: 'photographers', description: '摄影者姓名，以“；”分隔', value: (a) => list(a.photos.flatMap((p) => p.photographers), '；') },
  { name: 'continuedOn', description: '下转第几版', value: (a) => a.continuedOn },
  { name: 'continuedFrom', description: '上接第几版', value: (a) => a.continuedFrom },
  { name: 'flags', description: '整理标注，以空格分隔（含义见 articles.jsonl 的 flags）', value: (a) => a.flags.join(' ') },
  {
    name: 'corrected',
    description: '校订日期：本馆编辑手工改正正文或图片说明的日子（取最近一次），未经改动为空',
    value: (a) => [a.corrected?.date, ...a.photos.map((p) => p.corrected?.date)].filter((d): d is string => !!d).sort().at(-1) ?? null,
  },
  { name: 'corrected_note', description: '校订说明（改了什么），以“；”分隔', value: (a) => [a.corrected?.note, ...a.photos.map((p) => p.corrected?.note)].filter((n): n is string => !!n).join('；') || null },
  { name: 'dateSource', description: '日期来源：metadata 编辑给定 | masthead 报头 | inferred 从正文推断', value: (a) => a.dateSource },
  { name: 'pageName', description: '版名', value: (a) => a.pageName },
  { name: 'signature', description: '文末署名，原文', value: (a) => a.signature },
  { name: 'continuationNotes', description: '转版说明原文，一条一行', value: (a) => list(a.continuationNotes, '\n') },
  { name: 'continuedOnArticle', description: '下转的另一半稿件的稿件号', value: (a) => a.continuedOnArticle },
  { name: 'continuedFromArticle', description: '上接的前一半稿件的稿件号', value: (a) => a.continuedFromArticle },
  { name: 'folds', description: '原文重复、已合并的文字，一处一行：第N行（重复第M行）：文字', value: (a) => list(a.folds.map((f) => `第${f.line}行（重复第${f.sameAsLine}行）：${f.text}`), '\n') },
  { name: 'source_file', description: '来源文件名', value: (a) => a.source.file },
  { name: 'source_lines', description: '来源文件中的行：首行-末行', value: (a) => `${a.source.lines[0]}-${a.source.lines[1]}` },
  { name: 'editedByHand', description: '是否有人手工修改过：true | false；空为无从比较', value: (a) => (a.editedByHand === null ? null : String(a.editedByHand)) },
  // Columns added later go last, so programs reading columns by position are unaffected.
  { name: 'permalink', description: '稿件网页的完整网址（永久链接）；站点未设网址的预览构建中为空', value: (a) => a.permalink },
];

/** One cell as articles.csv writes it (quoted and formula-safe as needed; null is empty). */
export function csvCell(value: string | number | null): string {
  return stringify([[value]], { ...CSV_OPTIONS, eof: false });
}

export function articlesCsv(articles: ExportArticle[]): string {
  const rows = [CSV_COLUMNS.map((c) => c.name), ...articles.map((a) => CSV_COLUMNS.map((c) => c.value(a)))];
  return stringify(rows, { ...CSV_OPTIONS, bom: true });
}
