/**
 * The reflow stage on short made-up pages (names and facts invented for the test) that show
 * what text extraction does: a page hard-wrapped at a column width, a paragraph broken
 * mid-sentence (with or without a blank line), an article cut off before the next headline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/ingest/blocks.ts';
import { toItems } from '../../src/ingest/items.ts';
import { sourceLineAt, toLines } from '../../src/ingest/lines.ts';
import { readItems } from '../../src/ingest/pipeline.ts';
import { reflow } from '../../src/ingest/reflow.ts';
import { measureWrap } from '../../src/ingest/wrap-width.ts';

/** The paragraph indent of these pages: two full-width spaces. */
const I = '\u3000\u3000';
const page = (...lines: string[]) => `${lines.join('\n')}\n`;
const texts = (text: string) => reflow(toLines(text)).map((l) => l.text);

// Wrapped at 12 (a CJK character counts 1, an ASCII one 1/2, the indent 2); closing marks hang past it.
const WRAPPED = page(
  '青禾镇老街换新颜',
  '居民议事会定下改造方案',
  `${I}本报讯（记者 林晓岚）`,
  '青禾镇老街改造工程日前完',
  '工，沿街42户居民搬回了翻',
  '修一新的老宅。',
  `${I}改造前，镇里先后召开`,
  '了七次居民议事会，把“修',
  '旧如旧”写进了方案。施工',
  '队保留了石板路和木门窗，',
  '只更换了老化的电线与水管。',
  '秋收时节稻花香',
  `${I}本报讯（通讯员 郑可`,
  '欣）连日来，白沙村的1200',
  '亩水稻进入收割期，村民们',
  '抢抓晴好天气，开镰收割。',
  `${I}“房子还是原来的样子，`,
  '住着却舒服多了。”居民周',
  '大山说。',
);

