/**
 * Writers' lines under a headline, as 专版, 副刊 and comment pages print them: who the writer is
 * and their name, not a reporter's byline (other papers' pages, sets e and g):
 * - a post and a name: 研究员 某  某, □ 全国政协委员 某  某, 副主任医师 某  某, □ 读者 某  某;
 * - an institution and a name: 市教育科学研究所 某  某 (set h), 县畜牧兽医站 某  某 (set w);
 * - a two-character name spaced to three characters' width, alone (某  某, set i): no headline,
 *   kicker or subheadline of rmrb-2019 or of the other papers is so printed but a short notice's
 *   title (讣  告, 更 正, 公 告);
 * - the same wrapped over two lines, the institution first: 某某大学经济学院教授、 / 博士生导师 某  某,
 *   某市第二人民医院心内科 / 副主任医师 某  某, □ 某省散文学会会员 / 文/图 某  某;
 * - a name after □ with a two-character surname: □ 令狐  某;
 * - a cartoon's or a painting's credit under its title: 作者 某  某, 某  某 作;
 * - a serial's or a book's writer or translator: 某  某 著, 某某某 译;
 * - an older reader's name and age: 某某某　七十六岁, □　某某（七十一岁）;
 * - a workplace and a name: 某市国税局　某某某 (patterns.ts, isOfficeSignature).
 * Each reads by itself as a short title line (a headline, a subheadline, a banner); right under a
 * headline line it is the piece's byline. On the rmrb-2019 pages no line under a headline has
 * these shapes (the posts named there are a reporter's: 本报记者 某某, read as bylines already).
 */
import type { LineKind } from './blocks.ts';
import type { Line } from './lines.ts';
import { COMPOUND_SURNAME, isCommonSurname } from './surnames.ts';
import { isByline, isDelegateLine, isEditorsNote, isOfficeSignature, isSpeakerLine, isWriterMark, WRITER_MARKS } from './patterns.ts';

const HAN = '\\u4e00-\\u9fff';
const SPACE = '[ \\u3000\\u00a0]';
/** A writer's name: spaced to a width (某  某, 令狐  某), or written out after a space (某某某). */
const NAME = `(?:(?:${COMPOUND_SURNAME}|[${HAN}])${SPACE}{1,4}[${HAN}]|[${HAN}]{2,4})`;
/**
 * A writer's post, the last word before the name: a scholar's, a doctor's, a member's (not a reporter's role), or the head of a
 * school, a unit or a party branch signing advice or a signed piece (某市实验幼儿园园长　某　某: set zzb; in the truths 52 lines of a
 * unit, such a post and a name are paragraphs, 1 a subheadline).
 */
const POST =
  '(?:教授|研究员|导师|医师|药师|护师|技师|委员|常委|会员|理事|律师|讲师|教师|作家|画家|书法家|学者|专家|院士|代表|编审|读者|园长|校长|院长|主任|老师|馆长|站长|所长|书记|社长|队长|(?:农艺|园艺|工程|畜牧|经济|会计|审计|统计|规划|营养|咨询|兽医|植保)师)';

/**
 * A post and a name, perhaps after a writer's mark and who the writer is: □ 全国政协委员 某  某, 研究员 某  某,
 * ■ 市某医院主任中医师　某某 (a health page's doctor signing advice, set fu), the unit set apart from the post too
 * (市农技推广站　高级农艺师　某　某: set zzv; in the truths all 7 lines of a unit, a post and a name so set apart are
 * paragraphs, 5 of them a piece's writer's line under its headline).
 */
const POST_AND_NAME = new RegExp(`^(?:[${WRITER_MARKS}]${SPACE}*)?(?:[${HAN}、（）()·]{2,30}${SPACE}+)?[${HAN}、（）()·]{0,30}${POST}${SPACE}+${NAME}$`);
/**
 * An institution and a name on one line, as a 专版's or an education page's expert signs (市教育科学研究所 某  某),
 * and a judge or a prosecutor under a case column (某市中级人民法院　某　某, □　某区人民法院　某某某: sets ds, gk; the
 * truths' 3 such lines are all paragraphs).
 */
