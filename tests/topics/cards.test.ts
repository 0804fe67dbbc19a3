/** What topics show of the articles they cite, and how they pick and order them, on the seed archive. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import { articleCard, firstSentence, MissingArticleError } from '../../src/topics/cards.ts';
import { inRange, selectArticles, timelineOrder } from '../../src/topics/select.ts';
import { siteTopic, sortTopics, spanLabel, topicsByArticle } from '../../src/topics/topics.ts';
import { parseMarkdownEntry } from '../../src/content/parse.ts';
import { topicSchema } from '../../src/schema/topic.ts';

const archive = readArchive(path.resolve('content'));
const issueDate = (id: string) => archive.issueById.get(id)!.date;

describe('articleCard', () => {
  it('gives the headline block, date, page and first sentence without the dateline', () => {
    expect(articleCard(archive, '2025-12-28-01-03')).toEqual({
      id: '2025-12-28-01-03',
      path: '/articles/2025-12-28-01-03/',
      column: null,
      kicker: null,
      title: '大同冰雪季系列活动启动',
      cited: '《大同冰雪季系列活动启动》',
      subheadline: '刘俊义宣布启动',
      kind: 'article',
      date: '2025-12-28',
      dateLabel: '2025年12月28日',
      page: '第一版',
      lead: '12月27日，随着市委副书记、市长刘俊义的激情宣布，第十二届全国大众冰雪季山西分会场、全国家庭冰雪日（大同站）、山西省第二届冰雪嘉年华暨2025—2026大同冰雪季在大同万龙白登山国际滑雪场启动。',
    });
    const 工匠 = articleCard(archive, '2024-01-02-01-01');
    expect(工匠.column).toBe('新时代 新征程 新伟业');
    expect(工匠.kicker).toMatch(/^我市从建机制/);
    expect(工匠.lead).toBe('“我很庆幸，成长在这个伟大的时代。”');
  });

  it('stands in for a missing headline and uses the caption of photo news', () => {
    const untitled = articleCard(archive, '2024-01-02-01-03');
    expect(untitled.title).toMatch(/^无标题：2024年开端就是气象万千/);
    expect(untitled.cited).toBe(untitled.title);
    const photo = articleCard(archive, '2023-10-23-01-02');
    expect(photo.kind).toBe('photo');
    expect(photo.lead).toMatch(/^10月22日拍摄的亚残运会开幕式现场。$/);
  });

  it('names where the missing id was written', () => {
    expect(() => articleCard(archive, '2025-12-28-01-99', 'content/topics/x.mdx:12')).toThrow(MissingArticleError);
    expect(() => articleCard(archive, '2025-12-28-01-99', 'content/topics/x.mdx:12')).toThrow(/^content\/topics\/x\.mdx:12: 稿件 2025-12-28-01-99 不存在/);
  });
});

describe('firstSentence', () => {
  it('stops after the first 。！？ and its closing quotes, and clips a long run', () => {
    expect(firstSentence('“你们辛苦了，很感谢大家的付出。”市慈善总会工作人员说。')).toBe('“你们辛苦了，很感谢大家的付出。”');
    expect(firstSentence('没有句号的一段')).toBe('没有句号的一段');
    expect(firstSentence('长'.repeat(150), 100)).toBe(`${'长'.repeat(100)}…`);
  });
});

describe('selectArticles and timelineOrder', () => {
  it('lists an author’s articles newest first, including photo credits, within a date range', () => {
    const photographers = (id: string) => (archive.photosByArticle.get(id) ?? []).flatMap((p) => p.photographers);
    const q = { author: '董芳', column: null, from: null, to: null, limit: null };
    expect(selectArticles(archive.articles, q, issueDate).shown.map((a) => a.id)).toEqual(['2025-12-28-01-01', '2023-10-23-01-07']);
    expect(selectArticles(archive.articles, { ...q, to: '2024' }, issueDate).shown.map((a) => a.id)).toEqual(['2023-10-23-01-07']);
    expect(selectArticles(archive.articles, { ...q, limit: 1 }, issueDate)).toMatchObject({ total: 2, shown: [{ id: '2025-12-28-01-01' }] });
    const byPhoto = selectArticles(archive.articles, { ...q, author: '戎禹仁' }, issueDate, photographers);
    expect(byPhoto.total).toBeGreaterThan(0);
  });

  it('matches a column as its page does: layout spaces do not count', () => {
    const q = { author: null, column: '高质量发展调研行', from: null, to: null, limit: null };
    expect(selectArticles(archive.articles, q, issueDate).shown.map((a) => a.id)).toEqual(['2024-01-02-01-07']);
  });

  it('reads from/to as a year, a month or a day, both ends included', () => {
    expect(inRange('2025-12-28', '2025', '2025')).toBe(true);
    expect(inRange('2025-12-28', '2025-12-28', '2025-12-28')).toBe(true);
    expect(inRange('2025-12-28', '2026', null)).toBe(false);
    expect(inRange('2025-12-28', null, '2025-11')).toBe(false);
  });

  it('orders a timeline by date, then page and position', () => {
    const ids = ['2025-12-28-01-05', '2023-10-23-01-04', '2025-12-28-01-03'];
    expect(timelineOrder(ids.map((id) => archive.articleById.get(id)!), issueDate).map((a) => a.id)).toEqual([
      '2023-10-23-01-04',
      '2025-12-28-01-03',
      '2025-12-28-01-05',
    ]);
  });
});

describe('topics as the site lists them', () => {
  const dir = path.resolve('content/topics');
  const topics = fs.readdirSync(dir).map((f) => {
    const parsed = parseMarkdownEntry(fs.readFileSync(path.join(dir, f), 'utf8'), f, [])!;
    return siteTopic(f.replace(/\.mdx$/, ''), topicSchema.parse(parsed.data), parsed.body ?? '');
  });

  it('knows which articles each seed topic cites, and which topics cite an article', () => {
    const bingxue = topics.find((t) => t.name === 'datong-bingxueji')!;
    expect(bingxue.cited).toEqual(
      expect.arrayContaining(['2023-10-23-01-01', '2024-01-02-01-03', '2025-12-28-01-03', '2025-12-28-01-05', '2025-12-28-01-06', '2026-01-08-01-01']),
    );
    const byArticle = topicsByArticle(topics);
    expect(byArticle.get('2025-12-28-01-01')!.map((t) => t.name)).toEqual(['laomo-gongjiang']);
    expect(byArticle.get('2024-01-02-01-03')!.map((t) => t.name)).toEqual(['datong-bingxueji']);
    // listed by author (董芳), not cited: not marked as in the topic
    expect(byArticle.get('2023-10-23-01-07')).toBeUndefined();
  });

  it('sorts topics by the end of their span, newest first', () => {
    expect(sortTopics(topics).map((t) => t.data.to)).toEqual([...topics.map((t) => t.data.to)].sort().reverse());
  });

  it('words a span as months, or a day', () => {
    expect(spanLabel('2023-10-23', '2026-01-08')).toBe('2023年10月至2026年1月');
    expect(spanLabel('2025-12-01', '2025-12-28')).toBe('2025年12月');
    expect(spanLabel('2025-12-28', '2025-12-28')).toBe('2025年12月28日');
  });
});