describe('reflow: a page hard-wrapped at a column width', () => {
  it('finds the width from the page itself', () => {
    expect(measureWrap(toLines(WRAPPED))).toEqual({ width: 12, ambiguousWide: false });
  });

  it('joins each paragraph whole, keeps title lines apart, and keeps every piece’s line number', () => {
    const lines = reflow(toLines(WRAPPED));
    expect(lines.map((l) => l.text)).toEqual([
      '青禾镇老街换新颜',
      '居民议事会定下改造方案',
      '本报讯（记者 林晓岚）青禾镇老街改造工程日前完工，沿街42户居民搬回了翻修一新的老宅。',
      '改造前，镇里先后召开了七次居民议事会，把“修旧如旧”写进了方案。施工队保留了石板路和木门窗，只更换了老化的电线与水管。',
      '秋收时节稻花香',
      '本报讯（通讯员 郑可欣）连日来，白沙村的1200亩水稻进入收割期，村民们抢抓晴好天气，开镰收割。',
      '“房子还是原来的样子，住着却舒服多了。”居民周大山说。',
    ]);
    expect(lines[3].pieces.map((p) => p.n)).toEqual([7, 8, 9, 10, 11]);
    expect(lines[3].indented).toBe(true);
    expect(sourceLineAt(lines[3], lines[3].text.indexOf('施工'))).toBe(9);
    expect(sourceLineAt(lines[3], lines[3].text.indexOf('水管'))).toBe(11);
  });

  it('after a piece closed by its author note, a short line with a comma over an indented opening heads the next piece', () => {
    const text = page(
      '与其焦虑，不如先把陪伴做好（家教有方）',
      `${I}双减之后，家长的咨询`,
      '明显多了。多出来的时间，',
      '不妨先守住作息，再培养习',
      '惯。',
      `${I}教育是一场长跑，家长`,
      '稳住了，孩子才能跑得远。',
      `${I}（作者系白沙市家庭教`,
      '育指导服务中心专家组成员、',
      '白沙市第一中学正高级教师）',
      '“双减”后，我家的变化',
      `${I}编者按：双减实施以来，`,
      '不少读者给本版来信，讲述',
      '自家的新变化。今天选登几',
      '则。',
      `${I}以前每天晚上十点，我`,
      '还在陪女儿抄生字，现在我',
      '们一起散步、聊天。',
    );
    expect(measureWrap(toLines(text))?.width).toBe(12);
    expect(texts(text).slice(3, 5)).toEqual(['（作者系白沙市家庭教育指导服务中心专家组成员、白沙市第一中学正高级教师）', '“双减”后，我家的变化']);
  });

  it('finds the width of a 副刊 page where a poem’s short verses outnumber the wrapped lines', () => {
    const verses = ['敖包', '石头一块一块垒起来', '把祈愿', '垒得比山还高', '马头琴', '一根弦拉着风', '一根弦拉着月亮', '中间是阿爸走不完的路', '夜牧', '星星落在羊群里', '分不清哪颗是星', '哪只是羊'];
    // The essay's paragraph cut at 12 characters, its indent counting 2.
    const essay = '每天清晨，阿妈总是第一个起床。她先把炉火生旺，再往铁锅里添水、放砖茶，等茶水熬成深褐色，才把鲜奶一勺一勺地兑进去。奶茶的香味飘满了整个蒙古包，我们兄妹几个就是闻着这个味道醒来的。';
    const wrapped = [`${I}${essay.slice(0, 10)}`, ...(essay.slice(10).match(/.{1,12}/g) ?? [])];
    const text = page('散文', '阿妈的奶茶', '□ 巴特尔', ...wrapped, '诗歌', '草原组诗（三首）', '萨仁图雅', ...verses);
    expect(measureWrap(toLines(text))).toEqual({ width: 12, ambiguousWide: false });
    // The verses stay lines of their own: none is as wide as the column.
    expect(texts(text).slice(-verses.length)).toEqual(verses);
  });

  it('joins a byline the width cut inside a name to the name’s end on the next line', () => {
    const text = page(
      '志愿者服务队走进温泉社区',
      '本报记者 甘  蕙 通讯员 徐  ',
      '澈',
      `${I}6月22日，一支由六`,
      '十余名志愿者组成的服务队走',
      '进温泉社区，开展义诊、理发',
      '、家电维修等志愿服务，三百',
      '余名居民受益。',
      `${I}社区党委书记说，今`,
      '年社区已组织志愿服务活动二',
      '十余次。',
    );
    expect(measureWrap(toLines(text))?.width).toBe(13);
    expect(texts(text).slice(0, 3)).toEqual(['志愿者服务队走进温泉社区', '本报记者 甘  蕙 通讯员 徐 澈', '6月22日，一支由六十余名志愿者组成的服务队走进温泉社区，开展义诊、理发、家电维修等志愿服务，三百余名居民受益。']);
  });

  it('joins a photo story’s byline the width cut after its role to the names on the next line, a space between', () => {
    const text = page(
      '河滩公园冰场开门迎客',
      '文/图 青禾都市报记者',
      '柯  远 实习生 甘小蕙',
      `${I}12月3日，河滩公园冰`,
      '场开门迎客，首日接待市民两',
      '千余人次。',
      `${I}冰场负责人说，今年冰`,
      '面比去年扩大了三成。',
    );
    expect(texts(text).slice(0, 3)).toEqual(['河滩公园冰场开门迎客', '文/图 青禾都市报记者 柯  远 实习生 甘小蕙', '12月3日，河滩公园冰场开门迎客，首日接待市民两千余人次。']);
  });

  it('joins an author note in brackets the width cut before its end, and the piece keeps its subheads', () => {
    const text = page(
      '以绿色发展守护一江清水',
      '柯  远',
      `${I}青禾地处白沙河上游，`,
      '守护好一江清水，既是责任，',
      '也是发展的机遇。',
      '守住生态底线',
      `${I}要坚持系统治理，严格`,
      '落实生态保护红线制度。',
      '做强生态产业',
      `${I}要把生态优势转化为产`,
      '业优势，推动一二三产业融',
      '合发展。',
      '（作者单位：中共青禾市委',
      '党校）',
      '观点摘编',
      '让乡村治理更有温度',
      `${I}推进乡村治理，既要有`,
      '制度的刚性，也要有情感的',
      '温度。',
      '——摘自《白沙日报》',
    );
    expect(measureWrap(toLines(text))?.width).toBe(12);
    expect(texts(text)).toContain('（作者单位：中共青禾市委党校）');
    const items = toItems(toBlocks(reflow(toLines(text))));
    expect(items.map((item) => item.headline)).toEqual(['以绿色发展守护一江清水', '让乡村治理更有温度']);
    expect(items[0].blocks.map((b) => b.text)).toEqual([
      '青禾地处白沙河上游，守护好一江清水，既是责任，也是发展的机遇。',
      '守住生态底线',
      '要坚持系统治理，严格落实生态保护红线制度。',
      '做强生态产业',
      '要把生态优势转化为产业优势，推动一二三产业融合发展。',
      '（作者单位：中共青禾市委党校）',
    ]);
  });

  it('joins a data box’s source the width cut (数据来源：某市全民 / 阅读调查) over the chart’s credit, and the next headline stays one', () => {
    const text = page(
      '一座城市的阅读账单',
      `${I}62%——成年居民中有数`,
      '字化阅读习惯的比例。',
      `${I}1280个——全市社区阅览`,
      '室和农家书屋数量。',
      `${I}数据来源：白沙市全民`,
      '阅读调查',
      `${I}制图：柯  远`,
      '新书架',
      `${I}《河湾旧事》是本土作`,
      '者的散文集，收录作品四十',
      '余篇。',
    );
    expect(measureWrap(toLines(text))?.width).toBe(12);
    expect(texts(text)).toContain('数据来源：白沙市全民阅读调查');
    const items = toItems(toBlocks(reflow(toLines(text))));
    expect(items.map((item) => item.headline)).toEqual(['一座城市的阅读账单', '新书架']);
  });

  it('joins one character alone (数据来源：某区农业 / 局) to the full line above it: no title line, though a paragraph opens under it', () => {
    const text = page(
      '白沙区今年造林成绩单',
      `${I}今年以来，白沙区把荒`,
      '山造林和村庄绿化一起推进，',
      '全区新增造林面积2.6万亩，',
      '义务植树41万人次，森林覆',
      '盖率提高到百分之四十三。',
      `${I}数据来源：白沙区农业`,
      '局',
      `${I}11月15日，青禾村村民`,
      '在新建的文化广场上跳广场',
      '舞。',
    );
    expect(measureWrap(toLines(text))?.width).toBe(12);
    expect(texts(text)).toContain('数据来源：白沙区农业局');
    expect(texts(text)).not.toContain('局');
  });

  it('reads a painting under a book note as a picture of its own: its title naming the medium, indented like the text, over its maker', () => {
    const text = page(
      '读《白沙记事》',
      '□ 罗  进',
      `${I}《白沙记事》是本土作`,
      '者葛晴岚的散文集，收录作',
      '品四十余篇，记录了作者在',
      '白沙镇生活十年间的见闻。',
      '书中写渔民出海、河灯庙会、',
      '小镇变迁，语言朴素，感情',
      '真挚，读来如闻河风。',
      `${I}作者说，这些文章都是`,
      '写给老街坊的，写的是他们',
      '的日子。',
      `${I}书末附有小镇老照片三`,
      '十余幅，都是作者多年来一',
      '张张收集的。',
      `${I}《白沙晨曦》（国画）`,
      '柯  远 作',
      '河湾的冬天',
      `${I}立冬以后，河湾一天比`,
      '一天安静，芦苇黄了，候鸟',
      '落满了沙洲。',
    );
    expect(measureWrap(toLines(text))?.width).toBe(12);
    const items = readItems(text);
    expect(items.map((item) => [item.headline, item.byline])).toEqual([
      ['读《白沙记事》', '□ 罗  进'],
      ['《白沙晨曦》（国画）', '柯  远 作'],
      ['河湾的冬天', null],
    ]);
    expect(items[0].blocks.map((b) => b.text)).toEqual([
      '《白沙记事》是本土作者葛晴岚的散文集，收录作品四十余篇，记录了作者在白沙镇生活十年间的见闻。书中写渔民出海、河灯庙会、小镇变迁，语言朴素，感情真挚，读来如闻河风。',
      '作者说，这些文章都是写给老街坊的，写的是他们的日子。',
      '书末附有小镇老照片三十余幅，都是作者多年来一张张收集的。',
    ]);
  });

  it('starts a caption (图为……) under a full line that ended the paragraph, where a credit closes it', () => {
    const text = page(
      '白沙岛海水淡化扩建工程投运',
      `${I}本报讯（记者 柯远）`,
      '白沙岛海水淡化扩建工程日',
      '前投运，日产淡水八千吨，',
      '可满足岛上居民和企业今后',
      '十年的用水需求，岛上供水',
      '从此会更加稳定也更可靠。',
      '图为海水淡化厂的工作人员',
      '在检查设备运行情况。',
      '通讯员 葛  晴 摄',
      '白沙渔港完成扩建',
      `${I}本报讯（记者 罗进）白`,
      '沙渔港扩建工程日前完工，',
      '可同时停泊渔船三百艘。',
    );
    expect(measureWrap(toLines(text))?.width).toBe(12);
    const items = readItems(text);
    expect(items.map((item) => item.headline)).toEqual(['白沙岛海水淡化扩建工程投运', '白沙渔港完成扩建']);
    expect(items[0].blocks.map((b) => b.text)).toEqual(['白沙岛海水淡化扩建工程日前投运，日产淡水八千吨，可满足岛上居民和企业今后十年的用水需求，岛上供水从此会更加稳定也更可靠。']);
    expect(items[0].photos.map((p) => [p.caption, p.credit])).toEqual([['图为海水淡化厂的工作人员在检查设备运行情况。', '通讯员 葛  晴 摄']]);
  });

  it('joins a numbered entry’s rest the width cut before a bracketed note (2．某某商贸 / 有限公司（虚报营业收入）): no headline with a column tag', () => {
    const text = page(
      '　　经调查核实，下列企',
      '业存在统计违法行为，拟',
      '认定为统计严重失信企业，',
      '现予以公示：',
      '　　1．青禾市宏远机械',
      '制造有限公司（虚报产值）',
      '　　2．青禾市联旺商贸',
      '有限公司（虚报营业收入）',
      '　　3．青禾市福鑫陶瓷',
      '有限公司（虚报工业产值）',
      '　　公示期为2017年9月1',
      '日至9月7日。',
    );
    expect(texts(text)).toEqual([
      '经调查核实，下列企业存在统计违法行为，拟认定为统计严重失信企业，现予以公示：',
      '1．青禾市宏远机械制造有限公司（虚报产值）',
      '2．青禾市联旺商贸有限公司（虚报营业收入）',
      '3．青禾市福鑫陶瓷有限公司（虚报工业产值）',
      '公示期为2017年9月1日至9月7日。',
    ]);
  });

  it('lets closing marks hang past the width without taking them for a longer line', () => {
    // 只更换了老化的电线与水管。 is twelve characters and a hanging 。: full, and it ends the paragraph.
    expect(texts(WRAPPED)[3].endsWith('只更换了老化的电线与水管。')).toBe(true);
    expect(texts(WRAPPED)[6]).toBe('“房子还是原来的样子，住着却舒服多了。”居民周大山说。');
  });

  it('joins a clause announcing a list (具体如下：) to the full line that ended a sentence, and never a line wider than the column', () => {
    // Wrapped at 12; the next headline is wider than the column, under a phone number cut at the width.
    const wrappedNotice = page(
      '市纪委通报三起典型问题',
      `${I}为强化警示教育，市纪`,
      '委日前对三起典型问题进行',
      '通报。相关问题现均已核实。',
      '具体如下：',
      `${I}某街道办事处原副主任`,
      '葛某违规接受宴请问题。',
      `${I}举报电话：000000-123`,
      '88',
      '青禾市第二轮巡察进驻情况公告及联系方式',
      `${I}根据市委统一部署，市委`,
      '第二轮巡察已完成进驻。',
    );
    expect(texts(wrappedNotice)).toEqual([
      '市纪委通报三起典型问题',
      '为强化警示教育，市纪委日前对三起典型问题进行通报。相关问题现均已核实。具体如下：',
      '某街道办事处原副主任葛某违规接受宴请问题。',
      '举报电话：000000-12388',
      '青禾市第二轮巡察进驻情况公告及联系方式',
      '根据市委统一部署，市委第二轮巡察已完成进驻。',
    ]);
  });

  it('joins any clause ending in a colon over a paragraph’s opening to the full line that ended a sentence; a speaker’s kicker over a headline stays apart', () => {
    // Wrapped at 12.
    const wrapped = page(
      '沙湾渡口新码头启用',
      `${I}本报讯（记者柴砺）沙`,
      '湾渡口新码头昨日启用，码',
      '头改造历时八个月已经完工。',
      '新码头分为三个区域：',
      `${I}1．候船区；`,
      `${I}2．停车区。`,
      `${I}渡口管理站站长葛青说`,
      '，今后渡船半小时一班。',
      '市交通局局长丘明远：',
      '渡口要方便群众出行',
      `${I}丘明远说，全市渡口将`,
      '在年内全部完成改造。',
    );
    expect(texts(wrapped)).toEqual([
      '沙湾渡口新码头启用',
      '本报讯（记者柴砺）沙湾渡口新码头昨日启用，码头改造历时八个月已经完工。新码头分为三个区域：',
      '1．候船区；',
      '2．停车区。',
      '渡口管理站站长葛青说，今后渡船半小时一班。',
      '市交通局局长丘明远：',
      '渡口要方便群众出行',
      '丘明远说，全市渡口将在年内全部完成改造。',
    ]);
  });

  it('joins an excerpt’s source line the width cut before its issue and writer (——摘自《某某社会科学》 / 2015年第6期　某某某文) to its line, never a headline', () => {
    // Wrapped at 12.
    const wrapped = page(
      '观点摘编',
      `${I}■民俗的生命在于参与`,
      '，让群众从“看客”变成“主',
      '角”，节庆文化才能传下去。',
      `${I}——摘自《青禾社会科学》`,
      '2015年第6期　柯远山文',
      `${I}■保护民俗不是把它放`,
      '进博物馆，而是让它在生活',
      '中继续生长。',
      `${I}——摘自《青禾日报》2015`,
      '年2月2日　林　岚文',
    );
    expect(texts(wrapped)).toEqual([
      '观点摘编',
      '■民俗的生命在于参与，让群众从“看客”变成“主角”，节庆文化才能传下去。',
      '——摘自《青禾社会科学》2015年第6期　柯远山文',
      '■保护民俗不是把它放进博物馆，而是让它在生活中继续生长。',
      '——摘自《青禾日报》2015年2月2日　林　岚文',
    ]);
  });

  it('keeps a column’s name (灯下漫笔) apart from a verse that filled the width, over a headline and its writer’s line', () => {
    // Wrapped at 12: a poem's verses end without a stop, the last one as wide as the column.
    const wrapped = page(
      '糖画（外一首）',
      `${I}□ 柯　远`,
      `${I}一勺糖稀`,
      `${I}在铜板上走成一条龙`,
      `${I}孩子们踮起脚`,
      `${I}把日子　串得甜甜蜜蜜`,
      '灯下漫笔',
      '庙会的“味”',
      `${I}□ 丰　岚`,
      `${I}有人说，如今的庙会`,
      '越来越像商场，少了过去的',
      '味儿。可我倒觉得，庙会的',
      '味道不在卖什么，而在人：',
      '只要手艺人还在，味就在。',
    );
    expect(texts(wrapped).slice(5)).toEqual([
      '把日子　串得甜甜蜜蜜',
      '灯下漫笔',
      '庙会的“味”',
      '□ 丰　岚',
      '有人说，如今的庙会越来越像商场，少了过去的味儿。可我倒觉得，庙会的味道不在卖什么，而在人：只要手艺人还在，味就在。',
    ]);
  });

  it('joins the rest of a number in characters the width cut (……书目二 / 十一部) to its row, never to the banner and headline under it', () => {
    // Wrapped at 12.
    const wrapped = page(
      '说书人巫秋声',
      `${I}本报讯（记者柴砺）巫`,
      '秋声说了五十年书，是书场',
      '里最受欢迎的说书人。今年',
      '他把说过的书都录了下来。',
      `${I}■1998年拜师学艺，专`,
      '攻长篇评书和短篇小段儿',
      `${I}■收徒八人，录书目二`,
      '十一部',
      '身边好人',
      '书场门口的“引座员”',
      `${I}晚报讯（记者晏铮）每`,
      '天下午，书场门口都能看到',
      '她忙碌的身影。',
    );
    expect(texts(wrapped).slice(2)).toEqual([
      '■1998年拜师学艺，专攻长篇评书和短篇小段儿',
      '■收徒八人，录书目二十一部',
      '身边好人',
      '书场门口的“引座员”',
      '晚报讯（记者晏铮）每天下午，书场门口都能看到她忙碌的身影。',
    ]);
  });

  it('joins a box’s flush items the width cut (a label and its colon), never a headline with a colon over its byline', () => {
    // Wrapped at 12: a box's items print flush, so only the width says that a piece goes on.
    const box = page(
      '考试提醒',
      '报名时间：本月十四日至十',
      '五日',
      '数据来源：青禾市教育考试',
      '中心',
      '白沙：果农抢抓时节套苹果',
      '青禾日报记者 葛晴岚',
      `${I}连日来，白沙镇的果农们`,
      '抢抓晴好天气，给苹果套袋，',
      '一派繁忙景象。果农们说，',
      '今年的苹果长势喜人。',
      `${I}镇农业服务中心技术员`,
      '也来到果园，手把手教果农',
      '套袋技术。',
    );
    expect(texts(box)).toEqual([
      '考试提醒',
      '报名时间：本月十四日至十五日',
      '数据来源：青禾市教育考试中心',
      '白沙：果农抢抓时节套苹果',
      '青禾日报记者 葛晴岚',
      '连日来，白沙镇的果农们抢抓晴好天气，给苹果套袋，一派繁忙景象。果农们说，今年的苹果长势喜人。',
      '镇农业服务中心技术员也来到果园，手把手教果农套袋技术。',
    ]);
  });

  it('keeps a data box’s rows apart where each fills the width and the next opens with its own label', () => {
    // Wrapped at 12: 成交均价：5120元/平方米 fills the column, and so does the source line.
    const box = page(
      '青禾楼市周报',
      `${I}本周城区新房成交量环`,
      '比上升，二手房成交量持平，',
      '市场整体平稳运行。业内人',
      '士认为，年末成交量有望回',
      '升。',
      '11月城区新房成交情况',
      '成交均价：5120元/平方米',
      '新建住房成交：1024套',
      '同比变化：+6.3%',
      '数据来源：青禾市住房和城',
      '乡建设局',
      '白沙镇举办冬季招聘会',
      `${I}四十家企业到场招聘。`,
    );
    expect(texts(box)).toEqual([
      '青禾楼市周报',
      '本周城区新房成交量环比上升，二手房成交量持平，市场整体平稳运行。业内人士认为，年末成交量有望回升。',
      '11月城区新房成交情况',
      '成交均价：5120元/平方米',
      '新建住房成交：1024套',
      '同比变化：+6.3%',
      '数据来源：青禾市住房和城乡建设局',
      '白沙镇举办冬季招聘会',
      '四十家企业到场招聘。',
    ]);
  });

  it('joins a box’s closing note that the width cut under its marked rows (具体安排以各主管部门发布 / 的通知为准。)', () => {
    // Wrapped at 12: the note fills the column, printed flush as the rows over it are.
    const box = page(
      '青禾本月考试安排',
      `${I}本月全市有三项考试，请`,
      '考生提前做好准备，按时参',
      '加考试。市教育考试院提醒',
      '考生，考前一天要到考点查',
      '看考场，考试当天提前半小',
      '时到达。',
      '本月这些考试请留意',
      '■14日　学业水平考试',
      '■21日　教师招聘笔试',
      '■28日　实验操作考查',
      '具体安排以各主管部门发布',
      '的通知为准。',
      '白沙镇举办冬季招聘会',
      `${I}四十家企业到场招聘。`,
    );
    expect(texts(box)).toEqual([
      '青禾本月考试安排',
      '本月全市有三项考试，请考生提前做好准备，按时参加考试。市教育考试院提醒考生，考前一天要到考点查看考场，考试当天提前半小时到达。',
      '本月这些考试请留意',
      '■14日　学业水平考试',
      '■21日　教师招聘笔试',
      '■28日　实验操作考查',
      '具体安排以各主管部门发布的通知为准。',
      '白沙镇举办冬季招聘会',
      '四十家企业到场招聘。',
    ]);
  });

  it('joins a price box’s row the width cut right after the full-width space between its fields (一匹半挂机（定频）　 / 2280元—2680元)', () => {
    // Wrapped at 12 (the paragraph's lines): the row's label and the space fill the column, so its price goes to the next line.
    const box = page(
      '青禾家电卖场空调参考价',
      `${I}入夏以来，青禾城区空调销`,
      '量明显上升，记者走访了三',
      '家卖场，发现多数品牌比去',
      '年同期略有降价，节能型产',
      '品更受欢迎。价格如下。',
      `${I}一匹半挂机（定频）\u3000`,
      '2280元—2680元',
      `${I}一匹半挂机（变频）\u3000`,
      '2680元—3480元',
      `${I}两匹柜机\u30003880元`,
      '白沙镇举办冬季招聘会',
      `${I}四十家企业到场招聘，提供`,
      '岗位一千二百个。',
    );
    expect(texts(box)).toEqual([
      '青禾家电卖场空调参考价',
      '入夏以来，青禾城区空调销量明显上升，记者走访了三家卖场，发现多数品牌比去年同期略有降价，节能型产品更受欢迎。价格如下。',
      // Joined as a cut line with its trailing space: one space between the fields.
      '一匹半挂机（定频）　2280元—2680元',
      '一匹半挂机（变频）　2680元—3480元',
      '两匹柜机\u30003880元',
      '白沙镇举办冬季招聘会',
      '四十家企业到场招聘，提供岗位一千二百个。',
    ]);
  });

  it('joins a name list’s entry (某　某（某学院）) to the row the width cut right after its gap: the bracket names a unit, no column', () => {
    // Wrapped at 12: the row's second entry and the gap after it fill the column, so its third entry goes to the next line.
    const list = page(
      '青禾学院评出年度优秀教师',
      `${I}经学生投票和学院推荐，青`,
      '禾学院日前评出本年度优秀',
      '教师四名。评选自九月启动',
      '以来，全院两千多名学生参',
      '加投票，各学院推荐候选人',
      '二十名。名单如下。',
      `${I}甘小禾（数学科学院）`,
      `\u3000葛晓明（生命科学院）\u3000`,
      '林　帆（法学院）',
      `${I}罗秀英（外国语学院）`,
    );
    expect(texts(list)).toEqual([
      '青禾学院评出年度优秀教师',
      '经学生投票和学院推荐，青禾学院日前评出本年度优秀教师四名。评选自九月启动以来，全院两千多名学生参加投票，各学院推荐候选人二十名。名单如下。',
      '甘小禾（数学科学院） 葛晓明（生命科学院）　林　帆（法学院）',
      '罗秀英（外国语学院）',
    ]);
  });

  it('joins a numbered entry a break cut to its rest, though the rest’s bracket reads as a column tag: the next entry’s number follows it', () => {
    const list = page(
      '2017年度青禾市工程技术研究中心拟认定名单公示',
      `${I}经单位申报、专家评审，拟认定以下4家单位为2017年度青禾市工程技术研究中心，现予公示：`,
      `${I}1．青禾市柔性显示工程技术研究中心（青禾柔显科技有限公司）`,
      `${I}2．青禾市物联网传感器工程技术研究`,
      '中心（青禾感知电子有限公司）',
      `${I}3．青禾市智能终端软件工程技术研究中心（青禾云帆信息技术有限公司）`,
      `${I}4．青禾市锂电池材料工程技术研究中心（青禾新能电池材料有限公司）`,
      `${I}公示期：2017年11月7日至11月13日。`,
    );
    expect(texts(list)).toContain('2．青禾市物联网传感器工程技术研究中心（青禾感知电子有限公司）');
  });

  it('ends a notice’s row whose value is a number alone (◆订票电话：5238866) at its line: the banner and headline under it head the next piece', () => {
    // Wrapped at 12: with its figures counted half, the row stops within a character of the column.
    const notice = page(
      '演出资讯',
      '话剧《灯火》将再度上演',
      `${I}应广大观众要求，反`,
      '映青禾工人生活的原创话',
      '剧《灯火》将于本月再度',
      '上演。',
      `${I}◆地点：青禾大剧院`,
      `${I}◆票价：50元、80元、`,
      '120元，学生凭学生证购',
      '票享受半价优惠',
      `${I}◆订票电话：5238866`,
      '文化快讯',
      '青禾书画摄影展开展',
      `${I}本报讯　11月5日，青`,
      '禾书画摄影展在市美术馆',
      '开展，展出作品两百余件。',
    );
    expect(texts(notice)).toEqual([
      '演出资讯',
      '话剧《灯火》将再度上演',
      '应广大观众要求，反映青禾工人生活的原创话剧《灯火》将于本月再度上演。',
      '◆地点：青禾大剧院',
      '◆票价：50元、80元、120元，学生凭学生证购票享受半价优惠',
      '◆订票电话：5238866',
      '文化快讯',
      '青禾书画摄影展开展',
      '本报讯　11月5日，青禾书画摄影展在市美术馆开展，展出作品两百余件。',
    ]);
  });

  it('joins a photo credit the width cut inside the paper’s name (……地笼网。　都市 / 报记者　某　某　摄): the credit opens on the line above', () => {
    // Wrapped at 12.
    const photo = page(
      `${I}6月7日，青禾县湿地保`,
      '护区执法人员在巡查中拆除',
      '非法设置的地笼网。　都市',
      '报记者　柯　远　摄',
      '以案说法',
      '非法捕鸟被判刑',
      `${I}本报讯　青禾县一男子在`,
      '湿地保护区内非法捕鸟，日',
      '前被法院判处拘役四个月。',
    );
    expect(texts(photo)).toEqual([
      '6月7日，青禾县湿地保护区执法人员在巡查中拆除非法设置的地笼网。　都市报记者　柯　远　摄',
      '以案说法',
      '非法捕鸟被判刑',
      '本报讯　青禾县一男子在湿地保护区内非法捕鸟，日前被法院判处拘役四个月。',
    ]);
  });

  it('ends a standings table’s last row of figures that filled the column: the kicker and headline under it head the next piece', () => {
    // Wrapped at 14: each row fills the column, its last field a number (积分), each ending on another digit.
    const standings = page(
      '“金秋杯”乡镇篮球赛积分榜',
      `${I}名次　队名　场次　胜　负`,
      '　积分',
      `${I}1　白沙镇队　7　6　1　13`,
      `${I}2　柳塘镇队　7　5　2　12`,
      `${I}3　东城乡队　7　4　3　11`,
      `${I}4　青禾乡队　7　0　7　7`,
      '赛场新人',
      '种粮大户跑出马拉松成绩',
      '——记青禾县种粮大户柯春林',
      `${I}晚报记者　赵　岑`,
      `${I}每天清晨五点，青禾县白沙`,
      '镇的乡间公路上，总能看到一个',
      '跑步的身影，他是种了三百亩地',
      '的种粮大户柯春林。',
    );
    expect(texts(standings)).toEqual([
      '“金秋杯”乡镇篮球赛积分榜',
      '名次　队名　场次　胜　负 积分',
      '1　白沙镇队　7　6　1　13',
      '2　柳塘镇队　7　5　2　12',
      '3　东城乡队　7　4　3　11',
      '4　青禾乡队　7　0　7　7',
      '赛场新人',
      '种粮大户跑出马拉松成绩',
      '——记青禾县种粮大户柯春林',
      '晚报记者　赵　岑',
      '每天清晨五点，青禾县白沙镇的乡间公路上，总能看到一个跑步的身影，他是种了三百亩地的种粮大户柯春林。',
    ]);
  });

  it('joins a time of day alone (19:30) to the notice’s ●时间 row the width cut before it: a time heads no piece', () => {
    // Wrapped at 13: the row fills the column to its closing bracket, the time falls to the next line.
    const notice = page(
      '演出资讯',
      '青禾民乐团新年音乐会',
      `${I}青禾民乐团新年音乐会将`,
      '于下月初在青禾大剧院上演，',
      '曲目包括传统名曲和新创作',
      '品，演出时长约两个小时。',
      `${I}●时间：11月8日（周六）`,
      '19:30',
      `${I}●地点：青禾大剧院音乐`,
      '厅',
      `${I}●票价：40元、80元、120`,
      '元，学生凭证半价',
      '文化快讯',
      '青禾县图书馆延长开放时间',
      `${I}本报讯　青禾县图书馆自`,
      '本月起延长开放时间，每晚',
      '开放至九点，周一闭馆。',
    );
    expect(texts(notice)).toEqual([
      '演出资讯',
      '青禾民乐团新年音乐会',
      '青禾民乐团新年音乐会将于下月初在青禾大剧院上演，曲目包括传统名曲和新创作品，演出时长约两个小时。',
      '●时间：11月8日（周六）19:30',
      '●地点：青禾大剧院音乐厅',
      '●票价：40元、80元、120元，学生凭证半价',
      '文化快讯',
      '青禾县图书馆延长开放时间',
      '本报讯　青禾县图书馆自本月起延长开放时间，每晚开放至九点，周一闭馆。',
    ]);
  });

  it('joins a figure alone to the results row the width cut before it (…罗一远（一中） / ４７秒８８): a figure heads no piece', () => {
    // Wrapped at 12, full-width figures as a paper of the 1990s sets them.
    const box = page(
      '全县中学生速滑比赛落幕',
      `${I}本报讯 全县中学生速`,
      '滑比赛日前在青禾公园冰场',
      '举行，来自十二所中学的九',
      '十名选手参加了比赛。',
      '男子组成绩',
      `${I}男子组５００米：１．`,
      '林桂（十二中）４６秒９１',
      ' ２．周一（五中）４７秒',
      '３０ ３．罗一远（一中）',
      '４７秒８８',
      `${I}女子组５００米：１．`,
      '柯晴（三中）５０秒１２ ',
      '２．许诺（二中）５０秒６',
      '６ ３．郑可欣（五中）５',
      '１秒０４',
      '冰雪运动会下月开幕',
      `${I}本报讯 青禾县第二届`,
      '冰雪运动会将于下月开幕，',
      '设速滑、冰壶等六个大项。',
    );
    expect(texts(box)).toEqual([
      '全县中学生速滑比赛落幕',
      '本报讯 全县中学生速滑比赛日前在青禾公园冰场举行，来自十二所中学的九十名选手参加了比赛。',
      '男子组成绩',
      '男子组５００米：１．林桂（十二中）４６秒９１ ２．周一（五中）４７秒３０ ３．罗一远（一中）４７秒８８',
      '女子组５００米：１．柯晴（三中）５０秒１２ ２．许诺（二中）５０秒６６ ３．郑可欣（五中）５１秒０４',
      '冰雪运动会下月开幕',
      '本报讯 青禾县第二届冰雪运动会将于下月开幕，设速滑、冰壶等六个大项。',
    ]);
  });

  it('joins the rest of a name a break cut inside a results row (……（北湾区）、柯 / 晴（南山县）、……) to its row', () => {
    // Paragraphs indented, the page broken mid-line with a blank line after the break.
    const box = page(
      '游泳比赛成绩',
      `${I}男子自由泳：林桂（北湾区）、周一（南山县）、罗远（开发区）`,
      `${I}女子自由泳：许诺（北湾区）、柯`,
      '',
      '晴（南山县）、郑可（开发区）',
      `${I}男子蛙泳：罗远（开发区）、林桂（北湾区）、周一（南山县）`,
      '奖牌榜',
      `${I}北湾区金牌六枚，南山县金牌四枚，开发区金牌两枚，三个代表团包揽前三。`,
    );
    expect(texts(box)).toEqual([
      '游泳比赛成绩',
      '男子自由泳：林桂（北湾区）、周一（南山县）、罗远（开发区）',
      '女子自由泳：许诺（北湾区）、柯晴（南山县）、郑可（开发区）',
      '男子蛙泳：罗远（开发区）、林桂（北湾区）、周一（南山县）',
      '奖牌榜',
      '北湾区金牌六枚，南山县金牌四枚，开发区金牌两枚，三个代表团包揽前三。',
    ]);
  });

  it('keeps a notice’s title apart from the last field of the notice above it that filled the width', () => {
    // Wrapped at 11: 电话：0000-1234567 fills the column, then 招聘启事 heads the next notice.
    const notices = page(
      '白沙河堤防工程施工招标公告',
      `${I}招标人：青禾市水务局`,
      `${I}电话：0000-1234567`,
      '招聘启事',
      `${I}青禾恒达物流有限公`,
      '司因业务发展需要，现面',
      '向社会招聘驾驶员五名，',
      '要求持有Ａ２驾驶证，有',
      '三年以上驾龄，身体健康',
      '，无不良驾驶记录。',
    );
    expect(texts(notices)).toEqual([
      '白沙河堤防工程施工招标公告',
      '招标人：青禾市水务局',
      '电话：0000-1234567',
      '招聘启事',
      '青禾恒达物流有限公司因业务发展需要，现面向社会招聘驾驶员五名，要求持有Ａ２驾驶证，有三年以上驾龄，身体健康，无不良驾驶记录。',
    ]);
  });

  it('keeps a cartoon’s title apart from a reader’s signature above it that filled the width', () => {
    // Wrapped at 12: the signature line fills the column, then the cartoon's title heads its caption.
    const letter = page(
      '接送学生的车辆要管起来',
      `${I}我是一名农村学生的家`,
      '长。我们村离镇上的中学有',
      '八九里路，不少孩子每天坐',
      '私人面包车上学，一辆只能',
      '坐七个人的车常常挤进十五',
      '六个孩子。',
      `${I}我们当家长的看在眼里`,
      '、急在心里，希望有关部门',
      '加强对接送学生车辆的检查',
      '，有条件的地方开通正规的',
      '学生班车。',
      `${I}白沙县 读者 柯远山`,
      '“减负”',
      `${I}书包轻了，周末的辅导`,
      '班却多了。 林 默 作',
    );
    expect(texts(letter)).toEqual([
      '接送学生的车辆要管起来',
      '我是一名农村学生的家长。我们村离镇上的中学有八九里路，不少孩子每天坐私人面包车上学，一辆只能坐七个人的车常常挤进十五六个孩子。',
      '我们当家长的看在眼里、急在心里，希望有关部门加强对接送学生车辆的检查，有条件的地方开通正规的学生班车。',
      '白沙县 读者 柯远山',
      '“减负”',
      '书包轻了，周末的辅导班却多了。 林 默 作',
    ]);
  });

  it('keeps a cartoon’s title apart from a reader’s signature above it that filled the width, over the artist’s credit alone (sets zd, zi)', () => {
    // Wrapped at 12: the signature fills the column; the cartoon's title (with its medium) stands over 某　某　作 on a line of its own.
    const letter = page(
      '篮球场也该给年轻人留时段',
      `${I}我是一名刚参加工作的`,
      '年轻人，下班后喜欢去公园',
      '打篮球，可晚上七点以后球',
      '场总被占着。希望有关部门',
      '给场地划分好时段。',
      `${I}开发区读者　柯　明`,
      '“抢地盘”（漫画）',
      `${I}林　默　作`,
      '把场地的排班权交给居民',
      `${I}社区牵头，组织各方共`,
      '同协商，制定场地排班表。',
    );
    expect(texts(letter)).toEqual([
      '篮球场也该给年轻人留时段',
      '我是一名刚参加工作的年轻人，下班后喜欢去公园打篮球，可晚上七点以后球场总被占着。希望有关部门给场地划分好时段。',
      '开发区读者　柯　明',
      '“抢地盘”（漫画）',
      '林　默　作',
      '把场地的排班权交给居民',
      '社区牵头，组织各方共同协商，制定场地排班表。',
    ]);
  });

  it('keeps a reply’s headline apart from the reader’s signature above it that filled the width, over the dashed subheadline', () => {
    // Wrapped at 12: the letter's signature fills the column; the reply's headline stands under it, its dashed subheadline flush.
    const letter = page(
      '夜市摊位能否延长营业时间',
      `${I}我在河湾夜市经营小吃`,
      '摊三年了，夜市每晚十点就',
      '要收摊，可十点以后客流还',
      '不少。能不能延长一小时？',
      `${I}河东区东城读者　钱福`,
      '夜市延时试点下月启动',
      '——市商务局答复读者来信',
      `${I}钱福同志：来信收悉。`,
      '经研究，河湾夜市将于下月',
      '起试行延时至23时。',
    );
    expect(texts(letter)).toEqual([
      '夜市摊位能否延长营业时间',
      '我在河湾夜市经营小吃摊三年了，夜市每晚十点就要收摊，可十点以后客流还不少。能不能延长一小时？',
      '河东区东城读者　钱福',
      '夜市延时试点下月启动',
      '——市商务局答复读者来信',
      '钱福同志：来信收悉。经研究，河湾夜市将于下月起试行延时至23时。',
    ]);
    const items = readItems(letter);
    expect(items.map((i) => [i.headline, i.subheadline])).toEqual([
      ['夜市摊位能否延长营业时间', null],
      ['夜市延时试点下月启动', '——市商务局答复读者来信'],
    ]);
  });

  it('joins a list row the width cut where a row above it was cut too (…… 市第 / 二中学 ……), never reading its rest as a headline', () => {
    // Wrapped at 12: the first and third rows are cut right after 市第, the second runs to a third line.
    const notice = page(
      '青禾市助学金拟资助名单公示',
      `${I}经个人申请、学校审核，`,
      '拟对以下学生给予资助，现',
      '予公示：',
      `${I}1．柯小禾　女　市第`,
      '二中学　省外院校　800元',
      `${I}2．包远山　男　临江`,
      '县第一中学　省内院校　',
      '500元',
      `${I}3．龚晓月　女　市第`,
      '五中学　省外院校　800元',
      `${I}公示期为5月6日至5月`,
      '12日。',
    );
    expect(texts(notice)).toEqual([
      '青禾市助学金拟资助名单公示',
      '经个人申请、学校审核，拟对以下学生给予资助，现予公示：',
      '1．柯小禾　女　市第二中学　省外院校　800元',
      '2．包远山　男　临江县第一中学　省内院校　500元',
      '3．龚晓月　女　市第五中学　省外院校　800元',
      '公示期为5月6日至5月12日。',
    ]);
    expect(readItems(notice).map((i) => i.headline)).toEqual(['青禾市助学金拟资助名单公示']);
  });

  it('on a page of paragraphs broken mid-sentence, joins a numbered row the break cut inside a field (4．某某汽车租 / 赁有限公司　……), never reading its rest as a headline', () => {
    const notice = page(
      '青禾市新能源汽车推广补助资金拟拨付企业公示',
      `${I}根据市新能源汽车推广应用补助资金管理办法，现将拟拨付补助资金的企业公示如下：`,
      `${I}1．青禾市公共交通集团有限公司　纯电动公交车120辆`,
      `${I}2．青禾顺通出租汽车有限公司　纯电动出租车200辆`,
      `${I}3．青禾绿源汽车租`,
      '赁有限公司　纯电动乘用车60辆',
      `${I}公示期为3月21日至3月27日。如有异议，请在公示期内向市财政局反映。`,
      '白沙江绿道新增驿站6座',
      `${I}本报讯　今年以来，白沙江绿道新建驿站6座，均已向市民开放。`,
    );
    expect(texts(notice)).toEqual([
      '青禾市新能源汽车推广补助资金拟拨付企业公示',
      '根据市新能源汽车推广应用补助资金管理办法，现将拟拨付补助资金的企业公示如下：',
      '1．青禾市公共交通集团有限公司　纯电动公交车120辆',
      '2．青禾顺通出租汽车有限公司　纯电动出租车200辆',
      '3．青禾绿源汽车租赁有限公司　纯电动乘用车60辆',
      '公示期为3月21日至3月27日。如有异议，请在公示期内向市财政局反映。',
      '白沙江绿道新增驿站6座',
      '本报讯　今年以来，白沙江绿道新建驿站6座，均已向市民开放。',
    ]);
    expect(readItems(notice).map((i) => i.headline)).toEqual(['青禾市新能源汽车推广补助资金拟拨付企业公示', '白沙江绿道新增驿站6座']);
  });

  it('does not join a headline to the full line above it, nor the kicker and headline to each other', () => {
    const lines = texts(WRAPPED);
    expect(lines).toContain('秋收时节稻花香');
    expect(lines.slice(0, 2)).toEqual(['青禾镇老街换新颜', '居民议事会定下改造方案']);
  });

  it('reads as two articles with whole paragraphs (without the stage, a piece of a paragraph reads as the headline)', () => {
    const items = toItems(toBlocks(reflow(toLines(WRAPPED))));
    expect(items.map((i) => [i.headline, i.blocks.filter((b) => b.type === 'paragraph').length])).toEqual([
      ['居民议事会定下改造方案', 2],
      ['秋收时节稻花香', 2],
    ]);
    // Without it, pieces of paragraphs read as headlines and the two articles are lost.
    expect(toItems(toBlocks(toLines(WRAPPED))).map((i) => i.headline)).not.toEqual(['居民议事会定下改造方案', '秋收时节稻花香']);
  });

  it('joins a dateline’s line to the lines the width cut after it, though a short line without punctuation ends it mid-word', () => {
    // The writer's name wraps short (its space is narrow), then lines as full as the column and without
    // punctuation: they are the report going on, not a headline (headlines are not wrapped).
    const text = page(
      '白沙湖冬训营结营',
      `${I}新华社青禾1月5日电`,
      '（记者 林晓岚）白沙—青',
      '禾湖区冬季集训营今天在青',
      '禾县结营六十余名队员完成',
      '了为期一个月的训练。',
      `${I}集训营负责人表示，明年`,
      '将增加冰上项目，并邀请省',
      '内外的教练来湖区授课。',
    );
    expect(measureWrap(toLines(text))?.width).toBe(12);
    expect(texts(text)).toEqual([
      '白沙湖冬训营结营',
      '新华社青禾1月5日电（记者 林晓岚）白沙—青禾湖区冬季集训营今天在青禾县结营六十余名队员完成了为期一个月的训练。',
      '集训营负责人表示，明年将增加冰上项目，并邀请省内外的教练来湖区授课。',
    ]);
  });

  it('measures “ ” as the page does: narrow above, wide on a page wrapped with them wide', () => {
    const wide = page(
      '老街留住了老味道',
      `${I}改造前，镇里先后召开`,
      '了七次居民议事会，把“修',
      '旧如旧”写进了方案，“老',
      '街的味道”留住了。',
      `${I}施工队保留了“石板路”`,
      '“木门窗”和“青砖墙”，',
      '只更换了老化的“电线”与',
      '“水管”，居民说“样子没',
      '有变”。',
      `${I}“房子还是原来的样子，`,
      '住着却舒服多了。”居民',
      '“周大山”说，“街坊们都',
      '回来了。”',
    );
    expect(measureWrap(toLines(wide))).toEqual({ width: 12, ambiguousWide: true });
    expect(texts(wide)).toEqual([
      '老街留住了老味道',
      '改造前，镇里先后召开了七次居民议事会，把“修旧如旧”写进了方案，“老街的味道”留住了。',
      '施工队保留了“石板路”“木门窗”和“青砖墙”，只更换了老化的“电线”与“水管”，居民说“样子没有变”。',
      '“房子还是原来的样子，住着却舒服多了。”居民“周大山”说，“街坊们都回来了。”',
    ]);
  });

  it('measures “ ” wide where only a few lines hold them and both measures fit the rest alike', () => {
    const text = page(
      '青禾新开三条定制公交',
      `${I}本报讯 本月起，青禾新`,
      '开通三条定制公交线路，连',
      '接城区和三个工业园区。',
      `${I}市民通过“青禾”小程`,
      '序预约乘车，定制公交实行',
      '“一人一座”，票价根据里',
      '程确定。',
      `${I}首批线路试运行一个月，`,
      '运营方将根据客流调整发车',
      '时间和站点设置。',
    );
    expect(measureWrap(toLines(text))).toEqual({ width: 12, ambiguousWide: true });
    expect(texts(text)).toEqual([
      '青禾新开三条定制公交',
      '本报讯 本月起，青禾新开通三条定制公交线路，连接城区和三个工业园区。',
      '市民通过“青禾”小程序预约乘车，定制公交实行“一人一座”，票价根据里程确定。',
      '首批线路试运行一个月，运营方将根据客流调整发车时间和站点设置。',
    ]);
  });

  it('measures “ ” narrow on a page dense with them and with figures, where the lines that go on into the next read as cut at the column', () => {
    // Wrapped at 12 with “ ” and figures counted half: measured wide, 鲜”，8号线、9号线满座率 would run past the column.
    const text = page(
      '青禾“定制公交”12日开通',
      `${I}“线路怎么走，听乘客`,
      '的。”运营方负责人说，开',
      '通前收集到1300多条建议，',
      '“早晚班”“夜班车”呼声最高。',
      `${I}市交通运输局表示，下`,
      '一步将推动“定制公交”与地',
      '铁、共享单车“无缝衔接”，',
      '让市民出行更便利。',
      `${I}“以前挤公交要站40分`,
      '钟，现在“掌上预约”，到站',
      '就有座。”在园区上班的小',
      '周说，“省心多了。”',
      `${I}首日共有3200人次“尝`,
      '鲜”，8号线、9号线满座率',
      '超过9成，“白沙—青禾”线最',
      '受欢迎。',
      `${I}市民可通过“青禾出行”`,
      '小程序提前1天预约，“月票”',
      '每月260元，学生“半价”。',
    );
    expect(measureWrap(toLines(text))).toEqual({ width: 12, ambiguousWide: false });
    expect(texts(text)).toEqual([
      '青禾“定制公交”12日开通',
      '“线路怎么走，听乘客的。”运营方负责人说，开通前收集到1300多条建议，“早晚班”“夜班车”呼声最高。',
      '市交通运输局表示，下一步将推动“定制公交”与地铁、共享单车“无缝衔接”，让市民出行更便利。',
      '“以前挤公交要站40分钟，现在“掌上预约”，到站就有座。”在园区上班的小周说，“省心多了。”',
      '首日共有3200人次“尝鲜”，8号线、9号线满座率超过9成，“白沙—青禾”线最受欢迎。',
      '市民可通过“青禾出行”小程序提前1天预约，“月票”每月260元，学生“半价”。',
    ]);
  });

  it('measures “ ” by the paragraphs’ lines, not by a kicker ending in —— over its headline or a headline over its dashed subheadline', () => {
    // Wrapped at 11 with “ ” counted half. Counted wide, the two headline blocks' pairs would read as lines the width
    // cut and outvote 了追求“一次成景”，花高, which then runs past the column and reads as a headline (set qb).
    const text = page(
      '刹住“大树进城”风——',
      '城市绿化一律不得移植古树',
      '——违规移植的将追究建设单位和施工单位责任',
      `${I}本报讯　6月23日，`,
      '记者从青禾市建设局获悉，',
      '我市日前出台规定，城市',
      '绿化工程一律不得从农村',
      '移植古树。',
      `${I}近年来，一些单位为`,
      '了追求“一次成景”，花高',
      '价从农村挖来大树、古树',
      '栽进城里，成活率不到六',
      '成。',
      `${I}规定明确，今后城市`,
      '绿化以种植乡土树种的苗',
      '木为主，违规的将依法追',
      '究责任。',
      '一株古树“进城”的代价',
      '——城区部分绿化工程移植大树情况调查',
      `${I}记者走访了城区三个`,
      '新建小区，发现“大树进',
      '城”的做法仍有市场。',
      `${I}一位施工队负责人说，`,
      '移一株大树要花“好几万”，',
      '成活与否“看运气”。',
    );
    expect(measureWrap(toLines(text))).toEqual({ width: 11, ambiguousWide: false });
    expect(texts(text)).toContain('近年来，一些单位为了追求“一次成景”，花高价从农村挖来大树、古树栽进城里，成活率不到六成。');
  });

  it('measures “ ” narrow where, so counted, most lines holding one stop half a character short of the column', () => {
    // Wrapped at 13 with “ ” counted half: the commonest width is 12.5, and measured wide 青禾县今年把“菜篮子”工 and
    // 菜”被一家超市以每斤三元的 run past the column and read as headlines.
    const text = page(
      '青禾蔬菜大棚喜获丰收',
      `${I}合作社负责人介绍，“订`,
      '单农业”让菜农心里有了底。',
      `${I}“以前种菜靠天吃饭，现`,
      '在靠技术吃饭。”老周笑着说。',
      `${I}青禾县今年把“菜篮子”工`,
      '程列为民生实事，新建蔬菜大',
      '棚一千二百栋。当天的“头茬',
      '菜”被一家超市以每斤三元的',
      '价格全部收购。',
    );
    expect(measureWrap(toLines(text))).toEqual({ width: 13, ambiguousWide: false });
    expect(texts(text)).toEqual([
      '青禾蔬菜大棚喜获丰收',
      '合作社负责人介绍，“订单农业”让菜农心里有了底。',
      '“以前种菜靠天吃饭，现在靠技术吃饭。”老周笑着说。',
      '青禾县今年把“菜篮子”工程列为民生实事，新建蔬菜大棚一千二百栋。当天的“头茬菜”被一家超市以每斤三元的价格全部收购。',
    ]);
  });

  it('keeps the space a wrap moved to the end or start of a line, and puts in no other', () => {
    const text = page(
      '青年科普讲解大赛落幕',
      `${I}本报北京3月2日电  `,
      '（记者 孙一凡）3月2日，',
      '第五届青年科普讲解大赛',
      '在京落幕。',
      `${I}参赛的36名选手来自`,
      '全国各地，讲解内容涵盖',
      '天文、地理和生命科学。',
      `${I}评委会主任宋启明说：`,
      '“选手们讲得生动有趣。”',
      ' The final was held in',
      ' Beijing.',
    );
    expect(measureWrap(toLines(text))?.width).toBe(11);
    expect(texts(text).slice(1)).toEqual([
      '本报北京3月2日电 （记者 孙一凡）3月2日，第五届青年科普讲解大赛在京落幕。',
      '参赛的36名选手来自全国各地，讲解内容涵盖天文、地理和生命科学。',
      '评委会主任宋启明说：“选手们讲得生动有趣。” The final was held in Beijing.',
    ]);
  });
});

