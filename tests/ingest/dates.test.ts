import { describe, expect, it } from 'vitest';
import { addDays, inferIssueDate } from '../../src/ingest/dates.ts';
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
