/**
 * The articles the index needs, joined with their issue, page and photos: the archive as the
 * project's one reader joins it (src/content/archive.ts), which validates every entry and names
 * the file, line and field of anything wrong.
 */
import { existsSync } from 'node:fs';
import { articlesInPrintOrder, readArchive } from '../../content/archive.ts';
import { contentDir as configuredContentDir } from '../../config.ts';
import { continuedOrigin } from '../../site/titles.ts';
import { citationRecord } from '../../cite/record.ts';
import type { IndexedArticle } from './document.ts';

/** Every article of the content tree, or those of the issues whose date passes `dates`, in print order. */
export function readIndexedArticles(contentDir: string = configuredContentDir(), dates?: (date: string) => boolean): IndexedArticle[] {
  if (!existsSync(contentDir)) throw new Error(`检索索引：内容目录不存在：${contentDir}`);
  const archive = readArchive(contentDir, { dates });
  return articlesInPrintOrder(archive).map((article) => {
    const [issue, section] = [archive.issueById.get(article.issue)!, archive.sectionById.get(article.section)!];
    const photos = archive.photosByArticle.get(article.id) ?? [];
    const continues = continuedOrigin(article, archive);
    const { authors, title, devisedTitle, paper, pages } = citationRecord({ article, issue, section, photos, continues, url: null, archive });
    return { article, issue, section, photos, continuedHeadline: continues?.headline ?? null, cite: { authors, title, devisedTitle, paper, pages } };
  });
}
