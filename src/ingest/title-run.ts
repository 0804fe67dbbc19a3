/**
 * How a run of headline-block lines reads: column banner(s) 栏目, kicker 引题, headline 主题,
 * subheadline 副题. Pure; one run at a time (the blocks stage finds the runs, the items stage
 * decides what they head).
 *
 * The rules, and where they come from:
 * - Banners come first: a marked line (■ 政务动态), three or more short words
 *   (学思想 强党性 重实践 建新功), a short series name with · (新时代新征程·“枫桥经验”新实践), all
 *   seen on the archive's own front pages; or a first line of at most five characters that
 *   reads as a column name (聚焦文博会) over a kicker-less headline. A line ending in a column
 *   tag, in ——, or in ： is never a banner: it is a headline or a kicker.
 * - A subheadline is the last line when it starts with ——, is wholly in brackets
 *   (（2021年3月8日）), names who presided or attended (卢东亮主持并讲话 姚鸿波出席), or comes
 *   after a headline that carries a column tag (…（人民时评）), which only headlines carry.
 * - A line marked `#` is the headline; where several are marked (a kicker marked too, as the
 *   archive's own pages do), the last of them.
 * - Of two remaining lines the first is the kicker (kickers are twice as common as
 *   subheadlines without —— on the rmrb-2019 corpus: 346 against about 60), unless the first
 *   carries the column tag; `kicker——headline` on one line is split.
 */
import { isSubheadlineLine, type TitleLine } from './blocks.ts';
import { simplifiedForReading } from './fold.ts';
import {
  columnTag,
  isDashSubheadline,
  isWorkTitle,
  looksLikeBanner,
  markedBanner,
  spacedHalves,
  splitKickerHeadline,
} from './patterns.ts';

/** How a run of title lines reads: banner(s), kicker, headline, subheadline. */
export interface TitleReading {
  columns: string[];
  /** The banner was marked (■ 政务动态): it heads every item until the next banner. */
  markedColumn: boolean;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  lines: number[];
}

/**
 * Short column names: 聚焦文博会, 关注春运, 两会快讯, 科技简讯, 环球速览, 体坛快评, 记者手记, 专家观点,
 * 湘江夜读, 新书推荐, and a 副刊's or comment page's labels (诗歌, 散文, 社论). Other papers' pages, sets b–f;
 * a county paper's 镇街传真, a 政协 page's 委员建言 and a 健康 page's 健康提醒 (健康提示, set e), set g;
 * a 周刊's 小贴士 box (set av).
 * The words naming a kind of column added from sets g and h (民生关注, 热线追踪, 校园传真, 以案说法,
 * 国际短讯, 文体短波, 健康提醒, 名医坐诊, 长篇连载, 读者论坛, 江南小品, 专家支招, 理论前沿) took no
 * headline block from any set or from rmrb-2019, none of whose 353 kickers ends in one.
 * A service or advice column's name (房产资讯, 文化资讯, 家长课堂, 用车课堂, 医生说: a role and 说) and
 * 老照片, over one item as over several: sets u, w, x and y print 12 such labels, every one a column in
 * their truths; no kicker of any truth, nor of rmrb-2019's, reads so. A box's name (相关链接, 周末天气) is
 * a column in sets a, c, u, x, y and aa; set v's tester alone read one (新报天气) as a kicker. A reporter's
 * help desk (记者帮办, 记者帮你问) is a column under a printed header in sets j, o and r.
 * 图片新闻 over a photo's own headline is its column (sets ab, e); alone it is the headline (set f),
 * as rmrb-2019's 图片报道 always is (a banner alone heads what follows only where a headline does).
 * A comment page's 街谈巷议 and 一家之言: in the truths of all sets 110 kickers and 201 columns, no headline (set wz: over a
 * short comment signed at its end, 某某 / 街谈巷议 / ……, read as the piece above's subheads).
 * A follow-up column (回音壁, 热线回音, 记者回访): in the truths 75 kickers and 82 columns; of the 7 headlines so ended, 6 name a
 * box over its ● or ■ rows (本周热线回音), read so all the same (set yl).
 */
const COLUMN_NAME =
  /^(聚焦|关注|直击|走进|对话|解读|透视|点击|纵览)|(快讯|简讯|简报|短讯|短波|速递|速览|动态|专栏|视点|直击|纵横|一线|观察|快评|短评|时评|热评|手记|预告|观点|扫描|夜读|推荐|书架|漫谈|漫笔|随笔|杂谈|茶座|新语|走笔|关注|追踪|回音|回音壁|回访|传真|建言|说法|热线|提示|提醒|贴士|坐诊|连载|论坛|问答|信箱|来信|小品|支招|前沿|资讯|信息|课堂|天气|链接|帮办|帮你问|帮你办|曝光台|曝光栏|红黑榜)$|^(诗歌|散文|小说|小小说|书讯|微言|社论|老照片|图片新闻|街谈巷议|一家之言)$|^[^说]{2}说$/;

