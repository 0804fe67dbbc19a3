import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCommonSurname } from '../../src/ingest/surnames.ts';
import {
  isCreditNote,
  chineseNumber,
  columnTag,
  isWorkLabel,
  creditNames,
  endsSentence,
  endsSignedBySource,
  findContinuation,
  isAttendanceLine,
  isBodyOpener,
  isByline,
  isClosingLine,
  isCommaTitle,
  isNoticeField,
  isCreditLine,
  isMarkedUnspacedName,
  isSalutation,
  isSpeakerLine,
  isStudentWriter,
  isTeacherCredit,
  isTitleLike,
  looksLikeBanner,
  markedBanner,
  parseDateline,
  splitCredit,
  splitKickerHeadline,
} from '../../src/ingest/patterns.ts';
import { endsWhole } from '../../src/ingest/ends.ts';
import { seedLine } from '../helpers/seeds.ts';

describe('datelines 电头', () => {
  it.each([
    ['000', 49, '本报讯（记者 郑苗苗）', '记者 郑苗苗', '本报', null],
    ['000', 33, '新华社北京12月27日电', null, '新华社', '北京'],
    ['002', 75, '本报太原10月22日电（记者 史涌涛）', '记者 史涌涛', '本报', '太原'],
    ['003', 7, '本报讯(记者 李明璇 郑苗苗)', '记者 李明璇 郑苗苗', '本报', null],
    ['001', 39, '本报讯（记者任翔宇）', '记者任翔宇', '本报', null],
  ])('seed %s line %i', (seed, n, text, credits, agency, place) => {
    expect(parseDateline(seedLine(seed, n))).toEqual({ text, credits, agency, place });
  });

  it.each([
    ['青禾日报讯（记者 柯远 通讯员 葛晴）3月10日，……', '青禾日报讯（记者 柯远 通讯员 葛晴）', '记者 柯远 通讯员 葛晴', '青禾日报'],
    ['【青禾商报讯】记者林晓岚报道：农历新年假期……', '【青禾商报讯】记者林晓岚报道：', '记者林晓岚', '青禾商报'],
    ['青都讯 记者柯远 通讯员葛晴 记者6月10日从市人社局获悉……', '青都讯 记者柯远 通讯员葛晴', '记者柯远 通讯员葛晴', '青都'],
    ['青禾云/青禾日报讯（记者 柯远 通讯员 葛晴 报道）5月起，……', '青禾云/青禾日报讯（记者 柯远 通讯员 葛晴 报道）', '记者 柯远 通讯员 葛晴 报道', '青禾云/青禾日报'],
  ])('reads another paper’s own dateline: %s', (text, dateline, credits, agency) => {
    expect(parseDateline(text)).toEqual({ text: dateline, credits, agency, place: null });
  });

  it('reads a 讯 with its place and day (本报北京8月7日讯（记者 某某）, 本报沈阳3月5日讯 记者某某报道：) as a dateline', () => {
    expect(parseDateline('本报北京8月7日讯（记者　柯远）中小企业协会日前发布数据。')).toEqual({ text: '本报北京8月7日讯（记者　柯远）', credits: '记者　柯远', agency: '本报', place: '北京' });
    expect(parseDateline('本报青禾3月5日讯 记者葛晴报道：昨天，青禾市召开会议。')).toEqual({ text: '本报青禾3月5日讯 记者葛晴报道：', credits: '记者葛晴', agency: '本报', place: '青禾' });
    expect(parseDateline('据本报8月7日讯，会议将延期。')).toBeNull();
  });

  it('reads a dispatch dated in Chinese numerals, as papers printed it before the late 1990s (新华社某地六月九日电)', () => {
    expect(parseDateline('新华社青川六月九日电　青川地区今年种植棉花一百万亩。')).toEqual({ text: '新华社青川六月九日电', credits: null, agency: '新华社', place: '青川' });
    expect(parseDateline('本报九江十二月二十四日电（记者 柯远）全长八十七公里的铁路')).toEqual({ text: '本报九江十二月二十四日电（记者 柯远）', credits: '记者 柯远', agency: '本报', place: '九江' });
    expect(parseDateline('六月九日电视台播出了这部片子。')).toBeNull();
  });

  it('reads a paper whose name opens with 讯 without throwing (讯报讯: the name is all before the last 讯)', () => {
    expect(parseDateline('讯报讯（记者 柯远）昨日，……')).toEqual({ text: '讯报讯（记者 柯远）', credits: '记者 柯远', agency: '讯报', place: null });
    expect(() => parseDateline('讯报讯')).not.toThrow();
  });

  it('reads a dateline set in traditional characters, keeping it, its credits and its place as printed', () => {
    expect(parseDateline('本報訊（記者 柯遠）２月９日，古城迎來今年第一場雪。')).toEqual({ text: '本報訊（記者 柯遠）', credits: '記者 柯遠', agency: '本报', place: null });
    expect(parseDateline('新華社廣州2月9日電（記者 葛晴）今天')).toEqual({ text: '新華社廣州2月9日電（記者 葛晴）', credits: '記者 葛晴', agency: '新华社', place: '廣州' });
    expect(parseDateline('青都訊 記者柯遠 通訊員葛晴 記者6月10日從市人社局獲悉')).toEqual({ text: '青都訊 記者柯遠 通訊員葛晴', credits: '記者柯遠 通訊員葛晴', agency: '青都', place: null });
    expect(parseDateline('喜訊傳來，全村歡騰。')).toBeNull();
  });

  it('reads an agency’s feature named before its text (新华社特稿) as a dateline', () => {
    expect(parseDateline('新华社特稿')).toEqual({ text: '新华社特稿', credits: null, agency: '新华社', place: null });
    expect(parseDateline('新华社专稿每个月的第一个星期，64岁的向导都会上山。')?.text).toBe('新华社专稿');
    expect(parseDateline('特稿写作需要耐心。')).toBeNull();
  });

  it('takes no word ending in 讯 for a dateline (喜讯传来, 资讯速递, 科技简讯)', () => {
    for (const text of ['喜讯传来，全村欢腾。', '资讯速递', '科技简讯']) expect(parseDateline(text)).toBeNull();
  });

  it('is not found in an ordinary paragraph', () => {
    expect(parseDateline(seedLine('000', 51))).toBeNull();
  });
});

describe('bylines 署名', () => {
  it('reads a 理论 page’s writer after 作者：, with the post in brackets or alone, as a byline', () => {
    for (const text of ['作者：柯远山（青禾大学政治学系教授）', '作者：葛  晴', '作者：温子墨']) expect(isByline(text)).toBe(true);
    for (const text of ['作者：孟庆林　出版社：青禾人民出版社', '作者认为，这是一个问题。']) expect(isByline(text)).toBe(false);
  });

  it('reads a contributor’s byline (特约撰稿 某  某, 撰稿人 某某某) as a byline', () => {
    for (const text of ['特约撰稿 柯  远', '撰稿人 葛晴岚', '本报特约撰稿人 葛晴岚']) expect(isByline(text)).toBe(true);
  });

  it.each([
    ['000', 7, true],
    ['002', 49, true], // □ 本报记者 任翔宇
    ['001', 75, true], // 山西日报评论员
    ['000', 85, false], // a photo credit
    ['000', 45, false], // a headline
  ])('seed %s line %i → %s', (seed, n, expected) => {
    expect(isByline(seedLine(seed, n))).toBe(expected);
  });
});

describe('a writer named by post after a white square', () => {
  it('□ 全国政协委员 某  某 is a byline, as □ 某某某 is; a ■ column mark and a □ label are none', () => {
    for (const text of ['□ 全国政协委员 葛  岚', '□ 青禾大学教授 柯远山', '□全国人大代表 林晓岚']) expect(isByline(text)).toBe(true);
    // A writer named with the middle dot after the white square (□ 某某·某某), as a 副刊 signs a translated poem.
    for (const text of ['□ 次仁·央宗', '□热依拉·阿不都']) expect(isByline(text)).toBe(true);
    for (const text of ['■ 政务动态', '□ 采访手记', '□ 全国政协委员']) expect(isByline(text)).toBe(false);
  });
});

