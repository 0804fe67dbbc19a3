/**
 * Masthead (报头) and page-header (版头/眉头) lines: the date a page prints on itself.
 *
 *   大同日报  2020年1月17日 星期五  农历己亥年腊月廿三
 *   2019年10月8日 星期二 第3版 要闻
 *   二〇一九年十二月二十八日  星期六
 *
 * A header is a run of lines at the top (first five lines) or the foot (last three) of a page
 * made only of header parts: a date, a weekday (星期五, 周五), a lunar date (农历己亥年腊月廿三),
 * a page mark (第3版 要闻, A3版, A3), an issue number (第12345期), the paper's name (…日报, …晚报),
 * editors' credits (责编：…), the weather (晴 -5℃~3℃). A date alone on a line is not a header — the date line under a
 * decree or a letter looks just like it — so the run must hold a date and at least one other
 * part. A weekday or lunar date printed with the date must agree with it; a page whose header
 * lines print two different dates is refused (see docs/ingest.md, "Dates").
 */
import { IngestError } from './errors.ts';
import type { Line } from './lines.ts';
import { COMPOUND_SURNAME, DOTTED_NAME } from './surnames.ts';
import { isPageFootCredits } from './patterns.ts';

export interface MastheadDate {
  /** ISO date the header prints: the issue date itself. */
  date: string;
  /** The header line that carries the date. */
  line: number;
  text: string;
}

const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, 'Ｏ': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = '〇○Ｏ零一二三四五六七八九十';
const NUM = '0-9０-９';

