import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/ingest/blocks.ts';
import { toItems } from '../../src/ingest/items.ts';
import { readLayout } from '../../src/ingest/layout.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { readItems } from '../../src/ingest/pipeline.ts';
import { excerpt } from '../helpers/seeds.ts';

const itemsOf = (seed: string, from: number, to: number) => toItems(toBlocks(toLines(excerpt(seed, from, to))));

describe('items: headline blocks', () => {
  it('kicker——headline on one line under a banner (001 lines 3–9)', () => {
    const [item] = itemsOf('001', 3, 9);
    expect(item).toMatchObject({
      column: '新时代 新征程 新伟业',
      kicker: '我市从建机制、搭舞台、重激励、强引领入手，让工匠人才“走红”新时代',
      headline: '激发“工匠精神” 迸发“产改”活力',
      subheadline: null,
    });
  });

  it('a —— line is a subheadline; the byline line gives the author (000 lines 3–11)', () => {
    const [item] = itemsOf('000', 3, 11);
    expect(item).toMatchObject({
      headline: '榜样引领树标杆 示范带动共奋进',
      subheadline: '——我市大力弘扬劳模精神助推高质量发展综述',
      byline: '本报记者 董芳',
      authors: [{ name: '董芳', role: '记者' }],
    });
  });

  it('kicker, headline and banner over one article (000 lines 115–121)', () => {
    const [item] = itemsOf('000', 115, 121);
    expect(item).toMatchObject({
      column: '加快推动文旅行业高质量发展',
      kicker: '激发文旅消费活力 推动文化之城建设',
      headline: '我市出台多项措施支持演唱会经济发展',
      dateline: '本报讯（记者 孙露）',
    });
  });
});

describe('items: subheads, cut-offs, new articles', () => {
  it('a short line inside an article is a subhead, not an article (000 lines 3–29)', () => {
    const items = itemsOf('000', 3, 29);
    expect(items).toHaveLength(1);
    expect(items[0].blocks.filter((b) => b.type === 'subhead').map((b) => b.text)).toEqual(['选树培育 凝聚榜样力量', '示范引领 驱动创新引擎']);
    expect(items[0].flags).toContain('cut-off');
  });

  it('a headline with no dateline after a finished article starts a new article (004 lines 27–41)', () => {
    const items = itemsOf('004', 27, 41);
    expect(items.map((i) => i.headline)).toEqual(['团市委组织开展2022年“青春兴晋”行动', '温暖送给环卫工']);
    expect(items[1]).toMatchObject({ signature: '曹飞', authors: [{ name: '曹飞', role: '作者' }] });
  });

  it('an article with no headline is kept and flagged (001 lines 39–45)', () => {
    const [item] = itemsOf('001', 39, 45);
    expect(item).toMatchObject({ headline: null, dateline: '本报讯（记者任翔宇）', continuedOn: 3 });
    expect(item.flags).toEqual(['untitled']);
  });
});

describe('items: photos', () => {
  it('a headline over a caption about it, before an unrelated article, is photo news (002 lines 21–33)', () => {
    const [news, article] = itemsOf('002', 21, 33);
    expect(news).toMatchObject({ kind: 'photo', headline: '杭州亚残运会开幕式举行', authors: [{ name: '徐昱', role: '摄影' }] });
    expect(news.photos[0].credit).toBe('新华社记者 徐昱摄');
    expect(article).toMatchObject({ kind: 'article', headline: null, dateline: '本报讯（记者 李明璇）' });
  });

  it('a photo between headline and dateline belongs to that article (000 lines 79–93)', () => {
    const items = itemsOf('000', 79, 93);
    expect(items).toHaveLength(1);
    expect(items[0].photos).toMatchObject([{ caption: '图为运动员在雪道上驰骋。', photographers: ['戎禹仁'], afterBlock: 0 }]);
  });

  it('a caption alone between articles is photo news without a headline (001 lines 31–39)', () => {
    const items = itemsOf('001', 31, 39);
    expect(items.map((i) => i.kind)).toEqual(['article', 'photo', 'article']);
    expect(items[1].headline).toBeNull();
  });

  it('an undated picture closing the page, naming what an earlier piece prints and nothing of the piece above, is a picture of its own', () => {
    const page = [
      '守塔人的三代光阴',
      '　　本报记者　甘木',
      '　　青屿岛上的灯塔已经亮了六十年，守塔人换了三代。',
      '　　如今灯塔改为无人值守，老守塔人仍每天上岛看一看。',
      '一封迟到的家书',
      '　　本报记者　柯远',
      '　　今年一月，县邮政局收到一封寄出多年的信。',
      '　　工作人员几经查找，终于把信交到了收信人手中。',
      '　　夜幕下，青屿灯塔照亮海面。',
      '　　本报记者　甘木　摄',
    ].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.kind, i.headline])).toEqual([['article', '守塔人的三代光阴'], ['article', '一封迟到的家书'], ['photo', null]]);
  });

  it('a story’s captions numbered in turn over one credit (①…… / ②…… / ③…… / 某某　摄) are each a picture of the piece, the credit ③’s', () => {
    const page = [
      '渡口新貌',
      '　　本报讯（记者　柴　砺）沙湾渡口改建完工，新码头昨日启用。',
      '　　①新码头的候船亭。',
      '　　②渡船靠上新建的浮码头。',
      '　　③乘客排队登船。',
      '　　本报记者　柴　砺　摄',
    ].join('\n');
    const [item, ...rest] = readItems(page);
    expect(rest).toEqual([]);
    expect(item.blocks.map((b) => b.text)).toEqual(['沙湾渡口改建完工，新码头昨日启用。']);
    expect(item.photos.map((p) => [p.caption, p.credit, p.afterBlock])).toEqual([
      ['①新码头的候船亭。', null, 1],
      ['②渡船靠上新建的浮码头。', null, 1],
      ['③乘客排队登船。', '本报记者　柴　砺　摄', 1],
    ]);
  });

  it('a box of excerpts opened by the same mark (●……), each under its source line (——摘自《……》……, ——摘自3月29日《……》……), is one piece', () => {
    const page = [
      '观点摘编',
      '特色农产品如何提升附加值',
      '',
      '●延长产业链是提升附加值的根本途径，要把加工环节尽量留在县域。',
      '',
      '——摘自《农村经济研究》2021年第2期，作者：郜　平',
      '',
      '●品牌建设要防止“公地悲剧”，授权使用必须有准入门槛。',
      '',
      '——摘自《青禾社科》2021年第1期，作者：葛宜生',
      '',
      '●数字技术为小农户对接大市场提供了可能。',
      '',
      '——摘自3月29日《农民时报》，作者：祁　澜',
      '',
      '理论动态',
      '特色产业理论研讨会在我市召开',
      '',
      '本报讯（记者　裘　岚）4月10日，特色产业理论研讨会在青禾召开。',
    ].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.blocks.length])).toEqual([['特色农产品如何提升附加值', 6], ['特色产业理论研讨会在我市召开', 1]]);
  });

  it('a call for readers’ pictures ending in its mailbox (欢迎读者投稿，来稿请注明……。投稿邮箱：……) after a picture closes that picture’s piece', () => {
    const page = [
      '读者拍客',
      '# 清晨的绿道',
      '',
      '5月16日清晨，滨河绿道上，骑车上班的市民穿过一片晨雾。',
      '',
      '读者　柏　溪　摄',
      '',
      '欢迎读者投稿，来稿请注明拍摄时间、地点及作者姓名。投稿邮箱：paike@example.cn',
      '',
      '图片编辑：冉　彤',
    ].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.kind, i.headline])).toEqual([['photo', '清晨的绿道']]);
    expect(items[0].blocks.map((b) => b.text)).toEqual(['欢迎读者投稿，来稿请注明拍摄时间、地点及作者姓名。投稿邮箱：paike@example.cn', '图片编辑：冉　彤']);
  });

  it('numbered lines that are not the captions before the picture’s number, or are the piece’s whole body, stay its paragraphs', () => {
    const skipped = readItems(['渡口新貌', '　　本报讯（记者　柴　砺）新码头昨日启用。', '　　①候船亭。', '　　③乘客排队登船。', '　　本报记者　柴　砺　摄'].join('\n'));
    expect(skipped[0].blocks.map((b) => b.text)).toEqual(['新码头昨日启用。', '①候船亭。']);
    const whole = readItems(['渡口新貌', '　　①候船亭。', '　　②乘客排队登船。', '　　本报记者　柴　砺　摄'].join('\n'));
    expect(whole[0].blocks.map((b) => b.text)).toEqual(['①候船亭。']);
    expect(whole[0].photos.map((p) => p.caption)).toEqual(['②乘客排队登船。']);
  });
});

