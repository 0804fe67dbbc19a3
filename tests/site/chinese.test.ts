import { describe, expect, it } from 'vitest';
import { chineseNumber, formatDate, formatDateShort, pageLabel, pageTitle } from '../../src/site/chinese.ts';

describe('chinese wording', () => {
  it('writes page numbers as printed', () => {
    expect([1, 2, 3, 10, 11, 12, 20, 21, 99].map(chineseNumber)).toEqual(['一', '二', '三', '十', '十一', '十二', '二十', '二十一', '九十九']);
    expect(chineseNumber(100)).toBe('一百');
    expect(chineseNumber(105)).toBe('一百零五');
    expect(chineseNumber(112)).toBe('一百一十二');
    expect(pageLabel(3)).toBe('第三版');
    expect(pageTitle(1, '要闻')).toBe('第一版 要闻');
    expect(pageTitle(16, null)).toBe('第十六版');
    expect(() => chineseNumber(-1)).toThrow();
  });

  it('writes dates with the weekday', () => {
    expect(formatDate('2025-12-28')).toBe('2025年12月28日 星期日');
    expect(formatDate('2022-01-19')).toBe('2022年1月19日 星期三');
    expect(formatDate('2024-02-29')).toBe('2024年2月29日 星期四');
    expect(formatDateShort('2023-10-23')).toBe('2023年10月23日');
    expect(() => formatDate('2025/12/28')).toThrow(/YYYY-MM-DD/);
  });
});
