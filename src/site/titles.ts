/**
 * What to call an article in lists, titles and links, including ones the text left untitled,
 * and the second half of an article continued from another page (上接第一版), which the text
 * prints without a headline: it is called by the headline of the article it continues, marked
 * （续）, as an e-paper shows the same headline on both pages. The entry itself keeps its
 * headline null; only what the reader is shown changes.
 */
import type { ArticleFlag, Photo } from '../schema/entries.ts';
import type { Archive, ArchiveArticle } from '../content/archive.ts';

/** How the title of a continued half is marked after the headline it continues. */
export const CONTINUED_MARK = '（续）';

/** What the title rules need of the archive: its articles by id, to find the half a continued one goes on from. */
export type TitleArchive = Pick<Archive, 'articleById'>;

export function excerpt(text: string, length: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}

const hasHeadline = (article: ArchiveArticle) => Boolean(article.headline?.trim());

/**
 * The half with the headline that an untitled continued article goes on from. Takes the
 * article and the archive; follows the ingest's link (continuedFromArticle) back through halves
 * that print no headline either (an article run over three pages), to the first that prints
 * one. Gives null when the article prints a headline of its own, is photo news, continues
 * nothing, or the archive lacks the half with the headline (the link leads nowhere or round in
 * a circle). Never throws.
 */
export function continuedOrigin(article: ArchiveArticle, archive: TitleArchive): ArchiveArticle | null {
  if (hasHeadline(article) || article.kind !== 'article') return null;
  const seen = new Set([article.id]);
  for (let at = article; at.continuedFromArticle !== null; ) {
    const before = archive.articleById.get(at.continuedFromArticle);
    if (!before || seen.has(before.id)) return null;
    if (hasHeadline(before)) return before;
    seen.add(before.id);
    at = before;
  }
  return null;
}

/**
 * The headline an article is known by: its own, or for an untitled continued half the headline
 * of the article it continues (unmarked: the two halves are one article). Null when there is none.
 */
export function knownHeadline(article: ArchiveArticle, archive?: TitleArchive): string | null {
  if (hasHeadline(article)) return article.headline!.trim();
  const origin = archive ? continuedOrigin(article, archive) : null;
  return origin ? origin.headline!.trim() : null;
}

/**
 * The title shown for an article: its headline; for an untitled continued half, the headline of
 * the article it continues with （续） (found only when `archive` is given); for any other
 * untitled piece a label (无标题 / 图片新闻) and the start of its text.
 */
export function articleTitle(article: ArchiveArticle, photos: Photo[] = [], archive?: TitleArchive): string {
  if (hasHeadline(article)) return article.headline!.trim();
  const continued = knownHeadline(article, archive);
  if (continued) return `${continued}${CONTINUED_MARK}`;
  const firstText = article.blocks.find((b) => b.type === 'paragraph')?.text ?? photos[0]?.caption ?? '';
  const label = article.kind === 'photo' ? '图片新闻' : '无标题';
  return firstText ? `${label}：${excerpt(firstText, 20)}` : label;
}

/**
 * The kicker as the reader is shown it under the column tag: null when there is none or when it
 * only repeats the column's name. A column's name printed over the headline (链接, 读者来信) is
 * both the piece's kicker, as printed, and its column (src/ingest/column-or-kicker.ts); it is
 * shown once, as the column, which links to the column's page.
 */
export function shownKicker(article: { kicker: string | null; column: string | null }): string | null {
  const kicker = article.kicker?.trim() || null;
  return kicker !== null && kicker === article.column?.trim() ? null : kicker;
}

/**
 * The ingest's flags as the reader is shown them: 无标题 says the archive lists the piece by its
 * opening words, which is no longer so for a continued half titled by the article it continues.
 */
export function shownFlags(article: ArchiveArticle, archive: TitleArchive): ArticleFlag[] {
  return continuedOrigin(article, archive) ? article.flags.filter((f) => f !== 'untitled') : article.flags;
}

/** The first paragraph, for lists and the page description. */
export function leadText(article: ArchiveArticle, photos: Photo[] = []): string {
  return article.blocks.find((b) => b.type === 'paragraph')?.text ?? photos[0]?.caption ?? '';
}
