/**
 * The articles the index needs, joined with their issue, section and photos, from the content
 * tree read by the project's shared reader (which validates every entry and names the file,
 * line and field of anything wrong).
 */
import { existsSync } from 'node:fs';
import { readContent } from '../lib/read-content.ts';
import { contentDir as defaultContentDir } from '../lib/paths.ts';
import type { Photo } from '../schema/entries.ts';
import type { IndexedArticle } from './document.ts';

export function readIndexedArticles(contentDir: string = defaultContentDir): IndexedArticle[] {
  if (!existsSync(contentDir)) throw new Error(`检索索引：内容目录不存在：${contentDir}`);
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