/**
 * A banner over the speeches a 两会 or 党代会 page excerpts, of any length: 大会发言摘登, 某市政协某届某次会议大会发言摘登,
 * 代表委员说. It is the column of the speeches under it, never the first one's kicker: sets br and cw print 5 such
 * banners over 15 speeches, every one a column in their truths; no kicker of any truth or of rmrb-2019's ends so.
 */
const SPEECHES_BANNER = /(?:发言摘登|发言选登|代表委员说)$/;

/**
 * A box of briefs named for its place, up to seven characters (鄂尔多斯简讯, 区县新闻快讯: set z): a
 * column over a headline, though longer than the five characters other column names are read to.
 */
const BRIEFS_BOX_NAME = /(?:简讯|快讯|短讯)$/;

/** A box of briefs' name alone: 简讯, 国际简讯, 鄂尔多斯简讯 (up to seven characters; 教育簡訊 read on its simplified copy, fold.ts). Pure. */
export function namesBriefsBox(text: string): boolean {
  return text.length <= 7 && BRIEFS_BOX_NAME.test(simplifiedForReading(text));
}

/**
 * Whether a line reads as a short column name (COLUMN_NAME: 两会快讯, 城事速览, 镇街传真; traditional script read on its
 * simplified copy). A line with a comma is a phrase, never a column's name (一根断骨，一针一线: a poem's verse, set zzo). Pure.
 */
export function readsAsColumnName(text: string): boolean {
  return !/[，,]/.test(text) && COLUMN_NAME.test(simplifiedForReading(text));
}

/** A line that reads as a sentence rather than a headline: longer than 24 characters, with a comma. */
function isSentenceLine(text: string): boolean {
  return text.length > 24 && /[，,]/.test(text);
}

/** The line ends a kicker: ……—— or 某地：. */
function endsKicker(text: string): boolean {
  return /(——|[:：])$/.test(text);
}

/** A line that reports an event as done: …在京举行, …会议召开, …博览会开幕. */
const REPORTS_EVENT = /(举行|召开|举办|闭幕|开幕|揭牌|成立|开展|启动|会议)$/;
/**
 * A line reporting an event held, with the event's name after 举行 (某国举行议会选举, 某论坛举行欢迎晚宴); not one
 * still to come (将举行…), nor a count (举行五年), nor a meeting (…举行调度会, …召开座谈会), which CONVENES_MEETING
 * reads. In the truths: 2 headline + subheadline pairs read so that REPORTS_EVENT, ending on the
 * verb, does not (set dp's and one of rmrb-2019's); the 1 kicker + headline pair that matches closes in ——, which
 * keeps it a kicker.
 */
const HELD_EVENT = /(?<!将)举行(?![0-9０-９一二三四五六七八九十两百千]+[年届次天])[^，,“”0-9０-９]{1,8}(?<!会)$/;
/**
 * A line naming an event and nothing more (全国青年田径锦标赛, 某某世界杯, 全省农牧民运动会, 某某论坛): the
 * kicker over the headline that tells what happened there, never a headline over a subheadline. In the truths:
 * 19 kicker + headline pairs open so, no headline + subheadline pair; 2 more such lines are the kicker over a
 * headline and subheadline. A line holding it (某市举行马拉松) reports it held (HELD_EVENT).
 */
const NAMES_EVENT = /(?:锦标赛|冠军赛|巡回赛|联赛|公开赛|邀请赛|大奖赛|大满贯赛|决赛|世界杯|运动会|马拉松|博览会|论坛|艺术节|文化节|旅游节)$/;
/**
 * A line reporting a meeting convened (市委常委会召开会议, 市政府召开棉花收购工作调度会, 某某举行学习会), over a line telling
 * what the meeting did or who chaired it (MEETING_DID), spaced halves or not (传达……　研究……, 某某主持): headline and
 * subheadline. In the truths of all sets and rmrb-2019, 147 headline + subheadline pairs read so and 4 kicker + headline
 * pairs (研究部署……, 讨论……: sets w, fe, gj); a slogan under such a line (全力抓好二季度经济工作, 抢晴天收好每一亩稻) is the
 * headline under its kicker, as the truths' 4 other such pairs are (sets ui, ur).
 */
const CONVENES_MEETING = /(?:召开|举行)[^，,、]*会议?$/;
const MEETING_DID = /^(?:研究|部署|传达|审议|听取|讨论|围绕|介绍|表彰|要求|通过|学习|分析|总结|安排|强调|确保|决定|确定)|主持|讲话|出席/;
/** A line that goes on with the subject of the line above, without one of its own: 为…, 累计…, 强调…, 审议…, 介绍… (set ak). */
const CONTINUES_SUBJECT = /^(为|累计|要求|决定|指出|强调|听取|继续审议|审议|宣读|首次|介绍)/;
/** A kicker that introduces what someone said, which the headline then gives: …时强调, …时希望. */
const INTRODUCES_SPEECH = /(强调|希望|指出|表示|要求|提出|时说|寄语|致信|发文)$/;