describe('reflow: a kicker over a headline that asks, after a line closing a piece without its stop (made-up page)', () => {
  it('keeps 每周一问 / 蚯蚓为什么雨后爬出来？ apart from the expert’s line above them', () => {
    const text = page(
      '青禾镇科普周开幕',
      `${I}本报讯（记者 林晓岚）`,
      '青禾镇首届科普周昨日在镇',
      '文化站开幕，展出农业科技',
      '展品60余件。',
      `${I}答疑专家：白沙市农业`,
      '科学研究所植物保护研究室',
      '副研究员　柯晓帆',
      '每周一问',
      '蚯蚓为什么雨后爬出来？',
      `${I}读者小林问：下雨以后`,
      '路上总有许多蚯蚓，这是为',
      '什么？',
      `${I}柯晓帆答：雨水灌进土`,
      '壤，蚯蚓缺氧，只好爬到地',
      '面上来透气。',
    );
    expect(measureWrap(toLines(text))?.width).toBe(12);
    expect(texts(text).slice(2)).toEqual([
      '答疑专家：白沙市农业科学研究所植物保护研究室副研究员　柯晓帆',
      '每周一问',
      '蚯蚓为什么雨后爬出来？',
      '读者小林问：下雨以后路上总有许多蚯蚓，这是为什么？',
      '柯晓帆答：雨水灌进土壤，蚯蚓缺氧，只好爬到地面上来透气。',
    ]);
  });
});

