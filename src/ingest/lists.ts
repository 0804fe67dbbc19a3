/**
 * Boxes of list lines with no body text (今日导读 / ◎ 某地：老厂房变身文创园 ▶3版 / ◎ …): a title,
 * then lines each opening with one list mark. Read line by line, every line of the list has no
 * stop and reads as one more line of a headline block, so the box becomes a headline block with
 * no body. The editor reads the title as the headline and the list lines as its text.
 *
 * What tells the list: two lines or more running, all title lines, each opening with the same
 * list mark (◎, ○, ●, ◇, ◆, ▶, ·), right under a title line. Measured: on the rmrb-2019 pages
 * lines so marked are subheads between paragraphs (●大数据平台提供… / text / ●…) or summary points
 * read as text; on the other papers' pages (sets a–e) only set e's 今日导读 has such a run.
 * A front page's 导读 marks its lines with ■ too (今日导读 / ■ 某公园花展延至五月中旬 第4版, set g);
 * ■ also marks a banner (■ 政务动态) and a report's summary points, so a ■ or □ line is a list
 * line only where it ends pointing to its page (第4版, ▶5版, A3版). A 导读 may mark its lines with
 * nothing but the pointer, in brackets (今日导读 / 某区：老旧小区改造惠及三千户（2版）, set i): two such
 * lines or more running are its list too, as are lines ending in an evening paper's bare page code (某某 A05, set v).
 */
import type { LineKind } from './blocks.ts';
import type { Line } from './lines.ts';
import { isNameRow } from './patterns.ts';
import { isCommonSurname } from './surnames.ts';

/** A list line's mark: what it opens with. */
const LIST_MARK = /^[◎○●◇◆▶►·■□]/;

/** Marks that also mark banners and summary points: a list so marked points each line to its page. */
const BANNER_MARK = /^[■□]/;

/** A pointer to the page an item is on, at the line's end: 第4版, ▶5版, A3版, 5-6版, and in words, 详见第二版 (set fs). */
const PAGE_POINTER = /(?:第|▶|►)?[ \u3000]*[A-Za-z]?(?:[0-9０-９]{1,2}(?:[-－—～~][0-9０-９]{1,2})?|(?<=第)[一二三四五六七八九十]{1,3})版$/;

/** The same pointer in brackets: （2版）, （第3版）, (A5版), and in words, （第二版） (set hr). */
const BRACKETED_POINTER = /[（(](?:第|见)?[ \u3000]*(?:[A-Za-z]?[0-9０-９]{1,2}(?:[-－—～~][0-9０-９]{1,2})?|(?<=第)[一二三四五六七八九十]{1,3})版[）)]$/;

/** A figure with what it measures: 35个, 72%, 7.6%, 50万元, 25.3公里, 22列, 6分钟 (a 数说 box's rows: set je). */
const FIGURE = /[0-9０-９](?:[.．][0-9０-９]+)?\s*(?:[%％‰]|[个家村项万亿元人次座所条台辆吨亩列趟名位处场件套]|公里|千米|公顷|平方米|分钟|小时)/;

/**
 * A list line with the mark `mark`: when the mark also marks banners, one the page points on
 * from (■某某站改造工程春运前完工（第4版）: set jf), or one giving a figure (■ 创建省级美丽乡村特色精品村35个: a 数说 box, set au).
 */
function listLine(text: string, mark: string): boolean {
  return text.startsWith(mark) && (!BANNER_MARK.test(mark) || PAGE_POINTER.test(text) || BRACKETED_POINTER.test(text) || FIGURE.test(text));
}

/** An evening paper's page code alone after a space, no 版: 某某专列下月发车 A05 (set v). */
const PAGE_CODE = /[ \u3000]+[A-Za-z][0-9０-９]{1,2}$/;

