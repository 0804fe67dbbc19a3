/** The export's records, built from the content as read back (pure: no files). */
import type { Content } from '../lib/read-content.ts';
import { exportArticleSchema, exportIssueSchema, type ExportArticle, type ExportIssue } from './schema.ts';

export interface ExportData {
  articles: ExportArticle[];
  issues: ExportIssue[];
}

/** `/articles/<id>/` under the site's base path (BASE_PATH, as in astro.config.mjs). */
export function articleUrl(id: string, basePath = '/'): string {
  const base = basePath.replace(/^\/+|\/+$/g, '');
  return `${base ? `/${base}` : ''}/articles/${id}/`;
}

/** Content must come from readContent: already validated and in issue/page/print order. */
export function buildExport(content: Content, basePath = '/'): ExportData {
  const pageOf = new Map(content.sections.map((s) => [s.id, s.page]));
  const dateOf = new Map(content.issues.map((i) => [i.id, i.date]));
  const photosOf = new Map<string, Content['photos']>();
  for (const photo of content.photos) photosOf.set(photo.article, [...(photosOf.get(photo.article) ?? []), photo]);

  const articles = content.articles.map((a) =>
    exportArticleSchema.parse({
      id: a.id,
      url: articleUrl(a.id, basePath),
      issue: a.issue,
      date: dateOf.get(a.issue),
      page: pageOf.get(a.section),
      seq: a.seq,
      kind: a.kind,
      column: a.column,
      kicker: a.kicker,
      headline: a.headline,
      subheadline: a.subheadline,
      byline: a.byline,
      dateline: a.dateline,
      authors: a.authors.map(({ name, role }) => ({ name, role })),
      blocks: a.body.map(({ type, text }) => ({ type, text })),
      photos: [...(photosOf.get(a.id) ?? [])]
        .sort((x, y) => x.seq - y.seq)
        .map(({ caption, credit, photographers }) => ({ caption, credit, photographers })),
      continuedOn: a.continuedOn,
      continuedFrom: a.continuedFrom,
      flags: a.flags,
    }),
  );
  const issues = content.issues.map(({ id, date, dateSource, pages, sources }) =>
    exportIssueSchema.parse({ id, date, dateSource, pages, sources }),
  );
  return { articles, issues };
}
