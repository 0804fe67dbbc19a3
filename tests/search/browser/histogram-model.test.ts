/** The histogram's bars (src/search/browser/histogram-model.ts): years or one year's months, what a bar narrows to, which are marked. */
import { describe, expect, it } from 'vitest';
import { histogramBars } from '../../../src/search/browser/histogram-model.ts';
import type { MonthHits } from '../../../src/search/browser/protocol.ts';

const hits = (month: string, count: number | null, atMost = count ?? 0): MonthHits => ({ month, count, atMost });
const MONTHS = [hits('2021-03', 2), hits('2021-11', 1), hits('2024-01', 4), hits('2024-06', null, 7)];

describe('histogramBars', () => {
  it('gives every year from the first with hits to the last, adding months up (a bound makes the year a bound)', () => {
    const model = histogramBars(MONTHS, { dates: null, year: null });
    expect(model.level).toBe('year');
    expect(model.bars.map((b) => [b.key, b.count, b.atMost, b.date, b.current])).toEqual([
      ['2021', 3, 3, '2021-01..2021-12', false],
      ['2022', 0, 0, '2022-01..2022-12', false],
      ['2023', 0, 0, '2023-01..2023-12', false],
      ['2024', null, 11, '2024-01..2024-12', false],
    ]);
    expect(model.max).toBe(11);
  });

  it('shows one year by month when the search keeps to it, by its year filter or its dates', () => {
    for (const scope of [{ dates: null, year: '2024' }, { dates: { from: '2024-01', to: '2024-12' }, year: null }]) {
      const model = histogramBars(MONTHS, scope);
      expect(model.level).toBe('month');
      expect(model.year).toBe('2024');
      expect(model.bars.map((b) => b.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
      expect(model.bars[0]).toMatchObject({ key: '2024-01', name: '2024年1月', count: 4, date: '2024-01', current: false });
      expect(model.bars[5]).toMatchObject({ count: null, atMost: 7 });
    }
  });

  it('marks the bars the search keeps to when narrower than the chart', () => {
    const months = histogramBars(MONTHS, { dates: { from: '2024-05', to: '2024-06' }, year: null });
    expect(months.bars.filter((b) => b.current).map((b) => b.key)).toEqual(['2024-05', '2024-06']);
    const years = histogramBars(MONTHS, { dates: { from: '2021-06', to: '2022-02' }, year: null });
    expect(years.bars.filter((b) => b.current).map((b) => b.key)).toEqual(['2021', '2022']);
    const open = histogramBars(MONTHS, { dates: { from: '2023-01', to: null }, year: null });
    expect(open.bars.filter((b) => b.current).map((b) => b.key)).toEqual(['2023', '2024']);
  });

  it('shows the one year every hit falls in by month, and nothing for no hits', () => {
    expect(histogramBars([hits('2025-12', 3)], { dates: null, year: null })).toMatchObject({ level: 'month', year: '2025', max: 3 });
    expect(histogramBars([], { dates: null, year: null })).toMatchObject({ level: 'year', bars: [], max: 0 });
  });
});