/** A line with no mark that ends pointing to its page: 某区：老旧小区改造惠及三千户（2版）, 某某专列下月发车 A05. */
function pointerLine(text: string): boolean {
  // Cheap test first: most lines end otherwise.
  const last = text.at(-1);
  if (last !== '版' && !((last === '）' || last === ')') && text.at(-2) === '版') && !/[0-9０-９]/.test(last ?? '')) return false;
  return !LIST_MARK.test(text) && (BRACKETED_POINTER.test(text) || PAGE_POINTER.test(text) || PAGE_CODE.test(text));
}

/** A line, marked or not, ending in a pointer to its page: ▶某某（3版）, 某某 2版, 某某 A05. */
function pointsToPage(text: string): boolean {
  return BRACKETED_POINTER.test(text) || PAGE_POINTER.test(text) || PAGE_CODE.test(text);
}

/** A 导读 box's label alone: its title over the list (导读 / ●某某 详见A3版: set am). */
const LIST_LABEL = /^(?:今日)?导读$/;

/** How many lines make a list. */
const FEWEST_ITEMS = 2;

/**
 * Marks the page's boxes of list lines, in place: each run of two title lines or more opening
 * with the same list mark, right under a title line, is the box's text (`verse`: a paragraph of
 * its own, never joined to the next). Takes the page's lines and their kinds so far; never throws.
 */
export function markLists(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    const mark = LIST_MARK.exec(lines[i].text)?.[0];
    const unmarked = mark === undefined && pointerLine(lines[i].text) && !pointerLine(lines[i - 1].text);
    // A line pointing to its page is the list's however it read alone (a comma in it, or unmarked under
    // a `#` title: 健康｜冬季咳嗽，别急着吃药 12版, set y).
    // So is a marked one (▶某区新增五所公办幼儿园（3版）: set z).
    // A ■ line giving a figure reads as a subhead alone (■ 去年农村居民人均可支配收入同比增长7.6%): of the list too.
    const readable = (k: number) =>
      kinds[k] === 'title' || ((kinds[k] === 'text' || kinds[k] === 'subhead') && pointsToPage(lines[k].text)) || (kinds[k] === 'subhead' && mark !== undefined && listLine(lines[k].text, mark));
    // The box's title is a title line, or its label alone (导读, 今日导读), which elsewhere opens a body.
    const titled = kinds[i - 1] === 'title' || (kinds[i - 1] === 'subhead' && LIST_LABEL.test(lines[i - 1].text.trim()));
    if ((mark === undefined && !unmarked) || !titled || LIST_MARK.test(lines[i - 1].text) || !readable(i)) continue;
    const isItem = (text: string) => (mark === undefined ? pointerLine(text) : listLine(text, mark));
    const listed = (k: number) => readable(k) && isItem(lines[k].text);
    let end = i;
    while (end < lines.length && listed(end)) end++;
    if (end - i < FEWEST_ITEMS) continue;
    kinds[i - 1] = 'title';
    for (let k = i; k < end; k++) kinds[k] = 'verse';
    i = end - 1;
  }
}

/** A row's number: 1. to 99., half- or full-width, with a point or a 、 after it, text following. */
const ROW_NUMBER = /^([0-9０-９]{1,2})[.．、](?![0-9０-９])\s*\S/;

