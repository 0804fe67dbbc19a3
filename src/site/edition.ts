/**
 * The e-edition's navigation beside a page (版面) and each of its articles, as e-papers keep it:
 * 版面导航 — every 版 of the issue by number and name, the current one marked, the pages the
 * archive lacks between them said so — with 上一版/下一版, and 本版标题 — the titles of the
 * current 版's articles in print order, the current article marked. Pure, over the joined
 * Archive; src/components/EditionNav.astro renders it. Reads only the issue it is about, which
 * the pages' cache keys cover (cache-keys.ts).
 */
import type { Archive } from '../content/archive.ts';
import { pageLabel, pageTitle } from './chinese.ts';
import { pageNeighbours } from './navigation.ts';
import { routes } from './routes.ts';
import { articleTitle } from './titles.ts';

export interface EditionPage {
  page: number;
  /** 第一版 要闻, or 第二版 when the archive does not know its name. */
  title: string;
  /** The page's address; null for a 版 the archive lacks (本馆暂缺). */
  path: string | null;
  current: boolean;
  /** Articles the archive holds on the 版 (0 for a missing one). */
  articles: number;
}

export interface EditionTitle {
  id: string;
  path: string;
  /** The title lists show (titles.ts): headline, 主题（续）, or a devised title. */
  title: string;
  photo: boolean;
  current: boolean;
}

export interface EditionLink {
  path: string;
  title: string;
}

export interface EditionNav {
  issueId: string;
  /** Every 版 from the first to the last the archive holds, in order, missing ones included. */
  pages: EditionPage[];
  /** The current 版's title (第一版 要闻). */
  pageTitle: string;
  /** 上一版 / 下一版 among the pages the archive holds (null at either end). */
  prev: EditionLink | null;
  next: EditionLink | null;
  /** 本版标题: the current 版's articles in print order. */
  titles: EditionTitle[];
}

/**
 * The navigation beside the page `sectionId` (and, given `articleId`, beside that article of
 * it). Takes the archive and the section's id; gives the issue's pages, the turn to the pages
 * before and after, and the page's titles. Throws when the archive holds no such section.
 */
export function editionNav(archive: Archive, sectionId: string, articleId: string | null = null): EditionNav {
  const section = archive.sectionById.get(sectionId);
  if (!section) throw new Error(`no page ${sectionId} in the archive`);
  const held = archive.sectionsByIssue.get(section.issue) ?? [];
  const byNumber = new Map(held.map((s) => [s.page, s]));
  const last = Math.max(...held.map((s) => s.page));
  const pages: EditionPage[] = [];
  for (let page = Math.min(...held.map((s) => s.page)); page <= last; page++) {
    const s = byNumber.get(page);
    pages.push({
      page,
      title: s ? pageTitle(s.page, s.name) : pageLabel(page),
      path: s ? routes.page(s.issue, s.page) : null,
      current: s?.id === section.id,
      articles: s ? (archive.articlesBySection.get(s.id)?.length ?? 0) : 0,
    });
  }
  const { prev, next } = pageNeighbours(archive, section);
  const link = (s: typeof prev): EditionLink | null => s && { path: routes.page(s.issue, s.page), title: pageTitle(s.page, s.name) };
  const titles = (archive.articlesBySection.get(section.id) ?? []).map((a) => ({
    id: a.id,
    path: routes.article(a.id),
    title: articleTitle(a, archive.photosByArticle.get(a.id) ?? [], archive),
    photo: a.kind === 'photo',
    current: a.id === articleId,
  }));
  return { issueId: section.issue, pages, pageTitle: pageTitle(section.page, section.name), prev: link(prev), next: link(next), titles };
}
