/**
 * Tables and data boxes (数据速览, 行情表) as 经济 and 体育 pages print them: a title line, perhaps a
 * header row, then rows of a label and figures, perhaps a source line under them (数据来源：…,
 * （以上数据仅供参考…）). Read line by line, each row would head an entry of its own (a row has no
 * stop, so it reads as a headline). The table is one piece: its name heads it and every other
 * line is a paragraph of its own, kept as printed.
 *
 * What tells a row: a label, then one figure or more, each set apart by a space (螺纹钢 3126
 * +0.42%, 某指标（亿元） 2846.3 6.8, a dash for a figure not given: 某指标 — 3.2); or, in a
 * schedule, three fields or more of two characters or more, as many in each row (6月25日 某市
 * 某体育馆). Two rows make a table. Measured: on the rmrb-2019 pages no two lines running have
 * either shape; on the other papers' pages (sets a–e) the figure rows are set e's two price and
 * data tables, the schedule rows set e's 咨询会日程, a weather box (c, d), a 停电 notice's list
 * and a match schedule (d), which all read as before but for their rows standing apart; set w adds
 * rows whose figures are said as changes (某指标 同比增长7.2%), set z figures with their units (小麦
 * 1.36元/斤, 羊肉 76元/公斤; never a page's number, 11版) and standings whose rows open with the rank
 * (1 某某队 7 1 1 22).
 */
import type { Block, LineKind } from './blocks.ts';
import type { Line } from './lines.ts';
import { endsSignedByReporter, isByline, markedBanner, parseDateline } from './patterns.ts';
import { COMPOUND_SURNAMES, isCommonSurname } from './surnames.ts';

/** A time taken as a result: 2小时11分48秒, 4分05秒, 10秒28 (a results list's, set kx), 3分42秒15 (hundredths after 秒: set qp). */
const DURATION = '[0-9０-９]{1,2}(?:小时|时)[0-9０-９]{1,2}分(?:[0-9０-９]{1,2}(?:[.．][0-9０-９]+)?秒)?|[0-9０-９]{1,2}分[0-9０-９]{1,2}(?:[.．][0-9０-９]+)?秒[0-9０-９]{0,2}|[0-9０-９]{1,2}(?:[.．][0-9０-９]+)?秒[0-9０-９]{0,2}';

/**
 * A figure in a table: a number (signed, with its unit sign %, ‰), perhaps said as a change
 * (同比增长7.2%, 环比下降0.3%: a data box of 主要经济指标, set w of other papers' pages), perhaps with
 * its unit (1.36元/斤, 3∶2) or with the measure a price is for before it (每斤0.96元, 每公斤1.45元: the price
 * lists of set cy; in the truths all 20 lines of a name and such a price are a list's rows, none a title line), a price
 * from one figure to another (每斤4.5元至6元: set kn; a time from one hour to another, 6:00—11:30: set su, a 交通管制 box), a change against last week with its arrow (↑0.03, ↓0.10: set lh),
 * or a dash for none. A figure may be said as about or a share (约4.6公顷, 约占成本48%, 近3万人: in the truths 12
 * such fields after a label are rows' figures, as a data box's, none a title line's: sets dn, dl, bx, ch, av).
 */
const FIGURE = new RegExp(
  `^(?:(?:约|近|超|逾)?(?:占[\u4e00-\u9fff]{0,4})?(?:同比|环比)?(?:增长|下降|上涨|下跌|回落|提高|减少|涨|跌)?(?:每(?:斤|公斤|千克|吨|只|个|头|袋|瓶|盒|箱))?[-+−±↑↓]?[0-9０-９][0-9０-９.,:：∶/]*(?:[%％‰]|(?!版)[\u4e00-\u9fff]{1,4}(?:\/[\u4e00-\u9fff]{1,3})?)?(?:(?:至|[—–～~－-])[0-9０-９][0-9０-９.:：]*[\u4e00-\u9fff]{0,2})?|[—–-]{1,2}|${DURATION})$`);

/**
 * What an air-quality box prints beside the figures: the index's Latin name (AQI, PM2.5) and the
 * grade the figure falls in (优, 良, 轻度污染): 某城区　AQI 46　优 (set ck's 空气质量 box).
 */
const INDEX_NAME = /^[A-Za-z][A-Za-z0-9.]{1,5}$/;
const AIR_GRADE = /^(?:优|良|(?:轻度|中度|重度|严重)污染)$/;

/** An amount of a currency naming an exchange rate's row: 100美元, 100日元, 100英镑 (set cn's 汇率中间价 box). */
const CURRENCY_AMOUNT = /^[0-9０-９]{1,6}[\u4e00-\u9fff]{0,4}(?:元|镑|法郎|铢|卢布|比索|韩元)$/;

/** A fuel's grade: 92号汽油, 0号柴油, -10号柴油. */
const FUEL_GRADE = /^-?\d{1,3}号[\u4e00-\u9fff]{2,3}$/;

/** A stop or a comma: a line of a sentence, never a table's row, header or title. A comma between digits groups a figure's thousands (5,416,729): no sentence's. */
const SENTENCE = /[。！？；，!?;]|,(?![0-9]{3}(?![0-9]))|(?<![0-9]),/;

/** Fields set apart by spaces. */
const FIELDS = /[ \u3000\u00a0]+/;

/** The longest table title or box name read as such. */
const LONGEST_TITLE = 30;

/** How many rows make a table. */
const FEWEST_ROWS = 2;

/**
 * A source line or note under a table: 数据来源：…, 资料来源：…, 注：…, a note wholly in brackets (（以上数据仅供参考…）,
 * （各场均为9:00—16:00）), or who gave the figures above, with no stop (以上数据由某市供水水质监测站提供: set vr).
 */