/** The value of a row's number, or null when the line is not numbered so. */
function rowNumber(text: string): number | null {
  const digits = ROW_NUMBER.exec(text)?.[1];
  return digits === undefined ? null : Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** How many numbered rows in a row make a list: two may be a numbered section's title and its first line. */
const FEWEST_ROWS = 3;

/**
 * Marks numbered rows (1.于海涛  某社区志愿服务队队长 / 2.王秀兰  某某 / 3.……), in place: three title
 * lines or more right one after another, numbered in turn, are a list's rows (a 公示's names, a
 * 名单), each a paragraph of its own (`verse`); read alone each has no stop and reads as a headline
 * (set ap of other papers' pages). Headlines and numbered subheads have text between them. A
 * numbered title line right after two rows numbered just before it, read as text or rows, is one
 * more row. Takes the page's lines and their kinds so far; never throws.
 */
export function markNumberedRows(lines: Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; i++) {
    const first = rowNumber(lines[i].text);
    if (first === null || kinds[i] !== 'title' || lines[i].headingMarks > 0) continue;
    let end = i + 1;
    while (end < lines.length && kinds[end] === 'title' && lines[end].headingMarks === 0 && rowNumber(lines[end].text) === first + (end - i)) end++;
    if (end - i < FEWEST_ROWS) continue;
    for (let k = i; k < end; k++) kinds[k] = 'verse';
    i = end - 1;
  }
  // The next row of a list already read as text or rows (1.…　412辆 / 2.…　367辆 / 3.…　298辆 /
  // 5.某车型 1.3L　231辆), numbered in turn after two of them: a row like them, never a headline,
  // whatever it lacks of a sentence (set ca's data box, its last row over the source line).
  for (let i = 2; i < lines.length; i++) {
    const n = rowNumber(lines[i].text);
    if (n === null || n < 3 || kinds[i] !== 'title' || lines[i].headingMarks > 0) continue;
    const before = [kinds[i - 1], kinds[i - 2]];
    if (before.some((k) => k !== 'text' && k !== 'verse')) continue;
    if (rowNumber(lines[i - 1].text) === n - 1 && rowNumber(lines[i - 2].text) === n - 2) kinds[i] = kinds[i - 1];
  }
}

/** One to three names of a list, set apart by full-width spaces (谭某实, 于某潮　甘　霖), each opening with a common surname. */
const SHORT_NAME_ROW = /^(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])(?:[（(]女[）)])?(?:\u3000+(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])(?:[（(]女[）)])?){0,2}$/;

function isShortNameRow(text: string): boolean {
  return SHORT_NAME_ROW.test(text) && (text.match(/[\u4e00-\u9fff]\u3000[\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,3}/g) ?? []).every((name) => isCommonSurname(name[0]));
}

/** A post alone, as a name list labels its next names: 秘书长, 副秘书长, 常务主席, 委员：. */
const POST_LABEL = /^[\u4e00-\u9fff]{0,6}(?:秘书长|主任|主席|委员|书记|成员|组长)[：:]?$/;

/**
 * Marks the end of a name list, in place: after rows of four names or more (a 主席团名单's), a shorter
 * last row (谭某实), a post alone (秘书长) over the names it labels and those names are rows of the list
 * (`verse`: each a paragraph of its own), not headlines each heading an entry. A short row is the
 * list's where a post, a row or the next headline block (or the page's end) follows it, not a body:
 * a headline has text under it. In the truths of rmrb-2019 and the other papers' sets, lines of one to
 * three names (each opening with a common surname) are 25 headlines, 20 columns and 12 kickers, none
 * right after a row of names; the one line so placed is the list's last row (set dd), and the one post
 * alone over names is the list's too. Takes the page's lines and their kinds so far; never throws.
 */
export function markNameListEnds(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (!isNameRow(lines[i - 1].text) || lines[i - 1].headingMarks > 0 || isNameRow(lines[i].text)) continue;
    const names = (k: number) => k < lines.length && lines[k].headingMarks === 0 && (isNameRow(lines[k].text) || isShortNameRow(lines[k].text));
    const post = (k: number) => k < lines.length && lines[k].headingMarks === 0 && POST_LABEL.test(lines[k].text) && names(k + 1);
    const ends = (k: number) => k >= lines.length || kinds[k] === 'title' || post(k) || names(k);
    let k = i;
    while (k < lines.length) {
      if (post(k)) k++;
      else if (names(k) && (isNameRow(lines[k].text) || ends(k + 1))) k++;
      else break;
      kinds[k - 1] = 'verse';
    }
    i = k;
  }
}

/** A name and the post or unit after it, set apart by full-width space: 某海鹏　某区南关街道党工委书记, 某秀英（女）　某市人民医院护士长. */
const NAME_WITH_POST = new RegExp(`^(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])(?:[（(]女[）)])?\u3000+[^\s。！？，；]{2,40}$`);

