/**
 * Lines that sign a piece rather than head one, as papers other than the archive's own print
 * them (measured on the pages of tests/fixtures/other-papers): a writer's name spaced to a
 * width on a line of its own (杨  帆), and a notice's issuer and date on lines of their own
 * (某市公安局交通警察支队 / 2026年3月4日). Both read as short title lines by themselves.
 */
import type { LineKind } from './blocks.ts';
import type { Line } from './lines.ts';
import { isCommonSurname } from './surnames.ts';
import { endsSentence, isClosingLine, isMakerCredit, isMarkedPlace, isPictureMaker, isStudentWriter, isWorkTitle, opensBodyText } from './patterns.ts';

/** Two characters set apart to a name's width: 杨  帆. */
const SPACED_NAME_LINE = /^[\u4e00-\u9fff][ \u3000\u00a0]{1,4}[\u4e00-\u9fff]$/;

/**
 * The same name after where its writer lives, as opinion pages sign readers' short pieces:
 * 望花区 方  桐, 城关镇 柯  远 (other papers' pages, set q). Group 1 is the name.
 */
const PLACED_SPACED_NAME_LINE = /^[\u4e00-\u9fff]{1,8}(?:省|市|区|县|旗|镇|乡|村|街道|社区)[ \u3000]+([\u4e00-\u9fff][ \u3000\u00a0]{1,4}[\u4e00-\u9fff])$/;

/** The writer's name a line signs with, spaced to a width, with or without a place before it: 杨  帆, 望花区 方  桐. */
/** A name alone, unspaced: two or three Han characters. */
const BARE_NAME = /^[\u4e00-\u9fff]{2,3}$/;

function spacedSignature(text: string): string | null {
  if (SPACED_NAME_LINE.test(text)) return text;
  return PLACED_SPACED_NAME_LINE.exec(text)?.[1] ?? null;
}

/**
 * A writer marked with a white square, perhaps with who they are in brackets: □ 某  某（职员）,
 * □ 某某某（读者）. Printed after a comment's last sentence it signs it (other papers' pages, set e).
 */
const MARKED_WRITER_LINE = /^□[ \u3000]*[\u4e00-\u9fff](?:[ \u3000]{0,4}[\u4e00-\u9fff]){1,3}(?:[ \u3000]*[（(][\u4e00-\u9fff]{1,12}[）)])?$/;

/**
 * A writer's name, spaced to a width or not, then where they work or who they are in brackets: 某某某（某某市邮政局）,
 * 某　某（某县实验小学）, 某某某（退休教师）. The bracket ends in a workplace's or a person's word.
 */
const NAME_AND_WORKPLACE = /^([\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,2})[ \u3000]*[（(][^（）()]{1,22}(?:局|馆|室|校|学|院|所|公司|厂|站|中心|会|办|部|社|队|村|矿|委|厅|处|科|镇|乡|街道|社区|员|师|生|者|工|主妇|干部|农民|教授)[）)]$/;

/**
 * A date on a line of its own: 2026年3月4日, 二〇二六年三月四日, 2023年1月17日于某市 (where it was issued: set ac), and
 * a letter's with the time of day it was written, 2023年9月10日夜, 2023年9月10日凌晨 (set iz).
 */
const DATE_ALONE = /^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日(?:于[\u4e00-\u9fff]{2,6}|夜|晚|深夜|凌晨|清晨|晨)?$/;

