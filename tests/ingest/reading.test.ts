/**
 * The reading rules added for pages of any daily, each on short made-up lines: the page's
 * layout habits (layout.ts), headline blocks (title-run.ts), subhead series (subheads.ts),
 * and the recognisers of closing lines, column tags and headline lines with commas.
 */
import { describe, expect, it } from 'vitest';
import { toBlocks, type TitleLine } from '../../src/ingest/blocks.ts';
import { readLayout } from '../../src/ingest/layout.ts';
import { toLines } from '../../src/ingest/lines.ts';
import {
  columnTag,
  isBodyOpener,
  isClosingLine,
  isCommaTitle,
  isCreditNote,
  opensLikeReport,
  splitCredit,
  splitKickerHeadline,
} from '../../src/ingest/patterns.ts';
import { readItems } from '../../src/ingest/pipeline.ts';
import { reflow } from '../../src/ingest/reflow.ts';
import { sameShape, seriesSubheads, standsInBody } from '../../src/ingest/subheads.ts';
import { readTitleRun } from '../../src/ingest/title-run.ts';

const I = '\u3000\u3000';
const run = (...texts: string[]): TitleLine[] =>
  texts.map((t, k) => {
    const marks = /^#+ /.exec(t)?.[0].trim().length ?? 0;
    const text = t.replace(/^#+ /, '');
    return { n: k + 1, text, headingMarks: marks, lines: [k + 1] };
  });
const lines = (page: string) => reflow(toLines(page));

describe('layout: what the page says about its lines', () => {
  it('indented paragraphs with unindented headlines tell the two apart', () => {
    const page = ['青禾镇老街完成改造', `${I}本报讯（记者 林晓岚）青禾镇老街改造工程日前完工，街面铺上了青石板。`, `${I}改造中，施工队保留了老街原有的木门窗和青砖墙。`, `${I}居民说，老街的样子没有变，住着却舒服多了。`].join('\n');
    expect(readLayout(lines(page))).toEqual({ indents: true, marks: false, tightTitles: false, blankLinesRare: true });
    // Paragraphs set apart by blank lines: a blank line is no gap between pieces there.
    expect(readLayout(lines(page.replace(/\n/g, '\n\n'))).blankLinesRare).toBe(false);
  });

  it('every line indented, or too few paragraphs, says nothing', () => {
    const all = [`${I}青禾镇老街完成改造`, `${I}本报讯（记者 林晓岚）青禾镇老街改造工程日前完工，街面铺上了青石板。`, `${I}改造中，施工队保留了老街原有的木门窗和青砖墙。`, `${I}居民说，老街的样子没有变，住着却舒服多了。`].join('\n');
    expect(readLayout(lines(all)).indents).toBe(false);
    expect(readLayout(lines(`标题\n${I}只有一段话，说的是一件小事。`)).indents).toBe(false);
  });

  it('paragraphs apart and a headline block printed tight: blank lines end headline blocks', () => {
    const paragraphs = ['本报讯（记者 林晓岚）青禾镇老街改造工程日前完工，街面铺上了青石板。', '改造中，施工队保留了老街原有的木门窗和青砖墙。', '居民说，老街的样子没有变，住着却舒服多了。'];
    const tight = ['留住老街的样子', '青禾镇老街完成改造', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    expect(readLayout(lines(tight)).tightTitles).toBe(true);
    // Every line apart, as the archive's own pages print kicker, headline and subheadline: no sign.
    const apart = ['留住老街的样子', '', '青禾镇老街完成改造', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    expect(readLayout(lines(apart)).tightTitles).toBe(false);
    // A kicker with commas over a headline that asks, printed together, is sign enough.
    const asks = ['老街改了，老味道还在吗', '青禾镇老街为何越改越热闹？', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    expect(readLayout(lines(asks)).tightTitles).toBe(true);
    expect(toBlocks(lines(asks))[0]).toMatchObject({ type: 'title', lines: [{ text: '老街改了，老味道还在吗' }, { text: '青禾镇老街为何越改越热闹？' }] });
  });

  it('# marks are noticed', () => {
    expect(readLayout(lines('# 青禾镇老街完成改造\n\n老街改造工程日前完工。')).marks).toBe(true);
  });

  it('on an indented page a short indented line is body, an unindented line with commas a headline line', () => {
    const page = [
      '春节里，这些村医没歇着',
      `${I}本报讯（记者 林晓岚）春节期间，青禾镇的村医们照常出诊，走村入户为老人量血压。`,
      `${I}走村入户`,
      `${I}大年初一一早，村医周明背起药箱出了门，他要去看望村里的五位独居老人。`,
      `${I}周明说，老人们盼着有人来，来了就拉着说家常。`,
    ].join('\n');
    const blocks = toBlocks(lines(page));
    expect(blocks.map((b) => b.type)).toEqual(['title', 'paragraph', 'subhead', 'paragraph', 'paragraph']);
  });
});

describe('title-run: kicker, headline, subheadline, banners', () => {
  it('a second line opening with whom or what the news touches (涉及农牧民4.6万户) is the subheadline under a headline', () => {
    expect(readTitleRun(run('我市下达第二批生态补助资金', '涉及农牧民4.6万户'))).toMatchObject({ kicker: null, headline: '我市下达第二批生态补助资金', subheadline: '涉及农牧民4.6万户' });
    expect(readTitleRun(run('市科技局公布首批攻关项目', '涉及新材料、生物医药等五个领域'))).toMatchObject({ kicker: null, headline: '市科技局公布首批攻关项目', subheadline: '涉及新材料、生物医药等五个领域' });
    // A forecast (预计明年初完工) gives the detail; a table's title ending on the noun 预计 (……产量预计) is a headline under its box's label.
    expect(readTitleRun(run('青禾新港一期工程主体完工', '预计明年初通航'))).toMatchObject({ kicker: null, headline: '青禾新港一期工程主体完工', subheadline: '预计明年初通航' });
    expect(readTitleRun(run('数说秋收', '青禾市主要秋粮作物产量预计'))).toMatchObject({ kicker: '数说秋收', headline: '青禾市主要秋粮作物产量预计', subheadline: null });
  });

  it('a second line telling when the work above will be done (明年下半年对外开放, 年底前……) is the subheadline under a line of a headline’s length, not under a column’s short label', () => {
    expect(readTitleRun(run('市档案馆新馆主体工程封顶', '明年下半年对外开放'))).toMatchObject({ kicker: null, headline: '市档案馆新馆主体工程封顶', subheadline: '明年下半年对外开放' });
    expect(readTitleRun(run('青禾河城区段治理工程完成过半', '明年6月底前全部完工'))).toMatchObject({ kicker: null, headline: '青禾河城区段治理工程完成过半', subheadline: '明年6月底前全部完工' });
    expect(readTitleRun(run('理财课堂', '下半年理财　“稳”字当头'))).toMatchObject({ headline: '下半年理财　“稳”字当头', subheadline: null });
  });

  it('a first line reporting a meeting convened (市委常委会召开会议, ……召开……调度会) heads what the meeting did, spaced halves or not', () => {
    expect(readTitleRun(run('市委常委会召开会议', '传达学习全国两会精神　研究部署重点工作'))).toMatchObject({ kicker: null, headline: '市委常委会召开会议', subheadline: '传达学习全国两会精神　研究部署重点工作' });
    expect(readTitleRun(run('市政府召开秋粮收购工作调度会', '确保农民售粮不难不压级不压价'))).toMatchObject({ kicker: null, headline: '市政府召开秋粮收购工作调度会', subheadline: '确保农民售粮不难不压级不压价' });
  });

  it('a second line naming who attended, the event after the verb (副省长某某某出席签约仪式), is the subheadline', () => {
    expect(readTitleRun(run('省市共建山地户外运动示范区', '副省长柯远山出席签约仪式'))).toMatchObject({ kicker: null, headline: '省市共建山地户外运动示范区', subheadline: '副省长柯远山出席签约仪式' });
  });

  it('a kicker ending in —— is a kicker, never a banner; a —— line under the headline its subheadline', () => {
    expect(readTitleRun(run('某县某村——', '山路修到了家门口', '——一个山村的十年变化'))).toMatchObject({
      columns: [],
      kicker: '某县某村——',
      headline: '山路修到了家门口',
      subheadline: '——一个山村的十年变化',
    });
  });

  it('a column’s name over a line that reports a loss is the kicker on an e-paper’s list, not a headline over its subheadline', () => {
    expect(readTitleRun(run('以案说法', '刷单“返利”越刷越亏 一个多月被骗12万元'), { labelsAreKickers: true })).toMatchObject({
      kicker: '以案说法',
      headline: '刷单“返利”越刷越亏 一个多月被骗12万元',
      subheadline: null,
    });
  });

  it('a short label over a headline of two spaced halves is kicker and headline, though the halves give a detail (逾百吨 over a port’s catch, 逾三小时 over delays)', () => {
    expect(readTitleRun(run('秋汛开捕', '鲳鱼汛来了　青禾渔场日产逾百吨'))).toMatchObject({ kicker: '秋汛开捕', headline: '鲳鱼汛来了　青禾渔场日产逾百吨', subheadline: null });
    expect(readTitleRun(run('雾锁江城', '大雾来袭　多条航线延误逾三小时'))).toMatchObject({ kicker: '雾锁江城', headline: '大雾来袭　多条航线延误逾三小时', subheadline: null });
  });

  it('a second line that asks is the headline under its kicker, though it names an outcome (…受益)', () => {
    expect(readTitleRun(run('新规解读', '医保报销新规，哪些患者受益'))).toMatchObject({ kicker: '新规解读', headline: '医保报销新规，哪些患者受益', subheadline: null });
    // Told rather than asked, the outcome under a plain line is the subheadline.
    expect(readTitleRun(run('青禾引水工程全线通水', '沿线三十万人受益'))).toMatchObject({ kicker: null, headline: '青禾引水工程全线通水', subheadline: '沿线三十万人受益' });
  });

  it('a line with commas under a headline of spaced halves is its subheadline, however short', () => {
    expect(readTitleRun(run('菜价“换季” 总体平稳', '叶菜小幅上涨，根茎类回落'))).toMatchObject({
      kicker: null,
      headline: '菜价“换季” 总体平稳',
      subheadline: '叶菜小幅上涨，根茎类回落',
    });
    // Without the spaced halves, a short line with commas under a plain line is still the headline under its kicker.
    expect(readTitleRun(run('菜价换季', '叶菜小幅上涨，根茎类回落'))).toMatchObject({ kicker: '菜价换季', headline: '叶菜小幅上涨，根茎类回落' });
  });

  it('a second line telling what the police or an office did about the event is the subheadline, not the headline under a kicker', () => {
    expect(readTitleRun(run('冒充快递员上门行窃', '男子被白沙警方抓获'))).toMatchObject({ kicker: null, headline: '冒充快递员上门行窃', subheadline: '男子被白沙警方抓获' });
    expect(readTitleRun(run('冬季选购电暖器 要看“三证”', '县质监局发布取暖产品消费提示'))).toMatchObject({
      kicker: null,
      headline: '冬季选购电暖器 要看“三证”',
      subheadline: '县质监局发布取暖产品消费提示',
    });
    // A plain event under a kicker stays the headline.
    expect(readTitleRun(run('消费市场加快回暖', '前两月网上零售额同比增长一成'))).toMatchObject({ kicker: '消费市场加快回暖', headline: '前两月网上零售额同比增长一成' });
  });

  it('a figure over the period it opens with (前3个月…增长8.5%) is the headline under a trend kicker, not a subheadline', () => {
    expect(readTitleRun(run('菜市行情持续向好', '前3个月农贸成交额同比增长8.5%'))).toMatchObject({ kicker: '菜市行情持续向好', headline: '前3个月农贸成交额同比增长8.5%' });
    // The same figure without its period stays the subheadline.
    expect(readTitleRun(run('菜市行情持续向好', '农贸成交额同比增长8.5%'))).toMatchObject({ kicker: null, headline: '菜市行情持续向好', subheadline: '农贸成交额同比增长8.5%' });
  });

  it('a figure under a line that gives a figure of its own is its subheadline', () => {
    expect(readTitleRun(run('柳塘县投资800万元改造灌渠', '今年新增灌溉面积1.2万亩'))).toMatchObject({ kicker: null, headline: '柳塘县投资800万元改造灌渠', subheadline: '今年新增灌溉面积1.2万亩' });
    expect(readTitleRun(run('青禾港货运量三日累增近三成', '新开航线9条'))).toMatchObject({ kicker: null, headline: '青禾港货运量三日累增近三成', subheadline: '新开航线9条' });
    // A date or a score is no figure: the plain line stays the kicker.
    expect(readTitleRun(run('白沙队3:1击败柳塘队', '2025青禾杯决赛圈出炉'))).toMatchObject({ kicker: '白沙队3:1击败柳塘队', headline: '2025青禾杯决赛圈出炉' });
  });

  it('a line telling what the people touched may or must do (居民可…, 考生须…) is the subheadline', () => {
    expect(readTitleRun(run('白沙镇新开两条公交线路', '居民可扫码预约乘车'))).toMatchObject({ kicker: null, headline: '白沙镇新开两条公交线路', subheadline: '居民可扫码预约乘车' });
    expect(readTitleRun(run('青禾市中考报名时间确定', '考生须按时完成网上确认'))).toMatchObject({ kicker: null, subheadline: '考生须按时完成网上确认' });
  });

  it('a line giving the result the event came to (售罄, 救出, 落网) is the subheadline, not under a kicker with a comma', () => {
    expect(readTitleRun(run('青禾剧团新戏周末首演', '门票两天内售罄'))).toMatchObject({ kicker: null, headline: '青禾剧团新戏周末首演', subheadline: '门票两天内售罄' });
    expect(readTitleRun(run('柳塘一仓库深夜起火', '消防员从火场救出三人'))).toMatchObject({ kicker: null, headline: '柳塘一仓库深夜起火', subheadline: '消防员从火场救出三人' });
    expect(readTitleRun(run('先收押金再涨价，租客诉某中介', '“霸王”条款 被判无效'))).toMatchObject({ kicker: '先收押金再涨价，租客诉某中介', headline: '“霸王”条款 被判无效' });
  });

  it('a line reporting an event held, its name after the verb (某市举行接力赛), is the headline over its subheadline; not one to come, nor a meeting', () => {
    expect(readTitleRun(run('青禾市举行马拉松接力赛', '八百名跑者环湖开跑'))).toMatchObject({ kicker: null, headline: '青禾市举行马拉松接力赛', subheadline: '八百名跑者环湖开跑' });
    expect(readTitleRun(run('柳塘区将举行千人长跑', '返乡青年学技能不出村'))).toMatchObject({ kicker: '柳塘区将举行千人长跑', headline: '返乡青年学技能不出村' });
    expect(readTitleRun(run('柳塘区举行秋收调度会', '抢晴天收好每一亩稻'))).toMatchObject({ kicker: '柳塘区举行秋收调度会', headline: '抢晴天收好每一亩稻' });
  });

  it('a line naming an event (…锦标赛, …运动会, …论坛) is the kicker over what happened there, not a headline over its subheadline', () => {
    expect(readTitleRun(run('全省少年游泳锦标赛', '青禾小将刷新女子蛙泳纪录'))).toMatchObject({ kicker: '全省少年游泳锦标赛', headline: '青禾小将刷新女子蛙泳纪录', subheadline: null });
  });

  it('a figure passed (九成以上, 3%以上) under a plain line is its subheadline', () => {
    expect(readTitleRun(run('新型保温材料研发获进展', '寒夜里仍能留住九成以上热量'))).toMatchObject({ kicker: null, headline: '新型保温材料研发获进展', subheadline: '寒夜里仍能留住九成以上热量' });
  });

  it('a headline with its column tag: the plain line after it is the subheadline', () => {
    expect(readTitleRun(run('让老街留住烟火气（城市观察）', '三条老街改造完工'))).toMatchObject({
      kicker: null,
      headline: '让老街留住烟火气（城市观察）',
      subheadline: '三条老街改造完工',
    });
  });

  it('a column’s name over a headline (专家观点, 湘江夜读, 诗歌, 社论) is its column, a topic over a headline (北派舞狮) its kicker', () => {
    for (const label of ['专家观点', '青禾夜读', '新书推荐', '环球热评', '诗歌', '社论', '科技简讯']) {
      expect(readTitleRun(run(label, '生态修复要尊重自然规律'))).toMatchObject({ columns: [label], kicker: null, headline: '生态修复要尊重自然规律' });
    }
    expect(readTitleRun(run('北派舞狮', '雄狮腾跃闹新春'))).toMatchObject({ columns: [], kicker: '北派舞狮' });
  });

  it('a box’s name over a brief’s headline (乡镇传真, 代表建言, 健康提醒, 安全提示) is its column', () => {
    for (const label of ['乡镇传真', '代表建言', '健康提醒', '安全提示']) {
      expect(readTitleRun(run(label, '柳塘镇茶园开采'))).toMatchObject({ columns: [label], kicker: null, headline: '柳塘镇茶园开采' });
    }
  });

  it('a service or advice label (房产资讯, 便民信息, 家长课堂, 律师说, 老照片) over a headline is its column, a longer topic ending in 说 (古城新说) its kicker', () => {
    for (const label of ['房产资讯', '便民信息', '家长课堂', '律师说', '老照片']) {
      expect(readTitleRun(run(label, '冬季用电高峰如何安全取暖'))).toMatchObject({ columns: [label], kicker: null, headline: '冬季用电高峰如何安全取暖' });
    }
    expect(readTitleRun(run('古城新说', '老城墙下的新生活')).kicker).toBe('古城新说');
  });

  it('a box of briefs named for its place (某某市简讯, up to seven characters) over a headline is its column; a longer label of another kind stays the kicker', () => {
    expect(readTitleRun(run('青禾市简讯', '全市新能源汽车保有量突破八万辆'))).toMatchObject({ columns: ['青禾市简讯'], kicker: null });
    expect(readTitleRun(run('柳塘白沙快讯', '全市新能源汽车保有量突破八万辆'))).toMatchObject({ columns: ['柳塘白沙快讯'], kicker: null });
    expect(readTitleRun(run('乡村振兴一线', '柳塘镇茶园开采'))).toMatchObject({ columns: [], kicker: '乡村振兴一线' });
  });

  it('a box of briefs’ name over a headline that reads like an attendance line (……工作站揭牌) stays the column, the line the headline', () => {
    expect(readTitleRun(run('法治快讯', '青禾高校知识产权保护工作站揭牌'))).toMatchObject({ columns: ['法治快讯'], kicker: null, headline: '青禾高校知识产权保护工作站揭牌', subheadline: null });
  });

  it('a bracketed line and an attendance line are subheadlines', () => {
    expect(readTitleRun(run('在全市老年工作会议上的讲话', '（2021年3月8日）')).subheadline).toBe('（2021年3月8日）');
    expect(readTitleRun(run('全市春耕工作会议召开', '某某某出席会议')).subheadline).toBe('某某某出席会议');
  });

  it('the #-marked line is the headline, the plain line over it the kicker', () => {
    expect(readTitleRun(run('某市加快老旧小区改造', '# 老楼装上了电梯'))).toMatchObject({ kicker: '某市加快老旧小区改造', headline: '老楼装上了电梯' });
  });

  it('banner-shaped lines over a body with no headline after them are the headline', () => {
    expect(readTitleRun(run('田野绿 村容新 日子甜', '——某县乡村振兴见闻'), { bodyFollows: true })).toMatchObject({
      columns: [],
      headline: '田野绿 村容新 日子甜',
      subheadline: '——某县乡村振兴见闻',
    });
  });

  it('a short first line is a banner only when it reads as a column name', () => {
    expect(readTitleRun(run('聚焦农博会', '特色农产品亮相展会')).columns).toEqual(['聚焦农博会']);
    expect(readTitleRun(run('跆拳道赛场', '青年选手夺得两金')).kicker).toBe('跆拳道赛场');
  });

  it('kicker—— headline is split only where space follows the dash', () => {
    expect(splitKickerHeadline('某市三年行动收官—— 老楼装上了电梯')).toEqual({ kicker: '某市三年行动收官', headline: '老楼装上了电梯' });
    expect(splitKickerHeadline('中国——中亚农业合作论坛开幕')).toBeNull();
  });
  it('reads a banner over excerpted speeches (……大会发言摘登, 代表委员说) as their column, not the first speech\'s kicker', () => {
    expect(readTitleRun(run('政协青川县六届三次会议大会发言摘登', '让山乡小路连成网'), { bodyFollows: true })).toMatchObject({
      columns: ['政协青川县六届三次会议大会发言摘登'],
      kicker: null,
      headline: '让山乡小路连成网',
    });
    // On a page without a header, where other labels over a headline are its kicker, too.
    expect(readTitleRun(run('代表委员说', '给老街装上无障碍坡道'), { bodyFollows: true, linesTogether: true, labelsAreKickers: true })).toMatchObject({
      columns: ['代表委员说'],
      kicker: null,
      headline: '给老街装上无障碍坡道',
    });
  });
});

describe('patterns: tags, closing lines, body openers, headline lines with commas', () => {
  it('reads a column tag, nested brackets included, but not a 下转 note or a bracket after a sentence', () => {
    expect(columnTag('让老街留住烟火气（城市观察）')).toBe('城市观察');
    expect(columnTag('沿河走一走（大河两岸行·上游篇（上））')).toBe('大河两岸行·上游篇（上）');
    expect(columnTag('该县积极引导企业主动对接科研院所，（下转第三版）')).toBeNull();
    expect(columnTag('（2021年3月8日）')).toBeNull();
  });

  it('closing lines: notes and credits, and which of them no headline block can hold', () => {
    for (const line of ['（作者为某大学教授）', '（新华社北京1月2日电 记者某某）', '——编  者', '本版制图：王小丹', '曹  一图  某小文', '某某某作（新华社发）']) {
      expect(isClosingLine(line), line).toBe(true);
      expect(isCreditNote(line), line).toBe(true);
    }
    expect(isClosingLine('（2021年3月8日）')).toBe(true);
    expect(isCreditNote('（2021年3月8日）')).toBe(false);
    // A notice's number in brackets under its title is its subheadline, not a name signing it (set ac).
    expect(isCreditNote('（第九号）')).toBe(false);
    expect(isCreditNote('（葛晴岚）')).toBe(true);
    expect(isClosingLine('绘就发展新蓝图')).toBe(false);
    expect(splitCredit('王  正摄（影像中国）')).toEqual({ rest: '', credit: '王  正摄（影像中国）' });
    expect(splitCredit('本报记者  何  超摄影报道')?.credit).toBe('本报记者  何  超摄影报道');
  });

  it('核心阅读 and 编者按 open a body', () => {
    expect(isBodyOpener('核心阅读')).toBe(true);
    expect(isBodyOpener('编者按：今天起本版推出新栏目。')).toBe(true);
    expect(isBodyOpener('核心技术攻关取得突破')).toBe(false);
  });

  it('a short line with a comma may be a headline line; a report\'s sentence opening never', () => {
    expect(isCommaTitle('春节里，这些村医没歇着')).toBe(true);
    expect(isCommaTitle('据了解，该项目明年开工')).toBe(false);
    expect(opensLikeReport('某某某强调，要抓好落实')).toBe(true);
    expect(isCommaTitle('这是一个很长很长的句子，它比任何一个标题都要长得多得多')).toBe(false);
  });
});

describe('subheads: a series of one shape between the same paragraphs', () => {
  it('tells shapes apart', () => {
    expect(sameShape('往田里走', '往心里走')).toBe(true);
    expect(sameShape('朔 州', '忻 州')).toBe(true);
    expect(sameShape('先把路修通', '后把厂建好')).toBe(true);
    expect(sameShape('老楼装上了电梯', '某市举办首届农民运动会开幕式')).toBe(false);
    // Spaced halves a character apart in length at most are one series (湖水蓝了 野花开了 / 草原绿了 牧人回来了).
    expect(sameShape('湖水蓝了 野花开了', '草原绿了\u00a0牧人回来了')).toBe(true);
    expect(sameShape('湖水蓝了 野花开了', '老街 旧了也不怕')).toBe(false);
  });

  it('reads a line after an answer signed by the office that gave it (答：……。（市教育局职成科）) as standing in no body', () => {
    const page = [
      '读者提问',
      '孕期能调离有毒岗位吗',
      '问：我在一家电子厂做焊锡工，最近怀孕了，厂里能给我调岗吗？（读者　林女士）',
      '答：女职工在孕期不得从事接触有毒物质浓度超过国家标准的作业。您可以向单位提出调岗申请，单位应当予以安排。',
      '实习生在岗位上也要发防护用品吗',
      '问：我在一家喷涂厂实习，厂里说实习生不发口罩。对吗？（读者　小柯）',
      '答：不对。实习单位应当为实习学生提供必要的劳动保护。（市教育局职成科）',
      '申请职业病诊断需要准备哪些材料',
      '1．劳动者职业史和职业病危害接触史；',
      '2．劳动者职业健康检查结果。',
      '咨询电话',
      '市卫生局职业卫生科　6218035',
      '市总工会职工法律援助中心　6212351',
    ].join('\n\n');
    const blocks = toBlocks(lines(page));
    const list = blocks.findIndex((b) => b.type === 'title' && b.lines[0].text === '申请职业病诊断需要准备哪些材料');
    expect(list).toBeGreaterThan(0);
    expect(standsInBody(blocks, list)).toBe(false);
  });

  it('finds the series on a page that marks nothing, and not across a dateline', () => {
    const page = [
      '山村的路',
      '本报讯（记者 林晓岚）某县用三年时间把路修到了每个村。',
      '先把路修通',
      '县里先修主干道，再修进村路，一段一段往前推。',
      '后把厂建好',
      '路通了，县里又引来了两家食品厂，村民在家门口就能上班。',
      '老楼装上了电梯',
      '本报讯（记者 周明）某市今年为三百栋老楼装上了电梯。',
      '先把钱筹齐',
      '居民、政府和企业各出一部分，钱很快就筹齐了。',
    ].join('\n\n');
    const blocks = toBlocks(lines(page));
    const series = seriesSubheads(blocks);
    expect([...series].map((b) => b.lines[0].text).sort()).toEqual(['先把路修通', '后把厂建好'].sort());
  });

  it('reads a headline over a brief signed by its source (……。（据新华社）) as a headline of its own, not a subhead of the brief above', () => {
    // Headline blocks printed tight (a kicker's line over its headline's), as a 国际 page prints them.
    const page = [
      '河口三角洲推广生态种养\n沿河农民“一田两收”',
      '在河口三角洲，越来越多的农民开始尝试稻虾轮作：雨季种一季水稻，旱季养一季虾。',
      '当地农业部门介绍，三角洲近年来海水倒灌加剧，稻田旱季土壤含盐量升高。',
      '携手守护粮食安全（国际时评）',
      '当前，一些地区极端天气多发，部分国家粮食减产，全球粮食安全面临挑战。',
      '环球快讯\n港口城市推出渡轮夜航',
      '一座港口城市7日宣布，从下月起开通渡轮夜航线路，方便游客夜间出行。（据新华社）',
      '山区国家发现古代陶器作坊',
      '一个山区国家7日说，考古人员在该国南部发现一处古代陶器作坊遗址。（据新华社）',
      '首都开通夜间公交新线路',
      '一国首都7日起新开通3条夜间公交线路，方便市民夜间出行。（据新华社）',
    ].join('\n\n');
    expect(readItems(page).map((item) => item.headline).slice(2)).toEqual(['港口城市推出渡轮夜航', '山区国家发现古代陶器作坊', '首都开通夜间公交新线路']);
  });

  it('reads headlines over briefs that retell a report (据……报道，) as headlines of their own, not subheads of the first brief', () => {
    const page = [
      '港口城市修复百年灯塔',
      '据新华社电　一座港口城市日前完成百年灯塔的修复工程，灯塔将于下月重新点亮。',
      '工程负责人说，修复中保留了灯塔原有的石砌外墙和铸铁灯室。',
      // A headline block's lines are printed together, the banner's over its first headline's.
      '趣闻一束\n港口城市举行帆船巡游',
      '据当地《晨报》12日报道，一座港口城市日前举行帆船巡游，上百艘帆船驶过海湾。',
      '山区小镇办起奶酪节',
      '据当地媒体11日报道，一座山区小镇日前办起奶酪节，吸引数千名游客品尝。',
      '老人骑车走完千里海岸',
      '据一家电视台13日报道，一位七旬老人日前骑自行车走完了千里海岸线。',
    ].join('\n\n');
    expect(seriesSubheads(toBlocks(lines(page))).size).toBe(0);
    expect(readItems(page).map((item) => item.headline)).toEqual(['港口城市修复百年灯塔', '港口城市举行帆船巡游', '山区小镇办起奶酪节', '老人骑车走完千里海岸']);
  });

  it('reads a speech title over the speaker\'s post and name as a headline of its own, the post and name its first paragraph', () => {
    // A 两会 page whose paragraphs stand apart: each speech a title, the deputy's line, an excerpt.
    const page = [
      '让老茶园长出新产业',
      '县人大代表、云岫镇茶叶合作社理事长　柯青禾',
      '我们镇有老茶园四千多亩，建议引进精深加工企业，把茶叶做成饮料和食品。',
      '合作社愿意带头试种新品种，让茶农的收入再提高一些。',
      '给乡村学校配齐音乐老师',
      '县政协委员、溪口中学副校长　闵　桐',
      '山区学校缺少音乐和美术老师，建议由县城学校派老师轮流走教。',
    ].join('\n\n');
    const items = readItems(page);
    expect(items.map((item) => item.headline)).toEqual(['让老茶园长出新产业', '给乡村学校配齐音乐老师']);
    expect(items[1].blocks[0].text).toBe('县政协委员、溪口中学副校长　闵　桐');
  });

  it('reads a line standing alone after a brief its reporter signs in brackets (……。（记者　某　某）) as the next brief’s headline, never a subhead', () => {
    // Headline blocks printed tight, paragraphs apart: a report, then briefs under a banner.
    const page = [
      '青禾钢渣变身建材\n一年增收一亿多元',
      '本报讯（记者 柯远）青禾钢铁公司把炼钢产生的钢渣磨成微粉，卖给建材企业做原料。',
      '公司有关负责人表示，下一步将把钢渣微粉用于城市道路建设。',
      '财经简讯',
      '冶建路钢材市场开业',
      '本报讯（通讯员　何　川）8月18日，位于冶建路的钢材市场开业，首批入驻经销企业126家。',
      '前7个月我市钢材出口增长一成',
      '据青禾海关统计，今年1—7月，我市出口钢材58.2万吨，同比增长10.4%。（记者　郑　禾）',
      '青禾农商银行为钢企节能改造授信5亿元',
      '8月20日，青禾农商银行与青禾钢铁公司签订节能减排专项贷款合作协议。（钟　岚）',
    ].join('\n\n');
    expect(readItems(page).map((item) => item.headline)).toEqual(['一年增收一亿多元', '冶建路钢材市场开业', '前7个月我市钢材出口增长一成', '青禾农商银行为钢企节能改造授信5亿元']);
  });

  it('reads a profile box’s name over its sentence of facts (人物名片 / 某某，1968年生，……。) as the head of a box of its own, never one more of the feature’s bare subheads', () => {
    const page = [
      '新城建设者\n“泥腿子”总工和他的海堤\n——记青禾新城防潮堤工程总工程师柯长河',
      '都市报记者　林　然',
      '早上六点半，青禾河口的潮水刚退，柯长河已经踩着雨靴走上了滩涂。',
      '在滩涂上“打滚”的总工',
      '今年58岁的柯长河，是青禾新城防潮堤工程的总工程师，在滩涂上干了三十多年。',
      '“我只是个修堤的”',
      '去年，柯长河被评为省劳动模范，他说：“我只是个修堤的。”',
      '人物名片',
      '柯长河，1968年生，青禾县人，正高级工程师，青禾新城防潮堤工程总工程师。',
      '堤上巡查',
      '2月20日，柯长河（左）在青禾新城防潮堤上查看护坡。',
      '都市报记者　林　然　摄',
    ].join('\n\n');
    expect(readItems(page).map((item) => item.headline)).toEqual(['“泥腿子”总工和他的海堤', '人物名片', '堤上巡查']);
  });

  it('reads a title standing alone after a profile box’s sentence (人物名片 / 某某，1966年生，……。 / 同事眼中的他) as the head of a box of its own', () => {
    // Headline blocks printed tight, paragraphs apart: a feature under subheads, its photo, its 人物名片, then colleagues' words.
    const page = [
      '青禾工匠\n柳长河：三十年钳工路　较真到半毫米\n——记青禾重型汽车厂总装车间钳工柳长河',
      '本报记者　柯　远　通讯员　何　川',
      '早上7点，青禾重型汽车厂总装车间里，柳长河已经拿着塞尺在一扇扇车门前来回比量。',
      '学徒的第一课',
      '1984年，18岁的柳长河从技校毕业进厂，师傅给他上的第一课，是用锉刀把一块铁板锉平。',
      '一把锉刀的讲究',
      '上世纪90年代，厂里引进了冲压生产线，他琢磨出一套“听、摸、看”的检验办法。',
      '“徒弟比我强才算成”',
      '这些年，柳长河带出的徒弟有四十多人，不少已经成了车间的技术骨干。',
      '言传身教',
      '柳长河（右）在车间指导徒弟校正车门。',
      '本报记者　郑　禾　摄',
      '人物名片',
      '柳长河，1966年生，青禾人，青禾重型汽车厂总装车间钳工，先后获得省劳动模范、市五一劳动奖章。',
      '同事眼中的他',
      '“老柳干活，我们放心。他修过的车门，检验员都不用复查。”——车间主任　郑大河',
      '“他手机里存着几百张车门缝的照片，哪款车哪个位置容易出问题，他门儿清。”——质检员　钟晓岚',
      '“我刚进厂时连锉刀都拿不稳，是师傅一遍遍手把手教出来的。”——徒弟　何秋生',
      '记者手记\n那双手',
      '采访中，记者几次想给柳长河的手拍个特写，他都笑着把手缩了回去。',
      '这双布满老茧的手，敲出过上万扇严丝合缝的车门。（柯　远）',
    ].join('\n\n');
    expect(readItems(page).map((item) => item.headline)).toEqual(['柳长河：三十年钳工路　较真到半毫米', '言传身教', '人物名片', '同事眼中的他', '那双手']);
  });

  it('reads a name list apart from its title — order note, rows of names, count — as the list\'s text', () => {
    // Headline blocks printed tight, paragraphs apart: a report over the list.
    const page = [
      '县科协第五次代表大会闭幕\n科普惠农成为今后五年重点',
      '本报讯（记者 卞若溪）县科协第五次代表大会昨日闭幕，大会选举产生了新一届委员会。',
      '大会提出，今后五年要把科普惠农作为工作重点，每个乡镇建一所农民科技学校。',
      '代表们表示，要把大会精神带回基层，让更多农民用上新技术。',
      '会上还表彰了一批科普工作先进集体和先进个人。',
      '青川县第五届科协委员会常务委员名单',
      '（按姓氏笔画为序）',
      '丰立言　邝　雁　计春和　石晓蔓（女）　闻一川',
      '柏　舟　段宏远　骆明湖　蔺思齐　鞠　岚',
      '（共10名）',
    ].join('\n\n');
    const items = readItems(page);
    expect(items.map((item) => item.headline).slice(1)).toEqual(['青川县第五届科协委员会常务委员名单']);
    expect(items[1].blocks.map((b) => b.text)).toEqual(['（按姓氏笔画为序）', '丰立言　邝　雁　计春和　石晓蔓（女）　闻一川', '柏　舟　段宏远　骆明湖　蔺思齐　鞠　岚', '（共10名）']);
  });
});
