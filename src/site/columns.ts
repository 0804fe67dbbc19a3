/** Column pages (栏目): every article printed under a recurring banner such as 政务动态. */
import type { Archive, ArchiveArticle } from '../content/archive.ts';
import { nameSegment } from './routes.ts';

export interface Column {
  /** As printed the first time it appears (layout spaces kept). */
  name: string;
  segment: string;
  /** Newest issue first, then print order. */
  articles: ArchiveArticle[];
}

export function collectColumns(archive: Archive): Column[] {
  const columns = new Map<string, Column>();
  for (const article of archive.articles) {
    if (!article.column?.trim()) continue;
    const segment = nameSegment(article.column);
    const column = columns.get(segment) ?? { name: article.column.trim(), segment, articles: [] };
    column.articles.push(article);
    columns.set(segment, column);
  }
  return [...columns.values()];
}
