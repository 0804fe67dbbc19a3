import { describe, expect, it } from 'vitest';
import { archiveYears, monthGrid, nearestIssueDate, yearCalendar } from '../../src/site/calendar.ts';
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

  it('jumps to the issue of a day or the nearest one', () => {
    const dates = archive.issues.map((i) => i.date);
    expect(nearestIssueDate(dates, '2023-10-23')).toBe('2023-10-23');
    expect(nearestIssueDate(dates, '2023-11-01')).toBe('2023-10-23');
    expect(nearestIssueDate(dates, '2030-01-01')).toBe('2025-12-28');
    expect(nearestIssueDate(dates, '1999-01-01')).toBe('2022-01-19');
    expect(nearestIssueDate(['2025-01-01', '2025-01-03'], '2025-01-02')).toBe('2025-01-03');
    expect(nearestIssueDate([], '2025-01-02')).toBeNull();
    expect(nearestIssueDate(dates, 'not a date')).toBeNull();
  });
});