describe('reflow: a paragraph broken mid-sentence', () => {
  it('joins a marked caption broken mid-sentence to its rest and credit (▲昨日下午再下大雨，途人在 / 某某道冒雨過馬路。本報記者　某某攝)', () => {
    const text = page(
      '港聞簡訊',
      `${I}●天文台表示，本港未來兩三日仍有大驟雨。`,
      `${I}●區議會昨日通過動議，要求增設長者日間護理中心。`,
      `${I}▲昨日下午再下大雨，途人在`,
      '青禾道冒雨過馬路。本報記者　柯遠攝',
    );
    const items = readItems(text);
    expect(items.flatMap((item) => item.photos.map((p) => p.caption))).toEqual(['▲昨日下午再下大雨，途人在青禾道冒雨過馬路。']);
  });

  it('joins a reader’s question’s last line, asking, to the line the width filled before it (问：……。 / 这合理吗？（读者　某先生）), on a page wrapped at a width', () => {
    // Wrapped at 12 (a CJK character counts 1, the indent 2).
    const text = page(
      '快件丢了　只能按运费赔吗',
      `${I}问：上月我寄的一件样`,
      '品在转运中丢失，快递公司',
      '只按运费的三倍赔偿，不到',
      '一百元，可样品价值两千元。',
      '这合理吗？（读者　柯先生）',
      `${I}答：寄件时如果办理了保`,
      '价，可按保价金额赔偿；没有',
      '保价的，可按实际损失协商或',
      '诉讼。',
      `${I}答疑律师：青禾律师事务`,
      '所　葛　岚',
    );
    expect(texts(text)).toContain('问：上月我寄的一件样品在转运中丢失，快递公司只按运费的三倍赔偿，不到一百元，可样品价值两千元。这合理吗？（读者　柯先生）');
  });

  it('reads a kicker ending in its dash after a paragraph that ended its sentence as a headline-block line, though the width filled both (……试运营。 / 某某修到哪里　某某跟到哪里——)', () => {
    // Wrapped at 14 (a CJK character counts 1, an ASCII one 1/2, the indent 2).
    const text = page(
      '全线19座车站主体结构完工',
      `${I}本报讯（记者　柯　远）9`,
      '月14日，市轨道交通建设指挥部',
      '通报，1号线全线19座车站主体',
      '结构已全部完工。',
      `${I}指挥部负责人表示，1号线`,
      '建成后，将串联起火车站、青禾',
      '老街、新城中央商务区等重点片',
      '区，预计2013年下半年试运营。',
      '地铁修到哪里　配套跟到哪里——',
      '沿线商圈与车站“同步施工”',
      `${I}本报记者　葛　岚`,
      `${I}地铁未通，商圈先动。记者`,
      '近日走访发现，1号线沿线的商',
      '圈正借地铁建设之机改造升级。',
    );
    const read = texts(text);
    expect(read).toContain('地铁修到哪里　配套跟到哪里——');
    expect(read).toContain('沿线商圈与车站“同步施工”');
    expect(read).toContain('指挥部负责人表示，1号线建成后，将串联起火车站、青禾老街、新城中央商务区等重点片区，预计2013年下半年试运营。');
  });

  it('ends a marked row of a long label and a telephone number (●市交警支队路况查询：6272122) where a box’s title follows, on a page broken mid-sentence', () => {
    const text = page(
      '便民热线',
      `${I}●市林草局义务植树咨询：6238811`,
      `${I}●光热电站开放日预约咨询：6255020`,
      `${I}●市交警支队沙区路况查询：6272122`,
      '今日天气',
      `${I}晴转多云，西北风4到5级，午后阵风7级，局地有`,
      '扬沙，气温11℃到26℃。',
      `${I}（青禾市气象台5月10日17时发布）`,
    );
    expect(texts(text)).toEqual([
      '便民热线',
      '●市林草局义务植树咨询：6238811',
      '●光热电站开放日预约咨询：6255020',
      '●市交警支队沙区路况查询：6272122',
      '今日天气',
      '晴转多云，西北风4到5级，午后阵风7级，局地有扬沙，气温11℃到26℃。',
      '（青禾市气象台5月10日17时发布）',
    ]);
  });

  it('joins a reader’s question a break cut before its question mark (读者某女士问：……的 / 老家看看，……要不要买票？), though its rest reads as a headline that asks', () => {
    const text = page(
      '北门班车收得早　白沙镇居民赶车难',
      `${I}晚报讯（记者　柯　远）“晚上六点以后就没有回白沙镇的班车了。”近日，不少读者向本报反映。`,
      `${I}7月2日，记者来到北门车站。晚上六点左右，最后一班车开出后，仍有二十多名乘客没有`,
      '',
      '赶上，只能打电话请家人开车来接。',
      `${I}交通部门同时提醒市民，切勿乘坐无证私家车，以免发生危险。`,
      '',
      `${I}7月2日晚6时许，青禾市北门车站，乘客排队等候开往白沙镇的末班车。`,
      `${I}晚报记者　柯　远　摄`,
      '记者帮你问',
      '坐班车回老家，孩子要不要买票',
      `${I}读者林女士问：暑假想带孩子坐班车回白沙镇的`,
      '',
      '老家看看，孩子身高1.3米，要不要买票？',
      `${I}答：市客运公司工作人员介绍，身高1.2米以下的儿童免票，1.2米至1.5米的儿童购买半票。`,
      `${I}读者葛先生问：班车票可以网上买吗？退票怎么办？`,
      `${I}答：可以。旅客可通过微信公众号提前购票。`,
    );
    expect(texts(text)).toContain('读者林女士问：暑假想带孩子坐班车回白沙镇的老家看看，孩子身高1.3米，要不要买票？');
  });

  it('joins the interviewer’s question a break cut (晚报：……被淹在地 / 下车库里，……怎么防范？), and a row’s last cell cut after 按', () => {
    const text = page(
      '专家面对面',
      '地下车库进水　车主该怎么办',
      `${I}嘉宾：青禾市消防救援支队战训科科长　柯远航`,
      `${I}晚报：每年汛期都有车辆被淹在地`,
      '',
      '下车库里，车主应该怎么防范？',
      `${I}柯远航：关注天气预报是第一位的。收到暴雨预警后，车主最好提前把车挪到地面高处。`,
      '',
      '我市就业见习补贴标准',
      `${I}项目　补贴标准　备注`,
      `${I}见习补贴　每人每月1260元　按`,
      '',
      '最低工资标准60%',
      `${I}留用奖励　每人2000元　留用率50%以上`,
      `${I}保险补贴　每人每月30元　人身意外伤害保险`,
    );
    const read = texts(text);
    expect([read.includes('晚报：每年汛期都有车辆被淹在地下车库里，车主应该怎么防范？'), read.includes('见习补贴　每人每月1260元　按最低工资标准60%')]).toEqual([true, true]);
  });

  it('joins a table’s row a break cut inside its date (……排水管改造　3 / 月9日—3月20日), the date’s rest standing apart', () => {
    const text = page(
      '本周道路施工占道信息',
      `${I}路段　施工内容　占道时间`,
      `${I}滨江东路（青禾大桥至东湖路）　排水管改造　3`,
      '',
      '月9日—3月20日',
      `${I}沿江大道（青禾隧道西洞口）　地铁施工围挡　3月12日—6月11日`,
      `${I}东湖路（人民桥段）　桥面修补　3月10日—3月13日`,
      `${I}（市交警支队提供）`,
    );
    expect(texts(text)).toContain('滨江东路（青禾大桥至东湖路）　排水管改造　3月9日—3月20日');
  });

  it('joins a list’s row a break cut short (红色预警　3小时内降雨量 / 将达100毫米以上，……), its label shaped as the rows above', () => {
    const text = page(
      '一图读懂',
      '防汛预警信号怎么看',
      `${I}蓝色预警　12小时内降雨量将达50毫米以上，注意防范`,
      `${I}黄色预警　6小时内降雨量将达50毫米以上，减少外出`,
      `${I}橙色预警　3小时内降雨量将达50毫米以上，停止户外活动`,
      `${I}红色预警　3小时内降雨量`,
      '',
      '将达100毫米以上，做好转移准备',
      `${I}本版制图：柯　沐`,
    );
    expect(texts(text)).toContain('红色预警　3小时内降雨量将达100毫米以上，做好转移准备');
  });

  it('but not a brief signed in brackets under briefs alike (本报电　……（某　某）): the title under it heads a picture', () => {
    const text = page(
      '体坛快讯',
      `${I}本报电　全国女子排球锦标赛16日在青禾结束小组赛，八支队伍晋级决赛阶段。（柯　宁）`,
      `${I}本报电　全国青少年网球排名赛青禾站日前落幕，近400名青少年选手参加了比赛。（葛　洁）`,
      `${I}本报电　象棋甲级联赛第十轮比赛16日进行。（罗　川）`,
      '奋力冲刺',
      `${I}7月16日，全国田径冠军赛青禾站男子110米栏决赛中，选手们奋力冲刺。　本报记者　柯　超摄`,
    );
    expect(texts(text)).toContain('奋力冲刺');
  });

  it('joins a short line cut mid-sentence (本报5月28日刊登的) to the flush line that ends its sentence and goes on, though it reads like a label', () => {
    const text = page(
      '老小区供暖管道将改造',
      '——市住建局答复读者来信',
      `${I}本报5月28日刊登的`,
      '读者来信《供暖管道年年漏水　谁来管管》收悉。经调查，现答复如下：',
      `${I}青禾小区建于1993年，小区内供热管网一直未移交热力公司管理。`,
      `${I}居民回家`,
      `${I}记者在青禾小区看到，施工队已进场开挖。`,
    );
    expect(texts(text)).toEqual([
      '老小区供暖管道将改造',
      '——市住建局答复读者来信',
      '本报5月28日刊登的读者来信《供暖管道年年漏水　谁来管管》收悉。经调查，现答复如下：',
      '青禾小区建于1993年，小区内供热管网一直未移交热力公司管理。',
      '居民回家',
      '记者在青禾小区看到，施工队已进场开挖。',
    ]);
  });

  it('joins a short indented line cut mid-sentence (根据国家林地保) to the flush line under it longer than any title, with commas', () => {
    const text = page(
      '青禾市2011年度公益林补偿面积公示',
      `${I}根据国家林地保`,
      '护补偿资金管理有关规定，经各县区林业部门逐一核定，现将我市2011年度公益林补偿面积公示如下：',
      `${I}1．青禾县：补偿面积120万亩。`,
      `${I}青禾市林业局`,
    );
    expect(texts(text)).toEqual([
      '青禾市2011年度公益林补偿面积公示',
      '根据国家林地保护补偿资金管理有关规定，经各县区林业部门逐一核定，现将我市2011年度公益林补偿面积公示如下：',
      '1．青禾县：补偿面积120万亩。',
      '青禾市林业局',
    ]);
  });

  it('ends a comment’s last paragraph at its writer’s name run in after the stop (……焕然一新。钟岩): the flush headline under it is a picture’s', () => {
    const text = page(
      '街头巷尾要常态整治',
      `${I}背街小巷整治，不能一阵风。`,
      `${I}环境好不好，群众说了算。只有把整治变成常态，城乡面貌才能真正焕然一新。柯远`,
      '清　淤',
      `${I}5月15日，城关区环卫工人在护城河东段清理淤泥。`,
      `${I}本报记者　林晓岚　摄`,
    );
    expect(texts(text)).toEqual([
      '街头巷尾要常态整治',
      '背街小巷整治，不能一阵风。',
      '环境好不好，群众说了算。只有把整治变成常态，城乡面貌才能真正焕然一新。柯远',
      '清　淤',
      '5月15日，城关区环卫工人在护城河东段清理淤泥。',
      '本报记者　林晓岚　摄',
    ]);
  });

  it('joins the rest of a row the width cut right after 至, though it ends in brackets a column tag could be (……3月24日至 / 4月20日（周一闭馆）)', () => {
    // Wrapped at 12 (the indent 2, ● and the digits half).
    const box = page(
      '渔村老照片展开展',
      `${I}本报讯　3月24日，“渔村`,
      '记忆”老照片展在市文化馆',
      '开展，展出本地摄影爱好者',
      '作品120余幅，题材涵盖出',
      '海捕鱼、渔港风情等。',
      `${I}●展览时间：3月24日至`,
      '4月20日（周一闭馆）',
      `${I}●展览地点：白沙市文`,
      '化馆一楼展厅',
    );
    expect(texts(box)).toContain('●展览时间：3月24日至4月20日（周一闭馆）');
  });

  it('joins the rest of a row the width cut, ending in a note in brackets, over the page’s editor line (……　青 / 禾码头遗址（需预约） / 本版编辑：……): no headline stands over an editor line', () => {
    // Wrapped at 12 (the indent 2, the digits half).
    const box = page(
      '古镇周末活动预告',
      `${I}本报讯　本周末，青禾`,
      '古镇将举办多项民俗活动，',
      '欢迎市民游客前往参与，部',
      '分活动需提前预约。',
      `${I}●渔歌对唱会　5月16日`,
      '　古戏台',
      `${I}●手作市集　5月16日至`,
      '17日　古镇西街',
      `${I}●亲子研学：寻访老码`,
      '头的拴船石　5月17日　青',
      '禾码头遗址（需预约）',
      `${I}本版编辑：柯　澜`,
    );
    const read = texts(box);
    expect(read).toContain('●亲子研学：寻访老码头的拴船石　5月17日　青禾码头遗址（需预约）');
    expect(read.at(-1)).toBe('本版编辑：柯　澜');
  });

  it('keeps apart a headline with a comma after a comment signed by its writer’s name run in (……无处藏身。卢　湄 / 早市散了，地面谁来扫)', () => {
    // Wrapped at 11.
    const comments = page(
      '菜场的秤，要让人放心',
      `${I}前几天在菜场买了两`,
      '斤排骨，回家一称，少了',
      '二两。不少街坊都有类似',
      '的经历。希望改造后的菜',
      '场能把公平秤用起来，再',
      '把摊主的诚信情况公示出',
      '来，让缺斤短两的人无处',
      '藏身。卢　湄',
      '早市散了，地面谁来扫',
      `${I}老城区不少菜场门口`,
      '有早市，早市一散，菜叶、',
      '塑料袋扔了一地。',
    );
    const read = texts(comments);
    expect(read).toContain('早市散了，地面谁来扫');
    expect(read.find((t) => t.endsWith('卢　湄'))).toMatch(/^前几天/);
  });

  it('keeps apart a short headline after a comment signed by a name spaced to a width, whatever its surname (……合同。禤　桦 / 农机手的“饭碗”要端稳: set zs)', () => {
    // A break, no wrap: the comment's last paragraph goes on flush and ends in its writer's spaced name.
    const comments = page(
      '街谈巷议',
      '别让“黑飞”坏了好庄稼',
      `${I}每到植保季，一些没有资质的“游击队”就开着面包车下乡揽活，价格比正规服务组织便宜不少。`,
      `${I}农户图便宜，最后吃`,
      '亏的还是自己。选择飞防服务，还是要认准正规组织、签好作业合同。禤　桦',
      '农机手的“饭碗”要端稳',
      `${I}无人机来了，一些老机手担心自己的“饭碗”被抢。其实，机手学会新本事，饭碗只会更稳。`,
    );
    const read = texts(comments);
    expect(read).toContain('农机手的“饭碗”要端稳');
    expect(read.find((t) => t.endsWith('禤　桦'))).toMatch(/^农户图便宜/);
  });

  it('keeps apart a short title after a voice signed after its quotation (●“……。”——读者　某某某 / 下期预告)', () => {
    const box = page(
      '读者热议',
      `${I}●“家门口就有中医馆的分馆，配药再也不用跑老城了。”——读者　柯秋云`,
      `${I}●“希望老字号多开些健康讲座，教我们怎么养生。”——读者　葛伯康`,
      `${I}●“老手艺要传下去，年轻人也要多学学。”——读者　林思齐`,
      '下期预告',
      `${I}下周二本版将刊发对青禾市中医院针灸科主任的专访，敬请关注。`,
      `${I}本版编辑：喻　澄`,
    );
    const read = texts(box);
    expect(read).toContain('下期预告');
    expect(read).toContain('●“老手艺要传下去，年轻人也要多学学。”——读者　林思齐');
  });

  it('keeps apart a headline with a comma, as wide as the column, between a finished sentence and a dashed subheadline (……读了书。 / 读书，是最划算的“远行” / ——对话……)', () => {
    // Wrapped at 14.
    const text = page(
      '少儿图书馆暑期“一座难求”',
      `${I}本报讯　暑假里，青禾市少`,
      '儿图书馆的阅览室天天坐满了',
      '孩子，不少家长们也陪着孩子',
      '一起读书，还有人专门从乡下',
      '赶来，就为了借几本新书回去',
      '给孩子看，家长们都说值得。',
      '读书，是最划算的“远行”',
      '——对话儿童文学作家柯一苇',
      `${I}记者：您常说读书是一场远`,
      '行，为什么这么说？',
    );
    const read = texts(text);
    expect(read).toContain('读书，是最划算的“远行”');
    expect(read).toContain('——对话儿童文学作家柯一苇');
  });

  it('joins a ■ row’s rest that a break cut off, ending on its semicolon (　　■不要为他人携带 / 不明物品，更不要接受“带货费”；)', () => {
    const text = page(
      '出入境旅客须知',
      `${I}■旅客携带物品应以自用、合理数量为限；`,
      `${I}■不要为他人携带`,
      '不明物品，更不要接受“带货费”；',
      `${I}■发现走私违法线索，可拨打海关举报电话12360。`,
    );
    expect(texts(text)).toEqual([
      '出入境旅客须知',
      '■旅客携带物品应以自用、合理数量为限；',
      '■不要为他人携带不明物品，更不要接受“带货费”；',
      '■发现走私违法线索，可拨打海关举报电话12360。',
    ]);
  });

  it('joins the rest of a reader’s question signed at its head that a break cut before its question mark (网友“某某”：…… / ……可以吗？), never reading it as the next item’s headline (set zzzq)', () => {
    const text = page(
      '买冬储菜能否刷医保卡',
      `${I}网友“西城小许”：听说有的城市可以用医保个人账`,
      '户买冬储菜，我们这里可以吗？',
      `${I}青禾市医疗保障局回复：医保个人账户资金不得用于购买生活用品、食品等，冬储菜不在医保支付范围内。`,
    );
    expect(texts(text)).toEqual([
      '买冬储菜能否刷医保卡',
      '网友“西城小许”：听说有的城市可以用医保个人账户买冬储菜，我们这里可以吗？',
      '青禾市医疗保障局回复：医保个人账户资金不得用于购买生活用品、食品等，冬储菜不在医保支付范围内。',
    ]);
  });

  it('joins the rest of a ■ row a break cut before its end (　　■全市60岁以上老年 / blank / 人口：……) when the next row opens with the same mark; a box’s name between rows stays apart (sets zt, zzo, zzzk)', () => {
    const cut = page(
      '青禾养老服务主要数据',
      `${I}■全市60岁以上老年`,
      '',
      '人口：52.7万人，占户籍总人口的19.3%',
      `${I}■养老机构：112家，其中公办58家、民办54家`,
      `${I}■养老床位：2.16万张，每千名老人拥有41张`,
    );
    expect(texts(cut)).toEqual([
      '青禾养老服务主要数据',
      '■全市60岁以上老年人口：52.7万人，占户籍总人口的19.3%',
      '■养老机构：112家，其中公办58家、民办54家',
      '■养老床位：2.16万张，每千名老人拥有41张',
    ]);
    const boxes = page(
      `${I}■10月18日，市总工会在城东开展职工法律知识讲座。`,
      '工会简讯',
      `${I}■10月20日，市总工会为一线职工送去防寒用品。`,
    );
    expect(texts(boxes)).toEqual(['■10月18日，市总工会在城东开展职工法律知识讲座。', '工会简讯', '■10月20日，市总工会为一线职工送去防寒用品。']);
  });

  it('so with a name spaced to a width (……多想一步。滕　野): the flush cartoon title under it is no rest of the sentence (set qd)', () => {
    const text = page(
      '扫雪，别只扫到自家门口',
      `${I}其实，多扫几米雪，不过是多挥几下扫帚的事。`,
      `${I}下一场雪来的时候，不妨多扫一段，也替路过的老人孩子多想一步。葛　野`,
      '屋里屋外',
      `${I}柯　冬　作`,
    );
    expect(texts(text)).toEqual([
      '扫雪，别只扫到自家门口',
      '其实，多扫几米雪，不过是多挥几下扫帚的事。',
      '下一场雪来的时候，不妨多扫一段，也替路过的老人孩子多想一步。葛　野',
      '屋里屋外',
      '柯　冬　作',
    ]);
  });

  it('ends a paragraph at a credit on its own line: the next piece’s flush headline of two spaced halves under it is no rest of a row', () => {
    const text = page(
      `${I}骑手被送到医院后诊断为中暑，经治疗已无大碍。`,
      `${I}昨日，白沙市民在城市书房里看书纳凉。`,
      `${I}青禾都市报记者　柯远帆　摄`,
      '夏季用电创新高　部分小区晚间跳闸',
      `${I}本报讯（记者　林晓岚　通讯员　柯小满）8月15日，白沙电网最大负荷再创历史新高。`,
      `${I}近日，城南等老旧小区晚间频繁跳闸，供电公司已对变压器进行增容，`,
      '并安排抢修人员夜间值守。',
    );
    expect(texts(text)).toEqual([
      '骑手被送到医院后诊断为中暑，经治疗已无大碍。',
      '昨日，白沙市民在城市书房里看书纳凉。',
      '青禾都市报记者　柯远帆　摄',
      '夏季用电创新高　部分小区晚间跳闸',
      '本报讯（记者　林晓岚　通讯员　柯小满）8月15日，白沙电网最大负荷再创历史新高。',
      '近日，城南等老旧小区晚间频繁跳闸，供电公司已对变压器进行增容，并安排抢修人员夜间值守。',
    ]);
  });

  it('joins a box’s marked item broken after its first words (●某港9月份完成货物吞吐量 / 1860万吨，……。（某　某）): a line ending a sentence and its signer heads nothing', () => {
    const text = page(
      '交通简讯',
      `${I}●青禾港9月份完成货物吞吐量`,
      '1860万吨，同比增长7.2%，其中集装箱吞吐量首次突破10万标箱。（柯　远）',
      `${I}●白沙至柳塘二级公路改建工程9月28日全线贯通，比计划工期提前两个月。（葛晴岚）`,
      `${I}●市道路运输管理局近日开展出租汽车服务质量专项检查，查处违规行为36起。（温子墨）`,
    );
    const items = readItems(text);
    expect(items.map((item) => item.headline)).toEqual(['交通简讯']);
    expect(items[0].blocks[0].text).toBe('●青禾港9月份完成货物吞吐量1860万吨，同比增长7.2%，其中集装箱吞吐量首次突破10万标箱。（柯　远）');
  });

  it('joins a reporter’s question broken mid-sentence (记者：很多同学毕业后留在 / 城里……跑？): a turn of a talk is no label and its value', () => {
    const text = page(
      '青年农技员的田间日记',
      `${I}五月的一个清晨，记者在试验田里见到柯远时，他正蹲在田埂上给秧苗测株高。`,
      `${I}过去三年，柯远跟随导师在山区的三个村蹲点，帮农户改良稻种。`,
      `${I}记者：很多同学毕业后留在`,
      '城里、进了公司，你为什么选择往田里跑？',
      `${I}柯远：我从小在村里长大，知道农民最缺的是懂技术的人。`,
      `${I}记者：蹲点三年，最难的是什么？`,
      `${I}柯远：是让农户相信新品种。第一年只有两户愿意试种。`,
    );
    const items = readItems(text);
    expect(items.map((item) => item.headline)).toEqual(['青年农技员的田间日记']);
    expect(items[0].blocks.map((b) => b.text)).toContain('记者：很多同学毕业后留在城里、进了公司，你为什么选择往田里跑？');
  });

  it('keeps a list of posts and who holds them whole (某市人民检察院检察长：某某某): the title-like line after its last row heads the next piece', () => {
    const text = page(
      '市九届人大一次会议选举产生新一届国家机构领导人员',
      `${I}本报讯（记者 葛  晴）1月11日上午，青禾市第九届人民代表大会第一次会议举行第三次全体会议。`,
      `${I}会议应到代表298名，实到代表291名，符合法定人数。`,
      `${I}选举结果宣布后，新当选的国家机构领导人员进行宪法宣誓。`,
      '青禾市第九届人民代表大会第一次会议选举结果',
      `${I}青禾市人民政府市长：柯长远`,
      `${I}青禾市中级人民法院院长：葛  晴`,
      `${I}青禾市人民检察院检察长：聂振华`,
      '柯长远同志简历',
      `${I}柯长远，男，汉族，1970年3月生，白沙县人，1992年7月参加工作。`,
      `${I}1992.07—2001.05　白沙县计划委员会科员、副科长`,
      `${I}2001.05—2016.09　白沙县副县长、县长`,
    );
    const items = readItems(text);
    expect(items.map((item) => item.headline)).toEqual(['市九届人大一次会议选举产生新一届国家机构领导人员', '青禾市第九届人民代表大会第一次会议选举结果', '柯长远同志简历']);
    expect(items[1].blocks.map((b) => b.text)).toContain('青禾市人民检察院检察长：聂振华');
  });

  it('keeps a brief’s reporters signed in brackets on a line of their own (（记者　某　某）) apart from the spaced headline under it', () => {
    const text = page(
      '河堤步道护栏松动　晨练居民盼修复',
      `${I}本报讯　家住青禾镇的柯先生昨日来电说，河堤步道有一段护栏松动，晨练的老人不敢倚靠。`,
      `${I}区水务部门回复称，本周内将派人加固。`,
      `${I}（记者　聂　晴）`,
      '菜市场门口积水　摊主自掏腰包铺砖',
      `${I}实习生　葛小禾　晚报记者　柯远山`,
      `${I}连日降雨，白沙菜市场门口积水没过脚踝，几位摊主凑钱买来红砖，把低洼处垫高。`,
    );
    const items = readItems(text);
    expect(items.map((item) => item.headline)).toEqual(['河堤步道护栏松动　晨练居民盼修复', '菜市场门口积水　摊主自掏腰包铺砖']);
  });

  const BROKEN = page(
    '春运首日客流平稳',
    `${I}本报讯（记者 王书航）今天是春运首日，全市三个火车站共发送旅客`,
    '5.6万人次，比去年同期增长一成。',
    `${I}为方便旅客出行，车站增开了临时售票窗口，并安排志愿者在进站口`,
    '',
    '引导老人和带孩子的旅客。',
    `${I}据了解，今年春运将持续40天。`,
  );

  it('joins the piece that goes on, with or without a blank line after the break', () => {
    const lines = reflow(toLines(BROKEN));
    expect(lines.map((l) => l.text)).toEqual([
      '春运首日客流平稳',
      '本报讯（记者 王书航）今天是春运首日，全市三个火车站共发送旅客5.6万人次，比去年同期增长一成。',
      '为方便旅客出行，车站增开了临时售票窗口，并安排志愿者在进站口引导老人和带孩子的旅客。',
      '据了解，今年春运将持续40天。',
    ]);
    expect(lines[2].pieces.map((p) => p.n)).toEqual([4, 6]);
  });

  it('joins a question with clauses inside (……如何分工，形成合力？”) to the short phrase the break left above it; a one-phrase question stays a headline', () => {
    const read = (question: string) =>
      texts(
        page(
          '人大常委会专题询问道路养护',
          `${I}本报讯（记者 柯远）市人大常委会昨天就农村公路养护工作开展专题询问。`,
          `${I}柯平委员的问题与乡镇道路养护`,
          question,
          `${I}市交通局负责人回答了这一问题。`,
        ),
      );
    expect(read('有关：“县里和乡镇在道路养护方面如何分工，形成合力？”')[2]).toBe('柯平委员的问题与乡镇道路养护有关：“县里和乡镇在道路养护方面如何分工，形成合力？”');
    expect(read('农村公路谁来养？').slice(2, 4)).toEqual(['柯平委员的问题与乡镇道路养护', '农村公路谁来养？']);
  });

  it('joins a page’s credit the break cut after a short piece (本版图片由某某风景区管 / 理局、某县文旅局提供) back into one line', () => {
    const read = texts(
      page(
        '在青禾，亲手做一只陶碗',
        `${I}傍晚，溪边的柴窑正在点火，窑工们守在窑口添柴。`,
        `${I}本版图片由白沙风景名胜区管`,
        '理局、青禾县文旅局及作者提供',
        `${I}版式设计：程晓洁`,
      ),
    );
    expect(read.slice(2)).toEqual(['本版图片由白沙风景名胜区管理局、青禾县文旅局及作者提供', '版式设计：程晓洁']);
  });

  it('joins a line opening on one character and a comma (标，经评标……) to the short piece the break cut before it, blank line or not', () => {
    for (const apart of ['', '\n']) {
      const read = texts(
        page(
          '中标公告',
          `${I}青禾县白沙中心小学改扩建工程于2011年9月8日开${apart}`,
          '标，经评标委员会评审，并经招标人确认，现将中标结果公告如下：',
          `${I}中标单位：青禾建设集团有限公司`,
          `${I}中标价：2368.47万元`,
        ),
      );
      expect(read).toEqual([
        '中标公告',
        '青禾县白沙中心小学改扩建工程于2011年9月8日开标，经评标委员会评审，并经招标人确认，现将中标结果公告如下：',
        '中标单位：青禾建设集团有限公司',
        '中标价：2368.47万元',
      ]);
    }
  });

  it('keeps a notice’s title apart from the notice above it whose last field, a phone number, the width cut short', () => {
    const read = texts(
      page(
        `${I}联系人：柯工 电话：`,
        '13903108726',
        '注销公告',
        `${I}青禾市白沙商贸有限公司经股东会决议，决定注销本公司，特此公告。`,
      ),
    );
    expect(read.slice(-2)).toEqual(['注销公告', '青禾市白沙商贸有限公司经股东会决议，决定注销本公司，特此公告。']);
  });

  it('joins a brief the break cut after a short piece to its end, a sentence signed by its reporter in brackets (……8万笔。（记者 某某）)', () => {
    const read = texts(
      page(
        '财经简讯',
        `${I}■青禾市今年已发放首套住房公积金贷款超过`,
        '8万笔。（记者 柯  远）',
        `${I}■白沙区新增市场主体1.2万户。（记者 葛  晴）`,
      ),
    );
    expect(read.slice(1)).toEqual(['■青禾市今年已发放首套住房公积金贷款超过8万笔。（记者 柯  远）', '■白沙区新增市场主体1.2万户。（记者 葛  晴）']);
  });

  it('ends a paragraph on a pointer to the page with the rest (……详见A8版): the flush line after it is the next headline', () => {
    const read = texts(
      page(
        '护林员柯远的三十年',
        `${I}从23岁到53岁，柯远每天巡山二十多里，守护着万亩山林。……详见A8版`,
        '今日天气',
        `${I}白天 晴转多云 北风二三级 最高气温21℃`,
        `${I}夜间 多云 南风一级左右 最低气温8℃`,
      ),
    );
    expect(read.slice(1, 3)).toEqual(['从23岁到53岁，柯远每天巡山二十多里，守护着万亩山林。……详见A8版', '今日天气']);
  });

  it('does not glue a cut-off article’s last line to the next headline', () => {
    const cutOff = (...after: string[]) =>
      texts(
        page(
          '城东新建两座污水处理厂',
          `${I}本报讯（记者 韩子墨）市政府常务会议昨天研究了城东片区的排水问题。`,
          `${I}会议还研究了下一步的工作安排，要求各有关部门加快推进`,
          ...after,
        ),
      );
    // The next headline, then a dateline; a byline; a subheadline; a second title line.
    const dateline = cutOff('老年大学春季班开课', `${I}本报讯（记者 曲一帆）市老年大学春季班今天开课。`);
    expect(dateline).toContain('老年大学春季班开课');
    const byline = cutOff('老年大学春季班开课', '本报记者 曲一帆', `${I}市老年大学春季班今天开课。`);
    expect(byline).toContain('老年大学春季班开课');
    const subheadline = cutOff('老年大学春季班开课', '——新开设书法、摄影等十二门课程', `${I}市老年大学春季班今天开课。`);
    expect(subheadline).toContain('老年大学春季班开课');
    const kicker = cutOff('银发族开学了', '老年大学春季班开课', `${I}市老年大学春季班今天开课。`);
    expect(kicker.slice(-3, -1)).toEqual(['银发族开学了', '老年大学春季班开课']);
    // The cut-off paragraph stays as it was.
    for (const read of [dateline, byline, subheadline, kicker]) expect(read[2]).toBe('会议还研究了下一步的工作安排，要求各有关部门加快推进');
  });

  it('does not take a headline with its column tag, or over a dateline, for the rest of a full line', () => {
    // On the page wrapped at 12, a figure's paragraph (no punctuation) fills its last line; a headline follows.
    const figure = (...after: string[]) => texts(WRAPPED + page(`${I}2019年全县专项扶贫资`, '金预算总计达到9000.5万元', ...after)).slice(7);
    const paragraph = '2019年全县专项扶贫资金预算总计达到9000.5万元';
    expect(figure('家门口的戏台（今日谈）', `${I}锣鼓一响，全村的人都`, '来了。')).toEqual([paragraph, '家门口的戏台（今日谈）', '锣鼓一响，全村的人都来了。']);
    expect(figure('快递网点覆盖全县乡镇', `${I}本报青禾3月4日电`, '全县28个乡镇都有了快递', '网点。')).toEqual([paragraph, '快递网点覆盖全县乡镇', '本报青禾3月4日电全县28个乡镇都有了快递网点。']);
  });

  it('leaves a photo inside a broken paragraph to the blocks stage, which joins around it', () => {
    const text = page(
      '白沙村里过大年',
      `${I}村里新修的文化广场上，孩子们`,
      '图为白沙村村民在文化广场跳舞。',
      '本报记者 马远摄',
      '正在排练春节演出的节目。',
      `${I}演出将在正月初五举行。`,
    );
    expect(texts(text)).toHaveLength(6);
    const blocks = toBlocks(reflow(toLines(text)));
    expect(blocks.map((b) => b.type)).toEqual(['title', 'paragraph', 'photo', 'paragraph']);
    expect(blocks[1]).toMatchObject({ text: '村里新修的文化广场上，孩子们正在排练春节演出的节目。', lines: [2, 5] });
  });

  it('joins the end of a caption the width cut, over its credit, to the caption', () => {
    const text = page(
      '荔枝红了',
      `${I}6月30日，在青禾县白沙`,
      '镇，果农采摘荔枝。今年当地',
      '荔枝种植面积约3万亩，预计',
      '产量比去年增长一成。',
      `${I}本报记者 柯  远  摄`,
      '龙舟下水了',
    );
    expect(texts(text)).toEqual([
      '荔枝红了',
      '6月30日，在青禾县白沙镇，果农采摘荔枝。今年当地荔枝种植面积约3万亩，预计产量比去年增长一成。',
      '本报记者 柯  远  摄',
      '龙舟下水了',
    ]);
  });

  it('joins the rest of a name the width cut from a voice’s signature, though a box’s title follows', () => {
    const text = page(
      `${I}鼓楼西街全长六百八十米，沿`,
      '街保留着明清至民国时期的老院',
      '落四十多处。改造之初，曾有人',
      '提出拆掉重建。',
      '街坊说',
      `${I}“院子里的老砖雕保住了，`,
      '这是老祖宗留下的东西。”——居',
      '民 柯德顺',
      `${I}“游客多了，我的修鞋铺生`,
      '意也比以前好了。”——个体户 林',
      '长远',
      '延伸阅读',
      '老街区更新的几种做法',
      `${I}“微改造”：在不改变街区整体格局的前提下修缮老房。`,
    );
    expect(texts(text)).toEqual([
      '鼓楼西街全长六百八十米，沿街保留着明清至民国时期的老院落四十多处。改造之初，曾有人提出拆掉重建。',
      '街坊说',
      '“院子里的老砖雕保住了，这是老祖宗留下的东西。”——居民 柯德顺',
      '“游客多了，我的修鞋铺生意也比以前好了。”——个体户 林长远',
      '延伸阅读',
      '老街区更新的几种做法',
      '“微改造”：在不改变街区整体格局的前提下修缮老房。',
    ]);
  });

  it('keeps a headline asking a question (……哪些路段容易堵？) apart after a full line that ended its paragraph, over a dashed subheadline', () => {
    const text = page(
      '节前客流持续攀升',
      `${I}白沙客运站昨天发送旅`,
      '客两万三千人次，比去年同',
      '期增长一成。',
      `${I}客运站预计，节前高峰`,
      '将持续到1月29日（腊月廿',
      '九），之后客流逐步回落。',
      '除夕前后哪些路段容易堵？',
      '——交警部门发布节前道路通行预测',
      `${I}随着春节临近，市区及`,
      '周边道路车流量持续攀升。',
    );
    expect(texts(text)).toEqual([
      '节前客流持续攀升',
      '白沙客运站昨天发送旅客两万三千人次，比去年同期增长一成。',
      '客运站预计，节前高峰将持续到1月29日（腊月廿九），之后客流逐步回落。',
      '除夕前后哪些路段容易堵？',
      '——交警部门发布节前道路通行预测',
      '随着春节临近，市区及周边道路车流量持续攀升。',
    ]);
  });

  it('joins the rest of an unnamed voice’s signature the width cut right after its dash’s first character (——一 / 位退休教师)', () => {
    const text = page(
      '百姓语录',
      '说说咱家门口的变化',
      `${I}“路修宽了，赶集再也`,
      '不用绕远道了。”——一位菜',
      '农',
      `${I}“以前下雨一身泥，现`,
      '在出门能穿布鞋了。”——一',
      '位退休教师',
      '人间小品',
      '借伞',
      `${I}那年夏天的一个傍晚，`,
      '雨下得正大，我在公交站台',
      '等车。',
    );
    expect(texts(text)).toEqual([
      '百姓语录',
      '说说咱家门口的变化',
      '“路修宽了，赶集再也不用绕远道了。”——一位菜农',
      '“以前下雨一身泥，现在出门能穿布鞋了。”——一位退休教师',
      '人间小品',
      '借伞',
      '那年夏天的一个傍晚，雨下得正大，我在公交站台等车。',
    ]);
  });

  it('joins the rest of a post and the name the width cut from a voice’s signature, never the next piece’s kicker', () => {
    const text = page(
      `${I}鼓楼西街全长六百八十米，沿`,
      '街保留着明清至民国时期的老院',
      '落四十多处。今年街道为全街换',
      '装了路灯。',
      `${I}“晚上出门再也不摸黑了，`,
      '巷口的老人们都说真好。以前一',
      '到冬天大家就早早关门。”——社',
      '区网格员　柯德顺',
      '民生实事',
      '西街菜场完成提质改造',
      `${I}西街菜场日前完成改造，新`,
      '增摊位六十个，市民买菜更方便',
      '了。',
    );
    expect(texts(text)).toEqual([
      '鼓楼西街全长六百八十米，沿街保留着明清至民国时期的老院落四十多处。今年街道为全街换装了路灯。',
      '“晚上出门再也不摸黑了，巷口的老人们都说真好。以前一到冬天大家就早早关门。”——社区网格员　柯德顺',
      '民生实事',
      '西街菜场完成提质改造',
      '西街菜场日前完成改造，新增摊位六十个，市民买菜更方便了。',
    ]);
  });

  it('leaves a page without indents as it is: the blocks stage reads such pages', () => {
    const lines = toLines(page('春运首日客流平稳', '', '今天是春运首日，全市三个火车站共发送旅客', '5.6万人次，比去年同期增长一成。'));
    expect(reflow(lines)).toBe(lines);
  });
});

