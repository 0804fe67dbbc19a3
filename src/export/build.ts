/** The export's records, built from the content as read back (pure: no files). */
import { articlesInPrintOrder, type Archive } from '../content/archive.ts';
import { pageFilePaths } from '../site/page-files.ts';
import { routes } from '../site/routes.ts';
import { withBase } from '../site/url.ts';
import type { EditCheck } from './edits.ts';
import { exportArticleSchema, exportIssueSchema, type ExportArticle, type ExportIssue } from './schema.ts';

export interface ExportData {
  articles: ExportArticle[];
  issues: ExportIssue[];
}

/** `/articles/<id>/` under the site's base path (BASE_PATH, as in astro.config.mjs). */
export function articleUrl(id: string, basePath = '/'): string {
  return withBase(basePath, routes.article(id));
}

/**
 * The full address of the article page: the site's origin (SITE_URL, without a path) and the
 * path under the base path; null without an origin (a preview build makes up no address).
 */
export function articlePermalink(id: string, basePath = '/', origin: string | null = null): string | null {
  return origin ? new URL(articleUrl(id, basePath), origin).href : null;
}

/**
 * The archive's articles in issue/page/print order, and its issues, as export records.
 * `edited` says which entry files a person has edited (edits.ts); without it, or for an entry
 * that does not know its file (an archive built from Astro's collections), null.
 * `origin` is the site's address (SITE_URL) for each article's permalink; null leaves it out.
 */
export function buildExport(archive: Archive<{ file?: string }>, basePath = '/', edited: EditCheck = () => null, origin: string | null = null): ExportData {
  const editedFile = (file: string | undefined) => (file === undefined ? null : edited(file));
  const articles = articlesInPrintOrder(archive).map((a) =>
    exportArticleSchema.parse({
      id: a.id,
      url: articleUrl(a.id, basePath),
      permalink: articlePermalink(a.id, basePath, origin),
      issue: a.issue,
      date: archive.issueById.get(a.issue)?.date,
      dateSource: archive.issueById.get(a.issue)?.dateSource,
      page: archive.sectionById.get(a.section)?.page,
      pageName: archive.sectionById.get(a.section)?.name,
      seq: a.seq,
      kind: a.kind,
      column: a.column,
      kicker: a.kicker,
      headline: a.headline,
      subheadline: a.subheadline,
      byline: a.byline,
      dateline: a.dateline,
      signature: a.signature,
      authors: a.authors.map(({ name, role }) => ({ name, role })),
      blocks: a.blocks.map(({ type, text }) => ({ type, text })),
      photos: (archive.photosByArticle.get(a.id) ?? []).map((ph) => ({
        caption: ph.caption,
        credit: ph.credit,
        photographers: ph.photographers,
        afterBlock: ph.afterBlock,
        source: { file: ph.source.file, lines: ph.source.lines },
        editedByHand: editedFile(ph.file),
        corrected: ph.corrected ?? null,
      })),
      continuedOn: a.continuedOn,
      continuedFrom: a.continuedFrom,
      continuationNotes: a.continuationNotes,
      continuedOnArticle: a.continuedOnArticle,
      continuedFromArticle: a.continuedFromArticle,
      flags: a.flags,
      folds: a.folds.map(({ text, line, sameAsLine }) => ({ text, line, sameAsLine })),
      source: { file: a.source.file, lines: a.source.lines },
      editedByHand: editedFile(a.file),
      corrected: a.corrected ?? null,
    }),
  );
  return { articles, issues: exportIssues(archive, basePath, edited) };
}

/**
 * The archive's issues as export records (issues.json), with each 版's image and PDF; made from
 * the issues and their pages alone, so the pages spanning years make it without the articles'
 * text (src/content/year-summary.ts). `edited` as for buildExport.
 */
export function exportIssues(archive: Archive<{ file?: string }>, basePath = '/', edited: EditCheck = () => null): ExportIssue[] {
  const editedFile = (file: string | undefined) => (file === undefined ? null : edited(file));
  return archive.issues.map(({ id, date, dateSource, pages, sources, dateEvidence, file }) =>
    exportIssueSchema.parse({
      id,
      date,
      dateSource,
      pages,
      sources,
      dateEvidence: dateEvidence.map(({ date, text, sentence, source, line }) => ({ date, text, sentence, source, line })),
      editedByHand: editedFile(file),
      pageFiles: (archive.sectionsByIssue.get(id) ?? []).map((s) => {
        const paths = pageFilePaths(s);
        return {
          page: s.page,
          image: s.image && paths.image ? { url: withBase(basePath, paths.image), format: s.image.format, width: s.image.width, height: s.image.height, bytes: s.image.bytes, sha256: s.image.sha256 } : null,
          pdf: s.pdf && paths.pdf ? { url: withBase(basePath, paths.pdf), bytes: s.pdf.bytes, sha256: s.pdf.sha256 } : null,
        };
      }),
    }),
  );
}