const SOURCE_LINE = /^(?:(?:数据|资料)来源|来源|注)[：:]|^[（(][^（()）]*[）)]$|^以上(?:数据|资料|信息|价格|行情)由[^。！？，；]{2,30}提供$/;

/** The fewest fields of a schedule's row. */
const SCHEDULE_FIELDS = 3;

/** A day or a month: 3月17日, 17日, 2026年3月. */
const NAMES_DAY = /[0-9０-９一二三四五六七八九十]{1,2}[月日]/;

/**
 * A day in brackets with where or by whom the figures were taken after a space (（7月13日　某某农贸市场）,
 * （5月22日 市区部分金店挂牌价）). In the truths of all sets and rmrb-2019 all 14 such lines are paragraphs
 * (13 a price list's first, over its header or first row), none a headline, kicker or subheadline.
 */
const DAY_AND_SOURCE = /^[（(](?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[ \u3000]+[^（()）\s][^（()）]{1,20}[）)]$/;

/** A line wholly in brackets: （3月17日）. */
const BRACKETED = /^[（(][^（()）]*[）)]$/;
/**
 * A note on what a table's figures cover, a period and a unit in it (（截至3月20日　单位：人）, （2011年1—10月　单位：万元）):
 * set apart from the table's title by a blank line, it is the table's first line (sets sc, sg), where a day printed
 * right under the title is its subheadline (sets id, jc, qe).
 */
const COVERAGE_NOTE = /^[（(](?:截至|截止)|单位[：:]/;

function fields(text: string): string[] {
  return text.split(FIELDS).filter((f) => f !== '');
}

/**
 * A data box's label set off by a colon (成交均价：6380元/平方米, 乘用车零售：32150辆 同比+6.4%: set y of
 * other papers' pages): the label, then what follows it, as fields.
 */
const COLON_LABEL = /^([^：:\s]{1,12})[：:](?=\S)/;

/** A row's figure, then a part of it after ，其中: a label and a figure. */
const PART_AFTER = /^([^，。；！？]+)，其中[\u4e00-\u9fff]{1,12}([0-9０-９][^\s，。；！？]{0,10})$/;

/** A rank set before a name with a stop or a comma: 1.某某队, 2、某某队. */
const RANK_BEFORE_NAME = /^[0-9０-９]{1,3}[.．、](?=[\u4e00-\u9fff])/;

/** A place in a results list or an award list: 冠军, 第三名, 一等奖, 金奖. */
const PLACE = /^(?:冠军|亚军|季军|殿军|第[一二三四五六七八九十0-9０-９]{1,3}名|[一二三四五六七八九十特]等奖|[金银铜]奖|优秀奖)$/;

/**
 * A price list's row with its unit as a field of its own between the label and the price (大米　斤　2.90,
 * 红砖　千块　380元, 水泥（P.O 42.5）　吨　410元: a 品名　单位　价格 list; 吨钢综合能耗　千克标准煤　560　585,
 * 自发电率　%　46.0　40.8: an 指标　单位 table, set rq; 加氢站数量　座　9　80.0%, a count's unit, set uh): the label, then the figures. In the
 * truths of all sets and rmrb-2019, all 21 lines that read as a row once the unit is left out are
 * paragraphs of a price list (sets cy, dq and one more), none a headline, kicker or subheadline.
 */
const UNIT_ROW = /^(\S.{0,20}?)[ \u3000\u00a0]+(?:(?:[千百万亿])?(?:斤|公斤|千克|克|吨|个|只|头|袋|瓶|盒|箱|块|立方米|平方米|米|升|桶|件|套|台|张|包|条|把|份|扎|束|株|双|支|千瓦时|千瓦|兆瓦|元|座|辆|艘|架|家|户|人次|人|所|处|项|次|公里|千米|亩|公顷|小时)(?:标准煤|标煤)?|%|％)[ \u3000\u00a0]+(\S.*)$/;

/**
 * A table's row: a label, then figures only, one of them with a digit (某指标 — 3.2; 环比：+8.2%);
 * or a results list's row, a place then who took it (冠军 某某队, 一等奖 某某 某某: a 成绩 box, set z).
 */
export function isTableRow(text: string): boolean {
  const unit = UNIT_ROW.exec(text);
  if (unit && !SENTENCE.test(text) && isTableRow(`${unit[1].replace(/[ \u3000\u00a0]+/g, '')}　${unit[2]}`)) return true;
  // A row giving a part of its figure after ，其中 (企业数：1260家，其中规模以上企业87家): the row before the comma,
  // the part a label and a figure. In the truths the one such line is a data box's row (set dl).
  const part = PART_AFTER.exec(text);
  if (part && FIGURE.test(part[2]) && isTableRow(part[1])) return true;
  const colon = COLON_LABEL.exec(text);
  if (colon && isSpecRow(colon[1], text.slice(colon[0].length))) return true;
  const parts = colon ? [colon[1], ...fields(text.slice(colon[0].length))] : fields(text);
  // A two-character name spaced to the width of three is one label (广　州　5.98　6.42: set cn's 油价 table), its
  // rank before it too (2．孙 悦 1小时13分02秒: set bn's 成绩 box).
  if (/^(?:[0-9０-９]{1,3}[.．、])?[\u4e00-\u9fff]$/.test(parts[0] ?? '') && /^[\u4e00-\u9fff]$/.test(parts[1] ?? '')) parts.splice(0, 2, parts[0] + parts[1]);
  // A part of the row above, led by 其中： (其中：外贸货物吞吐量　8460万吨　增长9.6%: set bg): the row after the colon.
  if (colon && parts.length >= 3 && !FIGURE.test(parts[1])) return isTableRow(text.slice(colon[0].length));
  // A standings row opens with its rank: 1 某某队 7 1 1 22, or 1.某某队 9场 21分 (set bk), where the rank
  // and the name would read as one figure with its unit.
  if (parts.length >= 3 && /^[0-9０-９]{1,3}$/.test(parts[0]) && !FIGURE.test(parts[1])) parts.shift();
  else if (parts.length >= 2 && RANK_BEFORE_NAME.test(parts[0])) parts[0] = parts[0].replace(RANK_BEFORE_NAME, '');
  const [label, ...figures] = parts;
  if (PLACE.test(label) && figures.length > 0 && !SENTENCE.test(text)) return true;
  // A fuel's grade names its row (92号汽油 8.39元/升, 0号柴油 8.04元/升: set bd), and an amount of a currency an
  // exchange rate's (100美元　786.43: set cn), though each opens with a number.
  if (figures.length === 0 || SENTENCE.test(text) || (FIGURE.test(label) && !FUEL_GRADE.test(label) && !CURRENCY_AMOUNT.test(label))) return false;
  return figures.every((f) => FIGURE.test(f) || INDEX_NAME.test(f) || AIR_GRADE.test(f) || TREND.test(f)) && figures.some((f) => FIGURE.test(f) && /[0-9０-９]/.test(f));
}

/** A figure's breakdown in brackets at a value's end, holding a figure of its own: （其中临客14列）, （同比增加1.8万人）. */
const BRACKETED_BREAKDOWN = /(?<=[0-9０-９][^（()）]{0,4})[（(][^（()）]*[0-9０-９][^（()）]*[）)]$/;

/** A price's trend beside it, an arrow or a word: ↑, ↓, 持平 (西红柿　每公斤2.40元　↓: set jh's 菜篮子 box). */
const TREND = /^(?:[↑↓↗↘]|持平)$/;

/** A spec's label: two to six characters naming a property (续航, 屏幕, 镜头), never a turn of a talk (问, 记者). */
const SPEC_LABEL = /^(?!(?:问|答|记者|主持人|嘉宾)$)[\u4e00-\u9fff]{2,6}$/;

/**
 * A product's spec as a box prints it, a label and its value after a colon: 镜头：28—84毫米（3倍光学变焦）,
 * 续航：520公里, 芯片：曜石X1 (set cr's 主要参数 boxes). The value is short, mostly figures and units (eight
 * Han characters at most), holds a figure or a Latin letter (a model, a unit), and no sentence's punctuation.
 */
function isSpecRow(label: string, value: string): boolean {
  // Mostly figures and units: a 导读 row's headline (某区：老旧小区改造惠及三千户（2版）) is words. A breakdown of
  // the figure in brackets after it (38.4万张（其中电话订票9.2万张）, 21.6万人（同比增加1.8万人）: set iw) is more
  // of the figure, not counted.
  const words = value.replace(BRACKETED_BREAKDOWN, '').match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return SPEC_LABEL.test(label) && value.length <= 30 && words <= 8 && /[0-9０-９A-Za-z]/.test(value) && !SENTENCE.test(value) && !/[：:]/.test(value) && !/[（(][0-9０-９A-H]{1,3}版[）)]$/.test(value);
}

/**
 * A schedule's row: three fields or more, each of two characters or more but a row's number, no stop (6月25日 某市
 * 某体育馆; a name spaced to a width, 某  某, is one field of one character each, so no byline is
 * one), not a row of figures (whose header row has that shape too). Gives its number of fields, or 0.
 */
function scheduleWidth(text: string): number {
  const parts = fields(text);
  // A row's number in the table's 序号 column (1　某路易涝点改造　新建雨水管道1.8公里　2600: set uz) is a field of its own.
  const wide = (f: string, k: number) => f.length >= 2 || (k === 0 && ROW_NUMBER.test(f));
  return parts.length >= SCHEDULE_FIELDS && !SENTENCE.test(text) && !isTableRow(text) && parts.every(wide) ? parts.length : 0;
}

/** A row's number standing alone as its first field: 1, 12, ３. */
const ROW_NUMBER = /^[0-9０-９]{1,3}$/;

/**
 * Where the rows of a table starting at `i` end: rows of a label and figures, or schedule rows
 * of one width; `i` itself when fewer than two rows stand there.
 */
function rowsFrom(texts: string[], i: number): number {
  let end = i;
  while (end < texts.length && isTableRow(texts[end])) end++;
  if (end - i >= FEWEST_ROWS) return end;
  const width = scheduleWidth(texts[i] ?? '');
  if (width === 0) return i;
  end = i;
  while (end < texts.length && (scheduleWidth(texts[end]) === width || (end > i && goesOnSchedule(texts, end, width)))) end++;
  return end - i >= FEWEST_ROWS ? end : i;
}

/** A name spaced to a width inside a row (周五上午　脾胃科　任　澄主任医师): one field. */
function spacedRowWidth(text: string): number {
  const parts = fields(text);
  const joined: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    if (/^[\u4e00-\u9fff]$/.test(parts[k]) && /^[\u4e00-\u9fff]/.test(parts[k + 1] ?? '')) joined.push(parts[k] + parts[++k]);
    else joined.push(parts[k]);
  }
  return joined.length >= SCHEDULE_FIELDS && !SENTENCE.test(text) && !isTableRow(text) && joined.every((f) => f.length >= 2) ? joined.length : 0;
}

/** A group's line in a list: one field, short, no stop (某某医院, 5月25日（周日）, ■某队—某队). */
function isGroupLine(text: string): boolean {
  return fields(text).length === 1 && text.length <= 15 && !SENTENCE.test(text);
}

/**
 * A line under a schedule's row of `width` fields that goes on the schedule: a row whose name is spaced to a
 * width (周五上午　脾胃科　任　澄主任医师), or a group's line over the next such row (某某医院 / 周二全天　针灸科
 * 某某主任医师: a 专家门诊 list's second hospital; 5月25日（周日） / 15:00　某队—某队　某体育中心), not after a
 * line in brackets (a credit: （某某 供稿） / 本周某某信息 / 店名 地址 优惠内容). In the truths of all sets and
 * rmrb-2019, under a row not in brackets all 27 rows that have that width once the spaced names are joined
 * are paragraphs, and all 12 such group lines over a row of the same width (list groups, days, venues);
 * none is a headline, kicker or subheadline. Read alone, the second group and its rows headed entries of their own.
 */
function goesOnSchedule(texts: string[], i: number, width: number): boolean {
  if (BRACKETED.test(texts[i - 1] ?? '')) return false;
  if (spacedRowWidth(texts[i]) === width) return true;
  const next = texts[i + 1] ?? '';
  return isGroupLine(texts[i]) && (scheduleWidth(next) === width || spacedRowWidth(next) === width);
}

/**
 * A header row over the rows: as many fields as they have, two or more, no stop (品种 收盘价（元/吨）
 * 涨跌幅). Over rows of one field (市民服务热线：12345) a line of one field is the box's title (便民电话: set bd).
 */
function isHeaderRow(text: string, width: number): boolean {
  return width >= 2 && !SENTENCE.test(text) && fields(text).length === width && !isTableRow(text);
}

/**
 * A group's label inside a table: a title line (short, one field, no stop) that is no row and has no colon,
 * unmarked, between two rows of one shape (rowShape), with two rows or more under it (跌幅前五名 between a 涨幅 and a
 * 跌幅 group's rows; a cinema between two cinemas' showings; a price row the extraction left unspaced, 猪肉（白条）20.64). Read alone it
 * heads a piece of its own and takes the rows under it. In the truths of all sets and rmrb-2019, all 3 such lines
 * between two rows of one shape, over two rows or more, are paragraphs of their table (set dr's had headed an entry),
 * and no headline stands between the last row of the piece above and its first row of the same shape (便民电话,
 * 演出信息 stand between rows of other shapes: 0号柴油 8.04元/升 / 市民服务热线：12345; 订票电话：5562188 / 12月25日19:30　某剧院　…).
 */
function isGroupLabel(line: Line): boolean {
  return isTitleLine(line) && line.headingMarks === 0 && !/[：:]/.test(line.text) && !isTableRow(line.text) && markedBanner(line.text) === null;
}

/** Two titles of one wording but for a character or two in the same places (男子全程前六名, 女子全程前六名). */
function wordedAlike(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  let differing = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differing++;
  return differing > 0 && differing <= 2;
}

/** A row's shape: its number of fields, and whether a label opens it set off by a colon (订票电话：…; not a time, 19:30). */
function rowShape(text: string): string {
  return `${/^[^：:\s]*[^\s0-9０-９：:][：:](?=\S)/.test(text) ? ':' : ''}${fields(text).length}`;
}

/** A title line: short, one field, no stop. */
function isTitleLine(line: Line | undefined): boolean {
  return line !== undefined && line.text.length <= LONGEST_TITLE && fields(line.text).length === 1 && !SENTENCE.test(line.text);
}

/**
 * A title line standing over a table's title names the box (数据速览 / 某市主要经济指标): it heads
 * the piece, unless a mark makes it a column (■今日天气 / 晴转多云) or the table's title is
 * marked as the headline (赛事预告 / # 本周末某联赛第六轮).
 */
function namesBox(line: Line, kind: LineKind): boolean {
  // A row led by its label (最佳鼓手奖：某某队), the last of the box above, names no box.
  return kind === 'title' && isTitleLine(line) && line.headingMarks === 0 && markedBanner(line.text) === null && !DAY_ALONE.test(line.text) && !/[：:]./.test(line.text);
}

/**
 * A day alone on its line (9月19日, 2022年9月19日, 9月4日（星期二）): the day a box's figures are for, printed
 * over its name (9月19日 / 市场数据 / 上证指数 3115.60点 跌0.35%: set am), never the box's name. In the truths
 * of the other papers' sets and rmrb-2019, 3 such lines are kickers, each over a box's name over its rows, none
 * a headline, subheadline or column, and 153 are paragraphs (a schedule's days, a results box's day under its name).
 */
const DAY_ALONE = /^(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?$/;

/**
 * Marks the page's tables, in place: each run of two rows or more (of figures, or of a schedule), with the header row over it,
 * its title line over that and the source line under it. The title heads the piece as read
 * (a title line stays one, a line of the body stays the body's); where a name stands over the
 * title (namesBox), the name heads it and the title is the first of its lines. Every other line of the table is a paragraph of its own
 * (`verse`: the blocks stage never joins it to the next). Takes the page's lines and their kinds
 * so far; never throws.
 */
export function markTables(lines: Line[], kinds: LineKind[]): void {
  const texts = lines.map((l) => l.text);
  markFiguresOverLabels(lines, kinds);
  markNameLists(lines, kinds);
  for (let i = 0; i < lines.length; i++) {
    let end = rowsFrom(texts, i);
    if (end === i) continue;
    // Two lines of parts set apart right under a title line and right over a dispatch's dateline are that
    // headline block's own (调整结构　增加收入　推动…… / 市长某某作工作部署　某某　某某出席 / 本报讯……): a
    // report opens there, under its headline, never under a table's last row (set fl).
    // So are a headline's line of parts and the byline under it, over the report (跟着慢火车去赶集 / 一趟车　一条街　一份生计 /
    // 本报记者　某　某　文／图: set zc): a byline is no table's row.
    const overReport = end < lines.length && parseDateline(lines[end].text) !== null;
    const overByline = isByline(lines[end - 1].text) && end - 1 > i;
    if (end - i <= FEWEST_ROWS && i > 0 && kinds[i - 1] === 'title' && (overReport || overByline)) {
      i = end - 1;
      continue;
    }
    // A group's label between rows of one shape (涨幅前五名 / rows / 跌幅前五名 / rows) is a line of the table, also
    // where the row right over it is of another shape than those under it, as long as the table's first row is of
    // theirs (上证综指　1658.32点　涨11.57点 / 两市成交金额　356.4亿元 / 本地上市公司 / 某某化工　6.85元　涨2.39%: set ix).
    // Not a label worded as the headline right over the table's first row (男子全程前六名 / rows / 女子全程前六名 / rows,
    // after a report): that is a box of its own beside it (set kx).
    const headline = i > 0 && kinds[i - 1] === 'title' && (i < 2 || kinds[i - 2] !== 'title') ? lines[i - 1].text : null;
    while (end + 1 < lines.length && isGroupLabel(lines[end]) && !(headline !== null && wordedAlike(headline, lines[end].text)) && [texts[end - 1], texts[i]].some((row) => rowShape(row) === rowShape(texts[end + 1]))) {
      const more = rowsFrom(texts, end + 1);
      if (more === end + 1) break;
      end = more;
    }
    const width = fields(lines[i].text).length;
    // The first group's label printed right over the first row, under the box's title (龙舟赛成绩 / 男子组 / rows /
    // 女子组 / rows), is a line of the table as the labels between its rows are: worded as one of them, it is no
    // headline-block line (set qp's 成绩 box, where it had made the box's title a kicker).
    const firstLabel = i > 1 && kinds[i - 1] === 'title' && kinds[i - 2] === 'title' && isGroupLabel(lines[i - 1]) && lines.slice(i, end).some((l) => wordedAlike(l.text, lines[i - 1].text));
    let start = firstLabel ? i - 1 : i;
    // Rows of a label and its value after a colon (屏幕：5.5英寸　1080P) have no header row: the line over
    // them is the box's title (某某R5 Pro参数: set cr), as is a line marked as a headline.
    const colonRows = COLON_LABEL.test(lines[i].text);
    // Not a title right after a piece's end (……灯。（晚报记者　某　某） / 供暖季来了　这些电话请记好 / 某某热线　8216000):
    // a table under it has no text of the piece above to belong to, so the line is its headline (set rq).
    const afterEnd = start > 1 && (kinds[start - 2] === 'closing' || endsSignedByReporter(lines[start - 2].text));
    if (start > 0 && !colonRows && lines[start - 1].headingMarks === 0 && isHeaderRow(lines[start - 1].text, width) && !(afterEnd && kinds[start - 1] === 'title')) start--;
    if (end < lines.length && SOURCE_LINE.test(lines[end].text)) end++;
    // A note in brackets between the box's name and its rows (积分榜 / （前六名） / 1.某某队 9场 21分;
    // 积分榜 / （截至第七轮） / 名次 球队 胜 负 积分: set bk) says what the rows cover: the box's first line,
    // neither a closing line ending the piece above nor a headline of its own. A day there is the
    // box's subheadline (below).
    const note = lines[start - 1];
    // So is a day with where the prices were taken ((7月13日　某某农贸市场)).
    if (start > 1 && (kinds[start - 1] === 'closing' || kinds[start - 1] === 'title') && note.headingMarks === 0 && BRACKETED.test(note.text) && (!NAMES_DAY.test(note.text) || DAY_AND_SOURCE.test(note.text) || (note.afterBlank && COVERAGE_NOTE.test(note.text))) && kinds[start - 2] === 'title') start--;
    for (let k = start; k < end; k++) kinds[k] = 'verse';
    const title = start - 1;
    // A day in brackets there (（3月17日）) is the box's subheadline, not the table's title (set ar).
    // Over rows each marked as an item (文化日历 / 本周末文化活动 / ■某某音乐会　时间：……　地点：……), the title is the
    // box's headline, its name the kicker: in the truths of all sets and rmrb-2019, of the 20 pieces whose first two
    // paragraphs open with ■ or ● under a name of up to six characters and a title, 19 print the name as the kicker
    // and the title as the headline (延伸阅读, 温馨提示, 以案释法, 数读), 1 the title as the first paragraph under the
    // name as headline (链接 / 某市加装电梯补助标准 / ■……, set ai).
    // The title is a line of the box, under its name as the headline, only where a blank line sets it apart from the
    // name (数据 / blank / 某县产业主要指标（2016年）, 本周专家门诊 / blank / 某某医院): a headline block's lines stand
    // together. Printed right under the name, the title is the headline and the name its kicker (市场行情 / 本周废钢
    // 及主要钢材价格, 行情速递 / ……零售价格, 菜篮子 / 本周菜价): over all sets this reads 16 headline blocks more, on
    // pages of every layout, and none less (sets qj, qn, cd, hi and others).
    if (title > 0 && kinds[title] === 'title' && lines[title].afterBlank && isTitleLine(lines[title]) && !BRACKETED.test(lines[title].text) && namesBox(lines[title - 1], kinds[title - 1]) && lines[title].headingMarks === 0 && !headsFigures(lines[title - 1].text, lines[title].text) && !ITEM_MARK.test(lines[i].text)) {
      kinds[title] = 'verse';
    }
    i = end - 1;
  }
  markShapedRows(lines, kinds);
}

/** A header row names the columns in words: no figure, no book's or work's title (not a list's row, 1.《某某》　某某　著). */
const COLUMN_NAMES = /^[^0-9０-９《》]+$/;

/**
 * A header row of two columns: two names of two to four characters, a unit in brackets aside (年级　建议家务, 路段　管制时间,
 * 项目　检出率（%）), unmarked. In the truths of all sets and rmrb-2019, 10 lines so shaped stand over rows of two fields
 * printed as paragraphs, each its table's first line; the one headline-block line over such rows has halves of five
 * characters (set vv's 家务劳动清单 had headed a piece of its own).
 */
function twoColumnNames(text: string, width: number): boolean {
  return width === 2 && !/^[■□●◆▲★]/.test(text) && fields(text.replace(/[（(][^（()）]*[）)]/g, '')).every((name) => name.length >= 2 && name.length <= 4);
}

/** The fewest fields of a row that a table of words shares with its header row: three (检测项目　标准限值　检测结果). */
const SHAPED_FIELDS = 3;

/**
 * A table of words, read by its shape alone: a line of three fields or more set apart by space, no stop, no figure, over two
 * lines or more of as many fields (监测点位　水质类别　主要超标项目 / 北岸退养区　二类　无 / 湾口　一类　无: rows whose
 * cells are words, not figures, so no row reads as a table's). The header row, read alone as two halves set apart,
 * would head a piece and cut the table from its title. In the truths of all sets and rmrb-2019 (pages not
 * hard-wrapped), none of the 409 such lines is a headline-block line (sets mc, vq, vr read so now). Marks the header and its rows
 * as lines of their own (`verse`), in place.
 */
function markShapedRows(lines: Line[], kinds: LineKind[]): void {
  const width = (line: Line | undefined) => (line === undefined || line.headingMarks > 0 || SENTENCE.test(line.text) || line.text.length > 40 ? 0 : fields(line.text).length);
  for (let i = 0; i < lines.length; i++) {
    const w = width(lines[i]);
    // The header row may be read as text already (品种　最高价　最低价　较上周: isHeaderRow); its rows under it are still the table's.
    if ((w < SHAPED_FIELDS && !twoColumnNames(lines[i].text, w)) || (kinds[i] !== 'title' && kinds[i] !== 'subhead' && kinds[i] !== 'text') || !COLUMN_NAMES.test(lines[i].text)) continue;
    let end = i + 1;
    // Rows of two fields are printed as paragraphs are (apart, or indented), never together as a headline block's
    // halves are (新春走基层 一起过大年 / 脱贫脱单 双喜临门).
    while (end < lines.length && width(lines[end]) === w && (w >= SHAPED_FIELDS || lines[end].afterBlank || lines[end].indented)) end++;
    if (end - i - 1 < FEWEST_ROWS) continue;
    for (let k = i; k < end; k++) kinds[k] = 'verse';
    i = end - 1;
  }
}

/**
 * A box of figures named 数据 or 数读 over a title with no note in brackets (数据 / 一条街的“体检表”): the title is
 * the box's headline, the name its kicker, never the title a paragraph under the name. In the truths of the other
 * papers' sets and rmrb-2019, 10 such titles over figures are headlines (sets y, aa, ce, cj, dn, as) and none a
 * paragraph; the one title a paragraph under 数据 closes in its year (…主要指标（2016年）: set dl), as do the
 * titles under other boxes' names that are paragraphs (赛果 / 全国女排联赛第二轮（10月25日）). So do names of the
 * same family with what they count after them (数说经济 / 1—2月全市主要经济指标, 数说投诉 / 2006年投诉量前五位: sets hk,
 * hm): in the truths 34 titles under a 数说, 数读 or 数据 name are headlines, 2 first paragraphs (the one above and
 * 数据速览 / 某市前三季度主要经济指标, set e).
 */
function headsFigures(name: string, title: string): boolean {
  return /^(?:数据|数读|(?:数说|数读)[\u4e00-\u9fff·]{1,6})$/.test(name.trim()) && !/[）)]$/.test(title.trim());
}

/** A figure standing alone on its line, with its unit or span: 612亿元, 12.6万人次, 41%, 3月至5月. */
const LONE_FIGURE = /^[0-9０-９][^\s。，；！？：:]{0,11}$/;

/** What a figure counts, on the line under it: short, no figure of its own before it, no sentence's end. */
function isFigureLabel(text: string): boolean {
  // A label may open with the year it counts from (2013年以来全市新增工业机器人: set cr), never with a figure.
  const opensWithFigure = /^[0-9０-９]/.test(text) && !/^[0-9０-９]{4}年(?:以来|至今|来|起|底|末|初)/.test(text);
  return text.length <= LONGEST_TITLE && !LONE_FIGURE.test(text) && !opensWithFigure && !/[。！？]$/.test(text);
}

/** Where the figures over their labels from `i` end (each pair passing `also`), or `i` when fewer than two pairs stand there. */
function figurePairsFrom(texts: string[], i: number, also: (i: number) => boolean = () => true): number {
  let end = i;
  while (end + 1 < texts.length && LONE_FIGURE.test(texts[end]) && isFigureLabel(texts[end + 1]) && also(end)) end += 2;
  return end - i >= 2 * FEWEST_ROWS ? end : i;
}

/** A name in a list of names, perhaps with a note on the person: 王建新, 方美玲（女）, 阿依古丽（维吾尔族）. */
const LISTED_NAME = /^[\u4e00-\u9fff·]{2,5}(?:[（(][\u4e00-\u9fff]{1,10}[）)])?$/;

/** The fewest names on a line of a list of names. */
const FEWEST_LISTED_NAMES = 3;

/**
 * A line of a list of names: three names or more (`fewest`) set apart by spaces, nothing else, each opening
 * with a common surname (王建新　方美玲（女）　邓志坚, 苟某某（某某农业公司）), so a headline of spaced phrases (稳增长 促改革 惠民生) is none.
 */
function isNamesLine(text: string, fewest = FEWEST_LISTED_NAMES): boolean {
  const names = text.trim().split(/[ \u3000]+/);
  return names.length >= fewest && names.every((n) => LISTED_NAME.test(n) && (isCommonSurname(n[0]) || COMPOUND_SURNAMES.some((s) => n.startsWith(s))));
}

/** A group's line in a list of names: its unit and how many (鼓楼区（52名）, 驻军（12人）). */
const NAMES_GROUP = /^[^\s。，；！？]{1,20}[（(][0-9０-９一二三四五六七八九十百]+[名人位][）)]$/;

/**
 * A list of names as a paper prints it (代表名单, 表彰名单: set bq): lines of names set apart by
 * spaces, perhaps under each group's line (鼓楼区（52名）). Each line is a paragraph of its own
 * (`verse`), never a headline: where every line stands apart, each read as one. Marks `kinds` in place.
 */
function markNameLists(lines: Line[], kinds: LineKind[]): void {
  const names = lines.map((l) => l.headingMarks === 0 && isNamesLine(l.text));
  // The list's last line may hold one name or two (…… / 田某某（县教育局）): right under a line of the list it is the
  // list's, never a headline with its unit read as a column tag (set qy).
  // A name there is of a name's length, or carries its note: a banner of four characters after the list (党建动态) is none.
  const nameLike = (n: string) => /[（(]/.test(n) || n.length <= 3 || (n.length === 4 && COMPOUND_SURNAMES.some((c) => n.startsWith(c)));
  lines.forEach((l, i) => {
    if (!names[i] && i > 0 && names[i - 1] && l.headingMarks === 0 && isNamesLine(l.text, 1) && l.text.trim().split(/[ \u3000]+/).every(nameLike)) names[i] = true;
  });
  const listed = (i: number) => names[i] || (names[i + 1] === true && lines[i].headingMarks === 0 && NAMES_GROUP.test(lines[i].text.trim()));
  lines.forEach((line, i) => {
    if (!listed(i)) return;
    kinds[i] = 'verse';
    // A note in brackets over the list says how it is ordered (（按姓氏笔画为序）): its first line, under its title.
    const note = lines[i - 1];
    if (note !== undefined && !listed(i - 1) && note.headingMarks === 0 && BRACKETED.test(note.text.trim()) && kinds[i - 2] === 'title') kinds[i - 1] = 'verse';
  });
}

/**
 * A 数读 box as papers print it: each figure on a line of its own, what it counts on the line under
 * it (612亿元 / 前10月产业营收，同比增长31.5% / 427家 / 集聚集成电路企业: set bn). Two such pairs running
 * make a box: every line of them is a paragraph of its own (`verse`), so none reads as a headline;
 * the title over them heads the box, never a subhead of the piece above (opensTable). Marks `kinds` in place.
 */
function markFiguresOverLabels(lines: Line[], kinds: LineKind[]): void {
  const texts = lines.map((l) => l.text);
  const unmarked = (i: number) => lines[i].headingMarks === 0 && lines[i + 1].headingMarks === 0;
  for (let i = 0; i < texts.length; i++) {
    const end = figurePairsFrom(texts, i, unmarked);
    if (end === i) continue;
    for (let k = i; k < end; k++) kinds[k] = 'verse';
    i = end - 1;
  }
}

/**
 * The blocks from `i` open a table: its rows, under a header row, a title line or both (a box's
 * name then heads it). What stands right over them heads the table: never a subhead, nor the
 * twin that makes another line one (subheads.ts, items.ts). Takes the page's blocks and an
 * index; pure.
 */
export function opensTable(blocks: Block[], i: number): boolean {
  const texts: string[] = [];
  for (let j = i; blocks[j]?.type === 'paragraph' && texts.length < 5; j++) texts.push((blocks[j] as Extract<Block, { type: 'paragraph' }>).text);
  return [0, 1, 2].some((j) => j < texts.length && (rowsFrom(texts, j) > j || figurePairsFrom(texts, j) > j));
}

/**
 * A venue's line in a listing, as 文娱 pages print one for each channel or cinema: 某某电视台一套, 某某电视台综合频道,
 * 某某影城（人民路88号）, 某某电影院（某路12号）. In the truths all 7 such lines (set cx: a cinema's on two 影讯
 * boxes, a channel's on two 电视节目 boxes) are a paragraph of the listing, none a kicker, headline or column.
 */
const VENUE_LINE = /^[\u4e00-\u9fff]{2,12}(?:电视台[\u4e00-\u9fff]{0,6}|频道|(?:影城|电影院|影剧院)(?:[（(][^（()）]{2,20}[）)])?)$/;

/** A listing's row: a time and what is on (19:35　电视剧：某某, 07:00　早间新闻), or a film and its times (《某某》　10:00　13:30). */
const LISTING_ROW = /^(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}[ \u3000]+\S|《[^》]{1,20}》(?:[（(][^（()）]{1,6}[）)])?[ \u3000]+[0-9０-９]{1,2}[:：][0-9０-９]{2})/;

/**
 * Marks each venue's line right over a listing's row (某某电视台一套 / 19:35　电视剧：……), and the rows under it, as
 * paragraphs of their own (`verse`), never a headline: read as one, a second channel or cinema headed an entry of its own and the
 * first took the listing's headline from its name. Marks `kinds` in place.
 */
export function markListingVenues(lines: Line[], kinds: LineKind[]): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line.headingMarks > 0 || next === undefined || next.headingMarks > 0 || !VENUE_LINE.test(line.text.trim()) || !LISTING_ROW.test(next.text.trim())) return;
    kinds[i] = 'verse';
    // Its rows under it are the listing's too, each a paragraph of its own, as under the listing's name.
    for (let j = i + 1; j < lines.length && lines[j].headingMarks === 0 && LISTING_ROW.test(lines[j].text.trim()); j++) kinds[j] = 'verse';
  });
}