function isNameWithPost(line: Line): boolean {
  return line.headingMarks === 0 && NAME_WITH_POST.test(line.text) && isCommonSurname(line.text[0]);
}

/**
 * Marks the rows of a list of people with their posts, in place: three lines or more running, each a
 * name opening with a common surname, full-width space, then the person's post (公示 of candidates or
 * honourees: 某海鹏　某区南关街道党工委书记 / 某晓东　某县应急管理局局长 / …) are the list's lines (`verse`:
 * a paragraph each), never headlines each heading an entry. In the truths of all sets and rmrb-2019
 * such runs of three or more are 24 lines, all paragraphs (sets bq, cc, fe); the shape alone, run or
 * not, is also a kicker or headline (走基层　看变化, 青溪县　春茶开采), never three running. Set fe's
 * blank-lines page had read each row as an entry of its own. Takes the page's lines and their kinds
 * so far; never throws.
 */
export function markNamedPostRows(lines: Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; ) {
    let k = i;
    while (k < lines.length && isNameWithPost(lines[k])) k++;
    if (k - i >= 3) for (let j = i; j < k; j++) kinds[j] = 'verse';
    i = Math.max(k, i + 1);
  }
}

/** A list's group and its count in brackets, numbered or not: 先进集体（5个）, 二、优秀教育工作者（6名）, 某区（42名）. */
const GROUP_COUNT = /^(?:[^，。（()）]|[（(][\u4e00-\u9fff]{1,4}[）)]){2,24}[（(]共?[0-9０-９一二三四五六七八九十百]+(?:个|名|人|家|项|位|篇|件|所|支|部|户|条|处)[）)]$/;

/** A row of three or more items set apart by full-width or double spaces, no stop: 某某班　某某所　某某中心. */
const SPACED_ROW = /^[^。！？；，\s]+(?:(?:\u3000|\s{2,})+[^。！？；，\s]+){2,}$/;

/**
 * Marks a list's groups, in place: a line naming a group and its count in brackets (先进集体（5个）, 一、优秀
 * 教师（12名）) is a line of the list (`verse`: a paragraph of its own), never a headline, and so is a row of
 * three or more units or names set apart by spaces right under it (变电运维一班　城东供电所　调度控制中心),
 * up to the next group. In the truths of all sets and rmrb-2019, all 32 lines of that shape are paragraphs
 * of a list (表彰决定, 名单) and none a headline, kicker or subheadline; set da's blank-lines page had read
 * each group and its row of units as an entry of its own. Takes the page's lines and their kinds so far;
 * never throws.
 */
export function markListGroups(lines: Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].headingMarks > 0 || !['title', 'subhead', 'text'].includes(kinds[i]) || !GROUP_COUNT.test(lines[i].text)) continue;
    kinds[i] = 'verse';
    for (let k = i + 1; k < lines.length && kinds[k] === 'title' && lines[k].headingMarks === 0 && SPACED_ROW.test(lines[k].text) && !GROUP_COUNT.test(lines[k].text); k++) kinds[k] = 'verse';
  }
}

/** A line that announces a list: text ending in a colon (……拟推选以下10户家庭为……，现予以公示：, 名单如下：). */
const LIST_LEAD = /[：:]$/;

/**
 * A list's row ending in a note in brackets, no stop inside but the note's commas: 某某某家庭（某镇某村）, 某某某（县人民医院）,
 * 某县人民医院（创建工作严重滑坡，群众满意度测评排名末位）.
 */
