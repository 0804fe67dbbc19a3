/** The export's records, built from the content as read back (pure: no files). */
import { articlesInPrintOrder, type Archive } from '../content/archive.ts';
import { normalizeBase } from '../site/url.ts';
import { exportArticleSchema, exportIssueSchema, type ExportArticle, type ExportIssue } from './schema.ts';

export interface ExportData {
  articles: ExportArticle[];
  issues: ExportIssue[];
}

/** `/articles/<id>/` under the site's base path (BASE_PATH, as in astro.config.mjs). */
export function articleUrl(id: string, basePath = '/'): string {
  return `${normalizeBase(basePath)}articles/${id}/`;
}

/** The archive's articles in issue/page/print order, and its issues, as export records. */
export function buildExport(archive: Archive, basePath = '/'): ExportData {
  const articles = articlesInPrintOrder(archive).map((a) =>
    exportArticleSchema.parse({
      id: a.id,
      url: articleUrl(a.id, basePath),
      issue: a.issue,
      date: archive.issueById.get(a.issue)?.date,
      page: archive.sectionById.get(a.section)?.page,
      seq: a.seq,
      kind: a.kind,
      column: a.column,
      kicker: a.kicker,
      headline: a.headline,
      subheadline: a.subheadline,
      byline: a.byline,
      dateline: a.dateline,
      authors: a.authors.map(({ name, role }) => ({ name, role })),
      blocks: a.blocks.map(({ type, text }) => ({ type, text })),
      photos: (archive.photosByArticle.get(a.id) ?? []).map(({ caption, credit, photographers, corrected }) => ({ caption, credit, photographers, corrected: corrected ?? null })),
      continuedOn: a.continuedOn,
      continuedFrom: a.continuedFrom,
      flags: a.flags,
      corrected: a.corrected ?? null,
    }),
  );
  const issues = archive.issues.map(({ id, date, dateSource, pages, sources }) =>
    exportIssueSchema.parse({ id, date, dateSource, pages, sources }),
  );
  return { articles, issues };
}
