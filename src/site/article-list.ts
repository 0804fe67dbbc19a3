/**
 * What a list of articles (a page of an issue, a column, an author, the home page) shows of each
 * one: its title (a continued half under the headline it continues, see titles.ts), credit line,
 * where and when it was printed, its first words, its jumps to other pages and the flags a
 * reader is shown. Pure, from the Archive; src/components/ArticleList.astro renders it.
 */
import type { Archive, ArchiveArticle } from '../content/archive.ts';
import type { ArticleFlag } from '../schema/entries.ts';
import { formatDate, pageLabel, pageTitle } from './chinese.ts';
import { creditLine } from './names.ts';
import { articleTitle, excerpt, knownHeadline, leadText, shownFlags } from './titles.ts';

export interface ArticleListItem {
  article: ArchiveArticle;
  /** The headline, or what the archive calls a piece printed without one. */
  title: string;
  /**
   * True when the piece printed no headline and the title is the archive's label and its opening
   * words (图片新闻：…, 无标题：…): the label is then in the title, and no lead repeats the words.
   */
  devised: boolean;
  credit: string | null;
  /** Names to link inside the credit line: authors and photographers. */
  names: string[];
  /** The first words of the first paragraph or caption ('' unless asked for, and for a devised title, which holds them). */
  lead: string;
  /** 2025年12月28日 星期日 · 第一版 要闻 ('' when the archive lacks the issue or page). */
  where: string;
  /** 上接第一版, 下转第三版. */
  jumps: string[];
  flags: ArticleFlag[];
}

/** Takes the archive, the articles in list order and whether to show first words; gives one item per article. Never throws. */
export function articleListItems(archive: Archive, articles: ArchiveArticle[], options: { showLead?: boolean } = {}): ArticleListItem[] {
  return articles.map((article) => {
    const photos = archive.photosByArticle.get(article.id) ?? [];
    const section = archive.sectionById.get(article.section);
    const issue = archive.issueById.get(article.issue);
    const devised = knownHeadline(article, archive) === null;
    return {
      article,
      title: articleTitle(article, photos, archive),
      devised,
      credit: creditLine(article),
      names: [...article.authors.map((a) => a.name), ...photos.flatMap((p) => p.photographers)],
      lead: options.showLead && !devised ? excerpt(leadText(article, photos), 90) : '',
      where: issue && section ? `${formatDate(issue.date)} · ${pageTitle(section.page, section.name)}` : '',
      jumps: [
        article.continuedFrom !== null ? `上接${pageLabel(article.continuedFrom)}` : null,
        article.continuedOn !== null ? `下转${pageLabel(article.continuedOn)}` : null,
      ].filter((j): j is string => j !== null),
      flags: shownFlags(article, archive),
    };
  });
}