const BRACKETED_ROW = /^[^。！？；，,\s（(][^。！？；，,]{0,24}[（(][^（()）。！？]{2,30}[）)]$/;

/** A numbered row with no stop: 一、入党申请人的确定, 2. 预备党员的接收. */
const NUMBERED_ROW = /^(?:[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,2}[.．、])[^。！？；]{2,30}$/;

/**
 * Where the run of numbered title lines that starts at line `from` ends (the index after it), each line right under
 * the one before with no text between: the stages of a 链接 box (……分为以下五个阶段： / 一、…… / 二、…… / …: set js),
 * not subheads, which each head text of their own.
 */
function numberedRowsEnd(lines: Line[], kinds: LineKind[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k].headingMarks === 0 && ['title', 'subhead'].includes(kinds[k]) && NUMBERED_ROW.test(lines[k].text)) k++;
  return k;
}

/** A row of two entries or more, each ending in a note in brackets, set apart by spaces: 某　某家庭（某区某街道）　某某某家庭（某县某镇）. */
const BRACKETED_ENTRIES_ROW = /^[^。！？；，,\s（(][^。！？；，,（()）]{0,16}[（(][^（()）。！？]{2,20}[）)](?:[ \u3000]+[^。！？；，,\s（(][^。！？；，,（()）]{0,16}[（(][^（()）。！？]{2,20}[）)])+$/;

/** The fewest rows of bracketed entries read as a list with no lead above them. */
const FEWEST_ENTRIES_ROWS = 2;

/** The fewest bracketed rows read as a list under its lead. */
const FEWEST_BRACKETED_ROWS = 3;

/**
 * Marks the rows of a list announced by the text above it, in place: under a line of text ending in a colon
 * (……现予以公示：), three title lines or more running, each ending in a note in brackets (某某某家庭（某镇某村）,
 * 某某某（县人民医院）), or each opening with its number (一、……, 二、……) one under another, are the list's lines (`verse`:
 * a paragraph each), never headlines each heading an entry.
 * In the truths of all sets and rmrb-2019 no piece ends with a line ending in a colon, and a list that ends its
 * piece is followed by a headline in another shape (停水公告, 拟推选名单公示): the run stops at the first line not
 * so shaped. Set iv's blank-lines 公示 had read each of its ten families as an entry of its own. Takes the page's
 * lines and their kinds so far; never throws.
 */
export function markBracketedRowsAfterLead(lines: Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'text' || !LIST_LEAD.test(lines[i].text)) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].headingMarks === 0 && ['title', 'subhead', 'text'].includes(kinds[k]) && BRACKETED_ROW.test(lines[k].text)) k++;
    if (k - i - 1 < FEWEST_BRACKETED_ROWS) k = numberedRowsEnd(lines, kinds, i + 1);
    if (k - i - 1 < FEWEST_BRACKETED_ROWS) continue;
    for (let j = i + 1; j < k; j++) kinds[j] = 'verse';
    i = k - 1;
  }
  // Rows of two entries or more each (某　某家庭（某区某街道）　某某某家庭（某县某镇）　…), two rows or more running, are a
  // list wherever they stand, their lead ending in a stop (……现予以公示。公示期为……): set jd's blank-lines 公示. In the truths
  // of all sets and rmrb-2019 no headline, kicker or subheadline holds two entries so shaped.
  for (let i = 0; i < lines.length; i++) {
    let k = i;
    while (k < lines.length && lines[k].headingMarks === 0 && ['title', 'subhead', 'text', 'verse'].includes(kinds[k]) && BRACKETED_ENTRIES_ROW.test(lines[k].text)) k++;
    if (k - i >= FEWEST_ENTRIES_ROWS) for (let j = i; j < k; j++) kinds[j] = 'verse';
    i = Math.max(i, k - 1);
  }
}

/**
 * A person's row of a name list: the name (a two-character one spaced to the width of three), a note in brackets, then
 * the sex and who the person is: 柴志刚（追授）　男，某区某街道居民, 管　伟　男，某职业技术学院学生.
 */
const PERSON_ROW = /^(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])(?:[（(][\u4e00-\u9fff]{1,4}[）)])?[ \u3000]+[男女][，,][^。！？；\s]{2,40}$/;

