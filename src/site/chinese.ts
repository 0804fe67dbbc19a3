/** Chinese wording of dates, page numbers and roles, as readers see them (flags: src/schema/flags.ts). */
import type { AuthorRole } from '../schema/entries.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (版次 and counts as printed). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`不能写成汉字数字：${n}`);
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest);
    return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

/** 3 → 第三版 */
export function pageLabel(page: number): string {
  return `第${chineseNumber(page)}版`;
}

/** 第一版 要闻, or 第三版 when the page's name is not known. */
export function pageTitle(page: number, name: string | null): string {
  return name ? `${pageLabel(page)} ${name}` : pageLabel(page);
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function parseIsoDate(iso: string): { year: number; month: number; day: number; weekday: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`日期格式须为 YYYY-MM-DD：${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** 2025-12-28 → 2025年12月28日 星期日 */
export function formatDate(iso: string): string {
  const d = parseIsoDate(iso);
  return `${d.year}年${d.month}月${d.day}日 星期${WEEKDAYS[d.weekday]}`;
}

/** 2025-12-28 → 2025年12月28日 */
export function formatDateShort(iso: string): string {
  const d = parseIsoDate(iso);
  return `${d.year}年${d.month}月${d.day}日`;
}

export const WEEKDAY_NAMES = WEEKDAYS;

export const ROLE_LABELS: Record<AuthorRole, string> = {
  记者: '记者',
  通讯员: '通讯员',
  实习生: '实习生',
  评论员: '评论员',
  特约记者: '特约记者',
  作者: '作者',
  摄影: '摄影',
};