/**
 * A line that gives the figure an outcome reached: …达5000万元, …增长11.5%, 比去年增加35公斤 (set al), 从…下降到1.1%,
 * 5300多万人受益, …翻番, …被骗4.6万元, 比上年提高6个百分点 (sets ge, im); or a court's verdict on the accused (5名被告人分别获刑:
 * sets al and an).
 */
const MEASURED_OUTCOME = /((?<!超)达|增长|增加|减少|下降到|提高到|提高|降低|降至|升至|被骗)[0-9０-９.]|受益$|翻番$|被告人[^，。]*(?:获刑|判处|获判)/;
/**
 * The shortest line, layout space left out, a MEASURED_OUTCOME line stands under as its subheadline: under a column's
 * short name (数据快递 / 1月全市公路货运量同比增长5.3%: set wq) it is the headline. In the truths of all sets and rmrb-2019,
 * 21 kicker + headline pairs so have a first line of 7 characters or fewer, and no headline + subheadline pair.
 */
const OUTCOME_HEADLINE_LENGTH = 8;

/**
 * A line that gives the detail of the line above: a figure passed or reached (超过45摄氏度, 逾千万,
 * 近60万家, 同比增一成半, 占七成), a first time (首次集中展出), a forecast (预计明年初完工, 料第三季
 * 通车; not the noun ending a table's title, 主要秋粮作物产量预计: set rv), what a place holds (设长者活动室, 可容纳三百人). As a second line it is the subheadline.
 * No rmrb-2019 headline under a kicker reads so; on the other papers' pages 6 subheadlines do. A figure with 以上
 * (八成以上, 5%以上) is one passed too: 2 subheadlines of the truths give one (set dl's under a plain first line), no
 * headline under a kicker; the one first line giving one is a kicker, which the rule leaves so. A line opening with
 * whom or what the news touches (涉及农牧民4.6万户, 涉及新材料、生物医药等五个领域): in the truths of all sets and rmrb-2019
 * 4 second lines open so, all subheadlines under a headline, no headline under a kicker (sets al, gk, hz, jv).
 */
const GIVES_DETAIL = /(?:超过|逾|近|约|同比[增降]|占)[0-9０-９一二三四五六七八九十百千万两]|[0-9０-９一二三四五六七八九十百千万两成%％]以上|首次|预计(?=.)|可容纳|^设|^料|^涉及/;

/** A line announcing a visit or a meeting to come: 某某将赴某国出席…并进行国事访问, 某某将出席…会议. */
const ANNOUNCES_VISIT = /将(?:赴|出席|对).{2,}(?:访问|会议|会晤|峰会)$/;

/**
 * A line opening with when what the line above began will be done (明年下半年对外开放, 年底前……全部安装……, 预计明年6月建成通车):
 * under a line of a headline's length it is the subheadline. In the truths of all sets and rmrb-2019, 7 headline +
 * subheadline pairs read so (set tq's cold miss among them), no kicker + headline pair; the kickers over such a headline
 * are columns' short labels (理财课堂 / 下半年理财……, 网友热议 / 明年的民生实事……).
 */
const WHEN_DONE = /^(?:明年|今年底|今年年底|年底前|年内|下半年|预计|[0-9０-９]{1,2}月底前)/;
/** The shortest line, layout space left out, a WHEN_DONE line stands under as its subheadline. */
const WHEN_DONE_HEADLINE_LENGTH = 8;

/**
 * A line telling what an authority did about the event above: the police caught or detained
 * someone (男子被官渡警方抓获, 两男子被警方刑拘), or an office issued its advice (省消协发布消费提示,
 * 质监部门发布冬季取暖产品消费提示). As a second line it is the subheadline: the truths of the
 * other papers' sets hold 5 such headline + subheadline pairs and no kicker + headline pair so.
 */
const AUTHORITY_FOLLOW_UP = /被.{0,6}(?:抓获|刑拘|拘留|查处|处罚|判刑|行拘)$|发布.{0,10}(?:提示|提醒)$/;

/**
 * A line whose figure is given over a period it opens with (前4个月网上零售额同比增长11.3%, 前两月…增长9.6%): a
 * report's own statement, so under a plain first line it is the headline and the first line its kicker (消费市场加快回暖),
 * though it gives a measured outcome. In the truths: 5 kicker + headline pairs open so (3 of them read as headline +
 * subheadline before by MEASURED_OUTCOME), and no headline + subheadline pair that MEASURED_OUTCOME reads.
 */
const PERIOD_FIGURE = /^(?:今年)?前[0-9０-９一二三四五六七八九十两]+个?月/;

