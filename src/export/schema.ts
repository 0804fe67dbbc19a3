/**
 * The export's own schemas: one line of articles.jsonl and one element of issues.json
 * (documented for researchers in docs/export.md). Field types come from the entry schemas,
 * so the export cannot drift from the archive; `.strict()` so nothing unlisted slips out.
 */
import { z } from 'astro/zod';
import { articleSchema, author, dateEvidence, fold, issueSchema, pageImage, pagePdf, photoSchema, sectionSchema, sourceSpan } from '../schema/entries.ts';

const a = articleSchema.shape;
const i = issueSchema.shape;
const p = photoSchema.shape;

/** Whether a person has edited the entry's file since the ingest wrote it (null: the tree keeps no record). */
const editedByHand = z.boolean().nullable();
const source = sourceSpan.strict().describe('来源文件（content/sources/ 中的文件名）及所在行（首行、末行，从 1 起）');

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
    afterBlock: p.afterBlock.describe('图片在正文第几块之后（0 表示在正文之前）'),
    source,
    editedByHand: editedByHand.describe('图片说明条目是否有人手工修改过；null 表示无从比较'),
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
    permalink: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .describe('稿件网页的完整网址（永久链接）；站点未设网址的预览构建中为 null'),
    issue: a.issue.describe('期号（首次给定的出版日期）'),
    date: i.date.describe('出版日期（该期当前的日期，与 issues.json 的 date 相同）'),
    dateSource: i.dateSource.describe('日期从何而来：metadata 编辑给定 | masthead 版面上印的报头日期 | inferred 从正文推断'),
    page: z.number().int().positive().describe('版次'),
    pageName: sectionSchema.shape.name.describe('版名，如“要闻”；不知道时为 null'),
    seq: a.seq.describe('版内阅读顺序，从 1 起'),
    kind: a.kind.describe('article 文章 | photo 图片新闻'),
    column: a.column.describe('栏目'),
    kicker: a.kicker.describe('引题'),
    headline: a.headline.describe('主题（标题）'),
    subheadline: a.subheadline.describe('副题'),
    byline: a.byline.describe('署名，原文'),
    dateline: a.dateline.describe('电头/讯头，原文'),
    signature: a.signature.describe('文末署名，原文'),
    authors: z.array(author.strict()).describe('作者及其身份'),
    blocks: z.array(exportBlockSchema).describe('正文，按顺序'),
    photos: z.array(exportPhotoSchema).describe('配图，按版面顺序'),
    continuedOn: a.continuedOn.describe('下转第几版'),
    continuedFrom: a.continuedFrom.describe('上接第几版'),
    continuationNotes: a.continuationNotes.describe('转版说明，原文，如“（下转第三版）”'),
    continuedOnArticle: a.continuedOnArticle.describe('下转的另一半稿件的稿件号（档案中有那一版时）'),
    continuedFromArticle: a.continuedFromArticle.describe('上接的前一半稿件的稿件号（档案中有那一版时）'),
    flags: a.flags.describe('导入时拿不准之处'),
    folds: z.array(fold.strict()).describe('原文重复、已合并的文字：文字、所在行、它重复的那一行'),
    source,
    editedByHand: editedByHand.describe('稿件条目是否有人手工修改过（与导入写下的不同）；null 表示无从比较'),
    corrected: exportCorrectionSchema,
  })
  .strict();

/** A path of the site (under its base path), such as /issues/2025-12-28/01/dtrb-2025-12-28-01.jpg. */
const sitePath = (ext: string) => z.string().regex(new RegExp(`^/([^/]+/)*issues/\\d{4}-\\d{2}-\\d{2}/\\d{2}/dtrb-\\d{4}-\\d{2}-\\d{2}-\\d{2}\\.${ext}$`));

export const exportPageFilesSchema = z
  .object({
    page: z.number().int().positive().describe('版次'),
    image: z
      .object({
        url: sitePath('(jpg|png|webp)').describe('版面图在站点内的路径（原图，未经压缩）'),
        format: pageImage.shape.format.describe('jpeg | png | webp'),
        width: pageImage.shape.width.describe('宽，像素'),
        height: pageImage.shape.height.describe('高，像素'),
        bytes: pageImage.shape.bytes.describe('文件大小，字节'),
        sha256: pageImage.shape.sha256.describe('文件的 SHA-256'),
      })
      .strict()
      .nullable()
      .describe('这一版的版面图；档案没有时为 null'),
    pdf: z
      .object({
        url: sitePath('pdf').describe('版面 PDF 在站点内的路径'),
        bytes: pagePdf.shape.bytes.describe('文件大小，字节'),
        sha256: pagePdf.shape.sha256.describe('文件的 SHA-256'),
      })
      .strict()
      .nullable()
      .describe('这一版的 PDF；档案没有时为 null'),
  })
  .strict();

export const exportIssueSchema = z
  .object({
    id: i.id.describe('期号'),
    date: i.date.describe('出版日期'),
    dateSource: i.dateSource.describe('metadata 编辑给定 | inferred 从正文推断'),
    pages: i.pages.describe('档案中有的版次'),
    sources: i.sources.describe('来源文件名，按版次'),
    dateEvidence: z.array(dateEvidence.strict()).describe('日期的依据：报头那一行，或推断所据的正文日期、原文、句子、来源文件和行'),
    editedByHand: editedByHand.describe('期条目是否有人手工修改过；null 表示无从比较'),
    pageFiles: z.array(exportPageFilesSchema).describe('各版的版面图与 PDF（按版次，每版一项）'),
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
