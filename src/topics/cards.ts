/**
 * What a topic shows of an article it cites: the headline block, where and when it was printed,
 * its first sentence, and the links to it and to a quoted paragraph. Pure, from the Archive.
 */
import { paragraphParts } from '../site/article-body.ts';
import type { Archive, ArchiveArticle } from '../content/archive.ts';
import type { Photo } from '../schema/entries.ts';
import { formatDateShort, pageTitle } from '../site/chinese.ts';
import { routes } from '../site/routes.ts';
import { articleTitle, CONTINUED_MARK, excerpt, knownHeadline, shownKicker } from '../site/titles.ts';

export interface ArticleCardData {
  id: string;
  /** Permalink path (pass through href). */
  path: string;
  column: string | null;
  kicker: string | null;
  /** The headline, or the stand-in the archive uses for an untitled piece. */
  title: string;
  /** How the title is cited in running text: 《headline》, or the stand-in as it is. */
  cited: string;
  subheadline: string | null;
  kind: 'article' | 'photo';
  /** ISO date of the issue, for <time datetime>. */
  date: string;
  /** 2025年12月28日 */
  dateLabel: string;
  /** 第一版 要闻 */
  page: string;
  /** The first sentence of the body (without the dateline), or of the photo caption. */
  lead: string;
}

const SENTENCE_END = /[。！？!?](?:[”’」』）)]*)/u;

/** The first sentence of a text: up to the first 。！？ (with its closing quotes), at most `max` characters. */
export function firstSentence(text: string, max = 100): string {
  const t = text.trim();
  const end = SENTENCE_END.exec(t);
  const sentence = end ? t.slice(0, end.index + end[0].length) : t;
  return excerpt(sentence, max);
}

export class MissingArticleError extends Error {
  constructor(where: string | undefined, id: string) {
    super(`${where ? `${where}: ` : ''}稿件 ${id} 不存在（请先运行 npm run check-content 查看所有问题）`);
    this.name = 'MissingArticleError';
  }
}

/**
 * How running text cites an article: 《headline》; a continued half 《the headline it continues》（续）;
 * any other untitled piece by the archive's stand-in title, as it is.
 */
function cited(article: ArchiveArticle, photos: Photo[], archive: Archive): string {
  const headline = knownHeadline(article, archive);
  if (!headline) return articleTitle(article, photos, archive);
  return article.headline?.trim() ? `《${headline}》` : `《${headline}》${CONTINUED_MARK}`;
}

export function articleCard(archive: Archive, id: string, where?: string): ArticleCardData {
  const article = archive.articleById.get(id);
  if (!article) throw new MissingArticleError(where, id);
  const issue = archive.issueById.get(article.issue)!;
  const section = archive.sectionById.get(article.section)!;
  const photos = archive.photosByArticle.get(id) ?? [];
  const first = article.blocks.findIndex((b) => b.type === 'paragraph');
  const leadText = first >= 0 ? paragraphParts(article.blocks, first, article.dateline, article.signature).text : (photos[0]?.caption ?? '');
  return {
    id,
    path: routes.article(id),
    column: article.column?.trim() || null,
    kicker: shownKicker(article),
    title: articleTitle(article, photos, archive),
    cited: cited(article, photos, archive),
    subheadline: article.subheadline?.trim() || null,
    kind: article.kind,
    date: issue.date,
    dateLabel: formatDateShort(issue.date),
    page: pageTitle(section.page, section.name),
    lead: leadText ? firstSentence(leadText) : '',
  };
}