const INSTITUTION_AND_NAME = new RegExp(`^(?:□${SPACE}*)?[${HAN}（）()·]{2,30}(?:学院|研究院|研究所|研究中心|研究会|医院|大学|学会|协会|法院|检察院)${SPACE}+${NAME}$`);
/**
 * A station's, an office's or a centre's expert and a name spaced to a width, as farming and health
 * pages sign advice: 县畜牧兽医站 某  某, 市疾控中心 某  某 (set w of other papers' pages). Only the
 * spaced name: a place and a word after it (高铁站 新面貌) is a headline's.
 */
const UNIT_AND_SPACED_NAME = new RegExp(`^[${HAN}（）()·]{2,30}(?:站|所|中心|局|馆|办|队)${SPACE}+(?:${COMPOUND_SURNAME}|[${HAN}])${SPACE}{1,4}[${HAN}]$`);
/**
 * An older reader's name and age, as a 老年报 or a 晚晴 page signs a contributed memoir: 某某某　七十六岁,
 * □　某某（七十一岁）, 某某 78岁 (set fx). In the truths of all sets and rmrb-2019 the 9 lines so printed are
 * all paragraphs (the piece's writer under its headline).
 */
const NAME_AND_AGE = new RegExp(`^(?:[${WRITER_MARKS}]${SPACE}*)?${NAME}(?:${SPACE}+|[（(])(?:[一二三四五六七八九十]{2,4}|[0-9０-９]{2,3})岁[）)]?$`);
/** A two-character name spaced to the width of three, alone on its line: 某  某. */
const SPACED_NAME_ALONE = new RegExp(`^[${HAN}]${SPACE}{1,3}[${HAN}]$`);
/** Short notices' titles printed spaced the same way (讣  告, 更 正, 公 告), which are headlines. */
const SPACED_NOTICE = /^(?:讣告|公告|通告|更正|声明|启事|通知|鸣谢|致歉|广告|须知|告示)$/;
/** A name after a white square with a two-character surname: □ 令狐  某. */
const MARKED_COMPOUND_NAME = new RegExp(`^□${SPACE}*${COMPOUND_SURNAME}${SPACE}{1,4}[${HAN}]{1,2}$`);
/** A picture's credit: 作者 某  某, 作者：某某, 某  某 作. */
const PICTURE_CREDIT = new RegExp(`^(?:作者(?:${SPACE}+|${SPACE}*[：:]${SPACE}*)${NAME}|(?:[${HAN}]${SPACE}{1,4}[${HAN}]${SPACE}*|[${HAN}]{2,3}${SPACE}+)作)$`);
/**
 * A serial's or a book's writer, compiler or translator under its title, the name set apart by a space: 某　某　著,
 * 某某某　译 (set zzzx: 长篇小说连载 / 提线人（四十一） / 阙　远　著). In the truths of all sets and rmrb-2019 the 5 lines so
 * printed are all the first paragraph of a serial's episode; no headline, kicker or subheadline is.
 */
const AUTHOR_OF_WORK = new RegExp(`^${NAME}${SPACE}+(?:著|编著|译)$`);
/**
 * The first line of a writer's line wrapped over two: the institution and posts before the last
 * one (某某大学经济学院教授、), an institution (某某研究院, 某某医院心内科), a membership (□ 某省散文学会会员).
 */
const WRAPPED_FIRST = new RegExp(
  `^(?:□${SPACE}*)?[${HAN}（）()·、]{3,30}(?:、|学院|研究院|研究所|研究中心|研究会|医院|大学|学会|协会|[${HAN}]科|会员|委员)$`,
);

/** The longest line read as a writer's line. */
const LONGEST = 40;
/** A line opening with a writer's mark (□ 某　某, ■ 某某某). */
const MARK_FIRST = new RegExp(`^[${WRITER_MARKS}]`);

/**
 * A writer's line that reads whole by itself under a headline (see the module's comment). Not a
 * forum speaker's line, the post set apart from the name by two spaces or more (某大学农学院教授  某  某):
 * under a talk's title it heads a section of the report (subheads.ts). Takes a trimmed line.
 */
