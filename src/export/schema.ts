/**
 * The export's own schemas: one line of articles.jsonl and one element of issues.json
 * (documented for researchers in docs/export.md). Field types come from the entry schemas,
 * so the export cannot drift from the archive; `.strict()` so nothing unlisted slips out.
 */
import { z } from 'astro/zod';
import { articleSchema, author, issueSchema } from '../schema/entries.ts';

const a = articleSchema.shape;
const i = issueSchema.shape;

export const exportBlockSchema = z
  .object({
    type: z.enum(['paragraph', 'subhead']).describe('paragraph 段落 | subhead 小标题'),
    text: z.string().min(1),
  })
  .strict();

export const exportCorrectionSchema = z
  .object({
    date: z.iso.date().describe('校订日期：本馆编辑手工改正这一条目的日子'),
    note: z.string().nullable().describe('改了什么（编辑的说明），没有说明时为 null'),
  })
  .strict()
  .nullable()
  .describe('校订：本馆编辑对照原版手工改正过（null：文字是导入程序对来源文件的读法，未经手工改动）');

export const exportPhotoSchema = z
  .object({
    caption: z.string().describe('图片说明，原文（不含署名）；只印了署名时为空字符串'),
    credit: z.string().nullable().describe('摄影署名，原文，如“本报记者 戎禹仁摄”'),
    photographers: z.array(z.string().min(1)).describe('摄影者姓名'),
    corrected: exportCorrectionSchema,
  })
  .strict();

export const exportArticleSchema = z
  .object({
    id: a.id.describe('稿件号，永久不变：<期号>-<版次两位>-<版内序号>'),
    url: z
      .string()
      .regex(/^\/([^/]+\/)*articles\/\d{4}-\d{2}-\d{2}-\d{2}-\d{2,3}\/$/)
      .describe('稿件网页在站点内的路径'),
    issue: a.issue.describe('期号（首次给定的出版日期）'),
    date: i.date.describe('出版日期（该期当前的日期，与 issues.json 的 date 相同）'),
    page: z.number().int().positive().describe('版次'),
    seq: a.seq.describe('版内阅读顺序，从 1 起'),
    kind: a.kind.describe('article 文章 | photo 图片新闻'),
    column: a.column.describe('栏目'),
    kicker: a.kicker.describe('引题'),
    headline: a.headline.describe('主题（标题）'),
    subheadline: a.subheadline.describe('副题'),
    byline: a.byline.describe('署名，原文'),
    dateline: a.dateline.describe('电头/讯头，原文'),
    authors: z.array(author.strict()).describe('作者及其身份'),
    blocks: z.array(exportBlockSchema).describe('正文，按顺序'),
    photos: z.array(exportPhotoSchema).describe('配图，按版面顺序'),
    continuedOn: a.continuedOn.describe('下转第几版'),
    continuedFrom: a.continuedFrom.describe('上接第几版'),
    flags: a.flags.describe('导入时拿不准之处'),
    corrected: exportCorrectionSchema,
  })
  .strict();

export const exportIssueSchema = z
  .object({
    id: i.id.describe('期号'),
    date: i.date.describe('出版日期'),
    dateSource: i.dateSource.describe('metadata 编辑给定 | inferred 从正文推断'),
    pages: i.pages.describe('档案中有的版次'),
    sources: i.sources.describe('来源文件名，按版次'),
  })
  .strict();

export const exportIssuesSchema = z.array(exportIssueSchema);

export type ExportArticle = z.infer<typeof exportArticleSchema>;
export type ExportIssue = z.infer<typeof exportIssueSchema>;

/** The JSON Schema (draft 2020-12) of an articles.jsonl line, published in docs/. */
export function articleJsonSchema(): unknown {
  return z.toJSONSchema(exportArticleSchema);
}

export function issuesJsonSchema(): unknown {
  return z.toJSONSchema(exportIssuesSchema);
}