describe('items: headline after its body, repeats, continuations, columns', () => {
  it('a headline block printed after its own body heads that body (002 lines 25–41)', () => {
    const items = itemsOf('002', 25, 41);
    expect(items[0]).toMatchObject({
      headline: '全市公立医院高质量发展专题会暨市公立医院改革和高质量发展领导小组第三次会议召开',
      subheadline: '卢东亮主持并讲话',
    });
    expect(items[0].flags).toContain('headline-after-body');
  });

  it('folds a paragraph printed twice and records the fold (004 lines 129–137)', () => {
    const [item] = itemsOf('004', 129, 137);
    expect(item.blocks.filter((b) => b.text.startsWith('2022年是大同市创建全国文明城市'))).toHaveLength(1);
    expect(item.folds).toHaveLength(1);
    expect(item.folds[0]).toMatchObject({ line: 7, sameAsLine: 5 });
    expect(item.flags).toContain('folded-duplicate');
  });

  it('does not flag a cartoon ending on its artist’s name before 作 (某　某　作) as cut off', () => {
    const page = ['“新装”（漫画）', '', '老吊机：“刷了新漆，我都认不出自己了。”', '', '柯　远　作', ''].join('\n');
    const items = toItems(toBlocks(toLines(page)));
    expect(items).toHaveLength(1);
    expect(items[0].flags).not.toContain('cut-off');
  });

  it('folds the repeated tail of a paragraph (001 lines 71–85)', () => {
    const [item] = itemsOf('001', 71, 85);
    const last = item.blocks[item.blocks.length - 1];
    expect(last.text.endsWith('提升“双一流”建设工程。')).toBe(true);
    expect(item.folds[0].text.startsWith('要更加突出就业优先导向')).toBe(true);
    expect(item.flags).not.toContain('cut-off');
  });

  it('a 下转 note on its own line ends the article above it (002 lines 57–73)', () => {
    const items = itemsOf('002', 57, 75);
    expect(items[0]).toMatchObject({ continuedOn: 3, continuationNotes: ['（下转第三版）'] });
    expect(items[1]).toMatchObject({ column: '聚焦文博会', headline: '精彩动态表演在山西文博会展现大同历史故事' });
  });

  it('a paragraph printed after the 下转 note stays with its article (001 lines 101–109)', () => {
    const items = itemsOf('001', 101, 109);
    expect(items).toHaveLength(1);
    expect(items[0].blocks).toHaveLength(3);
  });

  it('a marked banner heads the articles after it (004 lines 91–107)', () => {
    const items = itemsOf('004', 91, 107);
    expect(items.map((i) => i.column)).toEqual(['政务动态', '政务动态', '政务动态']);
  });
});

describe('items: a serial’s chapter line under its headline and writer (made-up 副刊 page, lines apart)', () => {
  const page = (credit: string, chapter: string) =>
    [
      '长篇小说连载',
      '渡口人家（7）',
      '',
      credit,
      '',
      chapter,
      '',
      '天还没亮，老船工就把渡船撑到了河心。雾很重，对岸的柳树只剩下一道影子。',
      '',
      '他记得那年发大水，渡船在河上漂了三天三夜。',
    ].join('\n');

  it('the chapter line opens the instalment’s text, no headline of its own', () => {
    const items = readItems(page('□　苗青禾', '第九章　雾中的渡船'));
    expect(items).toHaveLength(1);
    expect(items[0].headline).toBe('渡口人家（7）');
    expect(items[0].blocks.map((b) => b.text)).toEqual([
      '第九章　雾中的渡船',
      '天还没亮，老船工就把渡船撑到了河心。雾很重，对岸的柳树只剩下一道影子。',
      '他记得那年发大水，渡船在河上漂了三天三夜。',
    ]);
  });

  it('under a picture’s maker (某  某 作), the line heads a piece of its own', () => {
    const items = readItems(page('柴　岚 作', '河上的早晨'));
    expect(items.map((i) => i.headline)).toEqual(['渡口人家（7）', '河上的早晨']);
  });
});

describe('items: an editor’s afterword run in (编后：……) after a reader’s letter and its signature (made-up page, lines apart)', () => {
  it('the afterword is the letter’s last paragraph, no piece of its own', () => {
    const page = [
      '读者来信',
      '桥头的路灯该修了',
      '',
      '编辑同志：',
      '',
      '我家住在河东新村。村口桥头的三盏路灯坏了快半年，晚上过桥只能摸黑，上个月还有老人摔倒。',
      '',
      '河东新村村民　方青禾',
      '',
      '编后：路灯虽小，关系群众出行安全。希望有关部门尽快查明原因，早日修复。',
    ].join('\n');
    const items = readItems(page);
    expect(items).toHaveLength(1);
    expect(items[0].blocks.at(-1)?.text).toBe('编后：路灯虽小，关系群众出行安全。希望有关部门尽快查明原因，早日修复。');
  });
});

describe('items: the reporter’s follow-up (记者从…了解到) after a reader’s letter and its signature (made-up page, lines apart)', () => {
  it('the follow-up is the letter’s last paragraph, no piece of its own', () => {
    const page = [
      '读者来信',
      '村口的公交站牌该换了',
      '',
      '编辑同志：',
      '',
      '我家住在柳塘镇南湾村。村口的公交站牌字迹早已模糊，外地来的亲戚常常坐错车。',
      '',
      '柳塘镇南湾村　葛春生',
      '',
      '记者从柳塘镇交通管理站了解到，全镇三十多块旧站牌将在下月底前统一更换。',
    ].join('\n');
    const items = readItems(page);
    expect(items).toHaveLength(1);
    expect(items[0].blocks.at(-1)?.text).toBe('记者从柳塘镇交通管理站了解到，全镇三十多块旧站牌将在下月底前统一更换。');
  });
});

describe('items: a lawyer’s reply to a reader’s letter, addressed to its signer (读者　某先生 / 某先生：) and signed with the lawyer’s firm (made-up page, lines apart)', () => {
  it('letter and reply are one piece, the firm’s signature its last paragraph; the next box is a piece of its own', () => {
    const page = [
      '律师信箱',
      '加班费该怎么算？',
      '',
      '编辑同志：',
      '',
      '我在一家物流公司做仓管，上个月周末加了四天班，公司只给安排了两天调休，剩下两天既不调休也不发加班费。这合理吗？',
      '',
      '读者　葛先生',
      '',
      '葛先生：',
      '',
      '根据劳动法规定，休息日安排劳动者工作又不能安排补休的，应当支付不低于工资百分之二百的工资报酬。',
      '',
      '建议你保存好考勤记录，先与公司协商；协商不成的，可以向劳动人事争议仲裁委员会申请仲裁。',
      '',
      '青禾明理律师事务所律师　柯远山',
      '',
      '招聘信息',
      '',
      '◆青禾白沙物流有限公司　招聘仓管员5名，高中以上学历，月薪4000元。电话：7261234',
    ].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['加班费该怎么算？', '招聘信息']);
    expect(items[0].blocks.map((b) => b.text)).toContain('葛先生：');
    expect(items[0].blocks.at(-1)?.text).toBe('青禾明理律师事务所律师　柯远山');
  });

  it('a judge’s court, title and name after a case’s 法官说法 (某区人民法院民一庭法官　某某某) close it; the next box is a piece of its own', () => {
    const page = [
      '以案说法',
      '借名买房，房子归谁？',
      '',
      '【案情】张某借用李某的名义购买了一套商品房，首付和房贷均由张某支付。',
      '',
      '【评析】借名买房协议不违反法律规定的，应认定有效。',
      '',
      '青禾区人民法院民一庭法官　葛晴岚',
      '',
      '民法典小问答',
      '',
      '问：什么是居住权？答：居住权是对他人住宅占有、使用的用益物权。',
    ].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['借名买房，房子归谁？', '民法典小问答']);
    expect(items[0].blocks.at(-1)?.text).toBe('青禾区人民法院民一庭法官　葛晴岚');
  });

  it('a salutation naming someone other than the signer opens a piece of its own', () => {
    const page = [
      '读者来信',
      '村口的路灯亮了',
      '',
      '编辑同志：',
      '',
      '上个月我反映村口路灯不亮的问题，没过几天就修好了，村民们都很高兴。',
      '',
      '柳塘镇南湾村　葛春生',
      '',
      '柯大爷：',
      '',
      '您托人捎来的信我们收到了，您反映的渡口问题，记者下周就去实地看看。',
    ].join('\n');
    const items = readItems(page);
    expect(items).toHaveLength(2);
    expect(items[0].blocks.at(-1)?.text).toBe('柳塘镇南湾村　葛春生');
    expect(items[1].blocks[0].text).toBe('柯大爷：');
  });
});

describe('items: a chapter’s number and title inside a serial’s instalment (made-up page, paragraphs indented)', () => {
  it('the chapter line is of the body, no headline of its own', () => {
    const page = [
      '长篇小说连载',
      '渡口人家（8）',
      '□　苗青禾',
      '　　天还没亮，老船工就把渡船撑到了河心。雾很重，对岸的柳树只剩下一道影子。',
      '第十章　雨夜',
      '　　他记得那年发大水，渡船在河上漂了三天三夜，靠岸时船舱里全是泥沙。',
      '　　后来，渡口边盖起了一座水泥桥，渡船就再也没有人坐了。',
    ].join('\n');
    const items = readItems(page);
    expect(items).toHaveLength(1);
    expect(items[0].blocks.map((b) => b.text)).toContain('第十章　雨夜');
  });
});