/**
 * A quantity: a number with its unit (1200万元, 8.1%, 4.5个百分点, 12条, 5人), a share or a multiple in words (七成,
 * 二千亿), or a count passed in words (逾千万, 近五成). Not a year, a date or a score (2025三亚湾, 7月上旬, 3:1).
 */
const QUANTITY =
  /[0-9０-９][0-9０-９.]*(?=[%％万亿千百余多个名人户元吨亩起条家项场件米点辆所部台架次倍成座处支只头批斤度])|[一二三四五六七八九十两百千万]+(?:成|倍|个百分点|万|亿)|[逾近超约][一二三四五六七八九十两百千万]/;

/**
 * Both lines give a quantity, the first without a comma: the second's figure is a detail of the
 * event the first already measures (某港集装箱吞吐量前5月增长近五成 / 新增航线12条; 某县投资1200万元建设节水工程
 * / 新增节水面积2.6万亩). A kicker gives no figure over a headline's. In the truths (the other papers' sets and
 * rmrb-2019): 10 headline + subheadline pairs read so (3 of them rmrb-2019's; 6 read as kicker + headline before), no
 * kicker + headline pair.
 */
function figureUnderFigure(first: string, second: string): boolean {
  return QUANTITY.test(first) && QUANTITY.test(second) && !/[，,]/.test(first);
}

/**
 * A line telling what the people the event touches may, must or hope to do (市民可通过手机预约乘车,
 * 考生须在规定时间内完成网上填报, 家人盼好心人提供线索): a consequence of the line above, so its subheadline.
 * In the truths: 3 headline + subheadline pairs read so, no kicker + headline pair (rmrb-2019's 市民持身份证可…
 * under a kicker does not open with what they may do).
 */
const PEOPLE_RESPONSE = /^(?:市民|考生|家人|家属|居民|游客|群众|家长|车主|乘客|旅客|村民|学生|患者|消费者)(?:可|须|需|要|应|盼|请)/;

/**
 * A line giving the result the event above came to: tickets sold out or sold (门票三日内售罄, 首日售出三成), places
 * taken (名额半天报满), people saved (救出5人), the culprit caught or judged (犯罪嫌疑人落网, 商家被判…, 将被抓拍), a
 * best bettered (刷新个人最好成绩), the toll of a disaster or a fire (已致6人死亡、20多人失踪, 所幸无人员伤亡: sets gg, ie, ig). Under a first line without a comma, itself no headline of two spaced halves, it
 * is the subheadline. In the truths: 15 headline + subheadline pairs read so (14 read as kicker + headline before),
 * no kicker + headline pair; with a comma above or spaced halves below, 2 kicker + headline pairs would be
 * (……先充50元，用户诉某网站 / “霸王”充值 被判无效).
 */
const REACHED_RESULT = /售罄|售出|报满|落网|抓获|救出|获救|被困|伤亡|死亡|失踪|被抓拍|被判|刷新/;

/**
 * A line that asks (公积金贷款新政，哪些人受益; 年货为何这么火？; 谁来管): a headline asks, a subheadline tells, so
 * under a plain first line it is the headline and the first line its kicker, whatever figure or outcome it names
 * (…受益 reads as MEASURED_OUTCOME). In the truths of all sets and rmrb-2019: 164 two-line kicker + headline pairs
 * whose headline asks so (1 of them, set dr's, read as headline + subheadline before), no headline + subheadline
 * pair whose subheadline (without ——) does.
 */
const ASKS = /[？?]$|哪些|哪里|谁|为何|为什么|怎么|如何|什么|多少/;

/**
 * A line naming whom a profile or an interview is of, or which book a review reads, as subheadlines do with their
 * —— and, on some pages, without it: 记市人大代表、某厂高级技师某某某, 访儿童文学作家某某, 读某某散文集《某某》 (sets ik, in).
 * Under a headline of a sentence's length it is the subheadline; under a column's short name (书香某地 / 读《某某》) it
 * is the headline. In the truths of all sets and rmrb-2019: 4 headline + subheadline pairs so, no kicker + headline pair
 * whose kicker is as long.
 */
const NAMES_SUBJECT = /^(?:记|访|专访)[\u4e00-\u9fff、·]{4,30}$|^(?:读|评)[^，。！？]{0,16}《[^》]{1,20}》$/;
/** The shortest headline a NAMES_SUBJECT line stands under as its subheadline, layout space left out. */
const SUBJECT_HEADLINE_LENGTH = 8;

/** Two lines that close alike, as two parallel reports do (某某同某国总统互致贺电 / 某某同某国总理互致贺电). */
function closeAlike(first: string, second: string): boolean {
  return first.length > 4 && second.length > 4 && first.slice(-4) === second.slice(-4);
}

