/**
 * The articles the index needs, joined with their issue, section and photos, from the content
 * tree read by the project's shared reader (which validates every entry and names the file,
 * line and field of anything wrong).
 */
import { readContent } from '../lib/read-content.ts';
import type { Photo } from '../schema/entries.ts';
import type { IndexedArticle } from './document.ts';

export function readIndexedArticles(contentDir?: string): IndexedArticle[] {
  const content = readContent(contentDir);
  const issues = new Map(content.issues.map((i) => [i.id, i]));
  const sections = new Map(content.sections.map((s) => [s.id, s]));
  const photos = new Map<string, Photo[]>();
  for (const photo of content.photos) photos.set(photo.article, [...(photos.get(photo.article) ?? []), photo]);
  return content.articles.map((article) => ({
    article,
    issue: issues.get(article.issue)!,
    section: sections.get(article.section)!,
    photos: (photos.get(article.id) ?? []).sort((a, b) => a.seq - b.seq),
  }));
}