export function isWriterCredit(text: string): boolean {
  if (text.length > LONGEST) return false;
  if (POST_AND_NAME.test(text)) return text.startsWith('□') || !isSpeakerLine(text);
  if (SPACED_NAME_ALONE.test(text)) return !SPACED_NOTICE.test(text.replace(/[ \u3000\u00a0]+/g, ''));
  // A workplace and a name opening with a surname (某市国税局　某某某, 某县农技推广中心　某某某): in the truths of all
  // sets and rmrb-2019 the 21 lines so printed are paragraphs, 9 of them the writer's line under a headline (set gu).
  return MARKED_COMPOUND_NAME.test(text) || PICTURE_CREDIT.test(text) || AUTHOR_OF_WORK.test(text) || INSTITUTION_AND_NAME.test(text) || UNIT_AND_SPACED_NAME.test(text) || NAME_AND_AGE.test(text) || isOfficeSignature(text);
}

/**
 * A byline block's line that names a writer, not a reporter: a writer's line (above) or the first
 * line of one wrapped over two (某某研究院, □ 某省散文学会会员). Such a byline heads a piece of its own,
 * never a section of a report (subheads.ts). Takes the text of a line already read as a byline.
 */
export function namesWriter(bylineText: string): boolean {
  return isWriterCredit(bylineText) || (bylineText.length <= LONGEST && WRAPPED_FIRST.test(bylineText));
}

/**
 * A three-character name written out, opening with a surname, alone between a headline line and
 * the text (以系统观念推进县域治理现代化 / 某某某 / 县域是……): a 理论 page's writer (set x of other papers'
 * pages). Only printed tight under the headline and over text: over another title line it may be a
 * headline's word, and standing apart between blank lines it may head a section by its writer
 * (rmrb-2019's 心曲 page: 写出新时代的大国军威 / 某某某 / ……).
 */
function nameOverText(lines: Line[], kinds: LineKind[], i: number): boolean {
  const { text } = lines[i];
  if (lines[i].afterBlank || !/^[\u4e00-\u9fff]{3}$/.test(text) || !isCommonSurname(text[0])) return false;
  const next = lines[i + 1];
  return next !== undefined && next.headingMarks === 0 && kinds[i + 1] === 'text' && next.text.length > LONGEST;
}

/**
 * Settles writers' lines right under a headline line (or under the editor's note right under it), in place: a writer's line (研究员 某  某,
 * □ 全国政协委员 某  某, 作者 某  某, 某  某 作) is the byline, and so are both lines of one wrapped
 * over two (某某研究院 / 研究员 某  某; □ 某省散文学会会员 / 文/图 某  某), whatever each read as by
 * itself. A line `#` marks is a headline, never a writer's. Takes the page's lines and their kinds
 * so far (blocks.ts); never throws. Measured on the other papers' pages (sets e, g) and rmrb-2019.
 */
export function settleWriterCredits(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].headingMarks > 0) continue;
    const { text } = lines[i];
    // Under the editor's note that opens the piece (学习体会 / 把……落实到岗位上 / 编者按：…… / 市委组织部　某某某: set js)
    // the writer's line is still the byline.
    if (kinds[i - 1] !== 'title') {
      if (i >= 2 && kinds[i - 2] === 'title' && isEditorsNote(lines[i - 1].text) && kinds[i] !== 'byline' && isWriterCredit(text)) kinds[i] = 'byline';
      continue;
    }
    // A line over a writer's mark (醋　娘 / □　某　某: set zzzn, a serial's title spaced to a width) is no writer's line: the
    // marked line names the writer, and the line over it is the headline.
    if (kinds[i] !== 'byline' && i + 1 < lines.length && !MARK_FIRST.test(text) && MARK_FIRST.test(lines[i + 1].text) && isWriterMark(lines[i + 1].text)) continue;
    // A deputy's or member's line (县政协委员、某中学副校长　某　某) under a speech's title is the speech's first paragraph (patterns.ts).
    if (kinds[i] !== 'byline' && !isDelegateLine(text) && (isWriterCredit(text) || nameOverText(lines, kinds, i))) {
      kinds[i] = 'byline';
      continue;
    }
    const next = lines[i + 1];
    // A writer's mark opens a writer's line (□ 某　某): the line over it is no first half of that line, but the headline
    // (母亲上老年大学 / □ 某　某: set tn, a 副刊 essay's title ending in 大学).
    if (next === undefined || next.headingMarks > 0 || text.length > LONGEST || !WRAPPED_FIRST.test(text) || MARK_FIRST.test(next.text)) continue;
    if (isWriterCredit(next.text) || (kinds[i + 1] === 'byline' && isByline(next.text))) {
      kinds[i] = 'byline';
      kinds[i + 1] = 'byline';
      i++;
    }
  }
}