/**
 * Two lines without ——, ： or a column tag: headline + subheadline rather than kicker + headline
 * when the second goes on with the first's subject (人大常委会会议在京举行 / 审议某某报告), or the
 * first reports an event as done and the second is no headline of two spaced halves
 * (某论坛在京召开 / 某某出席), or the second gives the figure of an outcome (某省发布行动方案 /
 * 支持经费可达500万元), or both close alike (parallel reports), or the first announces a visit
 * to come (某某将赴某国…访问 / 外交部举行吹风会…). Measured on the rmrb-2019 truth: 29 of 54 such
 * headline + subheadline pairs read so by the first two, 11 more by the last three, and 1 of
 * 148 kicker + headline pairs (none by the last three). A measured outcome over the period it opens
 * with (PERIOD_FIGURE) is a headline all the same. On the other papers' pages too: a figure under a line
 * with a figure of its own (figureUnderFigure), what the people touched may or must do (PEOPLE_RESPONSE),
 * the result the event came to (REACHED_RESULT): 17 headline + subheadline pairs read as kicker +
 * headline before, no kicker + headline pair of any truth.
 */
function readsAsHeadlineOverSubheadline(first: string, second: string): boolean {
  if (labelOverSpacedHeadline(first, second) || DATA_BOX_LABEL.test(first)) return false;
  if (ASKS.test(second) || endsKicker(first) || INTRODUCES_SPEECH.test(first) || (NAMES_EVENT.test(first) && !HELD_EVENT.test(first)) || columnTag(first) || columnTag(second)) return false;
  if ((MEASURED_OUTCOME.test(second) && !PERIOD_FIGURE.test(second) && first.replace(/[ \u3000]+/g, '').length >= OUTCOME_HEADLINE_LENGTH) || closeAlike(first, second) || ANNOUNCES_VISIT.test(first)) return true;
  if (figureUnderFigure(first, second) || PEOPLE_RESPONSE.test(second)) return true;
  if (REACHED_RESULT.test(second) && !/[，,]/.test(first) && !/[^ \u3000][ \u3000]+[^ \u3000]/.test(second)) return true;
  if (GIVES_DETAIL.test(second) && !GIVES_DETAIL.test(first)) return true;
  if (WHEN_DONE.test(second) && first.replace(/[ \u3000]+/g, '').length >= WHEN_DONE_HEADLINE_LENGTH) return true;
  if (AUTHORITY_FOLLOW_UP.test(second) && !AUTHORITY_FOLLOW_UP.test(first)) return true;
  if (NAMES_SUBJECT.test(second) && first.replace(/[ \u3000]+/g, '').length >= SUBJECT_HEADLINE_LENGTH) return true;
  if (CONVENES_MEETING.test(first) && MEETING_DID.test(second)) return true;
  return CONTINUES_SUBJECT.test(second) || ((REPORTS_EVENT.test(first) || HELD_EVENT.test(first)) && (!/[^ \u3000][ \u3000]+[^ \u3000]/.test(second) || everyHalfCounts(second)));
}

/**
 * A figures box's label (数说应急, 数读互市, 图说民生) over the box's title (近两年春节期间全市烟花爆竹相关警情): kicker and
 * headline. In the truths of every set and rmrb-2019, 232 such pairs are kicker + headline and 2 headline + subheadline
 * (数读 / 去年全市过敏性疾病门诊情况); a subheadline in brackets or after —— is told by its marks (set xu).
 */
const DATA_BOX_LABEL = /^(?:数说|数读|图说)[\u4e00-\u9fff]{0,4}$/;

/** A kicker's short label: two to six Han characters, perhaps quoted, nothing else (冬汛开捕, 温馨提示). */
const SHORT_LABEL_LINE = /^[\u4e00-\u9fff“”]{2,6}$/;

/**
 * A short label over a headline of two halves set apart by a space (冬汛开捕 / 带鱼汛来了　岱澳渔场日产逾百吨,
 * 温馨提示 / 雪天路滑　出行注意安全): kicker and headline, whatever the second line's words. In the truths of
 * every set and rmrb-2019, 392 such pairs are kicker + headline and 4 headline + subheadline, each a
 * listing's title over its day or its place and unit (明日电视节目 / 3月13日　星期六, 本周潮汐表 / 某港　潮高单位：厘米),
 * which the run reads as kicker and headline with or without this rule.
 */
function labelOverSpacedHeadline(first: string, second: string): boolean {
  return SHORT_LABEL_LINE.test(first) && spacedHalves(second);
}

/**
 * Spaced halves that each give a quantity (签约项目27个　总金额46.3亿元, 表彰模范集体40个　模范个人60名): the figures of
 * an event, under the line reporting it, not a headline's two halves, which state rather than count (set hz).
 */
function everyHalfCounts(text: string): boolean {
  const halves = text.split(/[ \u3000]+/).filter((h) => h !== '');
  return halves.length >= 2 && halves.every((h) => QUANTITY.test(h));
}