/**
 * Marks the rows of a name list, in place: two person rows or more running (PERSON_ROW: 柴志刚（追授）　男，某区某街道居民)
 * are the list's lines (`verse`: a paragraph each), never headlines each heading an entry of its own. In the truths of
 * all sets and rmrb-2019 no headline, kicker or subheadline reads as a person row; set jd's blank-lines 表彰决定 had
 * read each of its list's twelve rows as an entry of its own. (Whether the list's own title, after the document's
 * date, heads a piece of its own the truths disagree: set ac's does, set jd's does not.)
 */
export function markPersonRows(lines: Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; i++) {
    let k = i;
    while (k < lines.length && lines[k].headingMarks === 0 && ['title', 'subhead', 'text', 'verse'].includes(kinds[k]) && PERSON_ROW.test(lines[k].text)) k++;
    if (k - i >= 2) for (let j = i; j < k; j++) kinds[j] = 'verse';
    i = Math.max(i, k - 1);
  }
}

/** A bus or train route's row: its number, then its fields after a space (23路　某某首末站　迁至……, K6路　……, 夜班2路　……). */
const ROUTE_ROW = /^(?:[A-Za-z]{1,2}|夜班|快线|专线|旅游|机场)?[0-9０-９]{1,3}(?:路|号线)[ \u3000]+\S/;

/** A route table's header row: the route's column, then the others' names (线路　调整内容, 线路　调整前　调整后). */
const ROUTE_HEADER = /^(?:线路|公交线路|线路名称)(?:[ \u3000]+[^\s，。；：:]{2,8}){1,4}$/;

/**
 * Marks the rows of a table of routes, in place: three lines or more running, each a route's number then its fields
 * (23路　某某首末站　首末站迁至某某公交枢纽), with the header row right over them (线路　调整内容), are the table's lines
 * (`verse`: a paragraph each), however short a row with no comma reads by itself. In the truths of all sets and rmrb-2019
 * no headline, kicker or subheadline opens with a route's number so; set je's blank-lines pages had read a header and a
 * row each as the headline of an entry of its own.
 */
export function markRouteRows(lines: Line[], kinds: LineKind[]): void {
  const row = (k: number) => k < lines.length && lines[k].headingMarks === 0 && ['title', 'subhead', 'text', 'verse'].includes(kinds[k]) && ROUTE_ROW.test(lines[k].text);
  for (let i = 0; i < lines.length; i++) {
    let k = i;
    while (row(k)) k++;
    if (k - i >= 3) {
      for (let j = i; j < k; j++) kinds[j] = 'verse';
      if (i > 0 && lines[i - 1].headingMarks === 0 && ROUTE_HEADER.test(lines[i - 1].text)) kinds[i - 1] = 'verse';
    }
    i = Math.max(i, k - 1);
  }
}

/**
 * Marks a box's items that read by themselves as title lines, in place: a ■ or □ line giving a figure (■全市选派驻村
 * 工作队612支、第一书记1200名) next to an item of the same mark read as text is an item too (`verse`): not the headline
 * of a piece over the box's source line when it is the last (set jl's 数说 box, whose last row has no stop), nor a
 * second line of the box's title when it is the first. A banner before or after a box (■ 政务动态) gives no figure.
 */
export function markBoxItems(lines: Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; i++) {
    const mark = LIST_MARK.exec(lines[i].text)?.[0];
    if (mark === undefined || !BANNER_MARK.test(mark) || kinds[i] !== 'title' || lines[i].headingMarks > 0 || !FIGURE.test(lines[i].text)) continue;
    // Set as the items are: a flush line over indented ■ items is the box's title (■前10个月鲹门港“成绩单”: set ni).
    const item = (k: number) => k >= 0 && k < lines.length && (kinds[k] === 'text' || kinds[k] === 'verse') && lines[k].text.startsWith(mark) && lines[k].indented === lines[i].indented;
    if (item(i - 1) || item(i + 1)) kinds[i] = 'verse';
  }
}
