import { describe, expect, it } from 'vitest';
import { archiveYears, issuesAround, monthGrid, yearCalendar } from '../../src/site/calendar.ts';
import { fixtureArchive } from '../helpers/archive.ts';

const archive = fixtureArchive();

describe('calendar', () => {
  it('lays a month out Sunday first with the issue days marked', () => {
    const december = monthGrid(2025, 12, archive.issues);
    // 2025-12-01 is a Monday: one blank before it
    expect(december.weeks[0][0]).toBeNull();
    expect(december.weeks[0][1]?.date).toBe('2025-12-01');
    expect(december.weeks.every((w) => w.length === 7)).toBe(true);
    const days = december.weeks.flat().filter((d) => d !== null);
    expect(days).toHaveLength(31);
    expect(days.filter((d) => d.issueIds.length > 0).map((d) => d.date)).toEqual(['2025-12-28']);
    expect(december.issueCount).toBe(1);
  });

  it('handles leap years and months starting on Sunday', () => {
    const feb = monthGrid(2024, 2, []);
    expect(feb.weeks.flat().filter(Boolean)).toHaveLength(29);
    const june2025 = monthGrid(2025, 6, []); // 2025-06-01 is a Sunday
    expect(june2025.weeks[0][0]?.day).toBe(1);
  });

  it('summarises years newest first with counts per month', () => {
    const years = archiveYears(archive.issues);
    expect(years.map((y) => y.year)).toEqual([2025, 2023, 2022]);
    expect(years[1].monthCounts[9]).toBe(1);
    expect(years[1].issueCount).toBe(1);
    expect(yearCalendar(2022, archive.issues).map((m) => m.issueCount)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('finds the issue of a day, or else the issues before and after it', () => {
    const dates = archive.issues.map((i) => i.date);
    expect(dates).toEqual(['2022-01-19', '2023-10-23', '2025-12-28']);
    expect(issuesAround(dates, '2023-10-23')).toEqual({ exact: '2023-10-23', before: null, after: null });
    expect(issuesAround(dates, '2023-11-01')).toEqual({ exact: null, before: '2023-10-23', after: '2025-12-28' });
    expect(issuesAround(dates, '2023-10-22')).toEqual({ exact: null, before: '2022-01-19', after: '2023-10-23' });
    expect(issuesAround(dates, '2030-01-01')).toEqual({ exact: null, before: '2025-12-28', after: null });
    expect(issuesAround(dates, '1999-01-01')).toEqual({ exact: null, before: null, after: '2022-01-19' });
    expect(issuesAround(dates, '2022-01-19')).toEqual({ exact: '2022-01-19', before: null, after: null });
    expect(issuesAround(dates, '2025-12-28')).toEqual({ exact: '2025-12-28', before: null, after: null });
    expect(issuesAround([], '2025-01-02')).toEqual({ exact: null, before: null, after: null });
    expect(issuesAround(dates, 'not a date')).toBeNull();
    expect(issuesAround(dates, '2023-02-30')).toBeNull();
    // a year of daily issues, every day found, and a gap told by its neighbours
    const year = Array.from({ length: 365 }, (_, d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10)).filter((d) => d !== '2024-05-01');
    for (const d of year) expect(issuesAround(year, d)!.exact).toBe(d);
    expect(issuesAround(year, '2024-05-01')).toEqual({ exact: null, before: '2024-04-30', after: '2024-05-02' });
  });
});