/** 2019年10月8日, 二〇一九年十二月二十八日, 2019-10-08, 2019.10.08, 2019/10/08. */
const DATE = new RegExp(
  `([${NUM}]{4}|[${CN}]{4})\\s*年\\s*([${NUM}]{1,2}|[${CN}]{1,3})\\s*月\\s*([${NUM}]{1,2}|[${CN}]{1,3})\\s*日` +
    `|(?<![${NUM}])([${NUM}]{4})[-./／]([${NUM}]{1,2})[-./／]([${NUM}]{1,2})(?![${NUM}])`,
  'g',
);
const WEEKDAY = /(?:星期|礼拜|周)([一二三四五六日天])/g;
const GANZHI_YEAR = '[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]';
const LUNAR_MONTH = '闰?(?:正|冬|腊|十一|十二|[一二三四五六七八九十])月';
const LUNAR_DAY = '(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十|卅)';
const LUNAR = new RegExp(`(?:农历|夏历|阴历)?(?:(${GANZHI_YEAR})年)?(${LUNAR_MONTH})(${LUNAR_DAY})|农历(${GANZHI_YEAR})年`, 'g');
/** An editor's name, spaced to a width as the page prints it (王  蕾, 欧阳  淼) or not (王蕾), or joined by the middle dot (泽仁·拉姆: DOTTED_NAME). */
const EDITOR_NAME = String.raw`(?:${DOTTED_NAME}(?![\u4e00-\u9fff])|(?:${COMPOUND_SURNAME}|[\u4e00-\u9fff])[ \u3000]{1,3}[\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,4})`;
/** The other parts a header line may hold. */
const OTHER_PARTS: Array<[kind: string, re: RegExp]> = [
  // An in-house paper's standing as its masthead prints it: 内部资料　免费交流, 内部资料性出版物, 准印证号：某内资准字第0308号,
  // 准印证号：某内准字（2024）017号 (set da). In the truths of all sets and rmrb-2019, 4 lines hold these words,
  // all furniture of the masthead. A masthead's line only; read first, before 第0308号 is taken for an issue's number.
  ['inhouse', /内部资料(?:性出版物)?|免费交流|(?:内部)?准印证号?\s*[：:]?\s*[\u4e00-\u9fff]{1,8}准字\s*(?:第\s*[0-9０-９]+\s*号|[（(][0-9０-９]{4}[）)]\s*[0-9０-９]+\s*号|[0-9０-９]+\s*号?)/g],
  ['page', /第\s*[0-9０-９一二三四五六七八九十]+\s*版(?:\s*[：:]?\s*(?!(?:本版|责任|美术)?编辑|(?:执行)?主编|责编|美编|校对)[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6})?(?![\u4e00-\u9fff]))?|[A-HＡ-Ｈ]?[0-9０-９]{1,2}\s*版|(?:今日|本期|共)\s*[0-9０-９一二三四五六七八九十]+\s*版|(?<![A-Za-z])(?:[A-Z][A-H]|[A-HＡ-Ｈ])[0-9０-９]{1,2}(?![0-9０-９A-Za-z])/g],
  // A newsroom's number printed with the editors: 联系电话：010-0000 0321, 新闻热线：0371-00000000.
  ['contact', /(?:联系电话|新闻热线|热线电话|热线|电话)\s*[：:]\s*[0-9０-９][0-9０-９\-－ ]{5,}[0-9０-９]/g],
  ['number', /总?第\s*[0-9０-９]+\s*[期号]/g],
  // Who runs the paper, as a masthead prints it under the name: 中共某某县委主管主办, 某某日报社主办,
  // 主管：中共某某市委 主办：某某日报社, 中共某某自治区委员会机关报 (set ab). A masthead's line only (see MASTHEAD_ONLY).
  ['sponsor', /(?:主管主办|主管|主办|出版)(?:单位)?\s*[：:]\s*[\u4e00-\u9fff（）()]{2,24}?(?=\s|$|主管|主办|出版)|[\u4e00-\u9fff（）()]{2,24}?(?:主管\s*主办|主管|主办)(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,16}(?:社|集团)出版(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,16}机关报(?![\u4e00-\u9fff])/g],
  // A paper's name: …日报, …晚报, 中国青年报, 新京报, 文汇报 (the line must be all header parts), a
  // whole word: never the start of a page's name (特别报道, set aa).
  // A weekend or weekly edition printed after the name: 某某日报·周末 (set cm).
  ['paper', /[\u4e00-\u9fff]{1,8}(?:日报|晚报|早报|都市报|商报|时报|报)(?:社)?(?:[·・](?:周末|周刊|周末版))?(?![\u4e00-\u9fff])/g],
  // An editor's name may be spaced out to a width (王  蕾), as the page prints it.
  ['editor', new RegExp(String.raw`(?:本版)?(?:责任编辑|责编|美术编辑|图片编辑|执行主编|主编|值班主任|值班编委|值班(?:副)?总编(?:辑)?|总值班|值班编辑|编辑|美编|校对|责校|审校|版面设计|版式设计|视觉设计|版式|组版|制作|照排)(?:\s*[：:]\s*|\s+)${EDITOR_NAME}(?:\s+(?!(?:本版|责任|美术|图片|值班)?编辑|(?:执行)?主编|值班主任|值班编委|值班(?:副)?总编|总值班|责编|美编|校对|责校|审校|版式|版面设计|视觉设计)${EDITOR_NAME}(?![\u4e00-\u9fff]*\s*[：:]))?`, 'g')],
  // The weather stands as words of its own, never inside a page's name (烟雨楼副刊).
  ['weather', /(?<![\u4e00-\u9fff])(?:天气\s*[：:]?\s*)?(?:晴|多云|阴|[小中大暴阵雷]*雨|[小中大暴]*雪|雨夹雪|雾|霾|沙尘|转)+(?![\u4e00-\u9fff])(?:\s*-?[0-9０-９]{1,2}\s*[℃°]C?(?:\s*[~～至\-－]\s*-?[0-9０-９]{1,2}\s*[℃°]C?)?)?|-?[0-9０-９]{1,2}\s*[℃°]C?(?:\s*[~～至\-－]\s*-?[0-9０-９]{1,2}\s*[℃°]C?)?/g],
  ['serial', /(?:国内统一连续出版物号|国内统一刊号)\s*[：:]?\s*CN\s*[0-9０-９]+\s*[-－—]\s*[0-9０-９]+(?:\s*[/／]\s*[A-Z])?|邮发代号\s*[：:]?\s*[0-9０-９]+\s*[-－—]\s*[0-9０-９]+/g],
  // The paper's name romanised beside or under its Chinese name: JIEFANGJUN BAO, TONGXI BAO,
  // Qinghe Daily. Capitals, or two or more capitalised words. A masthead's line only.
  ['roman', /(?<![A-Za-z0-9])(?:[A-Z]{2,}(?:[ \u3000·.-]+[A-Z]{2,}){0,5}|[A-Z][a-z]+(?:[ \u3000]+[A-Z][a-z]+){1,5})(?![A-Za-z0-9])/g],
];
/**
 * Parts only a masthead prints, never a page's foot nor a line under the first article: the
 * romanised name and the line naming who runs the paper. They are read only at the top of a
 * page, and a page header never ends with a line holding nothing else (what follows the last
 * dated or marked line is the first article).
 */
