import { describe, expect, it } from 'vitest';
import { addDays, inferIssueDate, readDates } from '../../src/ingest/dates.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { excerpt, seedText } from '../helpers/seeds.ts';

describe('issue dates inferred from the text', () => {
  it.each([
    ['000', '2025-12-28', '12月27日'],
    ['001', '2024-01-02', '今年1月1日'],
    ['002', '2023-10-23', '10月22日'],
    ['003', '2026-01-08', '1月7日'],
    ['004', '2022-01-19', '1月18日'],
  ])('seed %s is dated %s from “%s”', (seed, date, words) => {
    const inferred = inferIssueDate(toLines(seedText(seed)));
    expect(inferred.date).toBe(date);
    expect(inferred.evidence[0]).toMatchObject({ date: addDays(date, -1), text: words });
    expect(inferred.evidence[0].sentence).toContain(words);
  });

  it('ignores dates in the paper’s future: 自2026年1月11日起施行, 谋划2026年 (000 lines 43, 77, 87, 127)', () => {
    expect(inferIssueDate(toLines(excerpt('000', 127, 127))).date).toBeNull();
    const both = inferIssueDate(toLines([43, 77, 87, 127].map((n) => excerpt('000', n, n)).join('\n')));
    expect(both.date).toBe('2025-12-28');
  });

  it('ignores 将于2月23日 and resolves a bare 6日 to the month of the other dates (003)', () => {
    const lines = toLines(`${excerpt('003', 7, 7)}\n${excerpt('003', 39, 43)}`);
    const inferred = inferIssueDate(lines);
    expect(inferred.date).toBe('2026-01-08');
    expect(inferred.evidence.map((e) => e.date)).toEqual(['2026-01-07', '2026-01-06']);
  });

  it('puts a month-day in the year nearest the dated events (004: 1月18日 after 2021年12月31日)', () => {
    const inferred = inferIssueDate(toLines(`${excerpt('004', 9, 9)}\n${excerpt('004', 95, 95)}`));
    expect(inferred.date).toBe('2022-01-19');
  });

  it('gives no date when the text has none', () => {
    expect(inferIssueDate(toLines(excerpt('000', 3, 13)))).toEqual({ date: null, evidence: [] });
  });
});

describe('where each date stands, and dates that are no evidence of the issue', () => {
  const read = (text: string) => readDates([{ source: 'x.txt', lines: toLines(text) }], { today: '2026-12-01' }).mentions;
  const one = (text: string, words: string) => read(text).find((m) => m.text === words)!;

  it('classes a date by where it stands: 电头, 讯头, opening a sentence, or in passing', () => {
    const text = [
      '新华社北京3月14日电 国务院新闻办公室举行发布会。',
      '本报讯（记者 林晓）3月13日，市委召开常委会议。会议决定于今年春季开工。3月12日上午，市长到南郊区调研。',
      '会议还听取了3月11日全省会议精神的传达。2024年全市植树造林面积增长。',
    ].join('\n');
    expect(['3月14日', '3月13日', '3月12日', '3月11日'].map((w) => one(text, w).kind)).toEqual(['dateline', 'lede', 'opening', 'running']);
    expect(read(text).every((m) => m.date.startsWith('2024-'))).toBe(true);
    expect(one(text, '3月13日').inNews).toBe(true);
  });

  it.each([
    ['future', '该奖项将于当地时间3月20日颁发。2024年评选启动。', '3月20日'],
    ['future', '3月20日，颁奖典礼将在市剧院举行。2024年评选启动。', '3月20日'],
    ['quotation', '“3月10日那天，全村人都来了。”2024年春，老支书说。', '3月10日'],
    ['quotation', '他写下《3月10日的雪》一文。2024年发表。', '3月10日'],
    ['anniversary', '3月10日，是云河大桥通车30周年的日子。2024年大桥完成维修。', '3月10日'],
    ['recurring', '每年的3月12日是植树节。2024年全市义务植树。', '3月12日'],
    ['reprint', '据新华社北京3月10日电 全国春耕进度过半。2024年粮食播种面积稳定。', '3月10日'],
    ['reprint', '（摘编自3月10日《云州晚报》）2024年', '3月10日'],
    ['today', '今天（3月15日）是消费者权益日。2024年全市消费投诉下降。', '3月15日'],
  ])('sets aside a date that is %s', (reason, text, words) => {
    expect(one(text, words).setAside).toBe(reason);
  });

  it('reads no year from a plan, a goal or a year after today’s', () => {
    const text = '到2035年基本实现现代化。力争2027年底前建成。2030年议程。本报讯（记者 林晓）3月13日，会议召开。2024年工作会议举行。';
    expect(readDates([{ source: 'x.txt', lines: toLines(text) }], { today: '2026-12-01' }).paperYear).toBe(2024);
  });

  it('does not take the report’s own year from a quoted title or a span’s start', () => {
    const text = '本报讯（记者 林晓）3月13日，“2023年十佳乡村”名单发布，2022年至今已评选两届。2024年工作会议举行。';
    expect(one(text, '3月13日').sentenceYears).toEqual([]);
  });
});
