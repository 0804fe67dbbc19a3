/** 版面导航 and 本版标题 (src/site/edition.ts) on the fixture archive, whose pages the test knows. */
import { describe, expect, it } from 'vitest';
import { editionNav } from '../../src/site/edition.ts';
import { fixtureArchive } from '../helpers/archive.ts';

const archive = fixtureArchive();

describe('版面导航', () => {
  it('lists every 版 of the issue in order, says which the archive lacks, and marks the current one', () => {
    const nav = editionNav(archive, '2025-12-28-01');
    expect(nav.pages).toEqual([
      { page: 1, title: '第一版 要闻', path: '/issues/2025-12-28/01/', current: true, articles: 6 },
      { page: 2, title: '第二版', path: null, current: false, articles: 0 },
      { page: 3, title: '第三版', path: '/issues/2025-12-28/03/', current: false, articles: 1 },
    ]);
    expect(nav.pageTitle).toBe('第一版 要闻');
    expect(editionNav(archive, '2025-12-28-03').pages.map((p) => p.current)).toEqual([false, false, true]);
  });

  it('turns to the 版 before and after among those the archive holds, none past either end', () => {
    expect(editionNav(archive, '2025-12-28-01')).toMatchObject({ prev: null, next: { path: '/issues/2025-12-28/03/', title: '第三版' } });
    expect(editionNav(archive, '2025-12-28-03')).toMatchObject({ prev: { path: '/issues/2025-12-28/01/', title: '第一版 要闻' }, next: null });
    expect(editionNav(archive, '2022-01-19-01')).toMatchObject({ prev: null, next: null });
  });

  it('gives the 版\'s titles in print order as lists show them, the current article marked', () => {
    const nav = editionNav(archive, '2025-12-28-01', '2025-12-28-01-02');
    expect(nav.titles.map((t) => t.id)).toEqual(archive.articlesBySection.get('2025-12-28-01')!.map((a) => a.id));
    expect(nav.titles.filter((t) => t.current).map((t) => t.id)).toEqual(['2025-12-28-01-02']);
    expect(nav.titles[0]).toMatchObject({ title: '榜样引领树标杆 示范带动共奋进', path: '/articles/2025-12-28-01-01/', photo: false });
    expect(nav.titles[4].title).toMatch(/^无标题：/);
    // the continued half on 第三版 is listed under the headline it continues
    expect(editionNav(archive, '2025-12-28-03').titles.map((t) => t.title)).toEqual(['榜样引领树标杆 示范带动共奋进（续）']);
    // on the 版 page itself no article is current
    expect(editionNav(archive, '2022-01-19-01').titles.some((t) => t.current)).toBe(false);
    expect(editionNav(archive, '2022-01-19-01').titles.find((t) => t.photo)?.title).toMatch(/^图片新闻：/);
  });

  it('refuses a page the archive does not hold', () => {
    expect(() => editionNav(archive, '2025-12-28-02')).toThrow(/no page 2025-12-28-02/);
  });
});