describe('labels and speakers in a body', () => {
  it('reads 记者手记 as a label opening a part of the body, never a byline', () => {
    for (const text of ['■记者手记', '记者手记', '□ 采访手记']) {
      expect(isByline(text)).toBe(false);
      expect(isBodyOpener(text)).toBe(true);
    }
    expect(isByline('■ 本报记者 任小平')).toBe(true);
  });

  it('reads a reporter of a paper printed after its news brand (某海新闻/某岛日报记者 某  某) as a byline', () => {
    for (const text of ['白沙新闻/青禾日报记者 柯  远', '白沙新闻／青禾日报记者 葛晴', '白沙新闻/青禾日报全媒体记者 林  然']) expect(isByline(text)).toBe(true);
    expect(isByline('白沙新闻/青禾日报')).toBe(false);
    // A 都市报's short name before the role (温都记者, 南都记者: set am of other papers' pages).
    for (const text of ['温都记者 潘一鸣 通讯员 季晓彤', '南都记者 叶  珊']) expect(isByline(text)).toBe(true);
    // 全媒 before the role (湖北日报全媒记者: set aq), and 文/ before the byline (set ap).
    for (const text of ['青禾日报全媒记者  柯晓帆  通讯员  葛  实', '文/青禾日报记者  张  晴  通讯员  青  气']) expect(isByline(text)).toBe(true);
    expect(isCreditLine('青禾日报全媒记者  邱  然  摄')).toBe(true);
    // A county media centre's reporter, 融媒记者 with no paper before it (set dv).
    for (const text of ['融媒记者　柯晓帆　通讯员　葛　实', '融媒记者　林　然']) expect(isByline(text)).toBe(true);
    // A paper's 社 before the role (某某日报社全媒体记者: set aw).
    expect(isCreditLine('青禾日报社全媒体记者 张 鹏 摄')).toBe(true);
    expect(isByline('青禾日报社记者 柯  远')).toBe(true);
    expect(isByline('首都记者节')).toBe(false);
  });

  it('reads a credit naming two photographers each with the paper before the role (晚报记者 某 某　晚报通讯员 某某 摄) as one credit', () => {
    for (const text of ['晚报记者 柯 远　晚报通讯员 林晓岚 摄', '青禾日报记者 白  沙 青禾日报通讯员 葛晴 摄']) {
      expect(isCreditLine(text)).toBe(true);
      expect(splitCredit(`7月5日，游客在古城墙下观灯。${text}`)).toEqual({ rest: '7月5日，游客在古城墙下观灯。', credit: text });
    }
  });

  it('reads a picture’s source alone on its line in brackets (（资料图片）, （某某管委会供图）) as a picture’s credit, never a closing note of the piece above', () => {
    for (const text of ['（资料图片）', '（资料照片）', '(资料图片)', '（青禾大学城管委会供图）']) expect(isCreditLine(text), text).toBe(true);
    expect(isCreditLine('（资料）')).toBe(false);
  });

  it('reads a foreign agency named alone (路透社, 新华社/法新) as a picture’s credit, on its own line or after the caption’s last stop and a space', () => {
    for (const text of ['路透社', '法新社', '美联社', '新华社/路透', '新华社／法新社']) {
      expect(isCreditLine(text)).toBe(true);
      expect(creditNames(text)).toEqual([]);
      expect(splitCredit(`当地时间5月3日，游客在海滩上观看沙雕作品。\u3000${text}`)).toEqual({ rest: '当地时间5月3日，游客在海滩上观看沙雕作品。', credit: text });
    }
    // Named inside a sentence, or run on without a stop, it is no credit.
    expect(splitCredit('这一消息最早来自路透社')).toBeNull();
    expect(isCreditLine('据路透社')).toBe(false);
  });

  it('reads a paper’s desk or team (本报理论部, 本报联合调查组) as a byline, a photo story’s 文/图 before the paper’s reporter too', () => {
    for (const text of ['本报理论部', '本报评论部', '本报联合调查组', '文/图 青禾晚报记者 柯远山 实习生 甘小蕙']) expect(isByline(text)).toBe(true);
    for (const text of ['本报讯', '本报理论', '本报理论学习']) expect(isByline(text)).toBe(false);
  });

  it('reads who told an oral history and who wrote it down (口述 某某某 整理 本报记者 某  某) as a byline', () => {
    for (const text of ['口述 罗德福 整理 本报记者 柯  远', '口述：甘秀英 整理：罗  进']) expect(isByline(text)).toBe(true);
    for (const text of ['口述历史的价值', '口述 罗德福']) expect(isByline(text)).toBe(false);
  });

  it('reads a label shaped like a role and a name (记者观察, 记者追踪) as no byline', () => {
    for (const text of ['记者观察', '记者追踪', '本报记者调查', '记者连线', '记者帮办', '记者帮你问']) expect(isByline(text)).toBe(false);
    // After the kind of paper (晚报, 都市报), as an evening paper prints its label over a kicker (set ml); its reporter's byline stays one.
    for (const text of ['晚报记者调查', '都市报记者暗访', '晚报记者手记']) expect(isByline(text)).toBe(false);
    for (const text of ['晚报记者　柯　远', '都市报记者 林晓岚']) expect(isByline(text)).toBe(true);
    expect(isByline('记者 观涛')).toBe(true);
  });

  it('reads such a label with a series’ name after a middle dot (记者蹲点·乡村振兴) as no byline, and a reporter named with a middle dot as one', () => {
    for (const text of ['记者蹲点·乡村振兴', '记者蹲点', '记者调查·民生']) expect(isByline(text)).toBe(false);
    expect(isByline('本报记者 阿依古丽·买买提')).toBe(true);
  });

  it('reads a writer after 文／ (a writer’s mark before it or not) or a spaced name after a mark as a byline, a mark over a word as a column', () => {
    for (const text of ['文／葛晴岚', '文/图 柯远', '文：林晓岚、葛晴', '□ 柯 远', '■ 王  平', '□　文/图　鲁晓岚', '■文／柯远山']) {
      expect(isByline(text)).toBe(true);
      expect(markedBanner(text)).toBeNull();
    }
    expect(isByline('■ 经济观察')).toBe(false);
    expect(markedBanner('■ 经济观察')).toBe('经济观察');
    expect(markedBanner('【消费提醒】')).toBe('消费提醒');
    expect(markedBanner('【点评：好】')).toBeNull();
  });

  it('reads a name after a white square, unspaced (□ 柯远山), as a byline; a black square over a word stays a column', () => {
    expect(isByline('□ 柯远山')).toBe(true);
    expect(isByline('□葛晴')).toBe(true);
    expect(isByline('■城事')).toBe(false);
    expect(markedBanner('■城事')).toBe('城事');
  });

  it('reads what a table’s rows rank (（前五名）, （前十位）) as no writer’s name in brackets, but a name (（柯远）) still as one', () => {
    for (const text of ['（前五名）', '（前十位）', '（前八强）']) expect(isCreditNote(text), text).toBe(false);
    expect(isCreditNote('（柯远）')).toBe(true);
  });

  it('reads a measure’s unit in brackets (均价（元/平方米）, 产值（单位：万元）) as no column tag', () => {
    for (const text of ['均价（元/平方米）', '价（元/平方米）', '本周蔬菜价格（元／斤）', '主要指标（单位：万元）', '奖励（万元）', '增幅（%）']) expect(columnTag(text), text).toBeNull();
    // Nor one of time or count: a header row's rest the width cut (单 / 程用时（分钟）: set tr), 展出文物318件（套）.
    for (const text of ['程用时（分钟）', '平均车速（公里）', '航程（小时）', '展出文物318件（套）', '全市已免疫牲畜210万头（只）']) expect(columnTag(text), text).toBeNull();
    expect(columnTag('菜价涨了　餐桌稳吗（青禾时评）')).toBe('青禾时评');
  });

  it('reads a label and its number in brackets (来信请寄：……（邮编：436099）) as no column tag (set vy)', () => {
    for (const text of ['来信请寄：青禾市文昌路66号青禾都市报读者来信部（邮编：436099）', '报名地点：市青少年宫（电话：8866123）']) expect(columnTag(text), text).toBeNull();
    expect(columnTag('欢迎来信来电（编读往来）')).toBe('编读往来');
  });

  it('reads an instalment’s number (青禾旧事（十二）, （3）, （上）), or （外一首） in brackets after a title as no column tag', () => {
    for (const text of ['青禾旧事（十二）', '青禾旧事（3）', '白沙湖纪行（上）', '白沙湖纪行（第十二回）', '初雪（外一首）']) expect(columnTag(text)).toBeNull();
    expect(columnTag('让老街留住烟火气（城市观察）')).toBe('城市观察');
    // A day or month in brackets says when a box's figures are from (批发价格（7月7日）: set cl).
    for (const text of ['重点农产品批发价格（7月7日）', '主要经济指标（2024年3月）', '本周油价（十二月）']) expect(columnTag(text)).toBeNull();
  });

  it('reads a bracket after a sentence’s stop as no column tag, a space between them or not (……在检测轴承精度。　（资料图片）)', () => {
    for (const text of ['图为技术人员在检测轴承精度。　（资料图片）', '图为技术人员在检测轴承精度。（资料图片）']) expect(columnTag(text)).toBeNull();
    expect(columnTag('让老街留住烟火气　（城市观察）')).toBe('城市观察');
    // Who asked a question, in brackets after it, names no column (……剃光毛？（读者　某先生）).
    for (const text of ['狗狗剃光毛？（读者　柯先生）', '兑奖吗？（读者 葛女士）', '能报销吗？（网友　小岚）']) expect(columnTag(text), text).toBeNull();
    // So does one who gives the place the reader writes from before it (为什么？（青禾镇读者　柯先生）).
    for (const text of ['为什么？（青禾镇读者　柯先生）', '还能领补贴吗？（白沙村网友　小岚）']) expect(columnTag(text), text).toBeNull();
    expect(columnTag('我家门前的小河（读者来信）')).toBe('读者来信');
  });

  it('takes no unit’s alternative in brackets after the unit (村（社区）, 乡镇（街道）, 县（市、区）) for a column', () => {
    for (const text of ['全市老年教育办学网络延伸到村（社区）', '文化站覆盖所有乡镇（街道）', '各县（市、区）完成年度任务', '地区生产总值前五位的县（市）']) expect(columnTag(text), text).toBeNull();
    // The same words as a tag after anything but the unit they stand for are a column's name.
    expect(columnTag('老旧小区加装电梯提速（社区）')).toBe('社区');
  });

  it('reads a joint official document’s full title, its issuers set apart by a space, as a title line (GB/T 9704)', () => {
    // Longer than any other headline line (40 characters): only the document's form makes it one.
    const joint = '青禾市公安局交通警察支队　青禾市老年大学关于老年大学新校区周边道路临时交通管理和停车安排的通告';
    expect(joint.length).toBeGreaterThan(40);
    expect(isTitleLike(joint)).toBe(true);
    expect(isTitleLike('中共青禾市委办公室　青禾市人民政府办公室关于做好全市老年大学秋季招生和新校区启用工作的通知')).toBe(true);
    // A sentence about such a document is none.
    expect(isTitleLike('市公安局交通警察支队　日前发布了关于新校区周边道路临时交通管理的通告，请市民留意。')).toBe(false);
  });

  it('takes no bracket saying when figures stand, where a place is or which numbers it holds for a column (截至9月2日, 解放路12号, 23、24)', () => {
    for (const text of ['青禾城市篮球联赛积分榜（截至8月27日）', '东风电影院（人民路8号）', '往事（23、24）', '建市四十年大事记（1985—2025）']) expect(columnTag(text)).toBeNull();
    expect(columnTag('让老街留住烟火气（城市观察）')).toBe('城市观察');
  });

  it('takes no bracket naming whom to ask for, by surname and honorific (联系电话：1234567（柯先生）), for a column', () => {
    for (const text of ['电话：1234567（柯先生）', '报名热线：7654321（葛女士）', '联系人：白沙社区（林老师）']) expect(columnTag(text), text).toBeNull();
    expect(columnTag('票友天地（戏迷来稿）')).toBe('戏迷来稿');
  });

  it('reads a work’s medium or form in brackets (中国画, 剪纸, 组诗, 三首, 连载二十六) as what the work is, and a column’s name as none', () => {
    for (const tag of ['中国画', '国画', '油画', '版画', '剪纸', '书法', '摄影', '组诗', '三首', '外二首', '连载二十六', '连载']) expect(isWorkLabel(tag)).toBe(true);
    // A serial's or an essay's illustration (放风筝的人（插图）, set se) is a work too.
    for (const tag of ['插图', '题图', '配图']) expect(isWorkLabel(tag), tag).toBe(true);
    // A drawing named by its technique (某村祖屋门楼（速写）, （线描）, （钢笔画）: set ua) is a work too.
    for (const tag of ['速写', '线描', '白描', '钢笔画']) expect(isWorkLabel(tag), tag).toBe(true);
    // So is a craft's (《瀼水秋晓》（乱针绣） over 某某某　作 after a notice: set zzp), a piece of its own.
    for (const tag of ['乱针绣', '苏绣', '十字绣', '草编', '竹编', '根雕', '面塑', '烙画', '糖画']) expect(isWorkLabel(tag), tag).toBe(true);
    for (const tag of ['摘编', '汇编', '选编']) expect(isWorkLabel(tag), tag).toBe(false);
    for (const tag of ['城市观察', '人民时评', '艺海拾贝', '画里画外', '诗与远方', '非遗年集·剪纸']) expect(isWorkLabel(tag)).toBe(false);
  });

  it('reads bylines as other papers print them: a paper’s name and brand, a correspondent abroad', () => {
    for (const text of ['青禾晚报记者 林  桂', '青禾晚报·青禾新闻记者 柯  远  通讯员 葛晴', '青年报·青年网记者 张  昕  实习生 王一冉', '本报驻柏林记者 杨  帆', '本报驻外记者 葛晴岚']) {
      expect(isByline(text)).toBe(true);
    }
    expect(isByline('青禾晚报举办读者开放日')).toBe(false);
  });

  it('reads a paper’s news brand before the role (青禾都市报云帆新闻记者, 青禾晚报-云帆新闻, 全媒体记者), a photographer beside the reporter, and a writer named before a marked byline', () => {
    for (const text of ['青禾晚报-云帆新闻记者 柯  远 摄影 葛  晴', '青禾都市报云帆新闻记者 林晓岚', '■青禾妇女报全媒体记者 葛晴岚', '■柯  远 本报特约记者 林晓岚', '青禾晚报/云帆新闻记者 罗  进', '禾报全媒体记者 单  宁', '青禾商报记者 柯  远 文/图']) {
      expect(isByline(text)).toBe(true);
    }
    expect(isByline('■柯远山 青禾见闻')).toBe(false);
    expect(markedBanner('■青禾妇女报全媒体记者 葛晴岚')).toBeNull();
    expect(splitCredit('青禾都市报云帆新闻记者 林  桂 摄')).toEqual({ rest: '', credit: '青禾都市报云帆新闻记者 林  桂 摄' });
    expect(creditNames('青禾都市报云帆新闻记者 林  桂 摄')).toEqual(['林桂']);
  });

  it('names the illustrator of an illustration’s credit (宗　苇　绘, 宗苇　绘), never the word 绘', () => {
    expect(creditNames('宗　苇　绘')).toEqual(['宗苇']);
    expect(creditNames('宗苇　绘')).toEqual(['宗苇']);
  });

  it('reads a credit for both the text and the pictures (都市报记者　某　某　文/摄, 文并摄) as a picture’s credit naming its reporter', () => {
    for (const [text, names] of [['都市报记者　柯　枳　文/摄', ['柯枳']], ['本报记者葛晴岚文／摄', ['葛晴岚']], ['本报记者　林　桂　文并摄', ['林桂']]] as const) {
      expect(isCreditLine(text), text).toBe(true);
      expect(creditNames(text)).toEqual(names);
    }
  });

  it('reads a notice’s field (征订截止时间：11月30日, 四、征求意见范围：……), not a headline with a colon (王平：扎根山乡二十年)', () => {
    for (const text of ['征订截止时间：11月30日', '四、征求意见范围：项目周边可能受影响的单位和个人', '建设单位：青禾经开区水务有限公司', '订阅价格：全年每份360元']) expect(isNoticeField(text)).toBe(true);
    for (const text of ['王平：扎根山乡二十年', '中关村：科技创新能力不断增强', '记者：今年的重点是什么？']) expect(isNoticeField(text)).toBe(false);
  });

  it('reads credits, bylines and closing lines set in traditional characters, keeping the text as printed (記者某某 攝, 記者某某／攝影, 本版責任編輯：某某)', () => {
    expect(splitCredit('香港青禾報記者柯  遠 攝')).toEqual({ rest: '', credit: '香港青禾報記者柯  遠 攝' });
    expect(splitCredit('農民在稻田中搶收稻穀。記者林晓嵐／攝影')).toEqual({ rest: '農民在稻田中搶收稻穀。', credit: '記者林晓嵐／攝影' });
    expect(creditNames('記者林晓嵐／攝影')).toEqual(['林晓嵐']);
    expect(creditNames('香港青禾報記者柯  遠 攝')).toEqual(['柯遠']);
    expect(isByline('記者 葛晴嵐 通訊員 羅  進')).toBe(true);
    expect(isClosingLine('本版責任編輯：葛晴')).toBe(true);
    expect(splitCredit('記者會上的攝影')).toBeNull();
  });

  it('reads an agency’s picture whose foreign photographer’s name is set apart by a space, the dot lost (新华社发（伊万　洛斯卡　摄）), or that a body gave it (新华社发（……委员会供图）), as a credit', () => {
    expect(isCreditLine('新华社发（伊万　洛斯卡　摄）')).toBe(true);
    // So is one a body gave it (新华社发（某国边界委员会供图）).
    expect(isCreditLine('新华社发（萨兰边界委员会供图）')).toBe(true);
    expect(splitCredit('4月9日，货车在边境口岸排队等候通关。新华社发（伊万　洛斯卡　摄）')).toEqual({ rest: '4月9日，货车在边境口岸排队等候通关。', credit: '新华社发（伊万　洛斯卡　摄）' });
  });

  it('reads a role run together with what the reporter did (晚报记者探访……, 记者走访……) as no byline; a name run together (本报记者王小平, 记者欧阳明) still is one', () => {
    for (const text of ['晚报记者探访东关临时菜场', '记者走访城区六所中小学', '特派记者北京直击']) expect(isByline(text), text).toBe(false);
    for (const text of ['本报记者王小平', '记者欧阳明', '晚报记者　葛　禾　实习生　林晓岚']) expect(isByline(text), text).toBe(true);
  });

  it('reads a picture given to the paper (受访者供图, 某某公司供图, 资料图片) as a credit with no photographer', () => {
    for (const text of ['受访者供图', '青禾县文旅局供图', '青禾县档案馆 供图', '青禾市档案馆　供图', '资料图片', '青禾市滨江文化带建设指挥部供图']) {
      expect(isCreditLine(text)).toBe(true);
      expect(creditNames(text)).toEqual([]);
    }
    expect(splitCredit('图为柯远在巡河途中。受访者供图')).toEqual({ rest: '图为柯远在巡河途中。', credit: '受访者供图' });
    expect(splitCredit('这批资料图片')).toBeNull();
    // A full-width space before 供图, as before a photographer's 摄, is the same credit (set tm).
    expect(splitCredit('青禾轮渡码头旧影。　青禾市档案馆　供图')).toEqual({ rest: '青禾轮渡码头旧影。', credit: '青禾市档案馆　供图' });
    // So is a name spaced alone before it, as a feature's writer gives its picture (柏　蘅　供图: set zh).
    for (const text of ['柯　远　供图', '柯 远 供图']) expect(isCreditLine(text), text).toBe(true);
  });

  it('reads a reader’s signature, a funding note and a page’s picture editor as lines that close a piece', () => {
    for (const text of ['读者  林晓岚', '青禾县白沙镇  读者  柯  远', '白沙区读者 柯远山', '读者 王先生', '本文系青禾省社科规划项目（QH24B088）阶段性成果', '本版图片统筹：陈  元']) {
      expect(isClosingLine(text)).toBe(true);
    }
    for (const text of ['网友留言', '读者来信', '市民心声']) expect(isClosingLine(text)).toBe(false);
  });

  it('reads a cross-reference closing a report (相关新闻见A5版, 相关报道见第3版, 见第三版) as a line that closes it, not a headline', () => {
    for (const text of ['相关新闻见A5版', '相关报道见第3版', '更多报道见第十二版', '见第三版', '详见A4版']) expect(isClosingLine(text)).toBe(true);
    for (const text of ['相见不如怀念', '相关部门见面会召开']) expect(isClosingLine(text)).toBe(false);
  });

  it('reads a letter signed with the writer’s village and name and 等 (某村　某某某　等: and others) as a line that closes it', () => {
    for (const text of ['青禾县白沙乡柳塘村　柯长远　等', '白沙镇 葛  晴 等']) expect(isClosingLine(text)).toBe(true);
    for (const text of ['白沙镇举办春季招聘会等活动']) expect(isClosingLine(text)).toBe(false);
  });

  it('reads who gave a page’s pictures (本版图片由某某提供, 本版图片除署名外均由某局提供) as a line that closes a piece, not a sentence about pictures', () => {
    for (const text of ['本版图片由青禾县文旅局提供', '本版图片除署名外均由白沙市旅游和文化广电体育局提供', '本版照片由作者提供', '本组图片由受访者提供']) expect(isClosingLine(text)).toBe(true);
    // Who sponsors or planned a 专版, and who made a table, close it too (sets an, rh, am).
    for (const text of ['本版由青禾市应急管理局协办', '本专版由青禾日报社与青禾市外事侨务局联合策划', '制表：南都记者 叶  珊']) expect(isClosingLine(text)).toBe(true);
    // The sponsors named apart before the word (set rw).
    for (const text of ['青禾市林业局　青禾湿地新城管理委员会　协办', '青禾市文化和旅游局 主办']) expect(isClosingLine(text), text).toBe(true);
    for (const text of ['本版图片展示了青禾县的新面貌', '这些图片由村民提供，记录了村子的变化。']) expect(isClosingLine(text)).toBe(false);
  });

  it('reads the page’s editors with its mailbox after them (责任编辑：某某　投稿邮箱：……) as a closing line', () => {
    expect(isClosingLine('责任编辑：冯晓岚　投稿邮箱：pingzhou@example.cn')).toBe(true);
    expect(isClosingLine('本版编辑 柯  远　邮箱：fukan@example.cn')).toBe(true);
    expect(isClosingLine('欢迎来信：pingzhou@example.cn')).toBe(false);
  });

  it('reads a readers’ column named after them (读者论坛, 网友园地, 市民热线) as no signature: it heads the piece below', () => {
    for (const text of ['读者论坛', '网友园地', '市民热线', '读者信箱']) expect(isClosingLine(text)).toBe(false);
  });

  it('reads an agency’s picture credit naming a photographer with a hyphenated given name (新华社发（让－皮埃尔·某某摄）)', () => {
    expect(isCreditLine('新华社发（让－皮埃尔·柯朗摄）')).toBe(true);
    expect(isCreditLine('新华社发（让-皮埃尔·柯朗摄）')).toBe(true);
    expect(creditNames('新华社发（让－皮埃尔·柯朗摄）')).toEqual(['让－皮埃尔·柯朗']);
    expect(isCreditLine('新华社发（让－皮埃尔）')).toBe(false);
  });

  it('reads an agency’s picture with its photographer in brackets (新华社发（某  某摄）) as a credit', () => {
    expect(isCreditLine('新华社发（柯  远摄）')).toBe(true);
    expect(isCreditLine('中新社发（葛晴岚 摄）')).toBe(true);
    expect(isCreditLine('新华社发（详见第三版）')).toBe(false);
    expect(creditNames('新华社发（柯  远摄）')).toEqual(['柯远']);
    expect(isCreditLine('新华社发（马里奥·冈萨雷斯摄）')).toBe(true);
    expect(creditNames('新华社发（马里奥·冈萨雷斯摄）')).toEqual(['马里奥·冈萨雷斯']);
  });

  it('reads an agency’s picture with no photographer named (新华社发, 中新社发) as a credit, alone or after a caption’s last stop', () => {
    expect(isCreditLine('新华社发')).toBe(true);
    expect(isCreditLine('中新社发')).toBe(true);
    expect(creditNames('新华社发')).toEqual([]);
    expect(splitCredit('志愿者在海滩上清理垃圾。新华社发')).toEqual({ rest: '志愿者在海滩上清理垃圾。', credit: '新华社发' });
    expect(splitCredit('他说此事已由新华社发')).toBeNull();
  });

  it('tells a paragraph signed by its source (……。（据新华社）, （综合新华社电）) from one that merely ends in brackets', () => {
    for (const text of ['首都开通夜间公交线路。（据新华社）', '大桥合龙。（综合新华社电）', '展览开幕。（据《晨报》）', '会议闭幕。（新华社）']) expect(endsSignedBySource(text)).toBe(true);
    for (const text of ['会议闭幕（据新华社）', '他说：“我们（指全村）都来了。”', '展览开幕。（记者 柯  远）']) expect(endsSignedBySource(text)).toBe(false);
  });

  it('reads a foreign agency’s picture (法新社图, 路透社发, 美联社照片) or a picture agency’s (视觉中国) as a credit, alone or after a caption’s last stop, not a line that reports what the agency said', () => {
    for (const text of ['法新社图', '路透社发', '美联社照片', '视觉中国', '东方IC']) expect(isCreditLine(text)).toBe(true);
    expect(creditNames('法新社图')).toEqual([]);
    expect(splitCredit('一只海豹在冰面上晒太阳。路透社发')).toEqual({ rest: '一只海豹在冰面上晒太阳。', credit: '路透社发' });
    expect(isCreditLine('据法新社报道，会谈将于下周举行')).toBe(false);
  });

  it('reads a correspondent’s or a reader’s given picture (通讯员 某  某 供图, 本报通讯员 某某某供图, 市民 某  某供图) as a credit, never a byline', () => {
    for (const text of ['通讯员 柯  远 供图', '本报通讯员 葛晴岚供图', '通讯员 葛晴岚 供图', '市民 柯  远供图']) {
      expect(isCreditLine(text)).toBe(true);
      expect(isByline(text)).toBe(false);
    }
    expect(isByline('通讯员 葛晴岚')).toBe(true);
  });

  it('reads who drew a chart, the name before the role (新华社发 某  某 制图, 某某某 制表), as a line that closes a piece', () => {
    for (const text of ['新华社发 柯  远 制图', '本报记者 葛晴岚 制表', '葛晴岚 制图']) expect(isClosingLine(text)).toBe(true);
    for (const text of ['一张图看懂制图', '地图制图']) expect(isClosingLine(text)).toBe(false);
  });

  it('reads a bare name’s credit after a caption as a credit when the picture’s source follows in brackets (某  某 摄（视觉中国）) or space sets it apart from the last stop, not when run on to it', () => {
    expect(splitCredit('11月2日，游客在江畔观赏雾凇。 柯  翔 摄（视觉中国）')).toEqual({ rest: '11月2日，游客在江畔观赏雾凇。', credit: '柯  翔 摄（视觉中国）' });
    expect(splitCredit('11月2日，游客在江畔观赏雾凇。 柯  翔 摄')).toEqual({ rest: '11月2日，游客在江畔观赏雾凇。', credit: '柯  翔 摄' });
    expect(splitCredit('宏村南湖边写生的学生。　孟子钧 摄')).toEqual({ rest: '宏村南湖边写生的学生。', credit: '孟子钧 摄' });
    expect(splitCredit('11月2日，游客在江畔观赏雾凇。柯翔摄')).toBeNull();
  });

  it('reads who issued a weather box’s forecast and when, printed without brackets (青禾市气象台3月8日16时发布), as a line that closes the box', () => {
    for (const text of ['青禾市气象台3月8日16时发布', '白沙县气象局今日6时发布', '青禾市气象台3月8日16时30分发布']) expect(isClosingLine(text), text).toBe(true);
    for (const text of ['青禾市气象台发布暴雨蓝色预警', '市气象台3月8日发布寒潮预警，提醒市民注意保暖。']) expect(isClosingLine(text), text).toBe(false);
  });

  it('reads a teaser’s page pointer on a line of its own (▶A03, 详见第7版) as a line that closes the teaser, and a line that only names a page elsewhere as none', () => {
    for (const text of ['▶A03', '▶ 7版', '详见第7版', '→B2']) expect(isClosingLine(text), text).toBe(true);
    for (const text of ['A03', '第7版 要闻', '▶A03 交通管制详情']) expect(isClosingLine(text), text).toBe(false);
  });

  it('reads a page’s editors at its foot, a colon or a space after each role (本版编辑 某  某, 本版编辑：某某 美编：某  某), as a line that closes a piece', () => {
    for (const text of ['本版编辑 杜  娟', '本版编辑：陈雅远 美编：吴  峰', '责任编辑：邱立远', '本版编辑 伍海平\u3000版式 滕  悦', '责任编辑：柯  远 版面设计：林  晓', '责任编辑：葛晴岚\u3000审核：柯  远', '本版编辑 林晓 校对 白  沙 签发 柯远山', '值班编委 柯  远\u3000编辑 葛晴岚\u3000美编 林  晓']) expect(isClosingLine(text), text).toBe(true);
    for (const text of ['编辑部的故事', '本版编辑部主任谈改版', '审核通过后发放补贴']) expect(isClosingLine(text), text).toBe(false);
    // A slash after each role (本版编辑/某　某　美编/某　某　校对/某　某).
    for (const text of ['本版编辑/葛晴岚\u3000美编/柯　远\u3000校对/林　晓', '责任编辑／白沙', '本版编辑/杜  娟 美编/吴  峰']) expect(isClosingLine(text), text).toBe(true);
    expect(isClosingLine('编辑/记者的一天')).toBe(false);
  });

  it('reads a role with several people after its colon (本版责编：某　某　某某　某　某, 编辑：某某、某某) as the page’s editors, and a role spaced from words that are no names as none', () => {
    for (const text of ['本版责编：柯　远　葛晴岚　林　晓', '本版责编：邱立远　杜　娟　版式设计：滕  悦', '编辑：伍海平、白沙　美编：林晓']) expect(isClosingLine(text), text).toBe(true);
    for (const text of ['审核 通过三家企业', '编辑：改版后的第一期', '本版责编：柯远葛晴岚林晓等三人']) expect(isClosingLine(text), text).toBe(false);
  });

  it('reads a special page’s credits at its foot (本版撰文 本报记者 某某某 本版图片除署名外由企业提供, 本版策划 某某某 版式设计 某 某, 采访整理：某某) as lines that close a piece, not a line of text about the page', () => {
    for (const text of ['本版撰文 本报记者 孟宪东 本版图片除署名外由企业提供', '本版摄影 本报记者 王 亮 版式 李 婷', '本版策划 王晓红 版式设计 顾 青', '本版摄影：史家民  版式设计：沈亦伶', '采访整理：陈亚楠  申  茜']) {
      expect(isClosingLine(text), text).toBe(true);
    }
    for (const text of ['本版今起推出系列报道，敬请关注。', '本版文章仅代表作者个人观点']) expect(isClosingLine(text), text).toBe(false);
  });

  it('reads a credit printed wholly in brackets (（通讯员 某  某 摄）) as a credit, on its own line or after a caption', () => {
    expect(isCreditLine('（通讯员 柯  远 摄）')).toBe(true);
    expect(creditNames('（通讯员 柯  远 摄）')).toEqual(['柯远']);
    expect(splitCredit('果农在采摘猕猴桃。（本报记者 葛晴岚摄）')).toEqual({ rest: '果农在采摘猕猴桃。', credit: '（本报记者 葛晴岚摄）' });
    expect(isCreditLine('（详见第三版）')).toBe(false);
  });

  it('reads a continuation to or from a lettered section’s page (（上接A01版）) by its number', () => {
    expect(findContinuation('（上接A01版）')).toMatchObject({ kind: 'from', page: 1 });
    expect(findContinuation('（下转B3版）')).toMatchObject({ kind: 'on', page: 3 });
  });

  it('reads a box’s figure and what it counts (31.5%：同比增幅), or a label and a measure (今天：小雨 5℃～10℃), as no headline line', () => {
    for (const text of ['1.6亿元：全市茶叶线上销售额', '31.5%：同比增幅', '2300余家：全市涉茶电商', '今天：阴有小雨　5℃～10℃', '青禾：多云转小雨 15℃～21℃']) {
      expect(isCommaTitle(text)).toBe(false);
    }
    expect(isCommaTitle('中关村：科技创新能力不断增强')).toBe(true);
  });

  it('reads a byline whose two-character name is spaced to the width of three, but no photo credit', () => {
    expect(isByline('本报记者  罗  进')).toBe(true);
    expect(isByline('本报记者  林晓岚  罗  进')).toBe(true);
    expect(isByline('本报记者\u00a0\u00a0罗\u00a0\u00a0进')).toBe(true);
    expect(isByline('本报记者  罗  进  林晓岚摄影报道')).toBe(false);
  });

  it('reads a paper’s own special commentator or correspondent (本报特约评论员, 本报特约记者) as a byline', () => {
    expect(isByline('本报特约评论员  赵明远')).toBe(true);
    expect(isByline('本报特约记者 葛晴')).toBe(true);
    expect(isByline('特约评论员  赵明远')).toBe(true);
    // A name cut at the line's end is not a spaced name (本报记者 林晓岚 罗 / 进…).
    expect(isByline('本报记者  林晓岚  罗')).toBe(false);
  });

  it('reads a speaker by post and name, not a byline or a plain headline', () => {
    expect(isSpeakerLine('青禾县农业农村局局长  葛明川')).toBe(true);
    expect(isSpeakerLine('某大学农学院教授  白  露')).toBe(true);
    expect(isSpeakerLine('本报记者  姜宁')).toBe(false);
    expect(isSpeakerLine('一桌年夜饭 满满都是情')).toBe(false);
  });
});