const MASTHEAD_ONLY = new Set(['sponsor', 'roman', 'inhouse']);
/** Parts a masthead prints around its date and page mark that give a header a line more to reach over. */
const FURNITURE = new Set(['sponsor', 'roman', 'inhouse', 'serial', 'number', 'paper']);
/** The longest page header read, furniture lines included. */
const MOST_HEADER_LINES = 8;
const PROSE_PUNCTUATION = /[。！？；“”《》]/;
// · is left in: it joins a page's name (文化·访谈) and stands alone between parts (文化 · 本版编辑).
const SEPARATORS = /[\s\u3000|｜•・\-—－:：,，、/()（）【】\[\]■□●◆▲]+/g;

interface HeaderLine {
  line: Line;
  dates: Array<{ date: string | null; text: string }>;
  weekdays: number[];
  lunar: Array<{ year: string | null; month: string | null; day: string | null; text: string }>;
  others: string[];
  /** The page marks it prints (第3版 要闻, 3版), as printed. */
  pages: string[];
  /** Words left over beside the header parts: a page's number and name printed bare (3 要闻, 要闻 02). */
  bare: string[];
}

/** 二〇一九 → 2019; 十二 → 12; 二十八 → 28; 2019 → 2019. */
function number(text: string): number {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!ascii.includes('十')) return Number([...ascii].map((c) => CN_DIGIT[c] ?? 'x').join(''));
  const [tens, units] = ascii.split('十');
  return (tens === '' ? 1 : (CN_DIGIT[tens] ?? NaN)) * 10 + (units === '' ? 0 : (CN_DIGIT[units] ?? NaN));
}

