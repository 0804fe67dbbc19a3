/**
 * Issue dates decided once per issue, and only on strong evidence: made-up pages showing each
 * kind of evidence (docs/ingest.md, "Dates"), and the seeds, whose evidence must be strong.
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/ingest/dates.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { decideIssueDates, issueDateGroups, judgeDates, type PageDateInput } from '../../src/ingest/issue-dates.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { SEEDS, seedText } from '../helpers/seeds.ts';

const TODAY = '2026-12-01';
const judge = (...texts: string[]) => judgeDates(readDates(texts.map((t, i) => ({ source: `p${i}.txt`, lines: toLines(t) })), { today: TODAY }));
const page = (name: string, text: string, given?: string): PageDateInput => ({ name, displayPath: `sources/${name}`, lines: toLines(text), given });
const decide = (...pages: PageDateInput[]) => decideIssueDates(pages, { today: TODAY });

function refusal(...pages: PageDateInput[]): IngestError {
  try {
    decide(...pages);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('not refused');
}

/** A made-up front page: three reports of 3月14日, a dated event of the same season with its year. */
const FRONT = [
  '市委召开常委会议',
  '本报讯（记者 林晓）3月14日，市委召开常委会议，研究部署春季植树工作。',
  '会议指出，2024年2月26日全市造林工作会议以来，各县区行动迅速。',
  '春耕备耕有序推进',
  '本报讯（记者 高原）3月14日上午，记者在南郊区看到，农机手正在检修机具。',
  '新华社北京3月14日电 国务院新闻办公室14日举行发布会，介绍春季农业生产情况。',
].join('\n');

describe('strong evidence dates the issue the day after the latest report', () => {
  it('several reports of one day, the year from a dated event of the weeks before', () => {
    expect(judge(FRONT)).toMatchObject({ date: '2024-03-15', strong: true, best: { kind: 'dateline', text: '3月14日', line: 6 } });
  });

  it('a report of the day and one of the day before, one naming its year (the year in a report)', () => {
    const text = [
      '本报讯（记者 林晓）5日，2025年全市乡村文化节开幕。',
      '本报讯（记者 高原）1月6日，市政府召开常务会议。',
    ].join('\n');
    expect(judge(text)).toMatchObject({ date: '2025-01-07', strong: true });
  });

  it('from March on, the latest year named, in a text naming the year before too and never 去年', () => {
    const text = [
      '本报讯（记者 林晓）9月20日，全市秋粮收购工作会议召开。',
      '本报讯（记者 高原）9月20日，云河新区举办招商推介会。',
      '该区于2022年、2023年连续获评全省营商环境示范区。',
    ].join('\n');
    expect(judge(text)).toMatchObject({ date: '2023-09-21', strong: true });
    // The same text saying 去年 may be naming last year's results by number: the year is not known.
    expect(judge(`${text}\n去年，全区新增市场主体3000户。`)).toMatchObject({ strong: false, failed: 'year' });
  });

  it('the latest year named, bounded by a plan fixed to a day (自…起施行)', () => {
    const text = [
      '本报讯（记者 林晓）12月20日，全市冬季供暖保障会议召开。',
      '新华社北京12月20日电 2025年全国冬季运动会筹备情况发布。',
      '新规自2026年1月1日起施行。',
    ].join('\n');
    expect(judge(text)).toMatchObject({ date: '2025-12-21', strong: true });
  });
});

