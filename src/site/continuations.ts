/**
 * 转版: an article printed on one page and continued on another (下转第三版 / 上接第一版).
 * Links to the other page when the archive has it, to the other half when it can be found,
 * and says plainly when the archive lacks that page.
 */
import { pageLabel } from './chinese.ts';
import { articleTitle, knownHeadline } from './titles.ts';
import type { Archive, ArchiveArticle } from '../content/archive.ts';
import type { Section } from '../schema/entries.ts';

export interface Continuation {
  /** 'on' = 下转 (the text goes on at `page`); 'from' = 上接 (it began on `page`). */
  direction: 'on' | 'from';
  page: number;
  /** The other page of the same issue, when the archive has it. */
  section: Section | null;
  /** The other half of the article on that page, when one points back here. */
  article: ArchiveArticle | null;
  /** What the reader is told. */
  text: string;
}

/**
 * The other half: the one the ingest linked (continuedOnArticle / continuedFromArticle), or
 * else an article on that page whose own note points back here (same headline preferred).
 */
function otherHalf(archive: Archive, article: ArchiveArticle, section: Section, direction: 'on' | 'from'): ArchiveArticle | null {
  const linkedId = direction === 'on' ? article.continuedOnArticle : article.continuedFromArticle;
  const linked = linkedId ? archive.articleById.get(linkedId) : undefined;
  if (linked) return linked;
  const here = archive.sectionById.get(article.section)?.page;
  if (here === undefined) return null;
  const candidates = (archive.articlesBySection.get(section.id) ?? []).filter((a) =>
    direction === 'on' ? a.continuedFrom === here : a.continuedOn === here,
  );
  if (candidates.length <= 1) return candidates[0] ?? null;
  return candidates.find((a) => a.headline && a.headline === article.headline) ?? candidates[0];
}

function describe(direction: 'on' | 'from', page: number, section: Section | null, article: ArchiveArticle | null, archive: Archive): string {
  const label = pageLabel(page);
  if (!section) return direction === 'on' ? `本馆暂缺${label}，后文未能收录` : `本馆暂缺${label}，前文未能收录`;
  const jump = direction === 'on' ? `下转${label}` : `上接${label}`;
  if (!article) return `${jump}（本馆收录了${label}，但未找到与本文相接的稿件）`;
  // Both halves are one article: the other half is named by its headline, or by the headline it continues.
  const title = knownHeadline(article, archive) ?? articleTitle(article, archive.photosByArticle.get(article.id) ?? [], archive);
  return `${jump}：${direction === 'on' ? '后文' : '前文'}见《${title}》`;
}

export function continuationsOf(archive: Archive, article: ArchiveArticle): Continuation[] {
  const pages = archive.sectionsByIssue.get(article.issue) ?? [];
  const result: Continuation[] = [];
  const add = (direction: 'on' | 'from', page: number | null) => {
    if (page === null) return;
    const section = pages.find((s) => s.page === page) ?? null;
    const other = section ? otherHalf(archive, article, section, direction) : null;
    result.push({ direction, page, section, article: other, text: describe(direction, page, section, other, archive) });
  };
  add('from', article.continuedFrom);
  add('on', article.continuedOn);
  return result;
}