describe('items: a headless brief after a headed one-paragraph brief (made-up page, paragraphs indented)', () => {
  const page = [
    '东河公园新增两处健身场地',
    '　　本报讯（记者　林小禾）6月3日，东河公园北门和湖心岛两处健身场地建成开放，新增健身器材40余件。',
    '　　本报讯　市图书馆暑期少儿阅读活动日前启动，每周六上午在二楼报告厅举办绘本故事会。（记者　林小禾）',
    '夜市摊位开始登记',
    '　　本报讯　南湖街道夜市摊位登记6月5日开始，摊主可持身份证到街道便民服务中心办理。',
    '　　（通讯员　何　苗）',
    '　　本报讯　6月2日，市自来水公司对城西片区主管网进行检修，部分小区停水约8小时。（记者　苏　原）',
    '雨季出行注意安全',
    '　　入汛以后，雷雨天气增多，市民出行要留意天气预报，尽量避开低洼路段和积水地下通道。',
    '　　遇到道路积水较深时，车辆不要强行涉水通过，行人要远离电线杆和变压器。',
  ].join('\n');

  it('a paragraph opening with its own dateline is a piece of its own, after the signature too', () => {
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['东河公园新增两处健身场地', null, '夜市摊位开始登记', null, '雨季出行注意安全']);
  });

  it('under a box of briefs’ name the dated briefs stay the box’s', () => {
    const items = readItems(page.replace('东河公园新增两处健身场地', '城事简讯'));
    expect(items[0].headline).toBe('城事简讯');
    expect(items[0].blocks.filter((b) => b.type === 'paragraph')).toHaveLength(2);
  });
});

describe('items: a marked box of numbers to call after a photo (made-up page, paragraphs indented)', () => {
  it('its rows (◆市春运办：2218800) are one listing under the box’s name, no briefs of their own; a box of briefs (◆春运简讯) still splits', () => {
    const page = (rows: string[], name = '◆春运服务电话') =>
      [
        '春运首日客流平稳',
        '　　本报讯（记者　林小禾）1月18日，春运首日，市长途汽车总站发送旅客1.2万人次。',
        '　　1月18日，旅客在市长途汽车总站排队上车。',
        '　　本报记者　柯　远　摄',
        name,
        ...rows,
        '　　（本版编辑　白　沙）',
      ].join('\n');
    const contacts = readItems(page(['　　◆市春运办：2218800', '　　◆青禾火车站问讯处：3326114', '　　◆市运管处投诉：2245315-8']));
    expect(contacts.filter((i) => i.blocks.some((b) => b.text.startsWith('◆')))).toHaveLength(1);
    expect(contacts.at(-1)!.blocks.map((b) => b.text)).toEqual(['◆市春运办：2218800', '◆青禾火车站问讯处：3326114', '◆市运管处投诉：2245315-8', '（本版编辑　白　沙）']);
    const briefs = readItems(page(['　　◆1月17日，市运管处检查客运车辆86辆，查处超员2起。', '　　◆青禾火车站增开临时客车4对，每日增加运力3000个座位。'], '◆春运简讯'));
    expect(briefs.filter((i) => i.blocks.some((b) => b.text.startsWith('◆')))).toHaveLength(2);
  });
});

describe('items: a box’s marked name the page marks as a headline (# ■法援快讯) over its items (made-up page, `#` headlines)', () => {
  it('heads one piece of its items, after a Q&A closed by its provider’s note, whatever marks the items', () => {
    const page = (mark: string) =>
      [
        '# 法律援助怎么申请',
        '',
        '问：农民工申请法律援助需要带什么材料？',
        '',
        '答：需要带身份证和劳动关系证明。',
        '',
        '（市法律援助中心供稿）',
        '',
        '# ■法援快讯',
        '',
        `${mark}市法律援助中心与市总工会联合设立职工法律援助工作站。`,
        '',
        `${mark}青禾区法律援助中心日前为一名职工追回工伤赔偿金8.6万元。`,
        '',
        '# 现场咨询',
        '',
        '11月18日，农民工在市劳动力市场法律援助工作站咨询。',
        '',
      ].join('\n');
    for (const mark of ['■', '●']) {
      const items = readItems(page(mark));
      expect(items.map((i) => i.headline)).toEqual(['法律援助怎么申请', '■法援快讯', '现场咨询']);
      expect(items[1].blocks.map((b) => b.text)).toEqual([`${mark}市法律援助中心与市总工会联合设立职工法律援助工作站。`, `${mark}青禾区法律援助中心日前为一名职工追回工伤赔偿金8.6万元。`]);
    }
  });
});

describe('items: briefs signed by a name alone in brackets (made-up page, headline blocks tight, paragraphs apart)', () => {
  it('after a brief closed by ……。（隗　野）, the next line heads a brief of its own', () => {
    const page = [
      '农技小课堂',
      '伏天舍饲养羊注意啥',
      '',
      '■勤通风。羊舍要打开门窗通风，降低舍内温度。',
      '',
      '■多饮水。保证清洁饮水不断，可在水中加少量食盐。',
      '',
      '（市畜牧工作站供稿）',
      '',
      '农牧快讯',
      '全市完成草原普查样地调查',
      '',
      '晚报讯（通讯员　司马乐）近日，青禾市完成草原资源普查样地调查，共布设样地360个。',
      '',
      '白沙镇建成青贮饲料加工点',
      '',
      '7月15日，白沙镇青贮饲料加工点建成投产，年加工能力1.2万吨。（隗　野）',
      '',
      '青禾牛羊肉获评省级著名商标',
      '',
      '日前，青禾牛羊肉获评省级著名商标。（哈　茵）',
      '',
      '本版编辑：宿　芃',
      '',
    ].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['伏天舍饲养羊注意啥', '全市完成草原普查样地调查', '白沙镇建成青贮饲料加工点', '青禾牛羊肉获评省级著名商标']);
  });
});

describe('items: a picture after a gap of blank lines (made-up page, paragraphs apart)', () => {
  const page = (caption: string, after: string[]) =>
    [
      '带着学生“追星”十二年',
      '',
      '晚报记者　柯　远',
      '',
      '十二年前，林老师在学校楼顶架起第一台望远镜，从此每个晴朗的夜晚都有学生陪他看星星。',
      '',
      '如今，天文社已经有了八台望远镜，社员们拍下的月面照片还在全省比赛中获了奖。',
      '',
      '',
      '',
      caption,
      '',
      '晚报记者　葛　岚　摄',
      '',
      ...after,
    ].join('\n');
  const next = ['天文馆周末延长开放', '', '本报讯　市天文馆本周末起延长开放至晚上九点。', ''];

  it('is a piece of its own when it is the last thing before the next headline and its caption points at no piece', () => {
    const items = readItems(page('林老师指导学生调试望远镜。', next));
    expect(items.map((i) => i.kind)).toEqual(['article', 'photo', 'article']);
  });

  it('stays the piece’s own where its caption points at it (图为……) or the piece’s text goes on under it', () => {
    expect(readItems(page('图为林老师指导学生调试望远镜。', next)).map((i) => i.kind)).toEqual(['article', 'article']);
    expect(readItems(page('林老师指导学生调试望远镜。', ['社员们说，最想去的地方是有真正星空的草原。', '', ...next])).map((i) => i.kind)).toEqual(['article', 'article']);
  });
});

describe('items: a list’s marked title (◆……一览) over its marked rows (made-up page, paragraphs apart)', () => {
  it('heads one piece of its rows, no banner over briefs; a box’s marked name still heads its briefs', () => {
    const page = (title: string) =>
      [
        '青禾市今年提高多项民生保障标准',
        '',
        '本报讯（记者　林晓岚）记者从市民政局获悉，今年我市多项民生保障标准再次提高。',
        '',
        title,
        '',
        '◆城乡居民基础养老金最低标准提高到每人每月150元。',
        '',
        '◆城市、农村低保标准分别提高到每人每月620元和420元。',
        '',
      ].join('\n');
    const list = readItems(page('◆今年部分惠民政策一览'));
    expect(list.map((i) => i.headline)).toEqual(['青禾市今年提高多项民生保障标准', '◆今年部分惠民政策一览']);
    expect(list[1].blocks).toHaveLength(2);
    const briefs = readItems(page('◆民生简讯'));
    expect(briefs.filter((i) => i.blocks.some((b) => b.text.startsWith('◆')))).toHaveLength(2);
  });
});