describe('weak evidence is refused, naming the file and the line of the best evidence', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['only an anniversary', '纪念抗战胜利80周年座谈会举行\n9月3日，是中国人民抗日战争胜利纪念日。2025年以来各地举办纪念活动。', /纪念日或周年/],
    ['a history page', '开国大典\n1949年10月1日，开国大典在北京举行。\n1949年9月30日，大会选举产生中央人民政府委员会。', /不在带讯头或电头的消息里/],
    ['a bare day and no month', '本报讯（记者 林晓）22日，市里召开会议。2023年，全市经济平稳。', /没有可用的年份和日期/],
    ['a date only in a quotation', '“10月8日那天，我们全村都来了。”2019年秋，老支书回忆说。', /引语或书名/],
    ['a single report', '本报讯（记者 林晓）10月8日，全市秋收工作会议召开。2021年、2022年全市粮食连年丰收。', /只有 1 处报道/],
    ['a date only mentioned in passing', '全市秋收工作会议召开\n本报讯（记者 林晓）会议于10月8日在市委召开，2021年、2022年全市粮食连年丰收。', /只在句中提到/],
    [
      'one report later than many of the day before',
      [
        '本报讯（记者 林晓）10月19日，全市秋收工作会议召开。2021年、2022年全市粮食连年丰收。',
        '本报讯（记者 高原）10月19日，云河新区举办招商推介会。',
        '本报讯（记者 何平）10月19日，市图书馆新馆开馆。',
        '本报讯（记者 吴敏）10月20日，全市森林防火工作会议召开。',
      ].join('\n'),
      /少于前一天的/,
    ],
    ['a year the text does not fix (early in the year)', '本报讯（记者 林晓）2月12日，全市春运工作会议召开。\n本报讯（记者 高原）2月12日，火车站客流回升。2018年全市旅客发送量增长5%。', /年份不确定/],
  ];
  it.each(cases)('%s', (_label, text, why) => {
    const error = refusal(page('a.txt', text));
    expect(error.file).toBe('sources/a.txt');
    expect(error.format()).toMatch(why);
    expect(error.hint).toContain('--date');
    expect(error.hint).toContain('metadata.yaml');
  });

  it('names the line of the best evidence', () => {
    const error = refusal(page('a.txt', '秋收工作会议召开\n本报讯（记者 林晓）10月8日，全市秋收工作会议召开。2021年全市粮食丰收。'));
    expect(error.format()).toMatch(/^sources\/a\.txt:2: .*第 2 行“10月8日”/);
  });

  it('a date said to be today that is not the day after the reports', () => {
    const text = [FRONT, '今天（3月14日）是植树节前的最后一个周末。'].join('\n');
    expect(refusal(page('a.txt', text)).format()).toMatch(/今天/);
  });
});

