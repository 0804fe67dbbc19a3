/**
 * Masthead and page-header dates, on made-up page tops and feet in the forms papers print.
 */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { readMasthead, readPageFooter, readPageHeader } from '../../src/ingest/masthead.ts';

const BODY = '云河新区举办春季招聘会\n本报讯（记者 林晓）3日，云河新区举办春季招聘会，120家企业进场招聘。\n';
const read = (text: string) => readMasthead(toLines(text), 'sources/x.txt');

function refusal(text: string): IngestError {
  try {
    read(text);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('a masthead or page header gives the issue date itself', () => {
  it.each([
    ['date and weekday', '2020年1月17日 星期五\n', '2020-01-17', 1],
    ['paper, then date and weekday, then lunar date', '云州日报\n2020年1月17日 星期五\n农历己亥年腊月廿三\n', '2020-01-17', 2],
    ['page header with page number', '2019年10月8日 星期二 第3版\n', '2019-10-08', 1],
    ['page header with page number and name after it', '第3版：要闻\n2019年10月8日（星期二）\n', '2019-10-08', 2],
    ['page header with bare page number and name', '2019年10月8日 星期二 3 要闻\n', '2019-10-08', 1],
    ['Chinese numerals', '二〇一九年十二月二十八日 星期六\n', '2019-12-28', 1],
    ['numerals with 十 and a zero month-day', '二〇二〇年一月十日　周五　总第15321期\n', '2020-01-10', 1],
    ['dotted date with editors', '2019.10.08 星期二 责编：王小川\n', '2019-10-08', 1],
    ['lunar date only beside it', '2023年3月22日\n农历癸卯年闰二月初一\n', '2023-03-22', 1],
  ])('%s', (_label, head, date, line) => {
    expect(read(`${head}${BODY}`)).toMatchObject({ date, line });
  });

  it('is read at the foot of the page too', () => {
    expect(read(`${BODY}2021年5月4日 星期二 第2版\n`)).toMatchObject({ date: '2021-05-04', line: 3 });
  });

  it('is not a bare date line: a decree or a letter ends with one', () => {
    expect(read(`${BODY}云河新区管理委员会\n2019年12月28日\n`)).toBeNull();
    expect(read(`2019年12月28日\n${BODY}`)).toBeNull();
    // Nor over the page's editors' line at its foot: the notice's date, however near the foot (set mk).
    const notice = ['关于青禾公路施工期间交通管制的通告', '　　因青禾公路大修施工，现将有关事项通告如下：', '　　一、施工期间对上述路段实行半幅通行。', '　　二、过往车辆须减速慢行。', '　　特此通告。', '　　青禾市公路管理局', '　　2012年7月23日', '　　本版编辑　白　沙　校对　柯　远'];
    expect(read(`${BODY}${notice.join('\n')}\n`)).toBeNull();
  });

  it('is not a dated line in the middle of the page', () => {
    const middle = ['标题一', '正文第一段。', '正文第二段。', '正文第三段。', '正文第四段。', '1937年7月7日 星期三', '正文第五段。', '正文第六段。', '正文第七段。', '正文第八段。'];
    expect(read(middle.join('\n'))).toBeNull();
  });

  it('is not a line that holds anything else', () => {
    expect(read(`2019年10月8日 星期二 全市秋收进度过半\n${BODY}`)).toBeNull();
  });
});

describe('a masthead that contradicts itself is refused with the file and line', () => {
  it('a weekday that is not the date’s', () => {
    const error = refusal(`云州日报\n2019年10月8日 星期三\n${BODY}`);
    expect(error.format()).toMatch(/^sources\/x\.txt:2: .*2019-10-08 是星期二.*星期三/);
  });

  it('a lunar date that is not the date’s', () => {
    expect(refusal(`2020年1月17日 星期五\n农历庚子年正月初五\n${BODY}`).format()).toMatch(/^sources\/x\.txt:2: .*农历/);
  });

  it('a date that does not exist', () => {
    expect(refusal(`2019年2月30日 星期六\n${BODY}`).format()).toMatch(/^sources\/x\.txt:1: .*不存在/);
  });

  it('two different dates in the page’s headers', () => {
    expect(refusal(`2019年10月8日 星期二\n${BODY}正文。\n正文。\n2019年10月9日 星期三 第4版\n`).format()).toMatch(/两个不同的日期/);
  });
});

describe('the longer mastheads papers print', () => {
  it.each([
    ['第12345期 2020年1月17日 星期五 农历己亥年腊月廿三 今日8版'],
    ['国内统一连续出版物号 CN14-0005\n2020年1月17日 农历腊月廿三 星期五'],
    ['2020年1月17日 星期五 责任编辑：张小川 版式：李小白'],
    ['2020-01-17 星期五 A3'],
    ['2020年1月17日 星期五 晴 -5℃~3℃'],
    ['■2020年1月17日星期五'],
    ['二○二○年一月十七日 星期五'],
  ])('%s', (head) => {
    expect(read(`${head}\n${BODY}`)?.date).toBe('2020-01-17');
  });
});

describe('the page header above the first article: its lines, and the page it names', () => {
  const header = (text: string) => {
    const found = readPageHeader(toLines(text));
    return found && { lines: found.lines.map((l) => l.text), page: found.page, name: found.name };
  };
  it.each([
    ['paper and date, then page mark and editor', '青禾日报 2026年1月22日 星期四\n第7版 社会 责任编辑：葛晴\n', 2, 7, '社会'],
    ['page mark first, then the editors', '第9版 理论 2026年1月22日 星期四\n责任编辑：林晓岚 版式：柯远山\n', 2, 9, '理论'],
    ['date, then a bare name and number beside the editors', '2026年3月5日 星期四\n要闻 02 责编：葛晴 美编：林晓\n', 2, 2, '要闻'],
    ['paper alone, date, then a lettered page with editors', '青禾晚报\n2025年11月18日　星期二\nA5 经济 编辑：柯远山 校对：葛晴\n', 3, null, '经济'],
    ['a special page with a long name', '第11版 专版 · 最美基层干部 责任编辑：葛晴\n', 1, 11, '专版'],
    ['a lettered page mark, then its name with a middle dot, over the date', 'A05\n城市·快讯\n2021年8月24日　星期二\n', 3, null, '城市·快讯'],
    ['the page mark after a colon, beside 本版编辑', '2025年9月9日　星期二\n第4版：文化 · 本版编辑：林晓岚\n', 2, 4, '文化'],
    ['a paper whose name ends in 报, editors’ names spaced out', '青年报  2025年5月27日  星期二\n第4版  青年说  责任编辑：刘  畅\n', 2, 4, '青年说'],
    ['the page’s name before its mark, the editor after it', '国际 第9版 责任编辑：林晓岚\n', 1, 9, '国际'],
    ['a page mark with no name: the editor’s label is no name', '第12版 责任编辑：葛晴\n', 1, 12, null],
    ['a bare page number first, editors without colons', '6 经济 责任编辑 柯远山 美术编辑 葛晴\n', 1, 6, '经济'],
    ['a bare page number and a name joined with ·', '11 文化·访谈 责任编辑：林晓岚\n', 1, 11, '文化·访谈'],
    ['editors named with the middle dot (某某·某某) beside the page mark', '青禾日报 2025年6月3日 星期二\n第2版 边境·口岸 责任编辑：帕提古丽·艾合买提 美编：次仁·央宗\n', 2, 2, '边境·口岸'],
    ['an in-house paper’s standing under its name: who runs it, 内部资料 免费交流, its 准印证号, 总第N期', '青禾化工报\n青禾化工集团主办　内部资料　免费交流\n准印证号：青内资准字第0123号\n2015年3月6日　星期五　总第456期\n第1版　要闻\n', 5, 1, '要闻'],
    ['内部资料 with the 准印证号 bracketing its year, under the dated name', '青禾矿业报　2024年7月11日　星期四\n内部资料　准印证号：青内准字（2024）009号\n第3版　安全生产\n', 3, 3, '安全生产'],
    ['a page name joined with ·', '青禾日报 2025年6月3日 星期二\n第7版 文化·生态 责任编辑：王  蕾 校对：李  敏\n', 2, 7, '文化·生态'],
    ['a romanised name under the paper’s, then date and page mark', '云溪日报\nYUNXI RIBAO\n2026年3月5日 星期四 今日8版\n第1版 要闻 责任编辑 葛  晴\n', 4, 1, '要闻'],
    ['a romanised name beside the paper’s, who runs it beside the date, a 主编', '青禾报 QINGHE BAO\n中共青禾县委主管主办 2026年1月9日 星期五\n第4版 公告·服务 主编：林  晓 责编：柯远山\n', 3, 4, '公告·服务'],
    [
      'a front page’s furniture: name, romanised name, publisher, CN number, 邮发代号, 总第N期',
      '青禾日报\nQinghe Daily\n主管：中共青禾市委 主办：青禾日报社\n国内统一连续出版物号 CN14-0099\n邮发代号 21-99\n2026年3月5日 星期四 总第12345期\n第1版 要闻 责任编辑：葛晴\n',
      7,
      1,
      '要闻',
    ],
    ['a name ending in no 报 alone over the date and the page mark', '青禾消息\n2026年1月23日 星期五\n第2版 国际新闻 责任编辑：葛  晴\n', 3, 2, '国际新闻'],
    ['a page lettered with two letters, the editors after 主编', '青禾都市报 2025.06.11 星期三\nSA06 青禾·民生 主编：柯  远 编辑：葛  晴 美编：林  晓\n', 2, null, '青禾·民生'],
    ['the newsroom’s number and a duty editor beside the page mark', '青禾法治报\n2025年7月16日 星期三\n第3版 法治新闻 值班主任 柯  远 责任编辑 葛  晴 联系电话：010-0000 0321\n', 3, 3, '法治新闻'],
    ['the duty member of the editorial board beside the page mark, a lunar year beside the date', '青禾日报\n2026年4月23日 星期四 农历丙午年\n第1版 要闻 值班编委 柯  远 责任编辑 葛  晴\n', 3, 1, '要闻'],
    ['a proof-reader (责校) and a bare 电话 beside the editors, the date with dots', '青禾商报 2026.4.22 星期三\n3 经济·商业 编辑 柯  远 美编 葛  晴 责校 林  晓 电话：000-0000 3300\n', 2, 3, '经济·商业'],
    ['a special page with a long name beside a bare number and its editors', '青禾日报\n2026年5月23日 星期六\n8 全省科技活动周专版 责编 柯  远 美编 葛  晴\n', 3, 8, '全省科技活动周专版'],
    ['a 副刊 whose name holds a weather word (烟雨楼副刊) beside a bare number and its editor', '青禾日报\n2026年6月7日 星期日\n12 烟雨楼副刊 责任编辑：柯  远\n', 3, 12, '烟雨楼副刊'],
    ['the night’s chief on duty (总值班) beside the page mark and the issue’s page count', '青禾日报\n2026年6月24日 星期三\n第1版 要闻 今日8版 总值班：柯  远 责任编辑：葛  晴\n', 3, 1, '要闻'],
    ['a bare page number and name on a line of their own under the dated line with the editor', '2026年4月14日 星期二 责任编辑：葛晴\n12 体育\n', 2, 12, '体育'],
    ['a front page’s masthead naming whose organ the paper is at length, its issue number and page count (set ab)', '青禾日报\n中共青禾自治州委员会机关报\n1992年9月25日 星期五 农历壬申年八月廿九\n第14316号 今日八版\n', 4, null, null],
    ['the date over the paper’s name, then a bare page number and name, then the editors (set ac)', '2025年1月17日 星期五\n青禾日报\n3 专版\n责任编辑：柯远山  美术编辑：葛  晴\n', 4, 3, '专版'],
    ['an editor with a two-character surname, the given name spaced to a width (set o)', '青禾日报\n2026年7月17日 星期五\n7 专版 责任编辑：欧阳  淼 美编：钟  淮\n', 3, 7, '专版'],
    ['a page’s name opening with a paper-like word (特别报道) beside a bare number (set aa)', '青禾日报\n2026年10月20日 星期二\n5 特别报道 责任编辑：柯  远 美术编辑：葛  晴\n', 3, 5, '特别报道'],
    ['a page designer credited beside the editor, the page lettered', '青禾晚报 QINGHE WAN BAO\n2026年3月7日（星期六）\nA8 青禾要闻 责任编辑：柯远山 版面设计：林  晓\n', 3, null, '青禾要闻'],
    ['a PDF export’s header parts each on a line: a lettered mark, the page’s name, the date, the paper (set bv)', 'A02\n综合新闻\n2021年3月24日 星期三\n青禾日报\n', 4, null, '综合新闻'],
    ['a bare page number and name over the paper and date (set bv)', '04 评论\n青禾日报 2014年10月28日 星期二\n', 2, 4, '评论'],
    ['a lettered mark and name over the paper’s name alone (set bv)', 'A03 县区新闻\n青禾日报\n', 2, null, '县区新闻'],
    ['the page’s number alone, its name under it, over the paper and date (set cg)', '12\n法治\n青禾都市报　2025年12月3日　星期三\n', 3, 12, '法治'],
    ['the page’s name alone over the date (set cg)', '政法\n2007年2月27日　星期二\n', 2, null, '政法'],
    ['a bare page number and a two-part name (经济·产经) over the paper and date (set cj)', '6　经济·产经\n青禾经济日报　2004年3月18日　星期四\n', 2, 6, '经济·产经'],
    ['the paper and date over a bare page number and a two-part name (set cj)', '青禾科技日报　2006年9月12日　星期二\n3　科技·创新\n', 2, 3, '科技·创新'],
    ['a weekend edition’s name (某某日报·周末) over the date and a bare page number and name (set cm)', '青禾日报·周末\n2023年10月14日　星期六\n06　书画\n', 3, 6, '书画'],
    ['the paper’s name beside a bare page number and name, over the date (set ck)', '青禾日报　6　生态·河长制\n2017年4月13日　星期四\n', 2, 6, '生态·河长制'],
    ['the paper, the date, then the page’s number alone and its name under it (set ck)', '青禾日报\n2018年11月6日　星期二\n05\n国土资源\n', 4, 5, '国土资源'],
    ['the paper, the date, then a 第N版 mark alone and the page’s name on the line under it (set cy)', '青禾日报\n2006年6月17日　星期六\n第4版\n林果天地\n', 4, 4, '林果天地'],
    ['the paper’s name, the page’s name and the date on one line, without the weekday (set cf)', '青禾日报　社会　2006年8月9日\n', 1, null, '社会'],
  ])('%s', (_label, head, count, page, name) => {
    const found = header(`${head}${BODY}`);
    expect(found).toEqual({ lines: head.trimEnd().split('\n'), page, name });
    expect(found!.lines).toHaveLength(count);
  });

  it('takes a name alone over a date for no header without the page mark under it', () => {
    expect(header(`青禾消息\n2026年1月23日 星期五\n${BODY}`)).toBeNull();
  });

  it('ends at its last dated, marked or credited line: a romanised name or 某某主办 after it is no header’s', () => {
    expect(header(`第4版 要闻 责任编辑：葛晴\n青禾县文旅局主办\n${BODY}`)?.lines).toEqual(['第4版 要闻 责任编辑：葛晴']);
    expect(header(`2026年3月5日 星期四 第4版\nQINGHE CUP\n${BODY}`)?.lines).toEqual(['2026年3月5日 星期四 第4版']);
  });

  it('ends before a line that reads only as a paper’s name after the date and page mark: a first kicker may end in 报', () => {
    expect(header(`青禾日报\n2019年3月5日 星期二\n第5版 综合新闻\n暑期托管怎么报\n${BODY}`)?.lines).toEqual(['青禾日报', '2019年3月5日 星期二', '第5版 综合新闻']);
    expect(header(`2025年1月17日 星期五\n青禾日报\n3 专版\n${BODY}`)?.lines).toEqual(['2025年1月17日 星期五', '青禾日报', '3 专版']);
  });

  it('gives the masthead’s date over a 主管主办 line and a romanised name, not at the foot', () => {
    expect(read(`青禾报 QINGHE BAO\n中共青禾县委主管主办 2026年1月9日 星期五\n${BODY}`)).toMatchObject({ date: '2026-01-09', line: 2 });
    expect(read(`${BODY}正文第一段。\n正文第二段。\n正文第三段。\n正文第四段。\n青禾县委主管主办\n2019年12月28日\n`)).toBeNull();
  });

  it.each([
    ['a paper’s name alone', '青禾日报\n'],
    ['a headline', ''],
    ['a date alone (a decree’s date line looks the same)', '2026年3月5日\n'],
  ])('is not found over %s', (_label, head) => {
    expect(header(`${head}${BODY}`)).toBeNull();
  });

  it('is a bare page mark alone on the first line (2　乡镇) when its number is the page’s own as the staff gave it, and only then', () => {
    const text = `2\u3000乡镇\n乡镇传真\n白沙镇举办春季劳务招聘会\n\u3000\u3000本报讯 4月13日，白沙镇举办春季劳务招聘会。\n`;
    const found = readPageHeader(toLines(text), 2);
    expect(found && { lines: found.lines.map((l) => l.text), page: found.page, name: found.name }).toEqual({ lines: ['2\u3000乡镇'], page: 2, name: '乡镇' });
    expect(readPageHeader(toLines(text), 3)).toBeNull();
    expect(readPageHeader(toLines(text))).toBeNull();
    // A headline opening with a number, longer than a page's name, stays a headline on that page:
    expect(readPageHeader(toLines(`5 部门联合发文整治噪声扰民\n\u3000\u3000本报讯 五部门日前联合发文。\n`), 5)).toBeNull();
  });
});

describe('the page’s foot below its last article: its number alone, a dated footer line (set bv), the paper’s hotline under the editors’ line (set ce)', () => {
  const foot = (text: string) => readPageFooter(toLines(text)).map((l) => l.text);
  it.each([
    ['a page number alone', `${BODY}8\n`, ['8']],
    ['a lettered page number alone', `${BODY}A05\n`, ['A05']],
    ['a page mark alone', `${BODY}第3版\n`, ['第3版']],
    ['a dated footer line naming the paper and the page', `${BODY}青禾日报　2017年12月6日　星期三　第7版　民生\n`, ['青禾日报　2017年12月6日　星期三　第7版　民生']],
    ['an editors’ line, then the number', `${BODY}责任编辑：柯  远　校对：葛  晴\n3\n`, ['3']],
    ['the paper’s hotline under the editors’ line', `${BODY}本版编辑 柯  远　美编 葛  晴\n晚报热线：85006000\n`, ['晚报热线：85006000']],
    ['a hotline set apart by a space', `${BODY}责任编辑：林晓岚\n\n新闻热线 96669\n`, ['新闻热线 96669']],
  ])('%s', (_label, text, lines) => {
    expect(foot(text)).toEqual(lines);
  });
  it.each([
    ['an editors’ line alone (the last article’s closing line, as other papers’ pages read it)', `${BODY}本版编辑 柯  远\n`],
    ['a last paragraph', BODY],
    ['a number that is the whole page', '8\n'],
    ['a date alone (a notice’s date line)', `${BODY}2026年3月5日\n`],
    ['a hotline closing a piece’s text, no editors’ line over it', `${BODY}市民服务热线：12345\n`],
    ['the rest of an editors’ line the width cut inside its hotline’s name (……民生 / 热线：5281110)', `${BODY}本版编辑：柯　远　民生\n热线：5281110\n`],
  ])('is not found under %s', (_label, text) => {
    expect(foot(text)).toEqual([]);
  });
});
