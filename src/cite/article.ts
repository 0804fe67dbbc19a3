/** An article's citation record and page facts, from the archive (pure; URLs made absolute by the caller). */
import type { Archive } from '../content/archive.ts';
import { routes } from '../site/routes.ts';
import { articleTitle, continuedOrigin, excerpt, leadText } from '../site/titles.ts';
import type { PageFacts } from './meta.ts';
import { citationRecord, oneLine, type CitationRecord } from './record.ts';

/** `absolute` turns a site path (from routes) into the full URL, base path included; null in a preview build. */
export function articleCitation(
  archive: Archive,
  articleId: string,
  absolute: (path: string) => string | null,
): { record: CitationRecord; facts: PageFacts } {
  const article = archive.articleById.get(articleId);
  if (!article) throw new Error(`no article ${articleId}`);
  const issue = archive.issueById.get(article.issue)!;
  const section = archive.sectionById.get(article.section)!;
  const photos = archive.photosByArticle.get(article.id) ?? [];
  const continues = continuedOrigin(article, archive);
  const record = citationRecord({ article, issue, section, photos, continues, url: absolute(routes.article(article.id)), archive });
  return {
    record,
    facts: {
      displayTitle: oneLine(articleTitle(article, photos, archive)),
      description: excerpt(leadText(article, photos), 120),
      issueUrl: absolute(routes.issue(issue.id)),
      authorUrls: record.authors.map((name) => absolute(routes.author(name))),
      subheadline: article.subheadline ? oneLine(article.subheadline) : null,
    },
  };
}
