/** What to call an article in lists, titles and links, including ones the text left untitled. */
import type { Photo } from '../schema/entries.ts';
import type { ArchiveArticle } from '../content/archive.ts';

export function excerpt(text: string, length: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}

/** The headline, or for an untitled piece a label and the start of its text. */
export function articleTitle(article: ArchiveArticle, photos: Photo[] = []): string {
  if (article.headline?.trim()) return article.headline.trim();
  const firstText = article.blocks.find((b) => b.type === 'paragraph')?.text ?? photos[0]?.caption ?? '';
  const label = article.kind === 'photo' ? '图片新闻' : '无标题';
  return firstText ? `${label}：${excerpt(firstText, 20)}` : label;
}

/** The first paragraph, for lists and the page description. */
export function leadText(article: ArchiveArticle, photos: Photo[] = []): string {
  return article.blocks.find((b) => b.type === 'paragraph')?.text ?? photos[0]?.caption ?? '';
}
