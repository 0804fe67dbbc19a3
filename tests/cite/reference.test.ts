/**
 * The GB/T 7714-2015 reference of real seed articles against references written by hand from
 * the articles as printed (content/articles), and the title and author rules on their edges.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCitation } from '../../src/cite/article.ts';
import { creators, gbt7714, gbt7714Online } from '../../src/cite/gbt7714.ts';
import { citationRecord, printedPages, subtitleOf } from '../../src/cite/record.ts';
import { readArchive } from '../../src/content/archive.ts';

const archive = readArchive(path.resolve('content'));
const absolute = (p: string) => `https://archive.example.org/archive${p}`;
const recordOf = (id: string) => articleCitation(archive, id, absolute).record;

describe('GB/T 7714-2015 reference of seed articles, against hand-written references', () => {
  // Written by hand from each article's byline/dateline, headline block, issue date and page.
  const HAND_WRITTEN: [string, string, string][] = [
    ['one author; a 副题 that only says who spoke is left out', '2025-12-28-01-03', '郑苗苗. 大同冰雪季系列活动启动[N]. 大同日报, 2025-12-28(1).'],
    [
      'a subtitle proper (——……综述) follows the title after a colon',
      '2025-12-28-01-01',
      '董芳. 榜样引领树标杆 示范带动共奋进: 我市大力弘扬劳模精神助推高质量发展综述[N]. 大同日报, 2025-12-28(1).',
    ],
    [
      'no author (新华社 dateline, no name): the reference opens with the title',
      '2025-12-28-01-02',
      '中央宣传部、退役军人事务部、中央军委政治工作部联合发布“最美退役军人”[N]. 大同日报, 2025-12-28(1).',
    ],
    ['three authors, all listed; the kicker is not part of the title', '2025-12-28-01-04', '田雁, 高燕, 丁亚琴. 市直部门传达学习市委十六届十次全会精神[N]. 大同日报, 2025-12-28(1).'],
    ['a reporter and an intern (实习生) are both authors', '2022-01-19-01-10', '韩云峰, 王艺霏. 马安全出席全市大气污染防治工作部署会[N]. 大同日报, 2022-01-19(1).'],
    [
      'a commentator byline and a ——六论 subtitle',
      '2024-01-02-01-06',
      '山西日报评论员. 切实保障和改善民生: 六论深入贯彻落实省委十二届七次全会暨省委经济工作会议精神[N]. 大同日报, 2024-01-02(1).',
    ],
    [
      'the 副题 of a meeting report (主持并讲话 出席) is left out',
      '2023-10-23-01-01',
      '李明璇. 全市经济运行分析会暨深化融入京津冀协同发展工作领导小组第六次专题会召开[N]. 大同日报, 2023-10-23(1).',
    ],
  ];

  it.each(HAND_WRITTEN)('%s (%s)', (_, id, expected) => {
    expect(gbt7714(recordOf(id))).toBe(expected);
  });

  it('gives an untitled piece a devised title in square brackets', () => {
    // (continued on 第三版, which the seed archive lacks: cited with both pages it was printed on)
    expect(gbt7714(recordOf('2024-01-02-01-03'))).toBe('任翔宇. [无标题：2024年开端就是气象万千。大同成了中央…][N]. 大同日报, 2024-01-02(1, 3).');
    expect(recordOf('2022-01-19-01-04')).toMatchObject({ devisedTitle: true, authors: ['韩莹'], title: '[图片新闻：为有效增强学生安全防范意识，让学生们度过…]' });
  });

  it('cites the online page with the access date and the permalink', () => {
    expect(gbt7714Online(recordOf('2025-12-28-01-03'), '2026-02-01')).toBe(
      '郑苗苗. 大同冰雪季系列活动启动[N/OL]. 大同日报, 2025-12-28(1)[2026-02-01]. https://archive.example.org/archive/articles/2025-12-28-01-03/.',
    );
  });

  it('gives every seed article a reference of the standard shape', () => {
    const shape = /^(?:[^.\n]+\. )?\S.*\[N\]\. 大同日报, \d{4}-\d{2}-\d{2}\(\d+(?:, \d+)*\)\.$/u;
    for (const article of archive.articles) expect(gbt7714(recordOf(article.id))).toMatch(shape);
    expect(archive.articles.length).toBe(38);
  });
});

describe('a continued article is cited with every page it is printed on', () => {
  const fixture = readArchive(path.resolve('tests/fixtures/site-content'));
  const fixtureRecord = (id: string) => articleCitation(fixture, id, absolute).record;

  it('gives both pages for an article the archive holds on both (下转第三版)', () => {
    expect(gbt7714(fixtureRecord('2025-12-28-01-01'))).toBe(
      '董芳. 榜样引领树标杆 示范带动共奋进: 我市大力弘扬劳模精神助推高质量发展综述[N]. 大同日报, 2025-12-28(1, 3).',
    );
    expect(gbt7714Online(fixtureRecord('2025-12-28-01-01'), '2026-02-01')).toContain('大同日报, 2025-12-28(1, 3)[2026-02-01]. ');
    // the continued part on its own: its page (it runs on nowhere)
    expect(gbt7714(fixtureRecord('2025-12-28-03-01'))).toBe('董芳. 榜样引领树标杆 示范带动共奋进（续）[N]. 大同日报, 2025-12-28(3).');
  });

  it('gives the page its 下转 note names when the archive lacks that page', () => {
    expect(fixtureRecord('2023-10-23-01-03').pages).toEqual([1, 3]);
  });

  it('follows an article over three pages, once each, and stops at a link that goes round', () => {
    const first = fixture.articleById.get('2025-12-28-01-01')!;
    const second = fixture.articleById.get('2025-12-28-03-01')!;
    // made up: the part on 第三版 runs on to 第六版, whose part the archive holds
    const third = { ...second, id: '2025-12-28-06-01', section: '2025-12-28-06', continuedFrom: 3, continuedFromArticle: second.id, continuedOn: null, continuedOnArticle: null };
    const articleById = new Map([...fixture.articleById, [second.id, { ...second, continuedOn: 6, continuedOnArticle: third.id }], [third.id, third]]);
    const sectionById = new Map([...fixture.sectionById, ['2025-12-28-06', { ...fixture.sectionById.get('2025-12-28-03')!, id: '2025-12-28-06', page: 6 }]]);
    expect(printedPages(first, 1, { articleById, sectionById })).toEqual([1, 3, 6]);
    // a link back to the first part ends the walk
    const looped = new Map([...articleById, [third.id, { ...third, continuedOn: 1, continuedOnArticle: first.id }]]);
    expect(printedPages(first, 1, { articleById: looped, sectionById })).toEqual([1, 3, 6]);
    // without the archive: the page the note names
    expect(printedPages(first, 1)).toEqual([1, 3]);
    expect(printedPages(fixture.articleById.get('2025-12-28-01-02')!, 1, fixture)).toEqual([1]);
  });
});

describe('reference rules on their edges', () => {
  const base = archive.articleById.get('2025-12-28-01-04')!;
  const issue = archive.issueById.get(base.issue)!;
  const section = archive.sectionById.get(base.section)!;
  const record = (changes: Partial<typeof base>) => citationRecord({ article: { ...base, ...changes }, issue, section, url: 'https://x.test/a/' });

  it('lists three authors, then cuts to three and 等', () => {
    expect(creators(['甲', '乙', '丙'])).toBe('甲, 乙, 丙');
    expect(creators(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
    const four = record({ authors: ['田雁', '高燕', '丁亚琴', '孙露'].map((name) => ({ name, role: '记者' as const })) });
    expect(gbt7714(four)).toBe('田雁, 高燕, 丁亚琴, 等. 市直部门传达学习市委十六届十次全会精神[N]. 大同日报, 2025-12-28(1).');
  });

  it('names an author once when byline and signature both carry the name', () => {
    const twice = record({ authors: [{ name: '孙露', role: '记者' }, { name: '孙露', role: '作者' }] });
    expect(twice.authors).toEqual(['孙露']);
  });

  it('joins a headline broken over lines and drops layout spaces at the ends', () => {
    expect(record({ headline: '  市直部门\n传达学习\u3000\u3000精神 ' }).title).toBe('市直部门 传达学习 精神');
  });

  it('cites a box’s name without the mark printed before it (●居家预防小贴士 → 居家预防小贴士)', () => {
    expect(record({ headline: '●居家预防小贴士' }).title).toBe('居家预防小贴士');
    expect(record({ headline: '■ 数说家庭医生' }).title).toBe('数说家庭医生');
    expect(record({ headline: '■' }).title).toBe('■');
  });

  it('takes a subtitle only when it is printed as one (a leading dash)', () => {
    expect(subtitleOf('——访市民政局党组书记、局长王东升')).toBe('访市民政局党组书记、局长王东升');
    expect(subtitleOf('―― 侧记')).toBe('侧记');
    expect(subtitleOf('--综述')).toBe('综述');
    expect(subtitleOf('卢东亮主持并讲话 姚鸿波出席')).toBeNull();
    expect(subtitleOf('——')).toBeNull();
    expect(subtitleOf(null)).toBeNull();
  });

  it('dates the reference by the issue date, not by its id', () => {
    const corrected = citationRecord({ article: base, issue: { ...issue, date: '2025-12-29' }, section, url: 'https://x.test/a/' });
    expect(gbt7714(corrected)).toContain('大同日报, 2025-12-29(1).');
  });
});