/** Fewer characters, layout space left out. */
function shorter(a: string, b: string): boolean {
  return a.replace(/[ \u3000\u00a0]+/g, '').length < b.replace(/[ \u3000\u00a0]+/g, '').length;
}

/**
 * A series name joined with ·, seven characters or more, its second part of three or more
 * (稳中求进·一线观察, 交汇点·消费观察, 喜迎国庆·县域高质量发展巡礼); not a column's short part
 * (城中村改造·回迁, 副刊·散文, 周末·城事).
 */
const LONG_SERIES = /^[^·]{2,}·[^·]{3,}$/;

/**
 * The run's first line is a long series name (LONG_SERIES) right over its headline, and a
 * subheadline at most: where the layout prints a headline block's lines together (indented
 * paragraphs, or headline blocks tight among paragraphs apart), that is the headline's kicker, as
 * set ae of other papers' pages prints four of them; a banner stands apart (the archive's own
 * pages, every line apart: 新时代新征程·“枫桥经验”新实践) or is short (副刊·散文, 周末·城事).
 */
function seriesKicker(rest: TitleLine[]): boolean {
  const name = rest[0].text.trim();
  if (rest[0].headingMarks > 0 || name.replace(/[ \u3000·]+/g, '').length < 7 || !LONG_SERIES.test(name)) return false;
  const under = rest.slice(1);
  return under.length >= 1 && under.length <= 2 && under.slice(1).every((l) => isDashSubheadline(l.text)) && bannerOf(under[0].text) === null;
}

/**
 * Could this line be a banner over the rest of the run? Never when it reads as a kicker (ends in
 * —— or ：, or introduces what someone said: 某某会见某某·某某时希望) or carries a column tag.
 */
function bannerOf(text: string): { name: string; marked: boolean } | null {
  if (endsKicker(text) || INTRODUCES_SPEECH.test(text) || columnTag(text)) return null;
  const marked = markedBanner(text);
  if (marked) return { name: marked, marked: true };
  return looksLikeBanner(text) ? { name: text, marked: false } : null;
}

/**
 * Joins a headline the page printed over two marked lines with no blank line between
 * (# 市公安局破获一起 / # 冒充客服电信诈骗案): one headline, its pieces run together. Marked lines
 * with a blank line between stay apart: a kicker and a headline both marked (## 聚焦文博会 /
 * ## 精彩动态表演……, as a seed page prints them). Changes `run` in place; never throws.
 */
function joinWrappedMarkedHeadline(run: TitleLine[]): void {
  for (let i = run.length - 1; i > 0; i--) {
    const [above, line] = [run[i - 1], run[i]];
    if (line.headingMarks === 0 || above.headingMarks !== line.headingMarks) continue;
    if (Math.max(...above.lines) + 1 !== Math.min(...line.lines)) continue;
    run.splice(i - 1, 2, { ...above, text: above.text + line.text, lines: [...above.lines, ...line.lines] });
  }
}

/**
 * Reads a run of title lines (as the blocks stage gives them, in print order). Takes the
 * lines, and whether body text follows the run; gives the banner names, kicker, headline and subheadline (null when absent) and the
 * source line numbers of the run. Never throws.
 */