/** A schedule's row: a part of the day, a clock time or both, a gap, then what is on (下午4:00　主席团第一次会议, 上午　代表团会议, 9:30　开幕式). */
const SCHEDULE_ROW = /^(?:(?:上午|下午|晚上|中午|早上|凌晨)[ \u3000]*(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[-—－～~][0-9０-９]{1,2}[:：][0-9０-９]{2})?)?|[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[-—－～~][0-9０-９]{1,2}[:：][0-9０-９]{2})?)[ \u3000]+\S/;

/** A schedule's day alone with its weekday in brackets: 1月15日（星期四）, 6月23日（周六）. */
const WEEKDAY_LINE = /^[0-9０-９]{1,2}月[0-9０-９]{1,2}日[ \u3000]*[（(](?:星期|周)[一二三四五六日天][）)]$/;

/**
 * Marks a schedule's rows (下午4:00　主席团第一次会议, 上午　代表团会议) and the day over them (1月15日（星期四） / 上午9:00
 * 开幕会……), read alone as title lines, as paragraphs of their own (`verse`), never headlines: a day or a row
 * had headed an entry of its own (set bq's 会议日程). In the truths of all sets and rmrb-2019, all 77 lines
 * opening so and all 10 such day lines are paragraphs of a schedule or a timeline, none a headline, kicker or
 * subheadline. Lines already read as text are left as they are. Marks `kinds` in place.
 */
