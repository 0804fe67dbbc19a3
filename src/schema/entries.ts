/**
 * The archive's entry schemas: one definition, used by the ingest before it writes,
 * by src/content.config.ts (which swaps the id fields for `reference()`), and by the export.
 * An entry that passes here passes everywhere.
 */
import { z } from 'astro/zod';
import { yamlDay } from './day.ts';

export const PAPER = '大同日报';

/** Issue id = the issue's date as first given; kept even if the date is later corrected. */
export const issueId = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '期号须为 YYYY-MM-DD');
/** Section (版面) id = `<issue>-<page, two digits>`, e.g. 2025-12-28-01. */
export const sectionId = z.string().regex(/^\d{4}-\d{2}-\d{2}-\d{2}$/, '版面号须为 YYYY-MM-DD-NN');
/** Article id = `<section>-<seq in print order, two digits>`, given once and kept (see content/ids.json). */
export const articleId = z.string().regex(/^\d{4}-\d{2}-\d{2}-\d{2}-\d{2,3}$/, '稿件号须为 YYYY-MM-DD-NN-SS');
export const photoId = z.string().regex(/^\d{4}-\d{2}-\d{2}-\d{2}-\d{2,3}-p\d+$/, '图片号须为 <稿件号>-pN');

/** Where in the source an entry came from (1-based, inclusive line numbers). */
export const sourceSpan = z.object({
  file: z.string().min(1),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

/** A date found in the text and the sentence that carries it: the evidence for an inferred issue date. */
export const dateEvidence = z.object({
  date: z.iso.date(),
  text: z.string().min(1),
  sentence: z.string().min(1),
  source: z.string().min(1),
  line: z.number().int().positive(),
});

export const issueSchema = z.object({
  id: issueId,
  date: z.iso.date(),
  paper: z.literal(PAPER),
  /** Page numbers (版次) the archive holds for this issue, ascending. */
  pages: z.array(z.number().int().positive()).min(1),
  /** Source file names, in page order. */
  sources: z.array(z.string().min(1)).min(1),
  /** How the date was known: given by the staff (metadata, --date, file name), printed in the masthead, or inferred from the text. */
  dateSource: z.enum(['metadata', 'masthead', 'inferred']),
  dateEvidence: z.array(dateEvidence),
});

/** A page file's name in content/sources: a bare name, never a path. */
const pageFileName = z.string().regex(/^[^\\/]+$/, '只写 content/sources/ 里的文件名').refine((n) => !n.startsWith('.'), '不能是隐藏文件');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, '须为 64 位十六进制的 SHA-256');

/** 版面图: the printed page as an image, as the ingest found it (src/ingest/page-files.ts). */
export const pageImage = z
  .object({
    file: pageFileName,
    format: z.enum(['jpeg', 'png', 'webp']),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    bytes: z.number().int().positive(),
    /** Of the file's bytes: a replaced image changes the page entry, so the site renders it again. */
    sha256: sha256Hex,
  })
  .strict();

/** 版面 PDF: the printed page as the newsroom's PDF. */
export const pagePdf = z
  .object({
    file: pageFileName,
    bytes: z.number().int().positive(),
    sha256: sha256Hex,
  })
  .strict();

export const sectionSchema = z.object({
  id: sectionId,
  issue: issueId,
  /** 版次: 1 for 第一版. */
  page: z.number().int().positive(),
  /** 版名 such as 要闻, when known. */
  name: z.string().nullable(),
  /** Given by the staff, printed in the page header (第6版 国际), or inferred (a front page). */
  pageSource: z.enum(['metadata', 'printed', 'inferred']),
  source: z.string().min(1),
  /** Sources of the same date and page this page's text replaced (`replace: true`, docs/metadata.md): kept in content/sources, no longer read into the archive. */
  replaces: z.array(z.string().min(1)).optional(),
  /** The page header (版头) as printed: date, page mark, editors' credits; absent when the page prints none. */
  header: z.array(z.string()).optional(),
  /** The page's foot (its number alone, a dated footer line) as printed; absent when the page prints none. */
  footer: z.array(z.string()).optional(),
  /** The page's image and PDF in content/sources, when the staff gave them; absent otherwise. */
  image: pageImage.optional(),
  pdf: pagePdf.optional(),
});

/** Roles printed in bylines and datelines; 作者 for a bare trailing signature, 摄影 for photo credits. */
export const authorRole = z.enum(['记者', '通讯员', '实习生', '评论员', '特约记者', '作者', '摄影']);
export const author = z.object({ name: z.string().min(1), role: authorRole });

/** What the ingest was unsure of, shown to readers and listed in the ingest report. */
export const articleFlag = z.enum([
  'untitled', // 无标题: no headline in the text
  'headline-after-body', // the headline block was printed after its own body
  'folded-duplicate', // a repeated paragraph was folded (see `folds`)
  'cut-off', // the text stops mid-sentence and no continuation note says where it goes
  'orphan-headline', // a headline block with no body of its own
]);

/** A repeated passage that was folded into one, recorded so nothing is silently lost. */
export const fold = z.object({
  text: z.string().min(1),
  line: z.number().int().positive(),
  /** Line of the passage it repeats. */
  sameAsLine: z.number().int().positive(),
});

/**
 * 校订: a person corrected the entry by hand (the ingest keeps such an edit, src/ingest/plan.ts).
 * Written by the editor in the entry: `corrected: "2026-01-05"`, or with what was changed,
 * `corrected: { date: "2026-01-05", note: "改正标题中的错字" }` (an unquoted date is taken too).
 * The article page and the export say so; the pre-build check refuses an edited entry without
 * it (src/content/corrections.ts).
 */
export const correction = z.preprocess(
  (value) => {
    if (typeof value === 'string' || value instanceof Date) return { date: yamlDay(value), note: null };
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const { date, note, ...rest } = value as Record<string, unknown>;
      return { ...rest, date: yamlDay(date), note: note ?? null };
    }
    return value;
  },
  z
    .object({
      date: z.iso.date('校订日期 corrected 须写成 YYYY-MM-DD，如 corrected: "2026-01-05"'),
      note: z.string().min(1).nullable(),
    })
    .strict(),
);

