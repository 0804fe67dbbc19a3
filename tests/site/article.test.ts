import { describe, expect, it } from 'vitest';
import { bodyItems, paragraphParts } from '../../src/site/article-body.ts';
import { continuationsOf } from '../../src/site/continuations.ts';
import { linkNames, creditLine } from '../../src/site/names.ts';
import { articleTitle, excerpt } from '../../src/site/titles.ts';
import type { Block, Photo } from '../../src/schema/entries.ts';
import { fixtureArchive } from '../helpers/archive.ts';

const archive = fixtureArchive();
const article = (id: string) => archive.articleById.get(id)!;
const photos = (id: string) => archive.photosByArticle.get(id) ?? [];

describe('article body', () => {
  it('anchors every block p-1, p-2 … in order, subheads included', () => {
    const a = article('2025-12-28-01-01');
    const items = bodyItems(a.blocks, []);
    expect(items.map((i) => i.anchor)).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
    expect(items[2]).toMatchObject({ kind: 'block', block: { type: 'subhead', text: '选树培育 凝聚榜样力量' } });
  });

  it('places photo captions after the block they followed in print', () => {
    const before = bodyItems(article('2025-12-28-01-04').blocks, photos('2025-12-28-01-04'));
    expect(before.map((i) => i.anchor)).toEqual(['photo-1', 'p-1', 'p-2', 'p-3']);
    const after = bodyItems(article('2025-12-28-01-05').blocks, photos('2025-12-28-01-05'));
    expect(after.map((i) => i.anchor)).toEqual(['p-1', 'p-2', 'p-3', 'photo-1']);
    const beyond = bodyItems([{ type: 'paragraph', text: '一' }], [{ ...photos('2025-12-28-01-05')[0], afterBlock: 9 } as Photo]);
    expect(beyond.map((i) => i.anchor)).toEqual(['p-1', 'photo-1']);
  });

  it('opens the first paragraph with the dateline and closes the last with the signature, once', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: '本报讯（记者 陈杰）12月27日，开赛。' },
      { type: 'subhead', text: '小标题' },
      { type: 'paragraph', text: '贡献力量。曹飞' },
    ];
    expect(paragraphParts(blocks, 0, '本报讯（记者 陈杰）', '曹飞')).toEqual({ dateline: '本报讯（记者 陈杰）', text: '12月27日，开赛。', signature: null });
    expect(paragraphParts(blocks, 2, '本报讯（记者 陈杰）', '曹飞')).toEqual({ dateline: null, text: '贡献力量。', signature: '曹飞' });
    const stripped: Block[] = [{ type: 'paragraph', text: '12月27日，开赛。' }];
    expect(paragraphParts(stripped, 0, '本报讯（记者 陈杰）', null)).toEqual({ dateline: '本报讯（记者 陈杰）', text: '12月27日，开赛。', signature: null });
  });
});

describe('continuations', () => {
  it('links to the other half when the archive has the page', () => {
    const [on] = continuationsOf(archive, article('2025-12-28-01-01'));
    expect(on).toMatchObject({ direction: 'on', page: 3 });
    expect(on.article?.id).toBe('2025-12-28-03-01');
    expect(on.text).toBe('下转第三版：后文见《榜样引领树标杆 示范带动共奋进》');
    const [from] = continuationsOf(archive, article('2025-12-28-03-01'));
    expect(from).toMatchObject({ direction: 'from', page: 1 });
    expect(from.article?.id).toBe('2025-12-28-01-01');
  });

  it('finds the other half by its note when the ingest did not link it', () => {
    const unlinked = { ...article('2025-12-28-01-01'), continuedOnArticle: null };
    const [on] = continuationsOf(archive, unlinked);
    expect(on.article?.id).toBe('2025-12-28-03-01');
    const lonely = { ...article('2025-12-28-03-01'), continuedFrom: null, continuedFromArticle: null, continuedOn: 1 };
    expect(continuationsOf(archive, lonely)[0].text).toBe('下转第一版（本馆收录了第一版，但未找到与本文相接的稿件）');
  });

  it('says plainly when the archive lacks the page', () => {
    const [on] = continuationsOf(archive, article('2023-10-23-01-03'));
    expect(on.section).toBeNull();
    expect(on.text).toBe('本馆暂缺第三版，后文未能收录');
    expect(continuationsOf(archive, article('2025-12-28-01-02'))).toEqual([]);
  });
});