export function markScheduleRows(lines: Line[], kinds: LineKind[]): void {
  const readAsTitle = (i: number) => (kinds[i] === 'title' || kinds[i] === 'subhead') && lines[i].headingMarks === 0;
  const row = (i: number) => i < lines.length && lines[i].headingMarks === 0 && SCHEDULE_ROW.test(lines[i].text);
  for (let i = 0; i < lines.length; i++) {
    if (!readAsTitle(i)) continue;
    if (row(i) || (WEEKDAY_LINE.test(lines[i].text) && row(i + 1))) kinds[i] = 'verse';
  }
}

/** A line ending in a figure with decimals: a price or data row's last field (满天星（元/扎）12.00, 全区 241.6 10.2 0.94). */
const DECIMAL_END = /[0-9０-９][.．][0-9０-９]{1,2}$/;

/**
 * Marks a line ending in a figure with decimals, read alone as a title line (a price table's last row, its gap
 * lost: 满天星（元/扎）12.00), as a row: a paragraph of its own (`verse`), never a headline. In the truths of all sets
 * and rmrb-2019, all 88 lines so ending are paragraphs, none a headline, kicker or subheadline (set ar: the row had
 * headed an entry of its own, the table's source note another). Lines already read as text are left as they
 * are. Marks `kinds` in place.
 */
