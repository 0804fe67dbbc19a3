/** How the results list words dates, pages and kinds. */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (版次 as printed; larger numbers stay in digits). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

export const pageLabel = (page: number | string) => `第${chineseNumber(Number(page))}版`;

/** 2025-12-28 → 2025年12月28日 */
export function dateLabel(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const KIND_LABELS: Record<string, string> = { article: '文章', photo: '图片新闻' };