describe('photo credits 图片署名', () => {
  it('stands on its own line', () => {
    expect(splitCredit(seedLine('000', 85))).toEqual({ rest: '', credit: '本报记者 戎禹仁摄' });
    expect(creditNames(seedLine('004', 47))).toEqual(['韩莹']);
  });

  it('closes a caption line', () => {
    const split = splitCredit(seedLine('002', 23))!;
    expect(split.credit).toBe('新华社记者 徐昱摄');
    expect(split.rest.endsWith('体育场举行。')).toBe(true);
    expect(creditNames(split.credit)).toEqual(['徐昱']);
  });

  it('is not read into a sentence that merely ends in 摄', () => {
    expect(splitCredit('他们用镜头拍摄')).toBeNull();
  });

  it('reads a paper’s own picture after the caption’s last stop (……。青禾图片) as its credit, with no photographer; never a line by itself', () => {
    expect(splitCredit('图为游客在新修的步道上拍照留念。青禾图片')).toEqual({ rest: '图为游客在新修的步道上拍照留念。', credit: '青禾图片' });
    expect(creditNames('青禾图片')).toEqual([]);
    expect(isCreditLine('珍贵图片')).toBe(false);
    expect(splitCredit('馆里收藏了许多珍贵图片')).toBeNull();
  });

  it('reads a news brand printed before the paper’s name (云帆新闻/青禾日报记者) in a byline and a credit', () => {
    expect(isByline('云帆新闻/青禾日报记者 林  桂')).toBe(true);
    expect(splitCredit('云帆新闻/青禾日报记者 林  桂 摄')).toEqual({ rest: '', credit: '云帆新闻/青禾日报记者 林  桂 摄' });
    expect(creditNames('云帆新闻/青禾日报记者 林  桂 摄')).toEqual(['林桂']);
  });

  it('reads a name joined by the middle dot (某某·某某) in a credit, a byline and an editors’ line; a dotted label alone is no name', () => {
    expect(splitCredit('本报通讯员　热依拉·阿不都克里木　摄')).toEqual({ rest: '', credit: '本报通讯员　热依拉·阿不都克里木　摄' });
    expect(creditNames('本报通讯员　热依拉·阿不都克里木　摄')).toEqual(['热依拉·阿不都克里木']);
    expect(splitCredit('5月3日，牧民赶着羊群转场。本报记者　努尔兰·哈山　摄')).toEqual({ rest: '5月3日，牧民赶着羊群转场。', credit: '本报记者　努尔兰·哈山　摄' });
    expect(isByline('本报记者　帕提古丽·艾合买提　柯　远')).toBe(true);
    expect(isClosingLine('责任编辑：帕提古丽·艾合买提　校对：柯　远')).toBe(true);
    expect(isClosingLine('本版编辑：次仁·央宗')).toBe(true);
    for (const text of ['记者蹲点·边境行', '花地·散文', '草原·牧歌']) expect(isByline(text)).toBe(false);
    expect(isCreditLine('草原·牧歌')).toBe(false);
  });
});