export function markDecimalRows(lines: Line[], kinds: LineKind[]): void {
  kinds.forEach((k, i) => {
    if ((k === 'title' || k === 'subhead') && lines[i].headingMarks === 0 && DECIMAL_END.test(lines[i].text)) kinds[i] = 'verse';
  });
}

/** A listing's field: 时间：5月18日—6月30日, 地点：某博物馆一楼, 日期：…… */
const LISTING_FIELD = /^(?:时间|地点|日期)[：:]/;
/** A box's item mark: ■, ●, ◆, ▲. */
const ITEM_MARK = /^[■●◆▲]/;
/** A field of a listing's item: a short label and its colon (票价：30元, 主办：某某馆). */
const FIELD_ROW = /^[\u4e00-\u9fff]{2,4}[：:]\S/;

/**
 * Marks a short line read alone as a title line right over a listing's field (■“某某”老物件展 / 时间：…… / 地点：……,
 * 话剧《某某》 / 时间：…… after the last field of the item before it), marked as a box's item or following one, as the listing's item, a paragraph of its own (`verse`) in the box it stands in, never a
 * headline. In the truths of all sets and rmrb-2019, 23 short lines stand over such a field (17 marked ■, ● or ◆), all
 * paragraphs, and no headline has one for its first paragraph (set bs's 展览信息 box had read each exhibition as an
 * entry of its own). An item an indented page sets as a subhead is left so: there the box's name over such
 * subheads heads a box of its own (boxes.ts). Marks `kinds` in place.
 */
export function markListingItems(lines: Line[], kinds: LineKind[]): void {
  kinds.forEach((k, i) => {
    if (k !== 'title' || lines[i].headingMarks > 0 || i + 1 >= lines.length || lines[i + 1].headingMarks > 0 || !LISTING_FIELD.test(lines[i + 1].text)) return;
    // Marked as a box's item, or right after the last field of the item before it (票价：30元 / 儿童剧《某某》 / 时间：……):
    // a show's headline over its own fields, after a brief, heads a listing of its own.
    if (ITEM_MARK.test(lines[i].text) || (i > 0 && kinds[i - 1] !== 'title' && FIELD_ROW.test(lines[i - 1].text))) kinds[i] = 'verse';
  });
}