describe('items: a Q&A’s title alone over its first question after a feature with a subhead (made-up page, headline blocks tight, paragraphs apart)', () => {
  it('heads a piece of its own, not one more subhead of the feature', () => {
    const page = [
      '国家宪法日',
      '宪法宣传走进街头巷尾',
      '',
      '都市报讯（记者　白　沙）12月4日是国家宪法日。当天，我市各部门在广场、社区开展宪法宣传活动。',
      '',
      '法官给中学生上了一堂宪法课',
      '',
      '文/图　都市报记者　林晓岚',
      '',
      '12月4日下午，在青禾第三中学的阶梯教室里，市法院法官柯远为学生们上了一堂宪法课。',
      '',
      '模拟法庭上的“小法官”',
      '',
      '讲座结束后，学生们在模拟法庭上演了一起校园欺凌案件的审理。',
      '',
      '图为柯远法官在青禾第三中学为学生讲解宪法知识。',
      '',
      '宪法知识小问答',
      '',
      '问：我国现行宪法是哪一年通过的？',
      '',
      '答：我国现行宪法是1982年12月4日通过的。',
      '',
      '（市普法办供稿）',
      '',
    ].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['宪法宣传走进街头巷尾', '法官给中学生上了一堂宪法课', '宪法知识小问答']);
    expect(items[1].blocks.map((b) => b.text)).toContain('模拟法庭上的“小法官”');
  });
});

describe('items: who answers whose questions (市征兵办答学生问) under a question’s headline (made-up page, paragraphs indented)', () => {
  it('is the subheadline, never the headline under a kicker; 答读者问 over a headline stays its kicker', () => {
    // Headlines flush, paragraphs indented, as a page of paragraphs on lines of their own prints them.
    const block = (lines: string[]) =>
      [
        '征兵宣传走进大学校园',
        '　　本报讯（记者　林晓岚）3月9日，市征兵办在青禾大学举办征兵政策宣讲会，千余名学生到场咨询。',
        '　　宣讲会上，征兵办工作人员介绍了大学生参军的学费补偿、退役复学等优待政策。',
        '　　今年我市计划征集大学生新兵300名，报名截至6月30日。',
        ...lines,
        '　　问：在校大学生参军入伍后，学籍怎么处理？',
        '　　答：学校保留其学籍至退役后两年。',
      ].join('\n');
    for (const [headline, subheadline] of [
      ['在校大学生参军，学籍怎么办？', '市征兵办答学生问'],
      ['家电以旧换新　补贴怎么领', '青禾市商务局答读者问'],
    ]) {
      const item = readItems(block([headline, subheadline]))[1];
      expect([item.kicker, item.headline, item.subheadline]).toEqual([null, headline, subheadline]);
    }
    const item = readItems(block(['答读者问', '下岗职工办个体可享哪些优惠？']))[1];
    expect([item.kicker ?? item.column, item.headline]).toEqual(['答读者问', '下岗职工办个体可享哪些优惠？']);
  });
});

describe('items: an adviser’s label standing alone in a feature (made-up page, headline blocks tight, paragraphs apart)', () => {
  it('专家提醒 and the paragraph under it are the feature’s, no piece of their own; the next headline block still heads one', () => {
    const page = [
      '秋季干燥，护肤别走进这些误区',
      '',
      '本报记者　苗青禾',
      '',
      '入秋以来，空气变得干燥，不少市民出现皮肤瘙痒、起皮等问题。青禾市皮肤病医院的医生说，很多人护肤方法不对。',
      '',
      '误区一：洗澡水越热越好',
      '',
      '水温过高会破坏皮肤表面的油脂，让皮肤更加干燥。洗澡水温以三十七摄氏度左右为宜。',
      '',
      '医生提醒',
      '',
      '如果瘙痒持续两周以上，或者出现大片红斑，应到正规医院就诊，不要自行用药。',
      '',
      '健康讲堂',
      '老人秋季进补要适度',
      '',
      '入秋后，不少老人开始进补。营养科医生建议，进补应根据自身体质，不宜过量。',
    ].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['秋季干燥，护肤别走进这些误区', '老人秋季进补要适度']);
    expect(items[0].blocks.map((b) => b.text)).toContain('医生提醒');
  });
});

describe('items: a marked banner no piece took, before a headline under a banner of its own (made-up page)', () => {
  it('keeps the first banner as a piece of its own rather than losing its text', () => {
    const items = readItems(['青禾', '■文化快讯', '青禾', '□》图片新闻', '# 灯会', '。'].join('\n'));
    expect(items.map((i) => i.column)).toContain('文化快讯');
    expect(items.map((i) => i.column)).toContain('》图片新闻');
  });
});

describe('items: a headed dispatch dated in Chinese numerals after a report with subheads (made-up page, paragraphs apart)', () => {
  it('heads a piece of its own: its 电头 (新华社某地六月九日电) shows it is not one more subhead', () => {
    const page = [
      '引黄渠畔春耕忙——',
      '青川县十万亩麦田春灌纪实',
      '',
      '本报记者　柯　远',
      '',
      '开春以来，青川县广大干部群众兴修水利，抓紧春灌。',
      '',
      '一条渠',
      '',
      '这条渠全长十八公里，去年冬天才修成。',
      '',
      '一台泵',
      '',
      '新买的抽水机日夜不停，一天能浇地三百亩。',
      '',
      '翠河地区棉花长势良好',
      '',
      '新华社青川六月九日电　翠河地区今年种植棉花一百万亩，目前长势良好。',
    ].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['青川县十万亩麦田春灌纪实', '翠河地区棉花长势良好']);
  });
});

describe('items: a box of one-paragraph briefs under its name, each titled (made-up page, headline blocks tight, paragraphs apart)', () => {
  const page = [
    '青禾电子三季度营收增长两成',
    '',
    '本报记者　苗青禾',
    '',
    '青禾电子昨日披露三季报，前三季度实现营业收入四十二亿元，同比增长百分之二十一。',
    '',
    '公司新一代车载模组今年二季度量产，三季度出货量环比翻番。',
    '',
    '上市公司公告速递',
    '白沙化工拟回购不超过三亿元股份',
    '',
    '白沙化工公告，公司拟以自有资金回购股份，回购金额不低于一亿元、不超过三亿元。',
    '',
    '江源食品控股股东拟增持公司股份',
    '',
    '江源食品公告，控股股东计划在未来六个月内通过集中竞价方式增持公司股份。',
    '',
    '柳塘物流终止筹划重大资产重组',
    '',
    '柳塘物流公告，因交易双方未能就核心条款达成一致，公司决定终止筹划本次重组。',
  ].join('\n');

  it('the second and third briefs head pieces of their own, not subheads of the first, where labels are kickers', () => {
    const lines = toLines(page);
    const items = toItems(toBlocks(lines, readLayout(lines)), { layout: readLayout(lines), pageHeader: false });
    expect(items.map((i) => i.headline)).toEqual(['青禾电子三季度营收增长两成', '白沙化工拟回购不超过三亿元股份', '江源食品控股股东拟增持公司股份', '柳塘物流终止筹划重大资产重组']);
  });
});

describe('items: a 理论 piece signed 作者：某某（post） under its headline (made-up page, paragraphs apart)', () => {
  it('reads the line as the byline, not as a headline heading the text', () => {
    const page = ['以制度优势推动治理效能提升', '', '作者：柯远山（青禾大学政治学系教授）', '', '制度优势是一个国家的最大优势。', '', '治理效能的提升，离不开制度的完善。'].join('\n');
    expect(readItems(page).map((i) => [i.headline, i.byline])).toEqual([['以制度优势推动治理效能提升', '作者：柯远山（青禾大学政治学系教授）']]);
  });
});

