import { describe, expect, it } from 'vitest';
import { toBlocks, type Block } from '../../src/ingest/blocks.ts';
import { joinCaptionPieces } from '../../src/ingest/captions.ts';
import { readLayout } from '../../src/ingest/layout.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { excerpt } from '../helpers/seeds.ts';

const blocksOf = (seed: string, from: number, to: number) => toBlocks(toLines(excerpt(seed, from, to)));
const paragraphs = (blocks: Block[]) => blocks.filter((b) => b.type === 'paragraph');
const types = (blocks: Block[]) => blocks.map((b) => b.type);
/** A made-up page's blocks as the tests compare them: a title block's lines joined by ' / ', any other block's type. */
const shape = (page: string) => {
  const lines = toLines(page);
  return toBlocks(lines, readLayout(lines)).map((b) => (b.type === 'title' ? b.lines.map((l) => l.text).join(' / ') : b.type));
};

describe('blocks: paragraphs broken by the layout are whole again', () => {
  it('joins a sentence split over two lines (000 lines 15–17)', () => {
    const [p] = paragraphs(blocksOf('000', 15, 17));
    expect(p.lines).toEqual([1, 3]);
    expect(p.text).toContain('在平凡岗位上作出突出贡献');
  });

  it('joins across a photo caption and keeps the photo (000 lines 101–111)', () => {
    const blocks = blocksOf('000', 101, 111);
    expect(types(blocks)).toEqual(['paragraph', 'photo']);
    const [p] = paragraphs(blocks);
    expect(p.text).toContain('深切感受到了大同浓厚的冰雪氛围和独特的人文魅力');
    expect(blocks[1]).toMatchObject({ type: 'photo', credit: '本报记者 戎禹仁摄' });
  });

  it('joins across a run of blank lines (004 lines 9–13)', () => {
    const [p] = paragraphs(blocksOf('004', 9, 13));
    expect(p.text).toContain('要全面加强党对教育工作的领导');
  });

  it('joins a short line that a 表示，… line continues (004 lines 63–65)', () => {
    const blocks = blocksOf('004', 63, 65);
    expect(types(blocks)).toEqual(['paragraph']);
    expect(paragraphs(blocks)[0].text.startsWith('市住房公积金管理中心相关负责人表示，')).toBe(true);
  });

  it('joins pieces with ASCII punctuation (003 lines 53–55)', () => {
    const [p] = paragraphs(blocksOf('003', 53, 55));
    expect(p.text).toContain('严格按照省级救援队标准');
  });

  it('does not glue an article cut off mid-sentence to the next headline (000 lines 27–33)', () => {
    // The paragraph before belongs to the excerpt: the cut-off end is told from a kicker by
    // what it is about (the article above, not the headline below).
    const blocks = blocksOf('000', 27, 33);
    expect(types(blocks)).toEqual(['paragraph', 'paragraph', 'title', 'paragraph']);
    expect(paragraphs(blocks)[1].text.endsWith('专注药物')).toBe(true);
  });

  it('does not glue a cut-off end to a paragraph that opens with a dateline', () => {
    const text = `${excerpt('002', 17, 17)}\n\n${excerpt('002', 25, 25)}`;
    expect(paragraphs(toBlocks(toLines(text)))).toHaveLength(2);
  });

  it('keeps a short comma line between finished paragraphs standing apart as a line of its own (a subhead, not a broken sentence)', () => {
    const text = '山路越走越窄，最后只能手脚并用往上爬。\n\n守林，也守人心\n\n护林站旁边的村子里，村民们都认识护林员。\n';
    expect(paragraphs(toBlocks(toLines(text))).map((p) => p.text)).toEqual([
      '山路越走越窄，最后只能手脚并用往上爬。',
      '守林，也守人心',
      '护林站旁边的村子里，村民们都认识护林员。',
    ]);
    // Broken off after an unfinished line, the same words go on into the next line.
    const broken = '山路越走越窄，最后只能\n\n守林，也守人心\n\n护林站旁边的村子里，村民们都认识护林员。\n';
    expect(paragraphs(toBlocks(toLines(broken)))).toHaveLength(1);
  });

  it('on an indented page keeps an indented comma subhead apart from the indented paragraph under it', () => {
    const I = '\u3000\u3000';
    const text = [
      '冬训基地添了新设备',
      `${I}青禾冰雪训练基地今年添置了一批新设备，运动员训练更加科学。`,
      `${I}提高科技含量，重在解决问题`,
      `${I}教练葛明川说，每一项新设备都针对队员训练中的一个具体问题。`,
      `${I}转变训练理念，追求科学高效`,
      `${I}过去练得苦，如今练得巧，队员的成绩提高得更快了。`,
    ].join('\n');
    const lines = toLines(text);
    const texts = paragraphs(toBlocks(lines, readLayout(lines))).map((p) => p.text);
    expect(texts).toContain('提高科技含量，重在解决问题');
    expect(texts).toContain('转变训练理念，追求科学高效');
  });

  it('takes a trailing name after the last stop as a signature (004 line 41)', () => {
    const [p] = paragraphs(blocksOf('004', 41, 41));
    expect(p.signature).toBe('曹飞');
    expect(p.text.endsWith('贡献力量。')).toBe(true);
  });
});

describe('blocks: headline runs, bylines, photos, notes', () => {
  it('keeps a headline run together and ends it after a subheadline (002 lines 35–41)', () => {
    const blocks = blocksOf('002', 35, 41);
    expect(blocks.map((b) => (b.type === 'title' ? b.lines.map((l) => l.text) : b.type))).toEqual([
      ['全市公立医院高质量发展专题会暨市公立医院改革和高质量发展领导小组第三次会议召开', '卢东亮主持并讲话'],
      ['翰墨飘香共襄文化盛宴', '——“云冈杯”第二届全国魏碑书法双年展颁奖仪式侧记'],
    ]);
  });

  it('reads caption + credit, byline and a stand-alone 下转 note', () => {
    expect(types(blocksOf('002', 45, 49))).toEqual(['photo', 'byline']);
    expect(types(blocksOf('002', 67, 69))).toEqual(['paragraph', 'note']);
  });

  it('reads a long caption followed by its credit as a photo (001 lines 35–37)', () => {
    const [photo] = blocksOf('001', 35, 37);
    expect(photo).toMatchObject({ type: 'photo', credit: '本报记者 张占兵摄' });
  });
});

describe('blocks: captions and credits cut over lines (made-up excerpts, captions.ts)', () => {
  const read = (text: string) => toBlocks(joinCaptionPieces(toLines(text)));

  it('reads a caption whose first piece stops mid-sentence, and a credit over two lines, as one photo with every source line', () => {
    const blocks = read('4月3日，在白沙镇一处茶园，\n茶农正在采摘春茶。\n通讯员 葛  晴\n记者 罗一鸣 摄\n');
    expect(blocks).toEqual([
      { type: 'photo', caption: '4月3日，在白沙镇一处茶园，茶农正在采摘春茶。', credit: '通讯员 葛  晴 记者 罗一鸣 摄', creditApart: true, lines: [1, 2, 3, 4] },
    ]);
  });

  it('reads a caption over two lines with the credit run into its second line, and a paper’s name over the credit’s role', () => {
    expect(read('图为游客在新修的步道上\n拍照留念。本报记者 柯  远 摄\n')).toMatchObject([{ type: 'photo', caption: '图为游客在新修的步道上拍照留念。', credit: '本报记者 柯  远 摄' }]);
    expect(read('3月2日，白鹭在浅滩觅食。\n云帆新闻/青禾日报\n记者 林  桂 摄\n')).toMatchObject([{ type: 'photo', caption: '3月2日，白鹭在浅滩觅食。', credit: '云帆新闻/青禾日报记者 林  桂 摄' }]);
  });

  it('leaves a notice’s closing date line alone over a photo’s caption: a date and nothing else opens no caption', () => {
    const lines = toLines('青禾县农技站\n2003年4月15日\n村民在田间查看\n麦苗长势。\n通讯员 柯  远 摄\n');
    expect(joinCaptionPieces(lines).map((l) => l.text)).toEqual(['青禾县农技站', '2003年4月15日', '村民在田间查看', '麦苗长势。', '通讯员 柯  远 摄']);
  });

  it('leaves a photo’s kicker opening with its day set apart by a space alone: a day so set apart opens no caption (set zb)', () => {
    const lines = toLines('7月26日　全国象棋联赛青禾赛区\n看台上的“观战团”\n　　联赛第十二轮在青禾体育馆\n进行，市民在看台上跟着摆棋。\n　　晚报记者　柯　远　摄\n');
    expect(joinCaptionPieces(lines).map((l) => l.text)).toEqual(['7月26日　全国象棋联赛青禾赛区', '看台上的“观战团”', '联赛第十二轮在青禾体育馆', '进行，市民在看台上跟着摆棋。', '晚报记者　柯　远　摄']);
  });

  it('leaves a caption that carries its credit at its end alone: the title lines under it head the next photo', () => {
    const lines = toLines('　　9月23日，技术人员在检测出水水质。　通讯员　柯　远　摄\n节日前夕\n青禾处处花似锦\n　　国庆节临近，青禾生活区的街道两旁摆放起鲜花。\n　　本报记者　林　桂　摄\n');
    expect(joinCaptionPieces(lines)).toBe(lines);
  });

  it('leaves a headline over a dated report alone, and a byline over a report', () => {
    const lines = toLines('3月2日，青禾县召开春耕会\n本报记者 柯  远\n本报讯 会议要求各乡镇抓好春耕备耕。\n');
    expect(joinCaptionPieces(lines)).toBe(lines);
  });

  it('reads two captions that say where their pictures stand (上图：…… / 下图：……) over one credit as one group of pictures', () => {
    const text = '“医生每周都来给我们量血压。”\n\n上图：10月11日，老人们在日间照料中心练习书法。\n\n下图：10月12日，社区医生上门为独居老人测量血压。\n\n本报记者 柯  远 摄\n';
    expect(read(text)).toMatchObject([
      { type: 'paragraph', text: '“医生每周都来给我们量血压。”' },
      { type: 'photo', caption: '上图：10月11日，老人们在日间照料中心练习书法。下图：10月12日，社区医生上门为独居老人测量血压。', credit: '本报记者 柯  远 摄', lines: [3, 5, 7] },
    ]);
    // One placed caption over its credit is a picture alone, the paragraph before it untouched.
    expect(read('新馆今年底开放。\n\n下图：10月12日，市民参观新馆。\n\n本报记者 柯  远 摄\n').map((b) => b.type)).toEqual(['paragraph', 'photo']);
  });
});