describe('banners, headlines, subheadlines', () => {
  it('knows column banners', () => {
    expect(markedBanner(seedLine('004', 91))).toBe('政务动态');
    expect(markedBanner(seedLine('002', 49))).toBeNull(); // □ 本报记者 任翔宇 is a byline
    expect(looksLikeBanner(seedLine('001', 59))).toBe(true); // 学思想 强党性 重实践 建新功
    expect(looksLikeBanner(seedLine('001', 87))).toBe(true); // 高质量 发展 调研行
    expect(looksLikeBanner(seedLine('001', 101))).toBe(true); // 新时代新征程·“枫桥经验”新实践
    expect(looksLikeBanner(seedLine('000', 3))).toBe(false); // a two-phrase headline
    expect(looksLikeBanner(seedLine('001', 61))).toBe(false);
  });

  it('splits kicker——headline printed on one line', () => {
    expect(splitKickerHeadline(seedLine('001', 5))).toEqual({
      kicker: '我市从建机制、搭舞台、重激励、强引领入手，让工匠人才“走红”新时代',
      headline: '激发“工匠精神” 迸发“产改”活力',
    });
    expect(splitKickerHeadline(seedLine('000', 5))).toBeNull(); // ——… at the start is a subheadline
  });

  it('knows who-attended subheadlines', () => {
    for (const [seed, n] of [['002', 5], ['000', 47], ['003', 5], ['002', 59]] as const) {
      expect(isAttendanceLine(seedLine(seed, n))).toBe(true);
    }
    expect(isAttendanceLine(seedLine('000', 65))).toBe(false);
  });

  it('knows who attended with the event named after the verb (副省长某某某出席签约仪式, ……参加放流活动), and not a line that only names an event held', () => {
    for (const text of ['副省长柯远山出席签约仪式', '林晓岚　葛　禾出席开幕式', '市民代表和志愿者200余人参加放流活动']) expect(isAttendanceLine(text), text).toBe(true);
    for (const text of ['全市安全生产工作会议召开', '出席仪式的嘉宾合影留念。']) expect(isAttendanceLine(text), text).toBe(false);
  });

  it('knows who witnessed a signing or gave the report (某某　某某见证签约, 某某作政府工作报告), and not a headline on the report (代表热议政府工作报告)', () => {
    for (const text of ['柯远山　葛晴岚见证签约', '林晓岚作政府工作报告', '柯远主持　罗进作工作报告']) expect(isAttendanceLine(text), text).toBe(true);
    for (const text of ['我市代表委员热议政府工作报告', '各代表团审议政府工作报告', '读懂政府工作报告']) expect(isAttendanceLine(text), text).toBe(false);
  });

  it('tells title-like lines from broken sentences', () => {
    expect(isTitleLike(seedLine('000', 63))).toBe(true);
    expect(isTitleLike(seedLine('000', 29))).toBe(false); // …近20年，专注药物
    expect(isTitleLike(seedLine('003', 53))).toBe(false); // 据介绍,市红十字会将严格按照省级
    expect(isTitleLike(seedLine('001', 55))).toBe(false); // 程服务。
  });

  it('reads a figure, a dash and what it counts (7.3亿元——全年完成电网投资) as a data box’s row, never a title', () => {
    for (const text of ['7.3亿元——全年完成电网投资', '98.7%——客户满意率', '214个——完成农网改造项目', '4.6个月——大型减速机平均生产周期']) expect(isTitleLike(text), text).toBe(false);
    expect(isTitleLike('——全年完成电网投资7.3亿元')).toBe(true);
    expect(isTitleLike('2010年桐汭电网建设成绩单')).toBe(true);
  });

  it('reads a 特派 reporter’s label with the place between (特派记者北京直击) as no byline', () => {
    for (const text of ['特派记者北京直击', '本报特派记者两会连线']) expect(isByline(text), text).toBe(false);
    for (const text of ['本报特派记者　戴　川', '特派记者 柯晨阳']) expect(isByline(text), text).toBe(true);
  });

  it('reads a box’s label, a colon and what it explains (链接：热带气旋如何命名) as a title, not a sentence', () => {
    for (const text of ['链接：热带气旋如何命名', '背景：什么是核心CPI', '相关链接：琮城调']) expect(isTitleLike(text), text).toBe(true);
    expect(isTitleLike('链接：热带气旋的名称由相关国家提出，轮流使用。')).toBe(false);
  });

  it('reads a quoted suggestion signed in brackets (“……分散开。”（读者　某某）) as text, and a headline with its column tag as a title', () => {
    expect(isTitleLike('“学校能不能错峰放学？车流就能分散开。”（读者　甘若林）')).toBe(false);
    expect(isTitleLike('“建议附近单位开放停车场。”（网友“溪水人家”）')).toBe(false);
    expect(isTitleLike('今年春晚不一般（今日谈）')).toBe(true);
    expect(isTitleLike('孩子总咳嗽，要不要查肺功能？（健康课堂）')).toBe(true);
  });
});