function isoDate(y: number, m: number, d: number): string | null {
  if (![y, m, d].every(Number.isInteger)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads one line as a header line, or null when anything in it is not a header part. `top`: the
 * line is among a page's first lines, where a masthead's own parts (MASTHEAD_ONLY) may stand.
 */
function headerLine(line: Line, top: boolean): HeaderLine | null {
  // Prose punctuation no header part holds, no separator is and no bare page mark can be: such
  // a line is text (what the parts below would conclude after trying every one of them).
  if (PROSE_PUNCTUATION.test(line.text)) return null;
  let rest = line.text;
  const dates: HeaderLine['dates'] = [];
  const weekdays: number[] = [];
  const lunar: HeaderLine['lunar'] = [];
  const others: string[] = [];
  const pages: string[] = [];
  rest = rest.replace(DATE, (whole, y1, m1, d1, y2, m2, d2) => {
    dates.push({ date: y1 ? isoDate(number(y1), number(m1), number(d1)) : isoDate(number(y2), number(m2), number(d2)), text: whole });
    return ' ';
  });
  rest = rest.replace(LUNAR, (whole, year, month, day, yearOnly) => {
    lunar.push({ year: year ?? yearOnly ?? null, month: month ?? null, day: day ?? null, text: whole });
    return ' ';
  });
  rest = rest.replace(WEEKDAY, (_whole, d: string) => {
    weekdays.push(d === '日' || d === '天' ? 0 : '一二三四五六'.indexOf(d) + 1);
    return ' ';
  });
  for (const [kind, re] of OTHER_PARTS) {
    if (!top && MASTHEAD_ONLY.has(kind)) continue;
    rest = rest.replace(re, (whole) => {
      others.push(kind);
      if (kind === 'page') pages.push(whole);
      return ' ';
    });
  }
  // What is left may be the page's number and name printed bare beside a dated header
  // (2019年10月8日 星期二 3 要闻) or beside the editors' credits (要闻 02 责编：某某); anything
  // else makes the line text, not a header.
  const left = rest.split(SEPARATORS).filter((t) => t !== '' && t !== '·');
  const dated = dates.length > 0 && weekdays.length + lunar.length > 0;
  const credited = others.includes('editor') || others.includes('page');
  // A special page's name beside its mark or its editors may be longer (专版 · 最美基层干部,
  // 全国科技活动周专版); a page's name may have two parts (经济·产经).
  const word = credited ? /^[0-9０-９]{1,2}$|^[\u4e00-\u9fff]{2,12}(?:·[\u4e00-\u9fff]{2,8})?$/ : /^[0-9０-９]{1,2}$|^[\u4e00-\u9fff]{2,4}(?:[·・][\u4e00-\u9fff]{2,4})?$/;
  const bare = left.length <= 2 && left.every((t) => word.test(t)) && left.filter((t) => /^[0-9０-９]/.test(t)).length <= 1;
  // The paper's name beside the page's number and name (某某日报　6　生态·河长制: set ck).
  const papered = others.includes('paper') && left.length === 2 && left.filter((t) => /^[0-9０-９]/.test(t)).length === 1;
  // The paper's name and the day's date beside at most the page's name (某某日报　社会　2006年8月9日: set ci).
  const paperDated = others.includes('paper') && dates.length > 0 && left.length <= 1;
  const anchored = dated || credited || papered || paperDated;
  if (left.length > 0 && !(bare && anchored)) return null;
  if (dates.length + weekdays.length + lunar.length + others.length === 0) return null;
  return { line, dates, weekdays, lunar, others, pages, bare: left };
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** The lunar date of an ISO date, as the Chinese calendar names it: 己亥, 腊月, 23. */
function lunarOf(iso: string): { year: string; month: string; day: number } {
  const parts = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).formatToParts(
    new Date(`${iso}T00:00:00Z`),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: part('yearName'), month: part('month'), day: Number(part('day')) };
}

function lunarDay(text: string): number {
  if (text === '卅') return 30;
  if (text.startsWith('初')) return text === '初十' ? 10 : number(text.slice(1));
  if (text.startsWith('廿')) return 20 + number(text.slice(1));
  return number(text);
}

const LUNAR_MONTH_NAMES: Record<string, string> = { 正月: '正月', 一月: '正月', 冬月: '十一月', 十一月: '十一月', 腊月: '腊月', 十二月: '腊月' };

/** Whether a printed lunar date names the lunar date of `iso` (within a day: papers' calendars differ at a new moon). */
function lunarAgrees(iso: string, printed: HeaderLine['lunar'][number]): boolean {
  const shifted = [0, -1, 1].map((k) => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + k);
    return lunarOf(d.toISOString().slice(0, 10));
  });
  return shifted.some((l, k) => {
    if (printed.year && printed.year !== l.year) return false;
    if (k > 0 && !printed.month) return false; // a year alone must agree on the day itself
    if (!printed.month || !printed.day) return true;
    const month = printed.month.replace(/^闰/, '');
    const name = (m: string) => LUNAR_MONTH_NAMES[m] ?? m;
    return name(month) === name(l.month.replace(/^闰/, '')) && printed.month.startsWith('闰') === l.month.startsWith('闰') && lunarDay(printed.day) === l.day;
  });
}

/**
 * The date the page prints in its masthead or page header, or null when it prints none.
 * Throws IngestError (naming `file` and the line) when a weekday or lunar date printed with
 * the date disagrees with it, when the date does not exist, or when header lines print two
 * different dates.
 */