export function readTitleRun(run: TitleLine[], options: { bodyFollows?: boolean; linesTogether?: boolean; labelsAreKickers?: boolean } = {}): TitleReading {
  const reading: TitleReading = {
    columns: [],
    markedColumn: false,
    kicker: null,
    headline: null,
    subheadline: null,
    lines: run.flatMap((l) => l.lines),
  };
  const rest = [...run];
  // Where labels are kickers, a run of two or three lines is 引题, 主题 and 副题, a marked label too (■县区传真 printed
  // over each of its items: set an); a banner-shaped line alone (速览·国庆假期 over its briefs) stays a banner.
  const kickersOnly = options.labelsAreKickers === true && run.length >= 2 && run.length <= 3;
  while (rest.length) {
    const banner = bannerOf(rest[0].text);
    if (!banner) break;
    if (kickersOnly) break;
    // A box's marked name the page itself marks as a headline (# ■法援快讯), alone over its items: the box's headline.
    if (rest.length === 1 && rest[0].headingMarks > 0 && options.bodyFollows) break;
    if (options.linesTogether && seriesKicker(rest)) break;
    reading.columns.push(banner.name);
    reading.markedColumn ||= banner.marked;
    rest.shift();
  }
  // Banner-shaped lines with nothing but a subheadline (or nothing) after them: the last is the headline
  // (田野绿 村容新 日子甜 / ——某县乡村振兴见闻). A marked banner (■ 政务动态) stays one.
  if ((rest.length === 0 || rest.every((l) => isDashSubheadline(l.text))) && reading.columns.length > 0 && !reading.markedColumn && options.bodyFollows) {
    rest.unshift(run[run.length - rest.length - 1]);
    reading.columns.pop();
  }
  if (rest.length === 0) return reading;

  joinWrappedMarkedHeadline(rest);
  let h = rest.length - 1;
  const marked = rest.map((l) => l.headingMarks > 0).lastIndexOf(true);
  if (marked !== -1) {
    // A `#` marks the headline (the last marked line where kicker and headline are both marked).
    h = marked;
  } else {
    // Not under a box's name for briefs (法治快讯 / 高校知识产权保护工作站揭牌, whose 揭牌 reads like an attendance
    // line: set qf): the name is the kicker over the brief's headline.
    while (h > 0 && isSubheadlineLine(rest[h].text) && !(h === 1 && !isDashSubheadline(rest[h].text) && BRIEFS_BOX_NAME.test(rest[0].text))) h--;
    // A sentence under a line without commas is its subheadline (假日消费热度不减 / 国庆假期，全市……):
    // on the rmrb-2019 pages 6 such pairs were headline + subheadline. Not under a kicker's ——, nor
    // when the sentence carries a column tag, which only a headline carries (某某原主任某某—— /
    // “……，……”（改革先锋风采）): the 2 such pairs there were kicker + headline.
    // So is a shorter line with commas under a headline of spaced halves (房贷利率“换锚” 实际水平稳定 /
    // 首套房月供微调，购房者表现淡定): 4 such pairs in the truths were headline + subheadline, none kicker + headline.
    const sentenceUnder = h === 1 && rest.length === 2 && (isSentenceLine(rest[1].text) || (spacedHalves(rest[0].text) && /[，,]/.test(rest[1].text))) && !/[，,]/.test(rest[0].text);
    if (sentenceUnder && !endsKicker(rest[0].text) && !columnTag(rest[1].text)) h = 0;
    // The same holds for the last two lines under a kicker (就建交70周年 / 某某同六国元首互致贺电 / 某某同六国总理互致贺电).
    // Not under a column's name (以案说法 / 刷单……被骗12万元: set ax), which is the kicker.
    if (h > 0 && h === rest.length - 1 && h <= 2 && !readsAsColumnName(rest[h - 1].text) && readsAsHeadlineOverSubheadline(rest[h - 1].text, rest[h].text)) h--;
    // A column tag marks the headline: a plain line after it is the subheadline.
    if (h > 0 && columnTag(rest[h - 1].text) && !columnTag(rest[h].text) && !endsKicker(rest[h - 1].text)) h--;
    // Three plain lines: kicker, headline, subheadline (某赛事收官战 / 某队主场逆转取胜 / 以联赛第五名
    // 结束本赛季), not a column over a kicker and headline: the truths of rmrb-2019 and sets a–m hold 11
    // such kicker, headline and subheadline runs and no plain column line over a kicker and headline
    // but the seed page's below.
    // A middle line with a comma reads as a kicker (……先充50元，用户诉某网站) and keeps the old reading.
    // A longer last line is the subheadline too, but not under a kicker's ——, where it is more of
    // the headline (below), nor under a middle line of two halves set apart by a space, which is a
    // kicker under its column (加快推动文旅行业高质量发展 / 激发文旅消费活力 推动文化之城建设 / 我市出台……,
    // as the archive's own front page prints it).
    const threePlain = h === 2 && rest.length === 3 && !/[，,]/.test(rest[1].text) && !columnTag(rest[2].text) && !endsKicker(rest[1].text);
    if (threePlain && (shorter(rest[2].text, rest[1].text) || (!/——$/.test(rest[0].text) && !/[^ \u3000][ \u3000]+[^ \u3000]/.test(rest[1].text)))) h = 1;
    else if (kickersOnly && h === 2 && rest.length === 3 && !columnTag(rest[2].text) && !endsKicker(rest[1].text)) h = 1;
  }
  // Under a kicker ending in ——, the plain lines down to the headline are the headline printed on
  // more than one line (科创策源能力持续增强—— / 临港实验室集群 / 一季度转化成果一百零七项): of the 103
  // such kickers in rmrb-2019's and the other papers' truths (sets a–j), none stands over an undashed
  // subheadline. A last line with a comma is a subheadline of its own (扩大有效投资—— / 某市重大项目
  // 集中开工 / 共计四十六个项目，总投资二百一十八亿元; set k): a headline's lines break at a phrase.
  // A line ending in —— is a kicker, never the headline: of the 372 so ended in the truths of all sets and
  // rmrb-2019, all are kickers. A line under it read as a subheadline (省领导分赴各地走访慰问, whose 慰问 reads
  // like an attendance line) is the headline (set ge).
  if (marked === -1 && /——$/.test(rest[h].text) && h + 1 < rest.length) h++;
  const dashed = marked === -1 ? rest.slice(0, h).map((l) => /——$/.test(l.text)).lastIndexOf(true) : -1;
  if (dashed !== -1 && dashed === h - 2 && /[，,]/.test(rest[h].text)) h--;
  else if (dashed !== -1 && dashed < h - 1) {
    const pieces = rest.slice(dashed + 1, h + 1);
    rest.splice(dashed + 1, pieces.length, { ...rest[h], text: pieces.map((l) => l.text).join(''), lines: pieces.flatMap((l) => l.lines) });
    h = dashed + 1;
  }
  const after = rest.slice(h + 1).map((l) => l.text);
  reading.subheadline = after.length ? after.join(' ') : null;

  const split = splitKickerHeadline(rest[h].text);
  reading.headline = split ? split.headline : rest[h].text;
  const before = rest.slice(0, h).map((l) => l.text);
  if (split) before.push(split.kicker);
  if (before.length) {
    const kicker = before.pop()!;
    // A speeches' banner is one on a page without a header too (set br), where other labels are kickers.
    if (before.length === 0 && (SPEECHES_BANNER.test(kicker) || (!kickersOnly && (kicker.length <= 5 ? COLUMN_NAME.test(kicker) : kicker.length <= 7 && BRIEFS_BOX_NAME.test(kicker))))) reading.columns.push(kicker);
    else reading.kicker = kicker;
  }
  reading.columns.push(...before);
  return reading;
}

