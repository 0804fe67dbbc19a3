/**
 * articles.csv: the export's articles as one table for spreadsheets and statistics packages.
 * One row per article or photo news, the columns below; lists joined into one cell.
 *
 * - UTF-8 with a byte-order mark: Excel opens it as UTF-8 only with one (pandas: encoding='utf-8-sig').
 * - RFC 4180: CRLF between rows, a cell in double quotes when it holds a comma, quote or line break.
 * - A cell that starts with = + - @ or a tab is prefixed with ' so a spreadsheet shows it as text
 *   instead of running it as a formula; articles.jsonl keeps the text untouched.
 */
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
];

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function articlesCsv(articles: ExportArticle[]): string {
  const rows = [CSV_COLUMNS.map((c) => c.name), ...articles.map((a) => CSV_COLUMNS.map((c) => csvCell(c.value(a))))];
  return '\uFEFF' + rows.map((cells) => cells.join(',') + '\r\n').join('');
}