export const articleSchema = z.object({
  id: articleId,
  issue: issueId,
  section: sectionId,
  /** Position on the page in reading order, from 1. */
  seq: z.number().int().positive(),
  /** `photo` is 图片新闻: a photo with its caption (and perhaps a short headline), no article. */
  kind: z.enum(['article', 'photo']),
  column: z.string().nullable(), // 栏目
  kicker: z.string().nullable(), // 引题
  headline: z.string().nullable(), // 主题
  subheadline: z.string().nullable(), // 副题
  byline: z.string().nullable(), // 署名, verbatim
  dateline: z.string().nullable(), // 电头/讯头, verbatim
  signature: z.string().nullable(), // 尾署名, verbatim
  authors: z.array(author),
  /** 下转第N版 / 上接第N版, as page numbers, and the verbatim notes. */
  continuedOn: z.number().int().positive().nullable(),
  continuedFrom: z.number().int().positive().nullable(),
  continuationNotes: z.array(z.string()),
  /** The other half of a continued article, when the archive has that page. */
  continuedOnArticle: articleId.nullable(),
  continuedFromArticle: articleId.nullable(),
  flags: z.array(articleFlag),
  folds: z.array(fold),
  source: sourceSpan,
  /** 校订: when (and what) an editor corrected by hand; absent for the ingest's own reading. */
  corrected: correction.optional(),
});

export const photoSchema = z.object({
  id: photoId,
  issue: issueId,
  section: sectionId,
  article: articleId,
  seq: z.number().int().positive(),
  caption: z.string(), // 图片说明, verbatim (without the credit); '' when only a credit was printed
  credit: z.string().nullable(), // 本报记者 戎禹仁摄, verbatim
  photographers: z.array(z.string().min(1)),
  /** The article body block the photo stands after; 0 = before the first block. */
  afterBlock: z.number().int().nonnegative(),
  source: sourceSpan,
  /** 校订 of the caption or credit, as for articles. */
  corrected: correction.optional(),
});

export type Issue = z.infer<typeof issueSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type PageImage = z.infer<typeof pageImage>;
export type PagePdf = z.infer<typeof pagePdf>;
export type Article = z.infer<typeof articleSchema>;
export type Photo = z.infer<typeof photoSchema>;
export type Author = z.infer<typeof author>;
export type AuthorRole = z.infer<typeof authorRole>;
export type ArticleFlag = z.infer<typeof articleFlag>;
export type Correction = z.infer<typeof correction>;

/** An article's body: paragraphs and subheads (小标题), in order. */
export type Block = { type: 'paragraph' | 'subhead'; text: string };