export function readMasthead(lines: Line[], file: string): MastheadDate | null {
  const refuse = (line: number, message: string): never => {
    throw new IngestError({ file, line, message, hint: '请核对原件的报头；确知出版日期时，请用 --date 给出，或写进 content/sources/metadata.yaml（见 docs/metadata.md）' });
  };
  const found: MastheadDate[] = [];
  const runs: HeaderLine[][] = [];
  // The top reaches as far as the page header does (a masthead's furniture lines make it longer).
  const top = Math.max(5, readPageHeader(lines)?.lines.length ?? 0);
  const near = (i: number) => i < top || i >= lines.length - 3;
  let run: HeaderLine[] = [];
  lines.forEach((line, i) => {
    const header = near(i) ? headerLine(line, i < top) : null;
    if (header) run.push(header);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);

  for (const block of runs) {
    const dated = block.flatMap((h) => h.dates.map((d) => ({ ...d, header: h })));
    // At the page's foot an editors' line (本版编辑　某某) vouches for no date over it: that is a notice's or
    // letter's own date (……特此通告。 / 某某局 / 2012年7月23日 / 本版编辑　某某: set mk), as readPageFooter reads it.
    const atFoot = block.every((h) => lines.indexOf(h.line) >= top);
    const parts = block.reduce((n, h) => n + h.weekdays.length + h.lunar.length + (atFoot ? h.others.filter((k) => k !== 'editor') : h.others).length, 0);
    if (dated.length === 0 || parts === 0) continue;
    for (const { date, text, header } of dated) {
      if (!date) refuse(header.line.n, `报头日期“${text}”不存在（impossible masthead date）`);
      found.push({ date: date!, line: header.line.n, text: header.line.text });
    }
    const date = dated[0].date!;
    for (const h of block) {
      for (const w of h.weekdays) {
        const actual = new Date(`${date}T00:00:00Z`).getUTCDay();
        if (w !== actual) {
          refuse(h.line.n, `报头日期 ${date} 是星期${WEEKDAY_NAMES[actual]}，报头却印着星期${WEEKDAY_NAMES[w]}（weekday does not match the date）`);
        }
      }
      for (const l of h.lunar) {
        if (!lunarAgrees(date, l)) {
          const actual = lunarOf(date);
          refuse(h.line.n, `报头日期 ${date} 是农历${actual.year}年${actual.month}${actual.day}日，报头却印着“${l.text}”（lunar date does not match）`);
        }
      }
    }
  }
  const dates = [...new Set(found.map((f) => f.date))];
  if (dates.length > 1) {
    const other = found.find((f) => f.date !== found[0].date)!;
    refuse(other.line, `版头印着两个不同的日期：第 ${found[0].line} 行 ${found[0].date}，第 ${other.line} 行 ${other.date}（two masthead dates）`);
  }
  return found[0] ?? null;
}

/** The page header (版头) a page prints above its first article: lines, and the page it names. */
export interface PageHeader {
  /** The header's lines, in print order. */
  lines: Line[];
  /** 版次 the header prints (第6版, 6版, or a bare number beside its name), or null. */
  page: number | null;
  /** 版名 printed beside the page mark (第6版 国际 → 国际), or null. */
  name: string | null;
}

/** A page mark as a number and name: 第6版 国际 → 6, 国际; 第三版 → 3; A5版 → null (a section's own numbering). */
function pageMark(text: string): { page: number | null; name: string | null } {
  const m = /^(?:第\s*)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版(?:\s*[：:]?\s*([\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6})?))?$/.exec(text.trim());
  if (!m) return { page: null, name: null };
  const page = number(m[1]);
  return { page: Number.isInteger(page) && page > 0 ? page : null, name: m[2] ?? null };
}

/**
 * The page header printed at the top of a page, as papers other than the archive's own print
 * it: 2026年3月5日 星期四 / 第1版 要闻 责任编辑：某某, 滨江日报 2026年1月22日 星期四, 要闻 02
 * 责编：某某, and a masthead's longer top: 解放军报 / JIEFANGJUN BAO / 2025年10月23日 星期四 /
 * 第1版 要闻 责任编辑 某  某, 某某报 MOUMOU BAO / 中共某某县委主管主办 2026年1月9日 星期五.
 * Takes the page's lines; gives the run of header lines that opens the page (at most five, and
 * one more for each line of the masthead's furniture alone: its name, romanised name, who runs
 * it, CN number, 邮发代号, 总第N期; every one of them nothing but header parts: see
 * `headerLine`) when it holds a date, a page mark or an editor's credit, with the page's number
 * and name where it prints them; else null (a paper's name alone, the weather alone or a date
 * alone is no header). A romanised name or a 主管主办 line is a header part only in this run at
 * the top, and never its last line (other papers' pages, tests/fixtures/other-papers/d: jfjb,
 * txb). A name alone that ends in no 报 (参考消息) heads the header only over a date and a page
 * mark (set e: ckxx). A bare page mark alone on the first line (2　乡镇) is the header when its
 * number is the page's own as the staff gave it (`knownPage`): undated, it might be a headline
 * such as 5 部门联合发文 (set cc). Such lines name the page and never head an article. Pure; never throws.
 */