describe('items: a 公示 of people and their posts, one a line (made-up page, paragraphs apart)', () => {
  it('keeps the rows in the notice, never an entry each', () => {
    const page = ['2024年度青禾市“最美护林员”拟表彰对象公示', '', '经推荐评审，拟表彰以下同志，现予以公示（按姓氏笔画排序）：', '', '柯远山　青禾县林业局护林站站长', '', '葛晴岚　白沙乡国有林场护林员', '', '温子墨（女）　柳塘镇林业站站长', '', '公示时间为2024年3月1日至3月7日。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['2024年度青禾市“最美护林员”拟表彰对象公示']);
    expect(items[0].blocks.map((b) => b.text)).toContain('温子墨（女）　柳塘镇林业站站长');
  });
});

describe('items: a 征稿启事 signed by the paper’s desk after its contact line (made-up page, paragraphs apart)', () => {
  it('keeps the desk’s name as the notice’s last paragraph, not a headline', () => {
    const page = ['“我和青禾这一年”征稿启事', '', '岁末将至，本报读者版即日起开展征稿活动，欢迎读者写下这一年的故事。', '', '投稿邮箱：duzhe@qinghewb.com', '', '青禾晚报读者部'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['“我和青禾这一年”征稿启事']);
    expect(items[0].blocks.at(-1)?.text).toBe('青禾晚报读者部');
  });
});

describe('items: a calligraphy work and its maker named after the maker’s unit (made-up page, paragraphs apart)', () => {
  it('reads the work’s title as the headline and the credit as its byline', () => {
    const page = ['天道酬勤（书法）', '', '青禾市建工集团　柯远山　书', '', '“我与工地”征文启事', '', '本报副刊即日起开展主题征文活动，欢迎广大职工踊跃投稿。'].join('\n');
    expect(readItems(page).map((i) => [i.headline, i.byline])).toEqual([['天道酬勤（书法）', '青禾市建工集团　柯远山　书'], ['“我与工地”征文启事', null]]);
  });
});

describe('items: a headline ending in a word ending 局 (……扎堆布局) after a finished piece (made-up page)', () => {
  it('reads it as the next headline, never as an authority signing the piece above', () => {
    const I = '\u3000\u3000';
    const page = ['预制菜不能止于“预制”', `${I}预制菜要走得远，关键在于“制”的水平。`, `${I}只有让消费者吃得放心，这条赛道才能跑得长。`, '动力电池回收企业扎堆布局', '——部分地区已出现产能过剩苗头', `${I}本报讯（记者　葛晴岚）随着首批动力电池进入退役期，电池回收成为产业新风口。`, `${I}业内人士建议，加快完善动力电池溯源管理。`].join('\n');
    expect(readItems(page).map((i) => [i.headline, i.subheadline])).toEqual([['预制菜不能止于“预制”', null], ['动力电池回收企业扎堆布局', '——部分地区已出现产能过剩苗头']]);
  });
});

describe('items: kinds of pages of other papers (made-up pages)', () => {
  const I = '\u3000\u3000';

  it('keeps a box of events with their times and places apart from the signed essay above it', () => {
    const page = ['# 外婆的腌菜坛', '', '□ 柯晓岚', '', '外婆家的灶屋角落里，一排放着五六只黑釉的腌菜坛。', '', '今年霜降，我学着外婆的样子腌了一坛。', '', '（作者系青禾县第二中学教师）', '', '# 文化活动预告', '', '◆青禾县博物馆竹编艺术展', '', '展览时间：10月20日至11月20日', '', '展览地点：县博物馆二楼', '', '◆“周末剧场”戏曲专场', '', '演出时间：10月22日19:30', '', '演出地点：县文化中心小剧场'].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['外婆的腌菜坛', '文化活动预告']);
  });

  it('reads a place and a colon over a picture’s caption and credit as the picture’s headline, not a subhead of the feature above', () => {
    const page = ['老茶园里采出“新茶经”', '', '融媒体记者　柯　远', '', '清晨的枫林乡云雾缭绕，采茶工们在茶垄间穿梭。', '', '老茶园换了新品种', '', '乡里对1200亩老茶园进行改造，换上了新品种。', '', '小作坊变成了标准厂', '', '一条清洁化生产线正在运转，几个小时后鲜叶就变成了成品茶。', '', '高桥镇：“夏日课堂”开课啦', '', '6月8日，高桥镇的志愿者为留守儿童讲解防溺水知识。（融媒体记者　葛晴岚　摄）'].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['老茶园里采出“新茶经”', '高桥镇：“夏日课堂”开课啦']);
  });

  it('reads a pupil’s school and class under the headline as the byline, and keeps the teacher’s line and the 点评 in the essay', () => {
    const page = ['学子心声', '四年，我学会了慢下来', '', '物理与电子工程学院2013级　柯一凡', '', '刚进大学时，我总想把每一天排满。', '', '后来我才明白，慢下来也是一种本事。', '', '指导老师：葛晴岚', '', '【名师点评】文章选材平常，却写出了真情。', '', '校园快讯', '', '●青禾中学举行读书节。（通讯员　温然）'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.byline])).toEqual([['四年，我学会了慢下来', '物理与电子工程学院2013级　柯一凡'], ['校园快讯', null]]);
    expect(items[0].blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['指导老师：葛晴岚', '【名师点评】文章选材平常，却写出了真情。']));
  });

  it('keeps the answerer’s line with the Q&A and reads the next headline as a headline', () => {
    const page = ['心理驿站', `${I}问：快中考了，我总是睡不好，怎么办？`, `${I}答：先别急着给自己贴标签，紧张是正常的。`, `${I}解答：青禾市中小学心理健康教育指导中心　柯雨澄`, '考前焦虑，试试这几招', '——心理老师为初三学生支招', `${I}本报记者　葛　宁`, `${I}距离中考还有一百来天，不少学生进入紧张的复习阶段。`].join('\n');
    expect(readItems(page).map((i) => [i.headline, i.subheadline])).toEqual([['心理驿站', null], ['考前焦虑，试试这几招', '——心理老师为初三学生支招']]);
  });

  it('reads a heading mark with nothing after it as a piece without a headline', () => {
    const page = ['# 青禾四中举行冬季趣味运动会', '', '1月6日，青禾市第四中学举行冬季趣味运动会。', '', '# ', '', '1月6日，学生们在进行拔河比赛。', '', '本报记者　柯　远　摄'].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['青禾四中举行冬季趣味运动会', null]);
  });

  it('keeps a box of views under its name, each under a marked title, as one piece of its own', () => {
    const page = ['学习札记', '“为官一任”与“造福一方”', '', '□　柯　明', '', '真正的造福，是要办那些群众急需、打基础、利长远的事，而不是只顾眼前的政绩工程。', '', '观点摘编', '', '■新农村建设不能搞“一刀切”', '', '建设新农村是一项长期任务，各地基础不同，不能用一个标准、一种模式去套。（柯玉林）', '', '■节约资源要从每个单位做起', '', '建设节约型社会，不仅是企业的事，机关、学校、医院等单位同样大有可为。（葛晴）', '', '■以人为本要落在实处', '', '坚持以人为本，不能只挂在嘴上，而要体现在解决群众就业难、看病难等具体问题上。（温然）', '', '市社科联召开理论研讨会', '', '本报讯　11月5日，市社科联召开理论研讨会。', '', '新书评介', '一部研究地方经济的力作', '——读《青禾经济五十年》', '', '□　韦　平', '', '该书资料翔实，既有大量的统计数据，也有对重大事件和典型企业的深入剖析。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.column])).toEqual([['“为官一任”与“造福一方”', '学习札记'], ['观点摘编', null], ['市社科联召开理论研讨会', null], ['一部研究地方经济的力作', '新书评介']]);
  });
});