describe('reflow: an address the width cut', () => {
  it('joins a clause announcing a list (……应把好以下三关：) to the paragraph above, after a full line ending its sentence', () => {
    const text = page(
      '早春大棚黄瓜定植把好三关',
      `${I}目前，我县早春大棚黄瓜陆`,
      '续进入定植期。定植质量的好坏，',
      '直接关系到黄瓜的产量和效益。',
      '菜农朋友应把好以下三关：',
      `${I}一是温度关。定植前一周要`,
      '扣好棚膜提温，棚内地温稳定在',
      '十二摄氏度以上才能定植。',
    );
    expect(texts(text)).toContain('目前，我县早春大棚黄瓜陆续进入定植期。定植质量的好坏，直接关系到黄瓜的产量和效益。菜农朋友应把好以下三关：');
  });

  it('joins a photo story’s credit the width cut right after 摄 (本报记者　某　某　摄 / 影报道), never the next picture’s headline', () => {
    const text = page(
      '镜头里的口岸',
      '金秋互市人如潮',
      `${I}国庆假期，青禾边民互市`,
      '贸易区迎来交易高峰。',
      `${I}本报记者　柯　远　摄`,
      '影报道',
      '',
      `${I}10月6日，青禾口岸货运`,
      '通道，等待通关的货车排起',
      '长龙。',
      `${I}本报记者　柯　远　摄`,
    );
    expect(texts(text)).toContain('本报记者　柯　远　摄影报道');
    expect(texts(text)).not.toContain('影报道');
  });

  it('ends a picture’s whole credit that filled the width (某某市农业农村局供图): the box’s name under it heads the next picture', () => {
    const text = page(
      '良田丰产　稻浪千重',
      `${I}寒露过后，青坪市12万`,
      '亩高标准农田里的中稻陆续',
      '成熟，农户们抢抓晴好天气',
      '收割、晾晒、入仓，田野里',
      '一派丰收景象。',
      `${I}晚报记者　柯　禾　摄`,
      '给农田做“体检”',
      `${I}10月11日，市农业技术`,
      '推广中心技术人员在青东镇',
      '高标准农田项目区采集土壤',
      '样本，检测耕地质量。',
      `${I}青坪市农业农村局供图`,
      '读者拍客',
      '稻田画',
      `${I}10月8日，青西镇彩色`,
      '水稻种植基地，用不同颜色',
      '水稻种出的“丰收”稻田画吸',
      '引游客前来观赏。',
      `${I}读者　葛　原　摄`,
    );
    expect(texts(text)).toContain('青坪市农业农村局供图');
    expect(texts(text)).toContain('读者拍客');
  });

  it('joins a pupil’s class the width cut right before its 班 (某某小学三（2） / 班　某某), never a headline of its own', () => {
    const text = page(
      '小作家',
      '门前的老槐树',
      `${I}柳溪市实验小学四（2）`,
      '班　甘若林',
      `${I}我家门前有一棵老槐树，`,
      '听爷爷说，它比爷爷的年纪',
      '还要大。每年五月，槐花开',
      '了，满树都是白色的花串。',
      `${I}奶奶用槐花蒸饭，香味能`,
      '飘出好远。我最喜欢坐在树',
      '下听奶奶讲过去的事情。',
    );
    const out = texts(text);
    expect(out).toContain('柳溪市实验小学四（2）班　甘若林');
    expect(out).not.toContain('班　甘若林');
  });

  it('joins a pupil’s class a break cut right before its 班, on an indented page with no width', () => {
    const text = page('小作家', '门前的老槐树', `${I}柳溪市实验小学四年级（2）`, '班　甘若林', `${I}我家门前有一棵老槐树，听爷爷说，它比爷爷的年纪还要大。`, `${I}奶奶用槐花蒸饭，香味能飘出好远。`);
    expect(texts(text)).toContain('柳溪市实验小学四年级（2）班　甘若林');
  });

  it('joins an e-mail address cut after its @ on a page wrapped at a width, the Latin letters making its line short', () => {
    const text = page('本版征稿', `${I}本版欢迎老年朋友投寄回忆`, '文章、生活随笔和诗词作品。', `${I}投稿邮箱：wanqing@`, 'qingheb.cn', `${I}来稿请注明作者姓名、年龄`, '和联系电话。');
    expect(texts(text)).toContain('投稿邮箱：wanqing@qingheb.cn');
  });

  it('joins a forecast’s row the width cut inside its range (……晴　-6℃ / ～5℃　西北风3级), however short its figures make the line', () => {
    const text = page(
      '未来三天天气预报',
      `${I}29日　星期日　多云　-3`,
      '℃～6℃　南风2级',
      `${I}30日　星期一　晴　-6℃`,
      '～5℃　西北风3级',
      `${I}31日　星期二　阴　-2℃～`,
      '7℃　东风1级',
      `${I}青禾市气象台今天发布寒潮蓝色预警，请市民注意防寒保暖。`,
    );
    expect(texts(text)).toContain('30日　星期一　晴　-6℃～5℃　西北风3级');
  });
});