describe('continuation notes 转版', () => {
  it('reads 下转 at a paragraph end and on its own line', () => {
    expect(findContinuation(seedLine('001', 31))).toMatchObject({ kind: 'on', page: 3, note: '（下转第三版）' });
    expect(findContinuation(seedLine('002', 69))).toMatchObject({ kind: 'on', page: 3, index: 0 });
    expect(findContinuation('（上接第一版）会议指出')).toMatchObject({ kind: 'from', page: 1 });
    expect(findContinuation(seedLine('000', 49))).toBeNull();
  });

  it('reads the notes as other papers word them: （转A2版）, （紧接第一版）, （接A1版）; never a note that names no page', () => {
    expect(findContinuation('……共同推进。（转A2版）')).toMatchObject({ kind: 'on', page: 2, note: '（转A2版）' });
    expect(findContinuation('（紧接第一版）会议还指出')).toMatchObject({ kind: 'from', page: 1, note: '（紧接第一版）' });
    expect(findContinuation('（接A1版）')).toMatchObject({ kind: 'from', page: 1 });
    for (const text of ['（转载自某某报）', '（接上文）', '据了解，该线路将转入试运行。']) expect(findContinuation(text)).toBeNull();
  });

  it('reads Chinese page numerals', () => {
    expect([chineseNumber('三'), chineseNumber('十二'), chineseNumber('二十四'), chineseNumber('３')]).toEqual([3, 12, 24, 3]);
  });
});