/** A picture's label standing as its headline: 图片报道, 图片新闻. */
const PICTURE_LABEL = /^图片(?:报道|新闻)$/;

/**
 * The run's second of three plain lines reads as a sentence-like kicker over a shorter headline
 * (……先充50元，用户诉某网站 / “霸王”充值 被判无效), and the line above it is short and names no
 * column: that line is a headline of its own, a cartoon's or a photo's title (别样灯谜), since a
 * kicker already stands under it. The truths of rmrb-2019 and the other papers' sets hold 32 runs
 * of kicker, headline and undashed subheadline: none whose headline has a comma has a subheadline
 * shorter than it (记者调查 / 老旧小区加装电梯，难在哪里 / a longer line of detail).
 */
function titleOverSentenceKicker(run: TitleLine[], i: number): boolean {
  // Marks, where the layout prints them, agree: the two headlines alike, the kicker unmarked.
  if (i !== 1 || run.length !== 3 || run[1].headingMarks > 0 || run[0].headingMarks !== run[2].headingMarks) return false;
  const [top, middle, last] = run.map((l) => l.text.trim());
  if ([top, middle, last].some((t) => columnTag(t) !== null || endsKicker(t) || isDashSubheadline(t))) return false;
  if (top.length > 6 || /[，,]/.test(top) || COLUMN_NAME.test(top) || bannerOf(top) !== null) return false;
  // A question is the headline under its label (网友热议 / 城中村改造，改掉的是什么？ / 本报官方微博留言摘编): in the truths
  // of all sets and rmrb-2019, 4 such runs under a label of six characters at most, no kicker with a comma that asks there.
  if (/[？?]$/.test(middle)) return false;
  return /[，,]/.test(middle) && middle.length >= 2 * top.length && shorter(last, middle);
}

/**
 * Splits a run of title lines where two headlines stand one under the other: a line closing in a
 * bracketed tag (逐浪图（中国画）, …（人民时评）) right under another such line heads an article
 * of its own, as the titles of a picture page do (山居（中国画） / 春燕（剪纸）). Takes the run in
 * print order; gives the runs it splits into (the run itself when it does not split). Never
 * throws. Why: a tag closes only a headline (a subheadline carries one only after ——, as in
 * ——某地调研（上）), so two tagged lines in a row are two headlines; the rmrb-2019 truth has no
 * headline block with a tag on two of its lines but these. A short picture's title over a
 * sentence-like kicker and its headline splits off too (titleOverSentenceKicker).
 */
export function splitTaggedTitles(run: TitleLine[]): TitleLine[][] {
  const runs: TitleLine[][] = [[]];
  run.forEach((line, i) => {
    const above = run[i - 1];
    const twoHeadlines =
      above !== undefined && columnTag(above.text) !== null && columnTag(line.text) !== null && !isDashSubheadline(line.text);
    // A picture's title (秋山图（中国画）) is a whole headline: a plain line under it heads the next piece (set ae).
    const afterWork = above !== undefined && isWorkTitle(above.text.trim()) && !isDashSubheadline(line.text);
    // A picture's label alone (图片报道) over a kicker ending in ——, which introduces a person or a
    // feature, never a photo: the label is the headline of a picture of its own (set ag).
    const afterPictureLabel = above !== undefined && i === 1 && PICTURE_LABEL.test(above.text.trim()) && /——$/.test(line.text.trim());
    if (twoHeadlines || afterWork || afterPictureLabel || titleOverSentenceKicker(run, i)) runs.push([]);
    runs[runs.length - 1].push(line);
  });
  return runs;
}