describe('items: more kinds of other papers’ pages (made-up pages, paragraphs apart)', () => {
  it('reads a standing column of readers’ comments (网言网语 / @网名：……) after a report as a piece of its own', () => {
    const page = ['菜市场里也能“扫一扫”', '', '本报记者　柯　远', '', '记者在这家菜市场看到，86个摊位中有70多个贴出了收款二维码，买菜付钱只要扫一扫。', '', '据统计，截至8月底，全市已有3.2万家商户开通了移动支付，覆盖大部分农贸市场。', '', '网言网语', '', '@青禾小马哥：刚在地铁站连了个免费Wi-Fi，看完今天的报纸。', '', '@Lucky_阿树：给孩子的手机设个支付密码吧。'].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['菜市场里也能“扫一扫”', '网言网语']);
  });

  it('keeps a signed feature’s last section, under a subhead in quotation marks, in the feature its author note closes', () => {
    const page = ['军事观察', '单兵装备迈向“数字化”', '', '□　柯晓峰', '', '在不少人的印象里，士兵的装备无非是枪、头盔和背包，如今早已不是这样了。', '', '从“千里眼”到“顺风耳”', '', '新一代单兵系统往往配备头盔显示器、微光夜视仪和单兵电台，看得更远听得更清。', '', '从“各自为战”到“全网共享”', '', '过去，一线士兵获取情报主要靠口头传达，如今前方看到的画面后方同时就能看到。', '', '“减负”仍是难题', '', '不过，数字化也带来了新的问题，各类电子设备和电池大大增加了士兵的负重。', '', '（作者单位：青禾军分区）'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['单兵装备迈向“数字化”']);
    expect(items[0].blocks.map((b) => b.text)).toContain('“减负”仍是难题');
  });

  it('keeps a signed feature’s subhead quoted whole in the feature when a sibling of it, with a comma, was read as a paragraph', () => {
    const page = ['一家修鞋铺的二十年', '——记老街鞋匠柯长顺', '', '晚报记者　葛　岚', '', '在青禾老街的拐角，有一间不到十平方米的修鞋铺，门口的木牌已经褪了色。', '', '“修鞋是个细活”', '', '1996年，柯长顺从皮鞋厂下岗，跟着师傅学了半年手艺，在老街支起了摊子。', '', '“顾客认的是手艺，也认人”', '', '二十年来，铺子搬过三次家，老顾客却一直跟着他走。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['一家修鞋铺的二十年']);
    expect(items[0].blocks.map((b) => b.text)).toContain('“修鞋是个细活”');
  });

  it('keeps a signed feature’s subheads set by the hour (9时　…… / 11时30分　……) in the feature', () => {
    const page = ['跟着巡河员走一天', '', '□晚报记者　柯　远', '', '6月3日一早，记者跟随青禾河的巡河员葛建平出发，沿河岸步行巡查。', '', '8时　先看排污口', '', '沿着河堤走了两公里，葛建平在一处排污口前蹲下，仔细查看出水的颜色。', '', '10时　清理漂浮物', '', '河湾处漂着一片塑料瓶和枯枝，葛建平和同事用长杆一点点捞上岸。', '', '11时30分　巡查日志当场写好', '', '回到巡河站，葛建平把一上午看到的情况逐条写进巡查日志。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['跟着巡河员走一天']);
    expect(items[0].blocks.map((b) => b.text)).toContain('11时30分　巡查日志当场写好');
  });

  it('reads a marked name alone over plain text after a signed reply (■暴雨天气出行安全提示 / 1．…… / 2．……), longer than a story’s own box label (■链接), as a box’s headline, not a banner over the next headline', () => {
    const page = ['已派专人清理　隐患已经排除', '——市城管局答复读者来信', '', '编辑同志：', '', '贵报转来的读者来信收悉。我局当天即派人到现场查看，已将堆放的杂物全部清理。', '', '青禾市城市管理局', '', '2018年7月9日', '', '■暴雨天气出行安全提示', '', '1．暴雨天气尽量减少外出，不要在低洼路段涉水行走。', '', '2．远离广告牌、围墙和临时搭建物，防止倒塌伤人。', '', '雨后彩虹', '', '7月8日傍晚，一道彩虹出现在青禾湖上空，不少市民驻足拍照。', '', '本报记者　柯　远　摄'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['已派专人清理　隐患已经排除', '■暴雨天气出行安全提示', '雨后彩虹']);
    expect(items[1].blocks.map((b) => b.text)).toEqual(['1．暴雨天气尽量减少外出，不要在低洼路段涉水行走。', '2．远离广告牌、围墙和临时搭建物，防止倒塌伤人。']);
    expect(items[2].column).toBeNull();
  });

  it('reads a short marked label after a notice’s issuer and date (某某局 / 2015年10月30日 / ◆防汛小知识) as the next piece, not the notice’s box', () => {
    const page = ['青禾市水务局关于做好汛期安全防范的通告', '', '入汛以来，我市降雨明显增多，为保障群众生命财产安全，现将有关事项通告如下：', '', '一、汛期禁止在河道、水库游泳、垂钓。', '', '青禾市水务局', '', '2015年6月30日', '', '◆防汛小知识', '', '雷雨天气不要在大树下、电线杆旁避雨，远离积水区域和下水道口。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['青禾市水务局关于做好汛期安全防范的通告', '◆防汛小知识']);
  });

  it('reads a dated picture after a one-paragraph report signed in brackets (……。（晚报记者　某　某）) as a picture of its own, not the report’s', () => {
    const page = ['晚报热线', '小区门口的路灯一个月没亮', '', '市民柯先生反映，青禾路小区门口的三盏路灯坏了一个月，晚上出行很不方便。记者联系了市路灯管理所，工作人员表示当天就派人维修，目前路灯已恢复照明。（晚报记者　葛　岚）', '', '7月8日，青禾湖畔的荷花竞相开放，吸引不少市民前来观赏。', '', '晚报记者　柯　远　摄', '', '节水小常识', '', '●洗菜水可以用来浇花、冲厕所。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.photos.length])).toEqual([['小区门口的路灯一个月没亮', 0], [null, 1], ['节水小常识', 0]]);
  });

  it('reads a marked name over items each marked and labelled (●讨薪提醒 / ●保留证据。…… / ●依法维权。……) as one box, not a banner over briefs', () => {
    const page = ['春节前农民工工资支付专项检查启动', '', '本报讯（记者　柯　远）1月15日，市人社局启动农民工工资支付专项检查，重点检查建筑工地。', '', '●讨薪提醒', '', '●保留证据。工资条、考勤记录、工作证要妥善保存。', '', '●依法维权。遇到欠薪，要通过投诉、仲裁、诉讼等合法途径解决。', '', '●找工会帮忙。各级工会职工法律援助站免费提供咨询。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.column, i.headline, i.blocks.length])).toEqual([[null, '春节前农民工工资支付专项检查启动', 1], [null, '●讨薪提醒', 3]]);
  });

  it('reads a marked tips box’s name over items each marked (●居家防暑小贴士 / ●多喝水，…… / ●少出门，……) as one box, and a marked briefs box’s name (■县域简讯) as the briefs’ banner', () => {
    const tips = ['高温天气持续　市民注意防暑', '', '本报讯（记者　柯　远）市气象台预计，未来一周我市最高气温将持续在37℃以上。', '', '●居家防暑小贴士', '', '●多喝水，不要等口渴了才喝水。', '', '●少出门，午后高温时段尽量待在室内。', '', '●老人和孩子要格外注意，出现头晕、乏力时及时就医。'].join('\n');
    expect(readItems(tips).map((i) => [i.column, i.headline, i.blocks.length])).toEqual([[null, '高温天气持续　市民注意防暑', 1], [null, '●居家防暑小贴士', 3]]);
    const briefs = ['■县域简讯', '', '●青禾县启动春季植树造林，今年计划完成营造林3万亩。', '', '●白沙县首家农村电商服务站开业，可代购代销农产品。'].join('\n');
    expect(readItems(briefs).map((i) => [i.column, i.headline])).toEqual([['县域简讯', null], ['县域简讯', null]]);
  });

  it('reads a short marked label after a report its reporter signed in brackets (……。（晚报记者　某　某）/ ■办事提醒) as the next piece', () => {
    const alone = ['晚报热线', '换了新执照　银行却让“先销户”', '', '市民柯女士反映，公司换领新营业执照后，银行要求先注销原账户。记者联系市市场监管局，工作人员表示，换照不影响已开立的银行账户。（晚报记者　葛　岚）', '', '■办事提醒', '', '企业换领新执照后，可持新执照到开户银行办理信息变更，无需销户重开。'].join('\n');
    expect(readItems(alone).map((i) => i.headline)).toEqual(['换了新执照　银行却让“先销户”', '■办事提醒']);
  });

  it('reads a leader’s kicker over a headline and a subheadline each set in spaced parts, over a dispatch, as one headline block (no table)', () => {
    const I = '\u3000\u3000';
    const page = ['市委书记柯振邦在全市农村工作会议上强调', '调整结构　增加收入　推动农村经济再上新台阶', '市长葛德厚作工作部署　温守礼　韦玉珍出席', `${I}本报讯　记者柯文清　通讯员葛志刚报道：三月五日，全市农村工作会议在市委礼堂召开。`, `${I}柯振邦同志指出，去年以来，全市各级党委、政府紧紧围绕增加农民收入这个中心开展工作。`, `${I}柯振邦同志强调，当前我市农业和农村经济发展进入了一个新的阶段。`].join('\n');
    expect(readItems(page).map((i) => [i.kicker, i.headline, i.subheadline])).toEqual([['市委书记柯振邦在全市农村工作会议上强调', '调整结构　增加收入　推动农村经济再上新台阶', '市长葛德厚作工作部署　温守礼　韦玉珍出席']]);
  });

  it('keeps a box of excerpts, each under a marked title and closed by its source, as one piece', () => {
    const page = ['学者观察', '基层治理要答好“三道题”', '', '□　柯远山', '', '基层治理是国家治理的基石，既要有制度的刚性，也要有服务的温度，这是我们的基本判断。', '', '观点摘编', '', '■ 推进乡村治理要注重激发内生动力', '', '乡村治理的主体是农民，要让农民在村庄公共事务中有更多话语权，真正做到村里的事情村民商量着办。', '', '——摘自《青禾社会科学》2022年第7期 葛若愚文', '', '■ 城市社区治理应重视“关键少数”', '', '社区中的楼栋长、志愿者骨干、退休党员等群体，是联系居民的重要纽带，能够有效降低治理成本。', '', '——摘自《白沙学刊》2022年第4期 温晴川文', '', '学术研讨会在青禾大学举行', '', '本报讯（记者柯雨辰）近日，“传统文化与基层治理”学术研讨会在青禾大学举行，八十多位专家学者参加。'].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['基层治理要答好“三道题”', '观点摘编', '学术研讨会在青禾大学举行']);
  });

  it('keeps a box of excerpts whose sources stand in brackets, the writer after the title ((摘自《……》，作者：某某)), as one piece', () => {
    const page = ['学者观察', '基层治理要答好“三道题”', '', '□　柯远山', '', '基层治理是国家治理的基石，既要有制度的刚性，也要有服务的温度。', '', '（作者单位：青禾大学）', '', '观点摘编', '', '■推进乡村治理要注重激发内生动力', '', '乡村治理的主体是农民，要让农民在村庄公共事务中有更多话语权。', '', '（摘自《青禾日报》，作者：葛若愚）', '', '■城市社区治理应重视“关键少数”', '', '社区中的楼栋长、志愿者骨干等群体，是联系居民的重要纽带。', '', '（摘自《白沙学刊》2012年第4期，作者：温晴川）', '', '本版责编：柯　远　葛晴岚　林　晓'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['基层治理要答好“三道题”', '观点摘编']);
    expect(items[1].blocks.map((b) => b.text)).toContain('■城市社区治理应重视“关键少数”');
  });

  it('reads a 导读 box’s lines pointing to their pages in words (……详见第二版) as the box’s text', () => {
    const page = ['本期导读', '', '新就业形态劳动者入会突破120万人 详见第二版', '', '一位老矿工的“安全账本” 详见第三版', '', '劳动法律监督“一函两书”怎么用 详见第四版'].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['本期导读']);
  });

  it('reads a poem’s verses under its title and its writer marked ■, one a paragraph, never each a headline', () => {
    const page = ['雨季（外一首）', '', '■ 柯可风', '', '雨季来的时候', '', '河水涨到了阿公的膝盖', '', '胶林沉默', '', '割胶刀在墙上生锈', '', '母亲把米缸盖紧', '', '说，等雨停'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.byline])).toEqual([['雨季（外一首）', '■ 柯可风']]);
    expect(items[0].blocks.map((b) => b.text)).toEqual(['雨季来的时候', '河水涨到了阿公的膝盖', '胶林沉默', '割胶刀在墙上生锈', '母亲把米缸盖紧', '说，等雨停']);
  });
});