export function readPageHeader(lines: Line[], knownPage: number | null = null): PageHeader | null {
  const header = readHeaderRun(lines);
  if (header === null && knownPage !== null) {
    const mark = knownPageMark(lines, knownPage);
    if (mark !== null) return mark;
  }
  if (header !== null || lines.length < 3 || !BARE_NAME.test(lines[0].text)) return header;
  // A paper whose name ends in no 报 (参考消息) prints it alone over its date and page mark: the
  // name is the header's only when both follow it.
  const under = readHeaderRun(lines.slice(1));
  const dated = under !== null && under.lines.some((l) => l.text.search(DATE) >= 0);
  const full = dated && (under.page !== null || under.name !== null);
  if (full) return { ...under, lines: [lines[0], ...under.lines] };
  // A page's name alone over the page's dated line (政法 / 2007年2月27日　星期二: set cg), two or three
  // characters: four may be a paper's name, which needs its page mark under it (青禾消息, above).
  return dated && PAGE_NAME_ALONE.test(lines[0].text.trim()) ? { ...under, name: lines[0].text.trim(), lines: [lines[0], ...under.lines] } : null;
}

/** A page's number alone on a line, as a PDF export prints it at the foot: 8, A05, 第3版, B12版. */
const LONE_PAGE_NUMBER = /^(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|[A-HＡ-Ｈ]?[0-9０-９]{1,2}(?:\s*版)?)$/;

/** The most lines a page's foot furniture takes. */
const MOST_FOOTER_LINES = 2;

/**
 * The furniture a page prints at its foot, below its last article, as a newsroom's PDF export
 * gives it: the page's number alone (8, A05, 第3版), or a dated line naming the page or paper
 * (琮山日报　2017年12月6日　星期三　第7版　民生), the paper's hotline under the page's editors' line
 * (晚报热线：85006000: set ce). Takes the page's lines (after its header); gives
 * the last one or two such lines, in print order, or [] — never an editors' line alone
 * (本版编辑 某某), which the other papers' pages read as their last article's closing line. Set
 * bv of other papers' pages, where each such line had been an entry of its own. Pure.
 */
export function readPageFooter(lines: Line[]): Line[] {
  const footer: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && footer.length < MOST_FOOTER_LINES; i--) {
    const line = lines[i];
    if (line.text.trim() === '') continue;
    const text = line.text.trim();
    const parts = LONE_PAGE_NUMBER.test(text) ? null : headerLine(line, false);
    const dated = parts !== null && parts.dates.length > 0 && parts.weekdays.length + parts.others.filter((k) => k === 'page' || k === 'paper').length > 0;
    if (!LONE_PAGE_NUMBER.test(text) && !dated && !hotlineUnderEditors(lines, i)) break;
    footer.unshift(line);
  }
  // The page's text is more than its furniture.
  return footer.length > 0 && lines.some((l) => l.text.trim() !== '' && !footer.includes(l)) ? footer : [];
}

/**
 * The paper's hotline alone on a line: 晚报热线：85006000, 新闻热线 96669, 帮忙热线：96118. A bare 热线：…… is the
 * rest of a line the width cut inside the hotline's name (本版编辑：某　某　民生 / 热线：5281110: sets sn, cc, ii).
 */
const HOTLINE = /^[\u4e00-\u9fff]{1,8}热线[:：]?[ \u3000]*[0-9０-９][0-9０-９\-—－ \u3000]{3,}$/;

/**
 * Line i is the paper's hotline printed under the page's editors' line at its foot (本版编辑 某某 /
 * 晚报热线：85006000): the page's furniture. A hotline elsewhere (市民服务热线：12345 in a piece's text,
 * or opening a service box) stays where it is printed. Set ce of other papers' pages.
 */
function hotlineUnderEditors(lines: Line[], i: number): boolean {
  if (!HOTLINE.test(lines[i].text.trim())) return false;
  let k = i - 1;
  while (k >= 0 && lines[k].text.trim() === '') k--;
  return k >= 0 && isPageFootCredits(lines[k].text.trim());
}

/** A page's number alone on the page's first line, over its name and a dated line. */
const LONE_NUMBER = /^[0-9０-９]{1,2}$/;

