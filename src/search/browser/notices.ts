/**
 * What the results page says about a query: the query as the search read it (groups joined by
 * 或, exclusions, the months searched) and a sentence for each notice (shared/query.ts), so
 * that nothing typed is dropped without a word. Kept apart from the engine: the page's script
 * carries no folding tables.
 */
import type { Notice } from '../shared/query.ts';
import type { DateRange } from '../shared/date-range.ts';

const ym = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** 2023年10月至2023年12月, 2023年10月以来, 2024年6月以前, 2023年10月; '' when not limited. */
export function datesLabel(dates: DateRange | null): string {
  if (!dates || (dates.from === null && dates.to === null)) return '';
  if (dates.from !== null && dates.to !== null && dates.from > dates.to) return '（日期范围互不重叠）';
  if (dates.from === dates.to) return ym(dates.from!);
  if (dates.from === null) return `${ym(dates.to!)}以前`;
  if (dates.to === null) return `${ym(dates.from)}以来`;
  return `${ym(dates.from)}至${ym(dates.to)}`;
}

/** The query as read: “冰雪” 或 “魏碑” “大同”，不含“火锅”，2023年10月至2023年12月. */
export function describeQuery(groups: string[][], excluded: string[], dates: DateRange | null): string {
  const quote = (p: string) => `“${p}”`;
  const parts = [groups.map((g) => g.map(quote).join(' 或 ')).join(' ')];
  if (excluded.length) parts.push(`不含${excluded.map(quote).join('、')}`);
  const when = datesLabel(dates);
  if (when) parts.push(when);
  return parts.filter(Boolean).join('，');
}

/** One sentence for a notice, naming what the reader typed. */
export function noticeText({ code, text }: Notice): string {
  switch (code) {
    case 'wildcard':
      return `“${text}”里的通配符（* ~ ^）不起作用，已当作标点略去：检索词在文中任何位置都能找到，“大同”也会找到“大同市”。`;
    case 'field':
      return `不支持按字段检索（${text}），后面的词按全文检索。`;
    case 'lone-or':
      return `“${text}”须放在两个词之间，这里没有起作用。`;
    case 'lone-not':
      return `“${text}”后面没有要排除的词，没有起作用。`;
    case 'lone-minus':
      return `“-”后面有空格，没有当作排除；要排除一个词，请把“-”紧贴在词前，如 -冰雪。`;
    case 'date-invalid':
    case 'date-empty':
      return `日期范围“${text}”无法识别，已略去；请写成 date:2023-10..2023-12、date:2023 或 date:2023-10。`;
    case 'date-day':
      return `日期按月检索：“${text}”按所在月份检索。`;
    case 'too-long':
      return `检索词最多 200 个字，后面的“${text.slice(0, 20)}${[...text].length > 20 ? '…' : ''}”没有检索。`;
    case 'too-many':
      return `最多检索 8 个词，“${text}”没有检索。`;
    case 'only-excluded':
      return `只有要排除的词（${text}）：请再输入至少一个要找的词。`;
    case 'parentheses':
      return '括号不改变词的组合：OR 只连接紧挨着它的两个词，其余的词都须出现。';
  }
}