describe('items: health, digest, TV and city pages (made-up pages)', () => {
  it('reads a doctor’s line under an advice piece’s headline, marked ■ (■ 市某医院主任中医师　某某), as its writer, the text after it the same piece', () => {
    const page = ['冬令进补　因人而异', '', '■ 市中医院主任中医师　柯秀兰', '', '俗话说“冬令进补，开春打虎”。不少市民一入冬就买来各种补品，其实进补要讲究辨证。', '', '1.先调理脾胃再进补。脾胃虚弱的人，可先吃些红枣山药粥调理。', '', '2.感冒发热时暂停进补。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.byline])).toEqual([['冬令进补　因人而异', '■ 市中医院主任中医师　柯秀兰']]);
  });

  it('keeps a cartoon’s artist and its reprint source (漫画／某　某, （原载《……》）) with the cartoon’s title, and a brief box after it apart', () => {
    const page = ['各取所需', '', '漫画／柯　远', '', '（原载《青禾画刊》）', '', '本版编辑　葛文瑾', '', '“占”位', '', '漫画 温晓川', '', '社会短讯', '', '■8日上午，白沙区一养殖户家中起火，消防救援人员及时赶到，未造成人员伤亡。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['各取所需', '“占”位', '社会短讯']);
  });

  it('keeps a photo story’s numbered captions, each with its credit run in (①……（记者　某　某　摄）), in the headed piece they follow', () => {
    const page = ['融媒直击', '# 寒潮来袭　他们坚守一线', '', '1月11日至12日，我市迎来今冬首轮寒潮，供电、供水、环卫等部门的工作人员坚守一线。', '', '①1月12日凌晨，供电公司的抢修人员在城东变电站巡检设备。（全媒体记者　柯　禾　摄）', '', '②环卫工人在人民路上撒布融雪剂。（全媒体记者　柯　禾　摄）', '', '③水务集团的维修人员在户外抢修冻裂的供水管道。（通讯员　葛晓东　摄）', '', '扫码看视频', '', '# 12345热线直通车', '', '本报讯（记者　温然）市民反映的老旧小区供暖不热问题，已有82%得到解决。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.kind, i.headline, i.photos.length])).toEqual([['article', '寒潮来袭　他们坚守一线', 3], ['article', '12345热线直通车', 0]]);
  });

  it('reads a caption closed by its credit (……现场。　某某卫视供图) as a whole paragraph: the flush line after it is the next piece’s headline', () => {
    const I = '\u3000\u3000';
    const page = ['娱乐访谈', '柯静怡：我不想只做串场的人', `${I}青禾都市报记者　葛一帆`, `${I}主持户外真人秀第二季，柯静怡没有站在终点，而是和嘉宾一起下场闯关。`, `${I}青禾都：下场之后什么感觉？`, `${I}柯静怡：累，真的累。第一期录完，我腿疼了三天。`, `${I}柯静怡（右）在节目录制现场。　青禾卫视供图`, '《向前冲吧，城市》', `${I}播出时间：每周六 21:20　青禾卫视`, `${I}本周六播出的一期节目来到青禾老城区的骑楼街，六位嘉宾分成两队寻找八件“城市记忆”。`].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['柯静怡：我不想只做串场的人', '《向前冲吧，城市》']);
  });

  it('reads the page’s first line, short with a comma inside and standing apart, as a headline (开栏十年，感谢有您)', () => {
    const page = ['开栏十年，感谢有您', '', '本报“观众之声”版自2006年8月开办，至今已满十年，共收到观众来信两万三千多封。', '', '从本期起，本版将增设“来信回音”栏目。欢迎大家继续来信。', '', '——编　者', '', '希望多播些戏曲节目', '', '我是一个老戏迷，最爱听本地的花鼓戏，如今电视里却找不着戏曲节目了。', '', '白沙县　观众　仉国强'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['开栏十年，感谢有您', '希望多播些戏曲节目']);
    expect(items[1].column).toBeNull();
  });
});

describe('items: a letter and the reply under it on a page of lines apart (made-up page)', () => {
  it('keeps the letter’s signature (某某小区读者　某某某, an uncommon surname) as the letter’s last paragraph, never a piece of its own', () => {
    const page = ['读者来信', '一楼住户的采光谁来管', '', '编辑同志：', '', '我家住在桂花苑小区3号楼一楼。楼上邻居商量加装电梯，电梯井就在我家窗外，白天也得开灯。请问这种情况该怎么办？', '', '河东区桂花苑小区读者　宓秋云', '', '加装电梯须兼顾低层住户', '——市住房和城乡建设局答复读者来信', '', '宓秋云同志：', '', '来信收悉。加装电梯应当优先选择对低层住户影响较小的位置，并对采光、通风作出评估。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.subheadline])).toEqual([
      ['一楼住户的采光谁来管', null],
      ['加装电梯须兼顾低层住户', '——市住房和城乡建设局答复读者来信'],
    ]);
    expect(items[0].blocks.at(-1)?.text).toBe('河东区桂花苑小区读者　宓秋云');
  });
});

describe('items: year-end review and older readers’ pages (made-up pages)', () => {
  it('keeps a headed picture group’s numbered captions, each over its own credit line, in one piece', () => {
    const page = ['光影2012', '', '①1月6日，首发城际快客驶出青禾站，不少市民特意赶来体验。', '', '记者　柯　冬　摄', '', '②5月9日，消防救援人员在城南低洼地段转移被困群众。', '', '记者　葛明远　摄', '', '③10月16日，青禾东高速公路全线贯通。', '', '通讯员　温晓波　摄', '', '编后', '', '翻看这一年的大事记，真正被读者记住的，往往是与自己生活息息相关的小事。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.photos.length])).toEqual([['光影2012', 3], ['编后', 0]]);
  });

  it('reads a 数读 box’s rows (412个　全年新建社区运动场) as its text, never headlines', () => {
    const page = ['数读全民健身', '', '412个　全年新建社区多功能运动场', '', '1860公里　全年新建健身步道', '', '38.6%　经常参加体育锻炼人口比例', '', '（数据来源：省体育局）', '', '冠军时刻', '', '8月16日，柯可心在全国游泳冠军赛女子400米个人混合泳决赛中夺冠。', '', '本报记者　葛　然　摄'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['数读全民健身', '冠军时刻']);
    expect(items[0].blocks.map((b) => b.text)).toContain('1860公里　全年新建健身步道');
  });

  it('reads a 数说 box’s rows marked as items (■20.3亿元　全市知识产权质押融资累计额) as its text, never headlines', () => {
    const page = ['一纸证书换来真金白银', '', '本报记者　葛　岚', '', '今年6月，青禾精密轴承有限公司用3项发明专利作质押，拿到了500万元贷款。', '', '图为公司技术人员在检测轴承精度。', '', '本报记者　柯　远　摄', '', '数说质押融资', '', '■20.3亿元　全市知识产权质押融资累计额', '', '■214笔　今年1月至8月新增质押登记', '', '■11家　开办知识产权质押融资业务的银行', '', '（数据来源：市市场监管局）'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.column, i.headline])).toEqual([[null, '一纸证书换来真金白银'], [null, '数说质押融资']]);
    expect(items[1].blocks.map((b) => b.text)).toContain('■214笔　今年1月至8月新增质押登记');
  });

  it('reads a flush marked title giving a figure (■前10个月青禾港“成绩单”) over indented marked rows as the box’s headline, not one of its rows', () => {
    const I = '\u3000\u3000';
    const page = ['青禾港开通第42条外贸航线', `${I}本报讯（记者　柯　远）11月17日，青禾港至东南亚的第42条外贸集装箱航线开通。`, `${I}新航线每周一班，挂靠胡志明、曼谷等港口，单程航行时间约9天。`, `${I}港口集团有关负责人介绍，今年以来青禾港已新开外贸航线5条。`, `${I}下一步，青禾港将继续加密东南亚航线，服务本地企业出口。`, `${I}图为青禾港集装箱码头装卸作业现场。本报记者　葛　岚　摄`, '■前10个月青禾港“成绩单”', `${I}■货物吞吐量　1.38亿吨，同比增长7.6%`, `${I}■集装箱吞吐量　186.4万标准箱，同比增长11.3%`, `${I}■外贸航线　42条，比去年底增加5条`, `${I}（数据来源：市港航管理局）`].join('\n');
    const items = readItems(page);
    expect(items.map((i) => i.headline)).toEqual(['青禾港开通第42条外贸航线', '■前10个月青禾港“成绩单”']);
  });

  it('reads a marked 数说 name over indented figure rows (■数说青禾1958文创园 / 　　■12栋　保留的老工业建筑) as a box of its own, not rows of the brief above', () => {
    const I = '\u3000\u3000';
    const page = ['老厂房改造方案征集启动', `${I}本报讯　9月1日，青禾火柴厂旧址改造设计方案征集启动，征集截止时间为11月30日。`, `${I}据介绍，旧址占地约5万平方米，现存老厂房12栋，大多建于上世纪五六十年代。`, `${I}征集活动面向国内外设计机构，入围方案将在市规划展览馆公开展示。`, '■数说青禾1958文创园', `${I}■12栋　保留的老工业建筑`, `${I}■86家　首批入驻企业`, `${I}■4.2万平方米　园区总建筑面积`, `${I}（数据来源：文创园运营公司）`].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.column, i.headline])).toEqual([[null, '老厂房改造方案征集启动'], [null, '■数说青禾1958文创园']]);
    expect(items[1].blocks.map((b) => b.text)).toContain('■86家　首批入驻企业');
  });

  it('reads a marked name over a price list’s rows indented as paragraphs are (■托老所收费标准 / 　　午餐（单次）　每份5元) as a box of its own', () => {
    const I = '\u3000\u3000';
    const page = ['托老所里的一天', `${I}西关街道居家养老服务中心是我市首批居家养老服务中心之一，每天接待老人30多位。`, `${I}上午9点，护理员给每位老人量血压、测血糖，并记在健康档案上。`, `${I}中午11点半，热乎乎的饭菜端上桌，两荤两素一汤。`, `${I}图为服务中心的老人在阅览室看报。本报记者　柯　远　摄`, '■托老所收费标准', `${I}日托服务（含午餐）　每月300元`, `${I}午餐（单次）　每份5元`, `${I}送餐上门　每次加收1元`, `${I}（西关街道居家养老服务中心提供）`].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.column, i.headline])).toEqual([[null, '托老所里的一天'], [null, '■托老所收费标准']]);
  });

  it('reads an older reader’s name and age under a memoir’s headline as its writer, and a notice’s issuer over its date as its close', () => {
    const page = ['老伴的菜园', '', '柯秀芝　七十六岁', '', '老伴退休那年，在楼后开出一小块荒地，种上了黄瓜、豆角和西红柿。', '', '“我家的老物件”征文启事', '', '一、讲述老物件背后的真实故事，字数在一千五百字以内。', '', '来稿请寄：青禾市文化路18号青禾老年报社“晚晴”版。', '', '青禾老年报社', '', '2007年7月', '', '外孙教我用微信', '', '□　葛玉芬（七十一岁）', '', '外孙放暑假来我家，第一件事就是给我的手机装上了微信。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.byline])).toEqual([['老伴的菜园', '柯秀芝　七十六岁'], ['“我家的老物件”征文启事', null], ['外孙教我用微信', '□　葛玉芬（七十一岁）']]);
  });
});