describe('a line that ends a sentence', () => {
  it('is what /[。！？!?…][”’」』）)]*$|[。！？!?]”$/ says, read from the end', () => {
    const unit = fc.constantFrom(...'。！？!?…”’」』）)“，a大 '.split(''), '\n');
    const byDefinition = (text: string) => /[。！？!?…][”’」』）)]*$|[。！？!?]”$/.test(text);
    fc.assert(fc.property(fc.string({ unit, maxLength: 10 }), (text) => {
      expect(endsSentence(text)).toBe(byDefinition(text));
    }), { numRuns: 2000 });
    expect(endsSentence('会议强调，要压实责任。”')).toBe(true);
    expect(endsSentence('（下转第二版）')).toBe(false);
  });

  it('ends too on a teaser’s page pointer after its stop (……日子。▶A05, ……爆满。详见第7版), not on a pointer with no sentence before it', () => {
    for (const text of ['多数小巷告别了“一下雨就淌水”的日子。▶A05', '兴趣班场场爆满。 ▶A07', '市民可就近接种。详见第7版', '全市已有12家。”▶8版']) expect(endsSentence(text), text).toBe(true);
    for (const text of ['交通调整详见▶A03', '今年以来我市新建公园12个▶A05', '第A05版']) expect(endsSentence(text), text).toBe(false);
  });
});

