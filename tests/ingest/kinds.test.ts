/**
 * The kinds a daily's inner pages show (issue 13, "Build" item 3), each on a short page written
 * for the test: names, places and facts are made up; no page of any corpus is copied here.
 * Every page runs through the real pipeline (runPipeline: lines → reflow → blocks → items →
 * entries, with the nothing-lost check) and the entries must read as an editor reads the page:
 * how many articles, each one's column, kicker, headline and subheadline, and which article
 * every paragraph, credit and note belongs to.
 *
 * Where the layout matters, the same page is printed the four ways text extraction gives
 * pages: indented paragraphs and no blank lines (`　　正文`), every line a block between blank
 * lines (as the archive's own pages come), headline blocks printed tight with paragraphs
 * between blank lines, and blank-line blocks with the headline marked `# `. A hard-wrapped page and a page broken
 * mid-sentence are read once end to end (tests/ingest/reflow.test.ts covers the stage).
 */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/content/archive.ts';
import { squeeze } from '../../src/fidelity/entry-text.ts';
import { emptyLedger } from '../../src/ingest/ids.ts';
import { isClosingLine } from '../../src/ingest/patterns.ts';
import { runPipeline, type PipelineResult } from '../../src/ingest/pipeline.ts';
import type { Block } from '../../src/schema/entries.ts';
import { articleTitle } from '../../src/site/titles.ts';

/** The paragraph indent of pages lifted from PDF: two full-width spaces. */
const I = '\u3000\u3000';

type Layout = 'indented' | 'blank-lines' | 'tight-headlines' | 'markdown';
const LAYOUTS: Layout[] = ['indented', 'blank-lines', 'tight-headlines', 'markdown'];

/** One article as the editor reads it: the headline block and every paragraph as printed, in order. */
interface Printed {
  kicker?: string;
  /** Absent for the second half of a continued article, printed without one. */
  headline?: string;
  subheadline?: string;
  /** The column the editor reads it under (null when none). */
  column?: string;
  /** Every line of text under the headline block, in order: paragraphs, subheads, bylines, credits, notes. */
  paragraphs: string[];
}

/**
 * Prints articles as a page in one layout: headline-block lines as they are, every other line
 * a paragraph (indented, or a block of its own between blank lines); `# ` before the headline
 * in the markdown layout.
 */
function print(layout: Layout, articles: Printed[]): string {
  const lines: string[] = [];
  for (const a of articles) {
    const block = [a.kicker, layout === 'markdown' && a.headline ? `# ${a.headline}` : a.headline, a.subheadline].filter((l): l is string => !!l);
    const paragraphs = a.paragraphs.map((p) => (layout === 'indented' ? I + p : p));
    if (layout === 'indented') lines.push(...block, ...paragraphs);
    else if (layout === 'tight-headlines') lines.push(...block, '', ...paragraphs.flatMap((l) => [l, '']));
    else lines.push(...[...block, ...paragraphs].flatMap((l) => [l, '']));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The header a printed page carries over its text (the paper's name, the date, the 版 and its
 * name): text extracted from a whole printed page, as the archive's staff and sets a–ac of
 * tests/fixtures/other-papers give it. Pages without one read as an e-paper's list of articles.
 */
const PRINTED_PAGE_HEADER = (page: number) => `青禾日报\n2019年3月5日 星期二\n第${page}版 综合新闻\n\n`;

/** Runs the real ingest on printed pages (under their header) given with their date and page number, as the staff give them. */
function ingest(...pages: Array<{ text: string; page?: number; name?: string; header?: boolean }>): PipelineResult {
  return runPipeline(
    pages.map(({ text, page = 5, name = `2019-03-05_${String(page).padStart(2, '0')}.txt`, header = true }) => ({
      name,
      displayPath: name,
      text: header ? PRINTED_PAGE_HEADER(page) + text : text,
      meta: { date: '2019-03-05', page },
    })),
    emptyLedger(),
  );
}

interface ReadArticle {
  kind: 'article' | 'photo';
  column: string | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  dateline: string | null;
  body: Block[];
  /** Everything the entry holds, in print order, whitespace removed: headline block, byline, dateline, 上接 note, body, its photos' captions and credits, signature, 下转 note, folds. */
  text: string;
  flags: string[];
  folds: number;
}

/** The article entries of one page, in print order, with the photos each one holds. */
function entriesOf(result: PipelineResult, page = 5): ReadArticle[] {
  return result.entries.articles
    .filter((a) => a.data.section.endsWith(`-${String(page).padStart(2, '0')}`))
    .map(({ data: d, body }) => {
      const photos = result.entries.photos.filter((p) => p.article === d.id).flatMap((p) => [p.caption, p.credit]);
      // A 上接 note opens the text it continues, a 下转 note closes it.
      const from = d.continuationNotes.filter((n) => n.includes('上接'));
      const on = d.continuationNotes.filter((n) => !n.includes('上接'));
      const parts = [d.column, d.kicker, d.headline, d.subheadline, d.byline, d.dateline, ...from, ...body.map((b) => b.text), ...photos, d.signature, ...on, ...d.folds.map((f) => f.text)];
      return {
        kind: d.kind,
        column: d.column,
        kicker: d.kicker,
        headline: d.headline,
        subheadline: d.subheadline,
        dateline: d.dateline,
        body,
        text: squeeze(parts.filter(Boolean).join("\n")),
        flags: d.flags,
        folds: d.folds.length,
      };
    });
}

/** A kicker's closing —— is how it is printed, not part of its words. */
const kickerWords = (k: string | null | undefined) => (k ? k.replace(/——$/, '') : null);

/**
 * The page read against the editor's reading, as one comparable value: per article, its
 * column, kicker, headline and subheadline, the paragraphs of its own that its entry lacks,
 * and the paragraphs of other articles its entry holds. An entry more than the editor counts
 * shows as an extra row.
 */
function compare(entries: ReadArticle[], printed: Printed[]) {
  const rows = (read: ReadArticle[]) =>
    read.map((e, i) => {
      const own = printed[i]?.paragraphs ?? [];
      const others = printed.flatMap((a, j) => (j === i ? [] : a.paragraphs)).filter((p) => !own.includes(p));
      return {
        column: e.column,
        kicker: kickerWords(e.kicker),
        headline: e.headline,
        subheadline: e.subheadline,
        lacks: own.filter((p) => !e.text.includes(squeeze(p))),
        holdsOthers: others.filter((p) => e.text.includes(squeeze(p))),
      };
    });
  const expected = printed.map((a) => ({
    column: a.column ?? null,
    kicker: kickerWords(a.kicker),
    headline: a.headline ?? null,
    subheadline: a.subheadline ?? null,
    lacks: [],
    holdsOthers: [],
  }));
  return { read: rows(entries), expected };
}

/** Which piece holds which paragraph, headline by headline: `compare` with columns and kickers aside. */
function grouping(entries: ReadArticle[], printed: Printed[]) {
  const { read, expected } = compare(entries, printed);
  const piece = (r: { headline: string | null; lacks: string[]; holdsOthers: string[] }) => [r.headline, r.lacks, r.holdsOthers];
  return { read: read.map(piece), expected: expected.map(piece) };
}

/** Reads the pieces printed in a layout and checks each holds its own paragraphs and no other's (columns and kickers aside). */
function expectPiecesApart(layout: Layout, printed: Printed[]) {
  const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, printed) })), printed);
  expect(read).toEqual(expected);
}

const subheads = (e: ReadArticle) => e.body.filter((b) => b.type === 'subhead').map((b) => b.text);

// ── the pages ────────────────────────────────────────────────────────────────

/** A kicker ending in —— on its own line, over a headline; then a plain article. */
const KICKER_DASH: Printed[] = [
  {
    kicker: '青禾县把产业路修到村民家门口——',
    headline: '一条小路通向致富门',
    paragraphs: [
      '本报青禾3月4日电  （记者林晓岚）春耕时节，青禾县白沙村新修的产业路上，运送秧苗的货车来来往往。',
      '村党支部书记郑大河说，路修通以后，村里的草莓从地头到县城只要半个小时，去年全村草莓收入超过300万元。',
    ],
  },
  {
    headline: '白沙湖湿地迎来越冬候鸟',
    paragraphs: [
      '本报青禾3月4日电  （记者周文）记者从青禾县林业局获悉，今冬白沙湖湿地监测到越冬候鸟2.1万只，比去年多三成。',
      '湿地管护站站长何秋生介绍，管护站今年新增了12名巡护员，每天两次巡湖。',
    ],
  },
];

/** 核心阅读, 编者按 and 核心提示 under a headline: the opening of the body, never a headline. */
const CORE_READING: Printed[] = [
  {
    headline: '山村课堂连上了城里名师（一线调查）',
    column: '一线调查',
    paragraphs: [
      '核心阅读',
      '去年以来，河西县18所村小接入了城区学校的同步课堂，山里的孩子和城里的孩子同上一堂课。设备怎么管、老师怎么配合、效果怎么样？记者进行了调查。',
      '本报记者  赵明远',
      '早上八点，河西县石岭村小学的教室里，屏幕那头的城区老师正在讲一首古诗，屏幕这头的11个孩子跟着一起朗读。',
      '“以前英语、美术老师请不来，现在一门课也不落下。”校长许春来说，村小的课程表第一次排满了。',
    ],
  },
  {
    headline: '让老手艺走进新生活',
    paragraphs: [
      '编者按：一把剪刀、一根银针、一块木板，承载着一方水土的记忆。本版今起推出“老手艺新传人”系列报道，讲述年轻传承人的故事。敬请关注。',
      '本报记者  孙一凡',
      '在南岭镇的一间老屋里，26岁的木刻艺人韩小雨正在雕一块枣木年画版，刻刀过处，木屑纷纷落下。',
      '三年前，她辞去城里的工作回到镇上，跟着外公学刻版。如今，她的年画在网上一年能卖出四千多张。',
    ],
  },
  {
    kicker: '深度调查',
    headline: '山里娃的上学路有多长',
    subheadline: '——西部山区中小学生上学路调查',
    paragraphs: [
      '核心提示',
      '近年来，西部山区一批教学点撤并，不少孩子的上学路变长了。记者近日走访三个乡镇，记录下孩子们的上学路。',
      '本报记者  柯  远',
      '凌晨五点四十分，石门乡的天还没亮，十一岁的聂小禾已经背上书包出门。',
    ],
  },
];

/** 编者按 on a line of its own, then its words; then the article. */
const EDITORS_NOTE_ALONE: Printed[] = [
  {
    headline: '在海拔四千米的哨所过年',
    paragraphs: [
      '编者按',
      '万家团圆的时刻，总有人坚守岗位。即日起，本版推出“新春走基层”专栏，记录节日里的坚守。',
      '雪线上的哨所里，战士们贴上了春联，挂起了红灯笼。哨长马骏说，这是他在山上过的第五个春节。',
      '年夜饭是战士们自己包的饺子，有羊肉馅，也有白菜馅。',
    ],
  },
];

/** Photo credits closing an article: the article's own, never the next one's headline. */
const PHOTO_CREDITS: Printed[] = [
  {
    headline: '古城墙下花灯亮',
    paragraphs: [
      '本报记者  郝晴',
      '元宵节前夕，南川古城墙下的灯会开幕，200多组花灯沿着护城河一字排开，吸引了大批市民游客。',
      '灯会将持续到正月十八。',
      '图为市民在灯会上赏灯。',
      '贺春林摄（影像中国）',
    ],
  },
  {
    kicker: '北川县调运化肥种子',
    headline: '春耕备耕物资供应充足',
    paragraphs: [
      '本报记者  罗一鸣',
      '记者从北川县农业农村局了解到，全县已调运化肥1.2万吨、种子600吨，能满足春耕需要。',
      '本版制图：秦小雨',
    ],
  },
  {
    kicker: '手机一点  田里浇水',
    headline: '北川县建成首个数字农场',
    paragraphs: [
      '本报记者  罗一鸣',
      '北川县首个数字农场日前建成，农场里的灌溉和施肥都由手机控制。',
      '农场负责人冯大勇说，用上数字设备后，每亩地节水三成。',
      '图为技术员在数字农场查看墒情监测设备。  本报记者  罗一鸣摄',
    ],
  },
  {
    headline: '南岭镇老街亮灯',
    paragraphs: [
      '本报记者  郝晴',
      '南岭镇老街的亮化工程日前完工，入夜后，青石板路两旁的灯笼次第亮起。',
    ],
  },
];

/** An agency credit, an author note and an editor's signature, each closing the article above it. */
const CLOSING_NOTES: Printed[] = [
  {
    headline: '全国春运铁路发送旅客超三亿人次',
    paragraphs: [
      '记者从铁路部门获悉，春运开始以来，全国铁路累计发送旅客超过3亿人次，运输安全平稳有序。',
      '铁路部门表示，节后返程客流仍处高位，将继续加开夜间高铁。',
      '（新华社北京3月4日电  记者韦安然 黎小舟）',
    ],
  },
  {
    headline: '让基层减负真正落地',
    paragraphs: [
      '为基层减负，关键在于转变作风。文件少了、会议短了，基层干部才有更多时间走村入户、解决问题。',
      '减负不是减责任。要在减负的同时把担子压实，让基层干部轻装上阵、干事创业。',
      '（作者为青禾大学公共管理学院教授）',
    ],
  },
  {
    headline: '一年好景君须记（编辑手记）',
    column: '编辑手记',
    paragraphs: [
      '两个月来，我们收到读者来稿1600多篇，作者中有村干部，有返乡青年，也有在外打拼的游子。',
      '感谢每一位作者和读者。“乡村新貌”征文到此结束，我们将择优结集出版。',
      '——编  者',
    ],
  },
  {
    kicker: '家门口找到好工作',
    headline: '南岭镇举办春季招聘会',
    paragraphs: [
      '本报记者  姜宁',
      '南岭镇日前举办春季招聘会，48家企业提供岗位1300多个，现场达成就业意向410人。',
    ],
  },
];

/** One- and two-word subheads inside one article. */
const SHORT_SUBHEADS: Printed[] = [
  {
    headline: '为中小学生书包“瘦身”',
    subheadline: '——青禾县治理课后作业调查',
    paragraphs: [
      '本报记者  钱小岚',
      '青禾县今年起在全县中小学推行作业公示制度，一学期下来，学生书面作业时间平均减少了四分之一。',
      '负担',
      '“每天晚上写作业写到十点多。”五年级学生家长鲁红说，以前孩子的周末也被各种练习册占满。',
      '症结',
      '县教育局局长田立新认为，作业多的根子在于评价方式单一，一些学校把分数当成唯一的标准。',
      '破题',
      '今年，县里把作业总量纳入学校考核，各校每周在校门口公示各班作业，家长可以随时反映。',
    ],
  },
  {
    headline: '湖边新开一家书店',
    paragraphs: [
      '本报记者  钱小岚',
      '白沙湖边的一家书店日前开业，书店藏书两万册，每天开放到晚上十点。',
    ],
  },
];

/** A long feature whose sections open with a place-name kicker, a title and a byline of their own. */
const PLACE_SECTIONS: Printed[] = [
  {
    headline: '新春走基层  乡亲们的新年新气象',
    paragraphs: [
      '青禾县白沙村——',
      '“大棚里种出了好日子”',
      '本报记者  林晓岚',
      '正月初八，白沙村的草莓大棚里暖意融融，村民刘满仓一边摘草莓，一边招呼来采摘的游客。',
      '去年，村里新建了30个大棚，刘满仓家包了两个，一年收入十多万元。',
      '河西县东关社区——',
      '“家门口就能看上病”',
      '本报记者  周文',
      '东关社区卫生服务站里，医生正在给居民量血压。站里今年新添了心电图机，居民不出社区就能做检查。',
      '“以前看病要跑到县城，现在走几步路就到了。”72岁的居民曹大娘说。',
      '南岭镇汽车站——',
      '“返程的车票不用愁”',
      '本报记者  姜宁',
      '节后返程客流高峰到来，南岭镇汽车站增开了去省城的班车，售票窗口前秩序井然。',
    ],
  },
  {
    headline: '北川县春灌工作全面展开',
    paragraphs: [
      '本报记者  罗一鸣',
      '随着气温回升，北川县30万亩冬小麦陆续进入春灌期，全县开放机井2000多眼。',
    ],
  },
];

/**
 * Bylines whose two-character names are spaced to the width of three (本报记者  罗  进), under
 * a kicker ending in —— and its headline, and under the section titles of a feature whose
 * sections each carry a byline (某单位某某： / “……，……” / 本报记者  某  某).
 */
const SPACED_BYLINES: Printed[] = [
  {
    headline: '白沙湖湿地迎来越冬候鸟',
    paragraphs: ['本报青禾3月4日电  （记者周文）记者从青禾县林业局获悉，今冬白沙湖湿地监测到越冬候鸟2.1万只，比去年多三成。', '湿地管护站站长何秋生介绍，管护站今年新增了12名巡护员。'],
  },
  {
    kicker: '青禾县白沙村——',
    headline: '“大棚里种出了好日子”',
    paragraphs: ['本报记者  罗  进', '正月初八，白沙村的草莓大棚里暖意融融，村民刘满仓一边摘草莓，一边招呼来采摘的游客。', '去年，村里新建了30个大棚，一年收入十多万元。'],
  },
  {
    headline: '北川县春灌工作全面展开',
    paragraphs: ['本报记者  林晓岚  姜  宁', '随着气温回升，北川县30万亩冬小麦陆续进入春灌期，全县开放机井2000多眼。'],
  },
];

/** A feature whose sections each carry a title (某单位某某： / “……，……”) and a byline with a spaced name. */
const SECTION_BYLINES: Printed[] = [
  {
    headline: '护林员的新年',
    paragraphs: [
      '青禾县林场护林员郑大河：',
      '“山上没火情，年就过好了”',
      '本报记者  林晓岚  姜  宁',
      '大年初一清早，郑大河背上水壶，沿着防火道往山顶走，一走就是二十里。',
      '河西县湿地管护员曹秀英：',
      '“鸟多了，游客也多了”',
      '本报记者  何  平',
      '曹秀英守着的这片湿地，今年来了两千多只天鹅，她每天记下鸟群的数目。',
    ],
  },
];

/** A series of short profiles: a name line ending in ：, then a headline carrying the series' column tag. */
const PROFILES: Printed[] = [
  {
    kicker: '王平：',
    headline: '把青春写在田野上（身边的榜样）',
    column: '身边的榜样',
    paragraphs: [
      '大学毕业后，王平回到家乡青禾县，办起了蔬菜合作社，带着120户乡亲种上了有机蔬菜。',
      '如今，合作社的蔬菜卖到了省城的超市，社员人均增收5000多元。',
    ],
  },
  {
    kicker: '李秀英：',
    headline: '一针一线绣出好日子（身边的榜样）',
    column: '身边的榜样',
    paragraphs: [
      '在南岭镇，提起绣娘李秀英，几乎无人不知。她办的刺绣工坊，让300多名留守妇女在家门口就了业。',
      '“绣花不耽误照顾老人孩子，一个月还能挣两千多元。”工坊里的绣娘们说。',
    ],
  },
  {
    kicker: '赵大川：',
    headline: '守护一方平安三十年（身边的榜样）',
    column: '身边的榜样',
    paragraphs: [
      '赵大川是河西县东关派出所的一名社区民警，三十年来，他走遍了辖区的每一条街巷。',
      '居民们说，有事找老赵，心里就踏实。',
    ],
  },
];

/** A headline closing with a column tag in brackets: the tag is the column; the headline keeps it as printed. */
const COLUMN_TAG: Printed[] = [
  {
    headline: '让每一份善意都被看见（人民时评）',
    column: '人民时评',
    paragraphs: [
      '一位外卖骑手在雨中帮老人推车的视频，日前在网上引发热议。这样的小事，每天都在我们身边发生。',
      '善意需要被看见，更需要被守护。让好人有好报，社会才会有更多的温暖。',
      '（作者为青禾日报评论员）',
    ],
  },
  {
    headline: '小村庄里的大舞台（乡村新风·走近文化礼堂）',
    column: '乡村新风·走近文化礼堂',
    paragraphs: [
      '本报记者  孙一凡',
      '每到周末，石岭村的文化礼堂里总是坐满了人，村民自编自演的小品、快板轮番上演。',
    ],
  },
];

/** The sentence both articles open with: the same words, two different reports. */
const SAME_OPENING = '春节假期，全省各地文化活动丰富多彩，群众在欢乐祥和的气氛中度过了新春佳节。';
const SAME_OPENINGS: Printed[] = [
  {
    headline: '青禾县庙会游人如织',
    paragraphs: [
      `${SAME_OPENING}在青禾县，一年一度的庙会吸引了8万多名游客，舞龙、高跷、秧歌轮番登场。`,
      '庙会上的小吃街前排起了长队，油糕、莜面最受游客欢迎。',
    ],
  },
  {
    headline: '河西县图书馆新春不打烊',
    paragraphs: [
      `${SAME_OPENING}在河西县，县图书馆春节期间照常开放，每天接待读者上千人次。`,
      '图书馆还举办了猜灯谜、写春联等活动，不少家长带着孩子前来。',
    ],
  },
];

/** An article continued on 第三版, the next article on 第一版, and what 第三版 and 第五版 print. */
const ROAD: Printed = {
  kicker: '青禾县把产业路修到村民家门口——',
  headline: '一条小路通向致富门',
  paragraphs: [
    '本报记者  林晓岚',
    '春耕时节，青禾县白沙村新修的产业路上，运送秧苗的货车来来往往。',
    '村党支部书记郑大河说，路修通以后，村里的草莓从地头到县城只要半个小时。（下转第三版）',
  ],
};
const BIRDS: Printed = {
  headline: '白沙湖湿地迎来越冬候鸟',
  paragraphs: ['本报讯（记者 周文）今冬白沙湖湿地监测到越冬候鸟2.1万只，比去年多三成。', '管护站今年新增了12名巡护员。'],
};
const ROAD_ON_3: Printed = { paragraphs: ['（上接第一版）去年全村的草莓收入超过300万元，村民们盖起了新房。', '郑大河说，今年村里还要再修两条路，把路修到每一个大棚旁边。'] };
const BIRDS_ON_3: Printed = { paragraphs: ['（上接第一版）巡护员每天两次巡湖，记录候鸟的种类和数量。'] };
const JOBS: Printed = { headline: '南岭镇举办春季招聘会', paragraphs: ['本报记者  姜宁', '南岭镇日前举办春季招聘会，48家企业提供岗位1300多个。'] };
const FARMS: Printed = { headline: '北川县春灌全面展开', paragraphs: ['本报记者  罗一鸣', '北川县30万亩冬小麦陆续进入春灌期，全县开放机井2000多眼。'] };

/** Pages 1, 3, 5 … of one issue printed in one layout and ingested together, read back as entries and as the site's archive. */
function ingestIssue(layout: Layout, ...pages: Printed[][]) {
  const result = ingest(...pages.map((articles, i) => ({ text: print(layout, articles), page: 2 * i + 1 })));
  const archive = buildArchive({
    issues: result.entries.issues,
    sections: result.entries.sections,
    articles: result.entries.articles.map(({ data, body }) => ({ ...data, blocks: body })),
    photos: result.entries.photos,
  });
  return {
    archive,
    /** What the ingest's report asks a person to look at, for one page. */
    uncertain: (page: number) => result.pages.find((p) => p.page === page)?.uncertain ?? [],
    entries: (page: number) => entriesOf(result, page),
    articles: (page: number) => archive.articlesBySection.get(`2019-03-05-${String(page).padStart(2, '0')}`) ?? [],
  };
}

/** A kicker ending in —— over a headline and a subheadline with a comma but no dash: three lines, three parts. */
const DASH_KICKER_SENTENCE_SUBHEADLINE: Printed[] = [
  {
    kicker: '抓项目 扩投资——',
    headline: '青禾县二季度重大项目集中开工',
    subheadline: '共计二十六个项目，总投资一百一十八亿元',
    paragraphs: [
      '本报讯（记者 林晓岚）6月8日，青禾县二季度重大项目集中开工仪式在县经济开发区举行。',
      '此次集中开工的项目涵盖先进制造、现代物流、城市更新等领域，建成后预计年产值超过两百亿元。',
      '县发改局负责人介绍，今年以来全县项目建设提速，一季度固定资产投资同比增长百分之九。',
    ],
  },
  {
    headline: '白沙镇农贸市场改造完工',
    paragraphs: ['本报讯（记者 葛晴）近日，白沙镇农贸市场改造工程完工，二百多个摊位重新开张。'],
  },
];

/** A headline that is a sentence with a comma and closes with a column tag, under a kicker (with —— and without). */
const TAGGED_SENTENCE_HEADLINES: Printed[] = [
  {
    kicker: '青禾县人民医院呼吸科原主任葛明川——',
    headline: '“看病只能实事求是，不能怕担风险”（身边的榜样）',
    column: '身边的榜样',
    paragraphs: [
      '每周四下午，七十六岁的葛明川都在县人民医院呼吸科出门诊，常常忙到晚上七点多。',
      '“病人的信任是我最大的动力。”从医五十年，葛明川依然坚守在临床一线。',
      '去年冬天流感高发，他每天最早到医院，最晚一个离开，带着年轻医生查房会诊。',
    ],
  },
  {
    kicker: '白沙镇完成三千户农厕改造',
    headline: '告别旱厕所，养成新习惯（乡村治理在身边）',
    column: '乡村治理在身边',
    paragraphs: [
      '走进白沙镇东岭村，家家户户的卫生厕所干净整洁，房前屋后不见了旱厕。',
      '镇里按照“一户一策”的办法，为村民量身设计改厕方案，改造费用由县镇两级补贴。',
      '村民柯远山说：“以前最怕冬天上厕所，现在在屋里就能解决，方便多了。”',
    ],
  },
];

/** A kicker that introduces what someone said, with a name's middle dot in it (某某会见某某·某某时希望): a kicker, never a banner. */
const SPEECH_KICKER_WITH_DOT: Printed[] = [
  {
    kicker: '柯远山会见阿依古丽·买买提时希望',
    headline: '为青禾各族群众团结进步做出新贡献',
    paragraphs: [
      '本报讯（记者 林晓岚）3月4日，县委书记柯远山在县委会见了全国劳动模范阿依古丽·买买提。',
      '柯远山希望她继续发挥模范带头作用，带领乡亲们在乡村振兴中做出新贡献。',
      '阿依古丽·买买提表示，一定牢记嘱托，把合作社办得更好，让更多乡亲增收致富。',
    ],
  },
];

/** A 理论 article whose subheads are parallel clauses (某某，某某) printed flush where paragraphs are indented; then another article. */
const PARALLEL_CLAUSE_SUBHEADS: Printed[] = [
  {
    headline: '以县域经济高质量发展助推乡村振兴',
    paragraphs: [
      '葛明川',
      '县域是城乡融合发展的重要切入点。推动县域经济高质量发展，对全面推进乡村振兴具有重要意义。',
      '壮大特色产业，筑牢县域发展根基',
      '产业兴旺是县域发展的基础。要立足资源禀赋，因地制宜发展特色产业，延长产业链条，提高附加值。',
      '完善基础设施，促进城乡互联互通',
      '基础设施是县域发展的先行条件。要统筹推进交通、水利、能源等建设，补齐农村基础设施短板。',
      '深化改革创新，激发县域发展活力',
      '改革创新是县域发展的动力源泉。要深化农村土地制度改革，营造良好营商环境，吸引人才返乡创业。',
      '（作者单位：青禾县委党校）',
    ],
  },
  {
    headline: '让基层干部把更多精力用在抓落实上',
    paragraphs: [
      '本报特约评论员  林晓岚',
      '为基层减负，是激发基层干部干事创业热情的重要举措。近年来，各地精简文件会议，成效明显。',
      '但也要看到，一些地方形式主义问题仍有反弹，需要持续用力，久久为功。',
    ],
  },
];

/**
 * A 政法 page's case column: the case told in parts, each under a label in black-lenticular
 * brackets (【案情】 / 【处理】 / 【说法】, set o), between two dated reports.
 */
const BRACKETED_PARTS: Printed[] = [
  {
    headline: '我市开展夏季治安整治行动',
    paragraphs: ['本报讯（记者 柯  远）7月以来，市公安局开展夏季治安整治行动，已破获刑事案件一百三十余起。', '行动期间，全市在夜市等重点部位增设巡逻点位，提高见警率。'],
  },
  {
    column: '以案说法',
    headline: '网上“刷单返利”骗走两万元',
    paragraphs: [
      '本报记者 柯  远 通讯员 葛  晴',
      '【案情】',
      '今年5月，市民李某在手机上看到一则“刷单返利”广告，前几单的小额垫付很快返还，他陆续转账两万余元后，对方拒绝返款。',
      '【处理】',
      '接到报警后，区公安分局立即开展侦查，锁定了为诈骗团伙提供银行卡的嫌疑人梁某，案件正在进一步侦办中。',
      '【说法】',
      '办案民警提醒，凡是要求先垫付资金的“刷单”都是诈骗，出租、出借银行卡也属于违法行为。',
    ],
  },
  {
    headline: '县法院巡回审判进村',
    paragraphs: ['本报讯（通讯员 林  桂）近日，县人民法院在村委会开庭审理一起相邻权纠纷案件，六十余名村民旁听。'],
  },
];

/** Prints the page in a layout, the subheads of the first article flush where paragraphs are indented. */
function printFlushSubheads(layout: Layout, articles: Printed[], subheads: string[]): string {
  const page = print(layout, articles);
  return layout === 'indented' ? subheads.reduce((text, subhead) => text.replace(`${I}${subhead}\n`, `${subhead}\n`), page) : page;
}


/** A signed feature whose first subheads are quoted phrases with commas, its last a plain phrase, then a box named 某某档案 (set yw). */
const FEATURE_QUOTED_THEN_PLAIN: Printed[] = [
  {
    headline: '白天进车间　晚上进课堂',
    paragraphs: [
      '本报记者　阙　潼',
      '9月7日晚6时50分，青禾职教中心3号教学楼的灯陆续亮了，刚下班的年轻工人三三两两走进教室。',
      '“下了班，就想来学点东西”',
      '杭小军今年24岁，技校毕业后进厂当了车工。他说，夜校的课排在晚上，不耽误上班。',
      '“学历和技能，一样都不能少”',
      '职教中心副校长滕启明介绍，夜校采取学历教育和技能培训并行的办法。',
      '夜校要办到厂门口',
      '今年，职教中心还在青东工业园区设立了夜校教学点，工人下班走几步就能上课。',
    ],
  },
  { headline: '学员档案', paragraphs: ['本学期共有学员412名，其中一线工人占八成，平均年龄26岁。'] },
];

/** A signed feature whose two subheads share no shape (spaced halves, then a short phrase), then a column's brief (sets yg and yi). */
const FEATURE_UNLIKE_SUBHEADS: Printed[] = [
  {
    kicker: '赛场内外——',
    headline: '卖菜夫妻的篮球夏天',
    paragraphs: ['晚报记者　阚　洵　实习生　何小满', '7月21日晚，青禾街道球场边，37岁的桂秀英正在热身，她的丈夫在场边给她递水。', '白天卖菜　晚上练球', '桂秀英和丈夫在镇农贸市场摆了十多年菜摊，每天收摊后就骑车去村里的球场。', '“年轻时在村里就爱打球，结婚后忙着挣钱，球就放下了。”桂秀英说。', '输了也高兴', '这是桂秀英第一次参加全市比赛。首场比赛她们队输了八分，她却笑着说明年还来。'],
  },
  { kicker: '体坛短波', headline: '市青少年篮球夏令营开营', paragraphs: ['晚报讯（记者　阚　洵）7月20日，青禾市青少年篮球夏令营开营，200余名学员参加。'] },
];

/** A fares table whose routes are set with a dash, its note in brackets under its last row, then a report (set xv's 旅游 page). */
const FARES_TABLE_NOTE: Printed[] = [
  { headline: '主要离岛航线及票价', paragraphs: ['航线　航程　单程票价', '青港—鹭门岛　35分钟　58元', '青港—鲍澳岛　50分钟　72元', '青港—桅杆屿　1小时10分钟　96元', '鹭门岛—鲍澳岛　25分钟　40元', '（1.2米以下儿童免票，1.2米至1.5米儿童半价）'] },
  { headline: '桅杆屿灯塔开放参观', paragraphs: ['本报讯（通讯员　庞海燕）5月18日，建于上世纪初的桅杆屿灯塔首次向游客开放，每天限约200人。'] },
];

/** Two readers' questions answered under one banner, each under its own headline and opening with its question, then a report (set xt's 城事热线). */
const QUESTIONS_UNDER_BANNER: Printed[] = [
  { headline: '旧车过户要带哪些材料', paragraphs: ['问：我想把自己的车卖给朋友，办过户需要带哪些材料？（读者　沈先生）', '答：车管所工作人员介绍，买卖双方须携带身份证、机动车登记证书和行驶证，车辆须在检验有效期内。'] },
  { headline: '以旧换新补贴能否由他人代领', paragraphs: ['问：我父亲年纪大了，以旧换新补贴能让我代为申请吗？（读者　戚女士）', '答：市商务局工作人员介绍，可以委托他人代为申请，但须提供委托书，补贴资金只打入车主本人账户。'] },
  { headline: '城东汽车市场国庆前延时营业', paragraphs: ['晚报讯（记者　房　蕾）记者昨日从城东汽车市场获悉，国庆前市场每天延长营业两小时。'] },
];

/** A case's comment signed by its writer's bare name under the headline, the surname a rare one (庹, 昝, 蒯: set xi's 案例点评). */
const RARE_SURNAME_BYLINES: Printed[] = [
  { kicker: '案例点评', headline: '骗局换了包装　套路还是一个', paragraphs: ['庹文远', '梳理近年的诈骗案例可以发现，不论对方编出什么故事，最后都要落到一个字上——“转”。', '遇到要求转账的电话，先挂断，再向警方核实。'] },
  { headline: '网购退款要走官方渠道', paragraphs: ['昝　岚', '网购后，自称客服的人发来链接说要退款，这多半是骗局。', '退款只走购物平台的官方渠道，不点陌生链接。'] },
  { headline: '先给小甜头　再骗大本钱', paragraphs: ['蒯晓松', '先返几笔小钱，再骗大额本金，是刷单骗局的惯用手法。'] },
];

/**
 * A 副刊 page: a poem under a headline that says it heads poems (（外一首）) and its poet's bare
 * name, its second poem's title among the verses; then an essay under its genre's name and its
 * writer's bare name, closed by an author note; then a dated brief.
 */
const POEMS_UNDER_POEM_TITLE: Printed[] = [
  {
    headline: '梯田（外一首）',
    column: '诗歌',
    paragraphs: ['吴远山', '山把自己折叠起来', '一层一层', '交给春天的水', '老人弯腰插秧', '清明', '雨落在父亲的坟头', '也落在我的伞上'],
  },
  {
    headline: '外婆的酸汤',
    column: '散文',
    paragraphs: [
      '杨晓雯',
      '在青禾山的寨子里，几乎家家都有一个酸汤坛子。外婆的坛子放在灶台边，黑黝黝的，比我的年纪还大。',
      '小时候放学回家，远远就能闻到酸汤鱼的味道。外婆说，酸汤要用米汤慢慢发酵，急不得，就像过日子一样。',
      '如今外婆已经不在了，那个坛子被舅舅搬进了城里，我总会想起那个烟火缭绕的灶台。',
      '（作者系青禾县作家协会会员）',
    ],
  },
  {
    headline: '《青禾山行吟》出版',
    paragraphs: ['本报讯 由青禾人民出版社出版的散文集《青禾山行吟》近日面世，收录作家石明理近年创作的散文四十余篇。'],
  },
];

/** Prints the page with each piece's column name over its headline, as a 副刊 prints 诗歌 and 散文. */
function printGenreNames(layout: Layout, articles: Printed[]): string {
  let page = print(layout, articles);
  for (const a of articles) {
    if (!a.column) continue;
    const headline = layout === 'markdown' ? `# ${a.headline}` : a.headline!;
    page = page.replace(`${headline}\n`, layout === 'indented' ? `${a.column}\n${headline}\n` : `${a.column}\n\n${headline}\n`);
  }
  return page;
}

/**
 * A feature under a headline and subheadline, a dated report, then a feature under a column's
 * name standing apart, its headline and its reporter's byline.
 */
const FEATURE_AFTER_DATED_REPORT: Printed[] = [
  {
    headline: '风光氢储一体化项目加速建设',
    subheadline: '——青禾市新能源装机规模突破三千万千瓦',
    paragraphs: [
      '本报记者 苏日娜',
      '初夏时节，在青禾南部的光伏基地，一排排光伏板整齐排列，施工人员正在安装逆变器设备，项目建成后年发电量可达十亿千瓦时。',
      '记者从市能源局了解到，截至5月底，全市新能源装机规模突破三千万千瓦，占全市电力总装机的比重超过四成。',
    ],
  },
  {
    headline: '前5个月全市外贸进出口增长百分之十二',
    paragraphs: [
      '本报讯（记者 郝  蕾）记者从市海关获悉，今年前5个月，青禾市外贸进出口总值同比增长百分之十二，增速高于全省平均水平。',
      '从商品结构看，煤化工产品、羊绒制品和机电产品是主要出口商品，羊绒制品出口同比增长两成以上。',
    ],
  },
  {
    column: '企业风采',
    headline: '羊绒企业借“云展会”拓市场',
    paragraphs: [
      '本报记者 张  珂',
      '“通过线上展会，我们今年新接了欧洲和中东的订单，金额比去年同期多了三成。”青禾区一家羊绒企业负责人说。',
      '近年来，这家企业在产品设计上下功夫，推出轻薄型、运动风的羊绒服装，受到年轻消费者欢迎。',
      '企业还在直播平台开设了店铺，线上销售额已占到总销售额的四成。',
    ],
  },
];

/** A front page's lead: three plain lines, the last the longest — kicker, headline and subheadline, no column. */
const THREE_PLAIN_LINES: Printed[] = [
  {
    kicker: '加快建设现代化产业体系',
    headline: '青禾精品钢材项目建成投产',
    subheadline: '年产高端冷轧板材一百五十万吨',
    paragraphs: [
      '本报记者 罗  进',
      '6月21日，青禾精品钢材项目在青禾经济开发区建成投产，这是全市今年投产的最大工业项目。',
      '项目总投资八十六亿元，建成后年产高端冷轧板材一百五十万吨，产品主要供应汽车和家电企业。',
      '市发改委负责人介绍，项目将带动上下游配套企业二十余家落户，新增就业岗位三千多个。',
    ],
  },
];

/**
 * Photo stories of an evening paper, bylined 文/图 and the paper's own name before the role
 * (文/图 某某晚报记者 某某某 实习生 某某), as 晚报 and 都市报 print them (set v of other papers' pages).
 */
const PHOTO_STORY_BYLINES: Printed[] = [
  {
    kicker: '供热季里走社区',
    headline: '老楼暖气不热的难题解开了',
    subheadline: '——河西区试点楼栋水力平衡改造',
    paragraphs: [
      '文/图 青禾晚报记者 柯远山 实习生 甘小蕙',
      '进入供热季，河西区二十栋老楼的居民发现，家里的暖气比往年热了。',
      '供热公司负责人介绍，今年他们在这些楼栋试点水力平衡改造，每户的进水量重新调过。',
    ],
  },
  {
    headline: '公交站台装上暖心座椅',
    paragraphs: [
      '文/图 青禾都市报记者 罗  进',
      '近日，市区三十个公交站台装上了可加热的座椅，候车的市民坐下就能暖和起来。',
    ],
  },
];

/**
 * Boxes an evening paper prints inside a story: a marked 链接 box and readers' comments under
 * 网友说 (@网名：……), each the story's, never a column over the next story (set v of other papers' pages).
 */
const STORY_BOXES: Printed[] = [
  {
    headline: '老旧小区供热管网改造完工',
    paragraphs: [
      '本报讯（记者 柯  远）记者24日从市供热办获悉，今年全市二十三个老旧小区的供热管网改造已全部完工。',
      '改造后，这些小区居民家中的室温普遍提高了三到五摄氏度。',
      '■链接',
      '居民家中室温低于十八摄氏度的，可拨打供热服务热线反映，供热企业须在二十四小时内上门检测。',
      '网友说',
      '@河西的老周：今年家里终于暖和了，点赞。',
      '@爱跑步的小甘：希望明年轮到我们小区。',
    ],
  },
  {
    headline: '社区长者食堂开到家门口',
    paragraphs: [
      '本报讯（记者 罗  进）“两荤一素一碗汤，才十二块钱。”24日中午，河东社区长者食堂里坐满了就餐的老人。',
      '今年以来，全区已建成社区长者食堂十八家。',
    ],
  },
];

/**
 * Pieces signed by a desk of the paper (本报理论部) and by a station's expert with a spaced name
 * (县畜牧兽医站 某  某), as theory and farming pages print them (set w of other papers' pages).
 */
const DESK_AND_UNIT_BYLINES: Printed[] = [
  {
    headline: '什么是县域经济？',
    paragraphs: [
      '本报理论部',
      '县域经济是以县级行政区划为地理空间、以县级政权为调控主体、以市场为导向的区域经济。',
      '发展县域经济，关键在于立足资源禀赋，培育特色产业。',
    ],
  },
  {
    headline: '冬季养羊这样防寒保暖',
    paragraphs: [
      '县畜牧兽医站 柯  远',
      '进入冬季，气温持续走低，养殖户要做好羊舍防寒保暖工作。',
      '一是封堵羊舍门窗缝隙，二是勤换垫草，三是适当增加精饲料。',
    ],
  },
];

/**
 * A trade paper's 专题: its kicker and headline over an editor's note in full, then sections each
 * under a place-led title, one paragraph signed in brackets (set w of other papers' pages).
 */
const NOTED_FEATURE_SECTIONS: Printed[] = [
  {
    kicker: '聚焦冬春抗旱保供水',
    headline: '织密供水网 守护“生命线”',
    paragraphs: ['编者按：入冬以来，部分地区降水偏少，局地出现旱情。各地多措并举保障群众饮水安全。本版今日刊发几地做法，以飨读者。'],
  },
  {
    headline: '青禾：小水窖解决大难题',
    paragraphs: ['在青禾东部山区，缺水曾是群众最大的烦恼。今年以来，青禾新建小水窖三千余口，配套建设集雨面和管网，缓解了两万多名山区群众的季节性缺水问题。（通讯员 柯  远）'],
  },
  {
    headline: '白沙：骨干水源工程加快建设',
    paragraphs: ['白沙县加快推进骨干水源工程建设，今年新开工小型水库三座，建成后将新增供水能力八百万立方米，惠及沿线十二个乡镇。（通讯员 罗  进）'],
  },
  {
    headline: '柳塘：数字孪生助力精准调度',
    paragraphs: ['柳塘区在两处灌区试点建设数字孪生灌区，通过实时监测渠系水位和流量，实现按需配水，今年节水一百二十万立方米。（通讯员 甘  蕙）'],
  },
];

/** A chart under its title (图表：……) over its source and credit lines, after a report: a piece of its own (set x of other papers' pages). */
const CHART_PIECE: Printed[] = [
  {
    headline: '青禾高校科技成果转化提速',
    paragraphs: [
      '本报讯（记者 罗  进）今年以来，青禾大学与二十余家企业签订技术转让合同，合同金额同比增长四成。',
      '学校有关负责人说，成果转化成效已纳入教师考核。',
    ],
  },
  {
    headline: '图表：近五年青禾市研发经费投入强度',
    paragraphs: ['数据来源：青禾市统计局', '制图：甘  蕙'],
  },
];

/** Reports whose dateline stands alone on its line under the headline, as some trade papers set it (set x of other papers' pages). */
const DATELINE_ALONE: Printed[] = [
  {
    headline: '科研人员揭示水稻耐盐新机制',
    paragraphs: ['本报讯（记者 甘  棠）', '记者11月25日从青禾农业大学获悉，该校作物遗传改良团队发现一个调控水稻耐盐性的关键基因。'],
  },
  {
    headline: '青禾为快递员开设暖心驿站一百二十个',
    paragraphs: ['本报讯（记者 罗  进 通讯员 柯  远）', '记者近日从青禾市总工会获悉，全市已为快递员、外卖骑手开设暖心驿站一百二十个。'],
  },
];

/**
 * A weekly supplement's page: a feature, a box under its banner and title (线路推荐 / 冬游青禾三条线),
 * then book notes each under the book's title over its author line (新书速递 / 《某某》 / 作者：……), as
 * 文旅 and 读书 pages print them (set y of other papers' pages).
 */
const SUPPLEMENT_BOXES: Printed[] = [
  {
    headline: '青禾深处寻雪乡',
    subheadline: '——白沙冬季乡村游升温',
    paragraphs: [
      '本报记者 柯  远 通讯员 罗  进',
      '连日来，青禾县白沙镇一带山区迎来降雪，漫山遍野银装素裹，前来赏雪的游客络绎不绝。',
      '白沙镇今年投入资金改造了通往景区的道路，新建停车场两处。',
    ],
  },
  {
    column: '线路推荐',
    headline: '冬游青禾三条线',
    paragraphs: ['■线路一：青禾城区—白沙湖—二龙山', '适合一日游，湖光山色，冬日游人较少。', '■线路二：白沙镇—牛背梁—老街', '适合两日游，可以赏雪、泡温泉、逛老街。'],
  },
  {
    column: '新书速递',
    headline: '《淮上人家》',
    paragraphs: ['作者：罗远山　出版社：青禾文艺出版社', '长篇小说。以淮河岸边一个村庄七十年的变迁为线索，讲述三代人的命运。'],
  },
  {
    headline: '《给孩子的节气书》',
    paragraphs: ['作者：甘小禾　出版社：青苗少儿出版社', '少儿科普读物。用二十四个小故事讲解节气知识，配有手绘插图。'],
  },
];

/** A report, then a notice at the page's end signed off over two lines, its issuer then the date, under its contact lines (set y of other papers' pages). */
const NOTICE_SIGN_OFF: Printed[] = [
  {
    headline: '市图书馆周末开设亲子阅读课',
    paragraphs: ['本报讯（记者 罗  进）市图书馆即日起每周末开设亲子阅读课，每期招收二十组家庭。'],
  },
  {
    headline: '“城市记忆”老照片征集启事',
    paragraphs: [
      '为记录城市发展变迁，本报即日起面向社会征集反映青禾城市面貌的老照片。',
      '来稿请注明拍摄时间、地点和照片背后的故事。',
      '投稿邮箱：jiyi@qingherb.cn',
      '联系电话：0554-6661234',
      '青禾日报社',
      '2025年12月7日',
    ],
  },
];

/** An oral history under its kicker and headline, signed by who told it and who wrote it down (set y of other papers' pages). */
const ORAL_HISTORY: Printed[] = [
  {
    kicker: '老照片里的青禾',
    headline: '白沙矿区的老澡堂',
    paragraphs: [
      '口述 罗德福 整理 本报记者 柯  远',
      '我是1962年进的白沙矿，下井挖了三十年煤。那时候最盼的，就是下班后泡一泡矿上的大澡堂。',
      '澡堂就在井口边上，一个大池子能同时下去几十个人，水总是热乎乎的。',
    ],
  },
];

/** Two excerpts of a 观点摘编, each closed by its source on a line of its own (——摘自《……》). */
const EXCERPT_SOURCES: Printed[] = [
  {
    headline: '把学习成果转化为推动发展的实际成效',
    paragraphs: [
      '学习的目的全在于运用。要把学习成果转化为推动工作的具体思路和有效举措，在解决实际问题中检验学习成效。',
      '要坚持学以致用、用以促学，在干事创业中不断提高本领，切实把学习成果体现到推动高质量发展上来。',
      '——摘自《青禾学刊》文章《学思践悟的实践逻辑》',
    ],
  },
  {
    headline: '基层治理要善做减法',
    paragraphs: [
      '为基层减负，关键在于精简文件会议、规范督查检查，让基层干部把更多精力用在抓落实上。',
      '——摘自《青禾论坛》文章《基层治理的减法与加法》',
    ],
  },
];

/** A signed 理论 article whose subheads (not parallel) are printed flush among indented paragraphs, closed by its author note; then an excerpt. */
const FLUSH_SUBHEADS_NOTED: Printed[] = [
  {
    headline: '以数字赋能推动县域经济高质量发展',
    paragraphs: [
      '葛  晴',
      '县域是推动经济发展的基本单元。当前，数字技术加速融入经济社会发展各领域，为县域发展带来新机遇。',
      '夯实数字基础设施',
      '推动县域高质量发展，要加快补齐数字基础设施短板，推进千兆光网和移动网络向乡村延伸。',
      '推动产业数字化转型',
      '要立足县域特色产业，引导中小企业上云用数赋智，培育一批数字化车间和智能工厂。',
      '提升数字治理能力',
      '要推动政务数据共享和业务协同，提升基层干部运用数字技术解决实际问题的能力。',
      '（作者单位：青禾县委党校）',
    ],
  },
  {
    headline: '让基层减负落到实处',
    paragraphs: ['为基层减负，要从精简文件会议做起，让基层干部把更多精力用在抓落实上。', '——摘自《青禾论坛》文章《基层治理的减法与加法》'],
  },
];

/** A kind: the page printed with it, what the editor reads, and what else to check of the reading. */
/**
 * Subheads that share no words with their headline or each other, one with a line over it of
 * its own (a subhead's kicker): where headline blocks are printed tight and paragraphs apart,
 * a line standing alone between paragraphs is a subhead.
 */
const PLAIN_SUBHEADS: Printed[] = [
  {
    kicker: '三年改造一千二百户',
    headline: '老街坊住上了新楼房',
    paragraphs: [
      '去年以来，青禾县对城区二十多个老旧小区进行改造，惠及居民一千二百多户。',
      '楼道里的灯亮了',
      '住在城东小区的王秀兰老人今年七十五岁，过去每天晚上下楼都要摸黑。',
      '“现在一跺脚灯就亮，心里踏实多了。”王秀兰说。',
      '从前',
      '门口是一段土路',
      '小区门口原来是一段土路，一下雨就满是泥水。今年夏天，施工队铺上了柏油。',
      '居民们说，出门再也不用穿雨靴了。',
    ],
  },
  {
    kicker: '春播时节',
    headline: '北川县十万亩土豆下种',
    paragraphs: ['本报讯（记者 周文）连日来，北川县农民抢抓墒情，十万亩土豆陆续下种。', '县农业部门组织技术人员深入田间，指导农民科学施肥。'],
  },
];

/** A figure over its paragraph right under the headline block opens the body, a subhead of the article. */
const FIGURE_LABELS: Printed[] = [
  {
    headline: '城乡医院结对帮扶',
    subheadline: '——青禾县医疗帮扶工作综述',
    paragraphs: [
      '260家',
      '全县260家乡镇卫生院与县级医院结成帮扶对子，实现全覆盖。',
      '1.2万人次',
      '去年县级医院专家下乡坐诊1.2万人次，群众在家门口看上了专家门诊。',
      '县卫健委负责人表示，今年将把帮扶延伸到村卫生室。',
    ],
  },
  {
    kicker: '冬训正当时',
    headline: '青禾县三千名党员进党校',
    paragraphs: ['本报讯（记者 林晓岚）近日，青禾县党员冬训全面展开，三千名党员分批走进党校课堂。'],
  },
];

/** Photo news under a one-line headline: its caption opens with the day it shows, so it is not a subhead. */
const DATED_PHOTO_NEWS: Printed[] = [
  {
    kicker: '节后返岗',
    headline: '青禾县企业开足马力生产',
    paragraphs: ['本报讯（记者 周文）春节假期刚过，青禾县各工业园区的企业陆续复工，生产线开足马力。', '园区管委会介绍，全县规模以上企业复工率已达九成。'],
  },
  {
    headline: '春耕正忙',
    paragraphs: ['3月4日，青禾县白沙村村民在田间平整土地，准备春播。'],
  },
  {
    headline: '东京举办中国年画展',
    paragraphs: ['据新华社东京3月4日电  （记者华小义）中国传统年画展4日在东京开幕，展出作品一百余幅。'],
  },
];

/** A subheadline that is a sentence (no ——), printed under its headline. */
const SENTENCE_SUBHEADLINE: Printed[] = [
  {
    headline: '假日消费热度不减',
    subheadline: '国庆假期，全市零售和餐饮企业销售额达十二亿元，接待游客三百万人次',
    paragraphs: ['本报讯（记者 周文）国庆假期，青禾市各大商圈人气旺盛，夜市、老街等消费场景受到市民和游客欢迎。', '市商务局负责人介绍，今年假期消费呈现出品质化、多样化的特点。'],
  },
  {
    headline: '北川县秋收进度过半',
    paragraphs: ['本报讯（记者 林晓岚）眼下，北川县四十万亩玉米进入收获期，全县投入收割机一千二百多台。'],
  },
];

/**
 * A one-line headline over an article that opens like any paragraph (no dateline, no day), right
 * after a report: nothing in the stretch of body it stands in looks like it, so it is no subhead.
 */
const LONE_HEADLINE: Printed[] = [
  {
    kicker: '青禾县召开春耕生产调度会',
    headline: '抓早抓实今年粮食生产',
    paragraphs: [
      '本报青禾3月4日电  （记者林晓岚）青禾县4日召开春耕生产调度会，部署全年粮食生产工作。',
      '会议要求，各乡镇要抓紧检修农机、调运化肥，确保春播面积稳定在三十万亩以上。',
      '县农业农村局局长葛明川说，全县已组织两百名技术员下村，帮助农户选种育秧。',
    ],
  },
  {
    headline: '让书香留在小城的街巷里',
    paragraphs: [
      '一座城的气质，藏在它的书店里。走进白沙街的旧书铺，木架上的书从地面一直码到屋顶。',
      '读书不必在远方。社区的阅览室、公园的图书角，都是可以安放一本书的地方。',
      '愿更多人在忙碌之余，找回捧读一本书的从容。',
    ],
  },
];

/** A picture page: an essay, then the titles of the pictures printed under it, each with its medium in brackets and no text. */
const PICTURE_TITLES: Printed[] = [
  {
    headline: '一支笔写尽山河（艺海拾贝）',
    column: '艺海拾贝',
    paragraphs: [
      '画家柯远山七十岁那年，背着画夹走遍了青禾江两岸的村落。',
      '他说，山水画不是画山水，是画人对山水的情意。',
    ],
  },
  // The medium in brackets names what the work is, not a column: the headline keeps it as printed.
  { headline: '晨雾松岭（中国画）', paragraphs: [] },
  { headline: '渔歌（版画）', paragraphs: [] },
  { headline: '新春（剪纸）', paragraphs: [] },
];

/** A picture's title with no text (its medium in brackets), then an essay's headline under it: two pieces. */
const PICTURE_TITLE_OVER_ESSAY: Printed[] = [
  {
    headline: '山那边的白杨树',
    paragraphs: ['□ 程  远', '小时候，村口有一排白杨树，风一吹，叶子哗哗作响。', '如今回到村里，那排树还在，只是更高了。'],
  },
  { headline: '秋山晓色（中国画）', paragraphs: [] },
  {
    headline: '外婆的米汤',
    paragraphs: ['□ 龙晓岚', '外婆家的灶房里，常年放着一口小缸，缸里是发酸的米汤。', '那一碗酸汤，是我记忆里最暖的味道。'],
  },
];

/** A cartoon's short title with no text, printed right over a report's sentence-like kicker and its headline: two pieces. */
const CARTOON_OVER_SENTENCE_KICKER: Printed[] = [
  {
    headline: '河边公园添了健身步道',
    paragraphs: ['本报讯 青禾河边公园新修的健身步道日前完工，全长三公里。', '步道两旁种上了银杏和紫薇，晚上有路灯照明。'],
  },
  { headline: '新春画谜', paragraphs: [] },
  {
    kicker: '买一张8元的电影票须先办200元会员卡，市民诉影城',
    headline: '“捆绑”办卡 被判无效',
    paragraphs: ['本报讯 （记者柯远）买一张8元的电影票，却要先办一张200元的会员卡，市民周某将影城告上法庭。', '法院审理认为，影城的做法侵害了消费者的选择权，判决相关条款无效。'],
  },
];

/** A forum's report whose sections are headed by a label over two spaced halves, one label (青年论坛) reading as a column's name. */
const PAIRED_SUBHEADS: Printed[] = [
  {
    kicker: '2025青禾创新大会探讨科技与产业融合',
    headline: '让创新成果走进千家万户',
    paragraphs: [
      '本报讯 2025青禾创新大会10月16日在青禾市开幕，来自二十多个国家的嘉宾参加。',
      '开幕式\u00a0主旨演讲',
      '开放合作\u00a0共享机遇',
      '开幕式上，多位嘉宾围绕科技合作发表演讲，呼吁各方加强交流、共享创新成果。',
      '“创新需要开放的环境。”一位来自欧洲的科学家说。',
      '青年论坛',
      '思想碰撞\u00a0未来可期',
      '大会期间，二百多名青年创业者齐聚一堂，讨论人工智能与新材料的应用前景。',
      '“我们希望把实验室里的成果尽快变成产品。”一位创业者说。',
      '投资对接',
      '精准发力\u00a0破解难题',
      '大会推出了十项应用场景项目，为中小科技企业对接投资机构搭建平台。',
    ],
  },
  {
    headline: '青禾河治理取得新进展',
    paragraphs: ['本报讯 记者从市水务局获悉，青禾河中段治理工程日前完工，河道水质明显改善。'],
  },
];

/** An investigation, then a reporter's note under its label and a headline with a comma, signed in brackets. */
const NOTE_UNDER_LABEL: Printed[] = [
  {
    kicker: '深度调查',
    headline: '老楼加装电梯，卡在哪里',
    subheadline: '——青禾市老旧小区加装电梯情况调查',
    paragraphs: [
      '本报记者 柯  远',
      '在青禾市白沙区一个建于上世纪90年代的小区，78岁的周大娘每天要爬五层楼。',
      '“同意书”签不齐',
      '加装电梯，首先要过业主意见这一关，低层住户的顾虑最多。',
      '“钱”的账怎么算',
      '一部电梯的加装费用在50万元左右，按楼层分摊，高层住户出得多。',
      '傍晚时分，单元门口又聚了几位老邻居，聊的还是电梯的事。',
    ],
  },
  {
    kicker: '记者手记',
    headline: '好事办好，需要多一些耐心',
    paragraphs: ['电梯装不装，看似是一个单元十几户人家的事，考验的却是基层治理的耐心。', '好事要办好，急不得，也等不得。', '（柯远）'],
  },
];

/** A travel feature whose subheads are spaced halves, the middle one a character longer in its second half. */
const NEAR_HALVES_SUBHEADS: Printed[] = [
  {
    kicker: '青禾是个好地方',
    headline: '五月，赴一场白沙河谷的花事',
    subheadline: '——白沙河谷春夏之交旅游线路体验记',
    paragraphs: [
      '青禾日报记者 柯  远',
      '五月中旬，我们从青禾市出发，沿白沙河谷一路向东。',
      '湖水蓝了 野花开了',
      '白沙湖的冰在五月初才完全消融，湖边的野花开成了一片。',
      '草原绿了 牧人回来了',
      '从白沙镇往东，草原上的毡房一座座搭了起来，牧民赶着羊群回到夏牧场。',
      '老街旧了 烟火旺了',
      '白沙老街保留着传统风貌，游客可以坐上马车，穿行在街巷里。',
    ],
  },
  {
    headline: '青禾推出20条夏季自驾线路',
    paragraphs: ['本报讯 青禾市文旅局日前推出20条夏季自驾线路，串联起全市的主要景区。'],
  },
];

/** Short news items under bylines, then a box of readers' calls under its name: the second item's headline is no subhead of the first. */
const BRIEFS_BEFORE_BOX: Printed[] = [
  {
    kicker: '暑期出游要当心',
    headline: '暑期戏水 这些地方别去',
    paragraphs: ['青禾晚报记者 葛  晴', '暑假以来，学生外出戏水增多，市应急管理局发布提醒。', '水库、河道、池塘等水域情况复杂，不要私自下水。'],
  },
  {
    headline: '女童被锁车内 民警破窗救出',
    paragraphs: ['青禾晚报记者 柯  远 通讯员 葛  晴', '7月17日中午，白沙区一停车场内，一名3岁女童被锁在车内，民警赶到后破窗将她救出。', '经了解，孩子的母亲下车取物时，钥匙留在了车内。'],
  },
  {
    headline: '外卖小哥借来灭火器扑灭电动车起火',
    paragraphs: ['7月16日晚，青禾区一小区门口，一辆停放的电动自行车突然冒烟起火，路过的外卖小哥借来灭火器将火扑灭。'],
  },
  {
    headline: '热线速递',
    paragraphs: ['【白沙区】市民黄先生来电：小区附近一处路灯已经坏了一周。', '【青禾区】读者唐女士来电：家门口人行道上有一处井盖松动。'],
  },
];

/** Sections headed by a place and its name on two lines printed apart, over text that opens with the day. */
const SECTION_PAIRS: Printed[] = [
  {
    kicker: '节日里，他们坚守在岗位上',
    headline: '边关的灯火亮到天明',
    paragraphs: [
      '万家团圆的日子里，总有人守在祖国的边关，守护着一方安宁。',
      '北',
      '雪松哨所',
      '3月1日清晨，雪松哨所的气温降到零下三十摄氏度，哨兵韩北川踏着积雪出发巡逻。',
      '“这条路我走了六年，闭着眼睛都知道哪里有坑。”韩北川说。',
      '南',
      '珊瑚岛',
      '3月2日，珊瑚岛上的守岛官兵在礁盘上升起国旗，海风把旗帜吹得猎猎作响。',
      '岛上没有淡水，官兵们用收集的雨水浇灌自己种的蔬菜。',
    ],
  },
];

/** Summary points (■…) or a one-line summary printed over a dispatch: the dispatch is the same article. */
const LEAD_OVER_DISPATCH: Printed[] = [
  {
    kicker: '青禾县出台意见优化营商环境',
    headline: '企业办事最多跑一次',
    paragraphs: [
      '■企业开办时间压缩到一个工作日以内，对守信企业开通办事“绿色通道”',
      '■今年底前，涉企事项全部实现网上办理；办事材料能共享的一律不再提交',
      '本报青禾3月4日电  （记者林晓岚）青禾县日前出台《关于进一步优化营商环境的意见》，提出二十条具体措施。',
      '《意见》要求，各部门要公开办事清单，不得要求企业重复提交材料。',
    ],
  },
  {
    headline: '河西县新建十座乡村图书馆',
    paragraphs: [
      '河西县今年将在十个行政村建成图书馆，每座藏书不少于五千册',
      '本报河西3月4日电  （记者周文）记者从河西县文化和旅游局获悉，县里今年将投入八百万元建设乡村图书馆。',
      '图书馆建成后由村委会管理，每周开放不少于五天。',
    ],
  },
];

/**
 * Two headline lines without —— that read as headline + subheadline: the second goes on with the
 * first's subject (累计…), or the first reports an event as done (…举行).
 */
const HEADLINE_OVER_SUBHEADLINE: Printed[] = [
  {
    headline: '河西县新修农村公路一千公里',
    subheadline: '累计惠及沿线群众三十万人',
    paragraphs: [
      '本报河西3月4日电  （记者周文）记者从河西县交通运输局获悉，过去五年全县新修农村公路一千公里。',
      '新修的公路连通了全县所有行政村，村民进城的时间平均缩短了一半。',
    ],
  },
  {
    headline: '青禾县第五届农民运动会举行',
    subheadline: '来自十八个乡镇的选手同场竞技',
    paragraphs: [
      '本报青禾3月4日电  （记者林晓岚）青禾县第五届农民运动会4日在县体育场开幕，八百多名农民选手参赛。',
      '运动会设拔河、挑担、插秧等十二个项目，比赛将持续三天。',
    ],
  },
  {
    // The second line gives the detail: a figure passed (超过200毫米), a first time, what a place holds.
    headline: '南方多地迎来持续降雨',
    subheadline: '部分地区累计降水超过200毫米',
    paragraphs: ['本报讯 据省气象台消息，本周南方多地出现持续降雨，部分地区累计降水超过200毫米。', '气象部门提醒，沿河低洼地区要做好防汛准备。'],
  },
  {
    headline: '西区长者服务中心下月启用',
    subheadline: '设日间照料室及康复室 可容纳一百人',
    paragraphs: ['本报讯 西区长者服务中心已完成验收，预计下月中旬投入使用，可为区内老人提供日间照料服务。'],
  },
];

/**
 * Headline + subheadline where the second line gives the figure of an outcome, or where the two
 * lines are parallel reports closing alike; then a plain kicker + headline, which stays so.
 */
const OUTCOME_SUBHEADLINE: Printed[] = [
  {
    headline: '青禾江引水工程累计调水十亿立方米',
    subheadline: '沿线800多万人受益',
    paragraphs: [
      '本报青禾3月4日电  （记者林晓岚）记者从青禾江引水工程管理局获悉，工程通水五年来累计调水十亿立方米。',
      '调来的水主要用于沿线城市的生活用水，水质常年保持在二类以上。',
    ],
  },
  {
    headline: '河西县发布科技人才引进办法',
    subheadline: '单个团队支持经费可达300万元',
    paragraphs: [
      '本报河西3月4日电  （记者周文）河西县日前发布科技人才引进办法，对引进的高层次人才团队给予资金支持。',
      '办法还明确，人才子女入学、家属就业由县里统筹安排。',
    ],
  },
  {
    // A figure increased (比去年增加35公斤) gives the outcome too.
    headline: '白沙县完成秋季水稻测产',
    subheadline: '平均亩产620公斤 比去年增加35公斤',
    paragraphs: ['本报白沙9月14日电  （记者柯远）白沙县日前完成秋季水稻测产，全县平均亩产620公斤。'],
  },
  {
    // A court's verdict on the accused gives the outcome too.
    headline: '白沙县法院公开宣判一起非法采矿案',
    subheadline: '5名被告人分别获刑',
    paragraphs: ['本报讯 白沙县人民法院日前公开宣判一起非法采矿案，5名被告人分别被判处有期徒刑。'],
  },
  {
    // What a press conference gave (介绍…) goes on with the subject of the line above.
    headline: '青禾市交通运输局召开新闻发布会',
    subheadline: '介绍2025年“我为群众办实事”实践活动安排',
    paragraphs: ['本报讯 青禾市交通运输局日前召开新闻发布会，介绍今年为群众办实事的十项安排。'],
  },
  {
    headline: '柯远山同南洲国总统互致贺电',
    subheadline: '葛明川同南洲国总理互致贺电',
    paragraphs: [
      '新华社北京3月4日电  3月4日，柯远山同南洲国总统互致贺电，庆祝两国建交三十周年。',
      '同日，葛明川同南洲国总理互致贺电。',
    ],
  },
  {
    kicker: '白沙镇多措并举稳就业',
    headline: '三千村民家门口上岗',
    paragraphs: [
      '本报白沙3月4日电  （记者葛晴）白沙镇今年引进五家加工企业，让三千名村民在家门口找到了工作。',
      '镇里还开办了技能培训班，帮助村民学会操作新设备。',
    ],
  },
];

/** The page's own notices at the end of articles: a column's mailbox (the address on a line of its own), a video column's pointer, an ad mark, who planned the series. */
const PAGE_NOTICES: Printed[] = [
  {
    headline: '把小事办到群众心坎上（基层手记）',
    column: '基层手记',
    paragraphs: [
      '白沙镇的便民服务站不大，却办成了不少群众挂心的事。',
      '（作者为本报记者）',
      '栏目投稿邮箱：',
      'jicengshouji@example.cn',
    ],
  },
  {
    headline: '老街里的新书店',
    paragraphs: [
      '青禾县老街上新开了一家书店，店主葛晴说，开店是为了让街坊有个读书的地方。',
      '看青禾映像\u3000\u3000品小城生活',
    ],
  },
  {
    headline: '春到河西 花开正好',
    paragraphs: ['河西县的桃花节将于下月开幕，欢迎各地游客前来赏花。', '·广告·'],
  },
  {
    headline: '减负之后干劲更足',
    paragraphs: ['河西县清理了一批重复填报的表格，村干部有更多时间走村入户。', '本期统筹：林晓岚'],
  },
  {
    headline: '一条路连起三个村',
    paragraphs: ['本报河西3月4日电  （记者周文）河西县新修的一条村道4日通车，连起了三个村子。'],
  },
];

/**
 * A report with subheads of one length (eight to ten characters), then the one-line headline
 * of a short piece, far shorter than any of them: it heads its own article.
 */
const HEADLINE_AFTER_SUBHEADS: Printed[] = [
  {
    kicker: '青禾农商银行',
    headline: '金融活水润泽乡村',
    paragraphs: [
      '青禾农商银行把支持乡村产业作为主业，五年来发放涉农贷款两百亿元。',
      '信贷支持让合作社壮大起来',
      '白沙镇的茶叶合作社去年拿到一笔低息贷款，新建了两条加工线。',
      '合作社理事长葛明川说，有了贷款，社员的鲜叶不愁卖了。',
      '驻村帮扶让村里变了模样',
      '银行派出的驻村干部帮助河湾村修了路、建了冷库。',
      '助学行动点亮孩子的梦',
      '十年来，青禾农商银行资助了两千多名家境困难的学生完成学业。',
    ],
  },
  {
    headline: '春茶飘香',
    paragraphs: ['近年来，青禾县不断擦亮茶叶品牌，春茶上市以来销路一直很好。', '图为茶农在白沙镇茶园采茶。', '柯远山摄'],
  },
];

/** A report with the reporter's note printed under it, titled and tagged （记者手记）; then another article. */
const TAGGED_REPORTERS_NOTE: Printed[] = [
  {
    kicker: '县人大代表葛晴——',
    headline: '把群众的话带到会上（代表履职故事）',
    column: '代表履职故事',
    paragraphs: [
      '一年里，葛晴走访了青禾县的四十多个村子，记下了厚厚三本笔记。',
      '她说，代表的建议要从田间地头来，才能说到群众心里去。',
      '笔记本里的民情（记者手记）',
      '跟着葛晴走村，记者发现她的笔记本上写满了村民的名字和电话。',
    ],
  },
  {
    headline: '河西县春耕备耕有序展开',
    paragraphs: ['本报河西3月4日电  （记者林晓岚）连日来，河西县组织农技人员下乡，指导农民春耕备耕。'],
  },
];

/** A notice (公告) signed by its issuer and the date on one line; then another article. */
const SIGNED_NOTICE: Printed[] = [
  {
    headline: '青禾县第二届乡村创业大赛公告',
    paragraphs: [
      '为鼓励青年返乡创业，青禾县决定举办第二届乡村创业大赛，现将有关事项公告如下。',
      '报名时间为3月1日至3月31日，详情请登录县人社局网站查询。',
      '青禾县乡村创业大赛组委会\u3000\u30002026年2月26日',
    ],
  },
  {
    headline: '白沙镇新建三座便民桥',
    paragraphs: ['本报白沙3月4日电  （记者葛晴）白沙镇新建的三座便民桥近日全部完工，方便了两岸群众出行。'],
  },
];

/** An interview closed by its 采访整理 note, then the biography of the person interviewed; then another article. */
const BIOGRAPHY_AFTER_NOTE: Printed[] = [
  {
    headline: '好的翻译要让两种语言都出彩（名家谈艺）',
    column: '名家谈艺',
    paragraphs: [
      '我做了一辈子翻译，最看重的是译文读起来像不像原作者用另一种语言写的。',
      '年轻的译者要多读原著，也要多读本国的好文章。',
      '（林晓岚、周文采访整理）',
      '柯远山，1931年生于青禾县，大学教授，翻译家。译有诗集、小说二十余部。',
    ],
  },
  {
    headline: '乡村书屋里的读书声',
    paragraphs: ['本报白沙3月4日电  （记者葛晴）白沙镇的十二个乡村书屋，如今成了孩子们放学后最爱去的地方。'],
  },
];

/** A signed piece with a box of facts after its author note (a title, short lines, no sentence); then another article. */
const FACT_BOX: Printed[] = [
  {
    headline: '小城书店的三十年（书香青禾）',
    column: '书香青禾',
    paragraphs: [
      '青禾县第一家书店开在老街口，三十年来搬过三次家，门口的木招牌一直没换。',
      '如今书店里有了咖啡座和读书会，周末常常坐满了人。',
      '（作者为青禾县文化馆研究馆员）',
      '青禾书店的几个“第一”',
      '第一家书店：老街新华书店',
      '1994年3月，在老街口开门营业',
      '第一场读书会：',
      '2006年春天，二十多位读者参加',
      '第一家乡村分店',
      '2015年，开在白沙镇中心小学旁',
    ],
  },
  {
    headline: '白沙镇新建三座乡村书屋',
    paragraphs: ['本报白沙3月4日电  （记者葛晴）白沙镇今年新建的三座乡村书屋日前向村民开放。'],
  },
];

/** A signed piece with sayings under a label after its author note, each closed by its attribution; then another article. */
const SAYINGS_BOX: Printed[] = [
  {
    headline: '把好戏送到村口（青禾戏谈）',
    column: '青禾戏谈',
    paragraphs: [
      '这些年，青禾县剧团每年下乡演出两百多场，台下坐满了老老少少。',
      '好戏要在村口唱，也要唱到年轻人心里去。',
      '（作者为青禾县戏剧家协会主席）',
      '名家寄语',
      '戏是演给老百姓看的，老百姓喜欢，才是好戏。',
      '——青禾县剧团团长柯远山',
      '我最难忘的是在山村演出，乡亲们打着手电筒看完了整场戏。',
      '——青禾县剧团演员葛晴',
    ],
  },
  {
    headline: '青禾县剧团新排大戏首演',
    paragraphs: ['本报青禾3月4日电  （记者林晓岚）青禾县剧团新排的大戏《山村春早》日前首演。'],
  },
];

/** A signed piece closed by its author note; then readers' messages, each signed ——某地 读者 某某, under a headline of their own. */
const READERS_MESSAGES: Printed[] = [
  {
    headline: '陪伴比完美更要紧（青禾心语）',
    column: '青禾心语',
    paragraphs: [
      '□葛晴',
      '节前我问过几位年轻妈妈，她们都说自己不够好。',
      '其实孩子要的是一个愿意倾听的妈妈。',
      '（作者系青禾县心理服务站咨询师）',
    ],
  },
  {
    headline: '节日里，想对她说',
    paragraphs: [
      '妈妈，您总说不过节，今年我给您买了一条围巾。',
      '——白沙 读者 柯远山',
      '老师，二十年前您教我认字，我现在也当了老师。',
      '——河西 读者 林晓岚',
    ],
  },
];

/** A signed piece closed by its author note; then a vox pop box (声音): residents' sayings, each signed ——某地居民　某某. */
const RESIDENTS_SAYINGS: Printed[] = [
  {
    headline: '老街的路灯该换了（青禾来论）',
    column: '青禾来论',
    paragraphs: [
      '白沙老街的路灯装了十多年，一到雨天就忽明忽暗，夜里走路的老人只能打着手电。',
      '换灯花不了多少钱，却能让一条街的人走得安心。',
      '（作者为青禾县白沙镇社区工作者）',
    ],
  },
  {
    headline: '声音',
    paragraphs: [
      '“晚上接孩子放学，巷子里黑漆漆的，心里总不踏实。”',
      '——白沙镇东街居民　柯远山',
      '“灯亮了，来夜市摆摊的人也会多起来。”',
      '——白沙镇西街居民　林晓岚',
    ],
  },
];

/** A signed commentary closed by its author note; then the page's listing of the week's events, each row led by its day. */
const DAYS_LISTING_AFTER_AUTHOR_NOTE: Printed[] = [
  {
    headline: '基层文化报道要“沉下去”',
    paragraphs: ['□ 柯　澜', '写基层文化，不能只坐在办公室里看材料。多到村里住一住，和演员聊一聊，才能写出带着泥土味的好作品。', '（作者系青禾市群众艺术馆研究馆员）'],
  },
  {
    headline: '本周文化活动',
    paragraphs: ['●3月20日　青禾市图书馆“乡土记忆”老照片展开展', '●3月21日　白沙县“三月三”歌会在县文化广场举行', '●3月22日　市群众艺术馆举办基层文艺骨干培训班'],
  },
];

/** A signed commentary closed by its author note; then the page's list of the city's heritage items, titled 某某一览. */
const OVERVIEW_LIST_AFTER_AUTHOR_NOTE: Printed[] = [
  {
    headline: '老字号的“文化账”该怎么算',
    paragraphs: ['□ 柯　澜', '老字号不只是一块招牌，更是一座城市的记忆。算文化账，不能只看营业额。', '（作者系青禾市非物质文化遗产保护中心研究馆员）'],
  },
  {
    headline: '我市中医药类非物质文化遗产项目一览',
    paragraphs: ['●回春堂中药炮制技艺（省级，2007年）', '●槐荫街膏方制作技艺（市级，2008年）', '●青禾薛氏正骨疗法（市级，2008年）'],
  },
];

/** A signed commentary closed by its author note; then the page's guide of marked rows, each a label and what it offers. */
const MARKED_GUIDE_AFTER_AUTHOR_NOTE: Printed[] = [
  {
    headline: '老街的书店要“开得下去”',
    paragraphs: ['□ 柯　澜', '书院街的价值，不仅在于青砖灰瓦，更在于街上那些活着的书店。在房租、税费等方面为老店留出生存空间，书店才能开得下去。', '（作者系青禾市作家协会副主席）'],
  },
  {
    headline: '书院街寻书地图',
    paragraphs: ['●清音阁（书院街12号）：地方文献、古籍影印本', '●墨缘堂（书院街27号）：文史哲旧书、碑帖拓片', '●晓风书店（书院街58号）：新书、文学期刊'],
  },
];

/** A signed commentary closed by its author note; then the page's table of figures, its rows fields set apart by spaces. */
const FIGURES_TABLE_AFTER_AUTHOR_NOTE: Printed[] = [
  {
    headline: '剧团“活”了，地方戏才能活',
    paragraphs: ['□ 柯　澜', '一个剧种的生命力，归根到底在于有没有人唱、有没有人听。让民间剧团有戏可演，地方戏才有明天。', '（作者系青禾市艺术研究所研究员）'],
  },
  {
    headline: '全市民间剧团演出场次统计',
    paragraphs: ['剧团名称　演出场次　观众人次', '西关剧团　86　1.9万', '东关剧团　72　1.6万', '柳河剧社　55　1.1万'],
  },
];

/** A cartoon's title over its caption closed by the artist's name (某某 作), then a commentary known by its column tag. */
const TAGGED_AFTER_CARTOON: Printed[] = [
  {
    headline: '证书一大摞',
    paragraphs: ['不少学生热衷考证，专业课却学得稀松。 柯远山 作'],
  },
  {
    headline: '村官少开会多入户（青禾快评）',
    column: '青禾快评',
    paragraphs: ['一位村官算了一笔账：上个月他开了十七次会，下到农户家里不到一周。基层减负，不妨从少开会做起。'],
  },
];

/** A box of headless briefs under its name, each opening with its dateline; then a report of its own. */
const BRIEFS_BOX_DATELINES: Printed[] = [
  {
    headline: '校园短讯',
    paragraphs: [
      '本报讯 1月14日，白沙镇中心小学举行“冬日暖阳”义卖活动，所得善款全部捐给镇敬老院。',
      '本报讯 近日，河西县实验小学的学生代表走进社区，为独居老人送去亲手写的春联。',
      '本报讯 青禾县教育局近日发布寒假学生安全提示，提醒家长关注孩子用电用火安全。',
    ],
  },
  {
    headline: '青禾县新建三所乡村学校',
    paragraphs: ['本报青禾1月15日电  （记者林晓岚）青禾县今年新建的三所乡村学校日前通过验收。'],
  },
];

/** A roundup of excerpts, each opening with its label in 【】 and closed by its source on a line of its own; then a piece of its own. */
const EXCERPTS_ROUNDUP: Printed[] = [
  {
    headline: '观点摘编',
    paragraphs: [
      '【诚信是最好的招牌】老字号能历经百年而不衰，靠的不是广告，而是一代代人守住的口碑。',
      '——摘自《青禾商报》',
      '【投诉渠道要更畅通】消费者投诉电话打不通、网上投诉没人回，是维权中最让人窝火的事。',
      '——摘自《白沙晨刊》',
      '【农村市场不能成为死角】城里卖不掉的过期食品流向农村集市，监管要跟上。',
      '——摘自《河西周刊》',
    ],
  },
  {
    headline: '青禾县开展消费维权宣传周活动',
    paragraphs: ['本报讯（记者 林晓岚）青禾县消费者权益保护宣传周活动3月14日启动。'],
  },
];

/** An editor's note signed ——编  者 under the headline, then the report it introduces, in sections titled by place; then another article. */
const EDITORS_NOTE_HEADS: Printed[] = [
  {
    kicker: '由散到聚 由弱到强',
    headline: '这些合作社，为啥办红火了（乡村新事）',
    column: '乡村新事',
    paragraphs: [
      '合作社怎样才能办得好？本版今起刊发系列报道，看看几个地方的做法。',
      '——编  者',
      '青禾白沙',
      '青禾县白沙镇的茶叶合作社，五年前只有十几户社员，如今有三百多户。',
      '理事长葛明川说，合作社统一收购鲜叶，统一加工，社员的茶叶不愁卖了。',
      '河西柳岸',
      '河西县柳岸村的果蔬合作社，去年把冷库建到了村口。',
      '镇上还请来农技员，手把手教社员修剪果树。',
    ],
  },
  {
    headline: '河西县春耕备耕有序展开',
    paragraphs: ['本报河西3月4日电  （记者林晓岚）连日来，河西县组织农技人员下乡，指导农民春耕备耕。'],
  },
];

/** Photo news whose text leads: a headline, one paragraph, then the picture's caption (opening with its day) and credit; then a brief. */
const PHOTO_AFTER_LEAD: Printed[] = [
  {
    headline: '学做青团',
    paragraphs: ['“艾草要先焯水，再和糯米粉揉在一起……”一群小学生围在灶台边，听老师傅讲青团的做法。', '3日，白沙镇中心小学的孩子们在镇上老字号里动手体验。', '本报记者  葛  晴摄'],
  },
  {
    headline: '河西县春耕备耕有序展开',
    paragraphs: ['本报河西3月4日电  （记者林晓岚）连日来，河西县组织农技人员下乡，指导农民春耕备耕。'],
  },
];

/**
 * A report whose own picture prints its credit at the caption's end, then a picture of other news
 * with no headline (its caption opens with its day, its credit on a line of its own), then a report.
 */
const DATED_PHOTO_AFTER_ARTICLE: Printed[] = [
  {
    headline: '青禾县首届茶博会开幕',
    paragraphs: [
      '本报讯（记者 林晓岚）4月8日，青禾县首届茶博会在县会展中心开幕，六十余家茶企参展。',
      '4月8日，茶艺师在开幕式上表演。本报记者 葛  晴摄',
      '展会将持续至4月12日。',
    ],
  },
  {
    paragraphs: ['4月7日，游客在白沙湖畔骑行赏花。近日气温回升，湖畔油菜花竞相开放。', '本报记者  柯远山摄'],
  },
  {
    headline: '河西县启动春季义务植树',
    paragraphs: ['本报讯（通讯员 罗  进）河西县春季义务植树活动日前启动，全县设植树点二十处。'],
  },
];

/**
 * A dated report, then at the page's foot a picture of other news with no headline: its caption
 * shares with the report one word (老人) and pairs of a numeral (县一, 一处), which name nothing.
 */
const PHOTO_AT_FOOT_AFTER_REPORT: Printed[] = [
  {
    headline: '八旬老人迷路 民警一小时帮其回家',
    paragraphs: [
      '本报讯（记者 柯远山）10月19日下午，河西县一名八十多岁的老人外出后迷路，民警调取监控，一小时后将老人送回家中。',
      '民警提醒，家中有老人的，可为其随身携带写有联系方式的卡片。',
    ],
  },
  {
    paragraphs: ['10月20日，志愿者在青禾县一处敬老院为老人理发。', '通讯员  葛  晴摄'],
  },
];

/** A signed piece closed by its notes, then photo news whose headline is a short cry (……喽！). */
const CRY_AFTER_NOTES: Printed[] = [
  {
    headline: '从细处改作风（一线行走）',
    column: '一线行走',
    paragraphs: ['作风建设要在细处下功夫，一顿饭、一张票，都马虎不得。', '（作者为本报驻青禾记者）', '栏目投稿邮箱：qinghe@example.com'],
  },
  {
    headline: '赛龙舟喽！',
    paragraphs: ['近日，青禾县白沙镇的河面上，十几支龙舟队你追我赶，岸上观众喝彩声不断。', '柯远山摄'],
  },
];

/** A talk written up by reporters, closed by its note (（本报记者 …整理）); then two pieces, each one line of headline, the first with a comma. */
const PIECES_AFTER_WRITE_UP: Printed[] = [
  {
    headline: '把好事办到群众心坎上',
    paragraphs: ['群众的事无小事，要一件一件办好、一件一件落实。', '——青禾县委书记葛明川日前在全县民生工作会议上说', '（本报记者 林晓岚 柯远山整理）'],
  },
  {
    headline: '初春，我们种下新绿',
    paragraphs: ['“一年之计在于春。”连日来，青禾县各乡镇的田间地头一片忙碌。', '在白沙镇，农机手驾驶播种机来回穿梭，身后是一行行整齐的垄沟。'],
  },
  {
    headline: '守护方言里的乡音',
    paragraphs: ['最近，一段用青禾方言讲故事的短视频在网上走红，不少网友留言说听出了家乡的味道。', '方言是一方水土的记忆，值得用心守护。'],
  },
];

/** A headline that asks, its column tag after the question mark (……为啥没有座椅？（说道）), opening the page. */
const TAGGED_QUESTION: Printed[] = [
  {
    headline: '公交站为啥没有座椅？（说道）',
    column: '说道',
    paragraphs: ['城市越来越美，细节也要跟上，这需要我们关注每一处小地方。', '家门口的公交站刚刚翻新，站牌亮了，雨棚宽了，却少了几把座椅。'],
  },
  {
    headline: '青禾县开通城乡公交新线路',
    paragraphs: ['本报青禾3月4日电  （记者林晓岚）3日，青禾县开通3条城乡公交新线路，沿线12个村的村民出行更方便了。'],
  },
];

/** A page's header as many papers print it above the first article: the paper and date, then the page mark and its editor. */
const PAGE_HEADER = ['青禾日报 2019年3月5日 星期二', '第6版 国际 责任编辑：葛晴'];

/** The articles under that header: the first with a kicker over its headline. */
const UNDER_HEADER: Printed[] = [
  {
    kicker: '青禾县以茶为媒扩大对外开放',
    headline: '小茶叶走出国门',
    paragraphs: ['本报青禾3月4日电  （记者林晓岚）4日，第三届青禾国际茶博会开幕，来自18个国家和地区的百余家客商到场洽谈。', '开幕当天，白沙镇的红茶签下了首笔出口订单。'],
  },
  {
    headline: '青禾港新开两条国际航线',
    paragraphs: ['本报青禾3月4日电  （记者柯远山）青禾港3日新开两条国际集装箱航线，每周各有一班。'],
  },
];

/**
 * Prints one piece whose headline-block lines are given as printed (the `marked` one is what
 * `#` marks on a markdown page), then its paragraphs, in one layout.
 */
function printPiece(layout: Layout, titleLines: string[], marked: number, paragraphs: string[]): string {
  const titles = titleLines.map((t, i) => (layout === 'markdown' && i === marked ? `# ${t}` : t));
  if (layout === 'indented') return [...titles, ...paragraphs.map((p) => I + p)].join('\n');
  if (layout === 'tight-headlines') return [...titles, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n').trimEnd();
  return [...titles, ...paragraphs].join('\n\n');
}

/** A service page: a weather report with its rows of figures, then notices, each under its own title. */
const SERVICE_PAGE: Printed[] = [
  {
    headline: '元旦假期我省以晴冷天气为主',
    paragraphs: ['本报讯（记者 葛晴）据省气象台预报，元旦假期我省以晴到多云天气为主，气温偏低。', '省城 30日 晴 -3℃～6℃ 北风3级', '省城 31日 多云 -2℃～7℃ 东北风2级'],
  },
  {
    headline: '关于白沙路部分路段实施交通管制的通告',
    paragraphs: ['因地铁施工需要，自2026年1月3日起，白沙路南半幅实施封闭施工，请过往车辆绕行。', '特此通告。', '青禾市公安局交通管理支队', '2025年12月28日'],
  },
  {
    headline: '遗失声明',
    paragraphs: ['●青禾市白沙区柯记餐饮店遗失营业执照正本一份，声明作废。', '●青禾市东城区林氏建材经营部遗失公章一枚，声明作废。'],
  },
  {
    headline: '招领启事',
    paragraphs: ['12月27日下午，本报读者在白沙公园东门拾到一个棕色钱包，请失主与本报联系。'],
  },
];

/** A one-paragraph brief, then a comment under a label with its writer marked 文／: two pieces. */
const COMMENT_AFTER_BRIEF: Printed[] = [
  {
    headline: '青禾女性科技人才交流会举行',
    paragraphs: ['本报讯（记者 葛晴）10月13日，青禾女性科技人才交流会在白沙区举行，两百余名女性科技工作者参加。'],
  },
  {
    kicker: '她观点',
    headline: '给“妈妈岗”更多制度保障',
    paragraphs: ['文／林晓岚', '“妈妈岗”弹性上下班、可以接送孩子，受到不少育儿女性欢迎。', '让“妈妈岗”行稳致远，需要在劳动合同、社会保险等方面给予明确保障。'],
  },
];

/** A theory piece with its writer's name alone under the headline and an author note closing it; then a report. */
const WRITER_UNDER_HEADLINE: Array<{ lines: string[]; marked: number; printed: Printed }> = [
  {
    lines: ['以数字赋能推动县域经济发展', '柯远山'],
    marked: 0,
    printed: {
      headline: '以数字赋能推动县域经济发展',
      paragraphs: ['县域是经济发展的基本单元，数字化是推动县域经济发展的一把钥匙。', '应加快推进千兆光网向乡镇延伸，为产业数字化提供支撑。', '（作者为青禾大学经济学院教授）'],
    },
  },
  {
    lines: ['青禾县冬季供暖全面启动'],
    marked: 0,
    printed: { headline: '青禾县冬季供暖全面启动', paragraphs: ['本报讯（记者 葛晴）11月15日起，青禾县城区集中供暖全面启动，惠及居民三万余户。'] },
  },
];

/** A comment under its column's name, its writer's name alone under the headline with a surname that is also a word (鞠), an author note closing it; then a report. */
const WORD_SURNAME_WRITER: Array<{ lines: string[]; marked: number; printed: Printed }> = [
  {
    lines: ['学者视角', '乡村旅游要算长远账', '鞠远帆'],
    marked: 1,
    printed: {
      column: '学者视角',
      headline: '乡村旅游要算长远账',
      paragraphs: ['近年来，青禾各乡镇纷纷办起采摘节，游客一时多了起来。', '乡村旅游要算综合账，住宿、餐饮、农产品都在账里，不能只看门票。', '（作者系青禾学院经济管理学院教授）'],
    },
  },
  {
    lines: ['青禾县冬季供暖全面启动'],
    marked: 0,
    printed: { headline: '青禾县冬季供暖全面启动', paragraphs: ['本报讯（记者 葛晴）11月15日起，青禾县城区集中供暖全面启动，惠及居民三万余户。'] },
  },
];

/** A report, then a doctor's Q&A under its column name and a headline with a comma, the doctor's unit, post and name on the line under it. */
const DOCTOR_UNDER_COMMA_HEADLINE: Printed[] = [
  { headline: '青禾市开展冬季义诊活动', paragraphs: ['本报讯（记者 葛晴）12月3日，青禾市人民医院专家走进白沙社区开展义诊，为四百余名居民测血压、看病情。'] },
  {
    kicker: '名医坐堂',
    headline: '久坐看手机，颈椎怎么护',
    paragraphs: ['青禾市人民医院骨科主任医师　柳文川', '问：我每天低头看手机好几个小时，脖子总是酸痛，是不是颈椎病？', '答：低头时颈椎承受的压力成倍增加，酸痛不一定是颈椎病，但每隔半小时应抬头活动一下。'],
  },
];

/** A race's report, its results box (groups' labels over numbered rows timed to the hundredth, a prize row last), then a standings table. */
const RESULTS_AFTER_REPORT: Printed[] = [
  {
    headline: '青禾龙舟赛白沙村队夺冠',
    paragraphs: ['本报讯（记者 葛晴）6月2日，青禾县龙舟赛在白沙河举行，来自全县的十二支村队参赛，白沙村队夺得冠军。', '龙舟赛已连续举办九届，今年首次有妇女队伍参赛，白沙村队的鼓手是一名六十岁的老船工。'],
  },
  {
    headline: '龙舟赛成绩',
    paragraphs: ['男子组', '1．白沙村队　3分42秒15', '2．柳塘村队　3分45秒08', '3．江源村队　3分49秒61', '女子组', '1．沿江村队　4分18秒33', '2．白沙村队　4分26秒70', '3．青禾社区队　4分31秒02', '最佳鼓手奖：柳塘村队'],
  },
  { headline: '青禾县业余篮球联赛积分榜', paragraphs: ['名次　球队　胜　负　积分', '1　白沙队　7　1　15', '2　柳塘队　6　2　14', '3　江源队　5　3　13'] },
];

/** A party-building page: a report, then a member's study notes under a label and a headline, signed under them with a branch spelt out in full and a name. */
const BRANCH_WRITER_UNDER_HEADLINE: Printed[] = [
  { headline: '青禾科技城召开党建工作推进会', paragraphs: ['本报讯（记者 葛晴）6月27日，青禾科技城召开党建工作推进会，表彰一批先进基层党组织。'] },
  {
    kicker: '学习心得',
    headline: '把党课讲到总装车间里',
    paragraphs: ['青禾航天科技城青禾航天总装公司第二党支部　柳建国', '去年以来，我们支部把每月一次的党课从会议室搬到了总装车间，讲课的还有刚拿了“技术能手”的年轻党员。', '党课讲在车间里，大家听得进、记得住，也更愿意把问题摆到桌面上。'],
  },
];

/** A list of honoured members, names with their units in brackets, the last line of a group holding one name; then a brief. */
const NAMES_LIST_LAST_LINE: Printed[] = [
  {
    headline: '青禾县优秀共产党员和优秀党务工作者名单',
    paragraphs: [
      '优秀共产党员（7名）',
      '柳春燕（白沙社区）　葛玉兰（柳塘社区）　林国强（县人社局）',
      '方德明（江源社区）　郑小芳（沿江社区）　罗建华（青禾丰源农业公司）',
      '田玉珍（县教育局）',
      '优秀党务工作者（3名）',
      '潘海燕（白沙社区）　伍明亮（柳塘社区）　侯晓东（县委组织部）',
    ],
  },
  { headline: '柳塘社区开设“党员夜校”', paragraphs: ['本报讯　柳塘社区近日开设“党员夜校”，每周三晚上组织党员和群众学习政策、交流技能。'] },
];

/** An essay whose sections are numbered (一  煤炉 / 二  糖画), the subheads never indented nor marked; then a brief. */
const NUMBERED_ESSAY = { headline: '老巷的冬天', byline: '□ 柯  远', opening: '小时候住的那条老巷，冬天总是来得早，巷口的槐树一入冬就落光了叶子。' };
const ESSAY_SECTIONS: Array<[string, string[]]> = [
  ['一  煤炉', ['那时家家户户都生煤炉，傍晚放学回家，远远就能看见各家窗口冒出的白烟。', '母亲总在炉子上坐一壶水，水开了，她便灌进暖壶，给我们烫脚。']],
  ['二  糖画', ['巷口有个卖糖画的老人，一把铜勺，一块石板，转眼就能画出一条龙来。']],
  ['三  旧书摊', ['糖画摊旁边是一个旧书摊，摊主从不赶看书的孩子，只说一句：别把书角折了。']],
];
const NUMBERED_BRIEF = { headline: '青禾县图书馆延长开放时间', paragraphs: ['本报讯（记者 葛晴）青禾县图书馆自本月起延长开放时间，每晚开放至九点。'] };

/** A piece of numbered sections (an optional kicker, the headline, a byline, perhaps an opening paragraph), then the brief. */
function printSections(layout: Layout, piece: { kicker?: string; headline: string; byline: string; opening?: string }, sections: Array<[string, string[]]>): string {
  const para = (p: string) => (layout === 'indented' ? I + p : p);
  const headline = (h: string) => (layout === 'markdown' ? `# ${h}` : h);
  const lines = [
    ...(piece.kicker ? [piece.kicker] : []),
    headline(piece.headline),
    piece.byline,
    ...(piece.opening ? [para(piece.opening)] : []),
    ...sections.flatMap(([subhead, paragraphs]) => [subhead, ...paragraphs.map(para)]),
    headline(NUMBERED_BRIEF.headline),
    ...NUMBERED_BRIEF.paragraphs.map(para),
  ];
  return `${(layout === 'indented' ? lines : lines.flatMap((l) => [l, ''])).join('\n').trimEnd()}\n`;
}

/** A reporter's try-out whose steps are numbered (第一步　取号填表 / 第二步　拍照), under a kicker ending in ——; then a brief (set nv). */
const STEP_FEATURE = { kicker: '记者体验——', headline: '办一张居住证要几步', byline: '本报记者　柯　远' };
const STEP_SECTIONS: Array<[string, string[]]> = [
  ['第一步　取号填表', ['上午9点，记者来到青禾区政务服务中心，在自助机上取了号，又在窗口旁的台子上填好申请表。']],
  ['第二步　拍照', ['大厅一角设有免费照相点，工作人员提醒记者摘掉眼镜，不到两分钟照片就传进了系统。']],
  ['第三步　递交材料', ['轮到记者时已是10点多，窗口工作人员核对了身份证和租房合同，告知十个工作日后即可领证。']],
];

/** Pieces under a roundup's or comment's column name printed without a mark (体坛快评, 科技简讯, 赛事预告). */
const UNMARKED_COLUMN_PIECES: Array<{ lines: string[]; marked: number; printed: Printed }> = [
  {
    lines: ['青禾城联主场三球完胜'],
    marked: 0,
    printed: { headline: '青禾城联主场三球完胜', paragraphs: ['本报讯（记者 柯远）4月13日晚，城市足球联赛第五轮在青禾体育中心打响，青禾城联以3比0完胜来访的白沙队。'] },
  },
  {
    lines: ['体坛快评', '青训的账要算长远'],
    marked: 1,
    printed: {
      column: '体坛快评',
      headline: '青训的账要算长远',
      paragraphs: ['19岁的林桂在第五轮打进职业生涯首球，可很少有人知道，他在俱乐部梯队里已经踢了八年。', '青训投入大、见效慢，俱乐部只有耐得住寂寞，才能等来自己培养的球星。'],
    },
  },
  {
    lines: ['科技简讯', '青禾市发布首批“揭榜挂帅”项目'],
    marked: 1,
    printed: {
      column: '科技简讯',
      headline: '青禾市发布首批“揭榜挂帅”项目',
      paragraphs: ['本报讯（记者 葛晴）青禾市科技局日前发布首批“揭榜挂帅”项目榜单，涉及新材料、智能制造等领域。'],
    },
  },
];

/** Pieces under a column's mark in brackets (【消费提醒】), one of them a serial's instalment (（第十二回）). */
const MARKED_PIECES: Array<{ lines: string[]; marked: number; printed: Printed }> = [
  {
    lines: ['【消费提醒】', '预付卡消费，这些“坑”要当心'],
    marked: 1,
    printed: {
      column: '消费提醒',
      headline: '预付卡消费，这些“坑”要当心',
      paragraphs: ['近年来，美容美发、健身等行业的预付卡纠纷多发，青禾县市场监管局提醒消费者谨慎办卡。', '一是选择证照齐全的经营者；二是签订书面合同，保存好付款凭证。'],
    },
  },
  {
    lines: ['【连载】', '长篇纪实《青禾往事》（第十二回）', '老街口的裁缝铺'],
    marked: 2,
    printed: {
      column: '连载',
      kicker: '长篇纪实《青禾往事》（第十二回）',
      headline: '老街口的裁缝铺',
      paragraphs: ['那年秋天，老街口开了一家裁缝铺，铺子不大，只摆得下一张案板。', '掌柜的姓柯，手艺是跟着父亲学的。'],
    },
  },
];

/** A 副刊 page: a poem under its writer's mark (□ 柯 远), an essay under 文／ and its writer. */
const WRITERS_MARKED: Printed[] = [
  {
    headline: '初冬的河',
    paragraphs: ['□ 柯 远', '一条河把秋天送走，', '又把第一场霜，', '轻轻铺在岸上。'],
  },
  {
    headline: '外婆的腌菜坛',
    paragraphs: ['文／葛晴岚', '每到立冬，外婆就要把院子里的腌菜坛搬出来，洗净晾干。', '那些坛子跟了她几十年，坛口的釉早已磨得发亮。'],
  },
];

/** A notice signed by its issuer and dated on lines of their own, then a report. */
const NOTICE_SIGNED_BELOW: Printed[] = [
  {
    headline: '关于青禾大桥封闭施工的公告',
    paragraphs: ['为保障青禾大桥维修施工安全，自2019年3月10日起，大桥全天封闭，过往车辆请绕行白沙路。', '特此公告。', '青禾县公安局交通警察大队', '2019年3月4日'],
  },
  {
    headline: '青禾港新开两条国际航线',
    paragraphs: ['本报青禾3月4日电  （记者柯远山）青禾港3日新开两条国际集装箱航线，每周各有一班。'],
  },
];

/**
 * A notice whose body ends with a line of particulars (联系电话：……), signed by its issuer (a
 * name holding 市民, as a reader's signature does) and dated on lines of their own, a day other
 * than the issue's and in Chinese numerals; then another notice dated in figures.
 */
const NOTICE_PARTICULARS_SIGNED: Printed[] = [
  {
    headline: '关于白沙路段雨水管网改造的公示',
    paragraphs: [
      '为改善白沙片区排水条件，青禾市拟对白沙路段雨水管网实施改造，现将设计方案予以公示。',
      '公示期间，市民可到市政务服务中心查阅方案并提出意见。',
      '联系电话：0352-7651234',
      '青禾市民政服务中心',
      '二〇一九年三月一日',
    ],
  },
  {
    headline: '青禾县图书馆春季开放时间调整通知',
    paragraphs: ['自3月11日起，县图书馆周一闭馆，周二至周日9:00至20:00开放。', '咨询地址：青禾县文昌路八号', '青禾县文化和旅游局', '2019年3月2日'],
  },
];

/** A theory piece whose sections are numbered in turn (一、…… / 二、…… / 三、……), then a report. */
const NUMBERED_SECTIONS: Printed[] = [
  {
    headline: '以县城为载体推进就地城镇化',
    paragraphs: [
      '县城是城乡融合发展的关键支撑，推进以县城为重要载体的城镇化建设，是一项系统工程。',
      '一、把握县域发展的阶段特征',
      '从全省看，县域人口向县城集聚的趋势明显，产业和公共服务的短板也随之显现。',
      '二、增强县城综合承载能力',
      '要补齐县城市政设施和公共服务短板，让进城农民住得下、留得住。',
      '三、健全城乡融合发展机制',
      '要打通人才、资金、土地在城乡之间流动的通道，让要素活起来。',
    ],
  },
  {
    headline: '青禾县新增三所公办幼儿园',
    paragraphs: ['本报青禾3月4日电  （记者葛晴）今年春季学期，青禾县新建的三所公办幼儿园开园，新增学位540个。'],
  },
];

/** Three plain headline-block lines, the last shorter than the one above it: kicker, headline, subheadline. */
const THREE_LINE_BLOCK: Printed[] = [
  {
    kicker: '青禾杯足球联赛收官战',
    headline: '青禾队主场二比一逆转取胜',
    subheadline: '以联赛第五名结束本赛季',
    paragraphs: ['本报讯  （记者柯远山）3日晚，青禾杯足球联赛最后一轮在青禾体育中心进行，青禾队主场二比一逆转白沙队。'],
  },
  {
    headline: '白沙镇举办春季招聘会',
    paragraphs: ['本报讯  （记者葛晴）3日，白沙镇举办春季招聘会，40家企业提供岗位1200多个。'],
  },
];

/** A page of letters: each letter closes with its reader's signature; a reply titled by a label shaped like a role and a name. */
const LETTERS_SIGNED: Printed[] = [
  {
    headline: '小区门口的路灯何时能修好',
    paragraphs: ['编辑同志：', '我家住在青禾县白沙路，小区门口的三盏路灯坏了一个多月，晚上出行很不方便，希望有关部门尽快修好。', '读者  林晓岚'],
  },
  {
    headline: '记者追踪',
    paragraphs: ['记者就此联系了青禾县城市管理局。该局表示，已安排维修人员更换灯具，本周内修好。', '（记者 葛晴）'],
  },
  {
    headline: '为环卫工人点赞',
    paragraphs: ['编辑同志：', '每天清晨，环卫工人早早就把街道扫得干干净净，我想借贵报向他们说声谢谢。', '青禾县白沙镇  读者  柯  远'],
  },
];

/** A 民生 page: headlines that end on 市民 and what they do, read like a reader's signature (市民 某某) but head their stories. */
const RESIDENTS_IN_HEADLINES: Printed[] = [
  {
    headline: '社区长者食堂开门迎客',
    paragraphs: ['本报讯（记者 柯远）昨日，白沙街道第三家社区长者食堂开门迎客，老人凭卡就餐每餐可减免三元。', '食堂由街道提供场地，引入餐饮企业运营，每天供应早中晚三餐。'],
  },
  {
    headline: '老街路口积水成片 市民绕行',
    paragraphs: ['近日，家住老街的周先生向本报反映，连日降雨后路口积水成片，最深处没过脚踝。', '记者随后联系了市政部门，对方表示将在本周内疏通排水管道。'],
  },
  {
    headline: '夜市开到家门口市民乐享',
    paragraphs: ['入夏以来，青禾市南湖夜市每晚人流如织，摊位从小吃延伸到文创和花卉。', '夜市管理方介绍，摊位统一规划，垃圾每两小时清运一次。'],
  },
];

/** Pieces signed with a two-character name spaced to a width: at the foot of a comment, and under an essay's headline. */
const SPACED_SIGNATURES: Printed[] = [
  {
    headline: '小服务里有大民生',
    paragraphs: ['社区食堂开到了家门口，老人吃饭不用再发愁。', '小服务里有大民生，城市的精细化治理就体现在这些细节上。', '柯  远'],
  },
  {
    headline: '外婆的菜园',
    paragraphs: ['葛  晴', '外婆的菜园不大，却一年四季都不空着。', '春天种豆，秋天种萝卜，冬天的白菜要留到过年。'],
  },
];

/** Readers' short pieces on an opinion page, each signed with where the writer lives and a name spaced to a width. */
const PLACED_SIGNATURES: Printed[] = [
  {
    headline: '公园长椅该挪挪地方',
    paragraphs: ['不少长椅设在烈日直晒的空地上，夏天坐不住，冬天又挡不住风。', '管理部门不妨听听游园市民的意见，把长椅挪到树荫下。', '城关镇 柯  远'],
  },
  {
    headline: '文明养犬从拴绳做起',
    paragraphs: ['遛狗不拴绳、随地留粪便，这些行为让不少邻居头疼。', '养犬人多一分自觉，小区就多一分安宁。', '白沙区 葛  晴'],
  },
];

/** A 副刊 page: a poem of short unpunctuated verses under its headline and writer, then an essay under its own. */
const POEM_WITH_WRITER: Printed[] = [
  {
    headline: '初冬的河',
    paragraphs: ['□ 柯 远', '一条河把秋天送走', '又把第一场霜', '轻轻放在石桥的肩头', '船娘的橹声慢了'],
  },
  {
    headline: '外婆的腌菜坛',
    paragraphs: ['文／葛晴岚', '每到立冬，外婆就要把院子里的腌菜坛搬出来，洗净晾干。', '那些坛子跟了她几十年，坛口的釉早已磨得发亮。'],
  },
];

/** A 副刊 page: a poem under a writer marked with a white circle, then a book note under its headline, a dashed subheadline and a writer marked with a white diamond. */
const POEM_THEN_BOOK_NOTE: Printed[] = [
  {
    headline: '冬日的河湾',
    paragraphs: ['○ 柯  远', '冬天的河湾是安静的', '像一位老人', '把一年的故事', '慢慢折进水纹里'],
  },
  {
    headline: '在书页里回到河边',
    subheadline: '——读散文集《白沙河长》',
    paragraphs: ['◇ 葛  晴', '《白沙河长》是本土作者罗进的第三部散文集，写的都是白沙河两岸的人和事。', '读这些文章，仿佛跟着作者沿河走了一遍，看见了故乡的变迁。'],
  },
];

/** A 副刊 page: a poem under a writer marked with a bullseye (◎葛  晴), then a book note. */
const POEM_UNDER_BULLSEYE: Printed[] = [
  {
    headline: '青稞酒（外一首）',
    paragraphs: ['◎葛  晴', '青稞酒是温的', '盛着高原的阳光', '阿爸端起它', '就端起了一整个秋天'],
  },
  {
    headline: '读《白沙河畔》',
    paragraphs: ['□ 柯  远', '《白沙河畔》是本土作者罗进的第一部散文集，写的都是河畔人家的日子。'],
  },
];

/** A 健康 page: a tip, a feature under its reporters' byline, then a box's name over briefs, each signed by its reporter in brackets. */
const SIGNED_BRIEFS_AFTER_FEATURE: Printed[] = [
  {
    headline: '小贴士',
    paragraphs: ['出现胸口压榨样疼痛持续不缓解、突然口角歪斜等情况，应立即拨打急救电话。'],
  },
  {
    headline: '儿童呼吸道感染进入高发期',
    subheadline: '——专家：发烧不要急着用抗生素',
    paragraphs: ['记者 柯  远 通讯员 葛  晴', '近期，市儿童医院门急诊日均接诊量超过五千人次，其中以呼吸道感染患儿居多。', '医生表示，儿童呼吸道感染多由病毒引起，家长不要自行给孩子服用抗生素。'],
  },
  {
    column: '健康提醒',
    headline: '冬季进补别盲目',
    paragraphs: ['市中医院营养科医生提醒，冬季进补要因人而异，体质偏热的人不宜多吃羊肉。（记者 柯  远）'],
  },
  {
    headline: '使用电热毯要注意安全',
    paragraphs: ['电热毯不宜整夜通电使用，老人和婴幼儿使用时要防止低温烫伤。（记者 葛  晴）'],
  },
];

/**
 * A notice under its title and its document number (文号), a court's notice under its case number,
 * then a brief: the number is the notice's first paragraph (sets z and ac of other papers' pages).
 */
const NOTICE_WITH_NUMBER: Printed[] = [
  {
    headline: '青禾县自然资源局国有建设用地使用权挂牌出让公告',
    subheadline: '青自然资告字〔2026〕12号',
    paragraphs: ['经青禾县人民政府批准，青禾县自然资源局决定以挂牌方式出让一宗国有建设用地使用权。', '挂牌时间为2026年12月1日至12月10日。'],
  },
  {
    headline: '青禾县人民法院公告',
    paragraphs: ['（2026）青0102民初418号', '葛晴岚：本院受理原告罗远山诉你民间借贷纠纷一案，因你下落不明，依法向你公告送达起诉状副本及开庭传票。'],
  },
  {
    headline: '白沙镇停水通知',
    paragraphs: ['因管网检修，白沙镇南街一带12月3日8时至18时停水，请居民提前储水。'],
  },
];

/**
 * A notice page's banners, each a kind of notice alone (公告, 声明) over the notices' own titles: the
 * banner is their column, never a kicker (set ac of other papers' pages).
 */
const NOTICE_BANNERS: Printed[] = [
  {
    column: '公告',
    headline: '青禾县白沙水库管理处注销公告',
    paragraphs: ['青禾县白沙水库管理处经主管部门批准注销，请债权人自本公告发布之日起四十五日内申报债权。', '特此公告。'],
  },
  {
    column: '声明',
    headline: '遗失声明',
    paragraphs: ['青禾县柳塘镇葛记粮油店遗失营业执照副本一份，声明作废。'],
  },
];

/** An 经济 page: a report, a data box named over its table's title, a brief, then a price table under its title alone. */
const DATA_TABLES: Printed[] = [
  {
    headline: '青禾市前三季度外贸稳中有升',
    paragraphs: ['本报讯（记者 葛晴岚）青禾市海关10月9日发布数据，前三季度全市外贸进出口同比增长5.2%。', '其中出口增长6.1%，进口增长3.7%。'],
  },
  {
    headline: '数字一览',
    paragraphs: ['青禾市前三季度外贸主要数据', '项目 金额（亿元） 增长（%）', '进出口总额 862.4 5.2', '出口 511.9 6.1', '进口 — 3.7', '数据来源：青禾海关'],
  },
  {
    headline: '柳塘港新开两条内贸航线',
    paragraphs: ['柳塘港集团近日宣布，新开两条内贸集装箱航线，每周各一班。'],
  },
  {
    headline: '10月9日部分农产品批发价格',
    paragraphs: ['品名 均价（元/公斤） 涨跌', '大白菜 1.36 +2.3%', '土豆 2.84 -0.7%', '鲜鸡蛋 9.10 +0.4%', '（以上价格仅供参考，数据来源：青禾市农贸中心）'],
  },
  {
    // Figures said as changes (同比增长7.2%), as a 主要经济指标 box prints them (set w of other papers' pages).
    headline: '前10个月全市主要经济指标',
    paragraphs: ['规模以上工业增加值 同比增长7.2%', '固定资产投资 同比增长6.5%', '社会消费品零售总额 同比下降0.8%', '（数据来源：青禾市统计局）'],
  },
  {
    // Each figure after its label and a colon (成交均价：6380元/平方米), as a 房产 or 汽车 page's box prints them (set y).
    headline: '10月全市商品住房成交情况',
    paragraphs: ['新建住房成交：1236套 环比+8.2%', '成交均价：6380元/平方米', '二手住房成交：645套', '（数据来源：青禾市住建局）'],
  },
  {
    // An exchange-rate box: each row named by an amount of a currency (100美元　786.43: set cn).
    headline: '11月14日人民币汇率中间价',
    paragraphs: ['币种\u3000中间价（人民币元）', '100美元\u3000786.43', '100欧元\u30001009.87', '100日元\u30006.6527', '（数据来源：外汇交易中心）'],
  },
  {
    // Rows named by a two-character city spaced to the width of three (广　州　5.98: set cn), closed by a note in brackets.
    headline: '部分城市成品油最高零售价格',
    paragraphs: ['城市\u300092号汽油\u30000号柴油', '青\u3000禾\u30006.12\u30005.95', '柳\u3000塘\u30006.03\u30005.90', '（单位：元/升\u3000数据来源：各地价格主管部门）'],
  },
  {
    // Figures over what they count, one label opening with the year it counts from (2013年以来……: set cr).
    headline: '数据',
    paragraphs: ['2300台', '2013年以来全市新增工业机器人', '86亿元', '全市累计投入技改资金', '10家', '今年计划培育的市级智能工厂'],
  },
  {
    // A product's spec box: a label and its value after a colon, figures, units and models (set cr); its
    // title, a model's name with a space in it, is no header row over two fields.
    headline: '青禾R5 Pro参数',
    paragraphs: ['屏幕：5.5英寸\u30001080P', '处理器：八核1.7GHz', '镜头：28—84毫米（3倍光学变焦）', '参考价格：1299元'],
  },
  {
    // An air-quality box: the index's Latin name and the grade beside each figure (某城区　AQI 46　优: set ck).
    headline: '昨日全市空气质量',
    paragraphs: ['青禾城区\u3000AQI 46\u3000优', '柳塘区\u3000AQI 52\u3000良', '白沙县\u3000AQI 58\u3000轻度污染', '（市生态环境局发布）'],
  },
  {
    headline: '白沙镇油橄榄鲜果收购价稳中有升',
    paragraphs: ['本报讯（记者 罗  进）眼下正值油橄榄鲜果采收期，白沙镇各收购点每天收购鲜果两百多吨。'],
  },
];

/** A city page: a brief, then a weekly roundup of sections under ◆ labels, each holding ▲ items, closed by its compiler's note. */
const ROUNDUP: Printed[] = [
  {
    headline: '柳塘区新建口袋公园开放',
    paragraphs: ['本报讯（记者 葛晴岚）柳塘区三处新建口袋公园昨日开放，设有健身步道和儿童游乐区。'],
  },
  {
    headline: '本周要闻回顾',
    paragraphs: [
      '◆本市',
      '▲4月7日 青禾市公布今年民生实事清单，新增公办幼儿园学位两千个。',
      '▲4月9日 市气象台发布今年首个大风蓝色预警。',
      '◆省内',
      '▲4月8日 全省首批智慧农场名单公布。',
      '◆海外',
      '▲4月10日 某国际组织发布报告，全球集装箱运价连续三周回落。',
      '●本报资料室整理',
    ],
  },
];

/** A schedule box (a title, rows of a date, a place and a hall, a note in brackets) between two reports. */
const SCHEDULE_BOX: Printed[] = [
  {
    headline: '柳塘区开展春季义诊',
    paragraphs: ['本报讯（记者 葛晴岚）柳塘区卫健局近日组织二十名医生走进社区，为居民免费量血压、测血糖。', '义诊将持续到本月底。'],
  },
  {
    headline: '青禾市高校开放日安排',
    paragraphs: ['4月12日 青禾大学 东校区图书馆', '4月13日 柳塘学院 北区体育馆', '4月19日 青禾师范学院 大礼堂', '（各场均为9:00—16:00，凭身份证入场）'],
  },
  {
    headline: '全市中小学春季运动会开幕',
    paragraphs: ['本报讯 青禾市中小学春季运动会昨日开幕，八十余所学校的三千名学生参赛。（记者 甘  雨）'],
  },
];

/** A front page's report, then a box of list lines pointing to inner pages under its title, no body text. */
const LIST_BOX: Printed[] = [
  {
    headline: '青禾市春季植树活动启动',
    paragraphs: ['本报讯（记者 葛晴岚）青禾市春季义务植树活动昨日在柳塘湿地公园启动，两千余名市民参加。'],
  },
  {
    headline: '本期导读',
    paragraphs: ['◎ 柳塘：旧码头改成滨江公园 ▶5版', '◎ 青禾首批“智慧社区”名单公布 ▶6版', '◎ 周末踏青路线请收好 ▶8版'],
  },
];

/** A front page's 导读 whose lines carry nothing but their page in brackets at the end, after a report. */
const LIST_BOX_POINTERS: Printed[] = [
  {
    headline: '青禾市一季度新增就业一万人',
    paragraphs: ['本报讯（记者 罗进）记者从市人社局了解到，一季度全市城镇新增就业一万人，完成年度目标的三成。'],
  },
  {
    headline: '今日导读',
    paragraphs: ['柳塘区：老旧小区改造惠及两千户（2版）', '白沙镇：大棚蔬菜“长”出好日子（3版）', '老街更新要留住烟火气（4版）'],
  },
];

/** A front page's 导读 whose lines are marked ▶ and end in their page in brackets, then a headed photo (set z). */
const LIST_BOX_MARKED_POINTERS: Printed[] = [
  {
    headline: '本期导读',
    paragraphs: ['▶全市秋冬季大气污染防治攻坚行动启动（2版）', '▶柳塘区新增五所公办幼儿园（3版）', '▶冬游白沙湾 感受大漠冬韵（8版）'],
  },
  {
    headline: '柳塘湖畔晨练忙',
    paragraphs: ['11月1日清晨，市民在柳塘湖畔晨练。', '本报记者 甘  蕙 摄'],
  },
];

/** An evening paper's 导读, each line ending in its page's bare code (…… A05), then a banner over a brief (set v of other papers' pages). */
const LIST_BOX_PAGE_CODES: Printed[] = [
  {
    headline: '今日导读',
    paragraphs: ['地铁3号线东段明起延长运营时间 A04', '冰雪季首批旅游专列下月发车 A05', '社区食堂吃出“家的味道” A06'],
  },
  {
    column: '要闻简讯',
    headline: '全市中小学今日起推迟到校时间',
    paragraphs: ['本报讯（记者 孙  蕾）受降雪天气影响，市教育局通知，23日全市中小学上午到校时间统一推迟一小时。'],
  },
];

/** A 周末版 front's 导读, each line a section's name, a bar and a title, some with a comma, then its page (健康｜……，…… 12版; set y). */
const LIST_BOX_SECTIONS: Printed[] = [
  {
    headline: '青禾湿地迎来越冬灰鹤',
    paragraphs: ['本报讯（记者 罗  进）入冬以来，青禾湿地迎来三千余只越冬灰鹤，数量比去年增加两成。', '图为越冬灰鹤在湿地觅食。', '本报记者 甘  蕙 摄'],
  },
  {
    headline: '导读',
    paragraphs: ['城事｜老城区最后一家修表铺 10版', '读书｜在书页里过一个慢冬天 11版', '健康｜冬季咳嗽，别急着吃消炎药 12版', '文旅｜泡温泉、看冬枣林，周末这样玩 13版'],
  },
  {
    column: '周末·城事',
    headline: '北中新街开起“深夜食堂”',
    paragraphs: ['本报讯（记者 柯  远）近日，北中新街美食街区延长营业时间，二十余家小吃店营业到凌晨两点。'],
  },
];

/**
 * A box of briefs under its name on a line of its own (街巷速览), each brief under its own
 * headline; the name is every brief's column. `printBox` prints the name over the first brief.
 */
const BOX_BRIEFS: Printed[] = [
  {
    headline: '青禾老街完成雨污分流改造',
    paragraphs: [
      '本报讯（记者 葛晴岚）青禾老街雨污分流改造工程日前完工，沿街两百余户居民告别了雨天积水。',
      '改造期间，施工方分段作业，每段完工后及时恢复路面，方便居民出行。',
    ],
  },
  {
    headline: '北湖公园夜间延长开放',
    column: '街巷速览',
    paragraphs: ['本报讯 即日起至十月底，北湖公园每晚开放至22时，园内增设照明设施。（记者 柯远山）'],
  },
  {
    headline: '市图书馆增设自习区',
    column: '街巷速览',
    paragraphs: ['本报讯 市图书馆三楼新设一百二十个自习座位，读者可在线预约。（记者 林晓岚）'],
  },
];

/** A county page's column of briefs whose titles name their place first (某镇：某事), each signed by its reporters in brackets. */
const PLACE_BRIEFS: Printed[] = [
  {
    headline: '青禾县召开春季防汛工作会议',
    paragraphs: [
      '本报讯（记者 葛晴岚）青禾县日前召开春季防汛工作会议，部署汛前隐患排查。',
      '会议要求，各乡镇在四月底前完成河道清障。',
    ],
  },
  {
    headline: '柳塘镇：百亩茶园开采',
    column: '乡镇传真',
    paragraphs: ['眼下，柳塘镇一百二十亩高山茶园进入采摘期，茶农每天采鲜叶三百余斤。（通讯员 柯远山 记者 林晓岚）'],
  },
  {
    headline: '南岭街道：社区食堂开张',
    column: '乡镇传真',
    paragraphs: ['南岭街道首家社区食堂日前开张，六十周岁以上老人就餐享受优惠。（通讯员 葛明川）'],
  },
  {
    headline: '东关镇：渡口完成改造',
    column: '乡镇传真',
    paragraphs: ['东关镇老渡口改造完工，新建候船亭一座、护栏两百米。（记者 林晓岚）'],
  },
];

/** A report, then two boxes printed under it: ● items under a name, and a week's timetable rows under another. */
const ITEM_BOXES: Printed[] = [
  {
    headline: '青禾队客场逆转取胜',
    paragraphs: [
      '本报讯（记者 葛晴岚）昨晚，青禾队在客场以3比2逆转取胜，联赛积分升至第四。',
      '主教练柯远山赛后表示，球队下半场打出了应有的斗志。',
    ],
  },
  {
    headline: '赛场短波',
    paragraphs: [
      '●市青少年围棋赛日前在柳塘体育馆落幕，共有三百余名棋手参赛。',
      '●南岭登山节将于5月3日举行，即日起开放报名。',
      '●在省田径锦标赛上，我市选手获得四金两银。',
    ],
  },
  {
    headline: '本周剧目',
    paragraphs: ['5月2日 19:30 青禾大剧院 话剧专场', '5月3日 19:30 柳塘音乐厅 民乐专场', '5月4日 15:00 少年宫剧场 儿童剧专场'],
  },
];

/** A front page's 导读 box whose lines are marked ■ and point to their pages (第6版), under a comment signed ■. */
const LIST_BOX_SQUARES: Printed[] = [
  {
    headline: '让便民服务更有温度',
    paragraphs: ['■ 本报评论员 柯远山', '便民服务上了线，方便的是数据，考验的是服务。', '平台上线只是起点，群众满意才是终点。'],
  },
  {
    headline: '本期提要',
    paragraphs: ['■ 柳塘湿地春季观鸟活动开幕 第6版', '■ 青禾职业技能大赛启动报名 第7版', '■ 南岭古道修缮完工 第8版'],
  },
];

/** A box of proposals under its name (代表建言), each signed by post after □; then a dispatch that is no brief of the box. */
const PROPOSAL_BOX: Printed[] = [
  {
    headline: '青禾县召开春季防汛工作会议',
    paragraphs: [
      '本报讯（记者 葛晴岚）青禾县日前召开春季防汛工作会议，部署汛前隐患排查。',
      '会议要求，各乡镇在四月底前完成河道清障。',
    ],
  },
  {
    headline: '加强社区养老服务供给',
    column: '代表建言',
    paragraphs: ['□ 全国人大代表 柯  远', '建议在新建小区配建养老服务用房，推动社区食堂、日间照料中心全覆盖。'],
  },
  {
    headline: '让乡村学校留住好老师',
    column: '代表建言',
    paragraphs: ['□ 全国人大代表 林晓岚', '建议提高乡村教师生活补助标准，在职称评聘上向乡村学校倾斜。'],
  },
  {
    headline: '社区议事协商座谈会在青禾召开',
    paragraphs: ['本报讯（记者 葛晴岚）4月20日，社区议事协商座谈会在青禾召开，与会者提出意见建议二十余条。'],
  },
];

/** A data box printed under a feature: a name over figures, each with what it counts; then the next report. */
const FIGURE_BOX: Printed[] = [
  {
    headline: '青禾蜜桔搭上直播快车',
    paragraphs: [
      '本报讯（记者 葛晴岚）“今年蜜桔在直播间卖出了三万多单。”柳塘镇果农柯远山说。',
      '业内人士认为，直播降低了果农进入市场的门槛，品牌建设仍是关键。',
    ],
  },
  {
    headline: '数字',
    paragraphs: ['2.3亿元：青禾蜜桔直播销售额', '18.6%：同比增幅', '1200余家：全县电商经营主体'],
  },
  {
    headline: '青禾县新增两条城乡公交线路',
    paragraphs: ['本报讯（记者 林晓岚）青禾县日前新开通两条城乡公交线路，沿线十二个村的村民出行更方便了。'],
  },
];

/** An anniversary page's 数说 box: a name over figures then and now, each set apart from what it counts; then the next box. */
const FIGURE_CHANGE_BOX: Printed[] = [
  {
    headline: '青禾镇建镇三十年纪事',
    paragraphs: ['本报讯（记者 葛晴岚）青禾镇日前举行建镇三十周年座谈会，老中青三代居民讲述小镇的变化。'],
  },
  {
    headline: '数说三十年',
    paragraphs: ['0.8亿元→36亿元　全镇生产总值', '1.5平方公里→9平方公里　镇区面积', '2所→7所　中小学校'],
  },
  {
    headline: '居民心声',
    paragraphs: ['本报讯（记者 林晓岚）“小镇越来越像样了。”在青禾镇住了四十年的柯远山说。'],
  },
];

/** A 农牧 and 体育 page's boxes: prices with their units (1.36元/斤), and standings whose rows open with the rank. */
const PRICES_AND_STANDINGS: Printed[] = [
  {
    headline: '本周主要农畜产品价格',
    paragraphs: ['（11月3日 青禾县农畜产品批发市场）', '小麦 1.36元/斤', '玉米 1.05元/斤', '羊肉（带骨） 76元/公斤', '数据来源：县农牧局市场信息科'],
  },
  {
    headline: '青禾联队主场逆转白沙城建',
    paragraphs: ['本报讯（记者 柯  远）11月1日下午，市足球联赛第九轮在市体育场进行，青禾联队以3∶2逆转白沙城建。'],
  },
  {
    headline: '联赛积分榜',
    paragraphs: ['名次 球队 胜 平 负 积分', '1 青禾联队 7 1 1 22', '2 白沙城建 6 3 0 21', '3 东城铁骑 6 1 2 19', '4 柳塘新村 4 3 2 15'],
  },
  {
    headline: '全县青少年冰球锦标赛开赛',
    paragraphs: ['本报讯（记者 柯  远）全县青少年冰球锦标赛11月2日在县冰上运动中心开赛，十二支队伍参赛。'],
  },
];

/** A report, then standings under a note in brackets saying what they cover, their rows ranked 1.某某队 (no space after the rank). */
const RANKED_STANDINGS: Printed[] = [
  {
    headline: '青禾联队主场完胜白沙城建',
    paragraphs: ['本报讯（记者 柯  远）11月1日晚，市篮球联赛第七轮在市体育馆进行，青禾联队以98∶86战胜白沙城建。'],
  },
  {
    headline: '积分榜',
    paragraphs: ['（前四名）', '1.青禾联队 7场 14分', '2.白沙城建 7场 12分', '3.东城铁骑 7场 11分', '4.柳塘新村 7场 10分'],
  },
  {
    headline: '全县青少年篮球赛开赛',
    paragraphs: ['本报讯（记者 柯  远）全县青少年篮球赛11月2日在县体育馆开赛，十六支队伍参赛。'],
  },
];

/** A report, then a results box whose rows name a place and who took it (冠军 某某队), printed flush as a box's rows are. */
const RESULTS_LIST: Printed[] = [
  {
    headline: '县运会篮球赛落幕',
    paragraphs: ['本报讯（记者 柯  远）11月17日晚，县第八届运动会篮球比赛落幕，青禾镇队夺得男子组冠军。', '本届比赛共有十二支代表队参赛，历时六天。'],
  },
  {
    headline: '县运会篮球赛男子组成绩',
    paragraphs: ['冠军 青禾镇队', '亚军 白沙乡队', '第三名 柳塘镇队', '第四名 东城街道队'],
  },
  {
    headline: '全县中小学生足球联赛开赛',
    paragraphs: ['本报讯（通讯员 赵  岑）11月16日，全县中小学生校园足球联赛开赛，一百零八支队伍将进行为期一个月的比赛。'],
  },
];

/** A listing of shows, each row its fields set apart by single spaces and no stop, then a box of briefs under its name. */
const LISTING_THEN_BRIEFS: Printed[] = [
  {
    headline: '新编晋剧《雁门关》即将首演',
    paragraphs: ['本报讯（记者 柯  远）新编晋剧《雁门关》将于本月24日在市大剧院首演。', '该剧由市晋剧院排演，历时一年创作完成。'],
  },
  {
    headline: '演出信息',
    paragraphs: [
      '8月24日 19:30 市大剧院 新编晋剧《雁门关》 票价：80元—380元',
      '8月25日 15:00 青禾小剧场 儿童剧《小羊回家》 票价：60元—120元',
      '9月1日 20:00 东城音乐厅 “秋之声”民乐专场 票价：120元',
    ],
  },
  {
    headline: '文化快讯',
    paragraphs: ['▲8月21日，“青禾非遗手工艺展”在市美术馆开展，展期一个月。', '▲第三届全市少儿书法大赛决赛将于9月7日举行。（记者 柯  远）'],
  },
];

/** Reports closed, as papers of the 融媒体 years close them, by their media credits and a pointer to the app or a QR code. */
const MEDIA_CLOSINGS: Printed[] = [
  {
    headline: '春季过敏高发 专家支招科学防护',
    paragraphs: ['本报讯（记者 柯  远）入春以来，市人民医院过敏科门诊量明显增加。', '专家提醒，过敏体质市民外出时应做好防护。', '扫码观看专家直播回放'],
  },
  {
    headline: '青禾古镇花灯节开幕',
    paragraphs: ['本报讯（记者 葛晴岚）2月10日晚，青禾古镇花灯节开幕，三百余组花灯点亮古镇。', '摄影：孟  然　视频：刘家宁', '更多精彩请关注青禾日报客户端'],
  },
  {
    headline: '全市糖料蔗开榨',
    paragraphs: ['本报讯（记者 罗一鸣）12月12日，全市十二家糖厂全部开榨，预计产糖四十万吨。', '视频：蒙  毅　海报：梁  琪'],
  },
  {
    headline: '新建城市书房年内开放',
    paragraphs: ['本报讯（记者 罗一鸣）今年全市将新建城市书房二十家，年内全部开放。', '详见青禾日报客户端'],
  },
];

/** A report, then a 数读 box: each figure on a line of its own over what it counts, its designer credited at its foot. */
const FIGURES_OVER_LABELS: Printed[] = [
  {
    headline: '青禾新区集成电路产业规模突破六百亿元',
    paragraphs: ['本报讯（记者 柯  远）记者从青禾新区获悉，前10月新区集成电路产业营收同比增长三成以上。'],
  },
  {
    headline: '一组数字看“芯”动能',
    paragraphs: ['612亿元', '前10月产业营收，同比增长31.5%', '427家', '集聚集成电路企业', '1.8万人', '从业人员数量', '设计：陆晓蔓'],
  },
  {
    headline: '青禾地铁两条新线开始空载试运行',
    paragraphs: ['本报讯（记者 许  诺）11月14日起，青禾地铁两条新建线路开始空载试运行。'],
  },
];

/** A page set in traditional characters: captions credited 記者某某／攝影 and 記者某某 攝, the page's editor at its foot. */
const TRADITIONAL_CREDITS: Printed[] = [
  {
    headline: '池上稻穀豐收',
    paragraphs: ['【本報訊】台東池上鄉今年一期稻作豐收，每公頃收成逾六千公斤。', '農民在稻田中搶收稻穀。記者林桂／攝影'],
  },
  {
    headline: '颱風外圍環流　東部慎防豪雨',
    paragraphs: ['【本報訊】氣象部門表示，受颱風外圍環流影響，東部地區今明兩天慎防豪雨。', '花蓮港邊的漁船已回港避風。記者 柯 遠 攝'],
  },
  {
    headline: '教育簡訊',
    paragraphs: ['■青禾中學本週舉行校慶，逾千名校友返校。', '■白沙小學圖書館擴建完工，藏書增至三萬冊。', '本版責任編輯：葛晴'],
  },
];

/** An e-paper's list: a reporting column's label (晚报直击) over a headline with a comma and a shorter plain subheadline. */
const LABEL_OVER_COMMA_HEADLINE: Printed[] = [
  {
    kicker: '晚报直击',
    headline: '凌晨三点，一场与时间赛跑的“生命接力”',
    subheadline: '从发病到手术仅用68分钟',
    paragraphs: ['晚报记者 柯  远 通讯员 林晓岚', '1月19日凌晨，一名58岁男子突发急性心肌梗死，急救人员、交警和医院接力救治。'],
  },
  {
    headline: '八旬老人冬夜走失 民警调监控找回',
    paragraphs: ['本报讯（记者 葛晴岚）1月18日晚，青禾区一名82岁的老人走失，民警调取监控后将其找回。', '民警提醒，家中有老人的，可为其佩戴写有联系方式的卡片。'],
  },
  {
    headline: '寒潮来袭 这些取暖安全提示请收好',
    paragraphs: ['本报讯（记者 罗一鸣）受寒潮影响，本周全市气温明显下降。', '消防部门提醒，使用电暖器时要远离窗帘、被褥等可燃物。', '电动车不要在楼道内充电。'],
  },
];

/** A report on an election, the list of those elected in groups with a note on its order, then a committee's report under its full official title. */
const NAMES_LIST: Printed[] = [
  {
    headline: '青禾市第十届人民代表大会代表选举产生',
    paragraphs: ['本报讯（记者 柯  远）经过选民提名、协商和依法选举，青禾市第十届人民代表大会代表日前选举产生。'],
  },
  {
    headline: '青禾市第十届人民代表大会代表名单（部分）',
    paragraphs: [
      '（按姓氏笔画为序）',
      '东城区（32名）',
      '王建新　方美玲（女）　邓志坚　叶秋生　刘家福',
      '黄志强　游永清　谢玉英（女）',
      '西城区（28名）',
      '卢明辉　许春燕（女）　吴建国　张福生',
    ],
  },
  {
    headline: '青禾市人民代表大会常务委员会代表资格审查委员会关于青禾市第十届人民代表大会代表资格审查情况的报告',
    paragraphs: ['经审查，代表的选举符合法律规定，代表资格有效。', '以上报告，请审议。'],
  },
];

/**
 * A forum's report whose subheads are all two halves set apart by a space, then the next piece under a
 * headline that names its subject before a colon and shares the report's words (高新区, 创新).
 */
const COLON_HEADLINE_AFTER_SPACED_SUBHEADS: Printed[] = [
  {
    kicker: '青禾创新大会发布一批支持政策',
    headline: '高新区建设跑出“加速度”',
    paragraphs: [
      '本报讯（记者 柯  远）3月4日，青禾创新大会在高新区开幕，会上发布了支持科技企业发展的十二条措施。',
      '放宽准入  市场主体添活力',
      '新措施取消了六项企业登记前置审批，新办科技企业最快一天可以拿到营业执照。',
      '减税降费  科技企业轻装上阵',
      '对研发投入增长较快的企业，市财政按增量的一定比例给予奖励。',
      '搭建平台  全链条服务创新',
      '大会期间，四个公共技术服务平台揭牌，为中小企业提供检测、中试等服务。',
    ],
  },
  {
    headline: '高新区：创新能力持续增强',
    paragraphs: [
      '专利申请量增长两成、新增高新技术企业八十家……刚刚闭幕的创新大会上，高新区交出了一份亮眼的成绩单。',
      '这是一组令人振奋的数据：去年全区研发投入强度达到百分之五点二。',
    ],
  },
];

/** A feature whose subheads share no mark (a quoted word, a plain clause), the last naming its speaker before a colon: one article. */
const COLON_SUBHEAD_IN_MIXED_SERIES: Printed[] = [
  {
    headline: '寒假作业有了“新花样”',
    paragraphs: [
      '本报讯（记者 葛晴岚）寒假将至，青禾县多所中小学布置了以实践为主的寒假作业。',
      '“点菜式”作业，学生自己挑',
      '县实验小学把作业分成劳动、阅读、运动三类，学生可以按兴趣选择。',
      '跨学科作业，在生活里学本领',
      '县一中让学生记录家里一个月的开支，用数学和语文知识写一份调查报告。',
      '专家：减量不减质，关键在设计',
      '县教研室的老师说，实践作业要有明确的目标，避免变成家长的负担。',
    ],
  },
  {
    headline: '县图书馆寒假延长开放时间',
    paragraphs: ['本报讯（记者 罗一鸣）寒假期间，县图书馆每天开放到晚上九点。'],
  },
];

/** A box of recommended books in rows of fields (书名：…, 作者：…, 出版社：…), then a brief and a listing of shows (时间：…, 票价：…). */
const BOOK_BOX: Printed[] = [
  {
    headline: '暑期好书推荐',
    paragraphs: ['书名：《河湾的灯塔》', '作者：南  溪', '出版社：青禾出版社', '书名：《跟着节气去旅行》', '作者：温子墨', '出版社：白沙科学技术出版社'],
  },
  {
    headline: '城市书房夜间开放',
    paragraphs: ['本报讯（记者 柯  远）7月20日起，青禾市12家城市书房每晚开放到十点，市民可凭身份证进入。'],
  },
  {
    headline: '儿童剧《海的女儿》周末上演',
    paragraphs: ['时间：7月25日19:30', '地点：青禾大剧院', '票价：80元、120元', '主办：青禾市文化馆'],
  },
];

/** A box of tips closed on their last sentence, then a short piece closed by a note in brackets, which is no tip of the box. */
const TIPS_BOX: Printed[] = [
  {
    headline: '青禾县医院开设夜间门诊',
    paragraphs: ['本报讯（记者 葛晴岚）青禾县医院日前开设夜间门诊，每晚开诊至21时。', '夜间门诊设内科、儿科两个诊室。'],
  },
  {
    headline: '采蘑菇莫贪鲜',
    column: '季节提醒',
    paragraphs: ['本报讯 雨后山林里蘑菇多，但不少毒蘑菇与食用菌外形相似，不认识的蘑菇不要采、不要吃。'],
  },
  {
    headline: '游泳莫去野水塘',
    column: '季节提醒',
    paragraphs: ['本报讯 天气转热，家长要看护好孩子，不到无人看管的水塘、河道游泳。'],
  },
  {
    headline: '夏天喝水有讲究',
    paragraphs: ['本报讯 不少人口渴了才喝水，其实应少量多次，运动出汗多时可适当补充淡盐水。（青禾县疾控中心供稿）'],
  },
];

/** A page of briefs in one layout: the box's name on a line of its own over the second article's headline. */
function printBox(layout: Layout, articles: Printed[]): string {
  const first = articles[1].headline!;
  const headline = layout === 'markdown' ? `# ${first}` : first;
  const name = layout === 'indented' ? `${articles[1].column}\n` : `${articles[1].column}\n\n`;
  return print(layout, articles).replace(`${headline}\n`, `${name}${headline}\n`);
}

/** Prints the page with each article's column name on a line of its own over its headline, as a banner. */
function printBanners(layout: Layout, articles: Printed[]): string {
  let text = print(layout, articles);
  for (const a of articles.filter((x) => x.column)) {
    const headline = layout === 'markdown' ? `# ${a.headline}` : a.headline!;
    text = text.replace(`${headline}\n`, `${a.column}\n${layout === 'indented' ? '' : '\n'}${headline}\n`);
  }
  return text;
}

/**
 * An interview in 问：/答： turns, then a profile box under it (人物档案) and the reporter's note
 * under its column's name on a line of its own (记者手记 / a headline / text / the reporter's name in
 * brackets): three pieces, as a 人物专访 page prints them (set y of other papers' pages).
 */
const INTERVIEW_WITH_BOXES: Printed[] = [
  {
    headline: '竹林里的“80后”合作社社长',
    paragraphs: [
      '本报记者 葛晴岚',
      '三十九岁的罗远山，六年前从省城回到青禾县老家，办起了竹笋专业合作社。日前，记者与他聊了聊。',
      '问：当初为什么回来？',
      '答：家里的竹林荒了好些年，我想试试把竹笋卖到城里去。',
      '问：现在合作社有多少社员？',
      '答：七十多户，去年一起卖了两百多吨鲜笋。',
    ],
  },
  {
    headline: '人物档案',
    paragraphs: ['罗远山，1986年生，青禾县人。2019年返乡创办竹笋专业合作社，今年获评全县“致富带头人”。'],
  },
  {
    column: '记者手记',
    headline: '回乡的路也是新路',
    paragraphs: ['采访那天，罗远山在竹林里和社员一起挖冬笋，满身是泥，说起竹林却停不下来。回乡不是退，是换一条路往前走。', '（葛晴岚）'],
  },
];

/**
 * A speech printed in full: its title, the day in brackets, the speaker's post and name, the
 * salutation, then the text; a brief after it (set ac of other papers' pages).
 */
const SPEECH: Printed[] = [
  {
    headline: '在全市乡村振兴工作会议上的讲话',
    subheadline: '（2026年3月2日）',
    paragraphs: ['市委书记  柯远山', '同志们、朋友们：', '今天召开全市乡村振兴工作会议，主要任务是总结去年工作，部署今年任务。', '谢谢大家！'],
  },
  {
    headline: '青禾县启动春季植树活动',
    paragraphs: ['本报讯（记者 葛晴岚）3月1日，青禾县在白沙河畔启动春季义务植树活动，两千余名干部群众参加。'],
  },
];

/**
 * A decision printed in full, its first section's numbered title right under its headline block,
 * then a tender notice whose numbered sections run 1. to 3. and whose contact section closes with
 * the issuer and the date: every section title is the body's (set ac of other papers' pages).
 */
const DOCUMENT_SECTIONS: Printed[] = [
  {
    headline: '中共青禾市委关于加快发展县域经济的决定',
    subheadline: '（2026年3月2日中国共产党青禾市第三届委员会第五次全体会议通过）',
    paragraphs: ['一、总体要求', '坚持以县域为单元统筹城乡发展，壮大特色产业，增强县城综合承载能力。', '二、重点任务', '培育主导产业，每个县（区）重点发展一至两个主导产业。'],
  },
  {
    headline: '白沙河堤防加固工程施工招标公告',
    paragraphs: [
      '1.招标条件',
      '本项目已由青禾市发展和改革委员会批准建设，项目业主为青禾市水务局，资金来自财政资金。',
      '2.项目概况',
      '白沙河左岸堤防加固长度3.2公里，计划工期180日历天。',
      '3.联系方式',
      '联系人：葛先生',
      '联系电话：0000-3027715',
      '青禾市水务局',
      '2026年3月5日',
    ],
  },
];

/**
 * A 读者来信 page as the 1990s printed it: a letter signed with the writer's district and name,
 * the office's reply signed with its name and a date in Chinese numerals, and a second letter
 * signed with district, calling and name: three pieces (set ab of other papers' pages).
 */
const DISTRICT_SIGNED_LETTERS: Printed[] = [
  {
    headline: '这段路何时不再积水',
    paragraphs: ['编辑同志：', '我家住在青禾区新华路南段，一到雨天路面就积水，深处能没过脚踝。', '附近居民多次反映，至今没有人来管。', '南城区 葛长青'],
  },
  {
    headline: '积水路段六月底前修好',
    paragraphs: ['本报编辑部：', '来信收悉。我处已将该路段排水管道改造列入今年维修计划，六月底以前完工。', '青禾市市政工程管理处', '一九九三年四月六日'],
  },
  {
    headline: '表扬一位好售货员',
    paragraphs: ['编辑同志：', '三月二十八日，我在五一路一家副食商店买东西时丢了钱包，售货员拾到后原样送还。', '北城区 退休工人 罗远山'],
  },
];

/** Photo news under a 图片新闻 banner, its own headline over the caption and credit, then a report (set ab). */
const PHOTO_NEWS_BANNER: Printed[] = [
  {
    column: '图片新闻',
    headline: '植树护绿',
    paragraphs: ['5月25日，青禾市白沙小学的学生在校园里种下一百棵树苗。', '本报记者 葛晴岚 摄'],
  },
  {
    headline: '青禾县启动夏季防汛演练',
    paragraphs: ['本报讯（记者 罗远山）5月25日，青禾县在白沙河畔举行夏季防汛应急演练，五百余人参加。'],
  },
];

/** A presidium's notice signed with its name and the day with where it was issued (……日于青禾), then a report (set ac). */
const SIGNED_WHERE_ISSUED: Printed[] = [
  {
    headline: '青禾市第五届人民代表大会第三次会议主席团公告',
    subheadline: '（第5号）',
    paragraphs: ['青禾市第五届人民代表大会第三次会议于2026年1月17日选举柯远山为青禾市人民政府市长。', '现予公告。', '青禾市第五届人民代表大会第三次会议主席团', '2026年1月17日于青禾'],
  },
  {
    headline: '市人代会胜利闭幕',
    paragraphs: ['本报讯（记者 葛晴岚）1月17日，青禾市第五届人民代表大会第三次会议完成各项议程，在市会议中心闭幕。'],
  },
];

/** A decision whose numbered sections follow a preamble (……作出如下决定。 / 一、总体要求 / …… / 二、……，……: a second title with a comma), then a report. */
const DOCUMENT_PREAMBLE: Printed[] = [
  {
    headline: '中共青禾市委关于激发县域经济活力的决定',
    paragraphs: ['县域是城乡融合的重要单元。为此，作出如下决定。', '一、总体要求', '（一）指导思想。坚持稳中求进工作总基调，统筹城乡两头。', '二、突出分类推进，构建县域新格局', '（二）主要任务。每个县（区）培育一至两个主导产业。'],
  },
  {
    headline: '白沙镇新建两处便民服务站',
    paragraphs: ['本报讯（记者 葛晴岚）近日，白沙镇两处便民服务站投入使用，可办理社保、医保等二十余项业务。'],
  },
];

/** An editor's note introducing the accounts printed under it, each with a title of its own and nothing else; then a tagged piece. */
const INTRODUCED_ACCOUNTS: Printed[] = [
  {
    headline: '致敬 节日里的守护者（青禾新春）',
    column: '青禾新春',
    paragraphs: [
      '编者按：万家团圆的时候，总有人守在岗位上。',
      '护林员、公交司机、急诊科医生……春节前夕，本报记者走近他们，倾听他们的新年心声。',
      '守着林子过大年',
      '大年三十，护林员葛明川照常巡山，一走就是二十里。',
      '他说，林子里安安稳稳，就是最好的年。',
      '巡完山回到护林站，天已经黑了，老伴端上了一碗热饺子。',
      '末班车上的年夜饭',
      '除夕晚上，公交司机林晓岚把车开进终点站，同事们端来了热饺子。',
      '她开的是县城最晚的一班车，乘客大多是赶着回家过年的人。',
      '“看着他们下车进家门，我心里也暖和。”林晓岚说。',
      '急诊室的灯一直亮着',
      '急诊科医生柯远山说，过年的病人不少，值班的人一个也不能少。',
      '除夕夜里，急诊室接诊了二十多位病人。',
      '天快亮时，柯远山才在值班室的椅子上眯了一会儿。',
    ],
  },
  {
    headline: '灯会里的老手艺（非遗年集）',
    column: '非遗年集',
    paragraphs: ['青禾县的灯会办了一百多年，扎灯的老手艺如今有了年轻传人。'],
  },
];

/** A signed piece closed by its author note, then an essay of its own that quotes verses with their attributions. */
const VERSES_AFTER_NOTE: Printed[] = [
  {
    headline: '让理论宣讲走进田间地头',
    paragraphs: [
      '本报记者  柯远山',
      '今年以来，青禾县组建了一支宣讲队伍，走进村头巷尾，把政策讲给群众听。',
      '宣讲员们用方言讲政策，用身边事讲道理，群众听得懂、记得住。',
      '（作者为青禾师范学院教授）',
    ],
  },
  {
    headline: '古诗里的塞上风光',
    paragraphs: [
      '北国风光，历来是诗人笔下的常客。',
      '“大漠孤烟直，长河落日圆。”',
      '——王维《使至塞上》',
      '塞外的辽阔与苍凉，尽在这十个字里。',
      '“秦时明月汉时关，万里长征人未还。”',
      '——王昌龄《出塞》',
      '今天的塞上早已是另一番景象，昔日的关隘成了游人如织的景区。',
    ],
  },
];

/** A signed piece closed by its author note, then a poem with its poet's name. */
const POEM_AFTER_NOTE: Printed[] = [
  {
    headline: '老城墙下的烟火气',
    paragraphs: ['傍晚的城墙根下，卖糖葫芦的吆喝声此起彼伏。', '这样的烟火气，是一座城市最动人的底色。', '（作者为青禾县作家协会会员）'],
  },
  {
    headline: '雪落青禾山',
    paragraphs: ['葛晴', '雪落在青禾山的肩头', '松林的呼吸没有惊动谁', '千年的风从河谷吹来', '也吹亮了守林人的眼睛'],
  },
];

/** An article opened by an editor's note, with a body of its own, then two briefs of other news. */
const BRIEFS_AFTER_EDITORS_NOTE: Printed[] = [
  {
    headline: '寒夜里，他们守护万家灯火',
    paragraphs: [
      '编者按：寒潮来袭，供热、供电、环卫等一线工作者坚守岗位。本报记者走近他们，记录下这些平凡而感人的瞬间。',
      '凌晨两点，青禾县热力公司调度中心灯火通明，值班长柯远山盯着屏幕上跳动的数据。',
      '“供热就是民生，一刻也不能马虎。”柯远山说。',
    ],
  },
  {
    headline: '县图书馆寒假阅读季启动',
    paragraphs: ['1月10日，青禾县图书馆寒假阅读季活动正式启动，将推出三十余场活动。'],
  },
  {
    headline: '白沙镇新增三处便民停车场',
    paragraphs: ['近日，白沙镇新建的三处便民停车场投入使用，共新增停车位六百余个。'],
  },
];

/** An article closed by the editor's afterword (编后：…… / ——编  者), then another article. */
const AFTERWORD_CLOSES: Printed[] = [
  {
    headline: '垃圾分类，小区里来了“督导员”',
    paragraphs: [
      '本报记者  葛晴',
      '每天早上七点，退休教师林晓岚就站到小区的垃圾分类投放点旁，手把手教居民分拣垃圾。',
      '三个月下来，小区的垃圾分类准确率提高到了八成以上。',
      '编后：垃圾分类是新时尚，更是一场持久战。期待更多居民加入进来。',
      '——编  者',
    ],
  },
  {
    headline: '垃圾分类知识走进课堂',
    paragraphs: ['在青禾县实验小学的教室里，老师用卡通垃圾桶模型给孩子们讲解垃圾分类。', '学校负责人介绍，今后每月开展一次主题实践活动。'],
  },
];

/** An editor's note signed ——编  者 under the headline, then the report opening with a cry. */
const CRY_AFTER_EDITORS_NOTE: Printed[] = [
  {
    headline: '一个村的春节联欢晚会',
    paragraphs: [
      '编者按：春节将至，各地乡村的“村晚”陆续登场。本报今起推出系列报道。',
      '——编  者',
      '开演啦！',
      '随着一声吆喝，白沙镇的村文化广场上锣鼓齐鸣。',
      '这台“村晚”的节目全部由村民自编自演。',
    ],
  },
];

/** A report with a picture inside it, then a cry that opens the next paragraph of the same report. */
const CRY_AFTER_CREDIT: Printed[] = [
  {
    headline: '冰雪运动会在青禾湖开赛',
    paragraphs: [
      '本报讯　1月12日，第五届市民冰雪运动会在青禾湖冰场开赛，八百余名冰雪爱好者参赛。',
      '冰雪运动会速滑比赛中，选手们奋力冲刺。',
      '本报记者  葛  晴摄',
      '加油！加油！',
      '看台上，观众们的呐喊声此起彼伏。',
      '据了解，本届运动会将持续至1月20日。',
    ],
  },
];

/** A headline that opens with a year and a comma, over a byline, after a dispatch. */
const YEAR_HEADLINE: Printed[] = [
  {
    headline: '青禾县启动冬季供暖保障专项行动',
    paragraphs: ['本报讯（记者 葛晴）1月8日，青禾县启动冬季供暖保障专项行动，对全县供热管网开展排查。'],
  },
  {
    headline: '1949年，青禾迎来新生',
    paragraphs: ['本报记者  林晓岚', '七十多年前的那个春天，解放军进城的消息传遍了大街小巷。'],
  },
];

/** A brief closed by its contact line (咨询电话：…), then another article under a byline. */
const CONTACT_LINE: Printed[] = [
  {
    headline: '县图书馆寒假阅读季启动',
    paragraphs: ['本报讯（记者 柯远山）青禾县图书馆寒假阅读季活动日前启动，活动均免费参加。', '咨询电话：0352-6021234'],
  },
  {
    headline: '白沙镇新增三处便民停车场',
    paragraphs: ['本报记者  葛晴', '白沙镇新建的三处便民停车场投入使用，共新增停车位六百余个。'],
  },
];

/** A headline that asks, with a ——subheadline and a byline, after a dispatch. */
const QUESTION_HEADLINE: Printed[] = [
  {
    headline: '全县供热管网完成排查',
    paragraphs: ['本报讯（记者 葛晴）1月8日，青禾县完成对全县供热管网的排查。'],
  },
  {
    headline: '古城年货街为何这么火？',
    subheadline: '——来自白沙镇年货市场的调查',
    paragraphs: ['本报记者  林晓岚', '腊月里的古城年货街，人头攒动，叫卖声此起彼伏。'],
  },
];

/** A reportage whose first section opens with the day it was reported, as its later sections do; then another article. */
const DATED_SECTIONS: Printed[] = [
  {
    kicker: '在青禾的山里，有一群人守护着林子——',
    headline: '深山护林人（一线探访）',
    column: '一线探访',
    paragraphs: [
      '青禾山连绵数百里，林子里住着黑熊、野猪，也藏着盗伐者的脚印。',
      '寻访“护林状元”',
      '3月2日，青禾县白沙镇，天气阴。记者跟随护林员葛明川走进了老林子。',
      '葛明川在林子里走了二十年，哪条沟里有几棵老松树，他都记得清清楚楚。',
      '走到第九号界碑',
      '3月3日，天刚亮，我们从护林站出发，去看最远的第九号界碑。',
      '山路越走越窄，最后只能手脚并用往上爬。',
      '守林，也守人心',
      '护林站旁边的村子里，村民们都认识葛明川，见了面总要拉他进屋喝碗茶。',
    ],
  },
  {
    headline: '青禾县春季植树四万亩',
    paragraphs: ['本报青禾3月4日电  （记者林晓岚）今春以来，青禾县组织干部群众植树造林四万亩。'],
  },
];

/** A kicker over a headline and a parallel subheadline (three lines): kicker, headline, subheadline — no banner. */
const KICKER_OVER_PARALLEL_PAIR: Printed[] = [
  {
    kicker: '就建交三十周年',
    headline: '柯远山同北洲三国元首互致贺电',
    subheadline: '葛明川同三国总理互致贺电',
    paragraphs: [
      '新华社北京3月4日电  3月4日，柯远山同北洲三国元首互致贺电，庆祝建交三十周年。',
      '同日，葛明川同三国总理互致贺电。',
    ],
  },
];

/** A visit to come announced in the headline, the briefing about it in the subheadline. */
const VISIT_ANNOUNCED: Printed[] = [
  {
    headline: '柯远山将赴南洲国出席东海论坛并进行国事访问',
    subheadline: '外交部举行吹风会介绍有关情况',
    paragraphs: [
      '本报北京3月4日电  （记者林晓岚）外交部4日举行吹风会，介绍柯远山出访的有关情况。',
      '外交部有关负责人表示，这是两国建交以来双方交往中的又一件大事。',
    ],
  },
];

/** The announcement's dispatch, then a second dispatch reporting the briefing the subheadline names: one article. */
const SECOND_DISPATCH: Printed[] = [
  {
    headline: '柯远山将赴西洲国出席南岭峰会并进行国事访问',
    subheadline: '外交部举行吹风会介绍有关情况',
    paragraphs: [
      '新华社北京3月4日电  外交部发言人宣布：应西洲国总统邀请，柯远山将于3月10日至12日出席南岭峰会并进行国事访问。',
      '本报北京3月4日电  （记者林晓岚）外交部4日举行吹风会，介绍柯远山出访的有关情况。',
      '外交部有关负责人表示，这是两国建交以来双方交往中的又一件大事。',
    ],
  },
  {
    headline: '白沙镇新建三座便民桥',
    paragraphs: ['本报白沙3月4日电  （记者葛晴）白沙镇新建的三座便民桥近日全部完工，方便了两岸群众出行。'],
  },
];

/**
 * Letters taken down by the paper's reporters, printed one after another under one headline:
 * each with its title, its signature on a line of its own and the note naming who took it down.
 * One article; the letters' titles are its subheads.
 */
const LETTERS: Printed[] = [
  {
    headline: '一声问候 一份思念（远方的家书）',
    column: '远方的家书',
    paragraphs: [
      '核心阅读',
      '春节前后，本报收到了几位在海外工作的青禾人寄回家乡的信。今天刊出其中三封。',
      '把大桥修到河对岸',
      '亲爱的妈妈：今年是我在南方大河工地上的第三个春节了。',
      '我们的大桥上个月合龙了，通车那天，两岸的乡亲们都来了，敲锣打鼓像过年一样。',
      '韩  江',
      '（作者为某桥梁公司项目经理，本报记者林晓岚整理）',
      '草原上的小药箱',
      '亲爱的爸爸：我在草原上的诊所已经开了两年，每天都有牧民骑着马来看病。',
      '等夏天草长起来了，我想请您和妈妈来草原住一阵子。',
      '白雪松',
      '（作者为某医疗队队员，本报记者周文整理）',
      '教孩子们写“福”字',
      '亲爱的姐姐：这个春节，我在学校里教当地的孩子们写“福”字，他们写得可认真了。',
      '孩子们说，等学会了一百个汉字，就给中国的小朋友写信。',
      '何秋生',
      '（作者为某孔子课堂教师，本报记者姜宁整理）',
    ],
  },
  {
    headline: '河西县春季招聘会提供岗位三千个',
    paragraphs: ['本报河西3月4日电  （记者罗一鸣）河西县春季招聘会4日举行，八十多家企业提供岗位三千多个。'],
  },
];

/** A forum's talks under the report of it: each talk's title, then its speaker's post and name. */
const FORUM_TALKS: Printed[] = [
  {
    headline: '让乡村留住年轻人',
    subheadline: '——青禾乡村振兴论坛侧记',
    paragraphs: [
      '本报记者  姜宁',
      '三月初，青禾乡村振兴论坛在白沙村举行，来自各地的干部、学者和返乡青年围坐一堂，谈乡村的人和事。',
      '把产业留在村里',
      '青禾县农业农村局局长  葛明川',
      '村里有了产业，年轻人才愿意回来。我们今年要在每个乡镇建一个农产品加工点。',
      '给返乡青年搭平台',
      '某大学农学院教授  白  露',
      '返乡青年缺的往往不是干劲，而是门路。高校可以把实验田办到村里去。',
      '让好政策落地见效',
      '白沙村党支部书记  郑大河',
      '政策再好，也要有人一件一件去落实。村里的事，要让村民自己商量着办。',
    ],
  },
  {
    headline: '河西县春季招聘会提供岗位三千个',
    paragraphs: ['本报河西3月4日电  （记者罗一鸣）河西县春季招聘会4日举行，八十多家企业提供岗位三千多个。'],
  },
];

/** Photo news whose caption (图为…) and credit follow its text: they are its picture's, not a piece of their own. */
const CAPTION_AFTER_TEXT: Printed[] = [
  {
    kicker: '青禾县召开春耕生产调度会',
    headline: '抓早抓实今年粮食生产',
    paragraphs: ['本报青禾3月4日电  （记者林晓岚）青禾县4日召开春耕生产调度会，部署全年粮食生产工作。'],
  },
  {
    headline: '田间地头比农活',
    paragraphs: [
      '3月3日，河西县第二届农耕运动会在白沙村举行，二十支村队比插秧、赛挑担，引来上千名村民围观。',
      '图为选手在挑担比赛中奋力冲刺。',
      '本报记者  罗一鸣摄',
    ],
  },
  {
    headline: '河西县春季招聘会提供岗位三千个',
    paragraphs: ['本报河西3月4日电  （记者罗一鸣）河西县春季招聘会4日举行，八十多家企业提供岗位三千多个。'],
  },
];

/** A lead sentence the body takes up again: the writer's words, printed twice on purpose. */
const LEAD_TAKEN_UP: Printed[] = [
  {
    headline: '河西县把服务送到企业门口',
    paragraphs: [
      '优化营商环境，关键在于把服务做到企业心坎上。我们要让每一家企业都感受到实实在在的便利',
      '今年以来，河西县推出企业服务专员制度，一百二十名干部一对一联系重点企业。',
      '优化营商环境，关键在于把服务做到企业心坎上。我们要让每一家企业都感受到实实在在的便利，安心在河西发展。',
    ],
  },
];

/** Letters under their headlines, the salutation printed flush (编辑同志：, 尊敬的编辑：), one signed by a resident with the place, with a reporter's reply between. */
const LETTERS_SALUTED: Printed[] = [
  {
    headline: '老街口的公厕何时开放',
    paragraphs: ['编辑同志：', '我家住在青禾县南关街，街口新建的公厕完工半年了还没开门，附近的摊贩和游客都很不方便。', '青禾县南关小区居民 葛子墨'],
  },
  {
    headline: '南关街公厕本月底前投入使用',
    paragraphs: ['本报记者 柯  远', '记者就此联系了南关街道。街道负责人表示，公厕的供水管线已接通，本月底前投入使用。'],
  },
  {
    headline: '河堤步道能否加装护栏',
    paragraphs: ['尊敬的编辑：', '白沙河堤步道晚上散步的人很多，有几段没有护栏，老人孩子走着让人担心。', '读者 林雨桐'],
  },
];

/** An editor's note in full (编者按：……。) printed flush under a kicker and headline, over the byline. */
const EDITORS_NOTE_FLUSH: Printed[] = [
  {
    kicker: '暑期托管怎么报——',
    headline: '暑期托管五问五答',
    paragraphs: [
      '编者按：暑期将至，托管服务怎么报名、收费几何，是家长关心的问题。本报记者就此采访了青禾县教育局有关负责人。',
      '本报记者 葛  晴',
      '问：托管服务什么时候开始报名？',
      '答：6月20日起，家长可通过学校公众号报名，名额有限，先到先得。',
      '问：托管期间收费吗？',
      '答：托管服务只收取少量成本费用，家庭困难的学生可以申请减免。',
      '问：托管期间学生做些什么？',
      '答：学校安排阅读、体育和兴趣活动，不上新课，也不组织集体补课。',
    ],
  },
  {
    headline: '白沙镇中心小学新校舍启用',
    paragraphs: ['本报讯（记者 柯  远）6月8日，白沙镇中心小学新校舍正式启用，可容纳学生一千二百人。'],
  },
];

/** Lines that close a piece over the next headline: a notice's issuer without a date, a comment's writer marked □. */
const CLOSING_LINES: Printed[] = [
  {
    headline: '白沙湖荷花节7月1日开幕',
    paragraphs: ['第五届白沙湖荷花节将于7月1日开幕，持续至8月底，诚邀八方游客前来观赏。', '咨询电话：0000-7651234', '青禾县文化和旅游局'],
  },
  {
    headline: '停车难还需多方合力',
    paragraphs: ['老城区停车难，难在车位少、管理散。多方合力，才能让车有处停。', '□ 林  然（教师）'],
  },
  {
    headline: '县图书馆延长开放时间',
    paragraphs: ['自7月1日起，县图书馆每晚开放至21时，市民刷身份证即可入馆。'],
  },
];

/**
 * Writers' lines under a headline, as 专版, 副刊 and comment pages print them: a scholar's
 * institution and post over two lines, a doctor's department and post, a member marked □, a
 * name with a two-character surname after □, a cartoon's and a painting's credit. Each is the
 * piece's byline, never a headline-block line.
 */
const WRITERS_LINES: Printed[] = [
  {
    headline: '让小城的夜市亮起来',
    paragraphs: ['青禾大学旅游学院教授、', '博士生导师 柯  远', '夜市是小城烟火气最浓的地方，规范管理与热闹繁荣并不矛盾。'],
  },
  {
    headline: '科学应对春季过敏',
    paragraphs: ['青禾县人民医院变态反应科', '副主任医师 葛  晴', '春季花粉增多，过敏体质的人外出最好佩戴口罩，回家后及时清洗面部。'],
  },
  {
    headline: '让农家书屋真正“活”起来',
    paragraphs: ['□ 全国政协委员 林  然', '一些农家书屋藏书不少，借阅的人却不多，关键在于运营跟不上。'],
  },
  {
    headline: '河埠头的黄昏',
    paragraphs: ['□ 欧阳  岚', '太阳落到河对岸的时候，洗衣的人陆续收了木盆，石阶上只剩下水声。'],
  },
  {
    headline: '社区菜场要办得长久（青禾观察）',
    column: '青禾观察',
    paragraphs: ['罗  岚', '社区菜场开起来不难，难的是几年后还开着，还让街坊买得放心。'],
  },
  {
    headline: '期末复习怎样排节奏',
    paragraphs: ['青禾县教育科学研究所 罗  进', '离期末还有一个月，复习宜先回归课本，再分专题查漏补缺。'],
  },
  {
    headline: '街角多几张长椅又何妨',
    paragraphs: ['□ 读者 林  桂', '傍晚在街心花园散步，走累了想坐一会儿，却总找不到空位。'],
  },
  {
    headline: '“留痕”式服务',
    paragraphs: ['作者 郝  川'],
  },
  {
    headline: '秋山图',
    paragraphs: ['葛  远 作'],
  },
];

/** A weather box under its report, its last row a label and a short value (空气质量：良), then the next piece. */
const BOX_LAST_ROW: Printed[] = [
  {
    headline: '明天多云转阴 最高气温27℃',
    paragraphs: ['本报讯（记者 柯  远）据县气象台消息，明天我县多云转阴，午后有零星小雨。', '今天夜间 多云 东风二级 最低气温18℃', '明天白天 多云转阴 东风三级 最高气温27℃', '空气质量：良'],
  },
  {
    headline: '县图书馆延长开放时间',
    paragraphs: ['自7月1日起，县图书馆每晚开放至21时，市民刷身份证即可入馆。'],
  },
];

/** Prints the page in one layout with the given paragraphs flush where the others are indented (as papers print a salutation or an editor's note), and expects the editor's reading. */
function expectFlush(layout: Layout, articles: Printed[], flush: string[]): void {
  let text = print(layout, articles);
  if (layout === 'indented') for (const line of flush) text = text.replace(I + line, line);
  const { read, expected } = compare(entriesOf(ingest({ text })), articles);
  expect(read).toEqual(expected);
}

interface Kind {
  name: string;
  /** The page, as the editor reads it (or `run` for kinds that take more than one page). */
  articles?: Printed[];
  check?: (entries: ReadArticle[]) => void;
  /** Prints, ingests and checks the kind's pages in one layout. */
  run?: (layout: Layout) => void;
}

/**
 * A short label over a headline: a column's name (服务台) shares no words with its article; a
 * kicker (体操项目) names the article's own subject and shares them.
 */
const COLUMN_OR_KICKER: Printed[] = [
  {
    headline: '下周起这些路段夜间封闭施工',
    column: '便民台',
    paragraphs: ['记者从市交警支队获悉，12月8日至12日每晚22时至次日6时，白沙路、文昌街部分路段封闭施工，请车辆绕行。'],
  },
  {
    kicker: '跳水项目',
    headline: '青禾小将夺得十米台冠军',
    paragraphs: ['本报讯 在省运会跳水项目十米台决赛中，青禾小将周小舟以452.3分夺冠。'],
  },
  {
    headline: '我县举办夏季人才招聘会',
    column: '要闻简报',
    paragraphs: ['本报讯（记者 罗进）6月1日，县人社局举办夏季人才招聘会，六十余家企业提供岗位一千二百个。'],
  },
  {
    headline: '小区电梯维修拖了一个多月',
    column: '读者来信',
    paragraphs: ['我家住在白沙小区七号楼，楼里的电梯上月初坏了，到现在还没修好。（读者 罗岚）'],
  },
  {
    // A dated report under a column whose name ends in a word naming a kind of column (…追踪, …短讯, …说法).
    headline: '路灯不亮 相关部门连夜抢修',
    column: '热线追踪',
    paragraphs: ['本报讯（记者 罗进）市民反映白沙路一段路灯不亮，市政部门接报后连夜抢修，当晚恢复照明。'],
  },
  {
    // A report under its reporter's byline keeps its kicker, though the label shares no words with it.
    kicker: '传承非遗技艺',
    headline: '第三届青禾古镇戏曲展演开幕',
    paragraphs: ['本报记者 罗  进', '6月14日晚，第三届青禾古镇戏曲展演在古镇水上舞台开幕，十余个剧团将轮番登台。', '开幕式上，一出新编历史剧赢得观众阵阵掌声。'],
  },
];

/** A 专版's headline block with a kicker and a subheadline, then 编者按 alone on a line, flush where the paragraphs are indented. */
const EDITORS_LABEL_FLUSH: Printed[] = [
  {
    kicker: '春耕数据出炉——',
    headline: '开局平稳 农机先行',
    subheadline: '——几位专家解读今春农业生产',
    paragraphs: ['编者按', '今春农业生产数据日前发布。如何看待当前的春耕进度？本报邀请几位专家解读。', '各地春播进度快于去年同期，农机作业面积明显扩大。', '专家认为，下一步要抓好春管春播，稳住全年粮食生产的基本盘。'],
  },
];

/** A reader's question and the answer, each a short turn labelled 问： and 答：, under a question as headline. */
const QA_TURNS: Printed[] = [
  {
    headline: '今年首批高温补贴开始发放',
    paragraphs: ['本报讯 记者周文 记者6月10日从市人社局获悉，6月至10月，用人单位应按月向高温作业劳动者发放高温补贴。', '市人社部门提醒，高温补贴不得以饮料、药品等实物代替。'],
  },
  {
    headline: '老房加装电梯怎么申请？',
    column: '便民问答',
    paragraphs: ['问：我家住老小区六楼，想加装电梯，怎么申请？（读者 葛先生）', '答：据区住建局介绍，需本单元三分之二业主同意，再向街道提交申请。'],
  },
];
/**
 * An interview in questions and answers, then a reader's question its reporter took down (（本报记者 某某 整理）),
 * then a table closed by what it was compiled from (（据……公布信息整理）): three pieces. Only a note naming who
 * took a talk down closes a part of a collection; a source note closes a box of its own.
 */
const COMPILED_BOX_AFTER_TAKEN_DOWN: Printed[] = [
  {
    kicker: '便民百问——',
    headline: '小店开通电子收款　要交费吗',
    subheadline: '——青禾市某银行有关负责人答本报记者问',
    paragraphs: [
      '本报记者　柯　远',
      '不少读者来电询问小店开通电子收款的事，记者就此采访了有关负责人。',
      '问：小店怎样开通电子收款？',
      '答：到任意一家银行网点申请即可，一般当天就能开通。',
      '问：原来的收款码还能用吗？',
      '答：能用，不影响原有的收款渠道。',
    ],
  },
  {
    kicker: '读者来问',
    headline: '电子钱包分几类　额度怎么定',
    paragraphs: ['问：开通钱包时显示“四类钱包”，这是什么意思？', '答：钱包按实名程度分级，绑定银行卡后可以升级，额度也会提高。', '（本报记者　葛　岚　整理）'],
  },
  {
    headline: '各银行电子钱包限额一览',
    paragraphs: ['钱包类别　单笔限额（元）　日累计限额（元）', '四类钱包　1500　4000', '三类钱包　4000　8000', '（根据青禾市各银行公布信息整理）'],
  },
];

/** Two readers' questions under one column's banner, the second headed by a line that asks without a question mark. */
const ASKING_AFTER_ANSWER: Printed[] = [
  {
    kicker: '热线直通车',
    headline: '老人不会用智能手机怎么办',
    paragraphs: ['问：我父亲七十多岁，不会用智能手机，以后买菜是不是不方便了？', '答：可以办一张硬件钱包，碰一碰就能付款。商户也不得拒收现金。'],
  },
  {
    headline: '外地游客能用吗',
    paragraphs: ['问：外地亲戚来青禾旅游，能用电子钱包付款吗？', '答：可以。开通了钱包，在本市商户都能正常使用。'],
  },
];

/** The same, the second line asking by a question word before its verb (怎么补办) or as yes-or-no (要不要拍片): sets vx and un. */
const ASKING_WORD_AFTER_ANSWER: Printed[] = [
  {
    kicker: '民生热线',
    headline: '渔船上的灭火器多久换一次',
    paragraphs: ['问：我家渔船上的灭火器放了好几年了，需要换吗？（读者　柯先生）', '答：手提式干粉灭火器应每年检查一次，出厂满五年的应当报废更换。（市渔船检验站）'],
  },
  {
    headline: '船员证丢了怎么补办',
    paragraphs: ['问：我在船上干活时把船员证书弄丢了，怎么补办？（读者　葛女士）', '答：可以持身份证和遗失声明到原发证机关申请补发。（市渔政支队）'],
  },
  {
    headline: '孩子反复咳嗽要不要拍片',
    paragraphs: ['问：孩子咳嗽快两周了，要不要去拍个胸片？', '答：先请医生听诊，必要时再拍片，不必一咳就拍。'],
  },
];

/**
 * Captions a narrow box cut over lines, as pages lifted from PDF print them (flush, the caption's
 * first piece stopping mid-sentence), and credits over two lines: an article's own picture after its
 * last paragraph (its credit run into the caption's second line), a picture without a headline
 * (credit over two lines: two photographers), a report, and photo news under a kicker and headline.
 * `wrapped` gives each caption's pieces as printed; the editor reads each caption as one.
 */
const WRAPPED_CAPTIONS = {
  wrapped: {
    '3月2日，在青禾县白沙湿地公园，一群白鹭在浅滩觅食。本报记者 柯  远 摄': ['3月2日，在青禾县白沙湿地公园，', '一群白鹭在浅滩觅食。本报记者 柯  远 摄'],
    '昨天，第三届读书节在县文化馆开幕，市民在书展上挑选图书。': ['昨天，第三届读书节在县文化馆开幕，市民在', '书展上挑选图书。'],
    '通讯员 葛  晴 记者 罗一鸣 摄': ['通讯员 葛  晴', '记者 罗一鸣 摄'],
    '4月10日，在北山一处茶园，茶农正在采摘春茶。': ['4月10日，在北山一处茶园，', '茶农正在采摘春茶。'],
  } as Record<string, string[]>,
  articles: [
    {
      headline: '白沙湿地公园今春迎来候鸟三万只',
      paragraphs: [
        '本报讯（记者 林晓岚）记者从县林业局获悉，今春白沙湿地公园监测到候鸟三万余只，比去年同期多两成。',
        '据介绍，公园去年完成浅滩修复四百亩，为候鸟提供了更多觅食地。',
        '3月2日，在青禾县白沙湿地公园，一群白鹭在浅滩觅食。本报记者 柯  远 摄',
      ],
    },
    { paragraphs: ['昨天，第三届读书节在县文化馆开幕，市民在书展上挑选图书。', '通讯员 葛  晴 记者 罗一鸣 摄'] },
    {
      headline: '河西县新开三条城乡公交线路',
      paragraphs: ['本报讯（通讯员 罗  进）河西县近日新开通三条城乡公交线路，覆盖沿线十二个村。'],
    },
    { kicker: '北山春茶开采——', headline: '茶农忙采摘', paragraphs: ['4月10日，在北山一处茶园，茶农正在采摘春茶。', '通讯员 林  桂 摄'] },
  ] as Printed[],
};

/**
 * Captions printed without a photographer: a report's picture credited to the paper itself at the
 * caption's end (……。青禾图片), its caption cut over two lines, and an essay's picture with no credit
 * (图为……。) printed flush after its last sentence, over the next piece's column and headline.
 */
const CAPTIONS_WITHOUT_PHOTOGRAPHER = {
  wrapped: {
    '图为游客在新修的环湖步道上拍照留念。青禾图片': ['图为游客在新修的环湖步道上', '拍照留念。青禾图片'],
    '图为雨后的石板老街。': ['图为雨后的石板老街。'],
  } as Record<string, string[]>,
  articles: [
    {
      headline: '白沙湖环湖步道全线贯通',
      paragraphs: ['白沙湖环湖步道日前全线贯通，全长十二公里，沿途设观景台六处。', '图为游客在新修的环湖步道上拍照留念。青禾图片'],
    },
    {
      headline: '老街听雨',
      paragraphs: ['小时候住的那条老街，一到梅雨季，石板路就被雨水洗得发亮。', '如今老街早已翻修，可每到下雨，我还是会想起檐下的那条长凳。', '图为雨后的石板老街。'],
    },
    {
      headline: '山那边的学校（连载九）',
      paragraphs: ['第二天一早，校长带着我们去看新盖的教室，操场边的桂树已经开花了。'],
    },
  ] as Printed[],
};

/**
 * A dated picture printed after a report's last paragraph, its credit on a line of its own, naming
 * what the report tells (湿地 in its headline, 湖东 in its text): photo news of its own all the same,
 * as 470 of 495 such pictures in the other papers' truths; then another report.
 */
const DATED_PICTURE_AFTER_REPORT: Printed[] = [
  {
    headline: '白沙湖湿地今年新增两千亩',
    paragraphs: [
      '本报讯（记者 林晓岚）记者从县林业局获悉，今年以来全县新增湿地两千余亩，修复岸线八公里。',
      '走进湖东片区，成片的芦苇已抽出新芽，白鹭在浅滩上觅食。',
    ],
  },
  { paragraphs: ['3月21日，游客在湖东湿地观赏水鸟。', '本报记者 柯  远 摄'] },
  {
    headline: '河西县新开三条城乡公交线路',
    paragraphs: ['本报讯（通讯员 罗  进）河西县近日新开通三条城乡公交线路，覆盖沿线十二个村。'],
  },
];

/** Prints a page whose captions and credits `wrapped` names as their pieces, flush on lines of their own. */
function printWrapped(layout: Layout, articles: Printed[], wrapped: Record<string, string[]>): string {
  let text = print(layout, articles);
  const apart = layout === 'blank-lines' || layout === 'markdown' ? '\n\n' : '\n';
  for (const [whole, pieces] of Object.entries(wrapped)) {
    // A caption box's lines stand together (apart, where every line is a block); a blank line may stand before its credit.
    text = text.replace(layout === 'indented' ? I + whole : whole, pieces.join(layout === 'blank-lines' ? '\n\n' : '\n'));
  }
  return text.replace(/\n(?=通讯员 林  桂 摄)/, apart);
}

const KINDS = {
  kickerDash: {
    name: 'a kicker ending in —— on its own line is the kicker of the headline under it',
    articles: KICKER_DASH,
  },
  coreReading: {
    name: '核心阅读, 编者按： and 核心提示 under a headline open the body: the headline stays the headline, one article each',
    articles: CORE_READING,
    check: (entries) => {
      expect(entries[0].body.map((b) => b.text)).toContain('核心阅读');
      expect(entries[1].body[0].text.startsWith('编者按：')).toBe(true);
    },
  },
  qaTurns: {
    name: 'a Q&A’s short turns (问：……？（读者 某先生）, 答：……) under a column and a question as headline are its paragraphs',
    run: (layout) => {
      const [news, qa] = QA_TURNS;
      const page = print(layout, [news, { ...qa, kicker: qa.column }]);
      const { read, expected } = compare(entriesOf(ingest({ text: page })), QA_TURNS);
      expect(read).toEqual(expected);
    },
  },
  editorsLabelFlush: {
    name: '编者按 alone and flush under a kicker, headline and subheadline opens the body; the headline block stays one article',
    run: (layout) => expectFlush(layout, EDITORS_LABEL_FLUSH, ['编者按']),
  },
  editorsNoteAlone: {
    name: '编者按 on a line of its own opens the body of the article under the headline',
    articles: EDITORS_NOTE_ALONE,
  },
  columnOrKicker: {
    name: 'a short label over a headline sharing no words with its article is its column; one naming the article’s subject, or over a report under its reporter’s byline, is its kicker',
    run: (layout) => {
      // The column's name is printed as a line over the headline, where a kicker would stand.
      const page = print(layout, COLUMN_OR_KICKER.map((a) => (a.column ? { ...a, kicker: a.column } : a)));
      const { read, expected } = compare(entriesOf(ingest({ text: page })), COLUMN_OR_KICKER);
      expect(read).toEqual(expected);
    },
  },
  columnTag: {
    name: 'a column tag in brackets after a headline is the column; the headline keeps the tag as printed',
    articles: COLUMN_TAG,
  },
  profiles: {
    name: 'a series of short profiles (a name line with ：, a headline with the series’ tag) is one article each',
    articles: PROFILES,
  },
  photoCredits: {
    name: 'a photo credit closing an article is that article’s credit, never the next article’s headline, kicker or column',
    articles: PHOTO_CREDITS,
    check: (entries) => {
      for (const e of entries) expect([e.column, e.kicker, e.headline, e.subheadline].join(' ')).not.toMatch(/摄|制图/);
    },
  },
  closingNotes: {
    name: 'an agency credit, an author note and an editor’s signature close the article above them',
    articles: CLOSING_NOTES,
    check: (entries) => {
      expect(entries[0].text.endsWith(squeeze('（新华社北京3月4日电  记者韦安然 黎小舟）'))).toBe(true);
      expect(entries[1].text.endsWith(squeeze('（作者为青禾大学公共管理学院教授）'))).toBe(true);
      expect(entries[2].text.endsWith(squeeze('——编  者'))).toBe(true);
    },
  },
  shortSubheads: {
    name: 'one- or two-word subheads (负担 / 症结 / 破题) stay subheads of one article',
    articles: SHORT_SUBHEADS,
    check: (entries) => expect(subheads(entries[0])).toEqual(['负担', '症结', '破题']),
  },
  placeSections: {
    name: 'a long feature with place-name kickers (某县某村——), section titles and bylines stays one article',
    articles: PLACE_SECTIONS,
  },
  continued: {
    name: 'the second half of a continued article (（上接第一版）) is an untitled article linked to its first half, shown under its headline',
    run: (layout) => {
      const read = ingestIssue(layout, [BIRDS, ROAD], [ROAD_ON_3, JOBS]);
      const first = compare(read.entries(1), [BIRDS, ROAD]);
      expect(first.read).toEqual(first.expected);
      const [birds, road] = read.articles(1);
      const [half, jobs] = read.articles(3);
      expect(road).toMatchObject({ headline: ROAD.headline, continuedOn: 3, continuedOnArticle: half.id });
      expect(birds.continuedOn).toBeNull();
      expect(half).toMatchObject({ headline: null, continuedFrom: 1, continuedFromArticle: road.id, continuationNotes: ['（上接第一版）'] });
      expect(jobs.headline).toBe(JOBS.headline);
      expect(compare(read.entries(3), [ROAD_ON_3, JOBS]).read.map((r) => [r.lacks, r.holdsOthers])).toEqual([[[], []], [[], []]]);
      expect(articleTitle(half, [], read.archive)).toBe(`${ROAD.headline}（续）`);
      // Titled by its first half, it is not reported as untitled.
      expect(read.uncertain(3).filter((u) => u.includes(half.id))).toEqual([]);
    },
  },
  continuedBeforeHeadline: {
    name: 'a paragraph closing with （下转第三版） stays with its article when the next headline follows',
    run: (layout) => {
      const read = ingestIssue(layout, [ROAD, BIRDS]);
      const { read: got, expected } = compare(read.entries(1), [ROAD, BIRDS]);
      expect(got).toEqual(expected);
      expect(read.articles(1)[0]).toMatchObject({ continuedOn: 3, continuationNotes: ['（下转第三版）'] });
    },
  },
  twoHalves: {
    name: 'two halves continued from one page (each （上接第一版）) are two articles, each linked to its own first half',
    run: (layout) => {
      const read = ingestIssue(layout, [ROAD, { ...BIRDS, paragraphs: [...BIRDS.paragraphs.slice(0, -1), `${BIRDS.paragraphs.at(-1)}（下转第三版）`] }], [BIRDS_ON_3, ROAD_ON_3, JOBS]);
      const [road, birds] = read.articles(1);
      const third = read.articles(3);
      expect(third.map((a) => [a.headline, a.continuedFromArticle])).toEqual([[null, birds.id], [null, road.id], [JOBS.headline, null]]);
      expect(compare(read.entries(3), [BIRDS_ON_3, ROAD_ON_3, JOBS]).read.map((r) => [r.lacks, r.holdsOthers])).toEqual([[[], []], [[], []], [[], []]]);
    },
  },
  middleHalf: {
    name: 'the middle half of an article run over three pages (（上接第一版）…（下转第五版）) is linked both ways',
    run: (layout) => {
      const middle: Printed = { paragraphs: [`${ROAD_ON_3.paragraphs[0]}（下转第五版）`] };
      const last: Printed = { paragraphs: [`（上接第三版）${ROAD_ON_3.paragraphs[1]}`] };
      const read = ingestIssue(layout, [BIRDS, ROAD], [middle, JOBS], [last, FARMS]);
      const [, road] = read.articles(1);
      const [half] = read.articles(3);
      const [rest] = read.articles(5);
      expect(half).toMatchObject({ headline: null, continuedFrom: 1, continuedOn: 5, continuedFromArticle: road.id, continuedOnArticle: rest.id });
      expect(half.blocks.map((b) => b.text).join('')).not.toContain('上接');
      expect(rest).toMatchObject({ headline: null, continuedFrom: 3, continuedFromArticle: half.id });
      expect(articleTitle(rest, [], read.archive)).toBe(`${ROAD.headline}（续）`);
    },
  },
  plainSubheads: {
    name: 'subheads that share no words with the headline, one with a line of its own over it, stay subheads of one article',
    articles: PLAIN_SUBHEADS,
    check: (entries) => expect(subheads(entries[0])).toEqual(['楼道里的灯亮了', '从前', '门口是一段土路']),
  },
  figureLabels: {
    name: 'a figure over its paragraph right under the headline block (260家) opens the body as a subhead',
    articles: FIGURE_LABELS,
    check: (entries) => expect(subheads(entries[0])).toEqual(['260家', '1.2万人次']),
  },
  datedPhotoNews: {
    name: 'a one-line headline over a paragraph opening with its day (3月4日，…) or a relayed dateline (据新华社…电) starts an article',
    articles: DATED_PHOTO_NEWS,
    check: (entries) => expect(entries[2].dateline).toBe('据新华社东京3月4日电  （记者华小义）'),
  },
  sentenceSubheadline: {
    name: 'a sentence printed under a headline, without ——, is its subheadline',
    articles: SENTENCE_SUBHEADLINE,
  },
  sameOpenings: {
    name: 'two different articles that open with the same sentence are both kept whole, nothing folded',
    articles: SAME_OPENINGS,
    check: (entries) => {
      expect(entries.map((e) => e.folds)).toEqual([0, 0]);
      for (const e of entries) expect(e.flags).not.toContain('folded-duplicate');
    },
  },
  loneHeadline: {
    name: 'a one-line headline over an article that opens like any paragraph, after a report, starts an article',
    articles: LONE_HEADLINE,
  },
  sectionPairs: {
    name: 'a section’s place and name on two lines printed apart, over text that opens with the day, stay subheads',
    articles: SECTION_PAIRS,
    check: (entries) => expect(subheads(entries[0])).toEqual(['北', '雪松哨所', '南', '珊瑚岛']),
  },
  leadOverDispatch: {
    name: 'summary points or a one-line summary over a dispatch: the dispatch is the same article',
    articles: LEAD_OVER_DISPATCH,
  },
  headlineOverSubheadline: {
    name: 'two headline lines that go on with one subject, or report an event and add to it, are headline and subheadline',
    articles: HEADLINE_OVER_SUBHEADLINE,
  },
  outcomeSubheadline: {
    name: 'a second headline line that gives an outcome’s figure, or parallels the first, is the subheadline; a plain kicker + headline stays so',
    articles: OUTCOME_SUBHEADLINE,
  },
  pageNotices: {
    name: 'the page’s own notices after an article (投稿邮箱 and its address, 看某某映像　　…, ·广告·, 本期统筹：…) close it',
    articles: PAGE_NOTICES,
  },
  headlineAfterSubheads: {
    name: 'a one-line headline far shorter or longer than every subhead of the report above it heads its own article',
    articles: HEADLINE_AFTER_SUBHEADS,
  },
  taggedReportersNote: {
    name: 'a reporter’s note under a report, titled and tagged （记者手记）, is part of that report',
    articles: TAGGED_REPORTERS_NOTE,
  },
  signedNotice: {
    name: 'the issuer and date signing a notice on one line (某某组委会　　2026年2月26日) close it',
    articles: SIGNED_NOTICE,
  },
  biographyAfterNote: {
    name: 'a biography (某某，1931年生于…) after an interview’s closing note belongs to the interview',
    articles: BIOGRAPHY_AFTER_NOTE,
  },
  kickerOverParallelPair: {
    name: 'a kicker over a headline and a subheadline that closes like it reads kicker, headline, subheadline (no banner)',
    articles: KICKER_OVER_PARALLEL_PAIR,
  },
  visitAnnounced: {
    name: 'a headline announcing a visit to come (某某将赴某国…访问) over the briefing about it: headline + subheadline',
    articles: VISIT_ANNOUNCED,
  },
  secondDispatch: {
    name: 'a second dispatch reporting what the subheadline names, under a one-paragraph announcement, is the same article',
    articles: SECOND_DISPATCH,
  },
  photoAtFootAfterReport: {
    name: 'photo news at the page’s foot after a dated report, its caption sharing with the report one word and pairs of a numeral (县一, 一处), is news of its own',
    articles: PHOTO_AT_FOOT_AFTER_REPORT,
  },
  placedSignatures: {
    name: 'a reader’s piece signed with where the writer lives and a name spaced to a width (白沙区 葛  晴) keeps its signature, at the foot of the page and over the next headline',
    articles: PLACED_SIGNATURES,
  },
  residentsInHeadlines: {
    name: 'a headline ending on 市民 and what they do (…积水成片 市民绕行) heads its story; a reader’s signature after 市民 is a name',
    articles: RESIDENTS_IN_HEADLINES,
  },
  letters: {
    name: 'letters taken down by reporters (title, signature, （……整理）) printed under one headline are one article',
    articles: LETTERS,
    check: (entries) => expect(subheads(entries[0])).toEqual(['把大桥修到河对岸', '草原上的小药箱', '教孩子们写“福”字']),
  },
  forumTalks: {
    name: 'a forum’s talks (a title, the speaker’s post and name, the talk) under the report of it are one article',
    articles: FORUM_TALKS,
  },
  compiledBoxAfterTakenDown: {
    name: 'a table closed by what it was compiled from (（根据……信息整理）) after a reader’s question its reporter took down is a piece of its own, no part of a collection',
    run: (layout) => expectPiecesApart(layout, COMPILED_BOX_AFTER_TAKEN_DOWN),
  },
  askingAfterAnswer: {
    name: 'a line that asks without a question mark (外地游客能用吗) between an answer and the next question heads that question’s piece',
    run: (layout) => expectPiecesApart(layout, ASKING_AFTER_ANSWER),
  },
  askingWordAfterAnswer: {
    name: 'so does one asking by a question word before its verb (船员证丢了怎么补办) or as yes-or-no (孩子反复咳嗽要不要拍片)',
    run: (layout) => expectPiecesApart(layout, ASKING_WORD_AFTER_ANSWER),
  },
  captionAfterText: {
    name: 'photo news whose caption (图为…) and credit follow its text keeps them',
    articles: CAPTION_AFTER_TEXT,
  },
  pictureTitles: {
    name: 'titles of pictures printed one under another, each closing in its medium in brackets, are one entry each',
    articles: PICTURE_TITLES,
  },
  pictureTitleOverEssay: {
    name: 'a picture’s title closing in its medium (秋山晓色（中国画）) is a whole headline: a plain line under it heads the next piece, never its subheadline',
    articles: PICTURE_TITLE_OVER_ESSAY,
  },
  pairedSubheads: {
    name: 'sections headed by a label over two spaced halves stay subheads of one report, though one label (青年论坛) reads as a column’s name',
    articles: PAIRED_SUBHEADS,
  },
  noteUnderLabel: {
    name: 'a reporter’s note under its label (记者手记) and a headline with a comma, after an investigation, is a piece of its own, its headline never the first words of its text',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, NOTE_UNDER_LABEL), header: false })), NOTE_UNDER_LABEL);
      // The label is the note's kicker where the layout prints headline blocks together, its column where every line stands apart.
      const label = read.map((r) => (r.column === '记者手记' && r.kicker === null ? { ...r, column: null, kicker: r.column } : r));
      expect(label).toEqual(expected);
    },
  },
  nearHalvesSubheads: {
    name: 'a feature’s subheads printed as spaced halves stay one series where one half is a character longer (草原绿了 牧人回来了 among 湖水蓝了 野花开了)',
    check: (entries) => expect(subheads(entries[0])).toEqual(['湖水蓝了 野花开了', '草原绿了 牧人回来了', '老街旧了 烟火旺了']),
    articles: NEAR_HALVES_SUBHEADS,
  },
  briefsBeforeBox: {
    name: 'a brief’s headline after a short item under its byline is a headline, though a box’s name (热线速递) stands further on',
    articles: BRIEFS_BEFORE_BOX,
  },
  cartoonOverSentenceKicker: {
    name: 'a cartoon’s short title over a sentence-like kicker (……，市民诉某影城) and its shorter headline is a piece of its own, never the kicker of the report',
    run: (layout) => {
      for (const header of [true, false]) {
        const { read, expected } = compare(entriesOf(ingest({ text: print(layout, CARTOON_OVER_SENTENCE_KICKER), header })), CARTOON_OVER_SENTENCE_KICKER);
        expect(read, header ? 'under a printed header' : 'an e-paper’s list').toEqual(expected);
      }
    },
  },
  spacedBylines: {
    name: 'a byline whose name is spaced to a width (本报记者  罗  进), under a kicker—— and headline or a section’s title, is the byline, not a headline-block line',
    run: (layout) => {
      const result = ingest({ text: print(layout, SPACED_BYLINES) });
      const { read, expected } = compare(entriesOf(result), SPACED_BYLINES);
      expect(read).toEqual(expected);
      expect(result.entries.articles.map((a) => a.data.authors.map((x) => x.name))).toEqual([['周文'], ['罗进'], ['林晓岚', '姜宁']]);
    },
  },
  sectionBylines: {
    name: 'section titles (某单位某某： / “……，……”) over a spaced byline stay sections of one feature',
    articles: SECTION_BYLINES,
  },
  factBox: {
    name: 'a box of facts (a title, short lines without a sentence) after an author note belongs to the signed piece above it',
    articles: FACT_BOX,
  },
  sayingsBox: {
    name: 'sayings under a label, each closed by its attribution (——某某), after an author note belong to the signed piece above them',
    articles: SAYINGS_BOX,
  },
  readersMessages: {
    name: 'readers’ messages each signed ——某地 读者 某某, under a headline of their own after an author note, are a piece of their own, not sayings quoted under the piece above',
    articles: READERS_MESSAGES,
  },
  daysListingAfterAuthorNote: {
    name: 'the page’s listing of the week’s events, each row led by its day (本周文化活动 / ●3月20日　……), after an author note is a piece of its own, not the commentary’s sidebar',
    articles: DAYS_LISTING_AFTER_AUTHOR_NOTE,
  },
  overviewListAfterAuthorNote: {
    name: 'a list titled 某某一览 after an author note is a piece of its own, not the commentary’s sidebar of facts',
    articles: OVERVIEW_LIST_AFTER_AUTHOR_NOTE,
  },
  markedGuideAfterAuthorNote: {
    name: 'a guide of marked rows (书院街寻书地图 / ●某书店（某街12号）：……) after an author note is a piece of its own, not the commentary’s sidebar of facts',
    articles: MARKED_GUIDE_AFTER_AUTHOR_NOTE,
  },
  figuresTableAfterAuthorNote: {
    name: 'a table of figures (剧团名称　演出场次　观众人次 / 西关剧团　86　1.9万) after an author note is a piece of its own, not the commentary’s sidebar of facts',
    articles: FIGURES_TABLE_AFTER_AUTHOR_NOTE,
  },
  residentsSayings: {
    name: 'residents’ sayings each signed ——某地居民　某某, under a box’s headline (声音) after an author note, are a piece of their own, not sayings quoted under the piece above',
    articles: RESIDENTS_SAYINGS,
  },
  taggedAfterCartoon: {
    name: 'a headline known by its column tag over a paragraph heads a piece of its own, though the line above (a cartoon’s caption closed by 某某 作) has no stop',
    articles: TAGGED_AFTER_CARTOON,
  },
  briefsBoxDatelines: {
    name: 'headless briefs under a box’s name (校园短讯), each opening with 本报讯, are the box’s, not pieces of their own',
    articles: BRIEFS_BOX_DATELINES,
  },
  excerptsRoundup: {
    name: 'a roundup of excerpts (观点摘编 / 【某观点】…… / ——摘自《某报》 / 【另一观点】……) is one piece: each source closes its excerpt, not the roundup',
    articles: EXCERPTS_ROUNDUP,
  },
  editorsNoteHeads: {
    name: 'an editor’s note signed ——编  者 under a headline opens the article: the report after it is the same article',
    articles: EDITORS_NOTE_HEADS,
  },
  photoAfterLead: {
    name: 'a picture under a headline and one paragraph is that photo news’s picture, though its caption opens with its day',
    articles: PHOTO_AFTER_LEAD,
  },
  datedPhotoAfterArticle: {
    name: 'a picture of other news after an article (its caption opening with its day, its credit on a line of its own) stands alone; an article’s own picture with the credit at its caption’s end stays the article’s',
    articles: DATED_PHOTO_AFTER_ARTICLE,
  },
  cryAfterNotes: {
    name: 'a short cry (赛龙舟喽！) over text after an article’s closing notes is the next headline',
    articles: CRY_AFTER_NOTES,
  },
  introducedAccounts: {
    name: 'accounts an editor’s note introduces, each under a title of its own with nothing else of its own, are the article the note opens',
    articles: INTRODUCED_ACCOUNTS,
  },
  versesAfterNote: {
    name: 'an essay quoting verses with their attributions, after a signed piece’s author note, is an article of its own',
    articles: VERSES_AFTER_NOTE,
  },
  poemAfterNote: {
    name: 'a poem after a signed piece’s author note is an article of its own, not a box of facts',
    articles: POEM_AFTER_NOTE,
  },
  briefsAfterEditorsNote: {
    name: 'briefs after an article an editor’s note opens are articles of their own, not its accounts',
    articles: BRIEFS_AFTER_EDITORS_NOTE,
  },
  afterwordCloses: {
    name: 'an editor’s afterword (编后：…… / ——编  者) closes its article: the next headline heads another',
    articles: AFTERWORD_CLOSES,
  },
  cryAfterEditorsNote: {
    name: 'a cry (开演啦！) after an editor’s note signed ——编  者 opens the body of the same article',
    articles: CRY_AFTER_EDITORS_NOTE,
  },
  cryAfterCredit: {
    name: 'a cry (加油！加油！) after a picture’s credit inside a report is its next paragraph',
    articles: CRY_AFTER_CREDIT,
  },
  yearHeadline: {
    name: 'a headline opening with a year and a comma (1949年，……) over a byline is a headline',
    articles: YEAR_HEADLINE,
  },
  contactLine: {
    name: 'a contact line (咨询电话：0352-…) closes its brief, never the next headline’s kicker',
    articles: CONTACT_LINE,
  },
  questionHeadline: {
    name: 'a headline that asks (……为何这么火？) over a ——subheadline and a byline is a headline block',
    articles: QUESTION_HEADLINE,
  },
  datedSections: {
    name: 'a reportage’s first subhead over a section that opens with its day (3月2日，…) stays a subhead when more subheads follow',
    articles: DATED_SECTIONS,
  },
  piecesAfterWriteUp: {
    name: 'after a write-up’s closing note (（本报记者 …整理）) a line standing alone heads the next piece, a comma in it or not, and is no subhead of the piece after',
    articles: PIECES_AFTER_WRITE_UP,
  },
  taggedQuestion: {
    name: 'a headline that asks, with its column tag after the question mark (……为啥没有座椅？（说道）), is a tagged headline',
    articles: TAGGED_QUESTION,
  },
  pageHeader: {
    name: 'a page header (报名 日期 星期 / 第6版 国际 责任编辑：…) names the page, keeps its lines on the page, and heads no article',
    run: (layout) => {
      const gap = layout === 'indented' ? '\n' : '\n\n';
      const text = `${PAGE_HEADER.join('\n')}${gap}${print(layout, UNDER_HEADER)}`;
      const result = runPipeline([{ name: 'qinghe.txt', displayPath: 'qinghe.txt', text, meta: { date: '2019-03-05' } }], emptyLedger());
      expect(result.entries.sections[0]).toMatchObject({ page: 6, name: '国际', pageSource: 'printed', header: PAGE_HEADER });
      const { read, expected } = compare(entriesOf(result, 6), UNDER_HEADER);
      expect(read).toEqual(expected);
      // A page number the staff give wins; the report says the header prints another.
      const given = runPipeline([{ name: 'qinghe.txt', displayPath: 'qinghe.txt', text, meta: { date: '2019-03-05', page: 3 } }], emptyLedger());
      expect(given.entries.sections[0]).toMatchObject({ page: 3, pageSource: 'metadata' });
      expect(given.pages[0].uncertain).toContain('版头印着第6版，导入按给定的第3版（page header disagrees）');
    },
  },
  markedPieces: {
    name: 'a column’s mark in brackets (【消费提醒】) over a headline is its column, a comma in the headline or not; a serial’s instalment (（第十二回）) is no column tag',
    run: (layout) => {
      const text = `${MARKED_PIECES.map((p) => printPiece(layout, p.lines, p.marked, p.printed.paragraphs)).join(layout === 'indented' ? '\n' : '\n\n')}\n`;
      const printed = MARKED_PIECES.map((p) => p.printed);
      const { read, expected } = compare(entriesOf(ingest({ text })), printed);
      expect(read).toEqual(expected);
    },
  },
  servicePage: {
    name: 'a weather box’s rows (省城 30日 晴 -3℃～6℃) are its report’s, and notices under their titles (遗失声明, 招领启事) are one piece each, never subheads of the notice above',
    articles: SERVICE_PAGE,
  },
  flushWeatherRows: {
    name: 'a weather box’s rows printed flush under an indented report (5日（周六） 晴 2℃～12℃) are the report’s, never the next headline’s kicker',
    run: (layout) => {
      const weather: Printed = {
        column: '周末天气',
        headline: '周末两天晴好 早晚注意保暖',
        paragraphs: ['据市气象台预报，本周末我市以晴到多云天气为主，早晚温差较大。', '周六白天阳光充足，适合出行，夜间请注意防寒保暖。', '5日（周六） 晴 2℃～12℃ 北风2级', '6日（周日） 多云 4℃～11℃ 北风3级'],
      };
      const club: Printed = { headline: '湖畔夜跑团：在冬夜里跑出好状态', paragraphs: ['本报记者 柯  远', '每周五晚上七点，湖畔步道旁三十多名跑友准时集合，热身之后沿湖慢跑。'] };
      const text =
        layout === 'indented'
          ? ['周末天气', weather.headline, I + weather.paragraphs[0], I + weather.paragraphs[1], ...weather.paragraphs.slice(2), club.headline, club.paragraphs[0], I + club.paragraphs[1]].join('\n') + '\n'
          : `${[printPiece(layout, ['周末天气', weather.headline!], 1, weather.paragraphs), printPiece(layout, [club.headline!], 0, club.paragraphs)].join('\n\n')}\n`;
      const entries = entriesOf(ingest({ text }));
      const { read, expected } = compare(entries, [weather, club]);
      expect(read).toEqual(expected);
      // Each row its own paragraph: a row ends at its line's end, though it ends in no stop.
      expect(entries[0].body.map((b) => b.text)).toEqual(expect.arrayContaining(weather.paragraphs.slice(2)));
    },
  },
  flushSentences: {
    name: 'on an indented page, a flush line ending in its stop (■任何索要验证码的“客服”都是骗子。) is text of the piece above, never a headline line',
    run: (layout) => {
      const tips: Printed = {
        column: '警方提示',
        headline: '“快递理赔”是陷阱 陌生链接别乱点',
        paragraphs: [
          '近日，白沙区居民柯女士接到自称“快递客服”的电话，对方称包裹丢失可双倍理赔。',
          '柯女士按对方要求点开链接、填写了银行卡信息，随后发现卡内的三千元被转走。',
          '接到报警后，白沙区公安分局立即开展调查，目前案件正在进一步侦办中。',
          '民警介绍，此类骗局中骗子往往能说出受害人的姓名和购物信息。警方提示广大市民：',
          '■快递丢失理赔应通过购物平台或快递公司官方渠道办理。',
          '■任何索要银行卡密码、短信验证码的“客服”都是骗子。',
          '■遇到可疑情况，请及时拨打110咨询。',
        ],
      };
      const found: Printed = { headline: '出租车司机归还乘客遗落的现金', paragraphs: ['11月2日下午，出租车司机柯宝山在清理车辆时发现后座有一个手提袋，随即报警。', '民警根据袋中的银行卡信息，很快联系上了失主柯先生。', '柯先生当天从银行取钱准备给工人发工资，下车时忘了拿。', '拿到失而复得的现金，柯先生执意要给司机酬谢，被婉言谢绝。'] };
      const text =
        layout === 'indented'
          ? ['警方提示', tips.headline, ...tips.paragraphs.slice(0, 4).map((p) => I + p), ...tips.paragraphs.slice(4), found.headline, ...found.paragraphs.map((p) => I + p)].join('\n') + '\n'
          : `${[printPiece(layout, ['警方提示', tips.headline!], 1, tips.paragraphs), printPiece(layout, [found.headline!], 0, found.paragraphs)].join('\n\n')}\n`;
      const { read, expected } = compare(entriesOf(ingest({ text })), [tips, found]);
      expect(read).toEqual(expected);
    },
  },
  issuerSignOff: {
    name: 'a notice signed by its issuer alone, no date under it (停电公告 / …… / 国网某某供电公司), closes the notice; the next piece keeps its headline',
    articles: [
      {
        headline: '停电公告',
        paragraphs: ['为确保冬季用电安全，供电部门将对以下线路进行检修，届时停电，请用户提前做好准备。', '如遇恶劣天气，检修工作将顺延。', '国网青禾供电公司'],
      },
      {
        headline: '医保服务大厅调整冬季办公时间',
        paragraphs: ['自11月9日起，青禾市医疗保障服务中心调整冬季办公时间，下午办公时间提前半小时。'],
      },
    ],
  },
  markedSubheads: {
    name: 'a story’s subheads marked with ■ and longer than a box’s label (■数据让果子卖上好价钱), two or more in its body, stay its subheads',
    articles: [
      {
        headline: '苹果园里的“数字新农具”',
        paragraphs: [
          '本报讯（记者 柯  远）白沙镇的果农罗红梅，今年给自家果园装上了土壤墒情监测仪。',
          '■手机成了果农的“新农具”',
          '在青禾，像罗红梅这样用上数字农具的果农越来越多，全县已有三千多户。',
          '植保无人机、智能分拣线等设备，正在改变果农的生产方式。',
          '■数据让果子卖上好价钱',
          '数字化不仅改变了种植方式，也改变了苹果的销售方式。',
          '今年，青禾还上线了苹果产业大数据平台，果农可以随时查看行情。',
        ],
      },
      {
        headline: '白沙镇举办冬季招聘会',
        paragraphs: ['本报讯（记者 甘  蕙）3日，白沙镇举办冬季招聘会，40家企业提供岗位1200多个。'],
      },
    ],
  },
  noticeFields: {
    name: 'a notice’s fields (征订截止时间：11月30日, 四、征求意见范围：……) are its paragraphs, each its own, its issuer after them closes it, and the next notice’s title (注销公告) heads a notice of its own',
    articles: [
      {
        headline: '《青禾日报》新年度征订启事',
        paragraphs: ['亲爱的读者朋友：新年度《青禾日报》征订工作已经开始，欢迎广大读者踊跃订阅。', '订阅价格：全年每份360元，半年每份180元', '征订截止时间：11月30日', '青禾日报社'],
      },
      {
        headline: '青禾经济开发区污水处理厂扩建项目环境影响评价第二次公示',
        paragraphs: ['青禾经济开发区污水处理厂扩建项目环境影响报告书征求意见稿已编制完成，现予公示。', '一、项目名称：青禾经济开发区污水处理厂扩建项目', '二、征求意见范围：项目周边可能受影响的单位和个人', '三、公示期限：自公示之日起10个工作日', '建设单位：青禾经开区水务有限公司'],
      },
      {
        headline: '注销公告',
        paragraphs: ['青禾市白沙区顺达农机服务专业合作社经成员大会决议解散，请债权人自本公告发布之日起四十五日内申报债权。'],
      },
    ],
  },
  numberedCaptions: {
    name: 'a photo group’s numbered captions (①…… ②…… ③……) and its credit stay under its headline, the last caption with its credit too',
    articles: [
      {
        headline: '钢城工人的一天',
        paragraphs: ['①早上7点半，炼钢厂工人在交接班前检查防护装备。', '②上午10时，工人在转炉平台观察钢水温度。', '③下午3时，质检员在实验室对钢样进行检测。', '晚报记者 柯  远 摄'],
      },
      {
        headline: '冬储菜上市',
        paragraphs: ['11月4日，白沙区一家农贸市场内，市民在选购大白菜。', '晚报记者 甘  蕙 摄'],
      },
    ],
  },
  commentAfterBrief: {
    name: 'a label and a headline over a writer marked 文／ after a one-paragraph brief head a piece of their own, not two subheads of the brief',
    run: (layout) => {
      // Whether the label reads as the kicker or the column is the paper's habit; the pieces must be apart.
      const apart = (text: string, printed: Printed[]) => {
        const entries = entriesOf(ingest({ text }));
        for (const piece of printed) {
          const entry = entries.find((e) => e.headline === piece.headline);
          const others = printed.filter((p) => p !== piece).flatMap((p) => p.paragraphs);
          expect([piece.headline, piece.paragraphs.filter((p) => !entry?.text.includes(squeeze(p))), others.filter((p) => entry?.text.includes(squeeze(p)))]).toEqual([piece.headline, [], []]);
        }
      };
      apart(print(layout, COMMENT_AFTER_BRIEF), COMMENT_AFTER_BRIEF);
      if (layout !== 'blank-lines') return;
      // A page that prints its first headline block tight (kicker over headline), every other line apart.
      const opening: Printed = { kicker: '扎根乡村教育二十年——', headline: '“让山里娃看到更大的世界”', paragraphs: ['编者按：从代课教师到乡村小学校长，柯晓梅在大山里守了二十年。', '记者：当初是什么让您留在了山里？', '柯晓梅：孩子们需要我。'] };
      const [brief, comment] = COMMENT_AFTER_BRIEF;
      const text = [`${opening.kicker}\n${opening.headline}`, ...opening.paragraphs, brief.headline, ...brief.paragraphs, comment.kicker, comment.headline, ...comment.paragraphs].join('\n\n');
      apart(`${text}\n`, [opening, ...COMMENT_AFTER_BRIEF]);
    },
  },
  writerUnderHeadline: {
    name: 'a writer’s name alone under a headline, the piece closed by an author note (（作者为……）), is its byline, not its headline under a kicker',
    run: (layout) => {
      const text = `${WRITER_UNDER_HEADLINE.map((p) => printPiece(layout, p.lines, p.marked, p.printed.paragraphs)).join(layout === 'indented' ? '\n' : '\n\n')}\n`;
      const result = ingest({ text });
      const { read, expected } = compare(entriesOf(result), WRITER_UNDER_HEADLINE.map((p) => p.printed));
      expect(read).toEqual(expected);
      expect(result.entries.articles[0].data.authors).toContainEqual({ name: '柯远山', role: '作者' });
    },
  },
  wordSurnameWriter: {
    name: 'a writer’s name alone under a headline whose surname is also a word (鞠某某), the piece closed by an author note, is its byline, never a headline of its own',
    run: (layout) => {
      const text = `${WORD_SURNAME_WRITER.map((p) => printPiece(layout, p.lines, p.marked, p.printed.paragraphs)).join(layout === 'indented' ? '\n' : '\n\n')}\n`;
      const result = ingest({ text });
      const { read, expected } = compare(entriesOf(result), WORD_SURNAME_WRITER.map((p) => p.printed));
      expect(read).toEqual(expected);
      expect(result.entries.articles[0].data.authors).toContainEqual({ name: '鞠远帆', role: '作者' });
    },
  },
  branchWriterUnderHeadline: {
    name: 'a writer’s workplace spelt out to its branch and a name under a headline (……公司第二党支部　某某某) is the byline, never a new piece’s headline',
    run: (layout) => {
      // Whether 学习心得 reads as the kicker or the column is the paper's habit; the byline must stay with its piece.
      expectPiecesApart(layout, BRANCH_WRITER_UNDER_HEADLINE);
    },
  },
  namesListLastLine: {
    name: 'a names list’s last line holding one name and its unit (田玉珍（县教育局）) is a line of the list, never a headline with the unit read as its column',
    run: (layout) => {
      expectPiecesApart(layout, NAMES_LIST_LAST_LINE);
    },
  },
  resultsAfterReport: {
    name: 'a results box after a race’s report (成绩 / 男子组 / 1．某队　3分42秒15 … / 最佳鼓手奖：某队) heads a piece of its own, its prize row its last, never the report’s subheads or a headline',
    run: (layout) => {
      expectPiecesApart(layout, RESULTS_AFTER_REPORT);
    },
  },
  writerUnderCommaHeadline: {
    name: 'a doctor’s unit, post and name under a headline with a comma (……主任医师　某某某) is its byline, never a new piece’s headline',
    run: (layout) => {
      // Printed with every line apart, a headline with a comma stands as a paragraph would: no cue tells them apart
      // there (tried on all sets: two headline blocks fewer). The kind is the headline block printed together.
      if (layout === 'blank-lines') return;
      // Whether 名医坐堂 reads as the kicker or the column is the paper's habit; the byline must stay with its piece.
      expectPiecesApart(layout, DOCTOR_UNDER_COMMA_HEADLINE);
    },
  },
  numberedEssay: {
    name: 'an essay’s numbered subheads (一  煤炉 / 二  糖画 / 三  旧书摊), neither indented nor marked, stay subheads of the one essay',
    run: (layout) => {
      const entries = entriesOf(ingest({ text: printSections(layout, NUMBERED_ESSAY, ESSAY_SECTIONS) }));
      expect(entries.map((e) => e.headline)).toEqual([NUMBERED_ESSAY.headline, NUMBERED_BRIEF.headline]);
      expect(subheads(entries[0])).toEqual(ESSAY_SECTIONS.map(([subhead]) => subhead));
    },
  },
  stepFeature: {
    name: 'a feature’s steps numbered 第一步　…… / 第二步　…… stay its subheads, never headlines of pieces of their own',
    run: (layout) => {
      const entries = entriesOf(ingest({ text: printSections(layout, STEP_FEATURE, STEP_SECTIONS) }));
      expect(entries.map((e) => e.headline)).toEqual([STEP_FEATURE.headline, NUMBERED_BRIEF.headline]);
      expect(subheads(entries[0])).toEqual(STEP_SECTIONS.map(([subhead]) => subhead));
    },
  },
  unmarkedColumns: {
    name: 'a roundup’s or comment’s column name printed without a mark (体坛快评, 科技简讯) over a headline is its column, not its kicker, also apart from a `#` headline',
    run: (layout) => {
      const text = `${UNMARKED_COLUMN_PIECES.map((p) => printPiece(layout, p.lines, p.marked, p.printed.paragraphs)).join(layout === 'indented' ? '\n' : '\n\n')}\n`;
      const { read, expected } = compare(entriesOf(ingest({ text })), UNMARKED_COLUMN_PIECES.map((p) => p.printed));
      expect(read).toEqual(expected);
      if (layout !== 'markdown') return;
      // Headline blocks printed tight (a kicker right over its `# headline`), the column name apart from its headline.
      const first = { kicker: '城市足球联赛第五轮战罢——', ...UNMARKED_COLUMN_PIECES[0].printed };
      const tight = [
        first.kicker,
        `# ${first.headline}`,
        '',
        ...first.paragraphs.flatMap((p) => [p, '']),
        ...UNMARKED_COLUMN_PIECES.slice(1).flatMap((p) => [p.lines[0], '', `# ${p.lines[1]}`, '', ...p.printed.paragraphs.flatMap((q) => [q, ''])]),
      ].join('\n');
      const apart = compare(entriesOf(ingest({ text: tight })), [first, ...UNMARKED_COLUMN_PIECES.slice(1).map((p) => p.printed)]);
      expect(apart.read).toEqual(apart.expected);
    },
  },
  writersMarked: {
    name: 'a writer under a mark (□ 柯 远) or after 文／ (文／葛晴岚) is the piece’s byline, not a column or a subhead',
    articles: WRITERS_MARKED,
    check: (entries) => expect(entries.map((e) => e.body.some((b) => /柯|葛晴岚/.test(b.text)))).toEqual([false, false]),
  },
  noticeSignedBelow: {
    name: 'a notice’s issuer and date on lines of their own (某某大队 / 2019年3月4日) close the notice, never head a piece',
    articles: NOTICE_SIGNED_BELOW,
  },
  noticeParticularsSigned: {
    name: 'a notice’s issuer and date on lines of their own after its particulars (联系电话：……), any day, close it as paragraphs apart, never head a piece',
    articles: NOTICE_PARTICULARS_SIGNED,
    check: (entries) =>
      entries.forEach((e, i) => expect(e.body.slice(-2).map((b) => b.text)).toEqual(NOTICE_PARTICULARS_SIGNED[i].paragraphs.slice(-2))),
  },
  numberedSections: {
    name: 'sections numbered in turn (一、…… / 二、…… / 三、……) are subheads of one article',
    articles: NUMBERED_SECTIONS,
  },
  threeLineBlock: {
    name: 'three plain headline-block lines, the last shorter than the one above it, are kicker, headline and subheadline',
    articles: THREE_LINE_BLOCK,
  },
  lettersSigned: {
    name: 'a reader’s signature (读者  某某, 某地  读者  某  某) closes the letter above it; a reply titled 记者追踪 is a piece of its own',
    articles: LETTERS_SIGNED,
  },
  spacedSignatures: {
    name: 'a name spaced to a width (柯  远) after a piece’s last sentence signs it; under a headline, over text, it is the byline — neither heads a piece',
    articles: SPACED_SIGNATURES,
    check: (entries) => expect(entries[1].body.some((b) => b.text.includes('葛'))).toBe(false),
  },
  poemWithWriter: {
    name: 'a poem’s short verses under its headline and writer are its paragraphs, each apart, not headlines or subheads',
    articles: POEM_WITH_WRITER,
    check: (entries) => expect(entries[0].body.map((b) => b.text)).toEqual(POEM_WITH_WRITER[0].paragraphs.slice(1)),
  },
  poemThenBookNote: {
    name: 'a writer marked ○ or ◇ (○ 柯  远) is the byline; a poem’s verses end at the next piece’s headline over its dashed subheadline',
    articles: POEM_THEN_BOOK_NOTE,
    check: (entries) => {
      // The writer's line is the byline, not the first paragraph.
      for (const [i, e] of entries.entries()) expect(e.body.map((b) => b.text)).toEqual(POEM_THEN_BOOK_NOTE[i].paragraphs.slice(1));
    },
  },
  poemUnderBullseye: {
    name: 'a writer marked ◎ is the byline of the poem under it, whose last verse stays its own over the next headline',
    articles: POEM_UNDER_BULLSEYE,
    check: (entries) => expect(entries[0].body.map((b) => b.text)).toEqual(POEM_UNDER_BULLSEYE[0].paragraphs.slice(1)),
  },
  signedBriefsAfterFeature: {
    name: 'a box’s name over briefs each signed by its reporter in brackets (……。（记者 某  某）), after a feature under a byline, heads briefs of their own, not the feature’s sections',
    run: (layout) => {
      const headline = layout === 'markdown' ? '# 冬季进补别盲目' : '冬季进补别盲目';
      const text = print(layout, SIGNED_BRIEFS_AFTER_FEATURE).replace(`${headline}\n`, layout === 'indented' ? `健康提醒\n${headline}\n` : `健康提醒\n\n${headline}\n`);
      const { read, expected } = compare(entriesOf(ingest({ text })), SIGNED_BRIEFS_AFTER_FEATURE);
      expect(read.map(({ column: _, ...r }) => r)).toEqual(expected.map(({ column: _, ...r }) => r));
      expect(read[2].column).toBe('健康提醒');
    },
  },
  noticeWithNumber: {
    name: 'under a notice’s title, a document number (某自然资告字〔2026〕12号) is its subheadline and a court’s case number (（2026）某0102民初418号) its first paragraph, the title the headline',
    articles: NOTICE_WITH_NUMBER,
  },
  districtSignedLetters: {
    name: 'letters signed with the writer’s district and name (南城区 某某某, 北城区 退休工人 某某某) close there: each letter and the reply a piece',
    articles: DISTRICT_SIGNED_LETTERS,
  },
  photoNewsBanner: {
    name: 'a 图片新闻 banner over a photo’s own headline is its column, never its kicker',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printBanners(layout, PHOTO_NEWS_BANNER) })), PHOTO_NEWS_BANNER);
      expect(read).toEqual(expected);
    },
  },
  signedWhereIssued: {
    name: 'a notice’s issuer over the day with where it was issued (2026年1月17日于青禾) closes the notice, never heads a piece',
    articles: SIGNED_WHERE_ISSUED,
  },
  speech: {
    name: 'a speech’s speaker (post and name) over its salutation (同志们、朋友们：) is its byline, under its title and the day in brackets',
    articles: SPEECH,
  },
  documentSections: {
    name: 'numbered section titles (一、总体要求 under the headline block; 1.招标条件 / 2.项目概况 / 3.联系方式) are the body’s, never a headline',
    articles: DOCUMENT_SECTIONS,
  },
  documentPreamble: {
    name: 'a document’s first numbered section after its preamble (……作出如下决定。 / 一、总体要求), the second following, is the body’s',
    articles: DOCUMENT_PREAMBLE,
  },
  noticeBanners: {
    name: 'a kind of notice alone over a notice’s title (公告 / 某某注销公告, 声明 / 遗失声明) is its column, never its kicker',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printBanners(layout, NOTICE_BANNERS) })), NOTICE_BANNERS);
      expect(read).toEqual(expected);
    },
  },
  leadTakenUp: {
    name: 'a paragraph opening with the sentence the article opened with is the writer’s, kept whole, nothing folded',
    articles: LEAD_TAKEN_UP,
    check: (entries) => {
      expect(entries[0].folds).toBe(0);
      expect(entries[0].flags).not.toContain('folded-duplicate');
    },
  },
  lettersSaluted: {
    name: 'a letter’s salutation (编辑同志：, 尊敬的编辑：) printed flush under its headline is its first paragraph, and a resident’s signature with the place (某县某小区居民 某某某) closes the letter',
    run: (layout) => expectFlush(layout, LETTERS_SALUTED, ['编辑同志：', '尊敬的编辑：']),
  },
  editorsNoteFlush: {
    name: 'an editor’s note in full (编者按：……。) printed flush under a headline block is the piece’s first paragraph, not its headline',
    run: (layout) => expectFlush(layout, EDITORS_NOTE_FLUSH, [EDITORS_NOTE_FLUSH[0].paragraphs[0]]),
  },
  closingLines: {
    name: 'a piece’s closing line over the next headline — an issuer without a date, a writer marked □ (□ 某  某（教师）) — stays with it',
    articles: CLOSING_LINES,
  },
  boxLastRow: {
    name: 'a weather box’s last row, a label and a short value (空气质量：良), closes the box under its report, never the next piece’s kicker',
    articles: BOX_LAST_ROW,
  },
  dataTables: {
    name: 'a table (its title, a header row, rows of a label and figures, a source line) is one piece, every line a paragraph; a name over its title heads it',
    articles: DATA_TABLES,
  },
  roundup: {
    name: 'a roundup (sections under ◆ labels holding ▲ items, its compiler’s note under them) is one piece: the labels its subheads, the note its last paragraph',
    articles: ROUNDUP,
  },
  scheduleBox: {
    name: 'a schedule (a title over rows of three spaced fields or more, a note in brackets) is one piece, every row a paragraph, not the next report’s headline block',
    articles: SCHEDULE_BOX,
  },
  boxBriefs: {
    name: 'a box’s name on a line of its own (街巷速览) over briefs each under its own headline is their column, never an empty entry',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printBox(layout, BOX_BRIEFS) })), BOX_BRIEFS);
      expect(read).toEqual(expected);
    },
  },
  listBoxSquares: {
    name: 'a box of list lines marked ■, each pointing to its page (■ … 第6版), under a title and no body text: the title is its headline, the lines its text',
    articles: LIST_BOX_SQUARES,
  },
  proposalBox: {
    name: 'a box’s name (代表建言) over pieces signed by post after □ (□ 全国人大代表 某  某) is their column; a dispatch after them is no piece of the box',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printBox(layout, PROPOSAL_BOX) })), PROPOSAL_BOX);
      expect(read).toEqual(expected);
    },
  },
  interviewWithBoxes: {
    name: 'a profile box (人物档案) and a reporter’s note under its column’s name (记者手记 / headline) after an interview are pieces of their own',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printBanners(layout, INTERVIEW_WITH_BOXES) })), INTERVIEW_WITH_BOXES);
      expect(read).toEqual(expected);
    },
  },
  pricesAndStandings: {
    name: 'a price box’s rows (小麦 1.36元/斤) and a standings table’s rows (1 某某队 7 1 1 22) are their box’s paragraphs, never headlines',
    articles: PRICES_AND_STANDINGS,
  },
  rankedStandings: {
    name: 'standings whose rows open with a ranked name (1.某某队 7场 14分) under a note in brackets (（前四名）) are one box: the note its first line, the rows its paragraphs',
    articles: RANKED_STANDINGS,
  },
  resultsList: {
    name: 'a results box’s rows, each a place and who took it (冠军 某某队, 第三名 某某队), are its paragraphs, never headlines',
    run: (layout) => {
      const rows = RESULTS_LIST[1].paragraphs;
      const text = rows.reduce((page, row) => page.replace(I + row, row), print(layout, RESULTS_LIST));
      const { read, expected } = compare(entriesOf(ingest({ text })), RESULTS_LIST);
      expect(read).toEqual(expected);
    },
  },
  listingThenBriefs: {
    name: 'a listing’s rows end without a stop by their kind: a box’s name under the last row (演出信息 rows / 文化快讯) heads the box, it does not finish the row',
    articles: LISTING_THEN_BRIEFS,
  },
  mediaClosings: {
    name: 'media credits (摄影：某 某　视频：某某, 视频：某某　海报：某某) and a pointer to the app or a QR code (扫码观看…回放, 更多精彩请关注…客户端, 详见…客户端) close the article above them',
    articles: MEDIA_CLOSINGS,
  },
  figuresOverLabels: {
    name: 'a 数读 box whose figures stand on lines of their own over what they count (612亿元 / 前10月产业营收… / 427家 / …) is one piece under its title, every line a paragraph',
    articles: FIGURES_OVER_LABELS,
  },
  traditionalCredits: {
    name: 'on a page set in traditional characters, photo credits (記者某某／攝影, 記者某某 攝) and the page editor’s line (本版責任編輯：某某) close the piece above them',
    articles: TRADITIONAL_CREDITS,
  },
  labelOverCommaHeadline: {
    name: 'a reporting column’s label (晚报直击) over a headline with a comma and a shorter subheadline is the kicker of one block, never a picture’s title of its own',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, LABEL_OVER_COMMA_HEADLINE), header: false })), LABEL_OVER_COMMA_HEADLINE);
      // The label is the kicker where the layout prints headline blocks together, its column where every line stands apart.
      const label = read.map((r) => (r.column === '晚报直击' && r.kicker === null ? { ...r, column: null, kicker: r.column } : r));
      expect(label).toEqual(expected);
    },
  },
  namesList: {
    name: 'a list of names (王建新　方美玲（女）　…) under its groups’ lines (东城区（32名）) and a note on its order is one piece, every line a paragraph; a committee’s report under its full official title (……关于……的报告) is the next',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, NAMES_LIST) })), NAMES_LIST);
      // The list's title closes in a bracketed word (（部分）), which a printed page may take for its column.
      expect(read.map((r) => ({ ...r, column: null }))).toEqual(expected);
    },
  },
  colonHeadlineAfterSpacedSubheads: {
    name: 'a line naming its subject before a colon (高新区：创新能力持续增强) after a report whose subheads are all spaced halves heads the next piece, though it shares the report’s words',
    articles: COLON_HEADLINE_AFTER_SPACED_SUBHEADS,
  },
  colonSubheadInMixedSeries: {
    name: 'a speaker’s line before a colon (专家：减量不减质，关键在设计) among subheads that share no mark stays a subhead of the same feature',
    articles: COLON_SUBHEAD_IN_MIXED_SERIES,
  },
  bookBox: {
    name: 'a box of books in rows of fields (书名：…, 出版社：…) and a listing of a show (票价：…, 主办：…) are one piece each, every row a paragraph, never a headline of its own',
    articles: BOOK_BOX,
  },
  figureBox: {
    name: 'a data box under a feature (a name over figures, each with what it counts: 2.3亿元：…) is a piece of its own, every figure a paragraph',
    articles: FIGURE_BOX,
  },
  figureChangeBox: {
    name: 'a 数说 box (a name over figures then and now: 0.8亿元→36亿元　全镇生产总值) is a piece of its own, every row a paragraph, never a headline',
    articles: FIGURE_CHANGE_BOX,
  },
  tipsBox: {
    name: 'a box’s name (季节提醒) reaches the tips signed as its first is, not the piece after them closed by a note in brackets',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printBox(layout, TIPS_BOX) })), TIPS_BOX);
      expect(read).toEqual(expected);
    },
  },
  itemBoxes: {
    name: 'a name over ● items or over a timetable’s rows, printed under a report, heads a piece of its own, never a subhead of the report',
    articles: ITEM_BOXES,
  },
  placeBriefs: {
    name: 'a column of briefs titled 某地：某事, each one paragraph signed by its reporters in brackets, is one entry per brief under the column, not one entry under the column’s name',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printBox(layout, PLACE_BRIEFS) })), PLACE_BRIEFS);
      expect(read).toEqual(expected);
    },
  },
  listBoxPointers: {
    name: 'a 导读 box whose lines end only with their page in brackets (……（2版）) under its title is one piece, every line a paragraph',
    articles: LIST_BOX_POINTERS,
  },
  listBoxMarkedPointers: {
    name: 'a 导读 box whose lines are marked ▶ and end in their page in brackets (▶……（8版）) is one piece, its last line never the next headline’s kicker',
    articles: LIST_BOX_MARKED_POINTERS,
  },
  listBoxPageCodes: {
    name: 'a 导读 box whose lines end in an evening paper’s bare page code (…… A05) is one piece, never the column over the banner and brief after it',
    run: (layout) => {
      const text = print(layout, LIST_BOX_PAGE_CODES.map((a) => (a.column ? { ...a, kicker: a.column } : a)));
      const { read, expected } = compare(entriesOf(ingest({ text })), LIST_BOX_PAGE_CODES);
      expect(read).toEqual(expected);
    },
  },
  listBoxSections: {
    name: 'a 导读 box whose lines name a section, a title and its page (健康｜……，…… 12版), commas and all, is one piece, every line a paragraph',
    run: (layout) => {
      // A box's lines are printed flush, where paragraphs are indented.
      let text = print(layout, LIST_BOX_SECTIONS.map((a) => (a.column ? { ...a, kicker: a.column } : a)));
      for (const line of LIST_BOX_SECTIONS[1].paragraphs) text = text.replace(`${I}${line}`, line);
      const { read, expected } = compare(entriesOf(ingest({ text })), LIST_BOX_SECTIONS);
      expect(read).toEqual(expected);
    },
  },
  listBox: {
    name: 'a box of list lines with one mark (◎ … ▶5版) under a title and no body text: the title is its headline, the lines its text',
    articles: LIST_BOX,
  },
  writersLines: {
    name: 'a writer’s line under a headline — institution and post over two lines (某某学院教授、 / 博士生导师 某  某), □ 委员 某  某, □ 欧阳  某, 作者 某  某, 某  某 作 — is its byline, never a headline-block line',
    articles: WRITERS_LINES,
  },
  captionsWithoutPhotographer: {
    name: 'a caption credited to the paper itself (……。某某图片) and a caption with no credit (图为……。) after a piece’s last sentence are that piece’s picture, never the next piece’s column or kicker',
    run: (layout) => {
      const { articles, wrapped } = CAPTIONS_WITHOUT_PHOTOGRAPHER;
      const { read, expected } = compare(entriesOf(ingest({ text: printWrapped(layout, articles, wrapped) })), articles);
      expect(read).toEqual(expected);
    },
  },
  datedPictureAfterReport: {
    name: 'a dated caption with its credit apart after a report’s last paragraph, before the next headline, is photo news of its own even where it names what the report tells',
    articles: DATED_PICTURE_AFTER_REPORT,
  },
  wrappedCaptions: {
    name: 'a caption cut over lines (its first piece ending mid-sentence) and a credit over two lines read as one: after a body the article’s picture, alone photo news of its own, under a kicker and headline their photo',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printWrapped(layout, WRAPPED_CAPTIONS.articles, WRAPPED_CAPTIONS.wrapped) })), WRAPPED_CAPTIONS.articles);
      expect(read).toEqual(expected);
    },
  },
  dashKickerSentenceSubheadline: {
    name: 'under a kicker ending in ——, a headline and then a line with a comma: that line is the subheadline, not more of the headline',
    articles: DASH_KICKER_SENTENCE_SUBHEADLINE,
  },
  taggedSentenceHeadlines: {
    name: 'a sentence with a comma closing in a column tag (“……，……”（身边的榜样）) under a kicker is the headline, never a subheadline',
    articles: TAGGED_SENTENCE_HEADLINES,
  },
  speechKickerWithDot: {
    name: 'a kicker introducing what someone said, a name’s middle dot in it (某某会见某某·某某时希望), is the kicker, never a column banner',
    articles: SPEECH_KICKER_WITH_DOT,
  },
  parallelClauseSubheads: {
    name: 'subheads in parallel clauses (壮大特色产业，筑牢县域发展根基 / 完善基础设施，促进城乡互联互通) printed flush among indented paragraphs stay subheads of one article',
    run: (layout) => {
      const subheads = PARALLEL_CLAUSE_SUBHEADS[0].paragraphs.filter((p) => p.includes('，') && p.length <= 16);
      const { read, expected } = compare(entriesOf(ingest({ text: printFlushSubheads(layout, PARALLEL_CLAUSE_SUBHEADS, subheads) })), PARALLEL_CLAUSE_SUBHEADS);
      expect(read).toEqual(expected);
    },
  },
  poemsUnderPoemTitle: {
    name: 'under a headline that says it heads poems (梯田（外一首）) a bare name is the poet and the short lines are verses, down to the next piece’s genre name (散文) or a headline over a dateline; a bare name under an essay closed by an author note is its writer',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: printGenreNames(layout, POEMS_UNDER_POEM_TITLE) })), POEMS_UNDER_POEM_TITLE);
      expect(read).toEqual(expected);
    },
  },
  featureQuotedThenPlain: {
    name: 'a signed feature’s plain subhead after quoted ones with commas (“下了班，就想来学点东西” / 夜校要办到厂门口) is its subhead; a box named 某某档案 after it heads a piece of its own',
    run: (layout) => {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, FEATURE_QUOTED_THEN_PLAIN) })), FEATURE_QUOTED_THEN_PLAIN);
      expect(read).toEqual(expected);
    },
  },
  featureUnlikeSubheads: {
    name: 'a signed feature’s plain subheads of unlike shapes (白天卖菜　晚上练球 / 输了也高兴) stay subheads of one article where every line is a block',
    run: (layout) => {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, FEATURE_UNLIKE_SUBHEADS) })), FEATURE_UNLIKE_SUBHEADS);
      expect(read).toEqual(expected);
    },
  },
  faresTableNote: {
    name: 'a table’s rows of one shape are its lines, wherever `#` marks headlines, and so is a note in brackets under its last row: never a subhead or a headline',
    articles: FARES_TABLE_NOTE,
  },
  questionsUnderBanner: {
    name: 'a line between an answer and the next question (答：…… / 以旧换新补贴能否由他人代领 / 问：……) heads a piece of its own where the piece above opened with its question right under its headline',
    articles: QUESTIONS_UNDER_BANNER,
  },
  rareSurnameBylines: {
    name: 'a bare name under a headline whose surname is a rare one and no word (庹某某, 昝某, 蒯某某) is the writer’s byline, never a headline of its own',
    run: (layout) => {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, RARE_SURNAME_BYLINES) })), RARE_SURNAME_BYLINES);
      expect(read).toEqual(expected);
    },
  },
  featureAfterDatedReport: {
    name: 'a column’s name standing apart over a headline and a reporter’s byline, after a dated report (本报讯（记者 某某）……), heads a piece of its own, never a section of the report',
    run: (layout) => {
      const feature = FEATURE_AFTER_DATED_REPORT[2];
      const headline = layout === 'markdown' ? `# ${feature.headline}` : feature.headline!;
      const name = layout === 'indented' ? `${feature.column}\n` : `${feature.column}\n\n`;
      const text = print(layout, FEATURE_AFTER_DATED_REPORT).replace(`${headline}\n`, `${name}${headline}\n`);
      const entries = entriesOf(ingest({ text }));
      // Which printed articles each entry holds a paragraph of: one at most.
      const held = entries.map((e) => FEATURE_AFTER_DATED_REPORT.flatMap((a, i) => (a.paragraphs.some((p) => e.text.includes(squeeze(p))) ? [i] : [])));
      expect(held.filter((articles) => articles.length > 0)).toEqual([[0], [1], [2]]);
      expect(entries.map((e) => e.headline)).toContain('羊绒企业借“云展会”拓市场');
    },
  },
  photoStoryBylines: {
    name: 'a photo story’s byline that opens with 文/图 and names the paper before the role (文/图 某某晚报记者 某某某 实习生 某某) is the byline, never a headline',
    articles: PHOTO_STORY_BYLINES,
  },
  storyBoxes: {
    name: 'a marked box label (■链接) and readers’ comments under their label (网友说 / @网名：……) inside a story are the story’s, never a column over the next',
    articles: STORY_BOXES,
    check: (entries) => expect(entries[1].column).toBeNull(),
  },
  deskAndUnitBylines: {
    name: 'a piece signed by a desk of the paper (本报理论部) or by a station’s expert with a spaced name (县畜牧兽医站 某  某) under its headline: that line is the byline, never the headline',
    articles: DESK_AND_UNIT_BYLINES,
  },
  notedFeatureSections: {
    name: 'a 专题’s first section under a place-led title (某地：……) right after the editor’s note in full is a piece of its own, as the sections after it are',
    articles: NOTED_FEATURE_SECTIONS,
  },
  chartPiece: {
    name: 'a chart under its title (图表：……) over its source and credit lines is a piece of its own, never the closing lines of the report above',
    articles: CHART_PIECE,
  },
  datelineAlone: {
    name: 'a dateline printed alone on its line under the headline (本报讯（记者 某  某）) opens the body, never a headline or a column',
    articles: DATELINE_ALONE,
  },
  noticeSignOff: {
    name: 'a notice’s sign-off over two lines, its issuer then the date (某某日报社 / 2025年12月7日), under its contact lines, printed flush, closes the notice, never heads a piece of its own',
    run: (layout) => {
      // The contact and sign-off lines stand flush where the paragraphs are indented.
      let text = print(layout, NOTICE_SIGN_OFF);
      for (const line of NOTICE_SIGN_OFF[1].paragraphs.slice(-4)) text = text.replace(`${I}${line}`, line);
      const { read, expected } = compare(entriesOf(ingest({ text })), NOTICE_SIGN_OFF);
      expect(read).toEqual(expected);
    },
  },
  oralHistory: {
    name: 'who told an oral history and who wrote it down (口述 某某某 整理 本报记者 某  某) under its headline is the byline, never a subheadline',
    articles: ORAL_HISTORY,
  },
  threePlainLines: {
    name: 'three plain lines over a byline, the last the longest, are kicker, headline and subheadline, never a column over a kicker and headline',
    articles: THREE_PLAIN_LINES,
  },
  excerptSources: {
    name: 'an excerpt’s source on a line of its own under it (——摘自《……》), flush where paragraphs are indented, closes that excerpt, never heads a piece',
    run: (layout) => {
      const text = print(layout, EXCERPT_SOURCES).replaceAll(`${I}——摘自`, '——摘自');
      const { read, expected } = compare(entriesOf(ingest({ text })), EXCERPT_SOURCES);
      expect(read).toEqual(expected);
    },
  },
  flushSubheadsNoted: {
    name: 'subheads of a signed article printed flush among indented paragraphs, the last section closed by the author note, stay the article’s subheads',
    run: (layout) => {
      const text = printFlushSubheads(layout, FLUSH_SUBHEADS_NOTED, ['夯实数字基础设施', '推动产业数字化转型', '提升数字治理能力']).replaceAll(`${I}——摘自`, '——摘自');
      const { read, expected } = compare(entriesOf(ingest({ text })), FLUSH_SUBHEADS_NOTED);
      expect(read).toEqual(expected);
    },
  },
  bracketedParts: {
    name: 'labels in black-lenticular brackets heading a case’s parts (【案情】 / 【处理】 / 【说法】) are the article’s subheads, never columns of pieces of their own',
    run: (layout) => {
      const [, story] = BRACKETED_PARTS;
      const text = print(layout, BRACKETED_PARTS.map((a) => (a.column ? { ...a, kicker: a.column } : a)));
      const entries = entriesOf(ingest({ text }));
      const { read, expected } = compare(entries, BRACKETED_PARTS);
      expect(read).toEqual(expected);
      expect(subheads(entries[1])).toEqual(story.paragraphs.filter((p) => p.startsWith('【')));
    },
  },
} satisfies Record<string, Kind>;

type KindName = keyof typeof KINDS;

/** Prints the kind's page in one layout, ingests it and expects the editor's reading. */
function expectKind(kind: Kind, layout: Layout): void {
  if (kind.run) return kind.run(layout);
  const entries = entriesOf(ingest({ text: print(layout, kind.articles!) }));
  const { read, expected } = compare(entries, kind.articles!);
  expect(read).toEqual(expected);
  kind.check?.(entries);
}

/**
 * Which kinds read right in which layouts today. A kind × layout listed under NOT_YET is the
 * same editor's reading, the same assertions, declared as failing (`it.fails`): the day the
 * ingest reads it, that test fails and the case moves up. docs/ingest.md ("What still fails")
 * says why it is not read yet.
 */
const NOT_YET: Partial<Record<KindName, Layout[]>> = {
  // Where every line is a block or headline blocks print tight, each place-name kicker (某县某村——) over its section's title and byline heads a piece of its own.
  placeSections: ['blank-lines', 'tight-headlines'],
  // But where `#` marks headlines, each section title (某单位某某： / “……，……”) over its spaced byline heads a piece of its own.
  sectionBylines: ['indented', 'blank-lines', 'tight-headlines'],
  // Where every line is a block, subheads sharing no words with the headline (楼道里的灯亮了; 从前 / 门口是一段土路) head pieces of their own.
  plainSubheads: ['blank-lines'],
  // Where every line is a block, each section's place over its name (北 / 雪松哨所) reads as a kicker and headline of a piece of its own.
  sectionPairs: ['blank-lines'],
  // Where every line is a block, a writer's unspaced bare name (某某某) right under the title block reads as its last line, whatever the surname (王某某 too).
  rareSurnameBylines: ['blank-lines'],
  // Where every line is a block, each figure over its paragraph (260家, 1.2万人次) heads a piece of its own and the subheadline is lost to the next.
  figureLabels: ['blank-lines'],
  // Where every line is a block, and under a `#` headline, the sentence under the headline reads as the body's first paragraph.
  sentenceSubheadline: ['blank-lines', 'markdown'],
  // Where every line is a block, the report's subheads head pieces of their own, and the one-line headline after them takes the text above it.
  headlineAfterSubheads: ['blank-lines'],
  // Where every line is a block, the reportage's subheads (寻访“护林状元”) head pieces of their own, the first taking the next report's text.
  datedSections: ['blank-lines'],
  // But where `#` marks headlines, the box's last row (空气质量：良) is read as the next piece's kicker.
  boxLastRow: ['indented', 'blank-lines', 'tight-headlines'],
  // A line with a comma standing apart under a `# ` headline reads as a summary over the dispatch (leadOverDispatch).
  dashKickerSentenceSubheadline: ['markdown'],
  // Where every line stands apart, a long kicker with a comma (……，市民诉影城) reads as the cartoon's text.
  cartoonOverSentenceKicker: ['blank-lines'],
  // Where every line stands apart, a label over two headline lines is a column over a kicker and a headline.
  labelOverCommaHeadline: ['blank-lines'],
};

const cases = (wanted: 'reads' | 'not yet') =>
  (Object.keys(KINDS) as KindName[]).flatMap((name) =>
    LAYOUTS.filter((layout) => (NOT_YET[name]?.includes(layout) ?? false) === (wanted === 'not yet')).map((layout) => ({ name, layout })),
  );

describe('kinds: read as an editor reads them', () => {
  for (const { name, layout } of cases('reads')) it(`${KINDS[name].name} (${layout})`, () => expectKind(KINDS[name], layout));
});

describe('kinds the ingest does not read right yet (the editor’s reading, declared failing until the ingest reads it)', () => {
  for (const { name, layout } of cases('not yet')) it.fails(`${KINDS[name].name} (${layout})`, () => expectKind(KINDS[name], layout));
});

describe('kinds: repeats', () => {
  const [fair, library] = SAME_OPENINGS;
  /** A paragraph printed twice in a row, as a column break can print it. */
  const repeatedParagraph: Printed = { ...fair, paragraphs: [...fair.paragraphs, fair.paragraphs[1]] };
  /** The end of a paragraph printed again at the start of the next one. */
  const tail = '舞龙、高跷、秧歌轮番登场，锣鼓声从早响到晚。';
  const repeatedPassage: Printed = {
    ...fair,
    paragraphs: [`${SAME_OPENING}在青禾县，一年一度的庙会吸引了8万多名游客，${tail}`, `${tail}庙会上的小吃街前排起了长队，油糕、莜面最受游客欢迎。`],
  };

  for (const layout of LAYOUTS) {
    it(`a paragraph printed twice in one article is kept once, and the fold recorded (${layout})`, () => {
      const result = ingest({ text: print(layout, [repeatedParagraph, library]) });
      const entries = entriesOf(result);
      expect(entries.map((e) => e.headline)).toEqual([fair.headline, library.headline]);
      expect(entries[0].body.filter((b) => b.text === fair.paragraphs[1])).toHaveLength(1);
      expect(entries[0].flags).toContain('folded-duplicate');
      expect(result.entries.articles[0].data.folds.map((f) => f.text)).toEqual([fair.paragraphs[1]]);
      expect(entries[1]).toMatchObject({ folds: 0, flags: [] });
      expect(compare(entries, SAME_OPENINGS).read.map((r) => [r.lacks, r.holdsOthers])).toEqual([[[], []], [[], []]]);
    });

    it(`a passage repeated where a paragraph ends and the next begins is kept once (${layout})`, () => {
      const result = ingest({ text: print(layout, [repeatedPassage, library]) });
      const entries = entriesOf(result);
      expect(entries.map((e) => e.headline)).toEqual([fair.headline, library.headline]);
      expect(entries[0].body.map((b) => b.text).join('').split(tail)).toHaveLength(2);
      expect(result.entries.articles[0].data.folds.map((f) => f.text)).toEqual([tail]);
      expect(entries[1].folds).toBe(0);
    });

    it(`a summary point (■……) the writer repeats two paragraphs on, at the end of a body paragraph, is kept in both (${layout})`, () => {
      const point = '全县今年新建改建农村公路120公里，惠及群众5万多人。';
      const summarised: Printed = {
        ...fair,
        paragraphs: [
          `■${point}`,
          '本报讯 青禾县农村公路建设现场推进会日前召开，会议总结了去年的工作。',
          `农村公路是群众出行的基础，县里把公路建设列入为民办实事项目。${point}`,
          '下一步，县里将加快推进公路养护体制改革。',
        ],
      };
      const result = ingest({ text: print(layout, [summarised, library]) });
      const entries = entriesOf(result);
      expect(entries[0].body.map((b) => b.text)).toEqual(summarised.paragraphs);
      expect(entries[0]).toMatchObject({ folds: 0 });
    });
  }
});

describe('kinds: pages as text extraction gives them', () => {
  it('a page hard-wrapped at a column width reads whole', () => {
    // Wrapped at 13 (the indent counts 2; closing marks hang past the width); headline lines are not wrapped.
    const text = [
      '青禾县把产业路修到村民家门口——',
      '一条小路通向致富门',
      `${I}本报青禾3月4日电  （记者`,
      '林晓岚）春耕时节，青禾县白沙',
      '村新修的产业路上，运送秧苗的',
      '货车来来往往。',
      `${I}村党支部书记郑大河说，路`,
      '修通以后，村里的草莓从地头到',
      '县城只要半个小时，去年全村草',
      '莓收入超过300万元。',
      '白沙湖湿地迎来越冬候鸟',
      `${I}本报青禾3月4日电  （记者`,
      '周文）记者从青禾县林业局获悉，',
      '今冬白沙湖湿地监测到越冬候鸟',
      '2.1万只，比去年多三成。',
      `${I}湿地管护站站长何秋生介绍，`,
      '管护站今年新增了12名巡护员，',
      '每天两次巡湖。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    const { read, expected } = compare(entries, KICKER_DASH);
    expect(read).toEqual(expected);
    // Every paragraph is one paragraph again, exactly as written.
    expect(entries.map((e) => e.body.length)).toEqual([2, 2]);
  });

  it('on a hard-wrapped page, a caption with no credit (图为……。) and readers’ comments (@网名：……) printed flush and cut by the width stay their story’s', () => {
    // Wrapped at 13 (the indent counts 2), as an evening paper's column prints them.
    const text = [
      '河滩公园冰场开门迎客',
      '文/图 记者 柯  远',
      `${I}12月3日，河滩公园冰场`,
      '开门迎客，首日接待市民两千',
      '余人次。',
      `${I}冰场负责人说，今年冰面`,
      '比去年扩大了三成。',
      '图为市民在冰场上滑冰，一位',
      '老人牵着孙子。',
      '老城墙下新添一座口袋公园',
      `${I}本报讯（记者 罗  进）`,
      '3日，老城墙下一处口袋公园',
      '建成开放，种上了色叶树种。',
      '网友说',
      '@河西的老周：今年冰场比去',
      '年大多了。',
      '@爱跑步的小甘：周末带孩子',
      '去试试。',
      '本周末将迎来一次降温',
      `${I}本报讯（记者 甘  蕙）`,
      '记者从市气象台获悉，本周六',
      '最高气温将降至十二摄氏度左',
      '右。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kicker, e.headline, e.column])).toEqual([
      [null, '河滩公园冰场开门迎客', null],
      [null, '老城墙下新添一座口袋公园', null],
      [null, '本周末将迎来一次降温', null],
    ]);
    expect(entries[0].text).toContain(squeeze('图为市民在冰场上滑冰，一位老人牵着孙子。'));
    for (const comment of ['网友说', '@河西的老周：今年冰场比去年大多了。', '@爱跑步的小甘：周末带孩子去试试。']) expect(entries[1].text).toContain(squeeze(comment));
  });

  it('a 理论 article whose writer’s three-character name stands tight under its headline, its flush subheads closed by the author note, is one article under its headline', () => {
    const text = [
      '以系统观念推进县域治理现代化',
      '柯远山',
      `${I}县域是国家治理的基本单元，承上启下、连接城乡。推进县域治理现代化，必须坚持系统观念。`,
      '把握县域治理的整体性',
      `${I}县域治理不是若干领域工作的简单相加，而是一个有机整体，要统筹发展和安全。`,
      '增强县域治理的协同性',
      `${I}一些地方部门之间信息不通、职责交叉，导致群众办事多头跑，要打破部门壁垒。`,
      '（作者单位：中共青禾市委党校）',
      '柳塘区新建口袋公园开放',
      `${I}本报讯（记者 罗  进）柳塘区三处新建口袋公园昨日开放，设有健身步道和儿童游乐区。`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline])).toEqual([
      [null, '以系统观念推进县域治理现代化', null],
      [null, '柳塘区新建口袋公园开放', null],
    ]);
    expect(subheads(entries[0])).toEqual(['把握县域治理的整体性', '增强县域治理的协同性']);
  });

  it('where indents mark headlines, a 理论 article’s subheads numbered at two levels (一、…… over （一）……) and its 核心提要 stay its own', () => {
    const text = [
      '以数字化转型提升城市治理效能',
      '□ 柯远山',
      '核心提要',
      `${I}城市人口高度集聚、要素高度流动，治理难度大，数字化转型是提升治理效能的必由之路。`,
      '一、城市数字治理的内在逻辑和主要特征',
      '（一）从经验治理走向数据治理',
      `${I}传统城市治理较多依靠管理者的经验判断，数据让决策更加精准。`,
      '（二）从条块分割走向整体协同',
      `${I}城市治理涉及部门多、层级多，平台让部门之间协同更加顺畅。`,
      '二、城市数字治理面临的现实梗阻和深层原因',
      '（一）数据壁垒尚未完全打通',
      `${I}一些部门出于安全顾虑，数据不愿共享、不敢共享。`,
      '（二）复合型人才相对短缺',
      `${I}既懂业务又懂技术的人才不足，基层尤其如此。`,
      '（作者为青禾市城市治理研究中心研究员）',
      '柳塘区新建口袋公园开放',
      `${I}本报讯（记者 罗  进）柳塘区三处新建口袋公园昨日开放，设有健身步道和儿童游乐区。`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['以数字化转型提升城市治理效能', '柳塘区新建口袋公园开放']);
    expect(entries[0].text).toContain(squeeze('核心提要城市人口高度集聚'));
    expect(entries[0].text).toContain(squeeze('二、城市数字治理面临的现实梗阻和深层原因（一）数据壁垒尚未完全打通'));
  });

  it('where indents mark headlines, a feature’s numbered subheads stay its own, the first right under its byline', () => {
    const text = [
      '走进高原新能源基地',
      '光伏板下的牧场',
      '青禾日报全媒体记者 柯  远',
      '一、风最大的地方',
      `${I}从县城出发，沿着盘山公路向上一个多小时，眼前是海拔四千多米的草原。`,
      `${I}“这里是全县风最大、太阳最毒的地方。”电站负责人说。`,
      '二、板子下面长出了草',
      `${I}电站建成后，光伏板下的草长得比别处更高更密。`,
      '三、牧民当上了“光伏工”',
      `${I}二十六岁的牧民青年扎西，如今是电站的运维工人。`,
      '白沙镇举办冬季招聘会',
      `${I}本报讯（记者 甘  蕙）3日，白沙镇举办冬季招聘会，40家企业提供岗位1200多个。`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kicker, e.headline])).toEqual([
      ['走进高原新能源基地', '光伏板下的牧场'],
      [null, '白沙镇举办冬季招聘会'],
    ]);
    expect(subheads(entries[0])).toEqual(['一、风最大的地方', '二、板子下面长出了草', '三、牧民当上了“光伏工”']);
  });

  it('where headline blocks print tight and paragraphs apart, a writer’s name standing apart under a comment’s headline is its byline, never a headline of its own', () => {
    const text = print('tight-headlines', [
      {
        headline: '让“指尖减负”真正落地（清风评论）',
        column: '清风评论',
        paragraphs: ['□ 罗  青', '工作群里每天“接龙”几十条，基层干部疲于应付。', '纠治形式主义是一场持久战，只有常抓不懈才能防止反弹。'],
      },
      {
        headline: '以小切口推动民生问题大整治',
        paragraphs: ['柏念安', '群众身边的不正之风，损害的是群众的切身利益。', '一是聚焦民生领域找准切口，逐项制定整治清单。', '（作者单位：青禾市纪委监委）'],
      },
      { headline: '把好家风作为“必修课”', subheadline: '——从一封家书说起', paragraphs: ['前不久，一位老干部写给儿子的家书，让在场的人深受触动。', '（作者系白沙县纪委监委干部）'] },
    ]);
    const result = ingest({ text });
    const entries = entriesOf(result);
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline])).toEqual([
      [null, '让“指尖减负”真正落地（清风评论）', null],
      [null, '以小切口推动民生问题大整治', null],
      [null, '把好家风作为“必修课”', '——从一封家书说起'],
    ]);
    expect(result.entries.articles[1].data.byline).toBe('柏念安');
    expect(result.entries.articles[1].data.authors.map((x) => x.name)).toEqual(['柏念安']);
  });

  it('where indents mark paragraphs, a lone flush line over an indented credit at a page’s end is a picture’s headline, not the caption of the article above', () => {
    const text = [
      '戈壁滩上“长”出现代农业',
      `${I}青禾日报记者 罗  进`,
      `${I}初秋时节，白沙镇的万亩设施农业园里，一排排温室大棚整齐排列。`,
      `${I}“以前这里是一片戈壁滩，种啥都不长。”园区负责人说。`,
      `${I}如今，园区种植的番茄、辣椒销往十多个省份，带动三千多户农民增收。`,
      `${I}下一步，白沙镇将继续扩大设施农业规模，打造特色农产品品牌。`,
      '家门口就业 日子越过越红火',
      `${I}青禾日报记者 柯  远`,
      `${I}走进白沙镇东关社区的帮扶车间，二十多名妇女正在缝制布艺产品。`,
      `${I}白沙镇有关负责同志表示，将继续办好群众身边的每一件实事。`,
      '白沙镇新城区一角',
      `${I}白沙镇党委宣传办供图`,
      '',
    ].join('\n');
    const result = ingest({ text });
    const entries = entriesOf(result);
    expect(entries.map((e) => [e.kind, e.headline])).toEqual([
      ['article', '戈壁滩上“长”出现代农业'],
      ['article', '家门口就业 日子越过越红火'],
      ['photo', '白沙镇新城区一角'],
    ]);
    expect(entries[2].text).toContain('白沙镇党委宣传办供图');
    expect(entries[1].text).not.toContain('供图');
  });

  it('a picture from the files given by a body with a full-width space before 供图 (……（资料图片） / 某某市档案馆　供图), after a serial closed by （未完待续）, is a photo of its own, not the serial’s last lines', () => {
    const text = [
      '长篇纪实连载',
      '渡轮上的三十年',
      '——青禾海峡航线往事（十七）',
      `${I}□　柯　澜`,
      `${I}那年冬天，海上起了大风，渡轮在港外等了整整一夜。`,
      `${I}凌晨两点，“红星”轮终于靠上了码头。第二天一早，医院传来消息：母女平安。`,
      `${I}（未完待续）`,
      '',
      `${I}上世纪七十年代的青禾轮渡码头。（资料图片）`,
      `${I}青禾市档案馆　供图`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kind, e.headline])).toEqual([
      ['article', '渡轮上的三十年'],
      ['photo', null],
    ]);
    expect(entries[1].text).toContain(squeeze('青禾市档案馆　供图'));
    expect(entries[0].text).not.toContain('档案馆');
  });

  it('a picture from the files with who gave it in the brackets (（资料图片　某某市档案馆提供）, （图片由某某提供）) under its caption, after a table closed by its source, is a photo of its own', () => {
    for (const credit of ['（资料图片　青禾市档案馆提供）', '（资料照片　由青禾市档案馆提供）', '（图片由青禾市档案馆提供）']) {
      const text = [
        '各地端午食俗',
        `${I}地方　节令吃食　说法`,
        `${I}城关镇　碱水粽　清热解暑`,
        `${I}北山乡　艾叶馍　驱虫避邪`,
        `${I}（资料来源：《青禾县志·风俗卷》）`,
        '',
        `${I}上世纪八十年代，青禾河城关段举行的龙舟赛。`,
        `${I}${credit}`,
        '民俗问答',
        '粽子为何有甜咸之分',
        `${I}问：青禾人吃粽子，为什么有人爱吃甜的，有人爱吃咸的？`,
        `${I}答：这和各地的物产、口味有关。`,
        '',
      ].join('\n');
      const entries = entriesOf(ingest({ text, header: false }));
      expect(entries.map((e) => [e.kind, e.headline]), credit).toEqual([
        ['article', '各地端午食俗'],
        ['photo', null],
        ['article', '粽子为何有甜咸之分'],
      ]);
      expect(entries[1].text, credit).toContain(squeeze(credit));
      expect(entries[0].text, credit).not.toContain('龙舟');
    }
  });

  it('where indents mark paragraphs, a poem’s indented verses end at a flush line: the label over the next piece’s headline heads that piece', () => {
    const text = [
      '边关的风（外一首）',
      `${I}■苏  野`,
      `${I}边关的风`,
      `${I}是从界碑那边吹来的`,
      `${I}它认得每一块石头`,
      `${I}也认得每一个哨兵的脸`,
      '营区故事',
      '一封迟到的家书',
      `${I}■任  川`,
      `${I}新兵下连那天，指导员给我们每人发了一张信纸，让大家给家里写一封信。`,
      `${I}我握着笔半天写不出一个字，最后只写了几句平安。`,
      `${I}一个月后，父亲的回信到了，信里只有一句话：“好好干。”`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['边关的风（外一首）', '一封迟到的家书']);
    expect(entries[0].text).not.toContain('营区故事');
    expect(entries[1].column ?? entries[1].kicker).toBe('营区故事');
  });

  it('where every paragraph stands apart, a black mark before an unspaced name under a headline (■ 某秋生) is the writer, and a line printed tight over the next headline after a poem’s verses is that headline’s label', () => {
    const text = [
      '乡土记忆\n打场',
      '■ 庞秋生',
      '在我老家，麦子收回来，都要在场上打。场是村东头一块平地，夏天碾得光溜溜的。',
      '打场那天，全村人都来帮忙，孩子们在麦秸垛上翻跟头。',
      '秋收辞（外一首）',
      '■ 柯  远',
      '镰刀弯成一枚月亮',
      '割下一整个秋天',
      '父亲把汗水码成垛',
      '母亲在仓门上贴一个福字',
      '人间烟火\n月饼模子',
      '文／甄小禾',
      '外婆家有一块梨木月饼模子，巴掌大小，正面刻着一朵莲花。',
      '每年中秋前几天，外婆就把模子从柜子顶上取下来，用温水洗干净。',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['打场', '秋收辞（外一首）', '月饼模子']);
    // The writer's line is no paragraph of the essay, and the label no verse of the poem.
    expect(entries[0].body.map((b) => b.text).join('')).not.toContain('庞秋生');
    expect(entries[1].body.map((b) => b.text)).not.toContain('人间烟火');
    expect(entries[2].column ?? entries[2].kicker).toBe('人间烟火');
  });

  it('a picture after a sidebar box (人物名片 / 某某 / 1928年生于某地) is a piece of its own, though its caption names the person the box does', () => {
    // A page hard-wrapped at twelve characters, as a PDF's text extraction gives it.
    const text = [
      '一把锡壶打了六十年',
      `${I}本报记者 柯  远`,
      `${I}做一把锡壶，要经过熔锡、`,
      '浇板、裁料、成型、焊接、打',
      '磨等二十多道工序。',
      `${I}这些年，用锡器的人少了，`,
      '甘守义最担心的是手艺没人',
      '接。',
      `${I}前年，他收了两个徒弟，`,
      '手把手地教。“只要有人肯',
      '学，我就一直教下去。”',
      `${I}作坊里的炉火每天清早`,
      '生起，到天黑才熄。',
      `${I}如今，他的锡壶被市博`,
      '物馆收藏了三把。',
      '人物名片',
      `${I}甘守义`,
      `${I}1928年生于青禾`,
      `${I}锡器制作技艺市级代表性`,
      '传承人',
      `${I}从艺六十六年，作品曾获`,
      '省民间工艺品博览会金奖',
      `${I}甘守义在作坊里打磨锡壶。`,
      `${I}本报记者 柯  远 摄`,
      '责任编辑：葛  晴',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kind, e.headline])).toEqual([
      ['article', '一把锡壶打了六十年'],
      ['article', '人物名片'],
      ['photo', null],
    ]);
  });

  it('where every paragraph stands apart, a letter’s last line naming the writer’s workplace (某县税务局　某  某) closes the letter, and the editor’s reply after it is a piece of its own', () => {
    const text = [
      '读者来信\n学了就要用起来',
      '编辑同志：',
      '最近，我所在的单位组织学习了全会精神，大家都觉得很受启发。',
      '我是一名基层税务干部，我觉得学习不能停在会议室里，要落到为纳税人办实事上。',
      '青禾县税务局　柯  远',
      '编辑的话\n学习贵在联系实际',
      '柯远同志的来信提出了一个很有意义的问题。学习的目的全在于运用。',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['学了就要用起来', '学习贵在联系实际']);
    expect(entries[0].text).toContain('青禾县税务局柯远');
  });

  it('a county after a white square (□　某某县) over its brief is the brief’s kicker, never the writer signing the piece above', () => {
    const text = [
      '集中供暖提前启动',
      '',
      '本报讯　受冷空气影响，市区气温持续走低，市热力公司决定提前五天启动集中供暖。',
      '',
      '□　柳溪区',
      '老旧小区加装电梯全面开工',
      '',
      '本报讯　日前，柳溪区首批二十部老旧小区加装电梯项目同时开工。（通讯员　甘若林）',
      '',
      '□　青禾县',
      '为孤寡老人送去棉衣棉被',
      '',
      '本报讯　11月20日，青禾县民政局工作人员走访全县孤寡老人，送去棉衣棉被。（通讯员　葛晴岚）',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['集中供暖提前启动', '老旧小区加装电梯全面开工', '为孤寡老人送去棉衣棉被']);
    expect(entries.slice(1).map((e) => (e.kicker ?? e.column ?? '').replace(/^□\s*/, ''))).toEqual(['柳溪区', '青禾县']);
    expect(entries[0].text).not.toContain('柳溪区');
  });

  it('on a page wrapped at 12 characters, a pictures credit cut after its 由 (本版图片除署名外均由 / 某某广场提供) closes the last piece whole', () => {
    const text = [
      '家装维权服务站挂牌',
      '　　本报讯（记者　柯　远）',
      '3月18日，市消费者协会在',
      '城北建材市场设立家装消费',
      '维权服务站。市民遇到纠纷',
      '可拨打电话33176025咨询。',
      '　　本版图片除署名外均由',
      '青禾家居广场提供',
      '　　编辑：甘若林　美编：',
      '葛晴岚',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['家装维权服务站挂牌']);
    expect(entries[0].text).toContain('本版图片除署名外均由青禾家居广场提供');
  });

  it('a page’s editors with its hotline on the same line (责任编辑　某　某　　新闻热线　4212345) close the last piece, never head a piece of their own', () => {
    const text = [
      '插秧忙',
      '',
      '柳溪镇农民抢抓农时插秧。',
      '',
      '记者　甘若林　摄',
      '',
      '责任编辑　葛　晴　　新闻热线　4216789',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['插秧忙']);
    expect(entries[0].text).toContain('责任编辑葛晴新闻热线4216789');
  });

  it('a writer’s name and workplace in brackets after an essay’s last sentence (某某某（某市邮政局）) signs the essay, never heads the next piece', () => {
    const text = [
      '巷口的修鞋摊',
      '',
      '我家楼下的拐角处，有一个修鞋摊。',
      '',
      '每次经过那个拐角，我都会放慢脚步。',
      '',
      '柯秀芝（青禾市邮政局）',
      '',
      '长篇小说连载',
      '柳河人家',
      '（二十一）',
      '',
      '□　甘　岳',
      '',
      '那一夜，春生翻来覆去睡不着。',
      '',
      '（未完待续）',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['巷口的修鞋摊', '柳河人家']);
    expect(entries[0].text).toContain('柯秀芝（青禾市邮政局）');
    expect(entries[1].kicker ?? entries[1].column).toBe('长篇小说连载');
    expect(entries[1].subheadline).toBe('（二十一）');
  });

  it('a 今日导读 box whose lines point to their pages in words and brackets (……　（第二版）) is one box, not a piece per line', () => {
    const text = [
      '今日导读',
      '',
      '全市经济形势分析会提出　确保完成全年目标　（第二版）',
      '',
      '市政府出台意见扶持小微企业发展　（第三版）',
      '',
      '柳溪大桥全线贯通　年底前正式通车　（第四版）',
      '',
      '全市秋粮长势喜人',
      '',
      '本报讯（记者　甘若林）眼下正值晚稻扬花的关键时期，全市秋粮长势普遍好于上年。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['今日导读', '全市秋粮长势喜人']);
    expect(entries[0].text).toContain('柳溪大桥全线贯通年底前正式通车（第四版）');
  });

  it('on a page wrapped at 12 characters, a 导读 line the width cut before its page (▲某某城乡居民 / 收入实现双增长（2版）) is joined, its page no column', () => {
    const text = [
      '今日导读',
      '　　▲我市一季度城乡居民',
      '收入实现“双增长”（2版）',
      '　　▲柳溪湿地公园二期工',
      '程将于五一前开放（3版）',
      '全市重点项目推进大会召开',
      '　　本报讯（记者　甘若林',
      '）4月19日，全市重点项目',
      '建设推进大会召开。会议通',
      '报了一季度项目建设情况。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['今日导读', '全市重点项目推进大会召开']);
    expect(entries[0].text).toContain('▲我市一季度城乡居民收入实现“双增长”（2版）');
    expect(entries.map((e) => e.column)).toEqual([null, null]);
  });

  it('a 书架 box’s book listings (《某某》　某某　著　某某出版社) and a 数读 box’s area row (0.87平方公里　……) are the boxes’ text, never headlines', () => {
    const text = [
      '青禾书架',
      '',
      '《云上的日子》　甘原　著　柳溪人民出版社',
      '',
      '一位气象员三十年的山顶日记，写风写雪，也写守望。',
      '',
      '《老街的声音》　葛一苇　编著　青禾文艺出版社',
      '',
      '老街上的吆喝、戏腔和钟声，一页页收进书里。',
      '',
      '数读柳树庄',
      '',
      '312户　全村签约户数',
      '',
      '0.87平方公里　改造片区总面积',
      '',
      '3年　回迁安置房预计建设周期',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾书架', '数读柳树庄']);
    expect(entries[0].text).toContain('《老街的声音》葛一苇编著青禾文艺出版社');
    expect(entries[1].text).toContain('0.87平方公里改造片区总面积');
  });

  it('a dispatch’s other reporters (参与记者：某某) close it, and an agency’s cartoon credit (新华社发　某某　作) stays under its title', () => {
    const text = [
      '# 无人机飞进山乡果园',
      '',
      '新华社柳溪3月25日电（记者　甘若林）春分过后，山乡果园里飞起了植保无人机。',
      '',
      '参与记者：葛晴岚',
      '',
      '# 首批社区老年食堂服务规范发布',
      '',
      '新华社北京3月25日电（记者　柯远）首批社区老年食堂服务规范25日发布。',
      '',
      '# “满减”迷宫',
      '',
      '新华社发　甘青禾　作',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['无人机飞进山乡果园', '首批社区老年食堂服务规范发布', '“满减”迷宫']);
    expect(entries[0].text).toContain('参与记者：葛晴岚');
    expect(entries[1].kicker).toBeNull();
    expect(entries[2].text).toContain('新华社发甘青禾作');
  });

  it('a report’s event line over spaced halves that each give a count (……洽谈会开幕 / 签约项目27个　总金额46.3亿元) is headline and subheadline', () => {
    const text = [
      '第八届柳溪边境贸易洽谈会开幕',
      '签约项目31个　总金额52.6亿元',
      '',
      '本报讯（记者　甘若林）5月15日，第八届柳溪边境贸易洽谈会在柳溪口岸开幕。',
      '',
    ].join('\n');
    const [entry] = entriesOf(ingest({ text, header: false }));
    expect([entry.kicker, entry.headline, entry.subheadline]).toEqual([null, '第八届柳溪边境贸易洽谈会开幕', '签约项目31个　总金额52.6亿元']);
  });

  it('a young reporter’s school, class and name after a report’s last sentence (……学问！ / 某某小学五年级（1）班　小记者　某某) signs it', () => {
    const text = [
      '我放飞了探空气球',
      '　　柳溪市第一实验小学四年级（2）班　小记者　甘若林',
      '　　早上七点多，气象台的叔叔把一只白色的大气球充满了气，气球足足有一人多高。',
      '　　我仰着头看了好久。以后再听天气预报，我就会想起那只飞向高空的白气球。',
      '　　（指导老师：葛　颖）',
      '百叶箱里藏着什么',
      '　　在观测场的草地上，立着一个白色的木头箱子，四面都是斜着的木片，像百叶窗一样。',
      '　　工作人员阿姨打开箱门，里面挂着几支温度计，箱子刷成白色，是为了反射阳光。',
      '　　原来一个小小的箱子里，也藏着这么多学问！',
      '　　柳溪市南湖小学五年级（1）班　小记者　柯晨阳',
      '气象小课堂',
      '为什么说“一场秋雨一场寒”？',
      '　　答：秋天，北方的冷空气一次次南下，雨过以后，气温就会下降一截。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['我放飞了探空气球', '百叶箱里藏着什么', '为什么说“一场秋雨一场寒”？']);
    expect(entries[1].text).toContain('原来一个小小的箱子里，也藏着这么多学问！柳溪市南湖小学五年级（1）班小记者柯晨阳');
  });

  it('a short line with a comma after a headed picture’s credit, on a page of every line apart (……　摄 / 去沙漠旅游，这四件事要记牢), is the next piece’s headline', () => {
    const text = [
      '市民健康讲堂开讲',
      '',
      '本报讯（记者　柯晨阳）昨天上午，市人民医院“健康讲堂”在文化宫开讲，三百多名市民到场听讲。',
      '',
      '讲堂邀请心内科、内分泌科专家讲解高血压、糖尿病的日常管理，并现场解答市民提问。',
      '',
      '据介绍，“健康讲堂”每月举办一期，市民可通过医院公众号预约。',
      '',
      '义诊进社区',
      '',
      '8月6日，市人民医院医疗队在白沙社区为居民义诊。',
      '',
      '晚报记者　葛　岚　摄',
      '',
      '去沙漠旅游，这四件事要记牢',
      '',
      '暑期到沙漠景区游玩的市民增多，市疾控中心提醒：',
      '',
      '1．做好防晒。穿浅色长袖衣裤，戴宽檐帽，涂抹防晒霜。',
      '',
      '2．多喝水。每人每天至少备足三升饮用水。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['市民健康讲堂开讲', '义诊进社区', '去沙漠旅游，这四件事要记牢']);
  });

  it('who signs a notice of tender (招标人：…… / 代理机构：……), standing apart over the next notice’s marked headline, closes the notice; it is no banner or kicker of the next', () => {
    const text = [
      '# 青禾市2026年春季造林苗木采购招标公告',
      '',
      '青禾市春季造林苗木采购项目已批准实施，现进行公开招标，欢迎符合条件的投标人参加投标。',
      '',
      '投标人须具备苗木生产经营许可证，请于2026年1月9日至1月15日登录青禾市公共资源交易平台下载招标文件。',
      '',
      '招标人：青禾市林业和草原局',
      '',
      '代理机构：青禾恒信招标代理有限公司',
      '',
      '# 注销公告',
      '',
      '青禾市红柳滩造林专业合作社经成员大会决议解散，请债权人自本公告发布之日起四十五日内申报债权。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.column, e.kicker, e.headline])).toEqual([
      [null, null, '青禾市2026年春季造林苗木采购招标公告'],
      [null, null, '注销公告'],
    ]);
    expect(entries[0].text).toContain('代理机构：青禾恒信招标代理有限公司');
  });

  it('a notice’s number (招标编号：QHYL-2015-023) over its table of candidates is a field of the notice, never the headline of a piece of its own (set uc)', () => {
    const text = [
      '青禾市滨江健身步道工程中标候选人公示',
      '',
      '招标人：青禾市园林绿化管理处',
      '',
      '招标编号：QHYL-2015-023',
      '',
      '第一中标候选人　青禾路桥建设有限公司　1268.5万元',
      '',
      '第二中标候选人　白沙市政工程有限公司　1290.2万元',
      '',
      '公示期为2015年7月2日至7月4日。对公示结果有异议的，请在公示期内以书面形式提出。',
      '',
      '青禾市公共资源交易中心',
      '',
      '2015年7月2日',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾市滨江健身步道工程中标候选人公示']);
    expect(entries[0].text).toContain(squeeze('招标编号：QHYL-2015-023'));
    expect(entries[0].text).toContain(squeeze('青禾市公共资源交易中心'));
  });

  it('a box’s rows giving a time from one hour to another (机车路　6:00—11:30) are its rows, and their header row (路段　管制时间) no headline', () => {
    const text = [
      '首届城市半程马拉松明日鸣枪',
      '——五千跑者将穿越老厂区',
      '',
      '晚报讯（记者　柯晨阳）8月30日上午7时30分，首届青禾城市半程马拉松将在工业遗产公园鸣枪开跑。',
      '',
      '青禾机床厂始建于1958年，搬迁后老厂区改造为工业遗产公园，赛道途经老厂房和老水塔。',
      '',
      '据赛事组委会介绍，本次比赛设半程马拉松和健康跑两个项目，共有五千余名跑者报名参赛。',
      '',
      '赛事信息',
      '比赛当日交通管制时间',
      '',
      '路段　管制时间',
      '',
      '建设路　6:00—11:30',
      '',
      '青禾街　6:30—11:00',
      '',
      '滨河东路　7:00—10:30',
      '',
      '（据青禾市公安局交警支队）',
      '',
      '老钳工跑进了“三小时”',
      '',
      '本报讯（记者　柯晨阳）在昨天的城市马拉松赛上，六十二岁的退休钳工以2小时58分跑完全程。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['首届城市半程马拉松明日鸣枪', '比赛当日交通管制时间', '老钳工跑进了“三小时”']);
    expect(entries[1].text).toContain('路段管制时间');
  });

  it('a price box’s rows giving a price from one figure to another (巨峰葡萄　每斤4.5元至6元) are its rows, never headlines', () => {
    const text = [
      '中秋水果行情一览',
      '',
      '巨峰葡萄　每斤4.5元至6元',
      '',
      '本地早熟梨　每斤3元至3.5元',
      '',
      '红心柚　每个8元至12元',
      '',
      '香蕉　每斤2.5元',
      '',
      '（本报记者　甘若林　整理）',
      '',
      '老字号赶制月饼',
      '',
      '本报讯（记者　柯晨阳）中秋临近，老字号糕点店加班赶制月饼。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['中秋水果行情一览', '老字号赶制月饼']);
    expect(entries[0].text).toContain('红心柚每个8元至12元');
  });

  it('a 导读 box’s last pointer ending in its page in numerals without 第 (▲冬季防火　从我做起　　四版) stays the box’s, never a banner over the pieces below', () => {
    const text = [
      '# 本期导读',
      '',
      '▲中共某县委关于推进新农村建设的意见　　二版',
      '',
      '▲核桃树下的“致富经”　　三版',
      '',
      '▲冬季防火　从我做起　　四版',
      '',
      '县长甘若林在督查农田水利建设时强调——',
      '# 抢抓农时掀起冬修水利新高潮',
      '',
      '本报讯（记者　柯晨阳）11月22日，县长甘若林到柏树乡督查冬季农田水利基本建设。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.column, e.headline])).toEqual([[null, '本期导读'], [null, '抢抓农时掀起冬修水利新高潮']]);
    expect(entries[0].text).toMatch(/▲冬季防火从我做起四版$/);
  });

  it('a 新书速递 box of marked book lines (■《某某》　某某　著　某某出版社) is one piece, each line its text, never a headline', () => {
    const text = [
      '新书速递',
      '',
      '■《柳溪志略校注》　省地方志办公室　编　柳溪人民出版社',
      '',
      '■《我的书店我的城》　甘若林　著　柳溪教育出版社',
      '',
      '■《童年的草木》　柯晨阳　著　青禾少年儿童出版社',
      '',
      '全民阅读月启动',
      '',
      '本报讯（记者　温晓岚）4月20日，全市全民阅读月活动启动。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['新书速递', '全民阅读月启动']);
    expect(entries[0].text).toContain('■《童年的草木》柯晨阳著青禾少年儿童出版社');
  });

  it('a 特派 reporter’s label with the place between (特派记者北京直击) over a headline is its kicker, never a byline of an entry of its own', () => {
    const text = [
      '特派记者北京直击',
      '在京代表热议政府工作报告',
      '——“简政放权”“创新驱动”成高频词',
      '　　本报特派记者　甘若林　发自北京',
      '　　3月5日上午，全国人大会议在人民大会堂开幕。代表们认真听取政府工作报告。',
      '　　代表们说，报告里有群众关心的事。',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline])).toEqual([['特派记者北京直击', '在京代表热议政府工作报告']]);
  });

  it('a set of poems’ note alone under its title (九月的田野 / （组诗）, （三首）) is the subheadline over the poems, never a closing note', () => {
    const text = [
      '九月的田野',
      '（组诗）',
      '',
      '◎　甘若林',
      '',
      '稻子',
      '',
      '稻子低下头',
      '',
      '像在想一件心事',
      '',
      '老牛',
      '',
      '老牛卧在田埂上',
      '',
      '嚼着一整个秋天',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.headline, e.subheadline])).toEqual([['九月的田野', '（组诗）']]);
    expect(entries[0].text).toContain('嚼着一整个秋天');
  });

  it('a box’s label, a colon and what it explains (链接：热带气旋如何命名) after a report heads a box of its own', () => {
    const text = [
      '南太平洋岛国遭强热带气旋袭击',
      '',
      '据新华社电　一个强热带气旋19日夜间至20日凌晨袭击瓦努阿图北部岛屿。',
      '',
      '当地气象部门说，这一热带气旋中心附近最大风速一度超过每小时200公里。',
      '',
      '链接：热带气旋如何命名',
      '',
      '在南太平洋地区，热带气旋的名称由相关国家和地区的气象部门事先提出，按顺序轮流使用。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['南太平洋岛国遭强热带气旋袭击', '链接：热带气旋如何命名']);
  });

  it('marked item titles each over its text, the first right under the piece’s kicker and headline (周末好去处 / 夏夜纳凉…… / ■海滨公园露天电影 / ……), are the piece’s, never a banner for the next', () => {
    const text = [
      '周末好去处',
      '夏夜纳凉　好玩的活动都在这儿',
      '',
      '■海滨公园露天电影',
      '',
      '8月20日晚7点半，海滨公园草坪放映露天电影，市民可自带小板凳。',
      '',
      '■城市书房“夏夜读书会”',
      '',
      '8月20日晚7点，市图书馆城市书房举办读书会，欢迎市民参加。',
      '',
      '■南门码头夜市',
      '',
      '每周五至周日晚6点至10点，南门码头小广场有夜市。',
      '',
      '高温天出门　记住这几点',
      '',
      '本报讯（记者　甘若林）近日我市持续高温，市疾控中心专家提醒市民注意防暑。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.column, e.kicker, e.headline])).toEqual([
      [null, '周末好去处', '夏夜纳凉　好玩的活动都在这儿'],
      [null, null, '高温天出门　记住这几点'],
    ]);
    expect(entries[0].text).toContain('■海滨公园露天电影8月20日晚7点半');
  });

  it('where `#` marks headlines, a list’s note on its order with a comma (（排名不分先后，价格仅供参考）) closes the list above, never kicks the next piece', () => {
    const text = [
      '吃货攻略',
      '# 天冷了，去这几家吃羊肉',
      '',
      '■老韦家羊肉馆',
      '',
      '地址：人民路与民主路交会处',
      '',
      '人均：60元',
      '',
      '■山里人羊肉粉',
      '',
      '地址：城南菜市场东侧',
      '',
      '人均：18元',
      '',
      '（排名不分先后，价格仅供参考）',
      '',
      '健康提醒',
      '# 冬季吃火锅　别踩这些坑',
      '',
      '1.不要刚出锅就吃。涮好的食物先放在碗里晾一晾。',
      '',
      '2.肉类要涮熟。牛羊肉片要涮到完全变色。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['天冷了，去这几家吃羊肉', '冬季吃火锅　别踩这些坑']);
    expect(entries[0].text).toMatch(/人均：18元（排名不分先后，价格仅供参考）$/);
  });

  it('numbered lines one under another after a lead ending in a colon (……分为以下五个阶段： / 一、…… / 二、……) are a box’s list, and the box’s name after them heads its own briefs', () => {
    const text = [
      '链接',
      '发展党员的五个阶段',
      '',
      '按照有关规定，发展党员工作一般分为以下五个阶段：',
      '',
      '一、入党申请人的确定',
      '',
      '二、入党积极分子的确定和培养',
      '',
      '三、发展对象的确定和考察',
      '',
      '四、预备党员的接收',
      '',
      '五、预备党员的考察和转正',
      '',
      '党建动态',
      '',
      '●6月24日，柳溪市国资委党委举办党建工作交流会。',
      '',
      '●市妇联机关党支部与南湖社区党委开展结对共建。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['发展党员的五个阶段', '党建动态']);
    expect(entries[0].text).toMatch(/四、预备党员的接收五、预备党员的考察和转正$/);
  });

  it('readers’ suggestions quoted one a paragraph, each signed in brackets (“……。”（读者　某某）), stay in the piece that gathered them', () => {
    const text = [
      '读者热议',
      '校门口拥堵怎么治',
      '',
      '本报读者热线发出征集后，不少读者留言出主意。',
      '',
      '“学校能不能错峰放学？低年级早放十分钟，车流就能分散开。”（读者　甘若林）',
      '',
      '“建议附近的单位在上学时段开放停车场。”（网友“溪水人家”）',
      '',
      '（本报记者　柯晨阳　整理）',
      '',
      '来信来电请寄',
      '',
      '来信地址：柳溪市迎宾大道1号柳溪日报社',
      '',
      '读者热线：5123456',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['校门口拥堵怎么治', '来信来电请寄']);
    expect(entries[0].text).toContain('（网友“溪水人家”）（本报记者柯晨阳整理）');
  });

  it('a parent signing a letter with the school and a space before the name (某市实验小学学生家长　某某某) closes the letter, never heads a piece', () => {
    const text = [
      '读者来信',
      '开学后，校门口天天堵成“一锅粥”',
      '',
      '编辑同志：',
      '',
      '开学以来，每天早上七点二十分前后，学校门口的路就堵得水泄不通，孩子们只能在车缝里穿行。',
      '',
      '希望有关部门想想办法，还孩子们一条安全的上学路。',
      '',
      '柳溪市实验小学学生家长　甘若林',
      '',
      '记者调查',
      '上学高峰半小时　校门口涌进两百辆车',
      '',
      '本报讯（记者　柯晨阳）接到读者来信后，记者连续三天在市区五所小学门口蹲点。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['开学后，校门口天天堵成“一锅粥”', '上学高峰半小时　校门口涌进两百辆车']);
    expect(entries[0].text).toMatch(/安全的上学路。柳溪市实验小学学生家长甘若林$/);
  });

  it('a writer’s unit and name under the editor’s note (编者按：…… / 市委组织部　某某某) signs the essay, and a □ post with 、 and a name (□ 某市财政局党组书记、局长　某某某) signs the next', () => {
    const text = [
      '学习体会',
      '把学习成果落实到岗位上',
      '',
      '编者按：学习活动开展以来，全市各级机关党员干部结合岗位谈体会、话落实。本版今起选登部分体会文章。',
      '',
      '市委组织部　甘若林',
      '',
      '连日来，我反复研读学习材料，越读越感到责任重大。作为一名组工干部，首先要在学深悟透上下功夫。',
      '',
      '其次要在选贤任能上下功夫，让想干事、能干事的干部有舞台。',
      '',
      '以更实举措服务企业发展',
      '',
      '□ 柳溪市财政局党组书记、局长　柯晨阳',
      '',
      '财政部门怎样落实？我的体会是，要把有限的资金用在刀刃上，让惠企资金直达快享。',
      '',
      '机关党员干部要带头转变作风，多到企业走一走，把问题解决在一线。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline])).toEqual([['学习体会', '把学习成果落实到岗位上'], [null, '以更实举措服务企业发展']]);
    // The writer's line is the byline, printed under the headline block.
    expect(entries[0].text).toContain('岗位上市委组织部甘若林编者按：');
    expect(entries[1].text).toMatch(/^以更实举措服务企业发展□柳溪市财政局党组书记、局长柯晨阳财政部门/);
  });

  it('a member’s seat, then the name and their work in brackets (市政协委员　某某（某某公司总工程师）) over what they said is the speech’s first paragraph, never a headline', () => {
    const text = [
      '委员热议常委会工作报告',
      '',
      '本报讯（记者　甘若林）2月16日下午，出席市政协会议的委员们分组讨论常委会工作报告。',
      '',
      '市政协委员　柯远山（柳溪化工集团总工程师）',
      '',
      '报告里讲到园区治污，我深有感触。治污要算长远账，不能只看一时的投入。',
      '',
      '市政协委员　温晓岚（市第二中学校长）',
      '',
      '新建小区配套学校建设滞后，建议规划时就把学校一并定下来。',
      '',
      '市人大代表　葛　颖',
      '',
      '提案办理要重落实，不能只重答复。',
      '',
      '我市春播备耕有序推进',
      '',
      '本报讯　截至2月15日，全市已落实化肥3.2万吨。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['委员热议常委会工作报告', '我市春播备耕有序推进']);
    expect(entries[0].text).toContain('市政协委员温晓岚（市第二中学校长）新建小区');
    expect(entries[0].text).toContain('市人大代表葛颖提案办理');
  });

  it('a report opened by an editor’s note and signed by its reporter at its end has ended: the titled comment and box after it are pieces of their own', () => {
    const text = [
      '曝光台',
      '某镇一砂场私设排污口',
      '',
      '编者按：即日起，本报开设“曝光台”栏目，对群众反映强烈的环境问题进行公开曝光，督促整改。',
      '',
      '记者日前在柳溪镇河湾村看到，一家砂场的洗砂废水经一根暗管直排入河，下游河面泛起一层黄沫。',
      '',
      '现场情况',
      '',
      '砂场负责人称，沉淀池今年春天就已堵塞，“一直没顾上清”。',
      '',
      '整改要求',
      '',
      '镇里已责令砂场停产，封堵暗管，限期清理沉淀池。（本报记者　甘若林）',
      '',
      '短评',
      '整改不能“一阵风”',
      '',
      '曝光不是目的，整改才是。有的问题一曝光就改，风头一过又照旧。',
      '',
      '各级各部门要建立长效机制，让整改经得起群众检验。',
      '',
      '监管不能只靠曝光，更要靠平时一次次的巡查。',
      '',
      '本报曝光台联系方式',
      '',
      '热线电话：0738—5123456',
      '',
      '电子邮箱：bgt@example.cn',
      '',
      '受理时间：工作日8:30—17:30',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['某镇一砂场私设排污口', '整改不能“一阵风”', '本报曝光台联系方式']);
    expect(entries[0].text).toMatch(/限期清理沉淀池。（本报记者甘若林）$/);
  });

  it('a teacher’s credit set off by a space, not a colon (指导老师　某某), closes the pupil’s essay above it, a judge’s 点评 after it or not', () => {
    const text = [
      '一等奖',
      '小河边的水车',
      '',
      '柳溪市实验小学四（2）班　甘若林',
      '',
      '外公家门前有一条小河，河边立着一架老水车。',
      '',
      '我想，不管走到哪里，我都会记得那架吱呀吱呀的水车。',
      '',
      '指导老师　葛　颖',
      '',
      '评委点评：小作者写水车，由声音写到回忆，真切自然。',
      '',
      '二等奖',
      '奶奶的腌菜坛',
      '',
      '青禾小学五（1）班　柯晨阳',
      '',
      '奶奶的腌菜坛摆在灶台边，一年四季都不空。',
      '',
      '指导老师　温晓岚',
      '',
      '晚报“小作家”作文班招生',
      '',
      '本报讯　晚报“小作家”作文班暑期班即日起报名，报名电话：5123456。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline])).toEqual([['一等奖', '小河边的水车'], ['二等奖', '奶奶的腌菜坛'], [null, '晚报“小作家”作文班招生']]);
    expect(entries[0].text).toContain('指导老师葛颖评委点评：');
    expect(entries[1].text).toContain('一年四季都不空。指导老师温晓岚');
  });

  it('a paper’s young reporter with their school in brackets under a headline (某某晚报小记者　某某（某某学校五年级4班）) is the byline, not the headline', () => {
    const text = [
      '小记者采访',
      '“航天爷爷”的两句话',
      '',
      '青禾晚报小记者　甘若林（青禾外国语学校五年级4班）',
      '',
      '6月1日，我和另外三名小记者一起采访了退休的航天专家葛老先生。',
      '',
      '采访结束时，葛爷爷送给我们两句话：“多问为什么，做事要认真。”',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['“航天爷爷”的两句话']);
    expect(entries[0].text).toContain('青禾晚报小记者甘若林（青禾外国语学校五年级4班）6月1日');
  });

  it('a reporter sent to the games (本报特派记者　某某　发自某地) is the byline under the headline block, never a headline', () => {
    const text = [
      '全运会赛艇比赛收官——',
      '我市选手摘得两金一银',
      '——赛艇项目成绩创历届最好',
      '',
      '本报特派记者　甘若林　发自济南',
      '',
      '10月18日，十一运会赛艇比赛在济南落下帷幕。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['我市选手摘得两金一银']);
    expect(entries[0].text).toContain('本报特派记者甘若林发自济南10月18日');
  });

  it('a page’s editor and typesetter (编辑：某　某　组版：某　某) close the last piece, a photo’s credit above them or not', () => {
    const text = [
      '法院简讯',
      '　　■7月18日，柳溪区法院公开开庭审理一起非法捕捞水产品案。',
      '　　■7月19日，市中院召开新闻发布会，通报上半年全市法院审判执行工作。',
      '消防演练进工地',
      '　　7月20日，市消防支队特勤中队消防员在城东一建筑工地开展消防演练。　记者　甘若林　摄',
      '　　编辑：葛　宇　组版：柯　洁',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['法院简讯', '消防演练进工地']);
    expect(entries[1].text).toContain('编辑：葛宇组版：柯洁');
  });

  it('the toll of a disaster under the line reporting it (……暴雨引发泥石流 / 已致6人死亡、20多人失踪) is its subheadline', () => {
    const text = [
      '柳溪南部山区暴雨引发泥石流',
      '已致6人死亡、20多人失踪',
      '',
      '据新华社电　柳溪南部山区连日暴雨，引发大范围泥石流。',
      '',
    ].join('\n');
    const [entry] = entriesOf(ingest({ text, header: false }));
    expect([entry.kicker, entry.headline, entry.subheadline]).toEqual([null, '柳溪南部山区暴雨引发泥石流', '已致6人死亡、20多人失踪']);
  });

  it('a photo story’s numbered caption broken mid-sentence, its credit on the next line (①……老街 / 观看舞龙表演。记者　某某　摄) is one caption of the story', () => {
    const text = [
      '图说新春',
      '街巷处处年意浓',
      '　　①1月22日（正月初一），柳溪市民在南门老街',
      '观看舞龙表演。晚报记者　甘若林　摄',
      '　　②1月23日，小朋友在人民公园灯会上与花灯合影。晚报记者　甘若林　摄',
      '公交恢复正常运营时间',
      '　　晚报讯（记者　葛晴岚）记者从市公交集团获悉，公交线路1月28日起恢复正常运营时间。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['街巷处处年意浓', '公交恢复正常运营时间']);
    expect(entries[0].text).toContain('①1月22日（正月初一），柳溪市民在南门老街观看舞龙表演。');
  });

  it('who led the visits (某某　某某分别带队) under the line reporting them is its subheadline', () => {
    const text = [
      '市领导春节前夕走访慰问一线干部职工',
      '甘若林　葛晴岚分别带队',
      '',
      '本报讯（记者　柯远）春节前夕，市领导分别带队走访慰问坚守一线的干部职工。',
      '',
    ].join('\n');
    const [entry] = entriesOf(ingest({ text, header: false }));
    expect([entry.kicker, entry.headline, entry.subheadline]).toEqual([null, '市领导春节前夕走访慰问一线干部职工', '甘若林　葛晴岚分别带队']);
  });

  it('who wrote down a photo story’s words (文字整理　实习生　某　某) after its last caption closes it, never heads a piece', () => {
    const text = [
      '最后的渡口',
      '',
      '①清晨，老船工把渡船划向对岸。　本报记者　甘若林　摄',
      '',
      '②渡口边的小卖部只在赶集日开门。　本报记者　甘若林　摄',
      '',
      '文字整理　实习生　葛　粼',
      '',
      '等船的人',
      '',
      '我在渡口守了三个早晨，等船的人一天比一天少。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['最后的渡口', '等船的人']);
    expect(entries[0].text).toContain('文字整理实习生葛粼');
  });

  it('whom a profile or interview is of, or which book a review reads, without its —— (访儿童文学作家某某, 读某某散文集《某某》) under a headline is its subheadline', () => {
    const text = [
      '好的童书，要蹲下来写',
      '访儿童文学作家甘晓棠',
      '',
      '记者：您的新书写的是一个山村孩子的暑假，灵感从哪里来？',
      '',
      '那些被时间打磨过的文字',
      '读葛砚秋散文集《檐下听雨》',
      '',
      '□　柯　远',
      '',
      '读这本散文集，像在老屋檐下听了一夜的雨。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline])).toEqual([
      [null, '好的童书，要蹲下来写', '访儿童文学作家甘晓棠'],
      [null, '那些被时间打磨过的文字', '读葛砚秋散文集《檐下听雨》'],
    ]);
  });

  it('a rise given in points under the line reporting it (……平稳有序 / 清洁取暖率比上年提高6个百分点) is its subheadline', () => {
    const text = [
      '北方地区冬季供暖平稳有序',
      '清洁取暖率比上年提高6个百分点',
      '',
      '新华社北京12月3日电（记者　甘若林）入冬以来，北方地区冬季供暖总体平稳有序。',
      '',
    ].join('\n');
    const [entry] = entriesOf(ingest({ text, header: false }));
    expect([entry.kicker, entry.headline, entry.subheadline]).toEqual([null, '北方地区冬季供暖平稳有序', '清洁取暖率比上年提高6个百分点']);
  });

  it('on a page wrapped at 12 characters, an illustrator’s credit after a story’s closing note (（……均为化名） / 某　某　绘) closes the story', () => {
    const text = [
      '他把工资卡交给了他妈',
      '　　倾诉人：甘女士（29岁　',
      '会计）　记录：本报记者　葛',
      '晴岚',
      '　　结婚两年，丈夫的工资',
      '卡一直在婆婆手里。我的要',
      '求过分吗？',
      '　　（应倾诉人要求，文中人',
      '物均为化名）',
      '　　柯　实　绘',
      '专家点评',
      '先把“小家”的账算明白',
      '　　甘女士的烦恼，在新婚家',
      '庭里并不少见。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['他把工资卡交给了他妈', '先把“小家”的账算明白']);
    expect(entries[0].text).toContain('（应倾诉人要求，文中人物均为化名）柯实绘');
  });

  it('who set the tasks (某某主持　某某作部署) under a meeting’s headline is its subheadline', () => {
    const text = [
      '市防汛抗旱指挥部召开紧急会商会',
      '甘若林主持　葛晴岚作部署',
      '',
      '本报讯（记者　柯远）7月20日，市防汛抗旱指挥部召开紧急会商会，研判近期雨情汛情。',
      '',
    ].join('\n');
    const [entry] = entriesOf(ingest({ text, header: false }));
    expect([entry.kicker, entry.headline, entry.subheadline]).toEqual([null, '市防汛抗旱指挥部召开紧急会商会', '甘若林主持　葛晴岚作部署']);
  });

  it('on a page wrapped at 14 characters, a journal’s issue cut from an excerpt’s source (——摘自《某某社会科学》 / 2005年第4期) goes on with it', () => {
    const text = [
      '观点摘编',
      '　　■推进城镇化，关键在于让',
      '进城农民真正融入城市，享有',
      '同等的公共服务。',
      '　　——摘自《柳溪社会科学》',
      '2005年第4期',
      '　　■解决“三农”问题，根本出',
      '路在于减少农民，富裕农民。',
      '　　——摘自《青禾论坛》2005',
      '年第7期',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries[0].headline).toBe('观点摘编');
    expect(entries[0].text).toContain('——摘自《柳溪社会科学》2005年第4期');
    expect(entries.some((e) => e.text.includes('——摘自《青禾论坛》2005年第7期'))).toBe(true);
    expect(entries.filter((e) => e.headline !== null && /期$/.test(e.headline))).toEqual([]);
  });

  it('on a page wrapped at 11 characters, a headline exactly that wide after a finished paragraph and over a dashed subheadline heads the next piece', () => {
    const text = [
      '用足尖讲述一条河的故事',
      '　　本报记者　柯　远',
      '　　首演结束后，观众久',
      '久不愿离场。据悉，该剧',
      '将于下半年开启全国巡演。',
      '在成长的故事里看见温暖',
      '——评电影《追风的少年》',
      '　　□　葛晴岚',
      '　　这部电影讲述了一个',
      '山村少年追逐梦想的故事',
      '，质朴而动人。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['用足尖讲述一条河的故事', '在成长的故事里看见温暖']);
    expect(entries[1].subheadline).toBe('——评电影《追风的少年》');
  });

  it('where headline blocks print tight, a listing’s name after a one-paragraph brief (演出信息 / ■　话剧《某某》 / 时间：…… / 地点：……) heads a box of its own, never a subhead of the brief', () => {
    const text = [
      '荧屏观察\n本土微短剧《巷口的灯》走红\n——全网播放量破亿　取景地成“打卡点”',
      '□晚报记者　葛晴岚',
      '一条老巷、一盏路灯、一家开了三十年的面馆，构成了这部微短剧的全部场景。',
      '《巷口的灯》共三十集，每集三分钟左右，讲述了老巷里几户人家的悲欢离合。',
      '剧集走红后，槐花巷成了新的“打卡点”。记者周末探访时看到，巷口排起了长队。',
      '市图书馆“夜读时光”延长至晚九点',
      '本报讯（全媒体记者　柯　远）从6月1日起，市图书馆总馆每周二至周五的开放时间由晚八点延长至晚九点。',
      '演出信息',
      '■　话剧《归途》',
      '时间：6月1日、2日19:30',
      '地点：青禾大剧院小剧场',
      '票价：80元、120元',
      '■　“童声里的夏天”少儿合唱音乐会',
      '时间：6月1日10:00',
      '地点：市文化馆多功能厅',
      '文娱快讯',
      '◆　第五届市民摄影大赛开始征稿，截止日期为8月31日。',
      '◆　市博物馆“运河人家”特展6月8日开展，展期三个月。',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['本土微短剧《巷口的灯》走红', '市图书馆“夜读时光”延长至晚九点', '演出信息', '文娱快讯']);
  });

  it('on an indented page, a video pointer (扫描二维码　看某某) ends the feature, and the two-half headline under it heads a brief, never the rest of a row', () => {
    const I = '\u3000\u3000';
    const text = [
      '家门口的变化——',
      '三年装了一百四十部电梯',
      '——青禾老旧小区加装电梯走访记',
      `${I}本报记者　柯　远`,
      `${I}在青禾市桂园新村，82岁的葛大爷第一次坐电梯下楼，笑得合不拢嘴。`,
      `${I}4月12日，桂园新村7幢居民在试乘新装的电梯。`,
      `${I}扫描二维码　看老小区“长”出电梯`,
      '清明小长假　城区公园接待游客二十一万人次',
      `${I}本报讯（全媒体记者　林晓岚）记者从市园林局获悉，清明小长假期间，城区各公园共接待游客二十一万人次。`,
      `${I}为应对客流高峰，各公园增加了保洁和安保力量。`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['三年装了一百四十部电梯', '清明小长假　城区公园接待游客二十一万人次']);
    expect(entries[0].text).toContain(squeeze('扫描二维码　看老小区“长”出电梯'));
  });

  it('a feature’s subhead without a comma (让咖啡有“青禾味道”) stays in the body where subheads with one stood before it (一次旅行，一个决定 / 创业不易，有人帮忙)', () => {
    const text = [
      '港澳青年在内地\n从维港到江畔，他把咖啡馆开进了老街',
      '本报记者　柯　远',
      '早上8点半，青禾市老城区青石巷里飘出咖啡香。推开一扇木门，27岁的香港青年正在调试咖啡机。',
      '一次旅行，一个决定',
      '2018年，大学毕业不久的他第一次来青禾旅行，就被这里的老街巷吸引了。',
      '创业不易，有人帮忙',
      '从选址、装修到办理营业执照，他遇到的第一个难题是看不懂流程。',
      '让咖啡有“青禾味道”',
      '开店之初，他照搬香港的菜单，生意却不温不火。后来他琢磨出桂花拿铁，成了店里的招牌。',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['从维港到江畔，他把咖啡馆开进了老街']);
  });

  it('a caption pointing at the picture from the files (图为……。　（资料图片）) closes the feature above it, and the headline after it heads a report dated 本报某地某月某日讯', () => {
    const text = [
      '走进专精特新企业——\n一颗轴承的“精度”追求',
      '本报记者　柯　远',
      '在青禾精密轴承公司的恒温检测室里，技术员正把一套轴承放上圆度仪。',
      '从“跟跑”到“并跑”',
      '创业之初，公司只能生产普通轴承，利润微薄。',
      '人才是最硬的底气',
      '走进公司的研发大楼，年轻面孔随处可见。',
      '图为青禾精密轴承公司技术人员在检测轴承精度。　（资料图片）',
      '二季度中小企业发展指数回升',
      '本报北京8月7日讯（记者　葛晴岚）中小企业协会日前发布数据，二季度中小企业发展指数为89.4。',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['一颗轴承的“精度”追求', '二季度中小企业发展指数回升']);
    expect(entries[0].text).toContain(squeeze('（资料图片）'));
  });

  it('a writer’s workplace and name under a column’s headline (某市国税局　某某某) is its writer, never a headline; signed so after a letter (某县某村驻村工作队　某某某), its last line', () => {
    const text = [
      '“两学一做”心得谈\n合格党员从守住小节做起',
      '青禾市国税局　柯晓岚',
      '在学习教育中，我反复学习党章党规，深深体会到：做一名合格党员，要在小事小节上严格要求自己。',
      '守住小节，还要在日常工作中体现党员的标准。',
      '建议在农村推广“积分超市”（读者建言）',
      '编辑同志：',
      '我在村里驻村两年，看到“积分超市”让村民参与村务的热情高了，建议在全县推广。',
      '青禾县白沙乡杨柳村驻村工作队　葛远山',
      '党员志愿服务进社区',
      '本报讯　近日，青禾市开展党员志愿服务活动，三千余名党员走进社区。',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['合格党员从守住小节做起', '建议在农村推广“积分超市”（读者建言）', '党员志愿服务进社区']);
    expect(entries[0].kicker).toBe('“两学一做”心得谈');
    expect(entries[1].text).toContain('杨柳村驻村工作队葛远山');
  });

  it('a talk’s cast (主持人：…, 嘉宾：…, and a further guest named by post) is the talk’s text, never headlines or a byline of a piece of their own', () => {
    const text = [
      '新春对话\n年味儿淡了，还是换了个样子',
      '再过几天就是春节。有人说年味儿越来越淡，也有人说年味儿只是换了个样子。',
      '主持人：本报记者　柯  远',
      '嘉宾：青禾老街糕点铺第三代店主　葛晴岚',
      '青禾学院民俗文化研究中心主任　罗  进',
      '主持人：两位觉得，现在的年味儿和过去比怎么样？',
      '葛晴岚：要说热闹，现在一点不比过去差。我们铺子从腊月初八开始就忙。',
      '罗进：年味儿不是淡了，是形式在变。',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['年味儿淡了，还是换了个样子']);
    expect(entries[0].body.map((b) => b.text)).toContain('嘉宾：青禾老街糕点铺第三代店主　葛晴岚');
  });

  it('where headline blocks print tight, a notice (失物招领) and a readers’ box (网友说) after a report head pieces of their own, and a picture after a notice is a piece of its own', () => {
    const text = [
      '热线追踪\n小区门口的“断头路”通了',
      '上月本报报道了清河苑小区门口一段道路被围挡截断、居民出行不便一事。',
      '报道刊出后，区市政部门与施工单位协商，调整了施工方案。',
      '网友说',
      '老街改造是好事，希望别把老味道改没了。——网友“西门老街坊”',
      '断头路打通，点赞相关部门效率！——网友“清河苑住户”',
      '失物招领',
      '11月3日晚，出租车司机鲁师傅在车上捡到一个黑色公文包，请失主与本报联系。',
      '联系电话：8862××××',
      '17日，志愿者在中山路口为过往市民测量血压。',
      '市民 柯  远供图',
      '编辑：葛  晴',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kind, e.headline])).toEqual([
      ['article', '小区门口的“断头路”通了'],
      ['article', '网友说'],
      ['article', '失物招领'],
      ['photo', null],
    ]);
  });

  it('a dated picture after a box of marked items (银行简讯 / ■…… / ■……) is a piece of its own, whatever bank its caption and an item both name', () => {
    const text = [
      '银行简讯',
      '■ 青禾银行日前与三家航空公司合作推出联名信用卡，持卡消费可累积航空里程。',
      '■ 柳塘银行本月起将个人网上银行跨行转账手续费下调至每笔5元。',
      '■ 据业内统计，前三季度银行卡跨行交易金额同比增长逾五成。',
      '11月14日，客户在青禾银行白沙支行营业部咨询外币理财产品。',
      '本报记者　柯  远　摄',
      '责任编辑：葛  晴',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kind, e.headline])).toEqual([
      ['article', '银行简讯'],
      ['photo', null],
    ]);
  });

  it('a picture after a box of items marked △, as older pages print them (简讯 / △…… / △……), is a piece of its own', () => {
    const text = [
      '简讯',
      '　　△地区化肥厂提前完成全年生产计划，共生产合成氨一万吨。',
      '　　△城关供销社开办星期日门市部，方便职工购物。',
      '　　△地区医院派出十名医务人员，到山区公社巡回医疗。',
      '　　红岩大队的社员在选育来年的稻种。',
      '　　本报通讯员　柯远摄',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kind, e.headline])).toEqual([
      ['article', '简讯'],
      ['photo', null],
    ]);
  });

  it('a dated picture after a results table’s rows (某某比赛成绩 / 男子跳高（少年组）：某某（某区）1米78) is a piece of its own, though its caption names the event a row lists', () => {
    const text = [
      '区第八届中学生运动会\n田径赛在区体育场开赛',
      '本报讯（记者　柯  远）昨天，青禾区第八届中学生运动会田径赛在区体育场开赛，30所学校的900名学生参赛。',
      '运动会为期三天，设田径、跳绳、拔河等12个项目。',
      '中学生运动会首日部分成绩',
      '男子跳高（少年组）：葛  晴（白沙区）1米78',
      '女子跳高（少年组）：甄小禾（柳塘区）1米52',
      '男子铅球（青年组）：罗  进（白沙区）13米05',
      '4月9日，选手在男子跳高（少年组）比赛中过杆。',
      '本报记者　柯  远　摄',
      '责任编辑：葛  晴',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kind, e.headline])).toEqual([
      ['article', '田径赛在区体育场开赛'],
      ['article', '中学生运动会首日部分成绩'],
      ['photo', null],
    ]);
  });

  it('where `#` marks the headlines, a chart’s title (图表：……) over its credit after an essay heads a piece of its own, never the essay’s last subhead', () => {
    const text = [
      '# 河湾的咖啡时光（环球走笔）',
      '清晨6点，河湾老城的街巷刚刚苏醒，街边的咖啡摊前已坐满了人。',
      '河湾人喝咖啡，讲究的是一个“慢”字，一边等一边聊天。',
      '图表：今年一季度沿海各国经济增速',
      '新华社发 柯  远 制图',
      '责任编辑：葛  晴',
      '',
    ].join('\n\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries).toHaveLength(2);
    expect(entries[0].body.map((b) => b.text).join('')).not.toContain('图表');
  });

  it('on a page wrapped at a width, a 导读 row ending on its page (某某　4版) ends there: the photo’s headline under it stays a headline', () => {
    const text = [
      '导　读',
      `${I}哨所里的“八一”　2版`,
      `${I}“渡江尖兵”的一天　3版`,
      `${I}大学生士兵返校后　4版`,
      '军民联欢庆“八一”',
      `${I}7月30日，驻地某部官兵`,
      '与驻地群众联欢，共庆建军',
      '节。',
      `${I}本报记者 柯  远摄`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['导　读', '军民联欢庆“八一”']);
  });

  it('a long series name joined with · right over a headline is its kicker where the layout prints a headline block together, its column where every line stands apart', () => {
    const pieces: Printed[] = [
      {
        kicker: '稳中求进·一线观察',
        headline: '“链主”领跑 集群突围',
        subheadline: '——青禾市智能装备产业集群上半年产值增长一成的背后',
        paragraphs: ['本报记者 柯  远', '走进青禾市智能装备产业园，机器人手臂正在焊接一台台整机。', '园区负责人说，上半年集群产值增长一成，新增配套企业二十多家。'],
      },
      {
        headline: '白沙镇新建三处口袋公园',
        paragraphs: ['本报讯（记者 罗  进）日前，白沙镇三处口袋公园建成开放。', '公园里设置了健身器材和儿童游乐设施，方便居民就近休闲。'],
      },
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      const entries = entriesOf(ingest({ text: print(layout, pieces) }));
      expect(entries.map((e) => [e.column, e.kicker, e.headline]), layout).toEqual([
        [null, '稳中求进·一线观察', '“链主”领跑 集群突围'],
        [null, null, '白沙镇新建三处口袋公园'],
      ]);
    }
    const apart = entriesOf(ingest({ text: print('blank-lines', pieces) }));
    expect(apart.map((e) => [e.column, e.kicker, e.headline])).toEqual([
      ['稳中求进·一线观察', null, '“链主”领跑 集群突围'],
      [null, null, '白沙镇新建三处口袋公园'],
    ]);
  });

  it('a picture’s label alone (图片报道) over a kicker ending in —— is a picture of its own, never the column of the profile under it', () => {
    const pieces: Printed[] = [
      {
        headline: '青禾县举行秋收农机演示',
        paragraphs: ['本报讯（记者 罗  进）9月12日，青禾县在白沙镇举行秋收农机作业演示。', '二十多台新型收割机同场作业，吸引周边农户前来观看。'],
      },
      { headline: '图片报道', paragraphs: [] },
      {
        kicker: '全国人大代表、白沙镇桃源村党支部书记柯秀英——',
        headline: '“把村里的事当成自家的事”',
        paragraphs: ['本报记者 葛晴岚', '清晨六点，柯秀英已经走在村里的小路上。', '“村里的事，就是我家的事。”她说。'],
      },
    ];
    const entries = entriesOf(ingest({ text: print('indented', pieces) }));
    expect(entries.map((e) => [e.column, e.kicker, e.headline])).toEqual([
      [null, null, '青禾县举行秋收农机演示'],
      [null, null, '图片报道'],
      [null, '全国人大代表、白沙镇桃源村党支部书记柯秀英——', '“把村里的事当成自家的事”'],
    ]);
  });

  it('on a page with no printed header whose headline blocks print together (an e-paper’s list of articles), a label over a headline is its kicker and three lines are kicker, headline and subheadline; under a printed header the label is the column', () => {
    const pieces: Printed[] = [
      {
        kicker: '医生说',
        headline: '秋冬季节，警惕这些“心”问题',
        paragraphs: ['□ 柯  远', '天气转凉以后，心血管疾病进入一年中的高发期。', '专家提醒，老年人晨练不宜过早，出门要注意保暖。', '有胸闷、胸痛等症状时，一定要及时到医院就诊。', '平时要注意规律作息，饮食宜清淡，少吃油腻食物。'],
      },
      {
        kicker: '记者调查',
        headline: '老旧小区加装电梯，难在哪里',
        subheadline: '部分小区低层住户意见不一，记者走访多个社区探寻破解之道',
        paragraphs: ['本报记者 罗  进', '白沙社区的一栋六层老楼前，新装电梯的井道已经立起来了。', '“装电梯是好事，可一楼的住户有顾虑。”社区主任这样说。', '社区先后召开了五次居民议事会，大家最终达成一致意见。', '目前全市已有一百多个老旧小区启动了加装电梯工作。'],
      },
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      const crawl = entriesOf(ingest({ text: print(layout, pieces), header: false }));
      expect(crawl.map((e) => [e.column, e.kicker, e.headline, e.subheadline]), layout).toEqual([
        [null, '医生说', '秋冬季节，警惕这些“心”问题', null],
        [null, '记者调查', '老旧小区加装电梯，难在哪里', '部分小区低层住户意见不一，记者走访多个社区探寻破解之道'],
      ]);
      const printed = entriesOf(ingest({ text: print(layout, pieces) }));
      expect(printed[0].column, layout).toBe('医生说');
    }
  });

  it('a reporter’s help desk (记者帮办) over a headline is its column under a printed header and its kicker on an e-paper’s list, never a reporter named 帮办', () => {
    const pieces: Printed[] = [
      {
        kicker: '记者帮办',
        headline: '电梯停运半个月 居民爬楼犯了难',
        subheadline: '物业：配件已到位 本周内恢复运行',
        paragraphs: ['青禾晚报记者 柯  远', '“电梯停了半个月，我每天爬18楼，腿都爬软了。”家住白沙小区的周大娘说。', '7月14日，记者来到该小区看到，2号楼电梯口立着“暂停使用”的牌子。', '小区物业一位负责人介绍，电梯的主板坏了，配件要从外地调货。', '7月18日下午，物业负责人告诉记者，配件已经到货，本周内恢复运行。'],
      },
      {
        headline: '暑期戏水 这些地方别去',
        paragraphs: ['青禾晚报记者 葛  晴', '暑假以来，学生外出戏水增多，市应急管理局发布提醒。', '水库、河道、池塘等水域情况复杂，不要私自下水。', '家长要切实履行监护责任，看管好孩子。'],
      },
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      const crawl = entriesOf(ingest({ text: print(layout, pieces), header: false }));
      expect(crawl.map((e) => [e.column, e.kicker, e.headline, e.subheadline]), layout).toEqual([
        [null, '记者帮办', '电梯停运半个月 居民爬楼犯了难', '物业：配件已到位 本周内恢复运行'],
        [null, null, '暑期戏水 这些地方别去', null],
      ]);
      const printed = entriesOf(ingest({ text: print(layout, pieces) }));
      expect(printed.map((e) => e.column), layout).toEqual(['记者帮办', null]);
    }
  });

  it('a name-and-shame column (曝光台) over a headline names the column, never the headline with the real one under it', () => {
    const pieces: Printed[] = [
      {
        headline: '全市完成土地整治项目42个',
        paragraphs: ['本报讯（记者 柯  远）记者从市自然资源局获悉，今年全市完成土地整治项目42个。', '项目区内田块平整、沟渠配套，耕地质量明显提升。'],
      },
      {
        kicker: '曝光台',
        headline: '四起违法占用耕地案件被查处',
        paragraphs: ['为严守耕地保护红线，市自然资源局近日通报四起违法占用耕地案件。', '有关部门已责令当事人限期拆除违法建筑，恢复耕地原状。'],
      },
    ];
    for (const layout of ['indented', 'tight-headlines', 'blank-lines'] as const) {
      const read = entriesOf(ingest({ text: print(layout, pieces) }));
      expect(read.map((e) => e.headline), layout).toEqual(['全市完成土地整治项目42个', '四起违法占用耕地案件被查处']);
      expect(read[1].subheadline, layout).toBeNull();
    }
  });

  it('on an e-paper’s list, a marked label printed over each item’s headline (■县区传真) is that item’s kicker', () => {
    const items: Printed[] = ['白沙县部署秋冬季造林工作', '青禾区新建12个农村文化广场', '河西县开展节前食品安全检查'].map((headline, k) => ({
      kicker: '■县区传真',
      headline,
      paragraphs: [`本报讯 ${headline.slice(0, 3)}日前${k === 0 ? '召开会议，安排今冬明春造林任务。' : k === 1 ? '新建的文化广场陆续投入使用，群众有了活动的好去处。' : '组织人员对全县商超、农贸市场开展检查。'}`, '有关负责人表示，将继续抓好各项工作落实。'],
    }));
    for (const layout of ['indented', 'tight-headlines'] as const) {
      const crawl = entriesOf(ingest({ text: print(layout, items), header: false }));
      expect(crawl.map((e) => [e.column, e.kicker, e.headline]), layout).toEqual(items.map((a) => [null, '■县区传真', a.headline]));
    }
  });

  it('on an e-paper’s list, a box of briefs’ name printed once over its first brief is the column of the briefs it heads and stays the first one’s kicker as printed; printed over each, each one’s kicker', () => {
    const briefs = (kickers: Array<string | undefined>): Printed[] => [
      { headline: '青禾联队主场完胜白沙城建', paragraphs: ['本报讯（记者 柯  远）11月1日晚，市篮球联赛第七轮在市体育馆进行，青禾联队以98∶86获胜。', '赛后，主教练表示球队防守有了起色。'] },
      { kicker: kickers[0], headline: '全县全民健身运动会启动', paragraphs: ['本报讯（记者 林晓岚）青禾县第三届全民健身运动会11月2日启动，设十二个比赛项目。'] },
      { kicker: kickers[1], headline: '全市青少年游泳赛落幕', paragraphs: ['本报讯（记者 林晓岚）全市青少年游泳锦标赛11月3日落幕，白沙区代表队获团体第一。'] },
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      const once = entriesOf(ingest({ text: print(layout, briefs(['体坛快讯', undefined])), header: false }));
      expect(once.map((e) => [e.column, e.kicker, e.headline]), layout).toEqual([
        [null, null, '青禾联队主场完胜白沙城建'],
        ['体坛快讯', '体坛快讯', '全县全民健身运动会启动'],
        ['体坛快讯', null, '全市青少年游泳赛落幕'],
      ]);
      const each = entriesOf(ingest({ text: print(layout, briefs(['体坛快讯', '体坛快讯'])), header: false }));
      expect(each.map((e) => [e.column, e.kicker]), layout).toEqual([[null, null], [null, '体坛快讯'], [null, '体坛快讯']]);
    }
  });

  it('on an e-paper’s list, any name of a box of briefs (两会速递, 旅游资讯, 演出预告) printed once over its first brief is their column and the first one’s kicker, a speeches’ banner (大会发言摘登) their column only; a single piece’s label (记者手记) over a short piece stays its kicker', () => {
    const briefs = (label: string): Printed[] => [
      { headline: '青禾联队主场完胜白沙城建', paragraphs: ['本报讯（记者 柯  远）11月1日晚，市篮球联赛第七轮在市体育馆进行，青禾联队以98∶86获胜。', '赛后，主教练表示球队防守有了起色。'] },
      { kicker: label, headline: '白沙湿地公园周末开放夜游', paragraphs: ['本报讯（记者 林晓岚）白沙湿地公园11月起每周六开放夜游，游船运行到晚上九点。'] },
      { headline: '青禾大剧院推出周末惠民场', paragraphs: ['本报讯（记者 林晓岚）青禾大剧院本月每周日下午推出惠民场，票价二十元起。'] },
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      for (const label of ['两会速递', '旅游资讯', '演出预告', '大会发言摘登', '休闲驿站']) {
        const read = entriesOf(ingest({ text: print(layout, briefs(label)), header: false }));
        const first = label === '大会发言摘登' ? null : label;
        expect(read.map((e) => [e.column, e.kicker]), `${layout} ${label}`).toEqual([[null, null], [label, first], [label, null]]);
      }
      const note = entriesOf(ingest({ text: print(layout, briefs('记者手记')), header: false }));
      expect(note.map((e) => [e.column, e.kicker]), layout).toEqual([[null, null], [null, '记者手记'], [null, null]]);
    }
  });

  it('a box of briefs’ name printed once over its first brief is their column however each brief credits its reporters: after the dateline, at its end, or not at all', () => {
    const credited = {
      dateline: '本报讯（通讯员 林晓岚）白沙县春季动物防疫3月10日启动，计划4月10日前完成。',
      end: '本报讯 开春以来，青禾县培训农民工三千余人次，一千一百人已签订劳动合同。（通讯员 柯  远）',
      none: '本报讯 近日，矿区六家社区卫生服务站开通老年人就医“绿色通道”。',
    };
    const briefs = (first: string, second: string): Printed[] => [
      { headline: '青禾联队主场完胜白沙城建', paragraphs: ['本报讯（记者 柯  远）11月1日晚，市篮球联赛第七轮在市体育馆进行，青禾联队以98∶86获胜。', '赛后，主教练表示球队防守有了起色。'] },
      { kicker: '县区快讯', headline: '青禾县培训农民工三千人次', paragraphs: [first] },
      { headline: '白沙县开展春季动物防疫', paragraphs: [second] },
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      for (const [a, b] of [['end', 'dateline'], ['dateline', 'end'], ['none', 'dateline'], ['end', 'none']] as const) {
        const read = entriesOf(ingest({ text: print(layout, briefs(credited[a], credited[b])), header: false }));
        expect(read.map((e) => e.column), `${layout} ${a}/${b}`).toEqual([null, '县区快讯', '县区快讯']);
      }
    }
  });

  it('a box of briefs’ name printed once over its first brief is their column when a brief is signed in brackets by a correspondent under the place they write from (……。（白沙乡 柯  远）)', () => {
    const briefs = (first: string, second: string): Printed[] => [
      { headline: '青禾联队主场完胜白沙城建', paragraphs: ['本报讯（记者 柯  远）11月1日晚，市篮球联赛第七轮在市体育馆进行，青禾联队以98∶86获胜。', '赛后，主教练表示球队防守有了起色。'] },
      { kicker: '乡镇传真', headline: '白沙乡柑橘交易市场开业', paragraphs: [first] },
      { headline: '青禾镇开展冬季农田水利建设', paragraphs: [second] },
    ];
    const placeSigned = '本报讯 投资36万元的白沙乡柑橘交易市场日前开业，设有固定摊位60个。（白沙乡 柯  远）';
    const datelineSigned = '本报讯（通讯员 林晓岚）入冬以来，青禾镇组织劳力两千人，整修渠道十二公里。';
    const bothPlaceSigned = '本报讯 入冬以来，青禾镇组织劳力两千人，整修渠道十二公里。（青禾 林晓岚）';
    for (const layout of ['indented', 'tight-headlines'] as const) {
      for (const [a, b] of [[placeSigned, datelineSigned], [datelineSigned, bothPlaceSigned], [placeSigned, bothPlaceSigned]]) {
        const read = entriesOf(ingest({ text: print(layout, briefs(a, b)), header: false }));
        expect(read.map((e) => [e.column, e.kicker]), layout).toEqual([[null, null], ['乡镇传真', null], ['乡镇传真', null]]);
      }
    }
  });

  it('a box of briefs’ name printed once over its first brief is their column when the second brief closes the page over its editors’ line (本版编辑 某  某)', () => {
    const briefs: Printed[] = [
      { headline: '青禾联队主场完胜白沙城建', paragraphs: ['本报讯（记者 柯  远）11月1日晚，市篮球联赛第七轮在市体育馆进行，青禾联队以98∶86获胜。', '赛后，主教练表示球队防守有了起色。'] },
      { kicker: '健康资讯', headline: '市中医院开设夜间门诊', paragraphs: ['本报讯 11月3日，市中医院夜间门诊开诊，内科、儿科每晚接诊到九点。（通讯员 柯  远）'] },
      { headline: '青禾县开展慢病义诊', paragraphs: ['本报讯（记者 林晓岚）11月4日，青禾县组织五家医院在县城广场开展慢病义诊。', '本版编辑 白  沙'] },
    ];
    for (const layout of LAYOUTS) {
      const read = entriesOf(ingest({ text: print(layout, briefs), header: false }));
      expect(read.map((e) => [e.column, e.kicker, e.headline]), layout).toEqual([
        [null, null, '青禾联队主场完胜白沙城建'],
        ['健康资讯', null, '市中医院开设夜间门诊'],
        ['健康资讯', null, '青禾县开展慢病义诊'],
      ]);
    }
  });

  it('a poem’s last verses with a comma, the last words a column’s ending (一根断骨，一针一线), are the poem’s over the next piece’s headline block, never headlines of their own', () => {
    const page: Printed[] = [
      {
        headline: '补伞匠（外一首）',
        paragraphs: ['□  柏  川', '他的手掌里', '握着半条街的晴天', '每一根伞骨', '都撑过一户人家的雨', '修鞋', '鞋跟磨歪了', '他还在替别人赶路', '一根断骨，一针一线', '把漏雨的日子缝好'],
      },
      { headline: '在旧手艺里读懂一座城', subheadline: '——读《街巷手艺人》', paragraphs: ['□  芮  微', '《街巷手艺人》写了老城里四十多位手艺人的手艺和人生。', '书中最打动我的，是那些细节。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a profile box’s rows led by a label and its colon (出生：…… / 荣誉：…… / 心愿：……) stay its rows over the next piece’s headline block, however short', () => {
    const page: Printed[] = [
      {
        headline: '人物档案',
        paragraphs: ['姓名：柯秀兰', '出生：1971年，青禾县人', '从业：2011年起从事代驾，零投诉、零事故', '荣誉：2016年度青禾市“最美服务者”', '心愿：女儿毕业后找到一份好工作'],
      },
      {
        kicker: '对话',
        headline: '守住安全这条线',
        paragraphs: ['记者：做了六年代驾，您觉得这一行最重要的是什么？', '柯秀兰：安全。客人把车交给你，你就得对他负责。'],
      },
    ];
    for (const layout of LAYOUTS) {
      const { read } = compare(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read.map((r) => [r.headline, r.lacks, r.holdsOthers]), layout).toEqual([
        ['人物档案', [], []],
        ['守住安全这条线', [], []],
      ]);
    }
  });

  it('a call for pieces signed by two issuers, one a line (某某晚报副刊部 / 某某市邮政局), closes on both over the page’s editor line', () => {
    const page: Printed[] = [
      { headline: '老邮差的三十年', paragraphs: ['□  柏  川', '三十年里，他骑坏了五辆自行车，把信送进了山里每一户人家。', '（作者系青禾市作家协会会员）'] },
      {
        headline: '“我与邮路”征文启事',
        paragraphs: ['为讲述邮路上的故事，本报副刊部与市邮政局联合举办“我与邮路”征文。', '一、征文内容：写邮路、写邮差，体裁不限。', '二、截稿时间：2011年7月31日。', '青禾晚报副刊部', '青禾市邮政局', '责任编辑：苏　禾'],
      },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a painting’s title by its medium over its maker’s credit (龙狮闹春（国画） / 某　某　作) is a piece whole: the short lines under it head the next piece, never its verses', () => {
    const page: Printed[] = [
      { headline: '过年的热闹', paragraphs: ['□  柯  远', '过年讲究的是团圆；到了元宵，就要走出家门，去看灯、去猜谜。', '热闹过后，年就算过完了。'] },
      { headline: '龙狮闹春（国画）', paragraphs: ['方　珂　作'] },
      { headline: '元宵灯谜', paragraphs: ['1．半个月亮（打一字）', '2．一口咬掉牛尾巴（打一字）', '3．十五天（打一字）', '（谜底见下期本版）'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a box’s rows marked and led by a year (■1966年，进入某某当学徒) are the box’s, never headlines of their own', () => {
    const page: Printed[] = [
      { headline: '人物档案', paragraphs: ['柯守衡，1952年生，青禾市人，钟表修复技艺省级代表性传承人。', '■1966年，进入“宝时斋”当学徒', '■1985年，接手经营“宝时斋”', '■2016年，被评为“青禾工匠”'] },
      { headline: '她给老花镜“量身定做”', paragraphs: ['本报记者　鞠　雯', '在青禾“光华眼镜”老店，验光师严秀芬是出了名的“细心人”。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a work named by its script and text with no 《》 (行书　录王维诗) over its maker’s credit (某某某　作) is its headline, not a caption naming the maker', () => {
    const page: Printed[] = [
      { headline: '一本教孩子写字的小书', paragraphs: ['韦  澈', '《童子习字录》收录了一位老书法家三十多年教孩子写字的心得。', '书中多是朴素的话，读来亲切。'] },
      { headline: '行书　录王维诗', paragraphs: ['耿鹤年　作', '（作者系青禾市书法家协会主席）'] },
      { headline: '翰墨小品', paragraphs: ['戚  芸', '腊月里，老街上摆出了写春联的桌子。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a role run together with a word (记者追访, 记者提醒) is a label, never a reporter: over a reply’s headline its kicker, inside a story its subhead', () => {
    const letter: Printed[] = [
      {
        headline: '小区供暖为何时冷时热',
        paragraphs: ['编辑同志：', '我家住在白沙区青禾小区，入冬以来家里的暖气时冷时热，晚上还得开电暖器。', '希望有关部门重视这个问题。', '白沙区青禾小区居民 柯远山'],
      },
      {
        kicker: '记者追访',
        headline: '热力公司：管网改造本月底完成',
        paragraphs: ['本报记者 林晓岚', '接到来信后，记者来到青禾小区，测得客厅温度为十五摄氏度。', '热力公司负责人表示，小区管网改造本月底完成。'],
      },
    ];
    const story: Printed[] = [
      {
        headline: '供热企业入户测温',
        paragraphs: ['本报讯（记者 林晓岚）连日来，白沙区供热企业组织技术员入户测量室温，对不达标的住户逐户排查。', '记者提醒', '居民如发现室温不达标，可拨打供热企业服务热线反映。'],
      },
      { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。'] },
    ];
    for (const layout of LAYOUTS) {
      for (const pieces of [letter, story]) {
        const result = ingest({ text: print(layout, pieces), header: false });
        const { read, expected } = compare(entriesOf(result), pieces);
        expect(read, layout).toEqual(expected);
        const authors = result.entries.articles.flatMap((a) => a.data.authors.map((author) => author.name));
        expect(authors, layout).not.toContain('追访');
        expect(authors, layout).not.toContain('提醒');
      }
    }
  });

  it('a day’s itinerary under its title (上午：……（一曲至五曲） / 中午：…… / 下午：……) is the rows of one piece, never headlines with a column tag', () => {
    const pieces: Printed[] = [
      {
        headline: '到白沙溪听一场春雨',
        paragraphs: ['本报记者 林晓岚', '五月的青禾，雨水丰沛。趁着周末，记者来到距城区六十公里的白沙溪景区。', '沿溪修建的木栈道全长六公里，游客可以一边漫步，一边听溪声。'],
      },
      {
        kicker: '线路推荐',
        headline: '白沙溪一日游',
        paragraphs: ['上午：青禾城区—白沙溪景区北门（自驾约1小时）—木栈道徒步（一曲至五曲）', '中午：溪头村农家乐，推荐石板鱼、竹笋炒腊肉', '下午：乘竹筏游六曲至九曲—观音瀑—返程'],
      },
    ];
    // Whether the box's label is read as its kicker or its column is the column-or-kicker call, not this kind's.
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('the page’s foot under its last article (its number alone, a dated footer line) is kept on the page’s entry, never an article of its own', () => {
    const pieces: Printed[] = [
      { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。', '新公厕设有第三卫生间和母婴室。'] },
      { headline: '白沙湿地公园周末开放夜游', paragraphs: ['本报讯（记者 林晓岚）白沙湿地公园11月起每周六开放夜游，游船运行到晚上九点。'] },
    ];
    for (const layout of LAYOUTS) {
      for (const foot of [['8'], ['A05'], ['青禾日报　2019年3月5日　星期二　第5版　综合新闻', '5']]) {
        const result = ingest({ text: `${print(layout, pieces)}\n${foot.join('\n')}\n` });
        const { read, expected } = compare(entriesOf(result), pieces);
        expect(read, `${layout} ${foot}`).toEqual(expected);
        expect(result.entries.sections[0].footer, `${layout} ${foot}`).toEqual(foot);
      }
    }
  });

  it('a timeline under its title (樱桃节二十年 / 2005年　首届樱桃节举办 / …) is a box of its own, its rows its text, after a feature it shares words with', () => {
    const pieces: Printed[] = [
      {
        headline: '樱桃红了　日子甜了',
        subheadline: '——第二十届青禾樱桃文化旅游节开幕',
        paragraphs: ['本报记者 林晓岚', '5月14日，第二十届青禾樱桃文化旅游节在北坡镇开幕，游客们走进樱桃园采摘尝鲜。', '二十年来，樱桃节带动全县樱桃种植面积从三千亩扩大到五万亩。'],
      },
      {
        headline: '樱桃节二十年',
        paragraphs: ['2005年　首届青禾樱桃节举办', '2010年　樱桃种植面积突破两万亩', '2016年　青禾樱桃获评国家地理标志产品', '2024年　第二十届樱桃节开幕'],
      },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a picture after a piece that has ended — on a picture of its own, or a cartoon under its 作 line — is a picture of its own, whatever words it shares', () => {
    const afterOwnPicture: Printed[] = [
      {
        headline: '老旧楼院装上电梯',
        paragraphs: ['本报讯（记者 林晓岚）10月10日，白沙区红星路社区首批加装的电梯投入使用。', '据了解，加装电梯费用由政府补贴和居民按楼层分摊。', '图为10月10日，红星路社区居民乘坐新装的电梯上楼。本报记者 林晓岚 摄'],
      },
      { paragraphs: ['10月11日，白沙区消防救援大队在红星路一处小区开展高层建筑灭火演练。', '本报记者 柯  远 摄'] },
      { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。'] },
    ];
    const afterCartoon: Printed[] = [
      { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。'] },
      { headline: '春季出游莫“扎堆”（漫画）', paragraphs: ['柯  远 作'] },
      { paragraphs: ['3月20日，青禾县第二届植树节在白沙河畔举行，市民栽下樱花树苗。本报记者 林晓岚 摄'] },
      { headline: '白沙湿地公园周末开放夜游', paragraphs: ['本报讯（记者 林晓岚）白沙湿地公园每周六开放夜游，游船运行到晚上九点。'] },
    ];
    for (const layout of LAYOUTS) {
      for (const pieces of [afterOwnPicture, afterCartoon]) {
        const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
        expect(read, layout).toEqual(expected);
      }
    }
  });

  it('a dated picture, its credit apart, after a brief and before the next headline or the page’s editors is a picture of its own, even where its caption retells the brief', () => {
    const alone: Printed[] = [
      { headline: '全市开展夏夜治安巡查行动', paragraphs: ['本报讯（记者 林晓岚）7月5日起，白沙市公安机关开展夏夜治安巡查行动，在城区夜市、广场等人员密集场所增加巡逻警力。'] },
      { paragraphs: ['7月6日晚，特警支队民警在城区夜市巡逻。', '本报记者 柯  远 摄'] },
      { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。', '本版编辑 白  沙'] },
    ];
    const retold: Printed[] = [
      { headline: '青禾大桥完成荷载试验', paragraphs: ['本报讯（记者 林晓岚）9月26日，青禾大桥进行荷载试验，三十二辆重型货车分批驶上桥面。'] },
      { paragraphs: ['9月26日，重型货车在青禾大桥桥面上进行荷载试验。', '本报记者 柯  远 摄'] },
      { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。'] },
    ];
    for (const layout of LAYOUTS) {
      for (const pieces of [alone, retold]) {
        const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
        expect(read, layout).toEqual(expected);
      }
    }
  });

  it('a picture with its credit run into a caption that tells its news whole, naming little the piece above does, is a picture of its own; a terse caption under its piece is that piece’s', () => {
    const alone: Printed[] = [
      { headline: '青禾县新建五所乡村幼儿园', paragraphs: ['本报讯（记者 林晓岚）记者从青禾县教育局了解到，今年新建的五所乡村公办幼儿园秋季学期全部开园，新增学位九百个。'] },
      { paragraphs: ['9月26日，白沙市消防救援支队在中山路步行街开展消防安全宣传活动。本报记者 柯  远 摄'] },
      { headline: '白沙湿地公园周末开放夜游', paragraphs: ['本报讯 白沙湿地公园每周六开放夜游，游船运行到晚上九点。'] },
    ];
    const own: Printed[] = [
      {
        headline: '青禾大桥主体工程开工',
        paragraphs: ['本报讯（记者 林晓岚）青禾大桥主体工程昨日开工，大桥全长三千二百米，预计三年后建成通车。', '4日，工人在施工现场作业。本报记者 柯  远 摄'],
      },
      { headline: '白沙湿地公园周末开放夜游', paragraphs: ['本报讯 白沙湿地公园每周六开放夜游，游船运行到晚上九点。'] },
    ];
    for (const layout of LAYOUTS) {
      for (const pieces of [alone, own]) {
        const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
        expect(read, layout).toEqual(expected);
      }
    }
  });

  it('where headline blocks print tight and every other line apart, a signed feature’s short subheads of near length are its subheads; a label over a headline and a box’s name alone after them open pieces of their own', () => {
    const pieces: Printed[] = [
      {
        kicker: '春季过敏高发',
        headline: '一到春天就喷嚏不断 是感冒还是过敏',
        subheadline: '——市人民医院变态反应科门诊量上涨三成',
        paragraphs: [
          '本报记者 林晓岚　通讯员 柯  远',
          '进入四月，不少市民被打喷嚏、流鼻涕折腾得够呛，变态反应科近一周日均接诊一百八十人次。',
          '花粉、柳絮成“元凶”',
          '“春季最常见的过敏原是花粉，其次是柳絮和尘螨。”变态反应科主任白  沙介绍。',
          '症状相似 区分有窍门',
          '感冒一般伴有发热、咽痛，过敏性鼻炎则以连续打喷嚏为主，不发热。',
          '专家建议：提前用药 做好防护',
          '每年春季都过敏的市民，可在花粉季到来前两周开始预防性用药。',
        ],
      },
      { headline: '孩子反复咳嗽 要不要做肺功能检查', column: '名医坐堂', paragraphs: ['坐诊专家：市妇幼保健院儿科主任医师 青  禾', '问：孩子一感冒就咳嗽，需要做什么检查？', '答：咳嗽持续超过四周，建议做肺功能检查。'] },
      { headline: '相关链接', paragraphs: ['过敏性鼻炎患者外出时可佩戴口罩，回家后及时清洗鼻腔。'] },
    ];
    const printed = pieces.map((a) => (a.column ? { ...a, kicker: a.column } : a));
    // The headline block printed tight, every other line apart, as an evening paper's e-paper gives it.
    const { read, expected } = grouping(entriesOf(ingest({ text: print('tight-headlines', printed), header: false })), pieces);
    expect(read).toEqual(expected);
  });

  it('a signed feature’s plain subhead after one the blocks read as a paragraph for its figures (5批抽检　3批超标 / “检测报告”从何而来) is its subhead, not the next piece’s headline', () => {
    const pieces: Printed[] = [
      {
        kicker: '记者调查',
        headline: '“有机”蔬菜竟是普通菜',
        subheadline: '——本报记者暗访青禾农贸市场',
        paragraphs: [
          '都市报记者　林晓岚',
          '“这都是自家基地种的有机菜，价钱贵一点，吃着放心。”3月2日上午，记者在青禾农贸市场看到，不少摊位挂着“有机”的牌子。',
          '5批抽检　3批超标',
          '记者随机买下5批标注“有机”的蔬菜送检，结果显示其中3批农药残留超过有机产品标准。',
          '“检测报告”从何而来',
          '记者注意到，摊主出示的“检测报告”上没有检测机构的盖章，报告编号也查询不到。',
          '对此，青禾市市场监管局表示，将对农贸市场“有机”标识开展专项检查。',
        ],
      },
      { kicker: '消费提示', headline: '选购有机蔬菜　认准“三看”', paragraphs: ['青禾市消费者协会提醒，购买有机蔬菜一看认证标志，二看追溯码，三看销售凭证。'] },
    ];
    for (const layout of ['blank-lines', 'indented'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a box’s briefs of one paragraph each under its name printed once are pieces of their own, not one brief with subheads, whatever words they share', () => {
    const pieces: Printed[] = [
      { headline: '供热服务热线全天候接听', paragraphs: ['本报记者 林晓岚', '记者从市城市管理局获悉，城区集中供热将于11月10日开始试运行，各供热企业公布了报修电话。'] },
      { column: '便民信息', headline: '医保服务大厅调整冬季办公时间', paragraphs: ['自11月9日起，市医疗保障服务中心调整冬季办公时间：周一至周五上午9时至下午5时。'] },
      { column: '便民信息', headline: '城区三处便民菜市场延长营业时间', paragraphs: ['为方便上班族买菜，自11月1日起，城区三处便民菜市场营业时间延长至晚上8点。'] },
      { column: '便民信息', headline: '青禾路施工 请提前绕行', paragraphs: ['11月5日至11月20日，青禾路因雨污管道改造实行半幅通行。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: printBox(layout, pieces), header: false })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a picture after an interview in turns labelled by who speaks (记者：…… / 某某：……), its last turn an answer, is a picture of its own, its credit run in or apart; one between the turns stays the interview’s', () => {
    const interview = (paragraphs: string[]): Printed => ({
      headline: '驿站要建好　更要管好',
      subheadline: '——访市园林绿化局局长柯远山',
      paragraphs: [
        '本报记者　林晓岚',
        '记者：白沙江绿道驿站开放以来，市民反映最多的是什么？',
        '柯远山：主要是驿站的开放时间太短，晚上散步的市民找不到地方歇脚。',
        ...paragraphs,
        '记者：驿站里能不能卖东西？',
        '柯远山：可以提供必要的便民服务，但要严格控制经营面积，不能让绿道变成商业街。',
      ],
    });
    const next: Printed = { headline: '市区新增街头游园15处', paragraphs: ['本报讯　今年以来，市区新建街头游园15处，均已向市民开放。'] };
    for (const credit of [['10月6日，市民在白沙江绿道驿站旁骑行。　本报记者　管　峰　摄'], ['10月6日，市民在白沙江绿道驿站旁骑行。', '本报记者　管　峰　摄']]) {
      const apart = [interview([]), { paragraphs: credit }, next];
      // Between two turns, with more turns under it, the picture is the interview's.
      const among = [interview(credit), next];
      for (const layout of LAYOUTS) {
        for (const pieces of [apart, among]) {
          const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
          expect(read, `${layout}: ${credit.length} line(s)`).toEqual(expected);
        }
      }
    }
  });

  it('on a page that runs its paragraphs on, a picture set off by a blank line from the piece above is a picture of its own, its credit run in; with no gap it is the piece’s', () => {
    const feature: Printed = {
      kicker: '晚报记者蹲点——',
      headline: '一个直播间的24小时',
      paragraphs: ['晚报记者　林晓岚', '凌晨一点，白沙区电商产业园的一间直播间里还亮着灯，主播柯远正在给粉丝讲解一款羽绒服。', '“一场直播下来，嗓子都哑了。”柯远说，旺季时团队每天要发出上千个包裹。'],
    };
    const picture: Printed = { paragraphs: ['11月11日凌晨，白沙区电商产业园的工作人员在打包发货。　晚报记者　葛　晴　摄'] };
    const next: Printed = { headline: '网店亮照经营全面推开', paragraphs: ['本报讯　今年以来，全市3800余家网店完成亮照经营，消费者可扫码查验。'] };
    const together = print('indented', [feature, picture, next]);
    // The page leaves a gap before the picture: a piece of its own.
    const apart = together.replace(`\n${I}11月11日凌晨`, `\n\n${I}11月11日凌晨`);
    expect(apart).not.toBe(together);
    const pieces = [feature, picture, next];
    const { read, expected } = grouping(entriesOf(ingest({ text: apart, header: false })), pieces);
    expect(read).toEqual(expected);
    // No gap, the credit run into the caption: the picture is the feature's own.
    const own: Printed[] = [{ ...feature, paragraphs: [...feature.paragraphs, ...picture.paragraphs] }, next];
    const asOne = grouping(entriesOf(ingest({ text: together, header: false })), own);
    expect(asOne.read).toEqual(asOne.expected);
  });

  it('a picture after a piece signed off with its writer’s name in brackets (……样子。（桑 宁）) is a picture of its own, whatever it shares with the piece', () => {
    const essay = (last: string): Printed => ({
      kicker: '摄影手记',
      headline: '等待最后那一桨',
      paragraphs: ['为了拍到龙舟冲线的瞬间，我早上六点就来到白沙江终点附近的堤岸，占了一个好位置。', last],
    });
    // Undated: a dated picture after a piece's text is one of its own however the piece ends (newsPhotoAfter).
    const picture: Printed = { paragraphs: ['白沙江龙舟赛决赛现场，队员们奋力划桨冲向终点。', '晚报通讯员 柯  远 摄'] };
    const next: Printed = { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。'] };
    const last = '决赛的两条龙舟几乎同时冲过终点，最打动我的是队员们累倒在船舱里、却仍笑着举起船桨的样子。';
    const signed = [essay(`${last}（桑  宁）`), picture, next];
    // Unsigned, the picture of the race it writes of is the essay's own.
    const unsigned: Printed[] = [{ ...essay(last), paragraphs: [...essay(last).paragraphs, ...picture.paragraphs] }, next];
    for (const layout of LAYOUTS) {
      for (const pieces of [signed, unsigned]) {
        const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
        expect(read, layout).toEqual(expected);
      }
    }
  });

  it('a picture after a reply signed off with its date alone (……单位 / 2009年7月12日) is a picture of its own, though its caption names what the reply answered', () => {
    const reply: Printed = {
      headline: '关于小区老榆树修剪问题的回复',
      paragraphs: ['青禾晚报编辑部：', '贵报转来读者关于小区老榆树被过度修剪的来信收悉。经现场核查，情况属实，我局已责令物业公司整改。', '感谢读者对城市古树保护工作的关心。', '青禾市园林绿化管理局', '2009年7月12日'],
    };
    const picture: Printed = { paragraphs: ['小区被重度修剪后的老榆树。', '读者　柯　远　供图'] };
    const next: Printed = { headline: '市民建言城市绿化', paragraphs: ['■多种能遮阴的树。新修的道路两旁种的多是灌木和草坪，夏天晒得人没处躲。（读者　林晓岚）'] };
    const pieces = [reply, picture, next];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('pictures placed by their captions (上图：…… 下图：……) that close a 专版 page after its last box, with only the page’s credit lines after them, are a piece of their own; numbered ones (图①：) stay the last piece’s', () => {
    const feature: Printed = {
      kicker: '白沙机床厂建厂五十周年',
      headline: '五十年车床声声不息',
      paragraphs: ['本报记者 白  沙', '9月12日，白沙机床厂迎来建厂五十周年。从三间草房起步，如今已是年产机床万台的现代化企业。', '“我们这代人要把老一辈的精细劲儿接过来。”青年技工柯远说。'],
    };
    const box: Printed = { headline: '数说白沙机床', paragraphs: ['■五十年累计生产各类机床8.6万台', '■产品出口32个国家和地区', '■公司现有职工1460人'] };
    const group: Printed = {
      paragraphs: ['上图：1958年，职工在草房车间里装配第一台车床。（资料图片）', '下图：在新厂区数控车间，技术人员正在调试加工中心。', '本报记者 林晓岚 摄', '本版撰文 本报记者 林晓岚'],
    };
    const numbered: Printed = {
      ...feature,
      paragraphs: [...feature.paragraphs, '图①：1958年，职工在草房车间里装配第一台车床。', '图②：在新厂区数控车间，技术人员正在调试加工中心。', '本报记者 林晓岚 摄'],
    };
    for (const layout of LAYOUTS) {
      for (const pieces of [[feature, box, group], [box, numbered]]) {
        const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
        expect(read, layout).toEqual(expected);
      }
    }
  });

  it('where indents or marks set headlines apart, a dated picture after a piece is a picture of its own whether the words it shares with that piece are the page’s or that piece’s alone', () => {
    const festival: Printed = { headline: '白沙元宵灯会今晚开幕', paragraphs: ['本报讯（记者 林晓岚）白沙市元宵灯会今晚在古城南门开幕，共展出大型灯组四十二组。'] };
    const traffic: Printed = {
      headline: '元宵节期间滨江路实行交通管制',
      paragraphs: ['本报讯 元宵节期间，白沙市滨江路每晚六时至十时禁止机动车通行。', '观灯人员较多时，请市民听从现场民警指挥，有序进出。'],
    };
    const next: Printed = { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。'] };
    // 白沙 and 元宵: the festival's report prints them too.
    const pageWords: Printed[] = [festival, traffic, { paragraphs: ['2月10日，白沙市民在南门社区“邻里闹元宵”活动中猜灯谜。', '本报通讯员 柯  远 摄'] }, next];
    // 滨江 and 管制: only the traffic report prints them.
    const pieceWords: Printed[] = [festival, traffic, { paragraphs: ['2月10日，交警在滨江路设置管制路障。', '本报通讯员 柯  远 摄'] }, next];
    for (const layout of LAYOUTS.filter((l) => l !== 'blank-lines')) {
      for (const pieces of [pageWords, pieceWords]) {
        const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
        expect(read, layout).toEqual(expected);
      }
    }
  });

  it('where indents or marks set headlines apart, a picture after a piece its provider’s note has closed ((某局提供)) is a picture of its own', () => {
    const pieces: Printed[] = [
      { kicker: '便民提示', headline: '冬季用电安全提示', paragraphs: ['■ 使用电暖器时不要在上面覆盖衣物，人离开时及时断电。', '■ 不要私拉乱接电线，不要在楼道内给电动自行车充电。', '（青禾市应急管理局提供）'] },
      { paragraphs: ['11月14日，青禾市应急管理局工作人员在白沙社区检查居民家中电暖器使用情况。', '通讯员 柯  远 摄'] },
      { headline: '青禾县新建三座公厕', paragraphs: ['本报讯 青禾县今年新建的三座公厕日前投入使用。'] },
    ];
    for (const layout of LAYOUTS.filter((l) => l !== 'blank-lines')) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a cover’s teasers, each a headline over one sentence ending on its page pointer (……日子。▶A05), are pieces of their own', () => {
    const pieces: Printed[] = [
      { headline: '老城区42条背街小巷完成改造', column: '今日导读', paragraphs: ['今年以来，我市对老城区42条背街小巷的路面和下水道进行了改造，多数小巷告别了“一下雨就淌水”的日子。▶A05'] },
      { headline: '暑期“小候鸟”扎堆少年宫', column: '今日导读', paragraphs: ['暑假过半，来青禾与父母团聚的“小候鸟”越来越多，市少年宫的免费兴趣班场场爆满。▶A07'] },
      { headline: '二桥通了，老桥也该歇口气', paragraphs: ['□ 晚报评论员 柯  远', '青禾老桥建成于上世纪七十年代，每天要承载四万多辆次车流，早已不堪重负。'] },
    ];
    const printed = pieces.map((a, i) => (i === 0 ? { ...a, kicker: a.column } : a));
    const { read, expected } = grouping(entriesOf(ingest({ text: print('indented', printed), header: false })), pieces);
    expect(read).toEqual(expected);
  });

  it('a front page’s 导读 box under its label alone (导读 / ●…… 详见A3版) is one piece titled 导读, its lines its text', () => {
    const pieces: Printed[] = [
      {
        headline: '青禾港集装箱吞吐量创新高',
        paragraphs: ['本报讯 今年前7个月，青禾港集装箱吞吐量同比增长一成，创历史同期新高。', '港口有关负责人表示，新开通的三条航线带来了不少货源。'],
      },
      {
        headline: '导读',
        paragraphs: ['●全市中小学新学期将新增学位1.2万个 详见A3版', '●白沙三江口夜游航线本周末开通 详见A6版', '●暑期档动画电影票房破亿 详见A9版'],
      },
    ];
    for (const layout of ['blank-lines', 'tight-headlines'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces) })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a new column’s opening note under its label alone (开栏的话) at the top of the page is a piece titled so; a note run on after its label (编者按：……) stays headless', () => {
    const pieces = (label: string, first: string): Printed[] => [
      {
        headline: label,
        paragraphs: [first, '即日起，本报开设“石榴籽”专栏，讲述各族群众守望相助的故事，敬请关注。', '——编  者'],
      },
      {
        headline: '一家三代守护一条渠',
        paragraphs: ['本报讯 在白沙县青禾村，柯远一家三代守护着村里的灌溉渠，至今已有五十多年。', '如今，柯远的孙子也加入了护渠队。'],
      },
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      const opening = entriesOf(ingest({ text: print(layout, pieces('开栏的话', '民族团结是各族人民的生命线。')), header: false }));
      expect(opening.map((e) => e.headline), layout).toEqual(['开栏的话', '一家三代守护一条渠']);
      const note = pieces('', '编者按：民族团结是各族人民的生命线。').map((a) => (a.headline ? a : { paragraphs: a.paragraphs }));
      const headless = entriesOf(ingest({ text: print(layout, note), header: false }));
      expect(headless.map((e) => e.headline), layout).toEqual([null, '一家三代守护一条渠']);
    }
  });

  it('a box of briefs’ name alone (国际简讯) after a report heads the box, though its briefs share words with the report', () => {
    const pieces: Printed[] = [
      {
        headline: '国际航协发布一月全球航空客运数据',
        paragraphs: ['本报讯 据国际航空运输协会网站消息，一月全球航空客运量同比增长一成，其中国际航线增长较快。'],
      },
      {
        headline: '国际简讯',
        paragraphs: ['据外电报道，北美一家航空公司近日宣布，将于今年夏季新开三条国际航线。', '据报道，南美一家航空公司2月20日接收了一架新的窄体客机。'],
      },
    ];
    const entries = entriesOf(ingest({ text: print('blank-lines', pieces), header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['国际航协发布一月全球航空客运数据', '国际简讯']);
  });

  it('an essay’s sections numbered by a bare figure on their own line (1, 2; 一, 二) are its subheads, the first right under its byline', () => {
    for (const numbers of [['1', '2', '3'], ['一', '二', '三']]) {
      for (const layout of ['indented', 'blank-lines'] as const) {
        const text = print(layout, [
          {
            headline: '河埠头的早晨',
            paragraphs: [
              '柳  岸',
              numbers[0],
              '小时候，我家就住在河埠头边上，天不亮便听见船橹声。',
              '埠头的青石板被磨得发亮，一级一级伸进水里。',
              numbers[1],
              '外婆在埠头边卖过茶，一只大铜壶从早烧到晚。',
              numbers[2],
              '如今埠头还在，只是来洗衣的人少了。',
            ],
          },
          { headline: '秋日的芦苇荡', paragraphs: ['程  远', '风一吹，芦花便飞起来，像一场不落地的雪。'] },
        ]);
        const entries = entriesOf(ingest({ text }));
        expect(entries.map((e) => [e.kicker, e.headline, e.subheadline]), `${layout} ${numbers[0]}`).toEqual([
          [null, '河埠头的早晨', null],
          [null, '秋日的芦苇荡', null],
        ]);
        expect(subheads(entries[0]), `${layout} ${numbers[0]}`).toEqual(numbers);
      }
    }
  });

  it('a dated picture with its credit apart after a box’s last brief, naming nothing the brief does, is photo news of its own', () => {
    // Two briefs, and four: only the longer page has enough paragraphs for its indents to mark headlines.
    for (const more of [[], ['市图书馆推出周末“故事妈妈”活动', `${I}11月起，市图书馆少儿部每周六上午开展“故事妈妈”讲绘本活动，免费参加。`, '东城区新建两处口袋公园', `${I}东城区两处口袋公园近日建成开放，设有健身步道和休息座椅，方便居民就近休闲。`]]) {
      const text = [
        '城事简讯',
        '白沙河沿线新增五处公共卫生间',
        `${I}近日，白沙河沿线新建的五处公共卫生间投入使用，均设有无障碍设施和母婴室。`,
        ...more,
        '学步桥附近一路段施工 请绕行',
        `${I}因管道改造，学步桥附近一段道路自11月5日起半幅封闭施工，预计月底完工，请车辆提前绕行。`,
        '11月4日，市民在柳塘公园湖边观赏秋景。近日，公园内的银杏进入最佳观赏期。',
        '晚报记者 韩  冰 摄',
        '',
      ].join('\n');
      const entries = entriesOf(ingest({ text }));
      const brief = entries.find((e) => e.headline === '学步桥附近一路段施工 请绕行')!;
      expect(brief.text).not.toContain(squeeze('观赏秋景'));
      expect(entries.some((e) => e.text.includes(squeeze('观赏秋景')) && e !== brief)).toBe(true);
    }
  });

  it('where nothing marks headlines, a dated picture with its credit apart after a profile, naming only words other pieces of the page print too, is photo news of its own', () => {
    const text = [
      '城南街道开展冬季送温暖活动',
      '',
      '本报讯（记者 岑  宁）连日来，城南街道组织志愿者走访辖区独居老人，送去米面油和棉被。',
      '',
      '城南街道槐树社区楼道长阮秀梅',
      '',
      '六旬老人当了八年“楼道长”',
      '',
      '本报记者 岑  宁',
      '',
      '阮秀梅今年68岁，是槐树社区9号楼的楼道长。这栋楼住着36户人家，谁家有几口人，她心里都有本账。',
      '',
      '八年来，她每天早晚各在楼道里转一圈，看看灯亮不亮、门关没关好。',
      '',
      '邻居们说，有阮阿姨在，大家心里踏实。',
      '',
      '12月3日，城南街道志愿者为独居老人搬运过冬煤。',
      '',
      '本报记者 岑  宁 摄',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    const profile = entries.find((e) => e.headline === '六旬老人当了八年“楼道长”')!;
    expect(profile.kicker).toBe('城南街道槐树社区楼道长阮秀梅');
    expect(profile.text).not.toContain(squeeze('搬运过冬煤'));
    expect(entries.filter((e) => e.text.includes(squeeze('搬运过冬煤')))).toHaveLength(1);
  });

  it('a dated picture after a commentary (its column tag 某某时评) is photo news of its own, whatever words its caption shares with it', () => {
    const text = [
      '让老街的“烟火气”留下来（青禾时评）',
      '',
      '□ 柯  远',
      '',
      '春节过后，青禾古城老街的夜市依旧热闹。老街的烟火气，来自一家家小店，也来自逛街的市民。',
      '',
      '让老街的烟火气留下来，关键是在业态、服务和环境上持续用力，让市民愿意来、还想来。',
      '',
      '3月2日，青禾古城老街南口，工作人员在调试元宵灯组。',
      '',
      '本报记者 葛  晴 摄',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    const commentary = entries.find((e) => e.headline?.startsWith('让老街'))!;
    expect(commentary.text).not.toContain(squeeze('调试元宵灯组'));
    expect(entries.filter((e) => e.text.includes(squeeze('调试元宵灯组')))).toHaveLength(1);
  });

  it('an editor’s note over a letter (编者按 / 编辑同志：……) is that letter’s: the titled letters and the reply after it are pieces of their own', () => {
    const text = [
      '菜场早市应当延长营业时间',
      `${I}编者按：下面这封来信反映的问题，不少读者都有同感。希望有关部门认真研究，拿出办法。`,
      `${I}编辑同志：`,
      `${I}我是青禾纺织厂的工人，每天傍晚六点下班。下班赶到菜场，菜摊大多已经收了。`,
      `${I}我们厂附近住着上千户职工家属，大家都盼着菜场能晚些关门。`,
      `${I}青禾纺织厂　柯　远`,
      '路口的红绿灯该修了',
      `${I}编辑同志：`,
      `${I}白沙路和东关街交叉路口的红绿灯坏了半个多月，车辆行人抢行，很不安全。`,
      `${I}东关街　一读者`,
      '对《路口的红绿灯该修了》一信的答复',
      `${I}编辑同志：`,
      `${I}读者来信反映的问题属实，我们已组织人员修复，今后将加强日常巡查。`,
      `${I}青禾市交通管理所`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => e.headline)).toEqual(['菜场早市应当延长营业时间', '路口的红绿灯该修了', '对《路口的红绿灯该修了》一信的答复']);
  });

  it('a picture after questions answered (问：…… / 答：……) is a piece of its own, whatever it shows', () => {
    const text = [
      '农技问答',
      '',
      '果树冬季怎样修剪',
      '',
      '问：我们村的苹果树今年结果不多，听说冬季修剪很要紧。请问怎样修剪？（白沙乡　柯远）',
      '',
      '答：冬季修剪宜在落叶后到发芽前进行。先剪去病虫枝、枯枝，再疏去过密的枝条，使树冠通风透光。',
      '',
      '青禾乡第二合作社社员在果园里给苹果树修剪枝条。',
      '',
      '本报通讯员　葛　晴摄',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    const answered = entries.find((e) => e.headline === '果树冬季怎样修剪')!;
    expect(answered.text).not.toContain(squeeze('修剪枝条'));
    expect(entries.filter((e) => e.text.includes(squeeze('修剪枝条')))).toHaveLength(1);
  });

  it('where indents mark headlines, a signed feature’s flush subheads (two of one shape, and a third beside them) stay its subheads; a dated report after it is a piece of its own', () => {
    const text = [
      '民生领域专项行动',
      '直击预付卡消费“跑路”难题',
      '本报记者 柯  远',
      `${I}“办卡时说得天花乱坠，充了五千元，没用几次门店就关了。”青禾市民罗女士说。`,
      '投诉量居高不下',
      `${I}记者从青禾市市场监管部门了解到，今年前三季度，全市受理预付式消费投诉两千余件。`,
      '监管手段在升级',
      `${I}青禾市今年上线预付式消费监管服务平台，要求经营者将预收资金纳入监管。`,
      '部门联合发力',
      `${I}市场监管部门有关负责人表示，将联合商务、教育、体育等部门开展专项整治。`,
      '白沙镇举办春季招聘会',
      `${I}本报讯（记者 甘  蕙）3日，白沙镇举办春季招聘会，40家企业提供岗位1200多个。`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kicker, e.headline])).toEqual([
      ['民生领域专项行动', '直击预付卡消费“跑路”难题'],
      [null, '白沙镇举办春季招聘会'],
    ]);
    expect(subheads(entries[0])).toEqual(['投诉量居高不下', '监管手段在升级', '部门联合发力']);
  });

  it('where indents mark headlines, a signed feature’s subheads of nearly one length stay its subheads, a 相关链接 box after them is a piece of its own, and so do a continued feature’s subheads', () => {
    const text = [
      '记者调查',
      '“全额退保”承诺背后的生意',
      '□ 本报记者 柯  远',
      `${I}“保单交给我们，保证帮你把保费全退回来。”青禾市民罗女士接到了这样的电话。`,
      '编好的“投诉话术”',
      `${I}记者以咨询退保为名，添加了一名自称“维权顾问”的人员，对方随即发来一份文件。`,
      `${I}文件里写着如何向保险公司投诉、如何说明自己被误导投保。`,
      '层层转手的个人信息',
      `${I}记者调查发现，一些代理退保机构要求客户提供身份证、银行卡和验证码。`,
      '多方合力斩断链条',
      `${I}律师柯立新认为，消费者如果确有退保需要，应当通过正规渠道办理。`,
      '相关链接',
      '警惕“代理退保”三大陷阱',
      `${I}一是收费陷阱。代理退保机构通常收取退还保费的三到五成作为佣金。`,
      `${I}二是信息陷阱。投保人的身份证件、银行卡信息可能被倒卖。`,
      '塌陷地上铺开“光伏海”',
      '（上接第一版）',
      `${I}二〇二一年，总投资九亿多元的渔光互补项目在白沙镇开工建设。`,
      '板上“追光”',
      `${I}走进项目区，蓝色的光伏板整齐排列，与湖面连成一片。`,
      '板下“养鱼”',
      `${I}光伏板下的水面，是当地养殖户的新鱼塘，夏天水温更稳定。`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.column, e.kicker, e.headline])).toEqual([
      [null, '记者调查', '“全额退保”承诺背后的生意'],
      ['相关链接', null, '警惕“代理退保”三大陷阱'],
      [null, null, '塌陷地上铺开“光伏海”'],
    ]);
    expect(subheads(entries[0])).toEqual(['编好的“投诉话术”', '层层转手的个人信息', '多方合力斩断链条']);
    expect(subheads(entries[2])).toEqual(['板上“追光”', '板下“养鱼”']);
  });

  it('on a supplement page whose every line stands apart, a box’s banner over its title (线路推荐 / 冬游某地三条线) heads a piece under that column, and each book note (《某某》 / 作者：……) is a piece of its own', () => {
    const [feature, box, book, secondBook] = SUPPLEMENT_BOXES;
    const text = [
      `${feature.headline}\n${feature.subheadline}`,
      ...feature.paragraphs,
      box.column,
      box.headline,
      ...box.paragraphs,
      book.column,
      book.headline,
      ...book.paragraphs,
      secondBook.headline,
      ...secondBook.paragraphs,
    ].join('\n\n');
    const { read, expected } = compare(entriesOf(ingest({ text: `${text}\n` })), SUPPLEMENT_BOXES);
    expect(read).toEqual(expected);
  });

  it('a page broken mid-sentence, with and without a blank line after the break, reads whole', () => {
    const text = [
      '青禾县把产业路修到村民家门口——',
      '一条小路通向致富门',
      `${I}本报青禾3月4日电  （记者林晓岚）春耕时节，青禾县白沙村新修的产业路上，运送秧苗`,
      '的货车来来往往。',
      `${I}村党支部书记郑大河说，路修通以后，村里的草莓从地头到县城只要半个小时，`,
      '',
      '去年全村草莓收入超过300万元。',
      '白沙湖湿地迎来越冬候鸟',
      `${I}本报青禾3月4日电  （记者周文）记者从青禾县林业局获悉，今冬白沙湖湿地监测到越冬候鸟`,
      '',
      '2.1万只，比去年多三成。',
      `${I}湿地管护站站长何秋生介绍，管护站今年新增了12名巡护员，每天两次巡湖。`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    const { read, expected } = compare(entries, KICKER_DASH);
    expect(read).toEqual(expected);
    expect(entries.map((e) => e.body.length)).toEqual([2, 2]);
  });
});

describe('kinds: marks only markdown pages have', () => {
  it('lines marked ## in the body of a # article (an interview’s questions) are its subheads', () => {
    const text = [
        '# 让青禾的茶园“上云”',
        '本报记者  林晓岚',
        '记者：茶园“上云”还有哪些难点？',
        '葛晴：最大的难点是茶农不会用，也舍不得投入。',
        '记者：怎么破解这些难点？',
        '葛晴：我们组织技术人员进村，手把手教，设备由合作社统一采购。',
        '# 白沙镇举办春季招聘会',
        '本报讯  （记者柯远山）3日，白沙镇举办春季招聘会，40家企业提供岗位1200多个。',
      ]
        .map((l) => (l.startsWith('记者：') ? `## ${l}` : l))
        .join('\n\n');
      const read = entriesOf(ingest({ text: `${text}\n` }));
      expect(read.map((e) => e.headline)).toEqual(['让青禾的茶园“上云”', '白沙镇举办春季招聘会']);
      for (const question of ['记者：茶园“上云”还有哪些难点？', '记者：怎么破解这些难点？']) expect(read[0].text).toContain(squeeze(question));
      expect(read[0].body.filter((b) => b.type === 'subhead').map((b) => b.text)).toContain('记者：怎么破解这些难点？');
  });
});

describe('kinds: a subheadline printed right under a # headline', () => {
  it('with no blank line between and no dash, is the subheadline; a byline printed so stays the byline', () => {
    const text = [
      '# 西环线试车进入最后阶段',
      '料第三季通车 沿线设六个车站',
      '',
      '本报记者 莫  彤 报道：西环线昨日进行全线模拟营运测试，列车由早上六时起按正式班次行驶。',
      '',
      '新线全长约十一公里，沿线设六个车站，通车后由西区前往市中心只需二十分钟。',
      '',
      '# 青禾县新建三处口袋公园',
      '本报记者 周  文',
      '',
      '今年以来，县城利用边角地新建三处口袋公园，配备了健身器材和休息座椅。',
    ].join('\n');
    const result = ingest({ text: `${text}\n` });
    expect(entriesOf(result).map((e) => [e.headline, e.subheadline])).toEqual([
      ['西环线试车进入最后阶段', '料第三季通车 沿线设六个车站'],
      ['青禾县新建三处口袋公园', null],
    ]);
    expect(result.entries.articles[1].data.authors.map((x) => x.name)).toEqual(['周文']);
  });
});

describe('kinds: a headline printed over two # lines', () => {
  it('with no blank line between is one headline under its kicker', () => {
    const text = [
      '守护群众“菜篮子”',
      '# 市场监管局查处一批',
      '# 缺斤短两的农贸摊位',
      '',
      '本报讯（记者 周文）市场监管局近日在全市农贸市场开展计量专项检查，查处缺斤短两摊位十二个。',
      '',
      '检查中发现，部分摊位使用的电子秤被私自改装，每斤少称一两左右。',
      '',
      '# 剪纸艺人走进社区课堂',
      '',
      '本报讯（记者 罗进）非遗周期间，五位剪纸艺人走进社区，为居民讲授剪纸技艺。',
    ].join('\n');
    const read = entriesOf(ingest({ text: `${text}\n` }));
    expect(read.map((e) => [e.kicker, e.headline])).toEqual([
      ['守护群众“菜篮子”', '市场监管局查处一批缺斤短两的农贸摊位'],
      [null, '剪纸艺人走进社区课堂'],
    ]);
  });
});

describe('kinds: a headline printed on two lines under a kicker ending in ——', () => {
  it('is one headline, not a kicker over a headline under a column', () => {
    const text = [
      '青禾日报 2026年4月24日 星期五',
      '第1版 要闻 责任编辑：葛  晴',
      '科技成果转化提速——',
      '白沙实验室集群',
      '一季度转化成果八十六项',
      '　　本报讯（记者 罗进）记者从市科技局获悉，一季度白沙实验室集群转化科技成果八十六项，同比增长两成。',
      '　　据介绍，集群今年新建中试平台三个，企业可就近开展小批量试制。',
      '　　下一步，市里将在白沙设立成果转化基金，支持实验室与企业联合攻关。',
    ].join('\n');
    const read = entriesOf(ingest({ text: `${text}\n`, page: 1 }), 1);
    expect(read.map((e) => [e.column, e.kicker, e.headline, e.subheadline])).toEqual([[null, '科技成果转化提速——', '白沙实验室集群一季度转化成果八十六项', null]]);
  });
});

describe('kinds: the cut-off flag', () => {
  /** Complete pieces that end without a full stop, as briefs, notices and pictures end, and one piece stopped mid-sentence. */
  const SHORT_PAGE: Printed[] = [
    { headline: '青禾县新增三条公交线路', paragraphs: ['本报讯 县交通运输局近日新开通三条城乡公交线路，覆盖沿线十二个村。（记者 柯  远）'] },
    { headline: '白沙镇举办农民丰收节', paragraphs: ['白沙镇第三届农民丰收节9月20日开幕，展销农产品两百余种。（葛  晴）'] },
    { headline: '南关社区开设老年食堂', paragraphs: ['南关社区老年食堂10月1日开业，六十岁以上老人就餐享受八折优惠。（通讯员 林雨桐）'] },
    { headline: '公交司机暖人心', paragraphs: ['那天我在车上突然头晕，司机师傅立即停车把我送到医院，在此表示感谢！（读者 葛子墨）'] },
    { headline: '青禾县图书馆招募志愿者', paragraphs: ['县图书馆现面向社会招募阅读推广志愿者，报名从即日起至10月31日。', '联系电话：0000-7651234'] },
    { headline: '来信请寄', paragraphs: ['本版欢迎读者来信，请写明真实姓名和联系方式。', '地址：青禾县文昌路八号青禾日报社 邮编：030000'] },
    { headline: '关于白沙路夜间施工的公告', paragraphs: ['白沙路管网改造工程将于10月8日起夜间施工，敬请周边居民谅解。', '青禾县住房和城乡建设局', '2019年10月6日'] },
    { headline: '秋收时节', paragraphs: ['金黄的稻田里，收割机来回穿梭。', '新华社发（安娜·玛丽亚摄）'] },
    { headline: '县城新建三处口袋公园', paragraphs: ['今年以来，县城利用边角地新建三处口袋公园，配备了健身器材和'] },
  ];

  for (const layout of LAYOUTS) {
    it(`a page of complete briefs, notices and a picture, and one piece stopped mid-sentence, flags only that one (${layout})`, () => {
      const entries = entriesOf(ingest({ text: print(layout, SHORT_PAGE) }));
      const cut = entries.filter((e) => e.flags.includes('cut-off'));
      expect(cut).toHaveLength(1);
      expect(cut[0].text).toContain('配备了健身器材和');
    });
  }
});

describe('kinds: writers’ lines under a headline, as 专版 and 副刊 pages print them', () => {
  it('printed flush on an indented page, over one line or two, each is the byline, never a headline-block line', () => {
    const text = [
      '专家视点',
      '让小城的夜市亮起来',
      '青禾大学旅游学院教授、',
      '博士生导师 柯  远',
      `${I}夜市是小城烟火气最浓的地方，规范管理与热闹繁荣并不矛盾。`,
      '县域商业还有不少潜力',
      '青禾商业发展研究院',
      '研究员 葛  晴',
      `${I}县城的商业综合体越来越多，但服务半径和业态还需要进一步优化。`,
      '社区菜场要办得长久（青禾观察）',
      '邰  岚',
      `${I}社区菜场开起来不难，难的是几年后还开着，还让街坊买得放心。`,
      '“留痕”式服务',
      '作者 郝  川',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline])).toEqual([
      [null, '让小城的夜市亮起来', null],
      [null, '县域商业还有不少潜力', null],
      [null, '社区菜场要办得长久（青禾观察）', null],
      [null, '“留痕”式服务', null],
    ]);
    expect(entries[0].text).toContain(squeeze('青禾大学旅游学院教授、博士生导师 柯  远'));
    expect(entries[1].text).toContain(squeeze('青禾商业发展研究院 研究员 葛  晴'));
    expect(entries[2].text).toContain(squeeze('邰  岚'));
    expect(entries[3].text).toBe(squeeze('“留痕”式服务 作者 郝  川'));
  });

  it('under a label and a headline standing apart after an interview, a member marked □ heads a piece of its own, never a section of the interview', () => {
    const text = [
      '全国政协委员、青禾大学教授葛远：',
      '让县域医疗“接得住”',
      '',
      '本报记者 郝  川',
      '',
      '县域医疗建设推进多年，还存在哪些堵点？记者日前专访了全国政协委员葛远。',
      '',
      '问：您最直观的感受是什么？',
      '',
      '答：变化很大，很多常见病在县里就能看好。但人才还是短板，招不来、留不住。',
      '',
      '委员建言',
      '',
      '让农家书屋真正“活”起来',
      '',
      '□ 全国政协委员 林  然',
      '',
      '一些农家书屋藏书不少，借阅的人却不多。建议引入社会力量参与运营，让书屋真正用起来。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text }));
    const piece = entries.find((e) => e.headline === '让农家书屋真正“活”起来');
    expect(piece?.text).toContain(squeeze('□ 全国政协委员 林  然一些农家书屋藏书不少'));
    expect(entries[0].text).not.toContain(squeeze('全国政协委员 林  然'));
  });
});

describe('kinds: 副刊 and service pages (sets ao and ap of other papers’ pages)', () => {
  it('a poem under its poet marked ◎ (◎某某, unspaced) keeps its verses, one paragraph each, in every layout', () => {
    const pieces: Printed[] = [
      { headline: '夜归', paragraphs: ['◎葛青远', '灯火在身后', '一盏一盏熄灭', '只有月亮', '跟我走回家'] },
      { headline: '老街的早晨', paragraphs: ['□柯  远', '天刚亮，老街上的早点铺就开了门，蒸笼里冒出白气。', '卖豆浆的老人说，他在这条街上守了三十年。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces) })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('on a page whose `#` headlines print tight under their kickers, a line apart between two headlines is the first one’s text, and a poem ends at the kicker printed over the next headline', () => {
    const text = [
      '青禾·诗',
      '# 江边（外一首）',
      '',
      '◎冼远川',
      '',
      '一声汽笛',
      '',
      '从上世纪驶来',
      '',
      '船上坐着',
      '',
      '年轻的父亲',
      '',
      '青禾·人间',
      '# 阿婆的糖水铺',
      '',
      '文/谭敏远',
      '',
      '西关的老街里，有一间开了四十多年的糖水铺，门面不过两张桌子宽。',
      '',
      '铺子的主人姓麦，街坊都叫她麦婆，今年七十六岁了。',
      '',
      '她说，做糖水和做人一样，要够火候，不能心急。',
      '',
      '# 秋山图（国画）',
      '',
      '《秋山图》　国画　96cm×180cm　葛远',
      '',
      '# 葛远简介',
      '',
      '葛远，1962年生，青禾人，青禾市美术家协会会员，擅画山水。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline])).toEqual([
      ['青禾·诗', '江边（外一首）'],
      ['青禾·人间', '阿婆的糖水铺'],
      [null, '秋山图（国画）'],
      [null, '葛远简介'],
    ]);
    expect(entries[0].text).toContain(squeeze('年轻的父亲'));
    expect(entries[2].text).toContain(squeeze('《秋山图》　国画　96cm×180cm　葛远'));
  });

  it('letters and replies under a 网络问政 report that opens with an editor’s note and its own dispatch are pieces of their own', () => {
    const letter = (kicker: string, headline: string, who: string): Printed => ({
      kicker,
      headline,
      paragraphs: [`网友“${who}”留言：小区门口的问题拖了一个多月，希望有关部门尽快处理。`, '回复单位：青禾市白沙区住房和城乡建设局', '回复：经核查，该问题属实，我局已责成施工单位本月底前整改到位。', '办理结果：记者日前到现场看到，整改已经完成。'],
    });
    const pieces: Printed[] = [
      {
        kicker: '问政一周',
        headline: '上周网络问政平台受理网友留言312条',
        paragraphs: [
          '编者按：群众有所呼，政府有所应。本版每周二刊发网友反映的热点问题及有关部门的答复，敬请关注。',
          '——编  者',
          '本报讯（记者  柯  远）上周，青禾市网络问政平台共受理网友留言312条，已办结287条。',
          '从办理情况看，各部门普遍能在规定时限内答复网友。',
        ],
      },
      letter('交通出行', '公交站迁走后 为何迟迟不建候车亭？', '白沙小陈'),
      letter('环境噪声', '工地夜间施工 吵得居民睡不着', '江湾夜未眠'),
      letter('教育', '孩子积分入学结果何时公布？', '青禾新市民'),
    ];
    // Where a kicker stands apart from its headline (blank-lines, this markdown) it may read as the piece's column
    // or headline; each letter is its own piece, whole, in every layout.
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const pieceOf = (r: (typeof read)[number]) => ({ lacks: r.lacks, holdsOthers: r.holdsOthers });
      expect(read.map(pieceOf), layout).toEqual(expected.map(pieceOf));
      if (layout === 'indented' || layout === 'tight-headlines') expect(read, layout).toEqual(expected);
    }
  });

  it('a weather report’s subheadline shaped like a weather row (今日多云，有阵雨，气温18℃～24℃) over a byline opened by 文/ stays in its headline block', () => {
    const pieces: Printed[] = [
      {
        kicker: '天气',
        headline: '“回南天”未走 周末仍有阵雨',
        subheadline: '今日多云，有阵雨，气温18℃～24℃',
        paragraphs: ['文/青禾日报记者  柯  远  通讯员  青  气', '周末即将到来，天气如何？昨日，市气象台发布预报称，未来三天我市仍以阴雨天气为主。', '气象专家提醒，市民外出要留意天气变化，遇雷雨天气不要在树下避雨。'],
      },
      { headline: '周末高速公路不免费', paragraphs: ['本报讯 记者从市交通部门获悉，本周末高速公路不实行免费通行。', '交通部门提醒，出行前请关注路况信息，合理安排出行时间。'] },
    ];
    const { read, expected } = compare(entriesOf(ingest({ text: print('indented', pieces), header: false })), pieces);
    expect(read).toEqual(expected);
  });

  it('a notice’s release note under its sign-off (（此件公开发布）) closes it, and numbered rows of names (1.某某  某职务) are the next notice’s text', () => {
    const pieces: Printed[] = [
      {
        headline: '青禾市人民政府关于调整城乡居民最低生活保障标准的通知',
        paragraphs: ['各区县人民政府，市政府各部门：', '经市政府同意，自2021年1月1日起，城乡居民最低生活保障标准由每人每月800元提高到850元。', '青禾市人民政府', '2021年2月24日', '（此件公开发布）'],
      },
      {
        headline: '2020年度青禾市“最美志愿者”拟表彰对象公示',
        paragraphs: [
          '经基层推荐、评审委员会评审，确定以下同志为拟表彰对象，现予公示。',
          '1.于海远  白沙区某社区志愿服务队队长',
          '2.王秀远  青禾区退休教师志愿服务团成员',
          '3.刘  洋  白沙区应急救援志愿者',
          '4.孙晓远  青禾某中学教师',
          '公示时间：2021年3月2日至3月8日。如有异议，请以书面形式向市文明办反映。',
        ],
      },
    ];
    for (const layout of ['blank-lines', 'tight-headlines'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces) })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('编者按 alone under a column’s banner at the top of the page is the note’s title', () => {
    const text = ['【青禾副刊·“我的老师”征文】', '编者按', '', '又到毕业季。本报副刊推出“我的老师”主题征文，今天起择优刊发。', '', '——编  者', '', '征文选登', '煤油灯下的算术课', '', '作者 房立远', '', '1975年，我在山区一个小村上小学，学校只有两间土坯房。', ''].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['编者按', '煤油灯下的算术课']);
    expect(entries[0].text).toContain(squeeze('——编  者'));
  });
});

describe('kinds: 国际, 体育, picture and market pages (sets aq and ar of other papers’ pages)', () => {
  it('on a page whose `#` headlines print tight under their kickers, a box’s last row and its source note apart over the next headline close the box', () => {
    const text = [
      '价格行情',
      '# 省内部分粮食市场收购价格',
      '（8月21日）',
      '',
      '品名　　　价格（元/公斤）',
      '',
      '玉米　　　1.36—1.40',
      '',
      '大豆　　　3.60—3.66',
      '',
      '红小豆　　4.40—4.60',
      '',
      '（省粮食局市场信息中心提供）',
      '',
      '# 第三届绿色食品博览会下月开幕',
      '',
      '本报讯（记者 柯  远）记者从市贸促会获悉，第三届绿色食品博览会将于9月中旬在青禾国际会展中心举行。',
      '',
      '本届博览会展览面积达5万平方米，设绿色食品、有机食品、地理标志产品等六个展区。',
      '',
      '据介绍，已有来自全国20个省区市的800余家企业报名参展。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline])).toEqual([
      ['价格行情', '省内部分粮食市场收购价格', '（8月21日）'],
      [null, '第三届绿色食品博览会下月开幕', null],
    ]);
    expect(entries[0].text).toContain(squeeze('（省粮食局市场信息中心提供）'));
  });

  it('a price box’s day in brackets under its title (（3月17日）) is its subheadline, not its table’s title', () => {
    const pieces: Printed[] = [
      {
        kicker: '价格行情',
        headline: '花卉市场部分鲜切花交易均价',
        subheadline: '（3月17日）',
        paragraphs: ['品名　　　　均价（元/枝）', '红玫瑰（A级）　1.32', '康乃馨（A级）　0.62', '百合（A级）　　3.40'],
      },
      { headline: '咖啡鲜果收购价高位运行', paragraphs: ['本报讯（记者 刀  丽）进入3月，青禾县咖啡鲜果采摘接近尾声，收购价格一直保持高位。', '据了解，今年全县咖啡鲜果平均收购价每公斤6.2元。', '咖农柯远说，今年是个好年景。'] },
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      const entries = entriesOf(ingest({ text: print(layout, pieces), header: false }));
      expect(entries.map((e) => [e.headline, e.subheadline]), layout).toEqual([
        ['花卉市场部分鲜切花交易均价', '（3月17日）'],
        ['咖啡鲜果收购价高位运行', null],
      ]);
      expect(entries[0].text, layout).toContain(squeeze('百合（A级）　　3.40'));
    }
  });

  it('a profile’s row led by its label (主要经历：……；……) that the width cut full goes on over the next headline', () => {
    // Wrapped at 14: the row's last full line ends without a stop, and its end stands alone over the next box's name.
    const text = [
      '新人亮相',
      '顾心远：网前“小快灵”',
      `${I}顾心远，18岁，身高1.88米，`,
      '司职主攻，今年首次入选上海女',
      '排一线队，在本赛季联赛中多次',
      '替补登场发挥出色。',
      `${I}主教练说，顾心远弹跳好、`,
      '反应快，网前的小球处理得很细',
      '腻，“她还年轻，技术上还有很',
      '大的提升空间，我们对她有信心”。',
      `${I}姓名：顾心远`,
      `${I}身高：1.88米`,
      `${I}主要经历：2011年入选上海`,
      '青年女排；2014年获全国青年女',
      '排锦标赛冠军；2015年进入上海',
      '女排一线队',
      '体坛快讯',
      `${I}■青禾市中学生篮球联赛昨`,
      '天开幕，共有来自全市18个区县',
      '的128支球队参赛。',
      `${I}■青禾市乒乓球协会昨天举`,
      '行会员联谊赛，300余名乒乓球',
      '爱好者参赛。',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline])).toEqual([
      ['新人亮相', '顾心远：网前“小快灵”'],
      [null, '体坛快讯'],
    ]);
    expect(entries[0].text).toContain(squeeze('2015年进入上海女排一线队'));
  });

  it('on a page broken mid-sentence, a schedule’s rows cut in two read whole, and the box names after a profile’s labelled row and after the schedule head their boxes', () => {
    const text = [
      '体坛新星',
      '“冰上小飞燕”柯雨佳',
      `${I}14岁的柯雨佳去年夺得全国少年锦标赛三枚金牌，今年1月入选国家青年队集训名单。`,
      `${I}“我的目标是有一天能站上奥运会的赛场。”说这话时，她的眼睛亮晶晶的。`,
      `${I}姓名：柯雨佳`,
      `${I}项目：短道速滑`,
      `${I}主要成绩：2006年全国少年短道速滑锦标赛500米、1000米、3000米接力冠军`,
      '本周赛事预告',
      `${I}2月28日（周三）  19:30  全国男篮`,
      '联赛  青禾—白沙  青禾体育馆',
      `${I}3月1日（周四）  19:30  全国女排联赛  青禾—江州  光彩体育馆`,
      `${I}3月4日（周日）  08:00  青禾市迎春长`,
      '跑活动  白沙公园',
      '体坛快讯',
      `${I}■青禾市中学生篮球联赛昨天在青禾四中开幕，共有128支球队参赛。（记者 吴  勇）`,
      `${I}■青禾市乒乓球协会昨天举行会员联谊赛，300余名乒乓球爱好者参赛。（记者 蔡  文）`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['“冰上小飞燕”柯雨佳', '本周赛事预告', '体坛快讯']);
    expect(entries[1].body.map((b) => b.text)).toEqual([
      '2月28日（周三）  19:30  全国男篮联赛  青禾—白沙  青禾体育馆',
      '3月1日（周四）  19:30  全国女排联赛  青禾—江州  光彩体育馆',
      '3月4日（周日）  08:00  青禾市迎春长跑活动  白沙公园',
    ]);
  });

  it('an agency’s feature under its headline (安第斯山上的“冰川守望者” / 新华社特稿) after a feature’s subheads is a piece of its own', () => {
    const pieces: Printed[] = [
      {
        kicker: '国际观察',
        headline: '欧元区复苏仍在“爬坡”',
        paragraphs: [
          '新华社布鲁塞尔3月5日电（记者 齐晓远）欧盟统计局5日公布的数据显示，欧元区第四季度经济环比增长0.1%。',
          '内需疲软拖累增长',
          '从数据看，拖累欧元区经济的主要是内需。受高失业率影响，居民消费连续三个季度下滑。',
          '债务压力有所缓解',
          '与一年前相比，欧元区债务危机最紧张的时刻似乎已经过去。',
        ],
      },
      {
        headline: '安第斯山上的“冰川守望者”',
        paragraphs: ['新华社特稿', '每个月的第一个星期，64岁的向导何塞都会背上测量仪器，登上海拔5000多米的冰川。', '何塞年轻时是一名登山向导，后来被当地水文部门聘为观测员。'],
      },
    ];
    const { read, expected } = compare(entriesOf(ingest({ text: print('tight-headlines', pieces), header: false })), pieces);
    expect(read).toEqual(expected);
  });
});

describe('kinds: 两会 pages of a national daily (set as of other papers’ pages)', () => {
  it('voices under kickers naming their speakers (全国人大代表、某某公司董事长 王平：), each taken down by a reporter, are one piece each after the 侧记 above them', () => {
    const voice = (who: string, headline: string, reporter: string): Printed => ({
      kicker: `全国人大代表、${who}：`,
      headline,
      paragraphs: ['这一年，我们和5所农业院校开展合作，培育出一批适合本地种植的新品种。', '建议加大对基层一线的支持力度，让好政策更快落地见效。', `（本报记者 ${reporter}采访整理）`],
    });
    const pieces: Printed[] = [
      {
        kicker: '代表通道',
        headline: '平凡岗位上的不凡故事',
        subheadline: '——首场“代表通道”侧记',
        paragraphs: ['本报记者  程  远', '3月5日上午，人民大会堂北大厅，首场“代表通道”开启，6位代表依次走上通道，讲述履职故事。', '短短40分钟，一个个真实生动的故事，展现了基层代表的履职风采。'],
      },
      voice('青禾种业科技有限公司董事长 王平', '让好种子扎根更多农田', '杨  帆'),
      voice('白沙镇卫生院院长 叶晓岚', '基层医疗要“留得住人”', '吴  越'),
      voice('青禾隧道工程有限公司队长 马建军', '向地下要空间 以创新啃硬骨头', '刘  洋'),
    ];
    for (const layout of ['indented', 'tight-headlines'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a report under a plain headline sharing words with the dispatch above, closed by another agency’s credit, is a report of its own', () => {
    const pieces: Printed[] = [
      {
        headline: '各代表团审议政府工作报告',
        paragraphs: [
          '本报北京3月5日电（记者 魏  然）3月5日下午，出席十四届全国人大二次会议的代表分组审议政府工作报告。',
          '代表们一致认为，政府工作报告是一个实事求是、鼓舞人心的好报告。',
          '在青禾代表团，全国人大代表、某机械公司董事长柯远说，报告让企业发展更有信心。',
        ],
      },
      {
        headline: '全国政协委员分组讨论政府工作报告',
        paragraphs: ['全国政协十四届二次会议5日下午举行小组会议，委员们围绕政府工作报告展开讨论。', '委员们表示，报告总结成绩客观全面，分析形势清醒务实。', '（新华社北京3月5日电）'],
      },
    ];
    const { read, expected } = compare(entriesOf(ingest({ text: print('blank-lines', pieces), header: false })), pieces);
    expect(read).toEqual(expected);
  });

  it('a bare name right under a `#` headline over a comment’s text is its byline: the comment is no section of the report above it', () => {
    const text = [
      '读懂政府工作报告·关键词',
      '# 稳就业：政策组合拳打得更精准',
      '',
      '本报记者  李沁远  周超远',
      '',
      '一、稳住市场主体就是稳住就业',
      '',
      '“市场主体是就业的主要载体，稳住了市场主体，就稳住了就业的基本盘。”一位专家说。',
      '',
      '二、重点群体帮扶更有针对性',
      '',
      '高校毕业生、退役军人、农民工是就业工作的重点群体，帮扶也要量体裁衣。',
      '',
      '# 以扩大内需增强发展韧性',
      '',
      '邱明远',
      '',
      '扩大内需是战略之举，不是权宜之计。我国拥有14亿多人口，超大规模市场优势明显。',
      '',
      '扩大内需，要坚持惠民生和促消费、投资于物和投资于人紧密结合。',
      '',
      '（作者为江城大学研究院研究员）',
      '',
      '# 青禾春耕备耕有序推进',
      '',
      '本报讯（记者 柯  远）连日来，青禾县各地抢抓农时，春耕备耕工作有序推进。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['稳就业：政策组合拳打得更精准', '以扩大内需增强发展韧性', '青禾春耕备耕有序推进']);
    expect(entries[1].body.map((b) => b.text)).not.toContain('邱明远');
    expect(entries[1].text.startsWith(squeeze('以扩大内需增强发展韧性邱明远'))).toBe(true);
  });

  it('a data box under its own kicker (数读) after a comment’s author note is a piece of its own', () => {
    const pieces: Printed[] = [
      {
        headline: '以扩大内需增强发展韧性',
        paragraphs: ['邱明远', '扩大内需是战略之举，不是权宜之计。我国拥有14亿多人口，超大规模市场优势明显。', '扩大内需，要坚持惠民生和促消费、投资于物和投资于人紧密结合。', '政策的关键在落实，各地要因地制宜，拿出更多务实管用的举措。', '（作者为江城大学研究院研究员）'],
      },
      {
        kicker: '数读',
        headline: '消费市场春意浓',
        paragraphs: ['286.4万人次：青禾市春节假期接待游客量', '23.6%：同期青禾市文旅消费额同比增幅', '4200余家：白沙市参加“以旧换新”活动的商户数量', '本版制图：江  涵'],
      },
    ];
    const { read, expected } = compare(entriesOf(ingest({ text: print('indented', pieces), header: false })), pieces);
    expect(read).toEqual(expected);
  });
});

describe('kinds: county, rural and weekly supplement pages (sets au and av of other papers’ pages)', () => {
  it('a 数说 box of lines marked ■ that give figures, under a `#` headline, is one piece, its lines its text', () => {
    const text = [
      '# 青禾镇首批“共富工坊”挂牌',
      '',
      '本报讯（记者 何丽远）5月12日，青禾镇首批8家“共富工坊”挂牌运营，带动200余名村民在家门口就业。',
      '',
      '据介绍，工坊主要承接饰品加工、来料组装等订单，村民每月可增收2000元左右。',
      '',
      '# 数说青禾乡村振兴',
      '',
      '■ 创建省级美丽乡村特色精品村35个',
      '',
      '■ 培育农家乐（民宿）集聚村18个',
      '',
      '■ 村级集体经济年经营性收入50万元以上的村占比达72%',
      '',
      '■ 去年农村居民人均可支配收入同比增长7.6%',
      '',
      '数据来源：市农业农村局',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾镇首批“共富工坊”挂牌', '数说青禾乡村振兴']);
    expect(entries[1].body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('where headline blocks print tight, a box’s label (小贴士) standing apart under a lone headline opens that piece’s body, and the page’s editors at its foot close the last piece', () => {
    const text = [
      '健康关注',
      '秋季腹泻进入高发期',
      '——专家提醒：5岁以下婴幼儿要重点防范',
      '',
      '记者 王亚远 通讯员 李  冰',
      '',
      '入秋以来，市儿童医院消化科门诊量明显增加，其中不少是腹泻患儿。',
      '',
      '专家提醒，家长要注意孩子的饮食卫生，饭前便后要洗手。',
      '',
      '孩子一旦出现腹泻，要注意补充水分，防止脱水，症状加重要及时就医。',
      '',
      '秋燥来袭 饮食有讲究',
      '',
      '小贴士',
      '',
      '秋季气候干燥，人容易出现口干、咽痛、皮肤干痒等症状。营养师建议：',
      '',
      '多喝水，每天饮水1500毫升以上，少量多次；',
      '',
      '多吃梨、百合、银耳等滋阴润燥的食物。',
      '',
      '本版编辑 杜  远',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['秋季腹泻进入高发期', '秋燥来袭 饮食有讲究']);
    expect(entries[1].body[0]).toMatchObject({ type: 'subhead', text: '小贴士' });
    expect(entries[1].text.endsWith(squeeze('本版编辑 杜  远'))).toBe(true);
  });

  it('a question of one clause right after a Q&A’s closing line, over the next Q&A, is its headline', () => {
    const pieces: Printed[] = [
      {
        headline: '外出打工人员参加新农保有关问答',
        paragraphs: ['问：我今年45岁，常年在外打工，户口在老家。请问能参加新农保吗？', '答：按照有关规定，年满16周岁、未参加城镇职工基本养老保险的农村居民，可以在户籍地参加新农保。', '（省人力资源和社会保障厅农村社会保险处 解答）'],
      },
      {
        headline: '家电下乡产品坏了找谁修？',
        paragraphs: ['问：去年我买了一台家电下乡冰箱，最近制冷效果不好，该找谁修？', '答：家电下乡产品同样实行“三包”服务，您可以凭购机发票到当地服务网点报修。', '（本报记者 柯远整理）'],
      },
    ];
    for (const layout of ['tight-headlines', 'blank-lines'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });

  it('on a page wrapped at a width, a photo’s credit the width cut after its paper’s name (……竞渡。 青禾日报 / 社全媒体记者 张 鹏 摄) ends its caption', () => {
    // Wrapped at 14, as the shared corpus's composer wraps.
    const text = [
      '端午假期首日游客如织',
      `${I}端午假期首日，全市各景区`,
      '迎来客流高峰，记者从市文旅局',
      '获悉，当日接待游客52.6万人次。',
      `${I}市文旅局有关负责人介绍，`,
      '今年端午假期，全市推出文旅活',
      '动120余场，各景区秩序良好。',
      '中山桥畔龙舟竞渡',
      `${I}6月10日，龙舟队在黄河中`,
      '山桥附近河段竞渡。 青禾日报',
      '社全媒体记者 张 鹏 摄',
      '要闻导读',
      `${I}市委常委会召开会议 研究`,
      '部署防汛减灾工作 ▶2版',
      `${I}青禾新区：新能源项目加速`,
      '落地 ▶3版',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    const picture = entries.find((e) => e.headline === '中山桥畔龙舟竞渡');
    expect(picture?.text).toContain(squeeze('青禾日报社全媒体记者 张 鹏 摄'));
    expect(entries.find((e) => e.headline === '要闻导读')?.kicker ?? null).toBeNull();
  });
});


describe('kinds: profile boxes, travel and finance pages (sets ap, ay and az of other papers’ pages)', () => {
  it('a profile box’s label over a bare name (人物名片 / 邢某某 / 女，1985年出生……) reads as kicker and headline; a label with no name under it stays the headline', () => {
    const pieces: Printed[] = [
      {
        headline: '扎根山村的“蘑菇姑娘”',
        paragraphs: ['本报记者 杜 可', '见到邢雨晴那天，她刚从合作社的菇棚里出来，脚上一双绿色胶鞋，鞋帮上糊着一层泥。', '“合作社的账目，我教会了村里的会计。”她说。'],
      },
      {
        kicker: '人物名片',
        headline: '邢雨晴',
        paragraphs: ['女，1985年出生，河北邢台人。2008年毕业于一所农业院校园艺专业，同年到阜平县某村任大学生村官。'],
      },
      {
        headline: '人物名片',
        paragraphs: ['周守仁，1955年生，余江区人。从事手工铜器制作五十余年，被认定为市级非遗代表性传承人。'],
      },
    ];
    const result = ingest({ text: print('indented', pieces), header: false });
    const { read, expected } = compare(entriesOf(result), pieces);
    const headlines = (r: typeof read) => r.map((x) => [x.kicker, x.headline, x.lacks, x.holdsOthers]);
    expect(headlines(read)).toEqual(headlines(expected));
    // The person profiled is not the box's writer.
    const authors = result.entries.articles.flatMap((a) => a.data.authors.map((author) => author.name));
    expect(authors).not.toContain('邢雨晴');
  });

  it('a column of readers’ writing over a headline (读者游记) is its kicker, not a reader’s signature closing the box above', () => {
    const pieces: Printed[] = [
      {
        headline: '十月出游提示',
        paragraphs: ['■ 秋季昼夜温差大，前往山区的游客应注意添衣保暖。', '■ 选择“一日游”产品，要认准有资质的旅行社，签订书面合同。'],
      },
      {
        kicker: '读者游记',
        headline: '喀纳斯的秋',
        paragraphs: ['文/图 读者 施建国', '退休以后，我和老伴给自己定了一个计划：每年秋天走一个地方。', '湖水一天要变好几种颜色，早上是青的，中午是蓝的。'],
      },
    ];
    for (const layout of ['indented', 'blank-lines'] as const) {
      const entries = entriesOf(ingest({ text: print(layout, pieces), header: false }));
      const tips = entries.find((e) => e.headline === '十月出游提示');
      const essay = entries.find((e) => e.headline === '喀纳斯的秋');
      expect(tips?.text, layout).not.toContain('读者游记');
      // Kicker or column: testers of other papers' pages read such a label either way.
      expect(essay?.kicker ?? essay?.column, layout).toBe('读者游记');
    }
  });

  it('a caption whose photographer’s bare name stands apart after its last stop (……写生的学生。　某某某 摄) is a caption, so the box under it is a piece of its own', () => {
    const pieces: Printed[] = [
      {
        headline: '徽州古村探幽',
        subheadline: '——皖南宏村、西递两日游',
        paragraphs: [
          '本报记者 孟子钧',
          '从南京坐大巴到黄山市，再换乘中巴进村，全程不过四个多小时。皖南的古村落这几年成了短途游的热门，周末两天正好走上一圈，不少人还专门带上画板和相机。',
          '宏村：画里的水系',
          '宏村最出名的是月沼和南湖。村里的水圳沿着巷子流过家家门口，据当地导游介绍，这套水系已经用了几百年，至今还是村民洗菜、浣衣的去处，清早的巷子里满是流水声。',
          '西递：门楼上的故事',
          '西递村的砖雕、木雕、石雕多，几乎每座老宅的门楼都有讲究。在一座老宅院里，守门的老人一边给游客讲门楼上的戏文故事，一边指点哪一块是后来补上去的，讲得头头是道。',
          '呈坎：人少景好',
          '比起前两个村子，呈坎的游客要少得多。村子依山傍水，街巷布局讲究，走在里面很容易迷路，好在村里的指示牌这两年补齐了，跟着走不会错。',
          '宏村南湖边写生的学生。　孟子钧 摄',
        ],
      },
      {
        headline: '自驾线路推荐',
        paragraphs: ['苏南茶乡线：南京—溧阳—宜兴竹海，全程约三百公里，适合两天一晚。', '皖南古村线：南京—黄山市—宏村—西递，建议安排两到三天。', '（钱蕴秋 整理）'],
      },
    ];
    for (const layout of ['indented', 'blank-lines', 'tight-headlines'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.kicker, x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });

  it('a picture story’s numbered captions (图① / 图② / 图③) under its one headline are one piece, whether or not a source follows each credit', () => {
    const text = [
      '开学第一课',
      '',
      '图①：9月2日，在一所小学，孩子们在开学典礼上表演民族舞蹈。 杨  帆摄（人民视觉）',
      '',
      '图②：9月2日，在一所中学，学生们参加开学第一课科普活动。 孙  乔摄',
      '',
      '图③：9月3日，在一所幼儿园，老师带领孩子们认识秋天的果实。 许  诺摄（影像中国）',
      '',
      '高原牧场',
      '',
      '9月1日，牧民在草场上转场放牧。 王  野摄（影像中国）',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['开学第一课', '高原牧场']);
    expect(entries[0].text).toContain(squeeze('图②：9月2日，在一所中学'));
    expect(entries[0].text).toContain(squeeze('图③：9月3日'));
  });

  it('boxes of marked items a reporter compiled (■某公司　…… / （记者 某某 整理）) after a market report are pieces of their own, no talks of a collection', () => {
    const pieces: Printed[] = [
      {
        headline: '沪指站上2280点 两市成交创半年新高',
        paragraphs: ['青禾商报记者 张  弛', '昨日，A股延续反弹势头。沪指小幅高开后震荡上行，券商、保险等金融股午后发力，推动股指站上2280点。', '两市合计成交2156亿元，较前一交易日放大约15%，创下近半年来新高。'],
      },
      {
        headline: '本地股速递',
        paragraphs: ['■青禾科技　公司公告称，预计年度净利润为1.2亿元至1.4亿元，同比增长20%至40%。', '■禾城置业　公司昨日公告，以4.6亿元竞得高新区一宗商住用地。', '■禾山药业　公司全资子公司生产的药品通过新版GMP认证。', '（青禾商报记者 宋  可 整理）'],
      },
      {
        kicker: '机构看市',
        headline: '春季行情能否延续？',
        paragraphs: ['■华信证券：经济企稳回升的迹象逐步明朗，市场风险偏好有所提升。', '■远航投资：关注年报业绩预告，重点挖掘业绩超预期、估值较低的公司。', '（青禾商报记者 王  萌 整理）'],
      },
    ];
    for (const layout of ['indented'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.kicker, x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });

  it('the continued half’s headline printed right over its 上接 note (沽源：“一村一品”鼓起农民钱袋子 / （上接第一版）) heads that half, not the report above', () => {
    const text = [
      '张北县投资1200万元建设节水灌溉工程',
      '',
      '本报讯（记者 赵志刚）眼下，坝上地区气温逐步回升，张北县节水灌溉工程建设全面展开。',
      '',
      '据介绍，为确保工程质量，县里实行工程监理和村民监督相结合的办法。',
      '',
      '沽源：“一村一品”鼓起农民钱袋子',
      '',
      '（上接第一版）',
      '',
      '在闪电河乡，记者见到了村民李秀珍。她家种的15亩错季西芹去年卖到了北京的批发市场。',
      '',
      '县农业局负责人说，今年全县将新发展“一村一品”专业村20个。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['张北县投资1200万元建设节水灌溉工程', '沽源：“一村一品”鼓起农民钱袋子']);
    expect(entries[0].text).not.toContain(squeeze('沽源：'));
  });

  it('a price list’s rows giving the measure before the price (早稻　每斤0.90元) are rows, under the list’s name and its dated line, apart from the photo after them', () => {
    const text = [
      '青禾县试种优质稻获成功',
      '　　本报讯　今年青禾县在柳湾乡试',
      '种优质稻二百亩，亩产比普通稻',
      '高出五十公斤，每亩增收二百元。',
      '　　县农技站负责人说，明年全县',
      '将推广优质稻五千亩，带动农民',
      '增收致富，让更多农户得实惠。',
      '本周粮油价格',
      '　　（9月3日　柳湾集贸市场）',
      '　　早稻　每斤0.90元',
      '　　菜籽油　每斤4.20元',
      '　　绿豆　每斤2.10元',
      '　　柳湾乡农民在田里收割优质',
      '稻。',
      '　　本报通讯员　柯　远摄',
      '',
    ].join('\n');
    const read = entriesOf(ingest({ text, header: false }));
    expect(read.map((e) => e.headline)).toEqual(['青禾县试种优质稻获成功', '本周粮油价格', null]);
    expect(read[1].text).toContain(squeeze('绿豆　每斤2.10元'));
    expect(read[1].text).not.toContain('收割');
  });

  it('a listing with two channels or two cinemas: each channel’s or cinema’s line over its rows is the listing’s text, never a headline', () => {
    const text = [
      '今晚电视',
      '',
      '青禾电视台一套',
      '',
      '19:30　电视剧：柳湾人家（5）',
      '',
      '21:10　青禾新闻',
      '',
      '青禾电视台二套',
      '',
      '20:00　电影：远山',
      '',
      '本周影讯',
      '',
      '青禾影城（湖滨路6号）',
      '',
      '《远山》　10:00　14:30　19:20',
      '',
      '红星电影院（柳湾街3号）',
      '',
      '《远山》　15:10　20:30',
      '',
      '订票电话：6612345',
      '',
      '青禾剧团新排黄梅戏上演',
      '',
      '本报讯　青禾剧团新排的黄梅戏《柳湾渡》昨晚在市文化宫首演，台下座无虚席。',
    ].join('\n');
    const read = entriesOf(ingest({ text, header: false }));
    expect(read.map((e) => e.headline)).toEqual(['今晚电视', '本周影讯', '青禾剧团新排黄梅戏上演']);
    expect(read[0].text).toContain(squeeze('青禾电视台一套19:30　电视剧：柳湾人家（5）'));
    expect(read[1].text).toContain(squeeze('红星电影院（柳湾街3号）《远山》　15:10　20:30'));
  });

  it('a price box’s day in brackets with the market it was taken at, standing apart under its `#` title on a page with tight kickers, is the box’s first line', () => {
    const text = [
      '乡企风采',
      '# 小竹篮编出致富路',
      '',
      '本报记者　岑晓舟',
      '',
      '在柏溪乡竹编厂，二十多名妇女正在赶制一批出口竹篮。',
      '',
      '厂长付秋禾说，竹篮销路打开后，全乡已有三百多户农民靠竹编增加了收入。',
      '',
      '今年厂里又添了两台新机器，竹片加工效率提高了一倍，订单排到了年底。',
      '',
      '# 本周蔬果价格',
      '',
      '（6月3日　柏溪镇农副产品综合批发市场）',
      '',
      '品名　本周价格　比上周',
      '',
      '白菜　1.20元/公斤　降0.10元',
      '',
      '黄瓜　2.60元/公斤　持平',
      '',
      '# 柏溪茶园喜获丰收',
      '',
      '本报讯　今年柏溪乡春茶产量比去年增长两成。',
    ].join('\n');
    const read = entriesOf(ingest({ text, header: false }));
    expect(read.map((e) => e.headline)).toEqual(['小竹篮编出致富路', '本周蔬果价格', '柏溪茶园喜获丰收']);
    expect(read[1].text).toContain(squeeze('（6月3日　柏溪镇农副产品综合批发市场）品名　本周价格　比上周'));
  });

  it('a service page’s boxes: a price box’s day in brackets standing apart under its `#` title is its first line, fuel grades name rows, and a box of numbers under its own title after another box is a piece of its own', () => {
    const marked = [
      '二手车消费调查',
      '# 近期二手车交易升温',
      '——市场监管部门提醒签订书面合同',
      '',
      '本报记者 柯远',
      '',
      '记者从市二手车交易市场获悉，3月以来二手车交易量环比增长两成，不少市民趁着春季换车。',
      '',
      '看车试驾要细心',
      '',
      '市民刘先生告诉记者，他看中的一辆车里程表读数只有三万公里，请人检测后发现实际超过十万公里。',
      '',
      '本版制图：程晨',
      '',
      '# 买车签约 市消协提醒三注意',
      '',
      '1.查验车辆手续。购车前要查看行驶证、登记证书，核对车辆识别代号。',
      '',
      '2.签订书面合同。合同中应写明车辆状况、价款、交付时间和违约责任。',
      '',
      '3.依法维权。合法权益受到侵害时，可拨打12315投诉。',
      '',
      '# 本市金价',
      '',
      '（9月24日）',
      '',
      '足金饰品 229元/克',
      '',
      '千足金饰品 236元/克',
      '',
      '铂金饰品 336元/克',
      '',
      '（本报记者 刘伟 采集）',
      '',
      '# 便民电话',
      '',
      '市民服务热线：12345',
      '',
      '供电服务：95598',
    ].join('\n');
    const read = entriesOf(ingest({ text: marked, header: false }));
    expect(read.map((e) => e.headline)).toEqual(['近期二手车交易升温', '买车签约 市消协提醒三注意', '本市金价', '便民电话']);
    expect(read[2].text).toContain(squeeze('（9月24日）足金饰品 229元/克'));
    const plain = ['我省成品油价格', '', '（3月17日24时起执行）', '', '92号汽油 8.39元/升', '', '95号汽油 8.97元/升', '', '0号柴油 8.04元/升', '', '便民电话', '', '市民服务热线：12345', '', '供电服务：95598', ''].join('\n');
    const boxes = entriesOf(ingest({ text: plain, header: false }));
    expect(boxes.map((e) => e.headline)).toEqual(['我省成品油价格', '便民电话']);
    expect(boxes[0].text).toContain(squeeze('92号汽油 8.39元/升'));
    expect(boxes[0].text).not.toContain('12345');
  });

  it('the titled boxes after a report its editor’s note opens under the reporters’ byline (大事记 / 数说 / 说变迁) are pieces of their own, not accounts the note introduces', () => {
    const pieces: Printed[] = [
      {
        kicker: '新中国60年·青禾印记',
        headline: '湖边渔村的六十年',
        subheadline: '——青禾县沙港村变迁纪事',
        paragraphs: [
          '编者按：六十年来，青禾大地发生了翻天覆地的变化。本报今起推出系列报道，记录一个个村庄的变迁。',
          '本报记者 陆文清 本报通讯员 钱  蕾',
          '清晨五点，沙港村的码头已经热闹起来。老渔民沈根林把船靠了岸，船舱里是刚起的青虾。',
          '六十年前，这里还是一片芦苇荡，渔民们住在船上，一家几口挤在不到十平方米的船舱里。',
          '如今，沙港村家家住上了楼房，村里的渔家乐一年接待游客十多万人次。',
        ],
      },
      {
        headline: '沙港村大事记',
        paragraphs: ['1958年 成立沙港渔业生产合作社，渔民开始上岸定居。', '1983年 实行渔业生产责任制，水面承包到户。', '2006年 建成村级渔家乐一条街。'],
      },
      {
        headline: '三代渔民说变迁',
        paragraphs: ['沈根林（78岁，老渔民）：年轻时一年到头漂在湖上，做梦都想有间不漏雨的屋子。', '沈建国（52岁，养殖大户）：承包水面那年，我家第一次有了存款。', '沈晓雯（26岁，渔家乐店主）：我在网上卖湖鲜，订单从全国各地来。'],
      },
      {
        headline: '数说沙港',
        paragraphs: ['1200亩：村里的生态养殖水面', '4.6万元：2008年村民人均纯收入', '10万人次：渔家乐一年接待游客'],
      },
    ];
    for (const layout of ['markdown'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });

  it('a cinema listing over the days it covers (周末影讯 / （12月8日—12月9日）) after a review its author note closes is a box of its own, not the review’s sidebar', () => {
    const pieces: Printed[] = [
      {
        headline: '《冬至那天》：一碗热汤里的人间（影评）',
        paragraphs: [
          '□戚子昂',
          '《冬至那天》是一部很“小”的电影。全片几乎只发生在一家面馆里，四个人物，一个晚上。',
          '导演没有给这些人物安排什么惊天动地的事件，只是让他们在热汤的雾气里说了几句真话。',
          '（作者系青禾市电影评论学会理事）',
        ],
      },
      {
        headline: '周末影讯',
        subheadline: '（12月8日—12月9日）',
        paragraphs: ['新街口影城：《冬至那天》 10:20 14:50 19:30 票价50元', '河西影城：《极地追踪》（3D） 12:30 17:00 21:15 票价70元', '鼓楼电影院：《冬至那天》 14:00 18:40 票价35元'],
      },
    ];
    for (const layout of ['indented', 'blank-lines'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });

  it('a listing of performances whose rows give their time of day (▲1月21日　19:30　某剧院　某剧) after a review its author note closes is a box of its own, not the review’s sidebar, whatever its title', () => {
    const pieces: Printed[] = [
      {
        kicker: '剧评',
        headline: '《青衣巷》：小人物唱出大情怀',
        paragraphs: [
          '文/柯　远',
          '越剧《青衣巷》讲的是一个巷口裁缝铺里的故事，没有大场面，却让人看得眼眶发热。',
          '饰演女主角的青年演员嗓音不算宽亮，但行腔委婉，把人物的心事唱得清清楚楚。',
          '（作者系青禾市艺术研究所研究员）',
        ],
      },
      {
        headline: '新春剧场演出一览',
        paragraphs: ['▲1月21日　19:30　青禾大剧院　京剧名家名段专场', '▲1月23日　14:00　青禾大剧院　越剧《青衣巷》', '▲1月25日　19:30　人民剧院　黄梅戏折子戏专场', '购票热线：12345678'],
      },
    ];
    for (const layout of ['indented', 'blank-lines', 'markdown'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });

  it('the day’s data under a title opening with its day (5月23日主要指数收盘) after a commentary its author note closes is a box of its own, not the commentary’s sidebar', () => {
    const pieces: Printed[] = [
      {
        headline: '中小盘股调整或未结束（市场观察）',
        paragraphs: [
          '□甘若林',
          '今年以来，中小板和创业板指数累计跌幅已超过两成，不少投资者开始考虑抄底。',
          '因此，对于中小盘股，投资者不宜盲目抄底，可以关注业绩确定、估值合理的个股。',
          '（作者系柳溪某证券公司投资顾问）',
        ],
      },
      {
        headline: '5月23日主要指数收盘',
        paragraphs: ['指数名称　收盘　涨跌　涨跌幅', '上证综指　2796.43　-53.46　-1.87%', '深证成指　11853.20　-298.85　-2.46%', '创业板指　832.54　-27.18　-3.16%'],
      },
    ];
    for (const layout of ['indented', 'blank-lines'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });

  it('a leader’s post and name set apart under a 专版 article’s headline (中共某某区委书记　某某某) is its byline, not a headline of its own', () => {
    const pieces: Printed[] = [
      {
        headline: '青禾区产业升级 动能强劲',
        paragraphs: ['近年来，青禾区坚持工业强区战略，全区规模以上工业增加值年均增长12%以上。', '园区建设提速，一批重大项目相继落地投产。'],
      },
      {
        headline: '科学谋划“十一五” 加快建设新青禾',
        paragraphs: ['中共青禾区委书记　李正华', '“十一五”时期，是青禾加快发展、实现跨越的关键时期。我们将坚持发展第一要务。', '全区上下要进一步解放思想，凝心聚力，为建设新青禾而努力奋斗。'],
      },
    ];
    for (const layout of ['blank-lines', 'indented'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });

  it('a day alone heading a part of a box or a diary (计划停电信息 / 12月4日 / …… / 12月5日; 9月2日　晴) is a subhead, not a headline of its own', () => {
    const text = [
      '消费维权',
      '“双12”网购 这些坑别踩',
      '——市市场监管局发布网购消费提示',
      '',
      '本报讯（记者 柯远）“双12”临近，市市场监管局昨日发布网购消费提示，提醒消费者理性购物。',
      '',
      '提示说，对预售商品的定金规则要看清，不要脱离平台私下交易，发生纠纷可拨打12315投诉。',
      '',
      '计划停电信息',
      '',
      '12月4日',
      '',
      '8:00—15:00 海曙区望春街道布政村部分用户',
      '',
      '8:30—16:00 鄞州区姜山镇景江岸村、上张村',
      '',
      '12月5日',
      '',
      '7:30—12:30 江北区洪塘街道裘市村',
      '',
      '便民服务',
      '社区“暖心驿站”开门迎客',
      '——为环卫工人和快递小哥提供热水和休息处',
      '',
      '本报讯（记者 葛晴）昨天，鼓楼街道首家“暖心驿站”在中山社区开门迎客。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker ?? null, e.headline])).toEqual([
      ['消费维权', '“双12”网购 这些坑别踩'],
      [null, '计划停电信息'],
      ['便民服务', '社区“暖心驿站”开门迎客'],
    ]);
    expect(entries[1].text).toContain(squeeze('12月5日7:30—12:30 江北区'));
  });

  it('a pupil’s school and class before the name under a composition’s title (某某中学初二（5）班 某某) is its byline, not a headline', () => {
    const pieces: Printed[] = [
      {
        headline: '那一次，我读懂了父亲',
        paragraphs: [
          '青禾市长乐路中学初二（5）班 戚沐阳',
          '父亲是个不爱说话的人。小时候，我总觉得他不关心我，家长会从来都是母亲去开。',
          '那年冬天我发高烧，是父亲背着我走了两里路去医院。我趴在他背上，第一次觉得他的肩膀那么宽。',
        ],
      },
      {
        headline: '外公的老收音机',
        paragraphs: ['青禾市宁海路中学初一（6）班 阙子墨', '外公有一台老收音机，比我的年纪还大。每天傍晚，他都要打开它听一会儿戏。'],
      },
      {
        headline: '校园快讯',
        paragraphs: ['本报讯 近日，青禾市一所小学的学生代表走进社区，为独居老人送去亲手写的春联。'],
      },
    ];
    for (const layout of ['blank-lines', 'indented'] as const) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
      expect(headlines(read), layout).toEqual(headlines(expected));
    }
  });
});


describe('kinds: a sidebar box printed after a feature or a box (sets bs, cb and cu of other papers’ pages)', () => {
  it('a warning titled with its label and subject (警方提示：谨防……) after a box of marked items heads a piece of its own', () => {
    const text = [
      '街巷短讯',
      '',
      '■ 青禾东站新开通至临江的早班车，每天6时发车。',
      '',
      '■ 柳湾路5月8日至10日夜间封闭施工。',
      '',
      '交警提示：雨天谨防“水滑”追尾',
      '',
      '近日雨水较多，不少路段积水。交警提示，雨天行车要降低车速，与前车保持足够距离。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['街巷短讯', '交警提示：雨天谨防“水滑”追尾']);
    expect(entries[1].text).toContain(squeeze('近日雨水较多'));
  });

  it('on an indented page, flush box titles (自驾线路 / 温馨提示) after a signed feature whose subheads are indented head pieces of their own', () => {
    const pieces: Printed[] = [
      {
        kicker: '秋游青禾',
        headline: '沿着古驿道走进枫叶林',
        subheadline: '——柳溪岭徒步记',
        paragraphs: [
          '文/图 本报记者 郁知远',
          '周末一早，记者跟随二十多名徒步爱好者，从柳溪岭脚下的下湾村出发。',
          '驿道上的老石阶',
          '这条驿道修于清代，全长约7公里，沿途保留着两千多级石阶和三座石拱桥。',
          '山顶的红枫林',
          '走了两个多小时，我们登上岭顶，满山红枫在阳光下格外耀眼。',
        ],
      },
      {
        headline: '自驾线路',
        paragraphs: ['线路一：市区—下湾村—柳溪岭，全程约60公里，车程约1小时。', '线路二：市区—枫林水库—柳溪岭北坡，全程约75公里。'],
      },
      {
        headline: '温馨提示',
        paragraphs: ['1.石阶湿滑，请穿防滑鞋。', '2.山顶风大，请带好外套。'],
      },
    ];
    const { read, expected } = compare(entriesOf(ingest({ text: print('indented', pieces), header: false })), pieces);
    const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
    expect(headlines(read)).toEqual(headlines(expected));
  });

  it('on an indented page, 记者手记 printed flush after a feature whose subheads are indented heads a piece of its own; printed indented it stays the feature’s', () => {
    const feature: Printed = {
      kicker: '人物',
      headline: '守着老窑火的年轻人',
      subheadline: '——记青禾陶艺人梁晓禾',
      paragraphs: [
        '本报记者 覃知远',
        '在青禾镇的一座老窑旁，二十八岁的梁晓禾正在给一只陶罐上釉。',
        '回乡',
        '梁晓禾大学学的是工业设计，三年前辞去城里的工作，回到镇上跟父亲学烧窑。',
        '创新',
        '她把设计的本事用到了陶器上，做出的茶具和花器在网上很受欢迎。',
      ],
    };
    const note: Printed = {
      headline: '记者手记',
      paragraphs: ['采访那天，窑火刚刚熄灭，梁晓禾守在窑口等着开窑。', '守住一门手艺，靠的是一双巧手，更是一份放不下的情。（覃知远）'],
    };
    const apart = [feature, note];
    const { read, expected } = compare(entriesOf(ingest({ text: print('indented', apart), header: false })), apart);
    const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
    expect(headlines(read)).toEqual(headlines(expected));
    // The same note with its label indented, as the feature's subheads are: the feature's last section.
    const inside = [{ ...feature, paragraphs: [...feature.paragraphs, note.headline!, ...note.paragraphs] }];
    const together = compare(entriesOf(ingest({ text: print('indented', inside), header: false })), inside);
    expect(headlines(together.read)).toEqual(headlines(together.expected));
  });

  it('a sidebar’s name alone (延伸阅读, 温馨提示) after a feature’s subheads or a box, over text, heads a piece of its own where headline blocks print tight', () => {
    const pieces: Printed[] = [
      {
        kicker: '深度',
        headline: '“共享菜园”里种出了什么',
        subheadline: '——青禾市社区菜园试点半年观察',
        paragraphs: [
          '本报记者 戈晓岚',
          '去年春天，柳巷社区把一片闲置空地改成了菜园，分给报名的居民耕种。',
          '一块菜地',
          '六十三岁的邝桂兰是柳巷社区菜园的第一批“园主”，她分到的菜地不到十平方米。',
          '一份名单',
          '社区把报名的居民排成名单，每季轮换一次，谁家的菜长得好，就请谁来讲经验。',
          '几点担心',
          '半年下来，报名的居民越来越多，菜地却只有三十块，社区正在想办法扩容。',
        ],
      },
      {
        headline: '延伸阅读',
        paragraphs: ['“共享菜园”最早出现在一些大城市的老旧小区，利用边角空地供居民耕种。', '各地做法不一：有的按户分地，有的集体耕种、收成共享。'],
      },
      {
        kicker: '线路推荐',
        headline: '柳溪湾半日游',
        paragraphs: ['上午：市区—柳溪湾湿地公园（公交约40分钟）—观鸟长廊', '中午：湾头村农家菜，推荐柳溪鱼头'],
      },
      {
        headline: '温馨提示',
        paragraphs: ['1.湿地公园免费开放，观鸟长廊需网上预约。', '2.雨天木栈道湿滑，请注意安全。'],
      },
      {
        headline: '演出信息',
        paragraphs: ['话剧《湾头人家》6月8日19:30在青禾大剧院上演。', '儿童剧《小柳树》6月9日10:00在青禾大剧院小剧场上演。'],
      },
    ];
    const { read, expected } = compare(entriesOf(ingest({ text: print('tight-headlines', pieces), header: false })), pieces);
    const headlines = (r: typeof read) => r.map((x) => [x.headline, x.lacks, x.holdsOthers]);
    expect(headlines(read)).toEqual(headlines(expected));
  });

  it('on a page wrapped at a width, a title after a standings row as whole as the rows over it (5.某队　3胜5负　10分 / 下周赛程) heads a box of its own', () => {
    const text = [
      '全省女排联赛第十一轮',
      '青禾队3比1战胜临江队',
      '　　晚报记者 柯 远',
      '　　1月14日晚，全省女子',
      '排球联赛第十一轮在青禾市',
      '体育中心进行。青禾队在',
      '先失一局的情况下连扳三',
      '局，以3比1战胜临江队。',
      '　　本场比赛，青禾队主攻',
      '邝一禾拿下全队最高的21',
      '分，副攻阮晴贡献5次拦网。',
      '积分榜',
      '　　（截至第十一轮）',
      '　　1.青禾　10胜1负　21',
      '分',
      '　　2.柳湾　6胜2负　18分',
      '　　3.临江　5胜3负　15分',
      '　　4.湾头　4胜4负　12分',
      '　　5.石门　3胜5负　10分',
      '下周赛程',
      '　　1月20日（周六）19:30',
      '　青禾—柳湾',
      '　　1月22日（周一）19:30',
      '　石门—青禾',
      '体坛速递',
      '青禾冬泳邀请赛开赛',
      '　　本报讯（晚报记者 覃 ',
      '岚）1月13日，青禾市第三',
      '届冬泳邀请赛在柳湾公园开',
      '赛，200余名选手参赛。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾队3比1战胜临江队', '积分榜', '下周赛程', '青禾冬泳邀请赛开赛']);
    expect(entries[1].text).toContain(squeeze('5.石门　3胜5负　10分'));
    expect(entries[1].text).not.toContain(squeeze('下周赛程'));
  });
});

/** A one-paragraph brief under its own headline, printed after a notice to show where the notice ends. */
const NEXT_BRIEF = ['柳溪镇老街改造开工', '', '本报讯（通讯员　甘岳）4月8日，柳溪镇老街改造工程开工。', ''];

describe('kinds: lists, boxes and signatures of county, evening and trade papers (sets iu, iv and iw of other papers’ pages)', () => {
  it('a reporter’s note signed by a spaced name under a hotline line after its last sentence (…… / 某市心理援助热线：…… / 某　某) keeps the name as its last paragraph', () => {
    const text = [
      '记者手记',
      '多一点耐心　少一点围观',
      '',
      '当身边的人陷入困境时，多一点耐心，少一点围观，也许就能帮他走出来。',
      '',
      '青禾市心理援助热线：4216800（24小时）',
      '',
      '柯　远',
      '',
      '记者连线',
      '停运一个月的电梯修好了',
      '',
      '本报讯（记者　覃岚）本报8月20日报道的城西小区电梯停运一事有了结果。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['多一点耐心　少一点围观', '停运一个月的电梯修好了']);
    expect(entries[0].text).toContain(squeeze('柯　远'));
  });

  it('a notice’s list of families with their villages in brackets under its lead ending in a colon (……现予以公示： / 某某某家庭（某镇某村）) is the notice’s text, not a piece per line', () => {
    const text = [
      '青禾县“最美家庭”拟推选名单公示',
      '',
      '经各乡镇推荐、县妇联审核，拟推选以下家庭为“最美家庭”，现予以公示：',
      '',
      '柯长顺家庭（柳溪镇石门村）',
      '',
      '覃秀英家庭（湾头乡湾头村）',
      '',
      '阮立新家庭（县人民医院）',
      '',
      '邝春兰家庭（临江街道南关社区）',
      '',
      '公示时间：4月12日至4月18日。公示期间如有异议，请向县妇联反映。',
      '',
      ...NEXT_BRIEF,
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾县“最美家庭”拟推选名单公示', '柳溪镇老街改造开工']);
    expect(entries[0].text).toContain(squeeze('邝春兰家庭（临江街道南关社区）'));
  });

  it('a data box’s row whose figure is broken down in brackets (售出车票：38.4万张（其中网上订票9.2万张）) is a row of the box, not a headline', () => {
    const text = [
      '春运首日运输数据',
      '',
      '发送旅客：21.6万人（同比增加1.8万人）',
      '',
      '售出车票：38.4万张（其中网上订票9.2万张）',
      '',
      '货物装车：8126车',
      '',
      '（数据来源：路局调度所）',
      '',
      '青禾站新建旅客天桥投用',
      '',
      '本报讯（记者　阮晴）1月7日，青禾站新建的旅客天桥投入使用。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['春运首日运输数据', '青禾站新建旅客天桥投用']);
    expect(entries[0].text).toContain(squeeze('售出车票：38.4万张（其中网上订票9.2万张）'));
  });
});

describe('kinds: letters, photo news, Q&A experts, market boxes and lone subheads (sets ix, iy and iz of other papers’ pages)', () => {
  it('a letter’s signer and the date with the time of day it was written (妈妈 / 2023年9月10日夜), then the editor’s note in brackets, close the letter', () => {
    const text = [
      '新兵家书',
      '到了部队好好干',
      '',
      '亲爱的儿子：',
      '',
      '明天一早你就要出发了，妈妈在厨房给你包饺子。',
      '',
      '儿子，妈妈为你骄傲。',
      '',
      '妈妈',
      '',
      '2023年9月10日夜',
      '',
      '（新兵母亲柯秀英写给儿子的信，经本人同意刊发）',
      '',
      '义务兵家庭优待金怎么领',
      '',
      '本报讯（记者　覃岚）新兵入伍后，不少家长打来电话询问优待金的发放。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['到了部队好好干', '义务兵家庭优待金怎么领']);
    expect(entries[0].text).toContain('2023年9月10日夜');
    expect(entries[0].text).toContain('经本人同意刊发');
  });

  it('under photo news whose one caption opens with its day, an undated second caption and its credit are the same news’s, not a picture of their own', () => {
    const text = [
      '段老说，这些年他托人打听过好几次，都没有结果。',
      '',
      '走进军营看“兵”',
      '',
      '7月30日，驻青禾某部举办军营开放日活动，市民代表参观官兵内务。',
      '',
      '小朋友在战士指导下体验操作通信器材。',
      '',
      '晚报记者　柯　远　摄',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual([null, '走进军营看“兵”']);
    expect(entries[1].text).toContain('小朋友在战士指导下体验操作通信器材。');
  });

  it('on a page wrapped at a width, a Q&A’s expert line the width cut inside the unit (答疑专家：某市第三人民 / 医院神经内科主任医师　某某) is one line of the Q&A', () => {
    const text = [
      '社区开起“记忆课”',
      '　　本报讯（记者　覃　岚）',
      '2月17日上午，在青禾市槐荫',
      '社区活动室，十几位老人围坐',
      '在一起，跟着老师做游戏。',
      '　　这是社区开设的“记忆课”，',
      '每周一次，已经坚持了两年。',
      '名医答疑',
      '记性变差，就是老年痴呆吗',
      '　　答疑专家：青禾市第三人民',
      '医院神经内科主任医师　阮立新',
      '　　问：我爸最近老是忘事，是',
      '不是老年痴呆了？',
      '　　答：人上了年纪，记性会比',
      '年轻时差一些，这是正常的衰老',
      '现象，不必过于紧张。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['社区开起“记忆课”', '记性变差，就是老年痴呆吗']);
    expect(entries[1].text).toContain(squeeze('答疑专家：青禾市第三人民医院神经内科主任医师　阮立新'));
  });

  it('a market box’s inner label between its index rows and its shares’ rows (本地上市公司), the rows giving rises and falls (涨11.57点, 跌0.87%), is one box', () => {
    const text = [
      '昨日股市',
      '',
      '上证综指　1658.32点　涨11.57点',
      '',
      '深证成指　4312.06点　跌3.48点',
      '',
      '两市成交金额　356.4亿元',
      '',
      '本地上市公司',
      '',
      '青禾化工　6.85元　涨2.39%',
      '',
      '柳湾电器　9.12元　跌0.87%',
      '',
      '利率上调　房贷族每月多还几十元',
      '',
      '晚报讯（记者　甘岳）今年贷款基准利率上调以来，不少贷款买房的市民算起了账。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['昨日股市', '利率上调　房贷族每月多还几十元']);
    expect(entries[0].text).toContain(squeeze('柳湾电器　9.12元　跌0.87%'));
  });

  it('a chart’s unit in brackets under its title ((单位：万人次)) is the chart’s first paragraph, its title the headline, in any layout', () => {
    const text = [
      '春运首日客流平稳',
      '',
      '本报讯　昨天是春运首日，全市共发送旅客十二万人次，各站秩序井然。',
      '',
      '近五年春运全市旅客发送量',
      '',
      '（单位：万人次）',
      '',
      '2018年　412',
      '',
      '2019年　436',
      '',
      '2020年　198',
      '',
      '数据来源：市交通运输局',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline])).toEqual([
      [null, '春运首日客流平稳', null],
      [null, '近五年春运全市旅客发送量', null],
    ]);
    expect(entries[1].body[0].text).toBe('（单位：万人次）');
  });

  it('a table’s header row standing apart (序号　户主姓名　保障人数……) is a paragraph of the piece above it, never a headline over the rows', () => {
    const text = [
      '青禾县城乡低保新增对象公示',
      '',
      '经个人申请、入户调查和乡镇审核，以下家庭拟纳入最低生活保障范围，现予以公示。',
      '',
      '序号　户主姓名　保障人数　所在乡镇　月保障金（元）',
      '',
      '1　柯*远　3　城关镇　1260',
      '',
      '2　林*岚　1　白沙乡　840',
      '',
      '3　葛*山　2　白沙乡　1120',
      '',
      '4　白*云　4　青禾镇　1480',
      '',
      '5　鲁*平　1　青禾镇　840',
      '',
      '公示期间如有异议，请向县民政局反映。',
      '',
      '青禾县民政局',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    const header = '序号　户主姓名　保障人数　所在乡镇　月保障金（元）';
    expect(entries[0].headline).toBe('青禾县城乡低保新增对象公示');
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline]).flat()).not.toContain(header);
    expect(entries[0].body.map((b) => b.text)).toContain(header);
  });

  it('a price table’s rows giving the week’s change as an arrow and a figure (↑0.03) or 持平 are rows, never headlines, lines apart', () => {
    const text = [
      '本周主要农产品批发价格',
      '',
      '品名　　单位　　均价（元）　　比上周',
      '',
      '玉米　　公斤　　1.44　　↑0.03',
      '',
      '小麦　　公斤　　1.56　　持平',
      '',
      '鸡蛋　　公斤　　7.36　　↓0.10',
      '',
      '土豆　　公斤　　0.96　　持平',
      '',
      '（数据来源：青禾市农产品流通信息中心）',
      '',
      '猪价还会涨多久',
      '',
      '本报讯　入秋以来，全市生猪价格连续六周上涨，养殖户补栏积极性明显提高。',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['本周主要农产品批发价格', '猪价还会涨多久']);
    expect(entries[0].text).toContain(squeeze('土豆　　公斤　　0.96　　持平'));
  });

  it('a prize table’s rows whose figures group their thousands with commas (一等奖　6　5,416,729, 六等奖) are rows, never headlines, lines apart', () => {
    const text = [
      '中国福利彩票',
      '双色球第2009107期开奖公告',
      '',
      '红球：03　08　15　19　26　31',
      '',
      '奖等　中奖注数　每注奖金（元）',
      '',
      '一等奖　6　5,416,729',
      '',
      '二等奖　87　183,260',
      '',
      '五等奖　1,009,445　10',
      '',
      '六等奖　8,736,205　5',
      '',
      '彩民问答',
      '',
      '问：彩票丢了还能兑奖吗？答：彩票是唯一的兑奖凭证，丢失后无法兑奖。',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['双色球第2009107期开奖公告', '彩民问答']);
    expect(entries[0].text).toContain(squeeze('六等奖　8,736,205　5'));
  });

  it('a race’s results of ranked rows with times (1　某某（肯尼亚）　2小时11分48秒) are a box’s rows, each list worded like the other (男子全程前六名, 女子全程前六名) a box of its own', () => {
    const text = [
      '青禾马拉松鸣枪',
      '',
      '本报讯　11月9日7时30分，2014青禾国际马拉松在白沙广场鸣枪开跑，两万名跑者参赛。',
      '',
      '男子全程前三名',
      '',
      '1　基罗诺（肯尼亚）　2小时11分48秒',
      '',
      '2　葛远山（中国）　2小时12分03秒',
      '',
      '3　柯　远（中国）　2小时12分40秒',
      '',
      '女子全程前三名',
      '',
      '1　切鲁约（肯尼亚）　2小时29分07秒',
      '',
      '2　林晓岚（中国）　2小时30分55秒',
      '',
      '3　白　沙（中国）　2小时33分18秒',
      '',
      '半程马拉松成绩',
      '',
      '男子组',
      '',
      '1．甘　岳　1小时03分12秒',
      '',
      '2．葛晴岚　1小时03分47秒',
      '',
      '女子组',
      '',
      '1．林　晓　1小时12分30秒',
      '',
      '2．柯小蕙　1小时13分02秒',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾马拉松鸣枪', '男子全程前三名', '女子全程前三名', '半程马拉松成绩']);
    expect(entries[3].text).toContain(squeeze('女子组'));
    expect(entries[3].text).toContain(squeeze('2．柯小蕙　1小时13分02秒'));
  });

  it('where headline blocks print tight and paragraphs apart, a line alone over a paragraph opening 据了解，… is the feature’s subhead', () => {
    const text = [
      '股市震荡中的青禾股民——',
      '“割肉”还是“捂股”',
      '',
      '晚报记者　柯　远',
      '',
      '昨天上午10点，记者来到位于人民路的一家证券营业部，交易大厅里只有二三十位股民。',
      '',
      '营业部客户经理告诉记者，最近一个月，来营业部的股民少了一半。',
      '',
      '新开户数跌至低点',
      '',
      '据了解，今年10月，青禾各证券营业部新开A股账户不足两千户，创两年来新低。',
      '',
      '投资者的心态也在悄悄变化。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['“割肉”还是“捂股”']);
    expect(entries[0].text).toContain('新开户数跌至低点');
  });
});

describe('kinds: notices, name lists and route tables of government and city pages (sets jd and je of other papers’ pages)', () => {
  it('a document’s number under its notice’s title (某政通〔2022〕9号, 第十二号) is the subheadline, never the headline under its title as a kicker', () => {
    const text = [
      '青禾市人民政府关于市区禁止燃放烟花爆竹的通告',
      '青政通〔2022〕9号',
      '',
      '为保障公共安全，减少环境污染，根据有关法律法规，现就市区禁止燃放烟花爆竹有关事项通告如下。',
      '',
      '青禾市人民代表大会常务委员会公告',
      '第十二号',
      '',
      '青禾市第十四届人民代表大会常务委员会第十八次会议于3月16日通过了《青禾市养犬管理条例》，现予公布。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker ?? null, e.headline, e.subheadline ?? null])).toEqual([
      [null, '青禾市人民政府关于市区禁止燃放烟花爆竹的通告', '青政通〔2022〕9号'],
      [null, '青禾市人民代表大会常务委员会公告', '第十二号'],
    ]);
  });

  it('a 公示 of families three to a row, each with the district in brackets (某　某家庭（某区某街道）　……), is the notice’s text, not a piece per row', () => {
    const text = [
      '青禾市“最美家庭”拟表彰名单公示',
      '',
      '经基层推荐、评委会评审，拟表彰以下家庭为“最美家庭”，现予以公示。公示期为7月2日至7月8日。',
      '',
      '柯　远家庭（城南街道）　覃秀英家庭（北关街道）　阮立新家庭（东津街道）',
      '',
      '邝春兰家庭（西湖街道）　甘　岳家庭（新华街道）　鲁长顺家庭（滨江街道）',
      '',
      '联系电话：6231158',
      '',
      ...NEXT_BRIEF,
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾市“最美家庭”拟表彰名单公示', '柳溪镇老街改造开工']);
    expect(entries[0].text).toContain(squeeze('柯　远家庭（城南街道）'));
  });

  it('a list’s group with a note in its name and its count (文明镇（乡）（5个）), units revoked in a list after a lead ending in a colon, and a name list’s person rows (某某某（追授）　男，……) are the notice’s lines', () => {
    const text = [
      '第四批青禾市级文明村镇拟命名名单公示',
      '',
      '经县区申报、实地测评，市文明委拟命名以下村镇为第四批市级文明村镇，现予以公示。',
      '',
      '文明镇（乡）（2个）',
      '',
      '柳溪县柳湾镇　湾头县桃源乡',
      '',
      '关于撤销3个单位市级文明单位称号的通报',
      '',
      '经上半年动态管理考核，市文明委决定撤销以下3个单位的市级文明单位称号：',
      '',
      '青禾市第二汽车运输公司（发生较大安全生产责任事故）',
      '',
      '柳湾区房产管理所（工作人员发生严重违纪行为）',
      '',
      '湾头县人民医院（创建工作严重滑坡，群众满意度测评排名末位）',
      '',
      '被撤销称号的单位，三年内不得申报市级文明单位。',
      '',
      '青禾市见义勇为先进个人名单',
      '',
      '柯长顺（追授）　男，城南街道居民',
      '',
      '管　伟　男，青禾职业技术学院学生',
      '',
      '阮秀珍　女，青禾第二棉纺厂退休职工',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['第四批青禾市级文明村镇拟命名名单公示', '关于撤销3个单位市级文明单位称号的通报', '青禾市见义勇为先进个人名单']);
    expect(entries[0].text).toContain('文明镇（乡）（2个）');
    expect(entries[1].text).toContain('柳湾区房产管理所（工作人员发生严重违纪行为）');
    expect(entries[2].text).toContain(squeeze('管　伟　男，青禾职业技术学院学生'));
  });

  it('a table of bus routes under its header row (线路　调整内容 / 23路　某某首末站　……) is the notice’s text, short rows and all', () => {
    const text = [
      '8月25日起　这几条公交线路有调整',
      '',
      '本报讯（记者　尚文）为配合江北大道快速化改造，市公交集团将对以下线路进行调整。',
      '',
      '线路　调整内容',
      '',
      '12路　江北大道段改经江北一路，停靠江北一路站',
      '',
      '23路　首末站迁至青年路公交枢纽',
      '',
      '38路　延伸至职业技术学院，新增站点3个',
      '',
      '夜班2路　末班车时间延至次日1时',
      '',
      '市民可通过手机客户端查询线路实时到站信息。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['8月25日起　这几条公交线路有调整']);
    expect(entries[0].text).toContain(squeeze('23路　首末站迁至青年路公交枢纽'));
  });

  it('a 数说 box of ■ rows giving figures in kilometres, trains and minutes (■25.3公里　线路全长) under its `#` title is one box', () => {
    const text = [
      '# 数说1号线',
      '',
      '■25.3公里　线路全长',
      '',
      '■21座　车站数量，其中换乘站预留3座',
      '',
      '■22列　首期上线列车',
      '',
      '■6分钟　高峰时段行车间隔',
      '',
      '数据来源：青禾地铁集团',
      '',
      '# 2号线建设加速推进',
      '',
      '本报讯（记者　陶然）在1号线开通运营的同时，我市地铁2号线建设正在加速推进。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['数说1号线', '2号线建设加速推进']);
    expect(entries[0].text).toContain(squeeze('■6分钟　高峰时段行车间隔'));
  });
});

describe('kinds: price boxes and features of farm pages (set jh of other papers’ pages)', () => {
  it('a price box’s rows giving each price’s trend by an arrow (西红柿　每公斤2.40元　↓) are rows of the box, not headlines', () => {
    const text = [
      '本周农产品批发价格',
      '',
      '西红柿　每公斤2.40元　↓',
      '',
      '黄瓜　每公斤1.60元　↓',
      '',
      '青椒　每公斤3.20元　↑',
      '',
      '数据来源：市物价局价格监测中心',
      '',
      '麦田里的“小帮手”',
      '',
      '本报讯（记者　尹秋实）连日的晴好天气，让柳溪平原的麦收进入高峰。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['本周农产品批发价格', '麦田里的“小帮手”']);
    expect(entries[0].text).toContain(squeeze('青椒　每公斤3.20元　↑'));
  });

  it('where headline blocks print tight, a signed feature’s two short subheads of unlike lengths (从“卖鲜叶”到“卖品牌” / 带动四村六百户) stay its subheads', () => {
    const text = [
      '合作社里看变化——',
      '小茶叶撑起“致富伞”',
      '——青禾县云岫茶叶专业合作社发展纪实',
      '',
      '本报记者　秦晓舟　通讯员　杨佳敏',
      '',
      '冬日的云岫山，茶园一层层绕着山腰，合作社的加工厂里正在安装新机器。',
      '',
      '从“卖鲜叶”到“卖品牌”',
      '',
      '云岫山种茶有上百年历史，可过去茶农大多只卖鲜叶，价钱由收购商说了算。',
      '',
      '带动四村六百户',
      '',
      '如今，合作社社员已发展到634户，覆盖云岫等四个村。',
      '',
      '政策问答',
      '家电下乡补贴怎样领取',
      '',
      '家电下乡政策实施以来，我市农民购买下乡家电的热情很高。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['小茶叶撑起“致富伞”', '家电下乡补贴怎样领取']);
    expect(entries[0].text).toContain('带动四村六百户');
  });
});

describe('kinds: front-page pointers and results lists (sets jf and ji of other papers’ pages)', () => {
  it('a 导读 box of ■ lines each pointing to its page in brackets (■某某站改造工程春运前完工（第4版）) is a box of its own, not glued to the report above', () => {
    const text = [
      '市人大常委会举行会议',
      '　　本报讯（记者　晏子清）1月8日，市人大常委会举行会议，表决通过了有关人事任免事项。',
      '　　会议还听取了市政府关于今冬明春安全生产工作的报告。',
      '导读',
      '　　■全市空气质量优良天数达到312天（第3版）',
      '　　■青禾站改造工程春运前完工（第4版）',
      '　　■冬日里的“银发课堂”（第6版）',
      '短评',
      '守牢安全底线就是守护民生',
      '　　岁末年初，人流物流集中，各类安全风险交织叠加。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['市人大常委会举行会议', '导读', '守牢安全底线就是守护民生']);
    expect(entries[1].text).toContain('青禾站改造工程春运前完工（第4版）');
  });

  it('on a page wrapped at a width, a results list’s line cut after the winner’s surname (……调整工：冼 / 志超（某某产业园）) goes on, never heads an entry', () => {
    const text = [
      '全市职工技能大赛落幕',
      '　　本报讯（记者　柯　远）11',
      '月20日，全市职工技能大赛在',
      '青禾技师学院落下帷幕，12个',
      '工种368名选手同台竞技。',
      '　　各工种第一名名单：',
      '　　电工：阮立新（青禾供电公',
      '司）',
      '　　焊工：邝春生（青禾重工）',
      '　　工业机器人操作调整工：冼',
      '志超（青禾智能装备产业园）',
      '　　数控车工：甘　岳（柳湾机',
      '床厂）',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['全市职工技能大赛落幕']);
    expect(entries[0].text).toContain('工业机器人操作调整工：冼志超（青禾智能装备产业园）');
  });
});

describe('kinds: data boxes of county pages (set jl of other papers’ pages)', () => {
  it('a 数说 box’s last ■ row with no stop (■全市选派驻村工作队612支、第一书记1200名) stays the box’s, over its source line', () => {
    const text = [
      '数说脱贫攻坚',
      '',
      '■全市有贫困县4个、贫困村612个',
      '',
      '■今年计划减少贫困人口3.1万人，退出贫困村120个',
      '',
      '■全市选派驻村工作队612支、第一书记1200名',
      '',
      '数据来源：市扶贫办',
      '',
      '柳溪县首批村级光伏扶贫电站并网发电',
      '',
      '本报讯（通讯员　常瑜）10月15日，柳溪县首批20座村级光伏扶贫电站并网发电。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['数说脱贫攻坚', '柳溪县首批村级光伏扶贫电站并网发电']);
    expect(entries[0].text).toContain('■全市选派驻村工作队612支、第一书记1200名');
  });
});

describe('kinds: a box whose title and rows carry one mark (sets ph, pk and po of other papers’ pages)', () => {
  const notice: Printed = {
    headline: '青禾市人力资源和社会保障局关于开展秋季免费技能培训的公告',
    paragraphs: ['为帮助失业人员提高就业能力，现将秋季免费技能培训有关事项公告如下：', '一、培训对象：本市登记失业人员。', '二、报名时间：9月20日至30日。', '特此公告。', '青禾市人力资源和社会保障局', '2023年9月10日'],
  };
  const ruling: Printed = {
    headline: '楼下音响太吵　法院判令停止侵害',
    paragraphs: ['【案情】王某每晚在楼下空地放音响，住在二楼的李某多次协商无果，遂向法院起诉。', '【审理】法院判决王某停止在该处使用音响。', '（本报记者　柯　远）'],
  };
  const materials: Printed = {
    headline: '●参加技能培训　需带这些材料',
    paragraphs: ['●失业登记证明原件和复印件', '●居民身份证原件和复印件', '●近期一寸免冠照片两张', '（市职业培训中心供稿）'],
  };
  const troupes: Printed = {
    headline: '■青禾市级非遗社火项目（部分）',
    paragraphs: ['■后街高跷竹马（城关镇）', '■柳湾旱船（柳湾乡）', '■南塬跑驴（南塬镇）', '（市非遗保护中心供稿）'],
  };
  const brief: Printed = { headline: '市技工学校开办夜校班', paragraphs: ['本报讯　市技工学校从本月起开办数控车工、计算机辅助设计两个夜校班。'] };

  it('after the piece above has ended, the first marked line heads the box and every line marked as it is is the box’s text: no headline, no column, never the piece above’s', () => {
    for (const layout of LAYOUTS) {
      for (const pieces of [[notice, materials, brief], [ruling, troupes, brief], [ruling, materials, troupes, brief]]) {
        const entries = entriesOf(ingest({ text: print(layout, pieces), header: false }));
        const { read, expected } = grouping(entries, pieces);
        expect(read, layout).toEqual(expected);
        expect(entries.map((e) => e.column ?? null), layout).toEqual(pieces.map(() => null));
      }
    }
  });

  it('under a box’s unmarked name, its first marked row is its text too, not a line of its headline block', () => {
    const figures: Printed = { headline: '数说青禾技能人才', paragraphs: ['■全市技能人才总量达到21.6万人', '■高技能人才占比提高到31%', '■今年新建技能大师工作室12个', '（数据来源：市人社局）'] };
    for (const layout of LAYOUTS) {
      const entries = entriesOf(ingest({ text: print(layout, [notice, figures, brief]), header: false }));
      expect(entries.map((e) => e.headline), layout).toEqual([notice.headline, figures.headline, brief.headline]);
      expect(entries[1].body.filter((b) => b.type === 'paragraph').length, layout).toBe(4);
    }
  });
});

describe('kinds: a reader’s letter signed with what the writer does (sets pj, pp and ps of other papers’ pages)', () => {
  it('a signature of a calling and a name (骑手　某某某, 某县某乡移民　某某某, 某乡农民工　某某某) closes the letter, never a piece of its own over the reply', () => {
    const reply: Printed = {
      headline: '平台须建立超时申诉渠道',
      subheadline: '——市人力资源和社会保障局劳动关系处答复读者来信',
      paragraphs: ['青禾日报编辑部转来的读者来信收悉。经调查核实，现答复如下：', '平台应当建立超时申诉渠道，因恶劣天气等原因超时的，不得扣减骑手报酬。'],
    };
    for (const signature of ['骑手　柯志强', '青禾县白沙河乡移民　葛长林', '白沙县石门乡农民工　滕有顺']) {
      const letter: Printed = {
        kicker: '读者来信',
        headline: '送餐超时三分钟　被扣了二十元',
        paragraphs: ['上周五晚上下大雨，我送一单外卖超时三分钟，平台扣了我二十元。', '我想问一问：这样的罚款合理吗？', signature],
      };
      for (const layout of LAYOUTS) {
        const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [letter, reply]), header: false })), [letter, reply]);
        expect(read, `${layout}: ${signature}`).toEqual(expected);
      }
    }
  });
});

describe('kinds: a 通告 whose lead-in ends on its colon over its first point (set qd of other papers’ pages)', () => {
  it('on a page of every line apart, the lead-in (……现就有关事项通告如下：) ends its paragraph over 一、', () => {
    const points = ['一、自12月20日起，供热期间热用户不得擅自改装供热设施。', '二、发现管道漏水，请及时拨打供热服务热线。'];
    const notice: Printed = {
      headline: '青禾市城市管理局关于冬季供热管理的通告',
      paragraphs: ['为保障城区居民温暖过冬，进一步规范供热服务，根据《青禾市城市供热管理办法》，现就本采暖季城区供热保障有关事项通告如下：', ...points, '特此通告。', '青禾市城市管理局', '2022年12月10日'],
    };
    const entries = entriesOf(ingest({ text: print('blank-lines', [notice]), header: false }));
    const paragraphs = entries[0].body.filter((b) => b.type === 'paragraph').map((b) => b.text);
    expect(paragraphs).toContain(notice.paragraphs[0]);
    for (const point of points) expect(paragraphs).toContain(point);
  });
});

describe('kinds: a 公示 whose numbered rows end on a semicolon (sets qb and qc of other papers’ pages)', () => {
  it('where paragraphs stand apart, a row ending on ； over the next numbered row is a paragraph of its own', () => {
    const rows = ['1．机械厂社区健身中心改建项目，资助金额180万元；', '2．东门社区健身中心改建项目，资助金额200万元；', '3．滨河体育公园健身步道提升项目，资助金额320万元。'];
    const notice: Printed = {
      headline: '青禾市2022年体育彩票公益金资助项目公示',
      paragraphs: ['根据有关规定，经申报、评审，拟对以下项目给予资助，现予以公示：', ...rows, '公示期为2022年5月17日至5月23日。', '青禾市体育局', '2022年5月17日'],
    };
    for (const layout of LAYOUTS.filter((l) => l !== 'indented')) {
      const entries = entriesOf(ingest({ text: print(layout, [notice]), header: false }));
      const paragraphs = entries[0].body.filter((b) => b.type === 'paragraph').map((b) => b.text);
      for (const row of rows) expect(paragraphs, layout).toContain(row);
    }
  });
});

describe('kinds: a results box of rows led by a label and its colon (set qf of other papers’ pages)', () => {
  it('rows such as 男子100米：某某（某大学）10秒52, each apart, are the box’s text under its name, never pieces of their own', () => {
    const results: Printed = {
      headline: '田径项目部分决赛成绩',
      paragraphs: ['男子100米：柯启航（青禾大学）10秒52', '女子100米：葛雨萌（省师范大学）11秒96', '男子跳高：骆天翼（省理工大学）2米12', '女子5000米：蒲小禾（白沙师范学院）16分48秒05'],
    };
    const brief: Printed = { headline: '青禾大学运动队获评先进集体', paragraphs: ['本报讯　在日前闭幕的省大学生运动会上，青禾大学运动队获评体育道德风尚奖。'] };
    // Where every line stands apart, or the headline block from paragraphs apart (an indented page indents the rows; where `#`
    // marks the headlines the rows are still read as a title run: left, docs/ingest.md).
    for (const layout of ['blank-lines', 'tight-headlines'] as const) {
      const entries = entriesOf(ingest({ text: print(layout, [results, brief]), header: false }));
      expect(entries.map((e) => e.headline), layout).toEqual([results.headline, brief.headline]);
      const { read, expected } = grouping(entries, [results, brief]);
      expect(read, layout).toEqual(expected);
      expect(entries[0].body.map((b) => b.text), layout).toEqual(results.paragraphs);
    }
  });
});

describe('kinds: a notice’s document number standing apart where headline blocks print tight (set qg of other papers’ pages)', () => {
  it('the number under the `#` title, apart as paragraphs are, is the notice’s first paragraph, never a headline with the title left an entry of its own', () => {
    const text = [
      '# 青禾县国有建设用地使用权挂牌出让公告',
      '',
      '青禾自然资告字〔2021〕7号',
      '',
      '经青禾县人民政府批准，青禾县自然资源局决定以挂牌方式出让两宗国有建设用地使用权。现将有关事项公告如下：',
      '',
      '一、挂牌出让地块位于青禾县产业园纬三路南侧，面积26680平方米。',
      '',
      '青禾县自然资源局',
      '',
      '2021年6月29日',
      '',
      '冷链物流补短板——',
      '# 白沙镇新建冷库三座',
      '',
      '本报讯　白沙镇今年新建的三座冷库日前投入使用，总库容一千二百吨，可满足全镇果蔬错峰销售的需要。',
      '',
      '冷库由镇里统一规划建设，交由农民专业合作社运营，农户存放果蔬按重量和天数交纳少量费用。',
      '',
      '合作社负责人说，有了冷库，今年秋天的苹果不用再急着低价出手，每斤能多卖三四毛钱。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾县国有建设用地使用权挂牌出让公告', '白沙镇新建冷库三座']);
    expect(entries[0].body[0].text).toBe('青禾自然资告字〔2021〕7号');
  });
});

describe('kinds: a table’s note in brackets apart under its title where headline blocks print tight (sets qf and qi of other papers’ pages)', () => {
  it('（截至10月27日） under 某某联赛积分榜 is the table’s first line: the title heads the table, never an entry of its own', () => {
    const text = [
      '青禾大学队主场三比一取胜',
      '——本赛季主场保持不败',
      '',
      '本报讯　10月27日，全省高校足球联赛第十轮在青禾大学体育场进行，青禾大学队以三比一战胜省理工大学队。',
      '',
      '全场比赛，青禾大学队控球占优，上半场就打进两球，下半场又扩大比分。',
      '',
      '全省高校足球联赛积分榜',
      '',
      '（截至10月27日）',
      '',
      '名次　球队　胜　平　负　积分',
      '',
      '1　青禾大学　7　2　1　23',
      '',
      '2　省理工大学　6　3　1　21',
      '',
      '白沙师范学院获龙舟赛冠军',
      '',
      '本报讯　10月26日，全省大学生龙舟赛在白沙江举行，白沙师范学院获女子组冠军。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['青禾大学队主场三比一取胜', '全省高校足球联赛积分榜', '白沙师范学院获龙舟赛冠军']);
    expect(entries[1].text).toContain(squeeze('1　青禾大学　7　2　1　23'));
  });
});

describe('kinds: an essay’s headline ending in an institution’s word over its writer’s marked line (set tn of other papers’ pages)', () => {
  it('母亲上了老年大学 / □ 单　萤: the headline, never the first half of a writer’s line the width wrapped', () => {
    // Under the page's column banner (青禾笔会), as the 副刊 page printed it; the banner may be read as column or kicker.
    const essay: Printed = { kicker: '青禾笔会', headline: '母亲上了老年大学', paragraphs: ['□ 单　萤', '母亲今年七十一岁，上老年大学已经第三年了。', '起初，是我们兄妹几个撺掇她去的。如今她的剪纸挂满了一面墙。'] };
    const next: Printed = { headline: '县医院心内科', paragraphs: ['□ 柯　远', '那年冬天，我在县医院心内科陪护父亲，认识了一位年轻的护士。'] };
    for (const layout of LAYOUTS) {
      const entries = entriesOf(ingest({ text: print(layout, [essay, next]), header: false }));
      expect(entries.map((e) => e.headline), layout).toEqual(['母亲上了老年大学', '县医院心内科']);
      expect(entries[0].kicker ?? entries[0].column, layout).toBe('青禾笔会');
      expect(entries[0].text, layout).toContain(squeeze('□ 单　萤'));
    }
  });
});

describe('kinds: a reporter’s doing as a kicker and a question under a label (sets ts and ba of other papers’ pages)', () => {
  const report: Printed = { headline: '青禾路菜场今起搬迁', paragraphs: ['本报讯（记者　柯　远）青禾路菜场今起搬入临时钢架棚，搬迁期间照常营业。'] };

  it('晚报记者探访某某临时菜场 over a headline and its dashed subheadline is the kicker, never a byline', () => {
    const visit: Printed = {
      kicker: '晚报记者探访东关临时菜场',
      headline: '“钢架棚”里　挺过一个夏天',
      subheadline: '——过渡安置满三个月，摊主和居民怎么说',
      paragraphs: ['晚报记者　葛　禾　实习生　林晓岚', '9月7日上午，东关临时菜场里人来人往。摊主何桂英一边给顾客装袋，一边擦汗。'],
    };
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, [report, visit]), header: false })), [report, visit]);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a label over a question with a comma and a line under it (街坊热议 / 老城区“微改造”，你最关心啥？ / 记者走进老城街巷听民声) is one headline block, the label never a piece of its own', () => {
    const voices: Printed = {
      kicker: '街坊热议',
      headline: '老城区“微改造”，你最关心啥？',
      subheadline: '记者走进老城街巷听民声',
      paragraphs: ['东关区市民　黄伯：我住的是上世纪八十年代的老楼，最盼的是装电梯。', '西关区市民　陈姨：最关心的是别把老街坊们“改”散了。'],
    };
    // Where the headline block prints together, as sets ba and ts print it (a page of every line apart leaves the three lines to read one by one).
    for (const layout of LAYOUTS.filter((l) => l !== 'blank-lines')) {
      const entries = entriesOf(ingest({ text: print(layout, [report, voices]), header: false }));
      expect(entries.map((e) => e.headline), layout).toEqual(['青禾路菜场今起搬迁', '老城区“微改造”，你最关心啥？']);
      expect(entries[1].kicker ?? entries[1].column, layout).toBe('街坊热议');
      // Under a `#` headline an unmarked line apart may open the text: kept in the entry either way.
      if (layout === 'markdown') expect(entries[1].text, layout).toContain('记者走进老城街巷听民声');
      else expect(entries[1].subheadline, layout).toBe('记者走进老城街巷听民声');
    }
  });
});

describe('kinds: short signed comments under a column’s label after a signed commentary (set ts of other papers’ pages)', () => {
  it('街谈巷议 / 菜场的秤，要让人放心 and 早市散了，地面谁来扫, each a comment signed at its end, are two pieces, never subheads of the commentary above', () => {
    const articles: Printed[] = [
      {
        headline: '别让“提档升级”抬高了菜价（青禾时评）',
        paragraphs: [
          '□ 符　澍',
          '菜市场改造后，环境好了，成本也高了。一些市场借机提高摊位费，摊主只好把成本转嫁到菜价上。',
          '菜市场具有公益属性。改造资金主要来自财政投入，摊位费的调整应当公开透明、适度合理。',
          '必要时，可以对摊位费实行政府指导价，并向社会公示。',
          '只有摊主赚得到钱、居民买得起菜，改造才算成功。',
        ],
      },
      { kicker: '街谈巷议', headline: '菜场的秤，要让人放心', paragraphs: ['前几天在菜场买了两斤排骨，回家一称，少了二两。希望改造后的菜场能把公平秤用起来。卢　湄'] },
      { headline: '早市散了，地面谁来扫', paragraphs: ['老城区不少菜场门口有早市，早市一散，菜叶、塑料袋扔了一地。菜场改造时，不妨把早市一并规划进来。石　竹'] },
    ];
    // Not on a page of every line apart, where the label and the comma headline under it stand apart as two lines each
    // could be: there the label still heads the comment (a kind left open).
    for (const layout of LAYOUTS.filter((l) => l !== 'blank-lines')) {
      const entries = entriesOf(ingest({ text: print(layout, articles), header: false }));
      expect(entries.map((e) => e.headline), layout).toEqual(articles.map((a) => a.headline));
    }
  });
});

describe('kinds: a sketch after a serial closed by （未完待续） (set ua of other papers’ pages)', () => {
  it('某村祖屋门楼（速写） / 某　某　作 is a work of its own, never the serial’s last lines', () => {
    const text = [
      '长篇纪实连载',
      '古村守望者',
      '——青禾传统民居修缮手记（二十三）',
      `${I}□　柯　岚`,
      `${I}那年秋天，老人开始一点一点地修屋。他没有钱请工匠，就自己上房拣瓦，自己和泥补墙。`,
      `${I}转机出现在第二年春天。县里来了一支古建筑调查队，看到老屋后连连说：“这是难得的好房子。”`,
      `${I}（未完待续）`,
      '',
      `${I}白沙村柯家祖屋门楼（速写）`,
      `${I}葛　沐　作`,
      '作者简介',
      `${I}柯岚，青禾日报高级记者，长期关注传统村落保护。`,
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries[0].headline).toBe('古村守望者');
    expect(entries[0].text).not.toContain(squeeze('葛　沐　作'));
    expect(entries.some((e) => e.text.includes(squeeze('葛　沐　作')) || e.headline === '白沙村柯家祖屋门楼（速写）')).toBe(true);
  });
});

describe('kinds: a painting’s title with its painter’s name alone under it (sets qk, qm and qn of other papers’ pages)', () => {
  it('the name (顾石泉, 乌恩其, 葛　禾) is the painting’s text, never the kicker of the `#` headline under it', () => {
    const essay: Printed = { headline: '父亲学太极（青禾随笔）', paragraphs: ['□柯　禾', '父亲退休那年，开始跟着公园里的老人学太极。', '如今他打完一套拳，脸不红气不喘。'] };
    for (const painter of ['顾石泉', '乌恩其', '葛　禾']) {
      const painting: Printed = { headline: '松鹤长春（中国画）', paragraphs: [painter] };
      for (const layout of LAYOUTS) {
        const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [painting, essay]), header: false })), [painting, essay]);
        expect(read, `${layout}: ${painter}`).toEqual(expected);
      }
    }
  });
});

describe('kinds: a label in brackets over an interview’s first question inside a profile (set vk of other papers’ pages)', () => {
  it('the label (【对话】, 【访谈】) is the profile’s subhead, never the column of the pieces after it', () => {
    for (const label of ['【对话】', '【访谈】']) {
      for (const asks of ['记者：做这份工作最难的是什么？', '问：这份工作枯燥吗？']) {
        const profile: Printed = {
          kicker: '普查队里的年轻人',
          headline: '姑娘画出一张文物地图',
          paragraphs: ['都市报记者　柯　岚', '在青禾市文物保护中心的一间办公室里，墙上挂着一张标满圆点的地图。', label, asks, '柯小禾：是核对坐标，我们只能一处一处到现场去找。'],
        };
        const sketch: Printed = { headline: '守庙人柴老汉', paragraphs: ['城南柴家村的三官庙，是一座清代小庙。七十三岁的柴满仓守了它二十年。（葛　禾）'] };
        for (const layout of LAYOUTS) {
          const entries = entriesOf(ingest({ text: print(layout, [profile, sketch]), header: false }));
          const { read, expected } = compare(entries, [profile, sketch]);
          expect(read, `${layout}: ${label} ${asks}`).toEqual(expected);
          expect(subheads(entries[0]), layout).toContain(label);
        }
      }
    }
  });
});

describe('kinds: a letter dated by its day alone under its writer’s signature (set vn of other papers’ pages)', () => {
  const letter: Printed = {
    headline: '老糕点铺拆迁后能否原址回迁',
    paragraphs: ['编辑同志：', '我家住在青禾老城区鼓楼街，街口的庆丰斋糕点铺已经开了八十多年。', '希望有关部门在改造时能为老字号留个位置。', '读者　柯秀英', '3月12日'],
  };
  const reply: Printed = {
    headline: '老字号将在改造后的老街“回家”',
    subheadline: '——青禾市商务局答复',
    paragraphs: ['柯秀英同志：', '您的来信收悉。鼓楼街片区改造方案已经明确，老字号将原址回迁。', '青禾市商务局', '2012年3月19日'],
  };

  it('the day (3月12日) is the letter’s last paragraph, never a piece of its own or the reply’s kicker', () => {
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, [letter, reply]), header: false })), [letter, reply]);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a day printed tight over a table’s headline after a closing note stays that table’s kicker', () => {
    const advice: Printed = { headline: '理财产品怎么选', paragraphs: ['选择理财产品，首先要看风险等级与自身承受能力是否匹配。', '（青禾银行财富管理中心理财经理　柯雨菲）'] };
    const table: Printed = { kicker: '12月2日', headline: '青禾板块行情', paragraphs: ['青禾港务　5.62　+1.26%', '青禾水务　8.15　-0.49%'] };
    // Whether the day reads as the table's kicker or its column is the column-or-kicker call, not this kind's.
    for (const layout of ['indented', 'tight-headlines'] as Layout[]) {
      const entries = entriesOf(ingest({ text: print(layout, [advice, table]), header: false }));
      const { read, expected } = grouping(entries, [advice, table]);
      expect(read, layout).toEqual(expected);
      expect(entries[1].kicker ?? entries[1].column, layout).toBe('12月2日');
    }
  });
});

describe('kinds: book notes whose particulars are printed without labels (set vp of other papers’ pages; a box of books under its own headline, sets fj and in, is measured on those sets)', () => {
  // A headline block of three lines printed together: the page prints its headline blocks tight, as these pages do.
  const feature: Printed = {
    kicker: '世界读书日特别报道',
    headline: '在青禾，找一个读书的地方',
    subheadline: '——本报记者走访城区公共阅读空间',
    paragraphs: ['本报记者　柯　岚', '4月23日是世界读书日。在这个与书有关的日子里，记者走访了城区的图书馆和书店。', '市文化局有关负责人表示，今年将新建五个街道图书室。'],
  };
  const books = [
    ['《街角的灯》', '衡　舒　著　青禾出版社2007年3月版', '本书收录作者近年来写作的散文40篇，记述了老城街巷里的书摊和书店。'],
    ['《老城书事》', '青禾市图书馆　编　青禾出版社2007年1月版', '本书梳理了青禾百年来藏书、刻书、卖书的历史，配有老照片120余幅。'],
    ['《孩子的第一间书房》', '柯小棠　著　白沙少年儿童出版社2006年12月版', '作者是一名小学图书管理员，书中讲述了她如何把一间杂物室改造成阅览室。'],
  ];
  const essay: Printed = { headline: '我的“读书角”', paragraphs: ['□ 葛　岚', '我家很小，放不下一间书房。阳台的一角，一把旧藤椅，就是我的读书角。', '（作者系青禾市第二中学语文教师）'] };

  it('where the first book’s title is printed as a headline under the box’s name (新书架 / 《某某》), each book is a note of its own', () => {
    const notes: Printed[] = books.map(([title, particulars, text], i) => ({ ...(i === 0 ? { kicker: '新书架' } : {}), headline: title, paragraphs: [particulars, text] }));
    const pieces = [feature, ...notes, essay];
    // The box's name over the first note only: whether the notes after it read it as their column is the column-or-kicker call.
    const { read, expected } = grouping(entriesOf(ingest({ text: print('tight-headlines', pieces), header: false })), pieces);
    expect(read).toEqual(expected);
  });
});

describe('kinds: a table’s header row of words and the line naming who gave its figures (sets vq and vr of other papers’ pages)', () => {
  const report: Printed = {
    headline: '青禾湾退养还滩工程完工',
    paragraphs: ['本报讯（记者　柯　汀）青禾湾北岸退养还滩工程日前完工，共退出虾塘一千二百亩。', '据了解，退养工程共吸纳当地渔民186人参与种植和管护。'],
  };
  const advice: Printed = { headline: '走进红树林湿地　记住“四不要”', paragraphs: ['春季是赶海的好时节，市民游客进入红树林湿地时，不要随意采挖、不要乱扔垃圾。'] };

  it('a header row whose cells are words (监测点位　水质类别　主要超标项目) is the table’s first line, never its headline', () => {
    const table: Printed = {
      headline: '一季度青禾湾近岸海域水质状况',
      paragraphs: ['监测点位　水质类别　主要超标项目', '北岸退养区　二类　无', '湾顶河口　四类　无机氮', '南岸港区　三类　活性磷酸盐', '（数据来源：青禾市海洋环境监测站）'],
    };
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, [report, table, advice]), header: false })), [report, table, advice]);
      expect(read, layout).toEqual(expected);
    }
  });

  it('so is a header of two columns (年级　建议家务) over rows of words printed as paragraphs; a spaced name (导　读) is none', () => {
    const table: Printed = {
      headline: '小学生家务劳动清单（参考）',
      paragraphs: ['年级　建议家务', '一、二年级　整理书包、摆放碗筷、给花浇水', '三、四年级　扫地拖地、洗自己的袜子', '五、六年级　简单烹饪、整理房间', '（青禾市家庭教育研究会推荐）'],
    };
    const withKicker = { ...report, kicker: '海岸带修复', subheadline: '——千余亩虾塘还滩种树' };
    for (const layout of ['tight-headlines', 'indented'] as Layout[]) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, [withKicker, table, advice]), header: false })), [withKicker, table, advice]);
      expect(read, layout).toEqual(expected);
    }
  });

  it('so is one over rows of figures under a dated subheadline, and 以上数据由……提供 under them closes the table', () => {
    const table: Printed = {
      headline: '城区出厂水水质公示',
      subheadline: '（2022年7月4日—7月10日）',
      paragraphs: ['检测项目　标准限值　检测结果', '浑浊度（NTU）　1　0.12', '色度（度）　15　＜5', '余氯（mg/L）　≥0.3　0.58', '以上数据由青禾市供水水质监测站提供'],
    };
    const phones: Printed = { headline: '主要桶装水品牌服务电话', paragraphs: ['品牌　服务热线　配送范围', '青泉山泉水　5328818　城区、开发区', '岚峪矿泉水　5362209　城区', '（排名不分先后）'] };
    const { read, expected } = compare(entriesOf(ingest({ text: print('tight-headlines', [report, table, phones]), header: false })), [report, table, phones]);
    expect(read).toEqual(expected);
  });
});

describe('kinds: a notice signed by its issuer and date under a particular read as a closing line (set vw of other papers’ pages)', () => {
  it('the issuer (青禾都市报社) under 投稿邮箱：…… is the notice’s, never the headline of a piece of its own', () => {
    const photo: Printed = {
      kicker: '青禾老街巷',
      headline: '一巷一名一乾坤',
      subheadline: '——老城街巷地名牌换新装',
      paragraphs: ['都市报记者　柯　澈　摄影报道', '①10月22日，工人在青禾老城状元巷安装新式地名牌。', '②新地名牌下方附有巷名来历简介。'],
    };
    const notice: Printed = {
      headline: '“老巷旧影”老照片征集启事',
      paragraphs: [
        '为留存城市记忆，本报即日起面向社会征集青禾老街巷老照片。',
        '1．拍摄时间在1990年以前，内容为青禾城区的街巷、店铺。',
        '2．入选照片将在本版刊登，并颁发收藏证书。',
        '投稿邮箱：laoxiang@qinghe.net.cn',
        '青禾都市报社',
        '2007年10月23日',
        '图片编辑：柯　澈',
        '美术编辑：葛　蓉',
      ],
    };
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, [photo, notice]), header: false })), [photo, notice]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a service page’s table, Q&A and notice (set wd of other papers’ pages)', () => {
  const phones: Printed = {
    kicker: '供热服务',
    headline: '各区供热服务站联系电话',
    subheadline: '——今冬供热季即日起受理报修',
    paragraphs: ['服务站　受理电话', '城关服务站　6120318', '河北服务站　6120427', '全市供热投诉电话　12319'],
  };
  const questions: Printed = {
    headline: '热表读数怎么看？',
    paragraphs: ['问：热量表屏幕上有好几个数字，哪个是用热量？', '答：热量表会循环显示累计热量和瞬时流量，累计热量就是用热量。', '问：热量表需要用户自己换电池吗？', '答：不需要，由热力公司免费更换。'],
  };
  const notice: Printed = {
    headline: '关于城东片区供热管网抢修临时停热的公告',
    paragraphs: ['因城东片区供热主管道更换阀门，经研究，决定临时停热。', '停热时间：2013年11月16日8时至20时。', '特此公告。', '青禾市热力公司', '2013年11月11日'],
  };
  const weather: Printed = { headline: '未来三天天气', paragraphs: ['11月12日：晴转多云，西北风3到4级。', '11月13日：多云，北风2到3级。', '（青禾市气象台提供）'] };

  it('a short question over a question labelled 问： heads the Q&A, also after a table’s last row; a title after a notice’s date heads the next piece', () => {
    const pieces = [phones, questions, notice, weather];
    for (const layout of ['tight-headlines', 'indented'] as Layout[]) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, pieces), header: false })), pieces);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: the second poem’s title inside a poem and another (set wj of other papers’ pages)', () => {
  it('a title that reads as a column’s name (扫描) over verses of its own, under 修书人（外一首）, is the second poem’s, never a piece', () => {
    const poems: Printed = {
      headline: '修书人（外一首）',
      paragraphs: ['柯　枳', '她用一根细细的毛笔', '把三百年前的虫洞', '一个一个补好', '纸上的字慢慢醒来', '扫描', '一道白光', '从书页上轻轻走过', '那些沉睡的名字', '从此住进了云里'],
    };
    const essay: Printed = { kicker: '书边闲话', headline: '抄书的乐趣', paragraphs: ['葛　原', '古人读书，多半是抄出来的。没有印本，就借来抄，一部书抄下来，也就读熟了。'] };
    for (const layout of ['blank-lines', 'tight-headlines', 'indented'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [poems, essay]), header: false })), [poems, essay]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: where to send letters, after a lawyer’s answer (set vl of other papers’ pages)', () => {
  it('来信请寄：…… after the answer’s closing name (（某某市律师协会　某　某　律师）) is the column’s last line, never a piece of its own', () => {
    const answer: Printed = {
      kicker: '律师答疑',
      headline: '宅基地上的老屋能否继承？',
      paragraphs: [
        '读者柯某问：父亲留下一处老屋，在村里的宅基地上，我户口已迁到城里，还能继承吗？',
        '答：房屋属于遗产，可以依法继承；宅基地使用权随房屋一并处理，但不能单独继承。',
        '（青禾市律师协会　葛　原　律师）',
        '来信请寄：青禾市文昌路18号青禾晚报读者来信版',
        '本版编辑：柯　枳',
      ],
    };
    const letter: Printed = { headline: '村口的路灯亮了', paragraphs: ['编辑同志：', '我们村口的路灯坏了半年，见报后第三天就修好了。', '青禾县柳河镇　葛小满'] };
    for (const layout of ['tight-headlines', 'indented'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [letter, answer]), header: false })), [letter, answer]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a table’s scope in brackets standing apart under its title (set wl of other papers’ pages)', () => {
  it('（2009年10月，共采集水样30份） between a table’s title and its rows, on a page of tight headline blocks, is the table’s first line', () => {
    const text = [
      '深度调查',
      '一口老井的“体检报告”',
      '——青禾市郊十个村庄饮用水现状调查',
      '',
      '晚报记者　柯　枳',
      '',
      '10月中旬，记者来到青禾市郊南湾村。村民葛大娘从井里打上一桶水，水面浮着一层白沫。',
      '',
      '记者走访发现，十个村庄中有七个村仍以浅层井水为主要饮用水源。',
      '',
      '记者调查数据',
      '十村饮用水抽样检测结果',
      '',
      '（2009年10月，共采集水样30份）',
      '',
      '检测项目　超标样品数　超标率',
      '',
      '菌落总数　11　36.7%',
      '',
      '总大肠菌群　9　30.0%',
      '',
      '硝酸盐　6　20.0%',
      '',
      '记者手记',
      '别让“水缸子”拖了后腿',
      '',
      '采访中，记者注意到一个细节：很多村民家里盖起了小楼，厨房角落里还摆着一口大水缸。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline])).toEqual([
      ['深度调查', '一口老井的“体检报告”', '——青禾市郊十个村庄饮用水现状调查'],
      ['记者调查数据', '十村饮用水抽样检测结果', null],
      ['记者手记', '别让“水缸子”拖了后腿', null],
    ]);
    expect(entries[1].text).toContain('（2009年10月，共采集水样30份）');
  });
});

describe('kinds: short profiles signed by their reporters in brackets (set wq of other papers’ pages)', () => {
  it('某某：…… after a profile closed by （本报通讯员　某　某） heads the next profile, never a paragraph of the one above', () => {
    const text = [
      '服务区里的“女掌柜”',
      '葛穗：让每一位过客都有回家的感觉',
      '',
      '本报通讯员　葛　佳',
      '',
      '在青禾高速公路服务区，经理葛穗有个习惯：每天都要亲自检查一遍卫生间。',
      '',
      '“来来往往的都是过客，但我们想让每个人都有回家的感觉。”葛穗说。',
      '',
      '隧道里的“夜行者”',
      '',
      '3月9日深夜，青禾高速公路养护中心工人在隧道内检修照明设施。',
      '',
      '本报记者　柯　枳　摄',
      '',
      '交通群英谱',
      '柯远山：桥梁检测二十年零差错',
      '',
      '市公路桥梁检测站高级工程师柯远山从事桥梁检测二十年，累计检测桥梁1600余座次，出具的报告无一差错。（本报通讯员　葛　佳）',
      '',
      '葛小燕：收费站里的“活地图”',
      '',
      '青禾东收费站收费员葛小燕熟悉全省高速公路线路，常为迷路的司机画“路线图”，一年要画上千张。（本报记者　柯　枳）',
      '',
      '责任编辑：覃　越',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    // (The first piece's undashed subheadline is read as its headline, its headline as the kicker: a kind left as it is.)
    expect(entries.map((e) => e.headline).slice(2)).toEqual(['柯远山：桥梁检测二十年零差错', '葛小燕：收费站里的“活地图”']);
    expect(entries).toHaveLength(4);
  });
});

describe('kinds: a column’s short name over a headline giving a figure (set wq of other papers’ pages)', () => {
  it('数据快递 over 1月全市公路货运量同比增长5.3% is the kicker over the headline, not a headline over its subheadline', () => {
    const text = [
      '数据快递',
      '1月全市公路货运量同比增长5.3%',
      '　　本报讯　据市统计局数据，1月全市完成公路货运量1862万吨，同比增长5.3%。',
      '全市农村公路总里程达7856公里',
      '　　本报讯（通讯员　柯　枳）截至2024年底，全市农村公路总里程达到7856公里。',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline, e.subheadline])).toEqual([
      ['数据快递', '1月全市公路货运量同比增长5.3%', null],
      [null, '全市农村公路总里程达7856公里', null],
    ]);
  });
});

describe('kinds: a day’s name as the kicker after a box closed by its credits (set yo of other papers’ pages)', () => {
  it('……本版制图：某　某 / 6月6日　全国爱眼日 / 小手绘出“明亮世界” is a kicker over the next piece’s headline, never the box’s last row', () => {
    const text = [
      '操场上的“远眺课”',
      '　　6月5日，青禾市滨湖小学的学生在操场上进行远眺练习。该校每天上午大课间安排5分钟远眺。',
      '　　晚报记者　郜　岩　摄',
      '',
      '　　6月4日，青禾市眼科医院的医生在新城社区为小朋友检查视力。',
      '　　晚报记者　龙　沚　摄',
      '',
      '数说',
      '青禾市学生视力状况',
      '　　■　其中小学生：28.3%',
      '　　■　初中生：61.7%',
      '　　（数据来源：青禾市教育局）',
      '　　本版制图：蒲　渌',
      '6月6日　全国爱眼日',
      '小手绘出“明亮世界”',
      '　　6月5日，青禾市阳光幼儿园的小朋友们用画笔描绘心中的“明亮世界”。',
      '　　晚报通讯员　贺　滢　摄',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline]).slice(2)).toEqual([
      ['数说', '青禾市学生视力状况'],
      ['6月6日　全国爱眼日', '小手绘出“明亮世界”'],
    ]);
  });

  it('a photo story’s last caption / 1月5日　小寒 / 冰河拔河赛: the day’s name is the next picture’s kicker, never the caption’s last line', () => {
    const text = [
      '冰雕师的冬天',
      '　　文／图　本报记者　禤　丹',
      '　　①12月26日，冰雕师在冰墙上放样画线。',
      '　　②1月4日晚，完工的冰雕作品在灯光映照下晶莹剔透。',
      '1月5日　小寒',
      '冰河拔河赛',
      '　　1月5日，青禾市第三中学的学生在冰面上进行拔河比赛。',
      '　　本报记者　禤　丹　摄',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => [e.kicker, e.headline])).toEqual([
      [null, '冰雕师的冬天'],
      ['1月5日　小寒', '冰河拔河赛'],
    ]);
  });
});

describe('kinds: a follow-up column’s name over its headline (set yl of other papers’ pages)', () => {
  it('回音壁 / 记者回访 / 热线回音 over a headline after a reader’s picture is the column over the headline, never a headline over its subheadline', () => {
    for (const name of ['回音壁', '记者回访', '热线回音']) {
      const text = [
        '读者柯先生发来照片：8月20日，城西一家门店门口排起长队，不少老人在等着领免费鸡蛋。',
        '',
        '读者　柯立新　供图',
        '',
        name,
        '“养生讲座”门店已被查处',
        '',
        '本报8月10日刊登读者来信《母亲迷上了“养生讲座”》后，市市场监管局立即组织核查。',
        '',
        '市市场监督管理局回复：经调查，该门店存在虚假宣传行为，已依法立案查处。',
        '',
      ].join('\n');
      const entries = entriesOf(ingest({ text, header: false }));
      expect(entries.map((e) => [e.kicker ?? e.column, e.headline, e.subheadline]), name).toEqual([
        [null, null, null],
        [name, '“养生讲座”门店已被查处', null],
      ]);
    }
  });
});

describe('kinds: a doctor’s line under a headline with a comma, after a piece its reporter wrote up (set yj of other papers’ pages)', () => {
  it('……（本报记者　某　某整理） / 产后情绪低落，家人要留心 / 某市妇幼保健院心理科主任医师　某　某 / text: the doctor’s line is the byline, the line above the headline', () => {
    const text = [
      '问：产后多久可以开始运动？',
      '',
      '答：顺产的妈妈一般产后一周左右可以做些轻柔的活动，剖宫产的要等伤口愈合。',
      '',
      '（本报记者　柯　汐整理）',
      '',
      '产后情绪低落，家人和月嫂都要留心',
      '',
      '青禾市妇幼保健院心理科主任医师　葛　漪',
      '',
      '不少产妇在生完孩子后会出现情绪低落、爱哭、烦躁等情况，多数在两周内自行缓解。',
      '',
      '如果低落持续两周以上，就要及时到医院就诊。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual([null, '产后情绪低落，家人和月嫂都要留心']);
    expect(entries[1].text).toContain(squeeze('心理科主任医师　葛　漪'));
  });
});

describe('kinds: a cartoon titled after 漫画： over its artist’s credit (set yd of other papers’ pages)', () => {
  it('漫画：公园“看得见进不去” / 某　某　作 after a signed comment is a piece of its own; 漫画：某　某 still credits the artist', () => {
    const text = [
      '口袋公园别再“围”起来',
      '　　有的口袋公园四周用栏杆围得严严实实，只留一个小门，晚上还上锁。拆掉不必要的围挡，这才叫“还园于民”。（柯　峤）',
      '漫画：公园“看得见进不去”',
      '　　葛　砚　作',
      '专家视点',
      '微更新需要“慢功夫”',
      '　　□　晁　明',
      '　　口袋公园建得快，用得好却要慢慢来。',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['口袋公园别再“围”起来', '漫画：公园“看得见进不去”', '微更新需要“慢功夫”']);
    expect(entries[1].text).toContain(squeeze('葛　砚　作'));
    expect(isClosingLine('漫画：蓝　溪')).toBe(true);
    expect(isClosingLine('插图：甘　棠')).toBe(true);
    expect(isClosingLine('漫画：公园“看得见进不去”')).toBe(false);
  });
});

describe('kinds: a cartoon titled with a comma after a column of readers’ comments signed after a dash (sets yu and xp of other papers’ pages)', () => {
  it('●……。——网友“某某” / 冰层薄，莫冒险 / 某　某　作: the cartoon is a piece of its own, never the comments’ last line', () => {
    const text = [
      '网言网语',
      '　　●冬泳的大爷大妈们，是这个冬天最靓的风景。——网友“青禾河畔”',
      '　　●支持冬泳，也请爱护环境，别把垃圾留在岸边。——网友“晨跑的老郑”',
      '冰层薄，莫冒险',
      '　　葛　澈　作',
      '　　责任编辑：柯　沄',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['网言网语', '冰层薄，莫冒险']);
    expect(entries[0].text).not.toContain(squeeze('冰层薄'));
    expect(entries[1].text).toContain(squeeze('葛　澈　作'));
  });
});

describe('kinds: a figures box’s label over its title (set xu of other papers’ pages)', () => {
  it('数说应急 over 近两年春节期间全市烟花爆竹相关警情 over the table’s rows is the label over the headline (kicker or column), not a headline over its subheadline', () => {
    for (const label of ['数说应急', '数读消防', '图说平安']) {
      const text = [
        '春节期间全市火灾警情同比下降',
        '　　本报讯（记者　柯　远）记者从市消防支队获悉，今年春节期间全市火灾警情同比下降29%。',
        label,
        '近两年春节期间全市烟花爆竹相关警情',
        '　　（单位：起）',
        '　　类别　2014年　2015年',
        '　　火灾　86　61',
        '　　人员受伤　142　97',
        '　　（数据来源：青禾市公安局）',
      ].join('\n');
      const entries = entriesOf(ingest({ text, header: false }));
      // The label is the box's column or its kicker (the truths give it as both), never its headline.
      expect(entries.map((e) => [e.kicker ?? e.column, e.headline, e.subheadline]), label).toEqual([
        [null, '春节期间全市火灾警情同比下降', null],
        [label, '近两年春节期间全市烟花爆竹相关警情', null],
      ]);
    }
  });
});

describe('kinds: the page’s editors led by who gathered its pieces (set wv of other papers’ pages)', () => {
  it('本版组稿：某　某　责任编辑：某　某 after a reader’s photo and its credit closes that piece, never a piece of its own', () => {
    const photo: Printed = {
      kicker: '读者拍客',
      headline: '外婆的果窖',
      paragraphs: ['外婆家的果窖挖在半山腰，一到冬天，满窖都是苹果的香气。', '读者　葛小满　摄', '本版组稿：柯　枳　责任编辑：葛　原'],
    };
    const essay: Printed = { headline: '果园里的春天', paragraphs: ['柯　远', '三月的果园，枝头刚冒出嫩芽，果农们就忙着修剪、施肥。'] };
    for (const layout of ['blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [essay, photo]), header: false })), [essay, photo]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: the page’s editors with who drew its charts (set xz of other papers’ pages)', () => {
  it('本版编辑：某　某　　本版制图：某　某 after a headless photo’s credit closes that photo, never a piece of its own', () => {
    const essay: Printed = { headline: '月饼里的乡愁', paragraphs: ['柯　远', '每年中秋，外婆都会在灶台前做一炉月饼，馅是自家地里的芝麻和花生。'] };
    const photo: Printed = { paragraphs: ['9月26日，青禾火车站，返乡旅客提着月饼礼盒走出站口。', '晚报记者　葛　朗　摄', '本版编辑：柯　宁　　本版制图：葛　岩'] };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const entries = entriesOf(ingest({ text: print(layout, [essay, photo]), header: false }));
      expect(entries.map((e) => e.headline), layout).toEqual(['月饼里的乡愁', null]);
      expect(entries[1].text, layout).toContain(squeeze('本版制图：葛　岩'));
    }
  });
});

describe('kinds: a reader’s letter opening the page, its headline a sentence with a comma (set zb of other papers’ pages)', () => {
  it('学校停了围棋课，孩子很失落 over 编辑同志： heads the letter, never its first paragraph', () => {
    const letter: Printed = {
      headline: '学校停了围棋课，孩子很失落',
      paragraphs: ['编辑同志：', '我的孩子在青禾市城南小学读四年级，这学期学校停了围棋兴趣课，孩子难过了好几天。', '围棋课还能恢复吗？', '青禾市城南区　读者　柯秀英'],
    };
    const reply: Printed = { headline: '城南小学围棋课下学期恢复', subheadline: '——城南区教育局答复读者来信', paragraphs: ['柯秀英同志：', '来信收悉。经了解，城南小学因教师调动暂停了围棋课，下学期将由新聘教师继续开课。'] };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, [letter, reply]), header: false })), [letter, reply]);
      expect(read, layout).toEqual(expected);
    }
  });

  it('a speech’s salutation in two lines (全国同胞们， / 同志们，朋友们：) stays the speech’s first paragraphs', () => {
    const speech: Printed = {
      headline: '在青禾市建市七十周年大会上的讲话',
      subheadline: '（2026年10月1日）',
      paragraphs: ['全国同胞们，', '同志们，朋友们：', '今天，我们在这里隆重集会，庆祝青禾市建市七十周年。', '七十年来，全市人民艰苦奋斗，把一座小县城建成了今天的现代化城市。'],
    };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, [speech]), header: false })), [speech]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a headless photo its feature’s writer gave, after the feature’s author note (set zh of other papers’ pages)', () => {
  it('a caption over 某　某　供图 after （作者系……） is a picture of its own, never the feature’s last paragraphs', () => {
    const feature: Printed = {
      kicker: '藏品鉴赏',
      headline: '青禾书信馆邮票的前世今生',
      paragraphs: ['文／图　柯　蘅', '青禾书信馆邮票发行于清末，存世不多，近年市场上仿品渐多。', '（作者系青禾市集邮协会学术委员会委员）'],
    };
    const photo: Printed = { paragraphs: ['青禾书信馆一分票原票（左）与仿品（右）对比，仿品线条明显较粗。', '柯　蘅　供图'] };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [feature, photo]), header: false })), [feature, photo]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a headline of three parts set apart, its byline under it (set zc of other papers’ pages)', () => {
  it('跟着慢火车去赶集 / 一趟车　一条街　一份生计 / 本报记者　某　某　文／图 is a headline block over its byline, never two rows of a table', () => {
    const photo: Printed = { paragraphs: ['6月23日，青禾南站站台上，旅客冒雨等候列车。', '本报记者　柯　霁　摄'] };
    const feature: Printed = {
      kicker: '跟着慢火车去赶集',
      headline: '一趟车　一条街　一份生计',
      paragraphs: ['本报记者　柯　霁　文／图', '青禾至白沙的慢火车全程96公里，要跑将近三个小时，车上一大半是挑着担子的村民。', '清晨，车厢变成了菜市场，过道上摆满了青菜和鸡蛋。'],
    };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, [photo, feature]), header: false })), [photo, feature]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: listings under a banner, each titled by its place and a colon (set zb of other papers’ pages)', () => {
  it('青禾棋院：新春少儿围棋体验课 over ● rows, then 城市书房：…… over a paragraph: two listings, never one body of rows', () => {
    const report: Printed = {
      headline: '少儿围棋等级赛落幕',
      paragraphs: [
        '本报讯　1月14日，青禾市少儿围棋等级赛落幕，300余名小棋手参赛。',
        '本次比赛分为十个组别，比赛采用积分编排制，每名棋手下满七轮。',
        '市棋类运动协会负责人介绍，近三年全市学棋的少儿人数翻了一番，棋院的周末班常常报满。',
        '（青禾市棋类运动协会供稿）',
      ],
    };
    const lesson: Printed = {
      kicker: '周末去哪儿',
      headline: '青禾棋院：新春少儿围棋体验课',
      paragraphs: ['●时间：1月17日至18日　9:00—11:30', '●地点：青禾棋院二楼（东园路18号）', '●对象：5至10周岁零基础儿童，每场限30人，需提前电话预约：6651207'],
    };
    const reading: Printed = { headline: '城市书房：“棋书共读”亲子活动', paragraphs: ['1月18日下午，青禾图书馆城市书房将举办“棋书共读”亲子活动，邀请棋院教练讲解围棋故事。'] };
    // Where no indent sets the paragraphs off (blank-lines, tight-headlines) a line with a colon reads as text: not yet read.
    for (const layout of ['indented', 'markdown'] as Layout[]) {
      const printed = [report, lesson, reading];
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, printed), header: false })), printed);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a department’s reply signed and dated, then the page’s boxes (set zs of other papers’ pages)', () => {
  it('某某局 / 2008年9月20日 closes the reply: 热线摘登 and 来信须知 under it head boxes of their own, never subheads of the reply', () => {
    const reply: Printed = {
      kicker: '部门回音',
      headline: '关于规范秋收机收作业价格的答复',
      paragraphs: [
        '青禾晚报读者来信版：',
        '贵版9月16日刊登的读者来信《收割机“漫天要价”谁来管》收悉。我局立即组织人员进行了调查，现答复如下：',
        '一、今年我市水稻机收指导价为每亩60至70元，我局已向社会公布。',
        '二、对违约涨价的机手，农户可拨打农机服务热线投诉，我局将依法处理。',
        '感谢贵版和读者对农机工作的关心和监督。',
        '青禾市农机局',
        '2008年9月20日',
      ],
    };
    const hotline: Printed = { headline: '热线摘登', paragraphs: ['■ 城郊读者柯女士来电：村里的机耕路坑坑洼洼，收割机进不了田，能不能修一修？', '答：市交通局回复，该路段已列入今冬农村公路改造计划。'] };
    const notes: Printed = { headline: '来信须知', paragraphs: ['来信请写明真实姓名、详细地址和联系电话，本版将为读者保密。', '热线电话：3361888', '责任编辑：葛　岫'] };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const printed = [reply, hotline, notes];
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, printed), header: false })), printed);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a box of phone numbers after an essay’s author note (set zv of other papers’ pages)', () => {
  it('老年人健康服务电话 / 某某中心　6285120 / …… is a box of the page’s, never the essay’s sidebar', () => {
    const essay: Printed = {
      kicker: '银发故事',
      headline: '我的家庭医生是个“90后”',
      paragraphs: ['□ 柯伯钧', '去年春天，社区卫生服务中心的小葛医生上门来给我们老两口签约。', '如今，小葛医生成了我们家的常客。老伴说，这孩子比亲闺女还贴心。', '（作者系青禾市第三中学退休教师）'],
    };
    const numbers: Printed = { headline: '老年人健康服务电话', paragraphs: ['市老年人健康服务中心　6285120', '市家庭医生签约服务咨询热线　6219056', '急救电话　120'] };
    const brief: Printed = { headline: '全市老人免费体检启动', paragraphs: ['本报讯（通讯员　柯　菡）10月8日，我市65岁以上老年人免费健康体检工作启动。'] };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const printed = [essay, numbers, brief];
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, printed), header: false })), printed);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a column’s call for pictures after a reader’s photo, the page’s editors under it (sets zy and zz of other papers’ pages)', () => {
  it('欢迎读者把……发给我们，投稿邮箱：…… after the photo’s credit, the width cutting its address, is the photo’s, never a headless piece of its own', () => {
    // Wrapped at 13, as a 图片 page prints it: the address runs onto a line of its own, the editors' line over two.
    const text = [
      '河沟保洁员的一天',
      '　　8月2日，青禾市西郊，河',
      '沟保洁员柯大姐冒着高温在河',
      '沟中清理水草。入伏以来，全',
      '市600多名河沟保洁员每天坚',
      '持清理河沟垃圾和水草。',
      '　　晚报记者　葛　漪　摄',
      '读者拍客',
      '家门口的小河变清了',
      '　　我家门前的这条小河沟，',
      '前几年又黑又臭，去年治理后，',
      '河水清了，岸边还种上了花草。',
      '　　读者　柯晓雨　摄',
      '　　欢迎读者把身边的好照片',
      '发给我们，投稿邮箱：pic@',
      'qinghewb.cn',
      '　　本版编辑：葛　涟　图片',
      '编辑：柯　浔',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['河沟保洁员的一天', '家门口的小河变清了']);
    expect(entries[1].text).toContain(squeeze('欢迎读者把身边的好照片发给我们，投稿邮箱：pic@qinghewb.cn'));
    expect(entries[1].text).toContain(squeeze('本版编辑：葛　涟　图片编辑：柯　浔'));
  });
});

describe('kinds: a school head’s line under a headline (set zzb of other papers’ pages)', () => {
  it('某市实验幼儿园园长　某　某 under 专家支招 / 入园前，家长可以做这几件事 is the byline, never a headline-block line', () => {
    const photo: Printed = { paragraphs: ['8月29日，青禾市实验幼儿园，老师在布置新生教室。', '晚报记者　柯　沅　摄'] };
    const advice: Printed = {
      kicker: '专家支招',
      headline: '入园前，家长可以做这几件事',
      paragraphs: ['青禾市实验幼儿园园长　葛　蕙', '●调整作息。入园前两周起，按照幼儿园的时间安排孩子起床、午睡。', '●练习自理。教孩子自己用勺子吃饭、用杯子喝水。'],
    };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const printed = [photo, advice];
      const entries = entriesOf(ingest({ text: print(layout, printed), header: false }));
      expect(entries.map((e) => [e.kicker ?? e.column, e.headline, e.subheadline]), layout).toEqual([
        [null, null, null],
        ['专家支招', '入园前，家长可以做这几件事', null],
      ]);
    }
  });
});

describe('kinds: a figures box’s last row, worded unlike the rows above it, over the next headline (set zzc of other papers’ pages)', () => {
  it('草原植被综合盖度　由38.6%提高到51.2% after 建成牧民定居点　62个 is the box’s last row, never a headline over 十年补奖大事记', () => {
    const box: Printed = {
      kicker: '数读十年',
      headline: '全市草原补奖十年主要数据',
      paragraphs: ['累计发放补奖资金　23.7亿元', '禁牧草原面积　316万亩', '受益牧户　4.3万户', '建成牧民定居点　62个', '草原植被综合盖度　由38.6%提高到51.2%'],
    };
    const timeline: Printed = { headline: '十年补奖大事记', paragraphs: ['2011年　全市启动第一轮草原生态保护补助奖励政策，126万亩草原首批实行禁牧。', '2013年　补奖资金“一卡通”发放在全市推开。'] };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const printed = [box, timeline];
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, printed), header: false })), printed);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: the page’s editors led by its chief editor (set zb of other papers’ pages)', () => {
  it('本版主编：某　某　责任编辑：某　某 after a headless photo’s credit closes that photo, never a piece of its own', () => {
    const essay: Printed = { headline: '棋盘边的冬天', paragraphs: ['柯　远', '巷口的石棋桌边，冬天也围满了人，下棋的不说话，看棋的话最多。'] };
    const photo: Printed = { paragraphs: ['1月10日，青禾市槐荫巷，老棋手和小学生对弈。', '晚报记者　葛　朗　摄', '本版主编：柯　宁　责任编辑：葛　岩'] };
    for (const layout of ['indented', 'blank-lines', 'tight-headlines', 'markdown'] as Layout[]) {
      const entries = entriesOf(ingest({ text: print(layout, [essay, photo]), header: false }));
      expect(entries.map((e) => e.headline), layout).toEqual(['棋盘边的冬天', null]);
      expect(entries[1].text, layout).toContain(squeeze('本版主编：柯　宁　责任编辑：葛　岩'));
    }
  });
});

describe('kinds: a photo story closed by its reporter’s credit for text and pictures (sets wt and wu of other papers’ pages)', () => {
  it('都市报记者　某　某　文/摄 under a story’s numbered captions closes that story, never heads the next piece', () => {
    const story: Printed = {
      kicker: '镜头·守护',
      headline: '陵园里的老兵讲解员',
      paragraphs: ['72岁的柯青山退役前是一名侦察兵，退休后在烈士陵园当起了义务讲解员。', '图①：柯青山在烈士事迹展馆为参观者讲解。', '图②：柯青山每天到陵园后，第一件事是整理纪念碑前的花篮。', '都市报记者　葛　琮　文/摄'],
    };
    const next: Printed = { kicker: '让英名永不褪色——', headline: '志愿者为烈士墓碑描红', paragraphs: ['9月27日，青禾市青年志愿者在西岭烈士陵园为烈士墓碑描红。', '都市报通讯员　柯晓棠　摄'] };
    for (const layout of ['blank-lines', 'markdown'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [story, next]), header: false })), [story, next]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a comment page’s short comments under 街谈巷议, signed at their end (set wz of other papers’ pages)', () => {
  it('街谈巷议 over a comment’s headline, after a comment signed at its top (□ 某　某), opens a piece of its own, and so does each comment after it', () => {
    const text = [
      '一家之言',
      '隧道限速标志该“统一口径”了',
      '　　□ 柯　岩',
      '　　开车穿过城区几条隧道，细心的司机会发现：同样是双向四车道，限速却各不相同。',
      '　　限速是为了安全，但限速标准应当科学、统一、清晰。',
      '街谈巷议',
      '人行天桥别成了“摆设”',
      '　　城东新建的几座人行天桥，造型漂亮，却很少有人走，不少市民宁愿横穿马路。',
      '　　□ 葛　宁',
      '桥梁检测结果不妨晒一晒',
      '　　每年市里都要对桥梁进行检测，可检测结果如何，市民却不得而知。',
      '　　□ 柯　然',
      '网言网语',
      '网友热议“桥梁身份证”',
      '　　近日，我市为城区126座桥梁挂上了“桥梁身份证”，扫码即可查看建成年份和检测记录。',
      '　　@青禾老街坊：每天上班过的桥，终于知道它比我年纪还大了。',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['隧道限速标志该“统一口径”了', '人行天桥别成了“摆设”', '桥梁检测结果不妨晒一晒', '网友热议“桥梁身份证”']);
  });
});

describe('kinds: a child’s painting and its maker’s age (set xd of other papers’ pages)', () => {
  it('我的新牙齿（儿童画） over 某小朵（八岁） is one work, titled so and made by her, never two pieces without text', () => {
    const essay: Printed = { headline: '外婆的牙', paragraphs: ['□ 柯　黛', '外婆六十岁那年，嘴里只剩下七颗牙。她吃饭总是很慢。', '（作者系青禾市第一中学教师）'] };
    const painting: Printed = { headline: '我的新牙齿（儿童画）', paragraphs: ['葛小朵（八岁）'] };
    const review: Printed = { kicker: '书窗', headline: '给孩子讲牙齿的故事', paragraphs: ['□ 柯　苇', '这是一本写给低年级孩子的科普童话。'] };
    for (const layout of ['blank-lines', 'tight-headlines'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [essay, painting, review]), header: false })), [essay, painting, review]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a paper’s call for entries signed by the paper, over a picture (set xe of other papers’ pages)', () => {
  it('某某日报社 after the call’s last term signs it off; the picture under it keeps no headline', () => {
    const text = [
      '“早市的早晨”摄影征稿启事',
      '',
      '为记录城市生活的变化，本报即日起举办“早市的早晨”摄影征稿活动。',
      '',
      '一、征稿时间：即日起至5月31日。',
      '',
      '二、作品要求：以城区早市、便民摊点为题材，须为本人拍摄。',
      '',
      '青禾日报社',
      '',
      '',
      '',
      '4月10日清晨，渔港早市入口处，一名摊主挑着刚收的海鲜赶来出摊。',
      '',
      '本报记者　柯　泓　摄',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['“早市的早晨”摄影征稿启事', null]);
    expect(entries[0].text).toContain('青禾日报社');
  });
});

describe('kinds: a box of phone numbers on a page wrapped at a width (set xg of other papers’ pages)', () => {
  it('a row of a name and a number as whole as the rows over it (某县供电公司　6389015) has ended: 温馨提示 under it is the next box’s kicker', () => {
    const text = [
      '冬季用电小常识',
      '　　天冷了，家里的电暖器、',
      '电热毯用得多了。对电费有',
      '疑问，可向供电营业厅申请',
      '电表校验，校验免费。',
      '供电服务电话',
      '　　青禾供电服务中心　',
      '6328810',
      '　　青东区供电中心　6351207',
      '　　青西区供电中心　6367423',
      '　　青禾县供电公司　6389015',
      '温馨提示',
      '电暖器使用“五注意”',
      '　　■远离窗帘、沙发等可燃',
      '物；',
      '　　■不要在电暖器上覆盖衣',
      '物；',
      '　　■使用时要有人看管。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    // 温馨提示 names a column (提示): the box's column, or its kicker.
    expect(entries.map((e) => [e.kicker ?? e.column ?? null, e.headline])).toEqual([
      [null, '冬季用电小常识'],
      [null, '供电服务电话'],
      ['温馨提示', '电暖器使用“五注意”'],
    ]);
  });
});

describe('kinds: the second poem’s title printed as a name is (set xf of other papers’ pages)', () => {
  it('under 致某某（外一首）, 蝉　声 over verses of its own is the second poem’s title, not a writer’s line; a work’s title (……（中国画）) after the poems heads a piece', () => {
    const poems: Printed = {
      headline: '致烈日下的建筑工人（外一首）',
      paragraphs: ['柯　岩', '你把影子折叠起来', '压在安全帽下面', '七月的钢筋烫手', '汗水落在混凝土上', '城市就长高了一寸', '蝉　声', '整个下午，蝉都在替人喊热', '树荫下的环卫工', '把扫帚靠在树干上', '扫进了黄昏'],
    };
    const painting: Printed = { headline: '山村新雪（中国画）', paragraphs: ['葛令川'] };
    const essay: Printed = { headline: '伏天里的一碗绿豆汤', paragraphs: ['柯　渚', '我们小区门口有家小面馆，老板是一对中年夫妻。每到伏天，门口就摆出一桶免费的绿豆汤。'] };
    for (const layout of ['blank-lines', 'tight-headlines'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [poems, painting, essay]), header: false })), [poems, painting, essay]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a feature’s first subhead right under its lead (sets xk and wu of other papers’ pages)', () => {
  it('under a headline block with a dashed subheadline, a byline or dateline and one paragraph, a short line over more text is the feature’s subhead', () => {
    const feature: Printed = {
      kicker: '聚焦课后服务——',
      headline: '乡镇小学的“课后一小时”',
      subheadline: '——青禾市柳汀镇中心小学课后服务见闻',
      paragraphs: [
        '记者　柯　澈　通讯员　葛宛宁',
        '4月12日下午4时，柳汀镇中心小学的下课铃响了，孩子们没有急着回家，而是走进了各自的兴趣课堂。',
        '非遗进了课堂',
        '柳汀镇素有“竹编之乡”之称。去年秋季学期起，学校请来竹编艺人，每周给孩子们上两节竹编课。',
        '校长葛立新介绍，学校有学生612名，其中四成是留守儿童，课后服务让他们有了去处。',
      ],
    };
    const next: Printed = { kicker: '校园身边人', headline: '退休老教师的“第二讲台”', paragraphs: ['记者　葛　晴', '68岁的退休教师葛文川，每周三下午都会准时出现在柳汀镇中心小学的书法教室。'] };
    for (const layout of ['blank-lines', 'tight-headlines'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, [feature, next]), header: false })), [feature, next]);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a table closed by who gave its figures, and a weather box’s rows with a dash between temperatures (set xm of other papers’ pages)', () => {
  it('a comma headline after （以上信息由……提供，……） heads the Q&A under it; 26日　多云转晴　22℃—31℃ is a row of its box, never a headline', () => {
    const text = [
      '部分营地暑期课程一览',
      '',
      '营地　主题　时间　费用（元/人）',
      '',
      '青禾青少年综合实践营地　自然探索　7月9日—13日　980',
      '',
      '柳陂农耕文化营地　农耕体验　7月16日—18日　460',
      '',
      '市科技馆科创营　科技创新　7月23日—27日　1200',
      '',
      '（以上信息由各营地提供，具体以营地公布为准）',
      '',
      '报名前，这几个问题要问清',
      '',
      '问：孩子只有8岁，能报名住宿营吗？',
      '',
      '答：市教育局有关负责人表示，小学低年级学生自理能力较弱，建议选择走读营。',
      '',
      '（晚报记者　柯　桐　整理）',
      '',
      '未来三天天气',
      '',
      '26日　多云转晴　22℃—31℃',
      '',
      '27日　晴　23℃—33℃',
      '',
      '28日　雷阵雨　22℃—29℃',
      '',
      '青禾市气象台提醒：近期气温较高，外出研学注意防暑。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['部分营地暑期课程一览', '报名前，这几个问题要问清', '未来三天天气']);
    expect(entries[2].text).toContain(squeeze('28日　雷阵雨　22℃—29℃'));
  });
});

describe('kinds: a price table whose header row of words is read as text, each row apart (set xp of other papers’ pages)', () => {
  it('rows of words and figures (明前毛峰　1300　680　降) under 品种　最高价　最低价　较上周 are the table’s lines, never headlines', () => {
    const text = [
      '头茬新茶价格“高开低走”',
      '',
      '晚报讯　记者走访发现，今年明前茶上市早，价格比去年同期略低。',
      '',
      '本周青禾茶叶市场部分品种零售价',
      '',
      '（单位：元/斤）',
      '',
      '品种　最高价　最低价　较上周',
      '',
      '明前毛峰　1300　680　降',
      '',
      '雀舌　900　450　降',
      '',
      '炒青绿茶　260　120　平',
      '',
      '高山红茶　580　300　升',
      '',
      '茶城里的新茶品鉴会',
      '',
      '晚报讯　3月28日，青禾茶城举办新茶品鉴会，20余家茶企参加。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries.map((e) => e.headline)).toEqual(['头茬新茶价格“高开低走”', '本周青禾茶叶市场部分品种零售价', '茶城里的新茶品鉴会']);
    expect(entries[1].text).toContain(squeeze('高山红茶　580　300　升'));
  });
});

describe('kinds: a poll box’s rows, what was chosen and its share (set xn of other papers’ pages)', () => {
  it('1万元以下　18.6% and the rows under it, each standing apart, are the box’s lines, never headlines', () => {
    const text = [
      '晚报调查',
      '你能接受多少彩礼？',
      '',
      '本报近日通过网络对1200名未婚青年进行了调查，结果如下：',
      '',
      '1万元以下　18.6%',
      '',
      '1万至5万元　42.3%',
      '',
      '5万至10万元　27.5%',
      '',
      '10万元以上　11.6%',
      '',
      '（来源：青禾晚报网络调查）',
      '',
      '集体婚礼上的“新风尚”',
      '',
      '晚报讯　5月20日，青禾市民政局举办集体婚礼，30对新人参加。',
      '',
    ].join('\n');
    const entries = entriesOf(ingest({ text, header: false }));
    expect(entries).toHaveLength(2);
    expect(entries[1].headline).toBe('集体婚礼上的“新风尚”');
    for (const row of ['1万元以下　18.6%', '10万元以上　11.6%']) expect(entries[0].text).toContain(squeeze(row));
  });
});

describe('kinds: a board of readers’ questions and replies after a signed feature (set zzzj of other papers’ pages)', () => {
  it('a column’s name over a question (网络问政 / 某某什么时候到账？) and each question over a reader’s question signed at its head (网友“某某”：……) head pieces of their own, never the feature’s subheads', () => {
    const page: Printed[] = [
      {
        kicker: '问政追踪',
        headline: '旧仓库成了“垃圾场”',
        paragraphs: [
          '本报记者　柯　禾',
          '3月2日，本版刊发网友来信，反映城南旧仓库院内堆满垃圾。',
          '垃圾清走了，围墙砌起来了',
          '记者看到，院内的垃圾已经清运完毕，倒塌的围墙重新砌筑。',
          '闲置的仓房怎么用，还没定',
          '仓房建于1960年，2004年撤并后一直闲置，街道正在征求居民意见。',
        ],
      },
      {
        kicker: '网络问政',
        headline: '种粮补贴什么时候到账？',
        paragraphs: ['网友“麦田守望”：我是青禾县黍坪乡农民，去年种了12亩小麦，补贴什么时候能发？', '青禾县财政局回复：今年的种粮补贴将于4月底前通过“一卡通”发放到户。'],
      },
      {
        headline: '晒粮场被占，秋收去哪晒粮？',
        paragraphs: ['网友“老粮农”：我们村的晒粮场被人圈起来堆放建材，已经半年了。', '青禾镇政府回复：经核查，情况属实，镇里已责令占用人限期清理。'],
      },
      {
        headline: '粮库门口大车乱停谁来管？',
        paragraphs: ['网友“城西居民”：西郊粮库门口的运粮大车经常停在人行道上。', '市交警支队回复：我们已安排西郊中队加强该路段巡查。'],
      },
      {
        kicker: '读者来信',
        headline: '农户储粮难，能否帮一把？',
        paragraphs: ['编辑同志：', '我是青禾县柘村的种粮户，每年收的粮食都存在自家屋里，老鼠多，损耗大。', '青禾县柘村　隗长顺'],
      },
    ];
    // Where every line stands apart (blank-lines here) a banner alone over a question is read as the headline over its
    // subheadline; the pieces come apart all the same.
    for (const layout of LAYOUTS) {
      const { read, expected } = compare(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      const pieces = (rows: typeof read) => rows.map((r) => [r.lacks, r.holdsOthers]);
      expect(pieces(read), layout).toEqual(pieces(expected));
      if (layout !== 'blank-lines') expect(read.map((r) => r.headline), layout).toEqual(expected.map((r) => r.headline));
    }
  });
});

describe('kinds: a work’s caption with its kind in brackets after the title, its maker on the same line (sets zzz, zzzl of other papers’ pages)', () => {
  it('年年有余（国画）　某　某 after a poem’s last verse is a picture of its own with no headline, never a verse or the headline of the verse above it', () => {
    const page: Printed[] = [
      { headline: '腊月', paragraphs: ['□  柯  远', '腊月是一把剪刀', '剪出窗花，剪出灯笼', '剪出一条回家的路', '一直延伸到村口的老槐树下'] },
      { paragraphs: ['年年有余（国画）　卢　潼'] },
      { headline: '年货铺里的老手艺', paragraphs: ['解　舟', '每年进了腊月，老街上的年货铺就热闹起来。', '掌柜的说，这门手艺传了四代。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a letter signed by place and surname with an honorific, the editor’s reply under it (set zzzi of other papers’ pages)', () => {
  it('城北　卜先生 under a reader’s question signs it, and 编者：…… after it is the letter’s reply, never the next piece’s headline and body', () => {
    const page: Printed[] = [
      {
        kicker: '读者之声',
        headline: '茶馆里的“最低消费”该不该收',
        paragraphs: ['近来，我和朋友到城北一家茶馆喝茶，刚坐下服务员就说每人最低消费68元。请问这种做法合理吗？', '城北　卜先生', '编者：经营者设置最低消费，应当事先明确告知消费者；未告知的，消费者有权拒绝。'],
      },
      { headline: '感谢茶社老板娘送我回家', paragraphs: ['编辑同志：', '5月30日傍晚，我在南街一家茶社喝茶时突然头晕，老板娘扶我坐下，又叫伙计把我送回了家。', '读者　宗锡年'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: an illustration’s caption labelled 插图 over its illustrator’s credit (set zzzi of other papers’ pages)', () => {
  it('插图：雨夜来客 / 某　某　绘 after a writer’s note is a picture of its own, its illustrator named, never the note’s text or the next piece’s kicker', () => {
    const page: Printed[] = [
      { headline: '作者简介', paragraphs: ['郁衡，1956年生，青禾人，著有长篇小说《旧巷》等。这部小说是他的新作，本报自8月起连载。'] },
      { paragraphs: ['插图：雨夜来客', '宗　苇　绘'] },
      { kicker: '纪实连载', headline: '老茶馆里的旧时光', paragraphs: ['本报记者　甘　棠', '茶馆开在老街口，已经六十年了。老人们每天清早就来，一壶茶坐到中午。'] },
    ];
    for (const layout of LAYOUTS) {
      const entries = entriesOf(ingest({ text: print(layout, page), header: false }));
      const { read, expected } = grouping(entries, page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: an issuer over the page’s editors, and answers numbered inside a line (sets zzzp, zzzm of other papers’ pages)', () => {
  it('某市教育局 after a list’s last point and over 责任编辑：某　某 signs the piece above, never heads a piece of its own', () => {
    const page: Printed[] = [
      {
        headline: '一堂“消防课”上进了寒假',
        paragraphs: ['本报记者　柯　禾', '1月16日，青禾一中的操场上，消防员手把手教学生使用灭火器，孩子们排着队上前试了一遍又一遍。', '“放假前上这一课，孩子们在家里就多了一分小心。”校长说。'],
      },
      {
        headline: '寒假安全温馨提示',
        paragraphs: [
          '1．不到未经开放的冰面上滑冰、玩耍，不到野外水域游泳；',
          '2．燃放烟花爆竹要有大人陪同，远离易燃物品和人群密集的地方；',
          '3．合理安排作息，少看手机和电视，每天户外活动不少于两小时。',
          '青禾市教育局',
          '责任编辑：满　瑜',
        ],
      },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });

  it('上期谜底：1．朋　2．旭　3．昌 after （谜底见下期） is the riddles’ text, never a headline', () => {
    const page: Printed[] = [
      { headline: '中秋灯谜', paragraphs: ['1．两个月亮（打一字）', '2．九日（打一字）', '3．半部春秋（打一字）', '（谜底见下期）', '上期谜底：1．朋　2．旭　3．昌'] },
      { headline: '本刊启事', paragraphs: ['本副刊常年征集散文、诗歌，来稿请寄青禾日报副刊部。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a serial’s title spaced to a width over its writer’s mark (set zzzn of other papers’ pages)', () => {
  it('长篇连载 / 醋　娘 / □　某　某: the spaced title is the headline, never a writer’s line; the marked line names the writer', () => {
    const page: Printed[] = [
      { headline: '老醋坊的春天', paragraphs: ['柯　远', '开春以后，老醋坊又忙了起来，一口口醋缸在院子里排成了行。', '醋坊的掌柜说，今年的新醋要到秋天才能出缸。'] },
      { kicker: '长篇连载', headline: '醋　娘', paragraphs: ['□　滕　远', '三十一', '开春的头一场雨下了三天。秀禾站在醋坊门口，看着院子里的缸一口口淋得发亮，心里盘算着今年该投多少料。', '（未完待续）'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a drawing after a serial’s note that it goes on (sets zzzm, zzzq of other papers’ pages)', () => {
  it('（未完待续） / a sentence / 某　某　绘: the sentence and its illustrator’s credit are a picture of their own, never more of the episode', () => {
    const page: Printed[] = [
      { kicker: '长篇小说连载', headline: '白菜窖（四十一）', paragraphs: ['□　滕　远', '入冬的头一场雪落下来，柳金山扛着铁锹去了后院，把去年的白菜窖又挖开了。', '窖口不大，刚好容得下一个人弯腰进去。', '（未完待续）'] },
      { paragraphs: ['柳金山在窖口插上一根高粱秆。', '郗　岚　绘'] },
      { kicker: '作者手记', headline: '写给地窖的一封信', paragraphs: ['柯　远', '小时候，家家户户都有一口菜窖，冬天的白菜、萝卜都靠它。', '如今菜窖少了，可那股土腥味我一直记得。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a credit for the text and the pictures after a picture story’s placed captions (set zzzt of other papers’ pages)', () => {
  it('上图：…… / 下图：…… / 文/图　晚报记者　某　某: both captions and the credit are the story’s, never a picture or a byline of their own', () => {
    const page: Printed[] = [
      { headline: '柿树下的小课堂', paragraphs: ['上图：10月27日，青禾镇中心小学的老师带着学生认识柿树。', '下图：学生们在老师指导下学做柿饼。', '文/图　晚报记者　薛　澄'] },
      { kicker: '读者随手拍', headline: '窗外的柿子', paragraphs: ['家住老城区的读者晏女士发来照片：窗外的柿树结满了柿子，喜鹊落在枝头啄食。', '读者　晏秋萍　摄'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a calligraphy work’s transcription under its caption (set zzzr of other papers’ pages)', () => {
  it('书法　某某 / 释文：三阳开泰千家乐　五谷丰登万户春 is a work with no headline, the transcription its text, never a headline or the next piece’s kicker', () => {
    const page: Printed[] = [
      { headline: '名家挥毫送春联', paragraphs: ['本报讯（记者　柯　禾）2月8日，青禾市书法家协会在人民广场举办送春联活动，二十多位书法家现场挥毫。', '活动现场还设了“春联诊所”，为市民讲解春联对仗、平仄知识。'] },
      { paragraphs: ['书法　阎墨农', '释文：三阳开泰千家乐　五谷丰登万户春'] },
      { kicker: '书家风采', headline: '阎墨农：一笔一画写春风', paragraphs: ['晚报记者　晏　溪', '阎墨农今年七十八岁，写了六十年春联。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a serial’s writer credited with 著 under its title (set zzzx of other papers’ pages)', () => {
  it('长篇小说连载 / 提线人（四十一） / 某　某　著: the credit is the episode’s byline, never a headline that leaves the title empty', () => {
    const page: Printed[] = [
      { kicker: '长篇小说连载', headline: '石板桥（十七）', paragraphs: ['滕　岚　著', '上期提要：秀禾把戏箱押在了渡口。', '天擦黑的时候，雨停了。柳金山蹲在桥头，一锅接一锅地抽烟。', '“爹，那只木偶还能赎回来吗？”秀禾挨着他坐下。', '（未完待续）'] },
      { kicker: '译文连载', headline: '河边的手艺人（三）', paragraphs: ['柯远山　译', '老人把刻刀放进木匣，抬头看了看窗外的雪。', '（未完待续）'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a serial’s drawing captioned with its kind in brackets and its maker on one line (set zzzv of other papers’ pages)', () => {
  it('……（插图）　某　某　作 after an episode is a picture with no headline, never a headline with no text', () => {
    const page: Printed[] = [
      { kicker: '长篇纪实连载', headline: '石板桥上的年轻人（十四）', paragraphs: ['□滕　岚', '开春以后，合作社的栗园里忙了起来，年轻人扛着梯子在树间穿行。', '（未完待续）'] },
      { paragraphs: ['石板桥上的年轻人（插图）　柯　远　作'] },
      { kicker: '小说连载', headline: '老栗树（九）', paragraphs: ['◎晏　川', '那棵老栗树，是爷爷年轻时种下的。', '（待续）'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a folk tale’s collector after a writer’s mark (set zzzv of other papers’ pages)', () => {
  it('民间故事 / 栗子仙（下） / □某　某　搜集整理: the marked line is the tale’s byline, never its headline', () => {
    const page: Printed[] = [
      { kicker: '民间故事', headline: '石磨仙（下）', paragraphs: ['□滕　远　搜集整理', '老汉推着石磨转了三圈，磨眼里竟淌出了白花花的米。', '从那以后，村里人都说，石磨里住着一位仙人。'] },
      { kicker: '读者热线', headline: '《石磨仙》将结集出版', paragraphs: ['本报讯　记者从市文联获悉，本报连载的民间故事将于年内结集出版。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a classified page’s categories under its banner (set zzzv of other papers’ pages)', () => {
  it('■……电话：7319843 / 求购 / ■……联系人：某先生 / 招聘: each category heads its own items, never the last words of an advertisement', () => {
    const page: Printed[] = [
      { kicker: '分类广告', headline: '供应', paragraphs: ['■出售核桃专用剪枝锯、高枝剪，批发零售。东关农资市场B区12号。电话：7356021', '■优质腐熟羊粪有机肥，适合果园春季施肥，量大从优。电话：7319843'] },
      { headline: '求购', paragraphs: ['■常年求购核桃仁，现款结算，价格面议。电话：7345510', '■求购二手核桃脱皮机一台，八成新以上。电话：7302276　联系人：柯先生'] },
      { headline: '招聘', paragraphs: ['■东山核桃专业合作社招聘果园管理员3名，懂嫁接、修剪者优先。电话：7380917'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: told accounts under one banner (set zzzw of other papers’ pages)', () => {
  it('一线声音 / “……” / 口述：…… / 整理：…… twice: the second quoted title heads an account of its own, never a subhead of the first', () => {
    const page: Printed[] = [
      { kicker: '对话', headline: '“快递进村”，最后一公里怎么走', subheadline: '——访市邮政管理局局长柯宏', paragraphs: ['本报记者　晏　舟', '记者：全市快递进村走到哪一步了？', '柯宏：全市建制村快递服务覆盖率已经达到79%，年底前要实现全覆盖。', '记者：村里的服务点设在哪里？', '柯宏：每个村设一个服务点，多数设在村里的小超市或村委会，村民下地回来顺路就取了。'] },
      { kicker: '一线声音', headline: '“村里人都认得我的车”', paragraphs: ['口述：市邮政分公司乡邮投递员　柯建军', '整理：本报记者　滕　澜', '我跑乡邮十四年了，管着龙潭、石桥、上坪三个村。现在一天光包裹就有两百多件。', '村里人都认得我的车，车一停，大人小孩都围过来问：“有我的没有？”'] },
      { headline: '“在村里也能寄土特产了”', paragraphs: ['口述：龙潭村村民　晏桂芳', '整理：本报记者　滕　澜', '我家种了十几亩猕猴桃，去年村里有了服务点，我在网上开了个小店，今年光网上就卖了三千多斤。'] },
      { headline: '数说“快递进村”', paragraphs: ['■全市建制村快递服务覆盖率：79%', '■村级快递服务点：913个', '■今年1—7月农村快递业务量：416万件，同比增长58%', '（数据来源：市邮政管理局）'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a classified advertisement ending on a masked mobile number (set zzzy of other papers’ pages)', () => {
  it('■……电话：155××××0326 / 转让: the category heads its own items, never the number’s last characters', () => {
    const page: Printed[] = [
      { kicker: '分类信息', headline: '招聘', paragraphs: ['■城南早餐店招面点师傅1名，有三年以上经验者优先，待遇面议。电话：155××××0326'] },
      { headline: '转让', paragraphs: ['■九成新电烤炉两台低价转让，可上门看货。电话：138××××4470'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a reader’s photo signed as 拍客 (set zzzy of other papers’ pages)', () => {
  it('拍客天地 / title / caption / 拍客　某　某, twice: each credit closes its photo, never a headline of its own', () => {
    const page: Printed[] = [
      { kicker: '拍客天地', headline: '外婆的面点炉', paragraphs: ['外婆的面点炉用了四十年，炉膛是她亲手用黄泥糊的。每年腊月，她都要在炉前忙上好几天。', '拍客　柯小满'] },
      { headline: '雪落早点摊', paragraphs: ['1月9日，城里迎来入冬第一场雪，城东一处早点摊前依旧热气腾腾。', '拍客　晏　丰'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a reporter’s note with no title of its own after the report (sets zzzze, zzzzb of other papers’ pages)', () => {
  it('…… / 记者手记 / text: the label heads a piece of its own, never a subhead at the report’s end', () => {
    const page: Printed[] = [
      { kicker: '城事', headline: '老巷子开出第七家茶饮店', paragraphs: ['本报讯（记者　柯　澄）槐荫巷不到三百米，如今开了七家茶饮店，傍晚时分排队的年轻人挤满了巷口。', '记者了解到，所在社区已收到居民反映，正与商户商量错峰经营。'] },
      { headline: '记者手记', paragraphs: ['一条老巷子，七家茶饮店，是好事还是难事？热闹来了，居民的安宁也要顾及。', '（柯　澄）'] },
      { kicker: '城事速递', headline: '东关路口新添两处非机动车停放区', paragraphs: ['本报讯　东关路口新划设两处非机动车停放区，可停放电动车200余辆。'] },
    ];
    // Where every line of the page stands apart between blank lines, kickers included, the label still reads as the report's
    // last section, as 6 truths read such a label (a section of the report) against 16 that read it as a piece's headline.
    for (const layout of LAYOUTS.filter((l) => l !== 'blank-lines')) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a headless picture credited 特约摄影　某　某 or 某某/摄 (sets zzzzf, zzzzd of other papers’ pages)', () => {
  it('a caption over 特约摄影　某　某 or 本报记者　某某某/摄 is a picture of its own, never the text of the piece above', () => {
    const page: Printed[] = [
      { headline: '旧磨新景', paragraphs: ['村口的老石磨修缮一新，成了游客拍照的打卡点。', '本报记者　柯　澄　摄'] },
      { paragraphs: ['11月20日，磨坊街的老师傅在给新磨盘凿齿。', '特约摄影　晏　星'] },
      { kicker: '质量抽检', headline: '市场监管部门抽检枣制品32批次', paragraphs: ['本报讯　市市场监管局近日对全市枣制品开展专项抽检，32批次样品全部合格。'] },
      { paragraphs: ['9月28日，市民在城区一家超市选购新上市的红枣。', '本报记者　滕一鸣/摄'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a reporter’s note after a headed picture (set zzzzb of other papers’ pages)', () => {
  it('…… / a picture’s headline, caption and 本报记者　某　某　摄 / 记者手记 / text: the note heads a piece of its own, never the picture’s text', () => {
    const page: Printed[] = [
      { kicker: '赛事', headline: '热气球赛开幕', paragraphs: ['本报讯（记者　柯　瑶）8月22日，全市热气球邀请赛开幕，20余只热气球参赛。'] },
      { headline: '江上飞', paragraphs: ['8月22日清晨，参赛热气球从江面上空飞过。', '本报记者　柯　瑶　摄'] },
      { headline: '记者手记', paragraphs: ['凌晨4点半，体育公园里已经灯火通明。地勤人员在草地上铺开球囊，等着风停。', '很多人以为热气球比赛拼的是运气，跟着比赛跑了一天才知道，拼的是耐心。'] },
    ];
    for (const layout of LAYOUTS.filter((l) => l !== 'blank-lines')) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a child’s drawing captioned with its school and grade (set zzzzf of other papers’ pages)', () => {
  it('《……》（绘画）　某市实验小学五年级　某某某 after a child’s poem is a picture of its own, never the poem’s last line', () => {
    const page: Printed[] = [
      { headline: '石磨爷爷', paragraphs: ['青禾路小学四年级　柯　乐', '石磨爷爷，', '你转了多少年？', '转出了白白的面，', '转出了香香的饭。'] },
      { paragraphs: ['《石磨转呀转》（绘画）　青禾市第二实验小学五年级　晏小满'] },
      { kicker: '小记者在行动', headline: '我们去磨坊街', paragraphs: ['本报讯　6月1日，20名小记者走进磨坊街，跟着老师傅学推磨。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a classified page’s category between advertisements where headline blocks print together (set zzzzc of other papers’ pages)', () => {
  it('分类信息 / 招聘 / ■……电话：0469-7713308 / 转让 / ■……: the category heads its own items, never a subhead of the one above', () => {
    const page: Printed[] = [
      { kicker: '开业酬宾', headline: '青禾羊肉专卖店盛大开业', paragraphs: ['开业期间，凡在本店购买羊肉满100元，赠送羊肉汤料一袋。', '订购电话：0469-7732561'] },
      { kicker: '分类信息', headline: '招聘', paragraphs: ['■青禾羊肉馆因扩大经营，诚聘厨师2名、服务员5名，包吃住，待遇面议。电话：13947703621', '■青禾市兴牧肉食品有限公司招聘分割工10名，年龄45岁以下。电话：0469-7713308'] },
      { headline: '转让', paragraphs: ['■因本人另有发展，位于东风路的火锅店（营业面积160平方米）整体转让，可直接营业。电话：15904781296'] },
      { headline: '遗失声明', paragraphs: ['■青禾市鲁家羊肉馆遗失营业执照副本，声明作废。', '■柯宏伟遗失动物检疫合格证明一份，编号：1500123456，声明作废。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: the news hotline over the page’s editors at its foot (set zzzzg of other papers’ pages)', () => {
  it('…（晚报记者　某　某） / 本报新闻热线：87216110 / 责任编辑：…: the hotline closes the page with its editors, never a piece of its own', () => {
    const page: Printed[] = [
      { kicker: '晚报热线', headline: '巷口咖啡摊占道　城管上门劝导', paragraphs: ['市民柯女士反映，鼓楼巷口一家咖啡摊把桌椅摆上了人行道。', '记者随即联系了运河街道城管中队，执法人员当天上门劝导，摊主已将桌椅收回店内。', '（晚报记者　晏　楠）', '本报新闻热线：87216110', '责任编辑：滕　澄　版式：柯　露'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a serial’s mailbox of readers’ letters signed after a dash with a place in brackets (set zzzzh of other papers’ pages)', () => {
  it('……早点回来？——读者　某某某（东城区） is the letter’s text, never a headline with a column', () => {
    const page: Printed[] = [
      { kicker: '连载信箱', headline: '盼着二丫早点回家', paragraphs: ['每天拿到报纸先翻第十一版。看到老孙头在门口等了三年，我都掉眼泪了。作者能不能让二丫早点回来？——读者　柯春华（东城区）', '编辑：您的心愿我们已转告作者。'] },
      { kicker: '下期预告', headline: '陌生女人说出了真相', paragraphs: ['陌生女人终于说出了二丫这三年的遭遇，老孙头听完，半天没说话。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a told account credited with slashes (set zzzzh of other papers’ pages)', () => {
  it('纪实连载 / title / ——subheadline / 口述/某某某　整理/本报记者　某　某: the credit opens the account’s text, never a headline of its own', () => {
    const page: Printed[] = [
      { kicker: '纪实连载', headline: '一条老街的甜味记忆（5）', subheadline: '——柯家胡同糖葫芦手艺人口述', paragraphs: ['口述/柯德贵　整理/本报记者　晏　蓉', '我十二岁跟着父亲学熬糖，那时候胡同里有七八家做糖葫芦的。', '熬糖最要紧的是火候，火大了发苦，火小了不脆。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a classified advertisement ending on its number and the contact’s surname (set zzzzg of other papers’ pages)', () => {
  it('■……电话：6712058　某先生 / 二手咖啡设备低价出售 / ■……: the next headline heads its own item, never the contact’s last words', () => {
    const page: Printed[] = [
      { kicker: '分类广告', headline: '招聘', paragraphs: ['■鼓楼巷咖啡馆招聘咖啡师2名，有经验者优先，待遇面议。电话：6712058　柯先生'] },
      { headline: '二手咖啡设备低价出售', paragraphs: ['■九成新半自动咖啡机一台、磨豆机两台，因店铺转型低价出售。电话：6730912　晏女士'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: briefs under a banner, the first opening with its dateline (set zzzzp of other papers’ pages)', () => {
  it('文化快讯 / title / 本报讯…… / title / ……咨询电话：3326418。 / title / ……: each title heads a brief of its own, never a subhead of the one above', () => {
    const page: Printed[] = [
      { kicker: '文化快讯', headline: '“唢呐进剧场”系列演出开票', paragraphs: ['本报讯　由青禾市文化馆主办的“唢呐进剧场”系列演出将于10月1日至7日在市文化艺术中心上演，门票即日起开售。'] },
      { headline: '市民乐团招募业余唢呐手', paragraphs: ['青禾市民乐团近日面向社会招募业余唢呐演奏员五名，有一定演奏基础者均可报名，咨询电话：3326418。'] },
      { headline: '唢呐与管子讲座周六开讲', paragraphs: ['9月24日上午9时，省艺术研究院研究员柯云川将在市图书馆报告厅作专题讲座，市民可免费入场。', '本版编辑：晏　菁'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a county page’s briefs titled by their place and signed by names alone (set zzzzo of other papers’ pages)', () => {
  it('县区传真 / 白沙县：…… / ……。（柯　明） / 东河区：…… / ……。（晏　露　柯　晓）: each place title heads a brief of its own', () => {
    const page: Printed[] = [
      { kicker: '县区传真', headline: '白沙县：年糕作坊统一换证', paragraphs: ['白沙县近日为全县四十一家年糕作坊统一换发食品生产许可证，五家条件不达标的作坊暂缓换证。（柯　明）'] },
      { headline: '东河区：电商卖出年糕三万箱', paragraphs: ['东河区农民专业合作社去年底开设网上店铺，截至1月15日已卖出真空包装年糕三万余箱。（晏　露　柯　晓）'] },
    ];
    // Where every line stands apart, nothing tells such a title from a run-in subhead (set bb's 街道动态): the rule reads indents.
    for (const layout of ['indented'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: the editor’s reply opening 编辑： after a reader’s signature (set zzzzq of other papers’ pages)', () => {
  it('…… / 读者　某　某 / 编辑：谢谢您的来信。…… is the letter’s piece, never a piece of its own', () => {
    const page: Printed[] = [
      { kicker: '连载回音', headline: '“驼道”勾起我的回忆', paragraphs: ['编辑同志：', '我是一名退休教师，每期都追着看《最后的骆驼客》，想起小时候跟着父亲赶驼的日子。', '读者　柯　庆', '编辑：谢谢您的来信。您的意见我们已转给作者，请继续关注。'] },
      { headline: '下期预告', paragraphs: ['老驼客在黑井子遇上了沙暴，驼队能否平安走出戈壁？敬请关注。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a serial’s drawing captioned as its illustration, its maker on the next line (set zzzzo of other papers’ pages)', () => {
  it('……（未完待续） / 《某某》第三十七回插图 / 某某某　绘: a picture with no headline, never a headline over an entry of its maker', () => {
    const page: Printed[] = [
      { kicker: '长篇连载', headline: '糕坊记', subheadline: '第三十七回　雪夜打糕', paragraphs: ['那一夜雪下得紧，巷子里的灯笼都被风吹灭了。', '后半夜，门外忽然有人拍门，秀姑擦擦手去开。', '（未完待续）'] },
      { paragraphs: ['《糕坊记》第三十七回插图', '柯小棠　绘'] },
      { kicker: '读者回音', headline: '盼着看秀姑的结局', paragraphs: ['每天早上拿到报纸，第一件事就是翻到连载版，盼着看秀姑的结局。——读者　晏　明'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a box’s items opening with circled numbers and ending in brackets (set zzzzp of other papers’ pages)', () => {
  it('独奏会曲目 / ①《坡上花》（传统曲牌） / ②…… / ③…… / ④……: the box’s text, never four headlines with their brackets as columns', () => {
    const page: Printed[] = [
      { headline: '嘉宾简介', paragraphs: ['柯秋声，1977年生于青禾县北坡村，青年唢呐演奏家，现任青禾民族乐团唢呐首席。'] },
      { headline: '独奏会曲目', paragraphs: ['①《坡上花》（传统曲牌，柯秋声改编）', '②《山村的早晨》（柯秋声曲）', '③《北坡小调》（传统曲牌）', '④《远方》（唢呐与乐队，晏　岚曲）'] },
      { kicker: '记者手记', headline: '他的唢呐里有泥土味', paragraphs: ['采访结束时，柯秋声拿出一支旧唢呐，杆身已经磨得发亮。', '（晏　薇）'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: readers’ letters each signed after a dash under one banner (set zzzzo of other papers’ pages)', () => {
  it('读者回音 / title / ……捏一把汗。——读者　某某某 / title / ……: each title heads a letter of its own, never a subhead of the one above', () => {
    const page: Printed[] = [
      { kicker: '纪实连载', headline: '青禾老字号往事', subheadline: '——嘉泰年糕庄的百年沉浮（十二）', paragraphs: ['文/柯明岳', '一张老账单', '去年秋天，嘉泰年糕庄第四代传人柯守义翻出一张民国时的老账单，上面记着十七户人家赊欠的年糕钱。', '石臼去了哪里', '嘉泰年糕庄最出名的，是店堂里那口青石臼。柯守义这些年一直在打听它的下落。', '（未完待续）'] },
      { headline: '作者简介', paragraphs: ['柯明岳，1958年生，青禾市地方志办公室退休干部，长期从事地方史研究。'] },
      { kicker: '读者回音', headline: '盼着看秀姑的结局', paragraphs: ['每天早上拿到报纸，第一件事就是翻到连载版看《糕坊记》。秀姑这姑娘太倔了，真替她捏一把汗。——读者　柯玉兰'] },
      { headline: '老账单勾起回忆', paragraphs: ['读了《青禾老字号往事》，想起小时候跟着外婆去买桂花糕，一排人站在雪地里等，手都冻红了。——读者　晏建国'] },
      { headline: '下期预告', paragraphs: ['《糕坊记》第三十八回“周家来客”：周家大少爷深夜登门，所为何事？敬请关注。', '责任编辑：柯　婕'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a table’s last row holding a word for no figure (set zzzzu of other papers’ pages)', () => {
  it('……　35 / 抄网　不限 / （来源：……）: the table’s row and its source, never a headline over the source', () => {
    const page: Printed[] = [
      { headline: '青禾市常见网具最小网目尺寸', paragraphs: ['（单位：毫米）', '网具种类　最小网目尺寸', '单层刺网　50', '三重刺网（内网）　50', '定置张网　35', '抄网　不限', '（来源：市农业农村局）'] },
      { headline: '关于开展废旧渔网有偿回收的公告', paragraphs: ['为减少废旧渔网对水域环境的污染，市供销合作社即日起开展废旧渔网有偿回收。', '特此公告。', '青禾市供销合作社', '2024年2月26日'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: the editor’s reply labelled 编辑回复： after a letter’s signature line (set zzzzs of other papers’ pages)', () => {
  it('编辑同志： / …… / 东关街道居民　某某某 / 编辑回复：某某同志，…… is the letter’s piece, never a piece of its own', () => {
    const page: Printed[] = [
      { kicker: '来信选登', headline: '老井旁的垃圾站能否挪一挪', paragraphs: ['编辑同志：', '我家住在东关街老井巷，巷口的垃圾站紧挨着百年老井，夏天气味很大，能否挪到别处？', '东关街道居民　柯建平', '编辑回复：柯建平同志，您反映的问题已转交市城管局和东关街道办事处，答复将在本版刊登，请您留意。'] },
      { headline: '下期话题', paragraphs: ['老井该不该重新启用？欢迎来信谈谈您的看法。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a woodcut captioned with two kinds in its brackets (set zzzzs of other papers’ pages)', () => {
  it('poem / 井台（木刻版画）　某某某: a picture with no headline, never the poem’s last line', () => {
    const page: Printed[] = [
      { headline: '井绳', paragraphs: ['□　晏　川', '井绳一圈一圈', '缠住了祖父的清晨', '也缠住了我回不去的童年'] },
      { paragraphs: ['井台（木刻版画）　柯一苇'] },
      { headline: '老井记', paragraphs: ['老家的院子里有一口井，井台是青石砌的，被绳子磨出了一道道深槽。'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a reporter’s note after a report where headline blocks print tight (set zzzzs of other papers’ pages)', () => {
  it('…… / 记者手记 / ……: a piece of its own, never the report’s last section', () => {
    const page: Printed[] = [
      { headline: '一口老井引出的邻里纠纷', paragraphs: ['■本报记者　晏雨桐', '一口老井，两户人家，吵了整整一个夏天。', '井该不该封', '这口井位于青禾市西街37号院内，是两户人家共用的老井。', '调解员三次上门', '西街社区调解员柯兰芝得知情况后，先后三次上门调解。', '如今，井口盖上了结实的井盖，两家人又有说有笑了。'] },
      { headline: '记者手记', paragraphs: ['城里的老井越来越少，围绕老井的故事却不少。一口井，照见的是邻里之间的情分。'] },
      { kicker: '社区故事', headline: '老井边的“夜话会”', paragraphs: ['每到夏夜，老井边总会聚起十几位老人，摇着蒲扇说古论今。'] },
    ];
    for (const layout of ['tight-headlines'] as Layout[]) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});

describe('kinds: a serial’s writer after a white mark with 著, and a retold serial’s writer and teller (set zzzzv of other papers’ pages)', () => {
  it('长篇连载 / title / □　某某某　著 / 第十一章…… and 纪实连载 / title / 文/某某某　口述/某某某: each the byline, never a banner or a headline', () => {
    const page: Printed[] = [
      { kicker: '长篇连载', headline: '剃头街（37）', paragraphs: ['□　柯秋石　著', '第十一章　腊月里的头一刀', '腊月初八一早，剃头街上的铺子陆续卸下了门板。', '（未完待续）'] },
      { kicker: '纪实连载', headline: '老城剃头铺百年记（12）', paragraphs: ['文/晏一鸣　口述/柯老根', '我十四岁进铺子当学徒，头三年只许扫地、烧水、磨刀。', '（未完待续）'] },
    ];
    for (const layout of LAYOUTS) {
      const { read, expected } = grouping(entriesOf(ingest({ text: print(layout, page), header: false })), page);
      expect(read, layout).toEqual(expected);
    }
  });
});