describe('reflow: on any page', () => {
  // Lines made of a few characters of each kind: Han, full-width and ASCII punctuation, “ ”, digits, letters.
  const line = fc
    .tuple(
      fc.constantFrom('', '', '\u3000\u3000', '  ', ' ', '\t', '# '),
      fc.array(fc.constantFrom(...'村民新闻报讯记者摄，。、：；！？“”（）《》——…12AB .'.split('')), { maxLength: 30 }),
      fc.constantFrom('', '', ' ', '\u3000'),
    )
    .map(([lead, chars, trail]) => lead + chars.join('') + trail);
  const anyPage = fc.array(line, { minLength: 1, maxLength: 60 }).map((lines) => lines.join('\n'));

  it('keeps every character and every source line, once and in order', () => {
    fc.assert(
      fc.property(anyPage, (text) => {
        const lines = toLines(text);
        const out = reflow(lines);
        expect(out.flatMap((l) => l.pieces.map((p) => p.n))).toEqual(lines.map((l) => l.n));
        expect(out.map((l) => l.text).join('').replace(/\s/g, '')).toBe(lines.map((l) => l.text).join('').replace(/\s/g, ''));
        for (const l of out) for (const p of l.pieces) expect(l.text.startsWith(lines.find((x) => x.n === p.n)!.text, p.at)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