describe('one date per issue, from all its pages', () => {
  const yearless = [
    '本报讯（记者 何平）3月14日，市图书馆新馆开馆。',
    '本报讯（记者 吴敏）3月14日，全市森林防火工作会议召开。',
  ].join('\n');

  it('a page that names the day but not the year takes the year from its issue’s other page', () => {
    expect(judge(yearless)).toMatchObject({ date: null, strong: false });
    const dates = decide(page('a.txt', FRONT), page('b.txt', yearless));
    expect(dates.get('b.txt')).toMatchObject({ date: '2024-03-15', dateSource: 'inferred' });
    expect(dates.get('a.txt')!.evidence).toEqual(dates.get('b.txt')!.evidence);
    expect(dates.get('a.txt')!.evidence.map((e) => e.source)).toContain('b.txt');
  });

  it('given alone, that page is refused', () => {
    expect(refusal(page('b.txt', yearless)).format()).toMatch(/^sources\/b\.txt:1: .*没有写年份.*某年3月15日/);
  });

  it('a page that states only older years joins its issue; one that states a later year does not', () => {
    const older = `${yearless}\n该馆于2021年动工。`;
    expect(judge(older)).toMatchObject({ date: '2021-03-15', strong: false, failed: 'year' });
    expect(decide(page('a.txt', FRONT), page('b.txt', older)).get('b.txt')!.date).toBe('2024-03-15');
    const later = `${yearless}\n该馆于2025年动工。`;
    expect(refusal(page('a.txt', FRONT), page('b.txt', later)).file).toBe('sources/b.txt');
  });

  it('a page that names only the day takes the year from a page of its issue whose date is given or printed', () => {
    const printed = decide(page('a.txt', `2024年3月15日 星期五\n${FRONT}`), page('b.txt', yearless));
    expect(printed.get('b.txt')).toMatchObject({ date: '2024-03-15', dateSource: 'inferred', notes: ['年份取自同期 a.txt 的报头日期（2024-03-15）'] });
    expect(printed.get('b.txt')!.evidence.map((e) => e.date)).toEqual(['2024-03-14', '2024-03-14']);
    expect(decide(page('a.txt', FRONT, '2024-03-15'), page('b.txt', yearless)).get('b.txt')!.date).toBe('2024-03-15');
    // a given date of another day is no home for it
    expect(refusal(page('a.txt', FRONT, '2024-03-16'), page('b.txt', yearless)).file).toBe('sources/b.txt');
  });

  it('two pages weak on the day do not add up to a date', () => {
    const one = '本报讯（记者 林晓）3月14日，全市春季植树工作会议召开。2023年、2024年全市植树造林面积连年增长。';
    const other = '本报讯（记者 高原）3月14日，云河新区植树活动举行。';
    const groups = issueDateGroups([page('a.txt', one), page('b.txt', other)], { today: TODAY });
    expect(groups.map((g) => [g.pages, g.refusal ? 'refused' : 'dated']).sort()).toEqual([
      [['a.txt'], 'refused'],
      [['b.txt'], 'refused'],
    ]);
  });

  it('pages of different issues in one batch each get their own date', () => {
    const next = FRONT.replaceAll('3月14日', '3月15日').replace('14日举行', '15日举行');
    const dates = decide(page('a.txt', FRONT), page('b.txt', next));
    expect([dates.get('a.txt')!.date, dates.get('b.txt')!.date]).toEqual(['2024-03-15', '2024-03-16']);
  });

  it('a given date wins; a masthead that disagrees with it is noted, not refused', () => {
    const dates = decide(page('a.txt', `2024年3月15日 星期五\n${FRONT}`, '2024-03-16'), page('b.txt', `2024年3月15日 星期五\n${FRONT}`));
    expect(dates.get('a.txt')).toMatchObject({ date: '2024-03-16', dateSource: 'metadata', notes: [expect.stringContaining('2024-03-15')] });
    expect(dates.get('b.txt')).toMatchObject({ date: '2024-03-15', dateSource: 'masthead', evidence: [{ line: 1, text: '2024年3月15日 星期五' }] });
  });

  it('a lede announcing what is to come (2月14日至16日，……将推出) is no report dated after the masthead', () => {
    const text = `2024年3月13日 星期三\n音乐厅推出新春音乐会\n本报讯（记者 林晓）3月15日至17日，青禾音乐厅将连续推出三场新春惠民音乐会。\n新华社北京3月12日电 国务院新闻办公室12日举行发布会。\n`;
    expect(decide(page('a.txt', text)).get('a.txt')).toMatchObject({ date: '2024-03-13', dateSource: 'masthead' });
    // The same lede told as done (3月15日，……推出) contradicts the masthead.
    expect(refusal(page('a.txt', text.replace('3月15日至17日，青禾音乐厅将连续推出', '3月15日，青禾音乐厅推出'))).format()).toMatch(/报道日期“3月15日”晚于第 1 行报头的日期 2024-03-13/);
  });

  it('a report dated after the masthead’s date is refused', () => {
    expect(refusal(page('a.txt', `2024年3月13日 星期三\n${FRONT}`)).format()).toMatch(/^sources\/a\.txt:3: 报道日期“3月14日”晚于第 1 行报头的日期 2024-03-13/);
  });

  it('an inferred date after tomorrow is refused', () => {
    const soon = FRONT.replaceAll('3月14日', '12月14日').replace('14日举行', '12月14日举行').replace('2024年2月26日', '2026年11月26日');
    expect(judge(soon)).toMatchObject({ date: '2026-12-15', strong: true });
    expect(refusal(page('a.txt', soon)).format()).toMatch(/在未来（今天是 2026-12-01）/);
  });

  it('a page that states no year joins the one issue of its day, and only one', () => {
    const other = FRONT.replaceAll('2024年', '2023年');
    expect(decide(page('a.txt', FRONT), page('b.txt', yearless)).get('b.txt')!.date).toBe('2024-03-15');
    expect(refusal(page('a.txt', FRONT), page('b.txt', yearless), page('c.txt', other)).format()).toMatch(/^sources\/b\.txt:\d+: .*2024-03-15、2023-03-15 都可能是它的日期/);
  });
});

describe('the seeds are strong evidence (city dailies’ front pages)', () => {
  it.each(SEEDS)('%s', (name) => {
    const judgement = judge(seedText(name.slice(0, 3)));
    expect(judgement.weakness).toBe('');
    expect(judgement.strong).toBe(true);
  });

  it('and read together, each keeps its own date', () => {
    const dates = decide(...SEEDS.map((name) => page(name, seedText(name.slice(0, 3)))));
    expect(SEEDS.map((name) => dates.get(name)!.date)).toEqual(['2025-12-28', '2024-01-02', '2023-10-23', '2026-01-08', '2022-01-19']);
  });
});