describe('items: 书画 pages and provincial 要闻 pages (made-up pages)', () => {
  it('reads works’ captions standing after a piece as pictures of their own, and a group under its headline as one piece', () => {
    const page = ['荷塘', '', '◇　柯晓棠', '', '一塘碧叶水连天，', '', '几朵红莲出翠烟。', '', '书画园地', '', '《松鹤延年》　国画　葛汉民（八十一岁）', '', '《宁静致远》　书法　温素云（七十岁）', '', '外孙教我用微信', '', '□　葛玉芬（七十一岁）', '', '外孙放暑假来我家，第一件事就是给我的手机装上了微信。', '', '书法　柯敬堂（八十三岁）', '', '国画《荷塘清趣》　葛素琴', '', '砚边拾零', '', '○　温小棠', '', '旧时文人案头，砚是少不了的。我的那方砚，是二十年前在老街一家旧货店里淘来的。'].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.headline, i.byline, i.blocks.length])).toEqual([
      ['荷塘', '◇　柯晓棠', 2],
      ['书画园地', null, 2],
      ['外孙教我用微信', '□　葛玉芬（七十一岁）', 1],
      [null, null, 1],
      [null, null, 1],
      ['砚边拾零', '○　温小棠', 1],
    ]);
  });

  it('keeps a 导读 line ending on its page (……投入使用　6版) in the box, never the next box’s kicker', () => {
    const I = '\u3000\u3000';
    const page = ['今日导读', `${I}■全省夏粮生产形势总体较好　3版`, `${I}■我省首个县级公共`, '', '文化服务中心在桐坪投入使用　6版', '要闻简讯', `${I}■省政府召开全省安全生产电视电话会议。（记者　柯远）`].join('\n');
    const items = readItems(page);
    expect(items.map((i) => [i.kicker, i.headline])).toEqual([[null, '今日导读'], [null, '要闻简讯']]);
  });

  it('reads a notice’s two issuing offices over its date, after its text, as the notice’s close', () => {
    const page = ['关于做好2016年春节期间有关工作的通知', '', '各市、县委和人民政府，省直各单位：', '', '春节将至，为确保全省人民过一个欢乐祥和的节日，现就有关工作通知如下。', '', '中共青禾省委办公厅', '', '青禾省人民政府办公厅', '', '2016年1月29日', '', '省领导分赴各地走访慰问', '', '本报讯（记者　柯安澜）新春佳节即将来临，省领导分赴各地走访慰问困难群众。'].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['关于做好2016年春节期间有关工作的通知', '省领导分赴各地走访慰问']);
  });

  it('reads a line ending in —— as the kicker even over a headline that reads like an attendance line (……走访慰问)', () => {
    const page = ['情系困难群众　共迎新春佳节——', '省领导分赴各地走访慰问', '', '本报讯（记者　柯安澜）新春佳节即将来临，连日来，省领导分赴各地走访慰问困难群众。'].join('\n');
    expect(readItems(page).map((i) => [i.kicker, i.headline, i.subheadline])).toEqual([['情系困难群众　共迎新春佳节——', '省领导分赴各地走访慰问', null]]);
  });
});

describe('items: 法治 pages (made-up page)', () => {
  it('reads a court and a judge’s name under a case column’s headline (某市中级人民法院　某　某) as its writer, not its headline', () => {
    const page = ['网购“七天无理由”退货被拒怎么办（法官说法）', '', '青禾市中级人民法院　柯　雯', '', '近年来，网络购物纠纷在消费类案件中占比逐年上升，其中因“七天无理由退货”引发的争议尤为常见。', '', '【案情】市民葛某在某电商平台购买了一台空气净化器，收货后第三天申请退货被拒。'].join('\n');
    expect(readItems(page).map((i) => [i.headline, i.byline])).toEqual([['网购“七天无理由”退货被拒怎么办（法官说法）', '青禾市中级人民法院　柯　雯']]);
  });
});

describe('items: a photo group after a feature (made-up page)', () => {
  it('reads a title over a first numbered caption (……／①……) as the group’s headline, never a subhead of the feature above', () => {
    const page = ['返乡创业的“新农人”', '', '本报记者　柯　溪', '', '这几年，越来越多的年轻人回到村里，种果树、开网店、办民宿。', '', '【回乡】', '', '柯小川大学毕业后在城里工作了五年，前年辞职回到老家，承包了三十亩果园。', '', '【创业】', '', '据市人社局统计，近三年全市返乡创业人员累计超过一万两千人。', '', '“政策给了我们底气。”柯小川说。', '', '镜头里的“新农人”', '', '①柯小川（右）和团队成员在果园里查看桃树长势。', '', '②葛晓雨在有机蔬菜大棚里采摘黄瓜。', '', '③白沙县一家合作社的年轻人在直播间推介小米。', '', '青禾晚报·青禾+记者　温　帆　摄'].join('\n');
    expect(readItems(page).map((i) => i.headline)).toEqual(['返乡创业的“新农人”', '镜头里的“新农人”']);
  });
});

describe('items: a schedule box of rows led by their day (made-up page)', () => {
  it('reads rows led by their day (8月10日　……, 8月14日—15日　……) as the box’s text, never headlines', () => {
    const page = ['本周赛事预告', '', '8月10日　青禾杯青少年篮球赛开幕（市全民健身中心）', '', '8月12日（周四）　全市中老年门球邀请赛（白沙公园）', '', '8月14日—15日　青禾市青少年游泳锦标赛（市游泳馆）', '', '冬泳爱好者畅游白沙河', '', '本报讯（记者　柯远）8月8日，百余名冬泳爱好者在白沙河畔举行横渡活动。'].join('\n');
    expect(readItems(page).map((i) => [i.headline, i.blocks.length])).toEqual([['本周赛事预告', 3], ['冬泳爱好者畅游白沙河', 1]]);
  });
});