describe('names and titles', () => {
  it('links the names inside a verbatim byline', () => {
    expect(linkNames('本报讯（记者 韩云峰 实习生 王艺霏）', ['韩云峰', '王艺霏'])).toEqual([
      { text: '本报讯（记者 ', name: null },
      { text: '韩云峰', name: '韩云峰' },
      { text: ' 实习生 ', name: null },
      { text: '王艺霏', name: '王艺霏' },
      { text: '）', name: null },
    ]);
    expect(linkNames('申万胜李刚田', ['李刚田', '申万胜'])).toEqual([
      { text: '申万胜', name: '申万胜' },
      { text: '李刚田', name: '李刚田' },
    ]);
    expect(linkNames('本报记者 戎禹仁摄', [])).toEqual([{ text: '本报记者 戎禹仁摄', name: null }]);
    // A name spread to a width with spaces is linked as printed (本报记者　龙　菁).
    expect(linkNames('晚报讯（记者　龙　菁　通讯员 庹 岩）', ['龙菁', '庹岩'])).toEqual([
      { text: '晚报讯（记者　', name: null },
      { text: '龙　菁', name: '龙菁' },
      { text: '　通讯员 ', name: null },
      { text: '庹 岩', name: '庹岩' },
      { text: '）', name: null },
    ]);
    expect(creditLine(article('2022-01-19-01-04'))).toBe('记者 韩云峰 · 实习生 王艺霏');
    expect(creditLine(article('2025-12-28-01-01'))).toBe('本报记者 董芳');
    expect(creditLine(article('2025-12-28-01-02'))).toBeNull();
  });

  it('names untitled articles and photo news by their opening words', () => {
    expect(articleTitle(article('2025-12-28-01-03'))).toBe('大同冰雪季系列活动启动');
    expect(articleTitle(article('2025-12-28-01-05'))).toMatch(/^无标题：“今天我们全家/);
    expect(articleTitle(article('2022-01-19-01-02'), photos('2022-01-19-01-02'))).toMatch(/^图片新闻：为有效增强学生安全防范意识/);
    expect(excerpt('一二三四五', 3)).toBe('一二三…');
    expect(excerpt('一二三', 3)).toBe('一二三');
  });
});

describe('a piece printed without a headline, in lists', () => {
  it('is listed by its label and opening words once: no lead repeats them, and photo news says 图片新闻 once', async () => {
    const { articleListItems } = await import('../../src/site/article-list.ts');
    const onPage = (id: string) => archive.articlesBySection.get(id) ?? [];
    const [photo] = articleListItems(archive, onPage('2022-01-19-01'), { showLead: true }).filter((i) => i.article.id === '2022-01-19-01-02');
    expect(photo).toMatchObject({ title: '图片新闻：为有效增强学生安全防范意识，让学生们度过…', devised: true, lead: '' });
    const [untitled] = articleListItems(archive, onPage('2025-12-28-01'), { showLead: true }).filter((i) => i.article.id === '2025-12-28-01-05');
    expect(untitled).toMatchObject({ devised: true, lead: '' });
    expect(untitled.title).toMatch(/^无标题：/);
    // a headline of its own, or the one it continues: the lead is shown
    const titled = articleListItems(archive, onPage('2023-10-23-01'), { showLead: true }).find((i) => i.article.id === '2023-10-23-01-01')!;
    expect(titled).toMatchObject({ title: '杭州亚残运会开幕式举行', devised: false });
    expect(titled.lead).toMatch(/^10月22日拍摄的亚残运会开幕式现场/);
    const continued = articleListItems(archive, onPage('2025-12-28-03'), { showLead: true })[0];
    expect(continued).toMatchObject({ title: '榜样引领树标杆 示范带动共奋进（续）', devised: false });
    expect(continued.lead).not.toBe('');
  });
});