/** A page's name alone on a line: 综合新闻, 城市·快讯. */
const PAGE_NAME_LINE = /^[\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?$/;

/** A page's number and name printed bare on a line of their own: 12 体育, 要闻 02, 6　经济·产经 (a name in two parts: set cj). */
const BARE_PAGE_MARK = /^(?:[0-9０-９]{1,2}[ \u3000]+[\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?|[\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?[ \u3000]+[0-9０-９]{1,2})$/;

/**
 * A bare page mark on its own line in a header run that holds a date (2026年4月14日 星期二 责任编辑：某某 /
 * 12 体育, set a; 2025年1月17日 星期五 / 某某日报 / 3 专版, set ac), or over a dated header line
 * (04 评论 / 某某日报 2014年10月28日 星期二, set bv), is a header line; elsewhere such a line may be
 * anything. Null otherwise.
 */
function barePageMark(line: Line, run: HeaderLine[], after: Line[]): HeaderLine | null {
  const text = line.text.trim();
  // The number alone, its name on the next line (12 / 法治 / 某某都市报　2025年12月3日　星期三: set cg),
  // or under the dated lines (某某日报 / 2018年11月6日　星期二 / 05 / 国土资源: set ck).
  const lone = LONE_NUMBER.test(text) && (run.length === 0 ? datedBelow(after) : run.some((h) => h.dates.length > 0) && PAGE_NAME_LINE.test(after.find((l) => l.text.trim() !== '')?.text.trim() ?? ''));
  if (!(lone || BARE_PAGE_MARK.test(text)) || !(run.some((h) => h.dates.length > 0) || datedBelow(after))) return null;
  return { line, dates: [], weekdays: [], lunar: [], others: [], pages: [], bare: line.text.trim().split(/[ \u3000]+/) };
}

/**
 * A page's name alone on the line under its bare mark, over the dated line (A02 / 综合新闻 /
 * 2021年3月24日 星期三, as a PDF export sets a header's parts apart: set bv; A05 / 城市·快讯 /
 * 2021年8月24日 星期二: set ce). Null otherwise.
 */
function barePageName(line: Line, run: HeaderLine[], after: Line[]): HeaderLine | null {
  const mark = run.at(-1);
  const loneNumber = mark !== undefined && mark.pages.length === 0 && mark.bare.length === 1 && LONE_NUMBER.test(mark.bare[0]);
  if (mark === undefined || (!loneNumber && (mark.pages.length === 0 || pageMark(mark.pages[0]).name !== null)) || mark.bare.some((t) => !/^[0-9０-９]+$/.test(t))) return null;
  // Under the dated lines only after the number alone (某某日报 / 2018年11月6日　星期二 / 05 / 国土资源: set ck) or
  // after a 第N版 mark alone on its line (某某日报 / 2006年6月17日　星期六 / 第4版 / 科技兴农: set cy).
  if (!PAGE_NAME_LINE.test(line.text.trim()) || !(datedBelow(after) || ((loneNumber || markAlone(mark)) && run.some((h) => h.dates.length > 0)))) return null;
  return { line, dates: [], weekdays: [], lunar: [], others: [], pages: [], bare: [line.text.trim()] };
}

/**
 * The page's first line as its header when it is a bare page mark (2　乡镇, 要闻 02) whose number is
 * the page's own (`knownPage`), with no date on the page's top lines to anchor it. Null otherwise.
 */
function knownPageMark(lines: Line[], knownPage: number): PageHeader | null {
  const first = lines.find((l) => l.text.trim() !== '');
  const text = first?.text.trim() ?? '';
  if (first === undefined || !BARE_PAGE_MARK.test(text)) return null;
  const parts = text.split(/[ \u3000]+/);
  const digits = parts.find((t) => /^[0-9０-９]+$/.test(t));
  if (digits === undefined || number(digits) !== knownPage) return null;
  return { lines: lines.slice(0, lines.indexOf(first) + 1), page: knownPage, name: parts.find((t) => t !== digits) ?? null };
}

/**
 * A header line that is a 第N版 mark and nothing else (第4版), its page's name not beside it. Under the dated
 * lines, the page's name may stand alone on the line under it (第4版 / 科技兴农): in the truths both lines of
 * that shape (2–6 characters, under a lone 第N版 under the date) are the page's furniture, none a kicker or headline.
 */
function markAlone(h: HeaderLine): boolean {
  return h.pages.length === 1 && h.others.every((k) => k === 'page') && h.dates.length + h.weekdays.length + h.lunar.length + h.bare.length === 0 && pageMark(h.pages[0]).page !== null && pageMark(h.pages[0]).name === null && h.line.text.trim() === h.pages[0].trim();
}

/** One of the next lines (blank ones aside) is a header line holding a date. */
function datedBelow(after: Line[]): boolean {
  return after.some((l) => (headerLine(l, true)?.dates.length ?? 0) > 0);
}

/** A daily's or an evening paper's whole name: 浛江日报, 某某晚报, 某某都市报. */
const DAILY_NAME = /^[\u4e00-\u9fff]{1,8}(?:日报|晚报|早报|都市报)$/;

/** A page's name alone on its first line: 政法, 要闻, 文体. */
const PAGE_NAME_ALONE = /^[\u4e00-\u9fff]{2,3}$/;

/** A name alone on a line, as a paper's name over its header: 参考消息. */
const BARE_NAME = /^[\u4e00-\u9fff]{2,8}$/;

/** A header line holding a paper's name and nothing else. */
function isNameOnly(h: HeaderLine): boolean {
  return h.others.length > 0 && h.others.every((k) => k === 'paper') && h.dates.length + h.weekdays.length + h.lunar.length + h.pages.length + h.bare.length === 0;
}

function readHeaderRun(lines: Line[]): PageHeader | null {
  const run: HeaderLine[] = [];
  let reach = 5;
  for (const [i, line] of lines.entries()) {
    if (i >= Math.min(reach, MOST_HEADER_LINES)) break;
    const header = headerLine(line, true) ?? barePageMark(line, run, lines.slice(i + 1, i + 3)) ?? barePageName(line, run, lines.slice(i + 1, i + 3));
    if (!header) break;
    run.push(header);
    if (header.dates.length + header.weekdays.length + header.lunar.length === 0 && header.bare.length === 0 && header.others.every((k) => FURNITURE.has(k))) reach++;
  }
  // What follows the last line of a date, page mark or editor is the first article: a line of a
  // masthead's own parts alone (a romanised name, 某某主办) there is no header's.
  while (run.length && run.at(-1)!.others.length > 0 && run.at(-1)!.others.every((k) => MASTHEAD_ONLY.has(k)) && run.at(-1)!.dates.length === 0) run.pop();
  // Nor is a line that reads only as a paper's name after the date or page mark: the name heads a
  // header, and a first kicker may end as one does (暑期托管怎么报, under 第5版 综合新闻).
  // A daily's or an evening paper's whole name (某某日报, 某某晚报) is one, wherever it stands.
  while (run.length > 1 && isNameOnly(run.at(-1)!) && !DAILY_NAME.test(run.at(-1)!.line.text.trim()) && run.slice(0, -1).some((h) => h.dates.length > 0 || h.others.includes('page'))) run.pop();
  // As for a masthead, a date alone is not enough (the date line under a decree looks the same).
  const parts = run.reduce((n, h) => n + h.weekdays.length + h.lunar.length + h.others.length, 0);
  const dated = run.some((h) => h.dates.length > 0) && parts > 0;
  const anchored = dated || run.some((h) => h.others.includes('page') || h.others.includes('editor'));
  if (run.length === 0 || !anchored) return null;
  let page: number | null = null;
  let name: string | null = null;
  for (const h of run) {
    for (const text of h.pages) {
      const mark = pageMark(text);
      page ??= mark.page;
      name ??= mark.name;
    }
  }
  // Printed bare: 要闻 02, 3 要闻.
  const bare = run.flatMap((h) => h.bare);
  const bareNumbers = bare.filter((t) => /^[0-9０-９]+$/.test(t));
  if (page === null && bareNumbers.length === 1 && number(bareNumbers[0]) > 0) page = number(bareNumbers[0]);
  if (name === null) name = bare.find((t) => !/^[0-9０-９]+$/.test(t)) ?? null;
  return { lines: run.map((h) => h.line), page, name };
}
