/**
 * The checks across entries that no one file's schema can make: ids unique per kind, every
 * reference (issue, page, article, continuation) pointing at an entry that is there and in the
 * same issue, every page an issue lists having its page entry. Problems are pushed, not thrown.
 */
import type { Issue, Photo, Section } from '../schema/entries.ts';
import type { ContentProblem } from './problems.ts';
import type { Entry, StoredArticle } from './read.ts';

export interface CheckedContent {
  issues: Entry<Issue>[];
  sections: Entry<Section>[];
  articles: StoredArticle[];
  photos: Entry<Photo>[];
}

/**
 * `shown` turns an entry's relative path into the path shown to the user; `lineOf` finds the line
 * of a field in an entry's file (read again only when there is a problem to report).
 */
export function checkReferences(
  content: CheckedContent,
  shown: (rel: string) => string,
  problems: ContentProblem[],
  lineOf: (rel: string, fieldPath: (string | number)[]) => number | undefined = () => undefined,
): void {
  const at = (file: string, fieldPath: (string | number)[]) => ({ file: shown(file), line: lineOf(file, fieldPath) });
  const byId = <T extends { id: string; file: string }>(entries: T[], kind: string) => {
    const map = new Map<string, T>();
    for (const entry of entries) {
      const other = map.get(entry.id);
      if (other) {
        problems.push({ ...at(entry.file, ['id']), field: 'id', reason: `${kind} id ${entry.id} 与 ${shown(other.file)} 重复` });
      } else map.set(entry.id, entry);
    }
    return map;
  };
  const issues = byId(content.issues, '期');
  const sections = byId(content.sections, '版面');
  const articles = byId(content.articles, '稿件');
  byId(content.photos, '图片');

  const missing = (entry: { file: string }, field: string, kind: string, id: string) =>
    problems.push({ ...at(entry.file, [field]), field, reason: `引用的${kind} ${id} 不存在` });

  for (const section of content.sections) {
    const issue = issues.get(section.issue);
    if (!issue) missing(section, 'issue', '期', section.issue);
    else if (!issue.pages.includes(section.page)) {
      problems.push({ ...at(section.file, ['page']), field: 'page', reason: `第 ${section.page} 版不在期 ${issue.id} 的 pages（${issue.pages.join('、')}）里` });
    }
  }
  for (const issue of content.issues) {
    for (const page of issue.pages) {
      if (!content.sections.some((s) => s.issue === issue.id && s.page === page)) {
        problems.push({ ...at(issue.file, ['pages', issue.pages.indexOf(page)]), field: 'pages', reason: `列出了第 ${page} 版，但没有这一版的版面条目` });
      }
    }
  }
  for (const article of content.articles) {
    if (!issues.has(article.issue)) missing(article, 'issue', '期', article.issue);
    const section = sections.get(article.section);
    if (!section) missing(article, 'section', '版面', article.section);
    else if (section.issue !== article.issue) {
      problems.push({ ...at(article.file, ['section']), field: 'section', reason: `版面 ${section.id} 属于期 ${section.issue}，不是 ${article.issue}` });
    }
    for (const field of ['continuedOnArticle', 'continuedFromArticle'] as const) {
      const target = article[field];
      if (target !== null && !articles.has(target)) missing(article, field, '稿件', target);
    }
  }
  for (const photo of content.photos) {
    if (!issues.has(photo.issue)) missing(photo, 'issue', '期', photo.issue);
    if (!sections.has(photo.section)) missing(photo, 'section', '版面', photo.section);
    const article = articles.get(photo.article);
    if (!article) missing(photo, 'article', '稿件', photo.article);
    else if (article.section !== photo.section) {
      problems.push({ ...at(photo.file, ['section']), field: 'section', reason: `所属稿件 ${article.id} 在版面 ${article.section}，不是 ${photo.section}` });
    }
  }
}