describe('blocks: tables and their names (made-up excerpts)', () => {
  const table = (name: string) => toBlocks(toLines([name, '青禾市一季度主要指标', '地区生产总值（亿元） 512.6 5.4', '社会消费品零售总额（亿元） 201.3 4.1', '数据来源：青禾市统计局'].join('\n')));
  const shape = (blocks: Block[]) => blocks.map((b) => (b.type === 'title' ? b.lines.map((l) => l.text).join(' / ') : b.type));

  it('a name over a table’s title set apart by a blank line heads the box; the title and every row are paragraphs of their own', () => {
    const page = ['数字一览', '', '青禾市一季度主要指标', '', '地区生产总值（亿元）　512.6　5.4', '', '社会消费品零售总额（亿元）　201.3　4.1', '', '数据来源：青禾市统计局'].join('\n');
    expect(shape(toBlocks(toLines(page)))).toEqual(['数字一览', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a name printed right over a table’s title is its kicker and the title its headline (市场行情 / ……价格)', () => {
    expect(shape(table('市场行情'))).toEqual(['市场行情 / 青禾市一季度主要指标', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a day alone over the box’s name is no name of the box: day and name are one headline block over the rows', () => {
    const blocks = toBlocks(toLines(['3月6日', '青禾行情', '　　青禾指数 1206.35点 涨0.42%', '　　白沙成指 884.10点 跌0.17%', '　　沿江指数 531.92点 涨0.08%'].join('\n')));
    expect(shape(blocks)).toEqual(['3月6日 / 青禾行情', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a name marked as a column (■…) leaves the table’s title its headline', () => {
    expect(shape(table('■经济速览'))).toEqual(['■经济速览 / 青禾市一季度主要指标', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a part of the row above led by 其中： is a row of the table, so the box’s first row is one too, not a headline', () => {
    const blocks = toBlocks(
      toLines(['1—7月青禾港口生产主要指标', '', '港口货物吞吐量　2.43亿吨　增长11.2%', '', '其中：外贸货物吞吐量　8460万吨　增长9.6%', '', '集装箱吞吐量　482.7万标准箱　增长14.3%', '', '原油吞吐量　3120万吨　增长6.8%', ''].join('\n')),
    );
    expect(shape(blocks)).toEqual(['1—7月青禾港口生产主要指标', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a title under a 数说/数读 name with what it counts (数说经济 / 1—2月全市主要经济指标) is the box’s headline, the name its kicker', () => {
    const blocks = toBlocks(toLines(['数说经济', '1—2月全市主要经济指标', '规模以上工业增加值　同比增长7.2%', '固定资产投资　同比增长5.8%', '社会消费品零售总额　136.5亿元　同比增长4.9%', '（数据来源：市统计局）'].join('\n')));
    expect(shape(blocks)[0]).toBe('数说经济 / 1—2月全市主要经济指标');
  });

  it('a 数读 box’s title with no note in brackets is its headline under the name, and rows said as about or a share (约占销量52%) are rows', () => {
    const blocks = toBlocks(toLines(['数读', '青禾镇的“菜篮子”', '蔬菜　约占销量52%', '水果　约占销量27%', '肉蛋　近21%', '（数据来源：青禾镇市场所）'].join('\n')));
    expect(shape(blocks)).toEqual(['数读 / 青禾镇的“菜篮子”', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a row giving a part of its figure after ，其中 is a row, so a 数据 box’s title closing in its year stays a paragraph under the name', () => {
    const blocks = toBlocks(
      toLines(['数据', '', '青禾县茶产业主要指标（2020年）', '', '茶园面积：8.6万亩', '', '茶企数：312家，其中龙头企业14家', '', '综合产值：约27亿元', ''].join('\n')),
    );
    expect(shape(blocks)).toEqual(['数据', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a group’s label between rows of one shape (涨幅居前 / rows / 跌幅居前 / rows) is a line of the table, heading no piece', () => {
    const rows = (names: string[], sign: string) => names.flatMap((n, k) => [`${n}　${sign}${k + 3}.25%`, '']);
    const page = ['青禾板块本周涨跌幅排行', '', '涨幅居前', '', ...rows(['白沙电气', '青禾药业', '江源食品'], ''), '跌幅居前', '', ...rows(['柳塘物流', '青禾建工', '沿江纺织'], '-')].join('\n');
    expect(shape(toBlocks(toLines(page)))).toEqual(['青禾板块本周涨跌幅排行', ...Array(8).fill('paragraph')]);
  });

  it('rows marked as a box’s items (■某某　时间：……　地点：……) under a name and a title leave the title the headline', () => {
    const blocks = toBlocks(
      toLines(['　　青禾剧团新戏下月首演。', '周末去哪儿', '近期演出活动', '　　■“江畔之夜”民乐会　时间：5月9日19:30　地点：江滨公园　免费', '　　■少儿木偶剧　时间：5月10日10:00　地点：青禾剧场　票价20元', '　　■黄梅戏专场　时间：5月10日14:00　地点：文化宫'].join('\n')),
    );
    expect(shape(blocks).filter((b) => b !== 'paragraph')).toEqual(['周末去哪儿 / 近期演出活动']);
  });

  it('a box’s last numbered row, over the source line, is a row like the ones numbered before it, not a headline', () => {
    const rows = ['1.青禾悦行1.3L　412辆', '2.白沙小精灵1.1L　367辆', '3.青禾骏逸1.6L　298辆', '4.青禾悦行1.5L　276辆', '5.白沙G3 1.3L　231辆'];
    const blocks = toBlocks(toLines(['2月份青禾市场销量前五车型', ...rows, '数据来源：青禾市汽车流通协会'].join('\n\n')));
    expect(shape(blocks)).toEqual(['2月份青禾市场销量前五车型', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'closing']);
  });
});

describe('blocks: a tagged reporter’s note after a profile box (made-up page, paragraphs indented)', () => {
  it('heads a piece of its own though the box’s name line reads as a byline', () => {
    const page = [
      '渡口边的老船工',
      '　　本报记者　苗青禾',
      '　　天还没亮，王平就把渡船撑到了河心。三十年来，他在这个渡口送走了一代又一代过河的人。',
      '　　记者：桥修好了，您还撑船吗？',
      '　　王平：撑。河上还有打鱼的人，他们用得着。',
      '人物名片',
      '王　平',
      '　　王平，1962年生，白沙县渡口村村民，1990年起在村渡口摆渡。',
      '守在渡口的人（记者手记）',
      '　　采访结束时，老人把记者送上了岸。他说，桥修好了是好事，可他舍不得这条河。',
    ].join('\n');
    expect(shape(page)).toEqual(['渡口边的老船工', 'byline', 'paragraph', 'paragraph', 'paragraph', '人物名片', 'byline', 'paragraph', '守在渡口的人（记者手记）', 'paragraph']);
  });
});

describe('blocks: a reporter’s note after a signed comment, signed by its reporter (made-up page, lines apart)', () => {
  const page = (foot: string[]) =>
    [
      '渡口要留住烟火气',
      '',
      '王平',
      '',
      '桥修好了，渡口却不该就此冷清。留下一条船，也就留下了一段乡愁。',
      '',
      '（作者系青禾师范学院教师）',
      '',
      '守在渡口的人（记者手记）',
      '',
      '采访结束时，老人把记者送上了岸。他说，桥修好了是好事，可他舍不得这条河。',
      '',
      '苗青禾',
      ...foot,
    ].join('\n');

  it('the note right after the comment’s closing line heads a piece; the bare name at the page’s foot signs it', () => {
    // The writer's name under the headline is a byline already: the author note closing the comment says a writer is named.
    expect(shape(page([]))).toEqual(['渡口要留住烟火气', 'byline', 'paragraph', 'closing', '守在渡口的人（记者手记）', 'paragraph', 'paragraph']);
  });

  it('the bare name standing apart over the next headline signs the note too, no headline of its own', () => {
    expect(shape(page(['', '白沙县新修三座便民桥', '', '本报讯（记者 苗青禾）白沙县新修的三座便民桥日前通车。']))).toEqual([
      '渡口要留住烟火气',
      'byline',
      'paragraph',
      'closing',
      '守在渡口的人（记者手记）',
      'paragraph',
      'paragraph',
      '白沙县新修三座便民桥',
      'paragraph',
    ]);
  });
});

describe('blocks: a last paragraph signed in brackets', () => {
  const page = (marks: string) =>
    [
      `${marks}小区路灯坏了半个月 物业迟迟不修`,
      '',
      '近日，市民周先生反映，他所住的小区有六盏路灯坏了半个月，晚上出行很不方便。',
      '',
      '记者随后联系了社区。社区工作人员表示，已协调物业更换灯具，目前路灯已全部恢复照明。（本报记者 柯  远）',
      '',
      `${marks}白沙县开展冬季候鸟保护巡查`,
      '',
      '本报讯（记者 葛  晴）入冬以来，白沙县组织林草、公安等部门开展候鸟保护联合巡查。',
      '',
    ].join('\n');

  it.each([['# ', true], ['', false]])('is text over the next headline, never its kicker (marks %j)', (marks, marked) => {
    const lines = toLines(page(marks));
    expect(readLayout(lines).marks).toBe(marked);
    const blocks = toBlocks(lines);
    expect(types(blocks)).toEqual(['title', 'paragraph', 'paragraph', 'title', 'paragraph']);
    expect(blocks[3]).toMatchObject({ type: 'title', lines: [{ text: '白沙县开展冬季候鸟保护巡查' }] });
  });
});

describe('blocks: where paragraphs stand apart, a paragraph without a stop before a blank line is whole (made-up page)', () => {
  const page = [
    '市区新增三处口袋公园',
    '今年还将再建十处',
    '',
    '本报讯 近日，市区新增三处口袋公园，方便市民就近休闲健身。',
    '',
    '探城市留白、谋百姓方便，越来越多的街角空地变成了居民家门口的小花园',
    '',
    '走进新城区的一处口袋公园，绿树成荫，步道整洁，老人们在树下下棋聊天。',
    '',
    '在昨天召开的全市公园建设推进会上，市园林局负责人对今年的口袋公园建设提出以下要求：',
    '',
    '第一，选址要靠近居民区，让市民步行几分钟就能到达。',
    '',
    '第二，建成之后要加强日常管护，做到常绿常新。',
    '',
    '今年全市还将改造老旧公园五处，新建绿道二十公里，',
    '',
    '让更多市民共享城市绿色。',
    '',
    '口袋公园何时配建公厕',
    '——市园林局答复读者来信',
    '',
    '某某同志：',
    '',
    '您的来信收悉。经调查，现答复如下：',
    '',
    '根据今年的建设计划，新建口袋公园将就近配建公厕，已建成的三处年底前补齐。',
    '',
  ].join('\n');
  const blocks = toBlocks(toLines(page));

  it('reads the page as one whose paragraphs stand apart', () => {
    expect(readLayout(toLines(page)).tightTitles).toBe(true);
  });

  it('keeps a lead printed without a stop apart from the paragraph after it', () => {
    const texts = paragraphs(blocks).map((p) => p.text);
    expect(texts).toContain('探城市留白、谋百姓方便，越来越多的街角空地变成了居民家门口的小花园');
    expect(texts).toContain('走进新城区的一处口袋公园，绿树成荫，步道整洁，老人们在树下下棋聊天。');
  });

  it('keeps a lead-in colon apart from the first point of its list', () => {
    const texts = paragraphs(blocks).map((p) => p.text);
    expect(texts).toContain('在昨天召开的全市公园建设推进会上，市园林局负责人对今年的口袋公园建设提出以下要求：');
    expect(texts).toContain('第一，选址要靠近居民区，让市民步行几分钟就能到达。');
  });

  it('keeps a clause announcing what follows (现答复如下：) apart from the paragraph after it, though that ends its sentence', () => {
    const texts = paragraphs(blocks).map((p) => p.text);
    expect(texts).toContain('您的来信收悉。经调查，现答复如下：');
    expect(texts).toContain('根据今年的建设计划，新建口袋公园将就近配建公厕，已建成的三处年底前补齐。');
  });

  it('keeps a list’s group label (先进集体：) apart from the lead-in over it, both ending on a colon', () => {
    const notice = toLines(
      ['青禾市拟表彰先进集体和个人公示', '', '经基层推荐、评审委员会评审，拟对以下集体和个人予以表彰，现予公示：', '', '先进集体：', '', '1．青禾市白沙乡人民政府；', '', '2．青禾市柳塘社区居委会。', '', '先进个人：', '', '1．葛晓禾，白沙乡农技站站长；', '', '2．林小帆，柳塘社区党委书记。', ''].join('\n'),
    );
    const texts = paragraphs(toBlocks(notice, readLayout(notice))).map((p) => p.text);
    expect(texts).toContain('经基层推荐、评审委员会评审，拟对以下集体和个人予以表彰，现予公示：');
    expect(texts).toContain('先进集体：');
  });

  it('ends a numbered list’s last row without a stop at its blank line, over a field led by its label (公示期：)', () => {
    const notice = toLines(
      ['# 青禾山国家公园2024年度生态管护员拟聘用人员公示', '', '经个人报名、村级推荐和考核，拟聘用以下人员为生态管护员，现予以公示：', '', '1．东峪管护站：何长青、宋桂芳', '', '2．西岔管护站：牛德旺、吕春燕', '', '3．黑石岭管护站：冯有才、冯海燕', '', '公示期：2024年4月9日至4月15日。公示期间如有异议，可向管理局社区发展处反映。', ''].join('\n'),
    );
    const texts = paragraphs(toBlocks(notice, readLayout(notice))).map((p) => p.text);
    expect(texts).toContain('3．黑石岭管护站：冯有才、冯海燕');
    expect(texts).toContain('公示期：2024年4月9日至4月15日。公示期间如有异议，可向管理局社区发展处反映。');
  });

  it('ends a numbered point without a stop (a web address) at its blank line, over the point numbered one more', () => {
    const notice = toLines(
      ['# 青禾湾污水处理厂扩建项目环境影响评价公示', '', '一、项目名称：青禾湾污水处理厂扩建工程。', '', '二、建设单位：青禾市排水有限公司。', '', '三、公众意见表的网络链接：http://www.qhb.example.cn/gs/2026', '', '四、公众提交意见的方式和途径：可通过信函、电子邮件（qhps2026@example.cn）等方式提交意见。', ''].join('\n'),
    );
    const texts = paragraphs(toBlocks(notice, readLayout(notice))).map((p) => p.text);
    expect(texts).toContain('三、公众意见表的网络链接：http://www.qhb.example.cn/gs/2026');
    expect(texts).toContain('四、公众提交意见的方式和途径：可通过信函、电子邮件（qhps2026@example.cn）等方式提交意见。');
  });

  it('reads the book an excerpt is taken from, dashed under its title (书摘 / 某某 / ——摘自《某某》), as the title’s line, not a closing line', () => {
    const page = toLines(
      ['去年冬天，这台新机床试车成功。车间里的工人们都鼓起了掌。', '', '（摘自3月2日《青禾周报》　文／柯　岭）', '', '书摘', '车间里的夜班', '——摘自《机床与炉火》', '', '车间的灯一直亮到后半夜。', '', '父亲是钳工，上的是夜班。小时候我常常趴在窗台上，看厂区那边一排排亮着的灯。', ''].join('\n'),
    );
    const blocks = toBlocks(page, readLayout(page));
    const titles = blocks.flatMap((b) => (b.type === 'title' ? [b.lines.map((l) => l.text)] : []));
    expect(titles).toContainEqual(['书摘', '车间里的夜班', '——摘自《机床与炉火》']);
    expect(blocks.some((b) => b.type === 'closing' && b.text === '——摘自《机床与炉火》')).toBe(false);
  });

  it('reads a headline block printed tight over a credit set apart (读者镜头 / 套马 / blank / 读者　某　某　摄) as a picture’s headline, not its caption, where headline blocks print tight', () => {
    const page = toLines(
      ['那达慕会场见闻', '', '7月21日，青禾市那达慕大会在白沙草原开幕，来自各旗县的牧民赶着勒勒车来到会场。', '', '赛马、摔跤、射箭三项比赛吸引了上千名选手参加，会场周边搭起了三百多顶蒙古包。', '', '不少游客专程从外地赶来，体验草原上的民俗活动，品尝奶茶和手把肉。', '', '草原新风', '牧民的“流动银行”', '', '7月21日，青禾市农村信用社的流动服务车开进了会场，牧民在车上办理存取款业务。', '', '本报记者　柯　远　摄', '', '读者镜头', '套马', '', '读者　阿　木　摄', ''].join('\n'),
    );
    const layout = readLayout(page);
    expect(layout.tightTitles).toBe(true);
    const blocks = toBlocks(page, layout);
    const titles = blocks.filter((b) => b.type === 'title').map((b) => b.lines.map((l) => l.text));
    expect(titles).toContainEqual(['读者镜头', '套马']);
    expect(blocks.at(-1)).toMatchObject({ type: 'photo', caption: '', credit: '读者　阿　木　摄' });
  });

  it('reads flush lines over an indented credit (读者镜头 / 夕照船坞 / 　　某某　摄) as a picture’s headline block, where indents mark paragraphs', () => {
    const page = toLines(
      ['老厂区变身工业遗产公园', '\u3000\u3000本报讯（记者　柯　远）青禾机床厂老厂区改造而成的工业遗产公园昨日开园，市民可免费入园参观。', '\u3000\u3000公园保留了老厂房、龙门吊和铁轨，新建了步道和展厅，展出老厂生产的机床和老照片。', '\u3000\u3000公园负责人介绍，今年还将引进书店、咖啡馆等文化业态，让老厂区成为市民休闲的好去处。', '读者镜头', '夕照船坞', '\u3000\u3000读者　葛　岚　摄', ''].join('\n'),
    );
    const layout = readLayout(page);
    expect(layout.indents).toBe(true);
    const blocks = toBlocks(page, layout);
    expect(blocks.filter((b) => b.type === 'title').map((b) => b.lines.map((l) => l.text))).toContainEqual(['读者镜头', '夕照船坞']);
    expect(blocks.at(-1)).toMatchObject({ type: 'photo', caption: '', credit: '读者　葛　岚　摄' });
  });

  it('reads a bare name alone under a dashed subheadline (…… / ——某某调查 / 杭书培) as the piece’s byline, not the next headline, where every line is a block', () => {
    const page = toLines(
      ['以产业升级带动县域共同富裕', '——基于青禾市三个县的调查与思考', '', '杭书培', '', '纺织业是青禾市的传统优势产业。近年来，全市纺织企业稳定在一百二十家左右。', '', '一、产业基础', '', '全市现有规模以上纺织企业四十家。', ''].join('\n'),
    );
    const blocks = toBlocks(page, readLayout(page));
    expect(blocks.find((b) => b.type === 'byline')).toMatchObject({ type: 'byline', text: '杭书培' });
    expect(blocks.filter((b) => b.type === 'title').map((b) => b.lines[0].text)).not.toContain('杭书培');
  });

  it('reads a bare headline mark (`# `) as layout: the picture under it stands apart, and no block holds the mark', () => {
    const page = toLines(
      ['# 一份盒饭的“旅程”', '', '晚报记者　柯　远　文／图', '', '凌晨四点，中央厨房的收货区已经亮起了灯。', '', '晚上，采购部门根据第二天的订单下单备料，新一轮“旅程”又要开始了。', '', '# ', '', '图①：凌晨，质检员在收货区抽检蔬菜。', '', '图②：工人在分装线上将饭菜装入保温餐盒。', '', '晚报记者　柯　远　摄', ''].join('\n'),
    );
    const blocks = toBlocks(page, readLayout(page));
    expect(blocks.some((b) => 'text' in b && b.text === '#')).toBe(false);
    expect(blocks.find((b) => b.type === 'photo')).toMatchObject({ type: 'photo', apart: true });
  });

  it('reads a reply’s signer alone (某某公司) after its text as the reply’s closing line, where the reply opens with whom it answers (计平同志：)', () => {
    const page = toLines(
      ['公交集团回复：年内完成郊区线路车辆更新', '', '林平同志：', '', '感谢您对公交工作的关心。我市今年将再投放新能源公交车150辆，郊区线路的车辆将在10月底前全部更新。', '', '青禾市公共交通集团有限公司', '', '网友问政', '加氢站附近能不能建住宅小区？', '', '网友“江畔”问：我家附近要建一座加氢站，周边还能建住宅吗？', '', '市自然资源局答：加氢站的选址严格执行国家安全规范。', ''].join('\n'),
    );
    const blocks = toBlocks(page, readLayout(page));
    expect(blocks.find((b) => b.type === 'closing')).toMatchObject({ type: 'closing', text: '青禾市公共交通集团有限公司' });
  });

  it('reads a question alone between an answer and a question each labelled by who speaks (某某局答：…… / ……吗？ / 网友“某某”问：……) as the next item’s headline', () => {
    const page = toLines(
      ['网友问政', '加氢站附近能不能建住宅小区？', '', '网友“江畔”问：我家附近要建一座加氢站，周边还能建住宅吗？', '', '市自然资源局答：加氢站的选址严格执行国家安全规范，与住宅保持规定的安全距离。', '', '新能源公交车冬天能正常跑吗？', '', '网友“老周”问：听说电池怕冷，冬天新能源公交车能正常运行吗？', '', '市公交集团答：我市投用的车辆均具备零下30℃低温启动能力。', ''].join('\n'),
    );
    const blocks = toBlocks(page, readLayout(page));
    expect(blocks.filter((b) => b.type === 'title').map((b) => b.lines.at(-1)!.text)).toEqual(['加氢站附近能不能建住宅小区？', '新能源公交车冬天能正常跑吗？']);
  });

  it('reads who wrote down an oral history under who told it, at the top of the piece (口述：某某 / 整理：本报记者　某　某), as its text, not a closing credit', () => {
    const page = toLines(
      ['对话家长', '“孩子第一次叫妈妈，我哭了一整晚”', '', '口述：听障儿童家长　林小梅', '', '整理：本报记者　柯　远', '', '我儿子是2010年出生的。他一岁了还对声音没反应，到医院一查，双耳极重度耳聋。', '', '去年冬天的一个晚上，他突然清清楚楚地叫了一声“妈妈”，我抱着他哭了一整晚。', ''].join('\n'),
    );
    const blocks = toBlocks(page, readLayout(page));
    expect(blocks.filter((b) => b.type === 'closing')).toEqual([]);
  });

  it('reads a line naming its subject before a colon, right after a brief signed by a name in brackets (……。（褚　沂） / 某县：……), as the next brief’s headline', () => {
    const page = toLines(
      ['县区动态', '西坡区：地热井实行“一井一档”', '', '本报讯　日前，西坡区对辖区内31眼地热井逐一建立档案，实行动态监管。（褚　沂）', '', '东岭县：温泉康养培训班开班', '', '3月14日，东岭县首期温泉康养服务培训班开班，80名从业人员参加培训。（申　澄）', '', '汤泉镇：二百户农户领到地热入股分红', '', '3月12日，汤泉镇温泉旅游合作社举行分红大会，216户农户领到分红款。（闵　涧）', ''].join('\n'),
    );
    const blocks = toBlocks(page, readLayout(page));
    expect(blocks.filter((b) => b.type === 'title').map((b) => b.lines.at(-1)!.text)).toEqual(['西坡区：地热井实行“一井一档”', '东岭县：温泉康养培训班开班', '汤泉镇：二百户农户领到地热入股分红']);
  });

  it('reads a line alone between an answer and the next question of a Q&A (答：……。 / 某某要“接得住” / 问：……？) as the interview’s subhead', () => {
    const page = toLines(
      ['让改制后的医院更好地服务群众', '——访青禾市卫生局局长柯远山', '', '本报记者　葛　岚', '', '今年是新一轮医药卫生体制改革启动之年。记者就职工医院移交地方后的变化采访了柯远山。', '', '问：三家职工医院移交地方两年来，变化主要体现在哪些方面？', '', '答：最大的变化是医院“活”了，门诊量比移交前增长了四成。', '', '社区卫生要“接得住”', '', '问：老城区居民看病，还存在哪些不便？', '', '答：老生活区离医院较远。明年，我们将在三个社区新建卫生服务站。', ''].join('\n'),
    );
    const blocks = toBlocks(page, readLayout(page));
    expect(blocks.find((b) => b.type === 'subhead')).toMatchObject({ type: 'subhead', text: '社区卫生要“接得住”' });
    expect(blocks.filter((b) => b.type === 'title')).toHaveLength(1);
  });

  it('still joins a paragraph that stops on a comma with its rest after the blank line', () => {
    expect(paragraphs(blocks).map((p) => p.text)).toContain('今年全市还将改造老旧公园五处，新建绿道二十公里，让更多市民共享城市绿色。');
  });
});

describe('blocks: a box of briefs’ name on a `#` page (made-up page)', () => {
  const page = ['# 市政协召开常委会议', '', '本报讯 7月6日，市政协召开常委会议，围绕发展全域旅游协商议政。', '', '要闻简讯', '', '●7月8日，市里召开抗旱工作会议。', '', '●全市书画摄影展日前在市群众艺术馆开展。', ''].join('\n');
  const lines = toLines(page);
  const blocks = toBlocks(lines, readLayout(lines));

  it('unmarked over briefs each marked as an item, heads the box: never a subhead of the report above it', () => {
    expect(types(blocks)).toEqual(['title', 'paragraph', 'title', 'paragraph', 'paragraph']);
    expect(blocks[2]).toMatchObject({ type: 'title', lines: [{ text: '要闻简讯' }] });
  });
});

describe('blocks: lines that are never title lines on a `#` page (made-up page)', () => {
  it('a box’s source note in brackets under its last row closes the box, never the next headline’s kicker', () => {
    const page = ['# 柳塘镇新修三座桥', '', '本报讯（记者 甘小禾）柳塘镇新修的三座桥日前通车，方便了两岸村民出行。', '', '# 数读柳塘', '', '3座　新修桥梁', '', '1200万元　总投资', '', '（数据来源：柳塘镇政府）', '', '# 河边的新步道', '', '6月12日傍晚，柳塘镇居民在河边新步道上散步。', '', '本报记者 禾小青 摄'].join('\n');
    expect(shape(page)).toEqual(['柳塘镇新修三座桥', 'paragraph', '数读柳塘', 'paragraph', 'paragraph', 'closing', '河边的新步道', 'photo']);
  });

  it('captions that say which picture they stand under (图①：…… / 图②：……), with no credit, are pictures of the piece above, not a headline and a kicker', () => {
    const page = ['# 老屋改出新天地', '', '本报记者 甘小禾', '', '柳塘镇居民葛先生把一套老房子改成了三居室，客厅还留出了孩子玩耍的角落。', '', '图①：改造后的客厅', '', '图②：阁楼上的书房', '', '# 家装博览会下周开幕', '', '本报讯 第五届家装博览会将于下周六在柳塘会展中心开幕。'].join('\n');
    expect(shape(page)).toEqual(['老屋改出新天地', 'byline', 'paragraph', 'photo', 'photo', '家装博览会下周开幕', 'paragraph']);
  });
});

describe('blocks: a box’s marked item led by its label (■ 见义勇为：某某　某单位职工) is never a title line (made-up page)', () => {
  const items = ['■ 见义勇为：葛小川　柳塘镇渔民，跳入河中救起落水儿童', '■ 诚实守信：甘秀禾　白沙菜市场摊主，十年足斤足两', '■ 敬业奉献：林晓岚　市妇幼保健院护士长'];
  it('the box’s last item over the next `#` headline stays the box’s, not that headline’s kicker', () => {
    const page = ['# 第三季度柳塘好人榜', '', ...items.flatMap((t) => [t, '']), '# 延伸阅读', '', '“柳塘好人”评选每季度一次，市民可通过电话推荐身边好人。'].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph')).toEqual(['第三季度柳塘好人榜', '延伸阅读']);
    expect(read.at(-1)).toBe('paragraph');
  });
});

describe('blocks: a notice signed by two offices side by side (made-up page)', () => {
  it('the issuers (某某处　某某中心) after the notice’s last sentence are its last paragraph, not a headline', () => {
    const page = ['图书馆寒假开放安排', '', '寒假期间，图书馆一楼自习室每天8时至20时开放，其余楼层闭馆。', '', '咨询电话：0000-1234567', '', '学生工作处　图书信息中心', '', '本版编辑：柯　远'].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'closing')).toEqual(['图书馆寒假开放安排']);
  });
});

describe('blocks: a notice signed by two offices, each on a line of its own over the date (made-up page, indented)', () => {
  it('both issuers and the date are its last paragraphs, never subheads', () => {
    const page = [
      '青禾公路大修工程开工',
      '　　本报讯（记者　林晓岚）7月20日，青禾公路大修工程开工，全长十八公里。',
      '　　工程总投资1.2亿元，计划年底前完工。',
      '　　施工期间，沿线将设置临时便道，方便群众出行。',
      '　　市公路管理局提醒，过往车辆请提前规划路线。',
      '关于青禾公路施工期间交通管制的通告',
      '　　因青禾公路大修施工，为保障施工安全和道路畅通，现将有关事项通告如下：',
      '　　一、自2012年7月26日至9月30日，对上述路段实行半幅通行。',
      '　　二、过往车辆须按施工标志减速慢行，服从现场交通管理。',
      '　　特此通告。',
      '　　青禾市公路管理局',
      '　　青禾市公安局交通警察支队',
      '　　2012年7月23日',
      '　　本版编辑　白　沙　校对　柯　远',
    ].join('\n');
    const blocks = toBlocks(toLines(page));
    expect(blocks.filter((b) => b.type === 'subhead' || b.type === 'title').map((b) => (b.type === 'title' ? b.lines.map((l) => l.text).join(' / ') : b.text))).toEqual(['青禾公路大修工程开工', '关于青禾公路施工期间交通管制的通告']);
  });
});

describe('blocks: a box’s name and title over rows marked as items (made-up page, indented)', () => {
  it('周末好去处 / 本周青禾文化活动 / ■…… rows: the title is the box’s headline, not its first row', () => {
    const page = [
      '青禾书市今日开幕',
      '　　本报讯（记者　林晓岚）青禾书市今天在市体育馆开幕，展出图书三万余种。',
      '　　开放时间：每天9:00至20:00',
      '周末好去处',
      '本周青禾文化活动',
      '　　■“星空电影夜”　时间：8月3日19:30　地点：青禾广场　免费',
      '　　■陶艺体验课　时间：8月4日9:30　地点：市文化馆二楼　需预约',
      '　　■“老街记忆”摄影展　时间：8月1日至8月31日　地点：市美术馆',
    ].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'verse')).toEqual(['青禾书市今日开幕', '周末好去处 / 本周青禾文化活动']);
  });
});

describe('blocks: a notice’s issuer over a picture with no headline (made-up page, paragraphs apart)', () => {
  it('某县某镇某村民委员会 after the notice’s last sentence closes it, not the picture’s headline', () => {
    const page = [
      '白沙村集体收入公示',
      '',
      '现将我村今年上半年集体收入情况公示如下：',
      '',
      '1．山林承包收入3.2万元。',
      '',
      '公示时间：6月1日至6月7日。监督电话：1234567。',
      '',
      '青禾县柳塘镇白沙村民委员会',
      '',
      '6月3日，柳塘镇白沙村村民在晾晒新麦。',
      '',
      '本报记者　林晓岚　摄',
      '',
      '柳塘镇夏收过半',
      '',
      '本报讯（记者　林晓岚）截至6月5日，柳塘镇夏粮已收获过半。',
    ].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'photo')).toEqual(['白沙村集体收入公示', '柳塘镇夏收过半']);
  });
});

describe('blocks: a short question after a box’s source note heads the next piece (made-up page, paragraphs apart)', () => {
  it('two short questions over text after （数据来源：……） are a headline, not a paragraph of the box', () => {
    const page = [
      '柳塘镇夏粮喜获丰收',
      '',
      '本报讯（记者　甘小禾）记者从柳塘镇农业站获悉，今年全镇夏粮总产量比去年增长百分之五。',
      '',
      '数读柳塘夏粮',
      '',
      '小麦种植面积　两万亩',
      '',
      '平均亩产　四百六十公斤',
      '',
      '（数据来源：柳塘镇农业站）',
      '',
      '农机补贴怎么申请？多久到账？',
      '',
      '今年起，农机购置补贴实行线上申请。记者就农户关心的问题采访了镇农业站负责人。',
      '',
      '问：哪些农机可以申请补贴？',
      '',
      '答：列入本省补贴目录的农机都可以申请。',
    ].join('\n');
    const read = shape(page);
    expect(read).toContain('农机补贴怎么申请？多久到账？');
    expect(read.indexOf('农机补贴怎么申请？多久到账？')).toBeGreaterThan(read.indexOf('数读柳塘夏粮'));
  });
});

describe('blocks: a document’s issuer and date under its headline are its first paragraphs (made-up page, paragraphs apart)', () => {
  it('某县统计局 / （2023年2月6日） under a 公报’s headline is no headline block of its own', () => {
    const page = [
      '柳塘县召开春耕生产动员会',
      '红旗渠畔备春耕',
      '',
      '本报讯（记者　甘小禾）2月6日，柳塘县召开春耕生产动员会，部署今年春耕备耕工作。',
      '',
      '柳塘县2022年国民经济和社会发展统计公报（摘要）',
      '',
      '柳塘县统计局',
      '',
      '（2023年2月6日）',
      '',
      '一、综合',
      '',
      '初步核算，全年全县地区生产总值比上年增长百分之六。',
    ].join('\n');
    const read = shape(page);
    expect(read).toContain('柳塘县2022年国民经济和社会发展统计公报（摘要）');
    expect(read.slice(read.indexOf('柳塘县2022年国民经济和社会发展统计公报（摘要）') + 1, -2)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('blocks: a name list’s short last row, a post alone and the name under it are the list’s (made-up page, paragraphs apart)', () => {
  it('a one-name last row / 秘书长 / a name after rows of names head no entries; the next headline still does', () => {
    const page = [
      '柳塘县第九届人民代表大会第二次会议主席团名单',
      '（2023年1月5日柳塘县第九届人民代表大会第二次会议预备会议通过）',
      '',
      '主席团（13名，按姓氏笔画为序）',
      '',
      '万家禾　王小川　方　舟　卢一鸣　叶青青　田　野',
      '',
      '朱长河　刘晓岚　许一帆　孙　林　李秀禾　杨远山',
      '',
      '甘守一',
      '',
      '秘书长',
      '',
      '林晓帆',
      '',
      '柳塘县召开春耕生产动员会',
      '',
      '本报讯（记者　甘小禾）1月5日，柳塘县召开春耕生产动员会，部署今年春耕备耕工作。',
    ].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'verse')).toEqual(['柳塘县第九届人民代表大会第二次会议主席团名单 / （2023年1月5日柳塘县第九届人民代表大会第二次会议预备会议通过）', '柳塘县召开春耕生产动员会']);
  });
});

describe('blocks: a poem’s last verse standing apart over the next `#` headline is the poem’s (made-up page, lines apart)', () => {
  const poem = ['# 河湾', '', '甘小禾', '', '傍晚的河湾', '', '把最后一片云', '', '折成了一只小船', '', '放走了', ''];

  it('the last verse is no kicker of the headline under it', () => {
    const page = [...poem, '# 晒秋', '', '林晓帆', '', '屋顶上的辣椒红了，院子里的玉米黄了，整个村子都晒在秋天里。'].join('\n');
    const read = shape(page);
    expect(read).toContain('晒秋');
    expect(read.some((b) => b.includes('放走了'))).toBe(false);
  });

  it('a column’s name there still heads the next piece', () => {
    const page = [...poem.slice(0, -2), '连载', '', '# 老街的灯笼（之三）', '', '那年冬天，老街上的灯笼铺又开张了。'].join('\n');
    expect(shape(page)).toContain('连载 / 老街的灯笼（之三）');
  });
});

describe('blocks: a poem under its writer’s bare name, then an essay with no writer’s line (made-up 副刊 page, lines apart)', () => {
  const shape = (page: string) => {
    const lines = toLines(page);
    return toBlocks(lines, readLayout(lines)).map((b) => (b.type === 'title' ? b.lines.map((l) => l.text).join(' / ') : b.type === 'byline' ? `byline ${b.text}` : b.type === 'paragraph' && b.verse ? 'verse' : b.type));
  };
  const page = [
    '屋后的竹林',
    '',
    '柯　远',
    '',
    '竹林在屋后住了很多年。每到春天，笋就从地里冒出来，一夜一个样。',
    '',
    '秋夜，在河湾',
    '',
    '邵晴川',
    '',
    '月亮落进河湾',
    '',
    '芦苇弯下了腰',
    '',
    '对岸的灯火',
    '',
    '一盏一盏睡去',
    '',
    '祖母的针线筐',
    '',
    '祖母的针线筐是用柳条编的，放在堂屋的窗台上，里面装着顶针、线团和几块碎布。',
    '',
    '如今针线筐还在，祖母却已经走了很多年。',
  ].join('\n');

  it('the name under the poem’s title is its writer’s line, the short lines under it verses', () => {
    const read = shape(page);
    expect(read).toContain('byline 邵晴川');
    expect(read.filter((b) => b === 'verse')).toHaveLength(4);
  });

  it('the line over the essay’s first paragraph heads the essay, no verse of the poem', () => {
    expect(shape(page)).toContain('祖母的针线筐');
  });
});

describe('blocks: an evening paper’s page of paragraphs apart (made-up page)', () => {
  it('a cross-reference closing a report (相关新闻见A3版) closes it, and a report’s photographer credit (摄影报道) under the next headline is its byline', () => {
    const page = [
      '白沙大桥主桥今日合龙',
      '记者　葛小禾',
      '今天上午，白沙大桥主桥最后一段钢箱梁吊装到位，大桥实现合龙。',
      '大桥预计年底通车，届时两岸车程将缩短20分钟。',
      '相关新闻见A3版',
      '柳塘湿地迎来首批越冬候鸟',
      '记者　甘秀禾　摄影报道',
      '连日来，上千只白骨顶鸡、斑嘴鸭飞抵柳塘湿地，在浅滩上觅食嬉戏。',
      '湿地管理处提醒，观鸟时请勿投喂、惊扰鸟群。',
    ].join('\n\n');
    expect(shape(page)).toEqual(['白沙大桥主桥今日合龙', 'byline', 'paragraph', 'paragraph', 'closing', '柳塘湿地迎来首批越冬候鸟', 'byline', 'paragraph', 'paragraph']);
  });

  it('a headline that cries or asks with a comma or colon in it (……收官，柳塘队夺冠！, 门票“秒空”？主办方：……) after a finished paragraph, over a byline or a dateline, is a headline', () => {
    const page = [
      '白沙剧场推出周末惠民场',
      '本报讯（记者　葛小禾）白沙剧场本月起每周六推出惠民场，票价一律30元。',
      '“柳塘杯”龙舟赛收官，柳塘队夺冠！',
      '记者　甘秀禾',
      '昨天下午，第三届“柳塘杯”龙舟赛在白沙河落幕，柳塘队以2分05秒的成绩夺冠。',
      '音乐节门票“秒空”？主办方：谨防假票',
      '本报讯（记者　葛小禾）青禾音乐节门票昨日开售，十分钟即告售罄。主办方提醒，请勿从非官方渠道购票。',
    ].join('\n\n');
    expect(shape(page)).toEqual(['白沙剧场推出周末惠民场', 'paragraph', '“柳塘杯”龙舟赛收官，柳塘队夺冠！', 'byline', 'paragraph', '音乐节门票“秒空”？主办方：谨防假票', 'paragraph']);
  });

  it('a speaker’s name with the post after it in brackets (某某某（区人大代表、某村党支部书记）) over what they said is a paragraph, not a headline with a column', () => {
    const page = [
      '白沙区人代会分组审议报告',
      '本报讯（记者　葛小禾）昨天，出席区人代会的代表分组审议政府工作报告。',
      '代表建言',
      '甘秀禾（区人大代表、柳塘村党支部书记）',
      '“希望继续支持村里修路，让果子早点运出山。”',
      '林晓帆（区人大代表、青禾机械公司总经理）',
      '“今年我们要再上一条生产线。”',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph')).toEqual(['白沙区人代会分组审议报告', '代表建言']);
  });

  it('a box’s voices marked ■ with the post in brackets (■某某（某镇果农）, ■某 某（某班班长）) are paragraphs under the box’s name', () => {
    const page = [
      '柳塘樱桃节开幕',
      '本报讯（记者　葛小禾）昨天，第五届柳塘樱桃节开幕，游客一天超过两万人次。',
      '果农心里话',
      '■甘秀禾（柳塘镇果农）',
      '“今年樱桃个头大，一斤能多卖两块钱。”',
      '■林 帆（青禾村农家乐经营户）',
      '“节会一开，客房提前一周就订满了。”',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph')).toEqual(['柳塘樱桃节开幕', '果农心里话']);
  });

  it('a price list’s rows with their unit as a field (红砖　千块　360元), its header row and its day with the market in brackets are its paragraphs, never headline lines', () => {
    const page = [
      '青禾本周建材价格',
      '（6月2日　青禾东街建材市场）',
      '品名　单位　价格（元）',
      '水泥　吨　405元',
      '红砖　千块　360元',
      '河砂　立方米　118元',
      '（青禾区物价所提供）',
      '青禾区举办春季招聘会',
      '本报讯（记者　葛小禾）昨天，青禾区春季招聘会举行，四十家企业提供岗位一千二百个。',
    ].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'closing')).toEqual(['青禾本周建材价格', '青禾区举办春季招聘会']);
  });

  it('a title of two halves right after a brief its reporter signed, over rows of a name and a number, heads the rows: no header row of the brief', () => {
    // Paragraphs indented, headlines flush: a hotline's follow-up, then a box of phone numbers under its own headline.
    const page = [
      '青禾小区路灯已修好',
      '　　本报11月2日反映的青禾小区路灯不亮问题，经社区协调，供电部门已更换了12盏路灯。（晚报记者　柯　远）',
      '供暖季来了　这些电话请记好',
      '　　青禾热力公司客服热线　8216000',
      '　　柳塘新村供热站　8216051',
      '　　东城小区供热站　8216073',
      '　　（晚报记者　柯　远　整理）',
    ].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'closing')).toEqual(['青禾小区路灯已修好', '供暖季来了　这些电话请记好']);
  });

  it('a names list’s rows are its paragraphs, and a banner of four characters right after them heads the next piece, never the list’s last line', () => {
    const page = [
      '青禾科技城表彰先进',
      '',
      '优秀党务工作者（3名）',
      '',
      '米淑兰（动力研究所）　庞国栋（产业园）　宋晓燕（管委会）',
      '',
      '党建动态',
      '党员突击队攻坚新型号总装',
      '',
      '本报讯（通讯员　柏　雪）6月以来，青禾总装公司组建3支党员突击队，承担新型号总装任务。',
    ].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'verse')).toEqual(['青禾科技城表彰先进', '党建动态 / 党员突击队攻坚新型号总装']);
  });

  it('a note on what a table covers (（截至3月20日　单位：人）), set apart from its title by a blank line, is the table’s first line, never a headline of its own', () => {
    const page = [
      '数说体检',
      '青禾片区回迁居民免费体检结果',
      '',
      '（截至3月20日　单位：人）',
      '',
      '项目　检查人数　异常人数',
      '',
      '血压　2836　913',
      '',
      '血糖　2836　402',
      '',
      '（数据来源：青禾市第三人民医院）',
    ].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'closing' && b !== 'verse')).toEqual(['数说体检 / 青禾片区回迁居民免费体检结果']);
  });

  it('a lead-in ending on its colon over a blank line and a table’s header row (……现予公示： / 序号　企业名称) ends its paragraph', () => {
    const page = [
      '# 青禾市农产品加工示范企业名单公示',
      '',
      '经企业申报、县级推荐和专家评审，拟认定以下3家企业为市级农产品加工示范企业，现予公示：',
      '',
      '序号　企业名称　加工品类',
      '',
      '1　青禾粮油有限公司　小米',
      '',
      '2　白沙食品有限公司　杂粮',
      '',
      '3　柳塘果业有限公司　干果',
    ].join('\n');
    const lines = toLines(page);
    const paragraphs = toBlocks(lines, readLayout(lines)).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs.slice(0, 2)).toEqual(['经企业申报、县级推荐和专家评审，拟认定以下3家企业为市级农产品加工示范企业，现予公示：', '序号　企业名称　加工品类']);
  });

  it('labelled rows ending on ；, each over a blank line (线路一：……； / 线路二：……。), stay apart', () => {
    const page = [
      '# 山城一日游推荐线路',
      '',
      '线路一：索道站—老街—观景台，步行约4小时；',
      '',
      '线路二：长江大桥—江边步道—夜市，约半天。',
    ].join('\n');
    const lines = toLines(page);
    const paragraphs = toBlocks(lines, readLayout(lines)).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toEqual(['线路一：索道站—老街—观景台，步行约4小时；', '线路二：长江大桥—江边步道—夜市，约半天。']);
  });

  it('a list’s rows numbered ①, ②, ③ and ending on ；, each over a blank line, stay apart', () => {
    const page = [
      '夏季吃海鲜　注意这几点',
      '',
      '市疾控中心提醒市民：',
      '',
      '①购买海鲜要到正规市场，不买来路不明的产品；',
      '',
      '②海鲜要烧熟煮透，不吃生的或半生的；',
      '',
      '③吃不完的海鲜及时冷藏，再吃前要彻底加热。',
    ].join('\n');
    const lines = toLines(page);
    const paragraphs = toBlocks(lines, readLayout(lines)).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toEqual(['市疾控中心提醒市民：', '①购买海鲜要到正规市场，不买来路不明的产品；', '②海鲜要烧熟煮透，不吃生的或半生的；', '③吃不完的海鲜及时冷藏，再吃前要彻底加热。']);
  });

  it('a notice’s numbered rows opening with a day (1．1月17日……； / 2．1月18日……。), each over a blank line, stay apart', () => {
    const page = [
      '# 停水通知',
      '',
      '因青禾新村片区供水管网改造施工，将对以下区域暂停供水：',
      '',
      '1．1月17日8:00—20:00，青禾新村一至六区；',
      '',
      '2．1月18日8:00—18:00，柳塘路以东、工业南路以北区域。',
      '',
      '请用户提前做好储水准备。',
      '',
      '青禾市供水有限公司',
    ].join('\n');
    const lines = toLines(page);
    const paragraphs = toBlocks(lines, readLayout(lines)).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContain('1．1月17日8:00—20:00，青禾新村一至六区；');
    expect(paragraphs).toContain('2．1月18日8:00—18:00，柳塘路以东、工业南路以北区域。');
  });

  it('a notice’s numbered rows opening with a bus route (1．21路……； / 2．35路……。), each over a blank line, stay apart', () => {
    const page = [
      '# 公交线路调整公告',
      '',
      '为方便大学城二期师生出行，自3月1日起调整以下公交线路：',
      '',
      '1．21路延伸至大学城二期北门，全程增加3站；',
      '',
      '2．35路首班车提前至6:00发车。',
      '',
      '青禾市公共交通集团',
    ].join('\n');
    const lines = toLines(page);
    const paragraphs = toBlocks(lines, readLayout(lines)).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContain('1．21路延伸至大学城二期北门，全程增加3站；');
    expect(paragraphs).toContain('2．35路首班车提前至6:00发车。');
  });

  /** A box's label and title over a table's rows (each a block of its own), its source, then a report of the page's. */
  const tableThenReport = (label: string, title: string, rows: string[], source: string) =>
    [label, title, '', ...rows.flatMap((row) => [row, '']), source, '', '青禾区举办春季招聘会', '', '本报讯（记者　葛小禾）昨天，青禾区春季招聘会举行，四十家企业提供岗位一千二百个。'].join('\n');
  const titlesOf = (page: string) => shape(page).filter((b) => b !== 'paragraph' && b !== 'closing');

  it('an indicators table’s rows whose unit names what it measures (千克标准煤) or is a percent sign are its paragraphs, never a headline', () => {
    const rows = ['指标　单位　1—6月　上年同期', '粗钢产量　万吨　312.6　304.1', '吨钢综合能耗　千克标准煤　561　583', '吨钢耗新水　立方米　3.2　3.5', '余热余能自发电率　%　45.0　41.8'];
    expect(titlesOf(tableThenReport('数说青钢', '青禾钢铁上半年主要技术经济指标', rows, '（数据来源：青禾钢铁集团）'))).toEqual(['数说青钢 / 青禾钢铁上半年主要技术经济指标', '青禾区举办春季招聘会']);
  });

  it('an indicators table’s rows whose unit is a count’s (座, 辆, 家, 人次) are its paragraphs, never headlines', () => {
    const rows = ['指标　单位　数值　同比增长', '充电站数量　座　46　35.3%', '新能源汽车保有量　辆　8620　52.1%', '规模以上企业　家　37　12.1%', '展会观众　人次　5200　8.0%'];
    expect(titlesOf(tableThenReport('数据', '青禾上半年新能源产业主要指标', rows, '（数据来源：青禾市统计局）'))).toEqual(['数据 / 青禾上半年新能源产业主要指标', '青禾区举办春季招聘会']);
  });

  it('a table’s rows led by their number in its 序号 column (1　某某改造　新建管道1.8公里　2600) are its paragraphs, never a headline block', () => {
    const page = [
      '青禾市城市排水防涝重点项目计划公示',
      '',
      '市城市管理局拟定了今年城市排水防涝重点项目计划，现予公示：',
      '',
      '序号　项目名称　建设内容　计划投资（万元）',
      '',
      '1　青禾路易涝点改造　新建雨水管道1.8公里　2600',
      '',
      '2　城西强排泵站　新建泵站1座　4800',
      '',
      '3　北湖调蓄池　容积3万立方米　6200',
      '',
      '公示期为3月13日至3月19日。如有意见建议，请以书面形式向市城市管理局反映。',
    ].join('\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'closing')).toEqual(['青禾市城市排水防涝重点项目计划公示']);
  });

  it('a schedule row’s rest a blank line cut off, flush between two rows marked alike and ending as they do, goes on its row: no headline', () => {
    const page = [
      '青禾民族文化艺术节明日开幕',
      '　　本报讯　第五届青禾民族文化艺术节明日开幕，为期三天，设展演、展销、擂台赛等活动。',
      '　　艺术节期间，全市各民族文艺团队将带来摆手舞、山歌、芦笙等节目，市民可免费观看。',
      '　　主办方提醒，开幕式当天民族广场周边道路将实行交通管制，请市民绿色出行。',
      '活动看台',
      '艺术节活动安排',
      '　　●6月11日9:00　开幕式暨千人摆手舞展演（青禾民族广场）',
      '　　●6月11日—13日　非遗',
      '',
      '项目展示展销（市群艺馆）',
      '　　●6月12日19:30　山歌擂台赛（青禾文化公园）',
      '　　●6月13日14:00　“非遗进社区”技艺表演（东城社区）',
    ].join('\n');
    const lines = toLines(page);
    const blocks = toBlocks(lines, readLayout(lines));
    expect(blocks.filter((b) => b.type === 'title').map((b) => b.lines.map((l) => l.text).join(' / '))).toEqual(['青禾民族文化艺术节明日开幕', '活动看台 / 艺术节活动安排']);
    expect(paragraphs(blocks).map((p) => p.text)).toContain('●6月11日—13日　非遗项目展示展销（市群艺馆）');
  });

  it('a list’s second group line and a row whose name is spaced to a width (某　某主任医师) go on the schedule above, never headlines', () => {
    const page = [
      '本周专家门诊',
      '青禾市第一医院',
      '周一上午　眼科　林小溪主任医师',
      '周四下午　儿科　郑和平副主任医师',
      '青禾市妇幼保健院',
      '周二全天　妇科　陶若兰主任医师',
      '周六上午　产科　纪　青主任医师',
      '本报讯　青禾区春季招聘会昨天举行，四十家企业提供岗位一千二百个，求职者可现场投递简历。',
      '失物招领',
      '6月3日，市民在5路公交车上拾到黑色钱包一个，请失主携有效证件到公交公司认领。',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'closing')).toEqual(['本周专家门诊', '失物招领']);
  });

  it('a price table’s last row ending in a figure with decimals (某花（元/扎）15.00) and the provider’s note under it close the table, never headlines', () => {
    const page = [
      '柳塘花市部分鲜花均价',
      '玫瑰（A级）　1.20',
      '郁金香（A级）　2.50',
      '勿忘我（元/扎）15.00',
      '（柳塘花市管理处提供）',
      '青禾区举办春季招聘会',
      '本报讯（记者　葛小禾）昨天，青禾区春季招聘会举行，四十家企业提供岗位一千二百个。',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'closing')).toEqual(['柳塘花市部分鲜花均价', '青禾区举办春季招聘会']);
  });

  it('a provider’s note under a 数读 box’s last marked row (●吸纳就业3100余人 / （数据由某公司提供）) closes the box, never heads the picture after it', () => {
    const page = [
      '数读青禾乳业',
      '●30年累计收购生鲜乳超过420万吨',
      '●累计纳税26.8亿元',
      '●吸纳就业3100余人',
      '（数据由青禾乳业有限公司提供）',
      '智能灌装车间',
      '青禾乳业城东工厂的灌装车间，机械臂正在封装低温鲜奶。',
      '通讯员　柯思雨　摄',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph' && b !== 'closing' && b !== 'photo')).toEqual(['数读青禾乳业', '智能灌装车间']);
  });

  it('on a page of lines apart, a list’s rows numbered on (8．某某队　某某社区 / 9．…… / 10．……) stay its paragraphs, never the next piece’s kicker and headline', () => {
    const rows = ['1．少儿舞蹈队　南湖社区', '2．“金秋”舞蹈队　东山社区', '3．老年合唱团　西岭社区', '4．京剧票友社　鼓楼社区', '5．腰鼓队　桥北社区', '6．民乐队　新河社区', '7．快板说唱队　槐树社区', '8．模特队　滨湖社区', '9．太极扇队　松园社区', '10．青年街舞队　金港社区'];
    const page = [
      '青禾市2013年度“十佳社区文艺团队”拟表彰名单公示',
      '根据《青禾市社区文艺团队评选表彰办法》，经社区推荐、专家评审，拟对以下10支团队予以表彰，现予公示：',
      ...rows,
      '公示期：8月16日至8月22日。',
      '监督电话：5516230',
      '青禾市文化广电新闻出版局',
      '2013年8月15日',
      '晚报快讯',
      '社区文艺团队可免费借用演出服装',
      '晚报讯　市文化馆“服装道具库”近日启用，社区文艺团队凭团队备案证明可免费借用，每次借期不超过15天。',
    ].join('\n\n');
    const titles = shape(page).filter((b) => !['paragraph', 'subhead', 'closing', 'signing'].includes(b));
    expect(titles).toEqual(['青禾市2013年度“十佳社区文艺团队”拟表彰名单公示', '晚报快讯 / 社区文艺团队可免费借用演出服装']);
  });

  it('a listing’s items (■某某展 / 时间：…… / 地点：……) under the box’s name are its paragraphs, not headlines each', () => {
    const page = [
      '青禾区举办春季招聘会',
      '本报讯（记者　葛小禾）昨天，青禾区春季招聘会举行，四十家企业提供岗位一千二百个。',
      '近期展览',
      '■“柳塘旧影”照片展',
      '时间：6月1日—6月20日',
      '地点：区文化馆一楼',
      '■青禾农民画展',
      '时间：6月5日—6月30日',
      '地点：区图书馆展厅',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph')).toEqual(['青禾区举办春季招聘会', '近期展览']);
  });

  it('a schedule’s days (3月6日（星期二）) and rows (下午2:30　分组讨论) are its paragraphs, not headlines each', () => {
    const page = [
      '白沙区政协全会日程',
      '3月6日（星期二）',
      '上午9:00　开幕会',
      '下午2:30　分组讨论',
      '3月7日（星期三）',
      '上午　闭幕会　表决决议',
      '青禾区举办春季招聘会',
      '本报讯（记者　葛小禾）昨天，青禾区春季招聘会举行，四十家企业提供岗位一千二百个。',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph')).toEqual(['白沙区政协全会日程', '青禾区举办春季招聘会']);
  });

  it('a list’s groups with their counts in brackets (优秀班组（4个）) and the row of units under one are the report’s paragraphs, not headlines', () => {
    const page = [
      '白沙区表彰年度优秀班组和岗位能手',
      '本报讯　日前，白沙区决定对年度涌现出的优秀班组和岗位能手予以表彰。',
      '优秀班组（4个）',
      '白沙一班　柳塘二班　青禾维修班　城西服务站',
      '岗位能手（3名）',
      '葛小禾　林晓帆　甄秀禾',
      '城事速览',
      '● 白沙区新建三处口袋公园，年底前向市民开放。',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph')).toEqual(['白沙区表彰年度优秀班组和岗位能手', '城事速览']);
  });

  it('a song under its title and a note naming its genre in brackets (（苗族飞歌选段）) is one piece’s lines, not a headline each', () => {
    const page = [
      '白沙剧场推出周末惠民场',
      '本报讯（记者　葛小禾）白沙剧场本月起每周六推出惠民场，票价一律30元。',
      '山坡上的歌',
      '（苗族飞歌选段）',
      '太阳出来照山坡',
      '山坡上面歌儿多',
      '阿哥唱歌给妹听',
      '妹在竹林把线拨',
      '（甘老满　演唱　林晓帆　译）',
      '城事速览',
      '● 白沙区新建三处口袋公园，年底前向市民开放。',
    ].join('\n\n');
    const read = shape(page);
    expect(read.filter((b) => b !== 'paragraph')).toEqual(['白沙剧场推出周末惠民场', '山坡上的歌', '城事速览']);
  });

  it('a headline led by its column’s label in 【】 (【代表风采】某某：……) after a finished paragraph, over a byline, is a headline, not the report’s last paragraph', () => {
    const page = [
      '白沙区与青禾集团签约共建物流园',
      '本报讯（记者　葛小禾）昨天，白沙区与青禾集团签订合作协议，共建城西物流园。',
      '【代表风采】甘秀禾：把邻里的“难事”办成“顺心事”',
      '本报记者　林晓帆',
      '清晨七点，市人大代表甘秀禾已经在小区门口收集居民的意见。',
    ].join('\n\n');
    expect(shape(page)).toEqual(['白沙区与青禾集团签约共建物流园', 'paragraph', '【代表风采】甘秀禾：把邻里的“难事”办成“顺心事”', 'byline', 'paragraph']);
  });

  it('a headline with a comma over a note that the piece goes on from the front page (（上接A1版）) is its headline printed again', () => {
    const page = [
      '入夏以来，柳塘湿地水位回升了',
      '（上接A1版）',
      '湿地管理处负责人介绍，今年以来，湿地补水工程累计引水1200万立方米。',
      '下一步，管理处将在湿地外围新建两处观鸟平台。',
    ].join('\n\n');
    expect(shape(page)).toEqual(['入夏以来，柳塘湿地水位回升了', 'note', 'paragraph', 'paragraph']);
  });
});

describe('blocks: a tagged reporter’s note (……（记者手记）)', () => {
  const note = (body: string[]) =>
    shape(['城南新开一座图书馆', '', ...body.flatMap((p) => [p, '']), '书香里的小城（记者手记）', '', '甘木', '', '走进图书馆，读书的人比想象中多。这座小城正在慢慢改变。', ''].join('\n'));

  it('heads a piece of its own after a brief', () => {
    expect(note(['本报讯　城南图书馆昨日开馆，藏书十万册，全天免费开放。（记者　甘木）'])).toEqual([
      '城南新开一座图书馆',
      'paragraph',
      '书香里的小城（记者手记） / 甘木',
      'paragraph',
    ]);
  });

  it('stays in the report after its long body', () => {
    const long = '馆内设有少儿阅读区、自习区和展览区，每天接待读者上千人次，周末更是一座难求，不少家长带着孩子早早排队等候入馆。';
    expect(note([long, long, long, long])).not.toContain('书香里的小城（记者手记）');
  });

  it('heads a piece of its own after a short box of several rows under a box’s name', () => {
    const rows = ['2019年4月　图书馆立项。', '2021年9月　主体完工。', '2023年3月　开馆试运行。'];
    const page = ['链接', '', '城南图书馆大事记', '', ...rows.flatMap((r) => [r, '']), '书香里的小城（记者手记）', '', '走进图书馆，读书的人比想象中多。', ''].join('\n');
    expect(shape(page)).toContain('书香里的小城（记者手记）');
    // Under a report's headline, the same few lines are its body, which the note closes.
    expect(note(rows)).not.toContain('书香里的小城（记者手记） / 甘木');
  });

  it('heads a piece of its own after a short piece under its byline', () => {
    const page = ['城南新开一座图书馆', '', '本报记者　甘木', '', '本报讯　城南图书馆昨日开馆，藏书十万册。', '', '书香里的小城（记者手记）', '', '走进图书馆，读书的人比想象中多。', ''].join('\n');
    expect(shape(page)).toContain('书香里的小城（记者手记）');
  });

  it('heads a piece of its own printed flush between indented paragraphs, after a long report', () => {
    const long = '　　馆内设有少儿阅读区、自习区和展览区，每天接待读者上千人次，周末更是一座难求，不少家长带着孩子早早排队等候入馆。';
    const page = ['城南新开一座图书馆', '　　本报记者　甘木', long, long, long, long, '书香里的小城（记者手记）', '　　走进图书馆，读书的人比想象中多。', '　　这座小城正在慢慢改变。'].join('\n');
    expect(shape(page)).toContain('书香里的小城（记者手记）');
    // Indented as the report's paragraphs are, it stays in the report.
    expect(shape(page.replace('书香里的小城', '　　书香里的小城'))).not.toContain('书香里的小城（记者手记）');
  });

  it('is signed by a bare name on its own line at its end, which heads no piece', () => {
    const page = ['城南新开一座图书馆', '', '本报讯　城南图书馆昨日开馆，藏书十万册。', '', '书香里的小城（记者手记）', '', '走进图书馆，读书的人比想象中多。', '', '柯一苇', '', '春耕备耕有序展开', '', '连日来，河西县组织农技人员下乡。', ''].join('\n');
    expect(shape(page)).toEqual(['城南新开一座图书馆', 'paragraph', '书香里的小城（记者手记）', 'paragraph', 'paragraph', '春耕备耕有序展开', 'paragraph']);
  });

  it('heads a piece of its own after a signed comment’s closing line', () => {
    const page = ['图书馆要办进人心里', '', '一座图书馆办得好不好，要看读者的脚步。', '', '（作者系某某学院教授）', '', '书香里的小城（记者手记）', '', '走进图书馆，读书的人比想象中多。', ''].join('\n');
    expect(shape(page)).toContain('书香里的小城（记者手记）');
  });
});

describe('blocks: a comment’s last paragraph with its writer’s name run in after the stop (made-up page, headline blocks tight, paragraphs apart)', () => {
  it('is a paragraph, never the kicker of the next piece’s headline', () => {
    const page = [
      '街谈巷议',
      '别让“低头族”成了“马路杀手”',
      '',
      '走在街上，不难看到有人一边过马路一边低头看手机，对身边来往的车辆浑然不觉。',
      '',
      '过马路时少看一眼手机，既是对自己负责，也是对他人负责。',
      '',
      '安全出行，从抬起头来做起。柯远帆',
      '',
      '观点摘编',
      '',
      '■转型要在“新”字上下功夫',
      '',
      '资源型地区转型发展，必须在新产业、新业态上下功夫。',
      '',
    ].join('\n');
    expect(shape(page).slice(0, 5)).toEqual(['街谈巷议 / 别让“低头族”成了“马路杀手”', 'paragraph', 'paragraph', 'paragraph', '观点摘编']);
  });
});

describe('blocks: a picture story’s credit (……摄影报道) after its opening, over its numbered captions', () => {
  it('is the story’s byline, its opening a paragraph, not a caption', () => {
    const page = ['镜头', '# 春到茶山', '', '清明前后，青禾县的茶农们迎来一年中最忙的时节。', '', '本报记者　甘木　摄影报道', '', '①清晨，茶农背着竹篓上山。', '', '②午后，茶叶送进了加工厂。', ''].join('\n');
    expect(shape(page)).toEqual(['镜头 / 春到茶山', 'paragraph', 'byline', 'paragraph', 'paragraph']);
  });
});

describe('blocks: a table’s last row whose figure is a word or a dash (中医体质辨识　免费　—), on a page of lines apart (set tx)', () => {
  it('is the table’s row, as many fields as the row above it, never the headline of the source and credit lines under it', () => {
    const page = [
      '我市社区中医馆常见服务项目及收费',
      '',
      '项目　收费标准（元/次）　医保',
      '',
      '普通针刺　18　可报销',
      '',
      '艾灸　20　可报销',
      '',
      '拔罐　15　可报销',
      '',
      '中医体质辨识　免费　—',
      '',
      '数据来源：青禾市医疗保障中心',
      '',
      '本版制图：柯　澜',
      '',
    ].join('\n');
    const read = shape(page);
    // A title block shows as its text, every other block as its type.
    expect(read[0]).toBe('我市社区中医馆常见服务项目及收费');
    expect(read.filter((t) => t.includes('中医体质辨识'))).toEqual([]);
  });
});

describe('blocks: a list’s last row, marked as the rows above it, over a `#` headline apart (set tz)', () => {
  it('is the list’s row, never the kicker of the headline under it, however long', () => {
    const page = [
      '# 2025年青禾市中等职业学校招生咨询电话',
      '',
      '● 青禾县职业教育中心　6835102',
      '',
      '● 白沙县职业中学　6921436',
      '',
      '● 青禾市教育局职业教育招生办公室　6813690',
      '',
      '# 温馨提示',
      '',
      '近期有不法分子冒充学校招生人员骗取钱财，请考生和家长通过正规渠道了解招生信息。',
      '',
    ].join('\n');
    expect(shape(page)).toEqual(['2025年青禾市中等职业学校招生咨询电话', 'paragraph', 'paragraph', 'paragraph', '温馨提示', 'paragraph']);
  });
});