describe('a letter’s salutation and signature', () => {
  it('编辑同志：, 尊敬的…：, 亲爱的…： are salutations; a label or a sentence with a colon is not', () => {
    expect(['编辑同志：', '尊敬的编辑：', '尊敬的县交通局领导：', '亲爱的读者朋友们：'].map(isSalutation)).toEqual([true, true, true, true]);
    expect(['编者按：', '问：托管什么时候报名？', '记者同志说：', '尊敬的老人，请慢走：'].map(isSalutation)).toEqual([false, false, false, false]);
  });

  it('a resident named with the place and a space before the name closes a letter; a subhead about residents does not', () => {
    expect(isClosingLine('青禾县南关小区居民 葛子墨')).toBe(true);
    expect(isClosingLine('白沙镇柳营村村民  林  然')).toBe(true);
    expect(isClosingLine('居民不让建')).toBe(false);
    expect(isClosingLine('小区居民有了新去处')).toBe(false);
  });

  it('a name joined by the middle dot after the writer’s township or workplace closes a letter, whatever its first character', () => {
    expect(isClosingLine('青禾自治县白沙乡　热依拉·阿不都')).toBe(true);
    expect(isClosingLine('某某牧场卫生院　次仁·央宗')).toBe(true);
    expect(isClosingLine('青禾县白沙乡　热依拉')).toBe(false);
    expect(isClosingLine('新疆青禾县白沙乡')).toBe(false);
  });
});

describe('a piece’s last paragraph that ends it whole (no cut-off flag)', () => {
  it('a brief signed in brackets, a notice’s particulars or date, a credit, a signing line', () => {
    const whole = [
      '县图书馆每晚开放至21时。（记者 柯  远）',
      '县图书馆每晚开放至21时。（葛  晴）',
      '县图书馆每晚开放至21时。（通讯员 林雨桐）',
      '谢谢司机师傅！（读者 葛子墨）',
      '联系电话：0000-7651234',
      '来信请寄：青禾县文昌路八号 邮编：030000',
      '地址：青禾县文昌路八号',
      '2019年10月6日',
      '二〇一九年十月六日',
      '新华社发（安娜·玛丽亚摄）',
      '青禾县文化和旅游局',
      '□ 林  然（教师）',
      '空气质量：良',
    ];
    expect(whole.filter((t) => !endsWhole(t))).toEqual([]);
  });

  it('a sentence stopped short, even one naming a day or an office, is not whole', () => {
    const cut = ['今年以来，县城新建三处口袋公园，配备了健身器材和', '活动将于2019年10月6日', '记者从县文化和旅游局了解到，', '3月7日，人'];
    expect(cut.filter((t) => endsWhole(t))).toEqual([]);
  });
});