/** A day without its year on a line of its own: 3月12日, 三月十二日. Alone it may be a market table's kicker (3月5日 / 板块行情). */
const MONTH_DAY_ALONE = /^[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

/** The longest issuer's name signing a notice (某某市某某局某某支队). */
const ISSUER_LENGTH = 30;

/**
 * A notice's line of particulars, a label and what it gives: 联系电话：0579-1234567, 地址：某某路1号,
 * 联系人：某某, 某市心理援助热线：3961200（24小时） (a label of up to twelve characters: set iu). Such lines may stand between a notice's last sentence and its issuer (other
 * papers' pages: tests/fixtures/other-papers/d, txb).
 */
const PARTICULARS = /^[\u4e00-\u9fff]{2,12}[：:][^。！？!?；;]{1,60}$/;

/**
 * An issuer by its name's end: a government body, a committee, an office (某县文化和旅游局,
 * 某某节组委会, 某市人民政府办公室), and a paper calling for entries (某某日报社: set xe). Not a company: a 专版 heads its
 * advertisers' pieces with their names.
 * 局 ends an authority's name (某县公安局), not a word ending so (……扎堆布局, 新格局, 开局: a headline, set fd).
 */
const ISSUER_NAME = /^[\u4e00-\u9fff（）()]{2,28}(?:(?<![布格开破结变大全新僵棋骗饭赌残定当时困危终出入胜平败])局|委员会|政府|办公室|组委会|指挥部|管委会|联合会|协会|办事处|(?:日报|晚报|都市报|晨报)社)$/;

/**
 * Two or more issuers signing one notice side by side, set apart by space: 党委宣传部　校报编辑部,
 * 某县财政局　某县粮食局, 某区妇女联合会　某区精神文明建设办公室. Each ends as an issuer does, or in a
 * department's or office's word (部, 处, 室, 团委, 工会): a university's or a company's offices sign so. In
 * the truths of all sets and rmrb-2019, 3 lines have this shape, each a notice's issuers, a paragraph
 * (sets cc, cy, da); none is a headline-block line.
 */
const ISSUER_WORD = '(?:局|委员会|政府|办公室|组委会|指挥部|管委会|联合会|协会|办事处|部|处|室|团委|工会|学生会|中心)';
const JOINT_ISSUERS = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,20}${ISSUER_WORD}(?:[ \\u3000]+[\\u4e00-\\u9fff（）()]{2,20}${ISSUER_WORD})+$`);

/** The last row of a box of data, a label and a short value: 空气质量：良, 风力：三级. */
const LABELLED_VALUE = /^[\u4e00-\u9fff]{2,6}[：:][\u4e00-\u9fff0-9０-９]{1,6}$/;

/** The most issuers a notice signs with, each on a line of its own over its date. */
const MOST_ISSUERS = 3;

/** The most lines of particulars read between a notice's last sentence and its issuer. */
const MOST_PARTICULARS = 4;

/**
 * A line that signs or closes a piece by its shape alone, as the signing rules below read it in
 * place: a spaced writer's name (杨  帆), a writer marked □ (□ 某  某（职员）), an issuer (某县某某局),
 * a box's last row (空气质量：良), a date alone. Takes a trimmed line; used to tell a complete
 * piece's last line from one cut off (ends.ts).
 */
export function isSigningLine(text: string): boolean {
  return spacedSignature(text) !== null || (MARKED_WRITER_LINE.test(text) && !isMarkedPlace(text)) || ISSUER_NAME.test(text) || LABELLED_VALUE.test(text) || DATE_ALONE.test(text);
}

/** A credit for both the text and the pictures, its label first: 文/图　晚报记者　某　某, 文／图　某某. */
const TEXT_AND_PICTURES = /^(?:文[/／]图|图[/／]文)[ \u3000：:]/;

/** A serial's note that it goes on in a later issue: （未完待续）, （待续）. */
const TO_BE_CONTINUED = /^[（(](?:未完待续|待续|未完，待续)[）)]$/;

/** A caption labelled as an illustration and naming it, not its maker: 插图：雨夜来客, 题图：春耕. */
const LABELLED_ILLUSTRATION = /^(?:插图|题图|插画|配图)[：:][^：:。，！？\s]{2,16}$/;

/**
 * Settles the kinds of signing lines, in place. A writer's two-character name spaced to a
 * width (the first a common surname), perhaps after where the writer lives (望花区 方  桐): after a piece's last sentence
 * (or a line of particulars under it: 某市心理援助热线：…), at the foot of the page
 * or over the next headline or a closing line, it signs that piece (text), as does a writer
 * marked □ (□ 某  某（职员）: a paragraph of its own, `signing`); right under a
 * headline, over text that opens no body, it is the byline. A headline is not set so. A
 * notice's or letter's issuer and the date alone (2026年1月8日, 二〇二六年一月八日) after its
 * last sentence, or after the particulars under it (联系电话：……), are its last paragraphs,
 * each one of its own, the particulars too (`signing`: never joined to the line above or
 * below, as papers print them), never a headline block, whatever day the date names; the
 * issuer's line may read by itself as a closing line (a reader's signature: 某某市民政局 holds
 * 市民). Takes the page's lines and their kinds so far; never throws.
 */
export function settleSignatures(lines: Line[], kinds: LineKind[]): void {
  // A work's title over its maker (《渔港晨曦》（国画） / 宋  岚 作) heads a picture of its own,
  // indented or not (set r of other papers' pages), the maker its byline.
  kinds.forEach((_k, i) => {
    if (i < 1 || lines[i].headingMarks > 0 || !isMakerCredit(lines[i].text) || !isWorkTitle(lines[i - 1].text)) return;
    kinds[i - 1] = 'title';
    kinds[i] = 'byline';
  });
  // Under a caption labelled as an illustration and naming it (插图：雨夜来客), an illustrator's credit (某　某　绘) is that
  // picture's credit: the two are a picture of their own, never the text of the piece above nor a kicker (set zzzi).
  kinds.forEach((k, i) => {
    if (i < 1 || k === 'credit' || lines[i].headingMarks > 0 || !isPictureMaker(lines[i].text) || !lines[i].text.endsWith('绘') || !LABELLED_ILLUSTRATION.test(lines[i - 1].text)) return;
    kinds[i - 1] = 'text';
    kinds[i] = 'credit';
  });
  // A credit for both the text and the pictures (文/图　晚报记者　某　某) after the piece's text or its captions closes the piece,
  // never opens the next as a byline: in the truths the 4 such lines not under a headline are each their piece's credit,
  // 2 of them under placed captions (上图：…… / 下图：……: set zzzt); the 131 under a headline are its byline.
  kinds.forEach((k, i) => {
    if (i < 1 || k !== 'byline' || lines[i].headingMarks > 0 || !TEXT_AND_PICTURES.test(lines[i].text) || !['text', 'captioned', 'closing'].includes(kinds[i - 1])) return;
    kinds[i] = 'closing';
  });
  // After a serial's note that it goes on (（未完待续）), a caption over an illustrator's credit (柳金山在窖口插上一根高粱秆。 /
  // 某　某　绘) is a picture of its own: in the truths, the 6 pieces right after such a note are headless pictures, and the only
  // lines after one inside its piece are a drawing's credit or the page's editors (sets zzzm, zzzq).
  kinds.forEach((k, i) => {
    if (i < 2 || k === 'credit' || lines[i].headingMarks > 0 || !isPictureMaker(lines[i].text) || !TO_BE_CONTINUED.test(lines[i - 2].text) || kinds[i - 1] === 'title') return;
    kinds[i - 1] = 'text';
    kinds[i] = 'credit';
  });
  // After a piece's last sentence or its closing note, an illustrator's or a cartoonist's credit (某　某　绘, 某某　作)
  // is the piece's picture's: its last paragraph, never a headline (sets gq, hl, hs, il: the truths' 8 such lines
  // after a sentence's end all close the piece above).
  kinds.forEach((k, i) => {
    if (i < 1 || (k !== 'title' && k !== 'subhead') || lines[i].headingMarks > 0 || !isPictureMaker(lines[i].text)) return;
    const above = lines[i - 1].text;
    if ((kinds[i - 1] === 'text' || kinds[i - 1] === 'closing') && (endsSentence(above) || /[）)]$/.test(above)) && !isWorkTitle(above)) kinds[i] = 'signing';
  });
  kinds.forEach((k, i) => {
    if (!['title', 'subhead', 'byline'].includes(k) || lines[i].headingMarks > 0 || !MARKED_WRITER_LINE.test(lines[i].text) || isMarkedPlace(lines[i].text)) return;
    const next = kinds[i + 1];
    if (kinds[i - 1] === 'text' && endsSentence(lines[i - 1].text) && (next === undefined || next === 'title' || next === 'closing')) kinds[i] = 'signing';
  });
  kinds.forEach((k, i) => {
    if ((k !== 'title' && k !== 'subhead') || lines[i].headingMarks > 0) return;
    const name = spacedSignature(lines[i].text);
    if (!name || !isCommonSurname(name[0])) return;
    const next = kinds[i + 1];
    // A line of particulars may stand between the last sentence and the name (……时候。 / 某市心理援助热线：3961200（24小时） /
    // 仇　丹: a reporter's note, set iu), as it stands over a notice's issuer.
    const sentenceAt = (k: number) => kinds[k] === 'text' && endsSentence(lines[k].text);
    const afterSentence = sentenceAt(i - 1) || (i >= 2 && kinds[i - 1] === 'text' && PARTICULARS.test(lines[i - 1].text) && sentenceAt(i - 2));
    if (afterSentence && (next === undefined || next === 'title' || next === 'closing')) kinds[i] = 'text';
    else if (name === lines[i].text && kinds[i - 1] === 'title' && next === 'text' && !opensBodyText(lines[i + 1].text)) kinds[i] = 'byline';
  });
  // A bare name (某某某, the first a common surname) alone after a piece's last sentence, at the foot of the page
  // or standing apart over the next headline (a blank line on each side), signs that piece: a reporter's note
  // signed by its reporter (……就来了。 / 某某某). In the truths 9 bare names close a piece after a finished
  // paragraph; the 250 short kickers print tight over their headline, and no headline stands alone so.
  kinds.forEach((k, i) => {
    if ((k !== 'title' && k !== 'subhead') || i < 1 || lines[i].headingMarks > 0 || kinds[i - 1] !== 'text' || !endsSentence(lines[i - 1].text)) return;
    const { text } = lines[i];
    if (!BARE_NAME.test(text) || !isCommonSurname(text[0])) return;
    const next = lines[i + 1];
    if (next === undefined || (kinds[i + 1] === 'title' && lines[i].afterBlank && next.afterBlank)) kinds[i] = 'text';
  });
  // A young writer or reporter named with their school and class (某某小学四年级（3）班　小记者　某某) after a piece's
  // last sentence, over the next headline, a closing line or the page's foot, signs that piece rather than heading
  // another as its byline (set ia: the truths' 3 such lines after a last sentence all close their report).
  // The sentence above may have been taken for the headline its byline would have: with a comma inside, it is text.
  kinds.forEach((k, i) => {
    if (k !== 'byline' || i < 1 || lines[i].headingMarks > 0 || !endsSentence(lines[i - 1].text) || !isStudentWriter(lines[i].text)) return;
    const sentence = kinds[i - 1] === 'text' || (kinds[i - 1] === 'title' && lines[i - 1].headingMarks === 0 && /[，,]/.test(lines[i - 1].text) && kinds[i - 2] === 'text');
    if (!sentence || !(i + 1 === lines.length || kinds[i + 1] === 'title' || kinds[i + 1] === 'closing')) return;
    kinds[i - 1] = 'text';
    kinds[i] = 'signing';
  });
  // A writer's name and where they work in brackets (某某某（某某市邮政局）, 某　某（某县实验小学）) after a piece's last
  // sentence, at the foot of the page or over the next headline, signs that piece as 副刊 pages sign essays (set hs).
  // In the truths of all sets and rmrb-2019 every such line so placed closes its piece; no headline reads so (a
  // headline's brackets hold a kind of work or an instalment: 秋山图（中国画）, 汉水谣（二十三）).
  kinds.forEach((k, i) => {
    if ((k !== 'title' && k !== 'subhead') || i < 1 || lines[i].headingMarks > 0 || kinds[i - 1] !== 'text' || !endsSentence(lines[i - 1].text)) return;
    const name = NAME_AND_WORKPLACE.exec(lines[i].text)?.[1];
    // A name spaced to a width is a writer's whatever its surname (闻　樵); an unspaced one opens with a common surname.
    if (name === undefined || (!/[ \u3000]/.test(name) && !isCommonSurname(name[0]))) return;
    if (i + 1 === lines.length || kinds[i + 1] === 'title' || kinds[i + 1] === 'closing') kinds[i] = 'text';
  });
  // Right under a `#` headline, a bare name (蒋方正, the first a common surname) over text that opens no
  // body is the writer's byline, as a signed comment prints it (set as).
  kinds.forEach((k, i) => {
    if ((k !== 'title' && k !== 'subhead') || i < 1 || lines[i].headingMarks > 0 || lines[i - 1].headingMarks === 0) return;
    const { text } = lines[i];
    if (BARE_NAME.test(text) && isCommonSurname(text[0]) && kinds[i + 1] === 'text' && !opensBodyText(lines[i + 1].text)) kinds[i] = 'byline';
  });
  kinds.forEach((_k, i) => {
    // A letter may be dated by its day alone under its writer's signature (读者　某某某 / 3月12日: set vn), printed as a
    // paragraph is (indented, or apart from the next line); printed tight over a headline, the day is a table's kicker.
    const apart = lines[i].indented || lines[i + 1] === undefined || lines[i + 1].afterBlank;
    const dated = DATE_ALONE.test(lines[i].text) || (MONTH_DAY_ALONE.test(lines[i].text) && kinds[i - 1] === 'closing' && apart);
    if (i < 2 || !dated || lines[i].headingMarks > 0 || lines[i - 1].headingMarks > 0) return;
    const issuer = lines[i - 1].text;
    if (!['title', 'subhead', 'text', 'closing'].includes(kinds[i - 1]) || issuer.length > ISSUER_LENGTH || /[，。；：！？,;:!?]/.test(issuer)) return;
    // Two bodies may issue it, each on a line of its own over the date (某市公路管理局 / 某市公安局交通警察支队: set mk).
    let issuers = i - 1;
    while (issuers - 1 > 0 && i - issuers < MOST_ISSUERS && ISSUER_NAME.test(lines[issuers - 1].text) && lines[issuers - 1].headingMarks === 0 && ['title', 'subhead', 'text', 'closing'].includes(kinds[issuers - 1])) issuers--;
    // Over the issuer, a notice may print its particulars (联系电话：…, 地址：…), each read by
    // itself as text or a title line; above them, its last sentence. A particular read as a closing line (投稿邮箱：……)
    // counts too where the issuer under it would head a piece (……。 / 投稿邮箱：…… / 某某都市报社 / 2007年10月23日: set vw);
    // where the issuer closes already, the notice is read as closed.
    const particularKinds = kinds[issuers] === 'closing' ? ['title', 'subhead', 'text'] : ['title', 'subhead', 'text', 'closing'];
    let body = issuers - 1;
    while (body > i - 2 - MOST_PARTICULARS && body > 0 && PARTICULARS.test(lines[body].text) && lines[body].headingMarks === 0 && particularKinds.includes(kinds[body])) body--;
    if (kinds[body] !== 'text' || !endsSentence(lines[body].text)) return;
    for (let j = body + 1; j <= i; j++) kinds[j] = 'signing';
    // A closing line under the date (（此件公开发布）) read as the date's subheadline while the date
    // looked like a headline line: it closes the notice (set ap).
    if (kinds[i + 1] === 'title' && lines[i + 1].headingMarks === 0 && isClosingLine(lines[i + 1].text)) kinds[i + 1] = 'closing';
    // The date over the next headline line has closed the letter or notice it signs: a short title under it (热线摘登, 来信须知)
    // heads a piece of its own, never a subhead of the reply above (set zs's 部门回音 page).
    else if (kinds[i + 1] === 'title') kinds[i] = 'closing';
  });
  // Issuers side by side (党委宣传部　校报编辑部) after a notice's last sentence or particulars: the
  // notice's last paragraph, whatever follows (the page's editors, set da; a date, the next headline).
  kinds.forEach((k, i) => {
    if (i < 1 || (k !== 'title' && k !== 'subhead') || lines[i].headingMarks > 0 || !JOINT_ISSUERS.test(lines[i].text)) return;
    const above = lines[i - 1].text;
    if (kinds[i - 1] === 'text' && (endsSentence(above) || PARTICULARS.test(above))) kinds[i] = 'signing';
  });
  // What closes a piece above a headline line (a line of the headline block by its shape): a
  // notice's issuer without a date after its last sentence or its particulars (……。 / 咨询电话：… /
  // 某县文化和旅游局), a box's last row after a row of data (最高气温2℃ / 空气质量：良). The issuer closes its
  // notice over a picture with no headline too (……监督举报电话：…。 / 某县某镇某村民委员会 / 10月12日，…… /
  // 本报记者 某某 摄): in the truths of all sets and rmrb-2019, 2 issuers so shaped close a notice without a
  // date (the one before a picture, set dv), and of the 9 headline-block lines so shaped none heads a picture.
  kinds.forEach((k, i) => {
    if (i < 1 || (k !== 'title' && k !== 'subhead') || lines[i].headingMarks > 0) return;
    const above = lines[i - 1].text;
    const { text } = lines[i];
    const overPicture = kinds[i + 1] === 'captioned' || (kinds[i + 1] === 'text' && kinds[i + 2] === 'credit');
    if (kinds[i + 1] !== 'title' && !(overPicture && ISSUER_NAME.test(text))) return;
    if (kinds[i - 1] === 'text' && ISSUER_NAME.test(text) && (endsSentence(above) || PARTICULARS.test(above))) kinds[i] = 'signing';
    else if ((kinds[i - 1] === 'text' || kinds[i - 1] === 'subhead') && LABELLED_VALUE.test(text) && !endsSentence(above) && !PARTICULARS.test(above)) kinds[i] = 'signing';
  });
}