describe('lines of other papers’ kinds (made-up lines)', () => {
  it('reads a Hong Kong or Macau paper’s bracketed dateline, in traditional characters, as a dateline', () => {
    expect(parseDateline('【本報消息】青禾區明晚局部停水，請市民提早儲水。')).toMatchObject({ text: '【本報消息】', agency: '本报' });
    expect(parseDateline('【本報綜合外電報道】某國昨日舉行大選。')).toMatchObject({ text: '【本報綜合外電報道】', agency: '本报' });
    expect(parseDateline('【新華社青禾十一日電】某國昨日舉行大選。')).toMatchObject({ text: '【新華社青禾十一日電】', agency: '新华社', place: '青禾' });
    expect(parseDateline('【本报】某某')).toBeNull();
  });

  it('splits a picture’s source in brackets off its caption, but not （资料图片）, which says what the picture is', () => {
    expect(splitCredit('■救援人員昨日在倒塌民居中搜尋生還者。（外電圖片）')).toEqual({ rest: '■救援人員昨日在倒塌民居中搜尋生還者。', credit: '（外電圖片）' });
    expect(splitCredit('村民在新修的机耕路上运送稻谷。（青禾镇政府供图）')).toEqual({ rest: '村民在新修的机耕路上运送稻谷。', credit: '（青禾镇政府供图）' });
    expect(splitCredit('下图：大桥建成前，两岸群众在渡口等候渡船。（资料图片）')).toBeNull();
  });

  it('reads a columnist’s pen name after a black mark (■波叔, ■阿明) as a writer, and a mark over a word as a column', () => {
    for (const text of ['■波叔', '■阿明', '■柯远']) expect(isMarkedUnspacedName(text)).toBe(true);
    for (const text of ['■城事', '■小贴士', '■天气']) expect(isMarkedUnspacedName(text)).toBe(false);
  });

  it('reads bylines naming a news app alone (某观新闻记者, 某某+记者) or a correspondent abroad, not a headline opening so', () => {
    for (const text of ['青观新闻记者 柯远 实习生 葛晴', '青禾日报记者 柯远 青禾+记者 葛晴岚 通讯员 温然', '青禾经济报驻维斯特兰记者 柯远']) expect(isByline(text)).toBe(true);
    expect(isCreditLine('青禾经济报驻梅里安记者 柯思源摄')).toBe(true);
    expect(isByline('加强新闻记者队伍建设 提高从业人员能力素养')).toBe(false);
  });

  it('reads student reporters’ and trainees’ bylines', () => {
    for (const text of ['□学生记者　柯　远　葛晴岚', '校园记者　温子墨', '见习记者　柯远']) expect(isByline(text)).toBe(true);
    expect(isByline('小记者作文擂台')).toBe(false);
  });

  it('tells a young writer’s school, class and name, and the teacher who guided the essay', () => {
    for (const text of ['青禾市实验小学四（3）班　柯小远', '物理与电子工程学院2013级　葛晴岚', '白沙县第二中学　温  然']) expect(isStudentWriter(text)).toBe(true);
    for (const text of ['青禾市实验小学举行开学典礼', '四年，我学会了慢下来']) expect(isStudentWriter(text)).toBe(false);
    // A school by its short name and the writer's grade (青禾二中　初二学生　某　某: set zh's letter).
    for (const text of ['青禾二中　初二学生　葛　雯', '白沙一中　高一学生　柯远', '青禾二中　葛　雯']) expect(isStudentWriter(text), text).toBe(true);
    for (const text of ['青禾二中　初二学生', '青禾二中初二学生多']) expect(isStudentWriter(text), text).toBe(false);
    // The paper's young reporters with its short name before them, their school in brackets or none (set ld).
    for (const text of ['晚报小记者　柯小远（青禾市第一实验小学五年级）', '本报小记者　葛晴岚（白沙路小学六年级）', '晚报小记者　温子墨　柯　远　林小岚']) expect(isStudentWriter(text), text).toBe(true);
    for (const text of ['小记者作文擂台', '本报小记者团成立', '晚报小记者走进消防队']) expect(isStudentWriter(text), text).toBe(false);
    // A child's age after the name, perhaps who wrote it down for them (set ld's 童诗).
    for (const text of ['青禾市实验小学二（5）班　柯小暖　8岁', '白沙幼儿园大班　葛果果　6岁（妈妈代笔）']) expect(isStudentWriter(text), text).toBe(true);
    // Who led the young reporters, after the report's last paragraph, closes it.
    for (const text of ['带队老师　晚报记者　柯　远', '带队记者　葛晴岚', '辅导老师：林小岚']) expect(isClosingLine(text), text).toBe(true);
    expect(isClosingLine('带队老师说')).toBe(false);
  });

  it('reads a family’s notice signed with its closing word (子女　某某　某某　敬告, 某氏全家　敬谢) as a line that closes it', () => {
    for (const text of ['子女　柯建国　柯建英　敬告', '葛氏全家　敬谢', '孝子　林远山　泣告']) expect(isClosingLine(text), text).toBe(true);
    for (const text of ['敬告读者', '一封迟到的敬谢信']) expect(isClosingLine(text), text).toBe(false);
    for (const text of ['指导老师：庄慧敏', '辅导教师：柯  远', '（指导老师：葛晴岚）', '指导老师　蒲　岚', '指导教师 柯远']) expect(isTeacherCredit(text)).toBe(true);
    expect(isTeacherCredit('指导老师：要多鼓励孩子写真话。')).toBe(false);
  });

  it('reads who answered a Q&A, and where to ask, as a piece’s closing and field lines', () => {
    expect(isClosingLine('解答：青禾市中小学心理健康教育指导中心　柯远')).toBe(true);
    expect(isClosingLine('答疑专家：省农科院园艺研究所研究员 葛晴岚')).toBe(true);
    expect(isClosingLine('回复：经核查，该站点因道路改造临时迁移。')).toBe(false);
    expect(isNoticeField('咨询：各市、县（区）招生考试机构')).toBe(true);
    expect(isNoticeField('报名：即日起至5月20日')).toBe(true);
  });

  it('reads a 文摘 page’s and a TV page’s closing lines: a reprint’s source in brackets, a cartoon’s artist, the page’s proofreader, a video to scan, a viewer’s signature', () => {
    for (const text of ['（原载《青禾画刊》）', '（选自《白沙文史》第3辑）', '漫画／柯　远', '漫画　葛晴岚', '插图/温然', '责任编辑　柯晓岚　　责任校对　葛　琦', '更多视频请下载“青禾晚报”客户端', '扫码看视频　记者暗访预付卡乱象', '白沙县　观众　仉国强', '城东区　听众　柯远']) {
      expect(isClosingLine(text)).toBe(true);
    }
    for (const text of ['漫画里的青禾', '扫码看视频成了新习惯', '青禾电视台回应观众关切', '感谢观众 再出发', '更多视频内容正在制作中，请大家耐心等待。']) expect(isClosingLine(text)).toBe(false);
  });

  it('reads a feature’s subhead that only opens as a video pointer does (扫一扫　船在哪里一清二楚) as no closing line; one saying what to see (扫描二维码　看现场视频) is', () => {
    for (const text of ['扫一扫　船在哪里一清二楚', '扫一扫　船在哪里一', '扫码　办事不用跑']) expect(isClosingLine(text), text).toBe(false);
    for (const text of ['扫描二维码　看现场视频', '扫一扫　看老小区“长”出电梯', '扫码看视频　记者探访白沙渔港']) expect(isClosingLine(text), text).toBe(true);
  });

  it('reads a reader’s signature with the place run on and the name set apart (某某小区读者　某某某) as a closing line, whatever the surname', () => {
    for (const text of ['河东区桂花苑小区读者　宓秋云', '青禾市城东区读者　佴晓岚', '白沙县网友　厍远']) expect(isClosingLine(text), text).toBe(true);
    // The whole place, city, district and estate, before the role (set yq): up to eighteen characters.
    for (const text of ['青禾市河东区桂花苑小区读者　宓　瑶', '青禾市白沙县石门乡柳塘村村民读者　宓瑶']) expect(isClosingLine(text), text).toBe(true);
    // A headline naming readers or residents and what they did, no name after a space: none.
    for (const text of ['读者来信　加装电梯难在哪', '青禾读者点赞', '老城区市民出行受阻', '青禾电视台回应观众　关切']) expect(isClosingLine(text), text).toBe(false);
  });

  it('knows rarer surnames that are no common words (仝, 郦, 宓, 濮, 傅, 萧, 阎) as surnames, so a bare name signs and splits', () => {
    for (const c of '仝郦宓濮傅萧阎赖荀芮嵇晁阚蔺雒亓郗鄢庹昝逄酆禚綦郏郇郄笪眭钮琚闾菅麴蒯宦乜佴仉') expect(isCommonSurname(c), c).toBe(true);
    for (const c of '水云花平家山国东公红') expect(isCommonSurname(c), c).toBe(false);
  });

  it('knows more surnames that are no words (邴, 谌, 钭, 虢, 缑, 璩, 戢, 骞, 苌, 阙, 裘), so a letter signed by district and name closes it (set zf)', () => {
    for (const c of '邴谌钭虢缑璩戢骞苌阙裘') expect(isCommonSurname(c), c).toBe(true);
    for (const text of ['白沙区　骞福林', '东城区　缑　野', '石门镇　璩秀兰']) expect(isClosingLine(text), text).toBe(true);
  });

  it('reads a Q&A box’s label of a role and a verb set apart (网友问　部门答, 市民问 医生答) as no reader’s signature', () => {
    for (const text of ['网友问　部门答', '市民问 医生答', '读者问　律师答']) expect(isClosingLine(text), text).toBe(false);
    for (const text of ['读者　王　芳', '河东区桂花苑小区读者　宓秋云']) expect(isClosingLine(text), text).toBe(true);
  });

  it('reads a serial’s pointer to its last instalment under its title (（上接3月5日本版）, （接上期）) as no closing line: its text goes on', () => {
    for (const text of ['（上接3月5日本版）', '（接上期）', '（续前）']) expect(isClosingLine(text), text).toBe(false);
    // A note of what the piece is, or who wrote it up, still closes it.
    for (const text of ['（作者为青禾大学教授）', '（本报记者　柯　远　整理）']) expect(isClosingLine(text), text).toBe(true);
  });

  it('reads a letter signed with a calling and a name (骑手　某某某, 某乡移民　某某某, 某乡农民工　某  某) as a closing line, never a headline of two halves ending in a calling (彩票卖给学生　该不该管)', () => {
    for (const text of ['骑手　柯志强', '青禾县白沙河乡移民　葛长林', '白沙县石门乡农民工　滕有顺', '青禾二中高一学生　穆　沁', '青禾市北旗查干嘎查牧民　包海山', '青禾市东岭乡竹农　龚长福', '白沙县柳塘镇药农　葛有田', '青禾县槐坞乡苗农　卓守林', '白沙县石门乡菇农　钟有福', '边民　农永贵']) expect(isClosingLine(text), text).toBe(true);
    for (const text of ['彩票卖给学生　该不该管', '外卖骑手　权益谁来护', '进城务工农民工　欠薪怎么办']) expect(isClosingLine(text), text).toBe(false);
  });

  it('reads a herder’s letter signed with the township and a name of four characters, as Tibetan and Mongolian names are written (某乡牧民　次仁多吉), as a closing line; a headline’s halves ending in herders are none', () => {
    for (const text of ['青禾县白沙乡牧民　扎西顿珠', '青禾旗查干嘎查农牧民　巴图吉日']) expect(isClosingLine(text), text).toBe(true);
    // A place named with a traditional character whose simplified form is a rare one (鸂 → 㶉) keeps its shape.
    expect(isClosingLine('鸂渚县滩头乡农民　佘德旺')).toBe(true);
    for (const text of ['转场路上的牧民　冬牧场里过新年', '草原牧民　喜迎那达慕']) expect(isClosingLine(text), text).toBe(false);
  });

  it('reads a byline crediting the words and the pictures apart (文/本报记者 某某 图/本报记者 某  某) as a byline', () => {
    for (const text of ['文/青禾晨报记者 柯晓雯 图/青禾晨报记者 葛 勇', '文／本报记者　柯远　图／本报记者　葛　晴', '文/柯晓雯　图/葛　勇', '文/本报记者 柯晓雯 图/受访者提供']) expect(isByline(text)).toBe(true);
    expect(isByline('文化图书馆　图书漂流')).toBe(false);
  });

  it('reads a byline of a paper and its app joined by a dot (某某晚报·某某+记者　某　某) as a byline', () => {
    for (const text of ['青禾晚报·青禾+记者　柯　溪', '青禾晚报·青禾+记者　柯　溪　葛　帆']) expect(isByline(text)).toBe(true);
  });
});
