/**
 * Recognisers for the printed parts of a page, one line of text at a time.
 * Each takes a trimmed line and answers what it is; none looks at neighbours
 * (that is the job of the blocks and items stages).
 */
import { COMPOUND_SURNAMES, DOTTED_NAME, isCommonSurname } from './surnames.ts';
import { hasTraditional, simplifiedForReading } from './fold.ts';
import { simplifiedFormOf } from '../search/shared/normalize.ts';

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** The marks a 副刊 or comment page prints before a writer's name (□ 某  某, ○ 某  某). */
export const WRITER_MARKS = '□■◆●○◇◎';
/**
 * A name as bylines, credits, datelines' brackets and editors' lines print it: two to four characters, or
 * a name joined by the middle dot (本报记者　阿依古丽·吐尔逊　摄, 责任编辑：泽仁·拉姆; DOTTED_NAME). Every
 * pattern here takes it after a cue (a role, 摄, 编辑：, a mark), never alone. In the truths of all
 * sets and rmrb-2019 such a dotted name stands in 5 credits (all a photo's last line), 5 editors'
 * lines (all page furniture), 4 bylines under a headline and 19 datelines' brackets (all a piece's
 * first paragraph), and in none of the headline blocks but the label 记者蹲点·乡村振兴 (REPORTER_LABEL).
 */
const NAME = `(?:${DOTTED_NAME}|[${HAN}·]{2,4})`;

/**
 * Roles as printed; the longest first so 特约记者 wins over 记者. 撰稿 signs a contributor's piece (特约撰稿 某  某: set ch's 国际 pages);
 * student and youth papers sign their reporters 学生记者 and 校园记者 (set fj; not 小记者, which opens column names: 小记者作文擂台), evening papers a trainee 见习记者 (set fa),
 * sports pages the reporter sent to the games 特派记者 (本报特派记者　某某　发自某地: sets br, ch, dk, id; the truths' 26 lines naming one are all paragraphs).
 */
export const ROLE_WORDS = ['特约记者', '特派记者', '首席记者', '摄影记者', '学生记者', '校园记者', '见习记者', '记者', '通讯员', '实习生', '评论员', '撰稿人', '撰稿', '摄影'] as const;
const ROLE = ROLE_WORDS.join('|');

/** Sentence-final punctuation (。！？!?…), optionally followed by closing quotes or brackets (”’」』）)). */
const SENTENCE_FINAL = new Set([...'。！？!?…'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'”’」』）)'].map((c) => c.charCodeAt(0)));

/**
 * A line ends a sentence (so the paragraph may end here): /[。！？!?…][”’」』）)]*$/ read from the
 * end of the line, not tried at every place in it (the stages ask this of every line, often).
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSING.has(text.charCodeAt(i))) i--;
  if (i >= 0 && SENTENCE_FINAL.has(text.charCodeAt(i))) return true;
  // A teaser's page pointer after its last sentence (……日子。▶A05, ……爆满。详见第7版) ends it too (set ce's covers).
  return /[0-9０-９版]$/.test(text) && POINTER_AFTER_STOP.test(text);
}

/** A page pointer after a sentence's stop: ▶A05, ▶7版, 详见A3版, 见第7版. */
const POINTER_AFTER_STOP = /[。！？!?…][”’」』）)]*[ \u3000]*(?:[▶►→▷]|详见|见)[ \u3000]*第?[A-HＡ-Ｈ]?[0-9０-９]{1,2}[ \u3000]*版?$/;

/** Punctuation that only occurs inside sentences, never in a headline or banner. */
const SENTENCE_PUNCT = /[。，；：！？,;:!?]/;

// ── continuation notes 转版 ──────────────────────────────────────────────
const PAGE_NUMERAL = '[一二三四五六七八九十百〇零0-9０-９]+';
// A lettered section's page (上接A01版) is taken by its number.
// Papers word them variously: （下转第二版）, （转A2版）; （上接第一版）, （紧接第一版）, （接A1版） (set cq).
const CONTINUED_ON = new RegExp(`[（(]\\s*(?:下转|转)第?[A-HＡ-Ｈ]?(${PAGE_NUMERAL})版\\s*[）)]`);
const CONTINUED_FROM = new RegExp(`[（(]\\s*(?:上接|紧接|接)第?[A-HＡ-Ｈ]?(${PAGE_NUMERAL})版\\s*[）)]`);

export interface ContinuationNote {
  kind: 'on' | 'from';
  page: number;
  note: string;
}

/** Finds a 下转/上接 note (转, 紧接, 接 as some papers word them) anywhere in the text. */
export function findContinuation(text: string): (ContinuationNote & { index: number }) | null {
  for (const [kind, re, words] of [
    ['on', CONTINUED_ON, '转'],
    ['from', CONTINUED_FROM, '接'],
  ] as const) {
    // Most lines have neither note: a substring test rules the pattern out cheaply.
    if (!text.includes(words)) continue;
    const m = re.exec(text);
    if (m) return { kind, page: chineseNumber(m[1]), note: m[0], index: m.index };
  }
  return null;
}

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 三 → 3, 十二 → 12, 二十四 → 24, ３ → 3. */
export function chineseNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let current = 0;
  for (const ch of ascii) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = DIGITS[ch] ?? 0;
  }
  return total + current;
}

// ── datelines 电头/讯头 ──────────────────────────────────────────────────
/** Who files a dispatch: this paper, a news agency, another paper. */
const AGENCY = `本报|新华社|中新社|中新网|人民日报|[${HAN}]{2,4}日报`;

/** Reporters named after a paper's 讯 without brackets: 记者某某 通讯员某某, 记者某某报道： */
const PRESS_CREDITS = `(?:\\s*(?:${ROLE})\\s*[${HAN}·]{2,4}?(?=[\\s，,：:、]|报道|$))+(?:报道[：:])?`;

/**
 * A dispatch's day in its 电头: in figures (10月22日), or in Chinese numerals as papers printed it
 * before the late 1990s (新华社北京十一月五日电; 3 such 电头 in the truths of the sets, none a headline line).
 */
const DISPATCH_DAY = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})日';

const DATELINE = new RegExp(
  '^(' +
    // 本报讯（记者 张三）/ 本报讯(记者 张三)
    '本报讯\\s*(?:[（(][^（()）]*[）)])?' +
    '|' +
    // Other papers' own: 某某日报讯（记者 某某）, 【某报讯】记者某某报道：, 南都讯 记者某某 通讯员某某
    `【[${HAN}]{1,10}讯】(?:\\s*(?:[（(][^（()）]*[）)]|${PRESS_CREDITS}))?` +
    '|' +
    // …and as Hong Kong and Macau papers print theirs, in traditional characters read simplified (set fh):
    // 【本報消息】, 【本報綜合外電報道】, 【本報綜合報道】, and an agency's with the day alone, 【新華社某地十一日電】
    `【(?:本报|[${HAN}]{1,8}报)(?:综合)?(?:外电)?(?:消息|报道|专电)】` +
    '|' +
    `【(?:${AGENCY})[${HAN}]{0,8}?(?:${DISPATCH_DAY}|(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})日)电】` +
    '|' +
    // …with its news brand first, as bylines print it too: 石榴云/新疆日报讯（记者 某某）
    `(?:[${HAN}A-Za-z+]{1,8}[/／])?[${HAN}]{1,8}?(?:日报|晚报|都市报|商报|时报|报|网)讯\\s*(?:[（(][^（()）]*[）)]|${PRESS_CREDITS})?` +
    '|' +
    `[${HAN}]{1,6}讯\\s*(?:[（(][^（()）]*[）)]|\\s${PRESS_CREDITS})` +
    '|' +
    // A 讯 with its place and day, as economic and trade dailies head their own reports: 本报北京8月7日讯（记者 某某） (set gz)
    `(?:${AGENCY})[${HAN}]{0,8}?${DISPATCH_DAY}讯\\s*(?:[（(][^（()）]*[）)]|${PRESS_CREDITS})?` +
    '|' +
    // 本报太原10月22日电（记者 王五）, 新华社北京12月27日电, 据新华社东京2月13日电 (relayed), 本报电
    `据?(?:${AGENCY})(?:[${HAN}]{0,8}?${DISPATCH_DAY})?电\\s*(?:[（(][^（()）]*[）)])?` +
    '|' +
    // An agency's feature or special dispatch, named so before its text: 新华社特稿, 新华社专稿 (set aq)
    `(?:${AGENCY})(?:特稿|专稿)` +
    ')',
);

/**
 * 1 for each UTF-16 unit that reads as 讯, 电, 稿 or 【 (the same or its traditional form, 訊 and 電):
 * every form DATELINE knows holds one of them.
 */
const DATELINE_MARK = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    const read = simplifiedFormOf(ch) ?? ch;
    if (read === '讯' || read === '电' || read === '稿' || read === '【') table[code] = 1;
  }
  return table;
})();

/**
 * Whether a dateline could open the paragraph: the longest form's mark (据 + a paper's name of six
 * characters + a place of eight + a day of eight, then 电) stands at the 24th character at most, so
 * a paragraph with no mark in its first 32 is no dateline. Most paragraphs are ruled out so, at a
 * table lookup per character, before the pattern and the traditional-character check run.
 */
function hasDatelineMark(paragraph: string): boolean {
  const end = Math.min(paragraph.length, 32);
  for (let i = 0; i < end; i++) if (DATELINE_MARK[paragraph.charCodeAt(i)] === 1) return true;
  return false;
}

export interface Dateline {
  /** The dateline exactly as printed, e.g. 本报讯（记者 郑苗苗）. */
  text: string;
  /** What is inside the brackets, e.g. 记者 郑苗苗; null when there are none. */
  credits: string | null;
  agency: string;
  place: string | null;
}

/**
 * The 讯头 or 电头 opening a paragraph, or null: its text as printed, the credits inside its
 * brackets (or after it, unbracketed), who filed it (本报, 新华社, 某某日报) and the place. A page
 * in traditional characters (本報訊（記者 某某）) reads the same (fold.ts): the text, credits and
 * place are as printed, the agency in simplified form. Never throws.
 */
export function parseDateline(paragraph: string): Dateline | null {
  if (!hasDatelineMark(paragraph)) return null;
  // The stages ask of the same paragraph twenty times over: the answers are kept, frozen, for a while.
  const known = DATELINES_READ.get(paragraph);
  if (known !== undefined) return known;
  if (DATELINES_READ.size >= 4096) DATELINES_READ.clear();
  const dateline = readDateline(paragraph);
  DATELINES_READ.set(paragraph, dateline === null ? null : Object.freeze(dateline));
  return dateline;
}

const DATELINES_READ = new Map<string, Dateline | null>();

function readDateline(paragraph: string): Dateline | null {
  // A dateline stands at the paragraph's start; its first 200 characters hold any dateline printed.
  let m = DATELINE.exec(paragraph);
  if (!m) {
    const start = paragraph.slice(0, 200);
    if (!hasTraditional(start)) return null;
    m = DATELINE.exec(simplifiedForReading(start));
  }
  if (!m) return null;
  const folded = m[1].trimEnd();
  const text = paragraph.slice(0, folded.length);
  const bracket = /[（(]([^（()）]*)[）)]$/.exec(text);
  const agency = new RegExp(`^【?据?(${AGENCY})`).exec(folded)?.[1] ?? /^【?([^【】]+?)讯/.exec(folded)?.[1] ?? folded;
  const placeMatch = new RegExp(`^(【?据?${agency})([${HAN}]+?)(?:[0-9０-９]|[一二三四五六七八九十]{1,3}[月日])`).exec(folded);
  const place = placeMatch ? text.slice(placeMatch[1].length, placeMatch[1].length + placeMatch[2].length) : null;
  // Reporters named after 讯 without brackets (南都讯 记者某某 通讯员某某, 【某报讯】记者某某报道：).
  const after = bracket ? null : /^(.*?讯】?\s*)(.+?)(?:报道[：:])?$/.exec(folded);
  const unbracketed = after ? text.slice(after[1].length, after[1].length + after[2].length).trim() : null;
  return { text, credits: bracket ? bracket[1].trim() : unbracketed, agency, place };
}

// ── bylines 署名 ─────────────────────────────────────────────────────────
/** A two-character name spaced out to the width of three (王  正), as bylines and credits print it. */
const SPACED_NAME = `[${HAN}][\\s\\u3000]{1,3}[${HAN}]`;
/** A name in a byline: written out, or two characters spaced apart after a space (本报记者  马  晨). */
const BYLINE_NAME = `(?:\\s+${SPACED_NAME}(?![${HAN}])|\\s*${NAME})`;
/**
 * Who a reporter works for, before the role: 本报, 新华社驻某地, another paper, a paper with its news
 * brand (楚天都市报极目新闻, 华西都市报-封面新闻, 扬子晚报/紫牛新闻, 齐鲁晚报·齐鲁壹点) or the brand first
 * (某海新闻/某岛日报, set g), a 都市报's short name (南都记者, 温都记者: set am), and 全媒体, 融媒体 or 全媒
 * before the role (中国妇女报全媒体记者, 湖北日报全媒记者: set aq), as city and national papers print them; a
 * county media centre's reporter signs as 融媒记者 (融媒记者　某某　通讯员　某某, set dv). In the truths of all sets
 * and rmrb-2019 the 5 short lines opening 融媒记者 are 2 bylines (a piece's first paragraph) and 3 photo credits
 * (……摄); none is a headline-block line. A provincial paper's news app alone may name its reporter, as 上观新闻,
 * 川观新闻 and 南方+ sign (某观新闻记者 某某, 某某+记者 某某: set fq), a second role after the first name too
 * (某某日报记者 某某 某某+记者 某某 通讯员 某某), the name set apart from the role (加强新闻记者队伍建设 … is
 * rmrb-2019's headline); the truths' 6 lines so opened are all paragraphs. A paper's
 * correspondent abroad signs as its own do, with where they are posted (某某经济报驻某国记者 某某: set fp); a paper
 * and its app joined by a dot sign so too (某某晚报·某某+记者 某某: set gl).
 */
const PRESS =
  `(?:本报(?:驻[${HAN}]{1,8})?|新华社(?:驻[${HAN}]{1,8})?|[${HAN}]都(?=记者|通讯员|实习生)|[${HAN}]{2,4}新闻(?=(?:记者|通讯员|实习生|评论员)[ \\u3000])|[${HAN}]{1,4}\\+(?=(?:记者|通讯员)[ \\u3000])|(?:[${HAN}]{2,4}新闻[/／·]|[${HAN}]{2,6}[/／])?[${HAN}]{1,6}?(?:日报|晚报|都市报|青年报|报)社?(?:驻[${HAN}]{1,8}?(?=记者|通讯员|实习生|摄影))?(?:[-－—/／·][${HAN}]{2,6}?\\+?|[${HAN}]{2,4}?新闻)?)?(?:全媒体|融媒体|全媒|融媒)?`;
/**
 * A marked byline may name a writer before the reporter (■某  某 本报特约记者 某某), as military and 专版 pages do;
 * a photo story's byline opens with 文/图 (文/图 某某晚报记者 某某某 实习生 某某某, set v of other papers' pages),
 * a service page's with 文/ (文/某某日报记者  某  某  通讯员  某某某, set ap).
 */
const BYLINE = new RegExp(
  `^(?:[□■◆●]\\s*(?:(?:${SPACED_NAME}|${NAME})\\s+(?=[${HAN}]))?|(?:文[/／·]图|图[/／·]文)\\s*[:：]?|文\\s*[/／:：])?\\s*${PRESS}(?:特约)?(?:${ROLE})${BYLINE_NAME}*(?:\\s+${PRESS}(?:${ROLE})${BYLINE_NAME}+)*(?:\\s+(?:文[/／]图|图[/／]文))?$`,
);

/**
 * Who told an oral history and who wrote it down (口述 某某某 整理 本报记者 某  某), as 城市记忆 pages
 * sign them (set y of other papers' pages).
 */
const ORAL_HISTORY = new RegExp(
  `^口述[：:]?\\s*(?:${SPACED_NAME}|${NAME})\\s+整理[：:]?\\s*(?:${PRESS}(?:特约)?(?:${ROLE})\\s*)?(?:${SPACED_NAME}|${NAME})(?:\\s+(?:${SPACED_NAME}|${NAME}))*$`,
);

/** A paper's desk or team signing a piece: 本报理论部, 本报评论部, 本报联合调查组 (set w of other papers' pages). */
const DESK = /^本报[\u4e00-\u9fff]{1,6}(?:部|组|室)$/;

/**
 * A byline line under a headline: 本报记者 董芳, □ 本报记者 任翔宇, 山西日报评论员, and a
 * two-character name spaced to the width of three (本报记者  马  晨) as papers set it. A photo
 * credit (…摄, …摄影报道, 通讯员 某某 供图) is no byline.
 */
/**
 * A pupil's school and class before the name, as a 少年 or 校园 page signs a composition: 某市某区某某小学五（2）班 某某某,
 * 某某中学初二（5）班 某某 (set bj).
 */
const PUPIL = new RegExp(`^[${HAN}]{2,24}(?:小学|中学|学校|附小|附中|一中|二中|三中|幼儿园)[${HAN}]{0,6}[（(][0-9０-９]{1,2}[）)]班[\\s\\u3000]+(?:${SPACED_NAME}|${NAME})$`);

/**
 * A 理论 or 书评 page's writer named after 作者： with the post in brackets (作者：某某某（某大学哲学系教授）), or
 * alone (作者：某  某). In the truths of all sets and rmrb-2019, 20 paragraphs open with 作者：, none a headline-block line.
 */
const AUTHOR_LINE = new RegExp(`^作者[：:]\\s*(?:${SPACED_NAME}|${NAME})(?:[（(][^（()）]{2,30}[）)])?$`);

export function isByline(printed: string): boolean {
  // A page set in traditional characters (記者 某某 通訊員 某某) is read on its simplified copy.
  const text = simplifiedForReading(printed);
  if (isWriterMark(text) || DESK.test(text) || ORAL_HISTORY.test(text) || PUPIL.test(text) || AUTHOR_LINE.test(text) || creditsTextAndPictures(text)) return true;
  return text.length <= 40 && BYLINE.test(text) && !/(?:摄(?:影报道)?|供图)$/.test(text) && !isBodyOpener(text) && !REPORTER_LABEL.test(text) && !labelAfterRole(text) && !wordsAfterRole(text);
}

/**
 * A role run together with three characters or more that open with no surname, common or compound (晚报记者探访东门临时菜场,
 * 记者走访城区六所中小学, 特派记者北京直击): what the reporter did, a kicker or a label, not a reporter named without a
 * space (本报记者王小平, 记者欧阳明). In the truths of all sets and rmrb-2019, 56 headline-block lines and 3 paragraphs
 * (none a byline) are a role and three characters or more run together (set ts: the kicker had been read as a byline).
 */
function wordsAfterRole(text: string): boolean {
  const run = ROLE_AND_WORDS.exec(text)?.[1];
  return run !== undefined && !isCommonSurname(run.charAt(0)) && !COMPOUND_SURNAME_START.test(run);
}
const ROLE_AND_WORDS = new RegExp(`^${PRESS}(?:特约)?(?:${ROLE})([${HAN}]{3,})$`);
const COMPOUND_SURNAME_START = new RegExp(`^(?:${COMPOUND_SURNAMES.join('|')})`);

/** How a line that asks ends: a question mark, or a question's last word (……能用吗, ……怎么办, ……如何). */
const ASKING_END = /(?:[？?]|吗|呢|么办|咋办|如何|为何)[”’」』]?$/;

/**
 * A question word close to the line's end, a verb or two after it (船员证丢了怎么补办, 灭火器多久换一次, 额度怎么定), or a
 * choice put as yes-or-no (孩子反复咳嗽要不要拍片, 能不能).
 */
const ASKING_WORD = /(?:怎么|怎样|多久|多少|哪些|哪里|哪儿|能否|是否|可否|为啥)[\u4e00-\u9fff]{0,4}$|(要|能|该|会|可|是|有)(?:不|没)\1/;

/**
 * The line asks (外地游客能用吗, 孩子迷上网络游戏怎么办, ……吗？, 船员证丢了怎么补办, 要不要拍片). Where from: in the truths of all sets
 * and rmrb-2019, 250 kickers, headlines and subheadlines end in such a word without a question mark, and only 7 short
 * paragraphs do (subheads of features: 老师不够怎么办); of the lines standing between an answer and the next question, the
 * 10 headlines of the next item all ask so (sets au, uk, un, uq, vb, vo, vx) and none of the 16 subheads does. Pure.
 */
export function asks(text: string): boolean {
  const line = text.trim();
  return ASKING_END.test(line) || ASKING_WORD.test(line);
}

/** A sentence's stop and a name of two or three characters after it, or a name spaced to a width (滕　野). */
const RUN_IN_SIGNER = /[。！？][”’」』]?([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff]{1,2})$/;

/**
 * The text ends a sentence and then its writer's name, run in (……焕然一新。钟岩, ……无处藏身。卢　湄), the name opening
 * with a common surname or spaced to a width, or a quotation and who said it after a dash (……。”——读者　某某某): a short comment or a voice
 * signed, so it has ended (sets mn, ts, tx). Pure.
 */
export function endsRunInSignature(text: string): boolean {
  if (QUOTE_ATTRIBUTED.test(text)) return true;
  const signer = RUN_IN_SIGNER.exec(text)?.[1];
  // A name spaced to a width is a name whatever its first (禤　桦: set zs): in the truths all 60 paragraphs ending in a stop
  // and two characters so spaced end on a name, 6 of them with no common surname.
  return signer !== undefined && (/[ \u3000]/.test(signer) || isCommonSurname(signer.charAt(0)));
}

/** A quotation closed and then who said it after a dash (●“……。”——读者　某某某, “……！”——某村村民　某某): a voice signed (set tx). */
const QUOTE_ATTRIBUTED = /[。！？][”」』]——[^“”「」『』。，！？]{2,20}$/;

/**
 * Who wrote and who took the pictures, one after the other: 文/某某日报记者 某某　图/某某日报记者 某　某; or who else gave the
 * piece, told or drew it (文/某某　口述/某某某: set zzzzv's 纪实连载).
 */
const TEXT_AND_PICTURES = /^(文[ \u3000]*[/／:：].+?)[ \u3000]+(?:图|摄影|口述|整理|插图|绘图)[ \u3000]*[/／:：][ \u3000]*(.+)$/;

/**
 * A byline naming the writer after 文/ and the photographer after 图/ (文/本报记者 某某 图/本报记者 某  某,
 * 文/某某　图/某　某, 文/某某记者 某某 图/受访者提供). In the truths of all sets and rmrb-2019 the 8 lines so
 * printed are all paragraphs, each a piece's byline (set gg's blank-lines page read it as a headline).
 */
export function creditsTextAndPictures(text: string): boolean {
  const m = text.length <= 48 ? TEXT_AND_PICTURES.exec(text) : null;
  if (!m) return false;
  const [, writer, pictures] = m;
  return (BYLINE.test(writer) || WRITER_MARK.test(writer)) && (BYLINE.test(pictures) || NAMES_ONLY.test(pictures) || /^[\u4e00-\u9fff]{2,12}提供$/.test(pictures));
}

const ROLE_AND_TWO = new RegExp(`^(?:本报|新华社)?(?:特约)?(?:${ROLE})([${HAN}]{2})$`);

/**
 * A role run together with two characters that open with no common surname (记者追访, 记者提醒,
 * 通讯员说): a label, as 记者调查 is (REPORTER_LABEL), not a reporter named without a space
 * (记者王平), who would be credited as 追访 or 提醒. Set bu's 读者来信 page prints 记者追访 over the
 * reporter's reply; sets v and w print 记者提醒 and 记者追访 inside a story (storyBoxLabels).
 */
export function labelAfterRole(text: string): boolean {
  const m = ROLE_AND_TWO.exec(text);
  return m !== null && !isCommonSurname(m[1].charAt(0));
}

/**
 * A young writer's school and class, then the name (某市实验小学四（3）班　某某, 某学院2013级　某某, 某县
 * 某中学　某  某, 某城二中　初二学生　某　某: set zh), as a student paper prints it over or under an essay, perhaps with the child's age after
 * (某市实验小学二（5）班　某某　8岁, 某某幼儿园大班　某某　6岁（妈妈代笔）: set ld's 童诗). In the truths of all sets and
 * rmrb-2019 all 27 lines of this shape are paragraphs (sets bj, dt, fj, ld), none a headline-block line.
 */
const STUDENT_WRITER = /^[□■]?[\u4e00-\u9fff（）()0-9０-９]{2,30}(?:级|班|年级|学校|中学|小学|学院|[一二三四五六七八九十]中)(?:[\u3000 ]+(?:[初高][一二三]|[一二三四五六]年级)学生)?[\u3000 ]+[\u4e00-\u9fff](?:[\u3000 ]{0,2}[\u4e00-\u9fff]){1,2}(?:[\u3000 ]+[0-9０-９]{1,2}岁(?:[（(][^（()）]{1,8}[）)])?)?$/;

/**
 * A paper's young reporter (小记者) and their school and class, in any order, the school in brackets or set apart:
 * 小记者　某某（某某小学五年级2班）, 某某晚报小记者　某某（……）, 小记者　某某　某某中学初一（5）班,
 * 某某小学四年级（3）班　小记者　某某, （……班　小记者　某某） (set ia), the paper's short name before them too (本报小记者,
 * 晚报小记者: set ld). In the truths of all sets and rmrb-2019 the
 * 9 lines of these shapes are all paragraphs: bylines under a headline or signatures after a report's last sentence.
 */
const YOUNG_REPORTER = new RegExp(
  `^(?:[${HAN}]{1,8}(?:报|刊))?小记者[\\s\\u3000]+(?:${SPACED_NAME}|${NAME})(?:[\\s\\u3000]*[（(][^（）()]{2,30}[）)]|[\\s\\u3000]+[${HAN}（）()0-9０-９]{2,30}(?:班|级))$` +
    `|^[（(]?[${HAN}（）()0-9０-９]{2,30}(?:班|级)[\\s\\u3000]+小记者[\\s\\u3000]+(?:${SPACED_NAME}|${NAME})[）)]?$` +
    // The paper's young reporters named without their schools, the paper before them (晚报小记者　某某　某某　某某: set ld).
    `|^[${HAN}]{1,8}(?:报|刊)小记者(?:[\\s\\u3000]+(?:${SPACED_NAME}|${NAME}))+$`,
);

/** Whether a line names a young writer by school and class (STUDENT_WRITER), or a young reporter so (YOUNG_REPORTER). Takes a trimmed line. */
export function isStudentWriter(text: string): boolean {
  return STUDENT_WRITER.test(text) || YOUNG_REPORTER.test(text);
}

/** A paragraph closed by its reporters' names in brackets after its last stop: ……。（记者 某  某 通讯员 某某）, ……。（都市报记者　某　某）. */
const REPORTER_SIGNED = /[。！？][”’」』]?[（(](?:本报|晚报|都市报|晨报|日报)?(?:特约|特派)?(?:记者|通讯员)[^（()）]{1,30}[）)]$/;

/**
 * The text ends a sentence and then names its reporters in brackets (……8万笔。（记者 某某）), as
 * briefs and box items sign themselves: the end of a piece of text, never a headline. Pure.
 */
export function endsSignedByReporter(text: string): boolean {
  return REPORTER_SIGNED.test(text);
}

/**
 * A paragraph closed in brackets after its last stop by who wrote or answered it: a name alone (……1.2万吨。（隗　野）,
 * ……开展义诊。（卫文）) or an office, up to 12 characters (……劳动保护条件。（市教育局职成科）); not a picture's
 * credit (（资料图片）, （受访者供图）) or an excerpt's mark (（节选）).
 */
const SIGNED_IN_BRACKETS = /[。！？][”’」』]?[（(](?!节选|未完|待续|续完)(?:[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,2}|[\u4e00-\u9fff]{4,12}(?<!图片|供图|照片|图))[）)]$/;

/**
 * The text ends a sentence and then who wrote or answered it in brackets, without a reporter's role (……。（隗　野）,
 * ……。（市教育局职成科）): a brief or an answer signed, so it has ended. In the truths of all sets and rmrb-2019, 863
 * paragraphs closed so end their piece; of the 738 that do not, the line after is the page's editor line (464), a marked
 * item (■……, ●……: 198), a quotation, a question or a paragraph, and one a short line with a colon (南湖街道：为独居老人
 * 安装“一键呼”). Pure.
 */
export function endsSignedWithoutRole(text: string): boolean {
  return SIGNED_IN_BRACKETS.test(text);
}

/** The label of a reporter's note printed after a report (记者手记, 采访手记, 记者札记): a label that closes a body, where 核心阅读 opens one. */
const REPORTERS_NOTE = /^(?:记者手记|采访手记|记者札记)$/;

export function isReportersNote(text: string): boolean {
  return REPORTERS_NOTE.test(text);
}

/**
 * A paragraph a reader signs after a dash, the role perhaps before the name and the place in brackets after it
 * (……真替她捏一把汗。——读者　某某某, ……”——市民　某　某, ……？——读者　某某某（东城区）): a letter or a voice that has ended. In the
 * truths of all sets and rmrb-2019, 15 pieces end on such a paragraph, 13 of them before a piece with a headline; of the 59 inside
 * a piece none is followed by a subhead, the 9 followed by a short line by an editor's, a collector's or a reporter's line (set
 * zzzzo: 读者回音's second letter had been read as a subhead of the first).
 */
const SIGNED_AFTER_DASH_BY_READER = /[。！？”…][”’」』]?——(?:读者|网友|市民|听众|观众|家长|学生|居民|村民|老顾客|顾客)?[ \u3000]*[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3}(?:[（(][^（）()]{1,12}[）)])?$/;

export function endsSignedAfterDash(text: string): boolean {
  return SIGNED_AFTER_DASH_BY_READER.test(text);
}

/** A paragraph closed by where it was taken from, in brackets after its last stop: ……。（据新华社）, ……。（综合新华社电）, ……。（据《某某报》）. */
const SOURCE_SIGNED = /[。！？][”’」』]?[（(](?:(?:据|综合|本报综合)[^（()）]{2,20}|新华社|中新社)[）)]$/;

/**
 * The text ends a sentence and then names the agency or paper it retells in brackets (……出行。（据新华社）),
 * as a 国际 page's briefs sign themselves (set ch's 世界简讯): the end of a brief, never a headline. Pure.
 */
export function endsSignedBySource(text: string): boolean {
  return SOURCE_SIGNED.test(text);
}

/** A reader's comment as 晚报 and 都市报 print them under a story: @网名：…… (set v of other papers' pages). */
export function opensComment(text: string): boolean {
  return /^@[^\s@：:]{1,20}[：:]/.test(text);
}

/** Names alone, as a byline cut after its role carries them on the next line: 殷  越, 韩东宁 刘子墨. */
const NAMES_ONLY = new RegExp(`^(?:${SPACED_NAME}|${NAME})(?:\\s+(?:${SPACED_NAME}|${NAME}))*$`);

/**
 * Line `text` is a byline that ends in its role (文/图 某某都市报记者), `next` the names the column
 * width carried to the next line (殷  越): together they are one byline (set v of other papers' pages).
 */
export function isBylineCutAfterRole(text: string, next: string): boolean {
  return ENDS_IN_ROLE.test(text) && isByline(text) && NAMES_ONLY.test(next) && isByline(`${text} ${next}`);
}

/** A line ending in a reporter's role (……都市报记者, ……通讯员). */
const ENDS_IN_ROLE = new RegExp(`(?:${ROLE})$`);

/**
 * A writer named as 副刊 and comment pages name one (文／某某, □ 某  某, □ 某某某), not a reporter: such
 * a byline heads a piece of its own, never a section of a report.
 */
export function isWriterMark(text: string): boolean {
  return text.length <= 20 && (WRITER_MARK.test(text) || MARKED_SPACED_NAME.test(text) || MARKED_POST_NAME.test(text) || (WHITE_SQUARE_NAME.test(text) && !isBodyOpener(text) && !MARKED_PLACE.test(text)));
}

/**
 * A county or district after a white mark (□　某某县, □　某某区), as a city paper's 县区 page bans its briefs: a
 * place, not a writer. In the truths of all sets and rmrb-2019 the 3 white-mark lines of two to four characters
 * ending in 县, 区, 市, 旗, 镇 or 乡 are kickers (set hp), none of the 348 such lines that are paragraphs so ends.
 */
const MARKED_PLACE = new RegExp(`^[□◎○◇][\\s\\u3000]*[${HAN}]{1,3}(?:县|区|市|旗|镇|乡)$`);

/** Whether the line is a county's or district's banner after a white mark (□　某某县): see MARKED_PLACE. Pure. */
export function isMarkedPlace(text: string): boolean {
  return MARKED_PLACE.test(text);
}

/**
 * A writer named by post after a white square (□ 全国政协委员 某  某, □ 某大学教授 某某某, □ 某市财政局党组书记、局长　某某某),
 * as a 政协 or 学习体会 page signs its members' pieces: a byline like □ 某某某 (sets g, js; the □ lines above).
 */
const MARKED_POST_NAME = new RegExp(`^□\\s*[${HAN}](?:[${HAN}]|、(?=[${HAN}])){1,15}[\\s\\u3000]+(?:${SPACED_NAME}|${NAME})$`);

/**
 * A clause announcing what follows at a paragraph's end: 具体如下：, 通报如下：, 现答复如下：, 应把好以下三关：. Never a
 * title: the truths' 227 lines so ending are all paragraphs; 425 paragraphs end on one with another after them.
 */
export const ANNOUNCES_LIST = /(?:如下|以下[\u4e00-\u9fff]{0,6})[：:]$/;

/**
 * A label a paper prints over a reporter's piece, shaped like a role and a name: 记者观察, 记者追踪,
 * 记者帮办 (set aj), 晚报记者调查 (set ml), and with a series' name after a middle dot: 记者蹲点·乡村振兴 (set cb); a 特派 reporter's label with the
 * place between (特派记者北京直击: set jr), which no byline is: a name does not end in 直击 or 连线.
 */
export const REPORTER_LABEL = /^(?:本报|新华社|晚报|都市报|晨报|日报)?(?:特约|特派)?记者(?:[\u4e00-\u9fff]{2}(?=直击|连线|现场|观察|手记|日记|札记))?(?:观察|调查|追踪|连线|视点|来信|探访|笔记|述评|专访|手记|札记|日记|走基层|体验|暗访|回访|帮办|帮忙|帮你办|帮你问|直击|现场|在现场|在线|问政|跑腿|蹲点)(?:[·・•][\u4e00-\u9fff]{2,10})?$/;

/**
 * A writer named after 文／ (文／某某, 文/图 某某, 图文／某某), as features and 副刊 pages print them, perhaps after a
 * writer's mark (□　文/图　某某某: set hc; the truths' 62 lines of this shape are all paragraphs, 61 the writer's line).
 */
const WRITER_MARK = new RegExp(`^(?:[${WRITER_MARKS}][ \u3000]*)?(?:(?:文|图文|文图)\\s*[／/|｜:：]|文[／/·]图\\s*[／/|｜:：]?)\\s*(?:${SPACED_NAME}|${NAME})(?:[\\s、，]+(?:${SPACED_NAME}|${NAME}))*$`);
/**
 * A name spaced out after a mark (□ 林 枫, ■ 王  平, ○ 邵  澜, ◇ 杨  澈, ◎韩  雪): a 副刊 page's writer (the
 * white circle and diamond: set s of other papers' pages; the bullseye: set t), perhaps with what the writer did (□某　某　搜集整理
 * over a folk tale, □某　某　译: set zzzv). A mark over an unspaced word is a column (■ 经济观察).
 */
const MARKED_SPACED_NAME = new RegExp(`^[${WRITER_MARKS}]\\s*[${HAN}](?:[\\s\\u3000]{1,3}[${HAN}]){1,2}(?:[\\s\\u3000]*(?:搜集整理|整理|编译|口述|讲述|著|译))?$`);

/**
 * A name after a white square or a bullseye (□ 某某某, ◎某某某), unspaced: a writer. Every □ line on the
 * rmrb-2019 pages, the seeds and the other papers' pages is a byline, but for labels opening a part
 * of a body (□ 采访手记); columns take the black square (■ 城事). A name joined by the middle dot
 * (□ 某某·某某) is one too: the truths' one such line signs a poem (set cz). Every ◎ line of two to four
 * characters on them names a 副刊 writer (set ao); so do the white circle and diamond (○　某某某, ◇ 某某:
 * sets gc, s), perhaps with what the writer did set apart (□　某某某　著: set zzzzv's serial). In the truths of all sets and
 * rmrb-2019 every line of a white mark and two or three characters (279) is a paragraph.
 */
const WHITE_SQUARE_NAME = new RegExp(`^[□◎○◇][\\s\\u3000]*(?:[${HAN}]{2,4}|${DOTTED_NAME})(?:[\\s\\u3000]+(?:著|译|编著|搜集整理|整理))?$`);

/** A name after a black mark, unspaced: ■ 某某某, ◆ 某某 (a column's mark over a word reads the same: ■ 经济观察). */
const MARKED_UNSPACED_NAME = new RegExp(`^[■◆●▲]\\s*((?:${COMPOUND_SURNAMES.join('|')})[${HAN}]{1,2}|[${HAN}]{2,3})$`);

/**
 * The line is a black mark before an unspaced name of two or three characters (four with a
 * two-character surname) opening with a common surname (■ 某秋生): a writer's byline where it
 * stands under a headline and over its text (blocks.ts decides by place), as 副刊 pages sign essays
 * (set cm). Pure.
 */
export function isMarkedUnspacedName(text: string): boolean {
  const name = MARKED_UNSPACED_NAME.exec(text)?.[1];
  return name !== undefined && (COMPOUND_SURNAMES.some((s) => name.startsWith(s)) || isCommonSurname(name.charAt(0)) || PEN_NAME.test(name));
}

/**
 * A columnist's pen name as Hong Kong and Macau papers sign their columns: 阿某, 老某, 某叔, 某伯, 某姐
 * (■波叔 under 體壇一筆: set fh). In the truths every line of a black mark and two or three characters
 * is a byline (253) but for three columns' marks (■天气, ■城事, ■ 提醒), none of this shape.
 */
const PEN_NAME = /^(?:[阿老][\u4e00-\u9fff]|[\u4e00-\u9fff](?:叔|伯|哥|姐|嫂|婆|仔|妹))$/;

/** A line naming a speaker by post and name, as a forum's talks print it: 某大学新闻学院院长  王  平. */
const SPEAKER = /^[^\s，。；：]{4,30}[ \u00a0\u3000]{2,}[\u4e00-\u9fff](?:[ \u00a0\u3000]{0,2}[\u4e00-\u9fff]){1,2}$/;

/**
 * A leader's post and name, the name set apart by space: 中共某某区委书记　李某某, 某某集团董事长　孙某某,
 * □某某学院院长　赵某某 (sets bh of other papers' pages). The post ends in a leader's title.
 */
const LEADER_BYLINE = new RegExp(
  `^□?[${HAN}（）()]{2,24}(?:书记|区长|市长|县长|省长|州长|旗长|镇长|乡长|董事长|总经理|总裁|院长|校长|局长|主任|主席|行长|厂长|部长|会长|理事长)[ \u3000]+(?:${SPACED_NAME}|${NAME})$`,
);

export function isLeaderByline(text: string): boolean {
  return LEADER_BYLINE.test(text);
}

export function isSpeakerLine(text: string): boolean {
  return SPEAKER.test(text) && !isByline(text);
}

/**
 * A deputy's or member's post and name, on a line of its own over the excerpt of what they said
 * (市政协委员、某某商会副会长　某某某, 全国人大代表、某某合作社理事长　某  某, 市党代会代表、某某乡党委书记　某某某):
 * 两会 and 党代会 pages print one under each speech's title. The truths of all sets and rmrb-2019 hold
 * 18 such lines, every one the first paragraph of the speech (sets br, cp, cw), none a headline-block line.
 */
const DELEGATE_LINE = /^[^，。；：\s、—]{0,8}(?:人大代表|政协委员|党代会代表|党代表)、[^，。；：\s]{2,30}[ \u3000]+(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff])$/;

/**
 * A name list's note on its order or count, in brackets: （按姓氏笔画为序）, （共63名，按姓氏笔画为序）, （共12名）,
 * （排名不分先后）. Standing apart from the list's title it is the list's text: the truths hold 5 such lines, all
 * paragraphs (sets bq, cw); the one printed tight under its title (set ac) is the title's subheadline.
 */
const LIST_ORDER_NOTE = /^[（(](?:[^（）()]*(?:笔画为序|笔划为序|不分先后)[^（）()]*|共[0-9０-９一二三四五六七八九十百千]+(?:名|人))[）)]$/;

/** One name of a list: 2–3 characters, or two set apart to the width of three (甘　霖), perhaps with （女）. */
const LISTED_NAME = '(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])(?:[（(]女[）)])?';
/**
 * A row of a name list: four names or more set apart by full-width spaces (于某平　韦某燕　甘　霖　卢某梁). The truths
 * hold 27 such rows (sets bq, cw) and a few table heads so spaced (名次　代表团　金牌　银牌　铜牌), all text, no headline.
 */
const NAME_ROW = new RegExp(`^${LISTED_NAME}(?:\u3000+${LISTED_NAME}){3,}$`);

/** Whether the line is a deputy's or member's post and name (DELEGATE_LINE). Pure. */
/**
 * The same printed name first, the post after it in brackets, perhaps behind a box's mark (某某某（市人大代表、
 * 某某村村委会主任）, 某某某（女，某某医院儿科主任）, ■某某某（某镇果农）, ■某 某（某班班长）): the truths of all sets
 * and rmrb-2019 hold 32 lines of a name and a post so ending (sets bc, br, bx, cw), every one a paragraph over what
 * the speaker said, none a headline-block line (sets br's 代表心声 and bx's 建设者说 boxes had read each as a
 * headline, its post as the column).
 */
const NAMED_DELEGATE_LINE = /^[■●□]?(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff])(?:·[\u4e00-\u9fff]{1,6})?[（(][^（）()]{4,40}(?:代表|委员|书记|主任|经理|大户|教授|医生|教师|老师|村民|居民|职工|工人|主席|负责人|党员|学生|农民|店主|专家|户|农|师|长|员|手)[）)]$/;

/**
 * The member's seat first, then the name, perhaps their work in brackets after it (市政协委员　某某某（某某集团副总工程师）,
 * 市人大代表　某　某): one more way a 两会 page prints the speaker over what they said (set jr).
 */
const SEAT_THEN_NAME_LINE = /^[^，。；：\s、—]{0,8}(?:人大代表|政协委员|党代会代表|党代表)[ \u3000]+(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff])(?:[（(][^（）()]{2,40}[）)])?$/;

export function isDelegateLine(text: string): boolean {
  return DELEGATE_LINE.test(text) || NAMED_DELEGATE_LINE.test(text) || SEAT_THEN_NAME_LINE.test(text);
}

/** Whether the line is a name list's bracketed note on its order or count (LIST_ORDER_NOTE). Pure. */
export function isListOrderNote(text: string): boolean {
  return LIST_ORDER_NOTE.test(text);
}

/** Whether the line is a row of a name list (NAME_ROW). Pure. */
export function isNameRow(text: string): boolean {
  return NAME_ROW.test(text);
}

// ── photo credits and captions 图片说明 ───────────────────────────────────
/** Where the picture came from, after the credit: （影像中国）, （人民视觉）, （新华社发）. */
const PICTURE_SOURCE = '(?:[（(][^（()）]{2,12}[）)])?';
/**
 * A picture's credit: who took it, then 摄 (本报记者　某　某　摄, 某某摄（影像中国）), or 文/摄 and 文并摄 where one reporter wrote
 * the piece and took its pictures (都市报记者　某　某　文/摄 under a photo story's numbered captions: sets wt, wu).
 */
const CREDIT = new RegExp(
  `((?:本报|新华社|人民日报|中新社|特约|${PRESS}(?=${ROLE}))?(?:${ROLE})?\\s*(?:${SPACED_NAME}|${NAME})(?:\\s+(?:${PRESS}(?=${ROLE})(?:${ROLE})\\s*)?(?:${SPACED_NAME}|${NAME}))*\\s*(?:(?:文?\\s*[／/]\\s*)?摄(?:影报道)?|文并摄|[／/]\\s*摄影)${PICTURE_SOURCE})$`,
);
const ENDS_LIKE_CREDIT = /摄(?:影报道)?(?:[（(][^（()）]{2,12}[）)])?$|(?:摄|供图)[）)]$|[／/]\s*摄影$|供图$|图片$|社发$|社图$|社照片$|视觉中国$|东方IC$|(?:法新|路透|美联|欧新|共同|塔斯|俄新|韩联|德新|安莎|埃菲)社?$/;
/**
 * A picture given to the paper: 受访者供图, 某某公司供图, 市档案馆 供图 (set y), 资料图片, or by a
 * correspondent named with the role (通讯员 某  某 供图, 本报通讯员 某某某供图: set ci's 党建 pages), or a
 * reader (市民 某  某供图: set cu). A body's name may be long (某某市滨江文化带建设指挥部供图: set sr; in the truths every
 * line of up to 18 characters and 供图 is a credit), set apart from 供图 by a space of either width (某某市档案馆　供图: set tm), or
 * a writer's name spaced alone (柏　蘅　供图: set zh, where the feature's writer gave its picture).
 */
const SUPPLIED_CREDIT = new RegExp(`((?:(?:(?:本报|新华社)?(?:${ROLE})|市民|读者|网友|志愿者)[ \u3000]*(?:${SPACED_NAME}|${NAME})[ \u3000]*|(?<![${HAN}])${SPACED_NAME}[ \u3000]+|[${HAN}]{2,16}[ \u3000]?)供图|资料图片)$`);
/**
 * A paper's own picture at a caption's end, no photographer named, right after its last stop:
 * ……拍照留念。星岛图片 (set g of other papers' pages). Never a line by itself (珍贵图片 may be a subhead).
 */
const PAPER_PICTURE = new RegExp(`[。！？]([${HAN}]{2,4}图片)$`);
/**
 * A name written in characters for its sounds, its parts joined by ·: 马里奥·冈萨雷斯; a part may be two joined by a
 * hyphen, as a double given name is (让－皮埃尔·勒布朗, 让-皮埃尔·勒布朗: set qu's agency photo credit).
 */
const FOREIGN_PART = `[${HAN}]{1,8}(?:[－-][${HAN}]{1,8})?`;
const FOREIGN_NAME = `${FOREIGN_PART}(?:·${FOREIGN_PART}){1,3}`;

/** A credit printed wholly in brackets: （通讯员 某  某 摄）, （本报记者 某某摄）. */
const PHOTO_CREDIT_IN_BRACKETS = new RegExp(
  `([（(]\\s*(?:本报|新华社|人民日报|中新社|特约|${PRESS}(?=${ROLE}))?(?:${ROLE})?\\s*(?:${SPACED_NAME}|${NAME})(?:\\s+(?:${SPACED_NAME}|${NAME}))*\\s*摄\\s*[）)])$`,
);
/**
 * An agency's picture with its photographer in brackets: 新华社发（某  某摄）, 中新社发（某某 摄）, a foreign name's parts
 * set apart by a space where the dot is lost (新华社发（伊万　洛斯卡　摄）: set sv), or a body that gave it (新华社发（某国边界委员会
 * 供图）: set sz).
 */
const AGENCY_CREDIT = new RegExp(`((?:新华社|中新社|人民日报|本报)发\\s*[（(]\\s*(?:${SPACED_NAME}|${FOREIGN_NAME}|${FOREIGN_PART}(?:[\\s\\u3000]${FOREIGN_PART}){1,3}|${NAME})\\s*摄\\s*[）)]|(?:新华社|中新社)发\\s*[（(][${HAN}]{2,16}\\s*供图[）)])$`);

/**
 * An agency's picture, no photographer named: 新华社发, 中新社发 (rmrb-2019 prints 3 alone under captions; set ad),
 * and a foreign agency's as 国际 pages credit it: 法新社图, 路透社发, 美联社照片 (set ch), and a picture
 * agency's name alone: 视觉中国, 东方IC (set cr).
 */
const AGENCY_RELEASE = /((?:新华社|中新社)发|(?:法新社|路透社|美联社|欧新社|共同社|塔斯社|俄新社|韩联社|德新社|安莎社|埃菲社)(?:发|图|照片)|视觉中国|东方IC)$/;

/**
 * A foreign agency named alone as a picture's source, on a line of its own or after the caption's
 * last stop and a space: 路透社, 新华社/法新 (sets aq, ig, kw). In the truths all 22 such lines and
 * line ends are photo credits, none a headline.
 */
const AGENCY_ALONE = /(?:^|(?<=[。！？][”’」』]?[ \u3000]+))((?:新华社|中新社)[／/](?:法新|路透|美联|欧新|共同|塔斯|俄新|韩联|德新|安莎|埃菲)社?|法新社|路透社|美联社|欧新社|共同社|塔斯社|俄新社|韩联社|德新社|安莎社|埃菲社)$/;

/**
 * A photo credit at the end of a line: 本报记者 戎禹仁摄, 本报记者 韩莹 摄,
 * 新华社记者 徐昱摄, one wholly in brackets (（通讯员 某  某 摄）), and a picture given to the paper
 * (受访者供图, 资料图片), or a paper's own after the caption's last stop (……。星岛图片). `rest` is the
 * caption text before it ('' for a credit line).
 */
/**
 * A bare name's credit set apart by space after the caption's last stop: ……写生的学生。　某某某 摄
 * (set ay). Takes the line, the caption before the credit and the credit.
 */
function spacedBareCredit(text: string, rest: string, credit: string): boolean {
  return /[。！？]$/.test(rest) && /^[ \u3000]+$/.test(text.slice(rest.length, text.length - credit.length));
}

/** A credit closing with where the picture came from, in brackets: 某  某 摄（视觉中国）. */
const SOURCED_CREDIT = /摄[（(][^（()）]{2,12}[）)]$/;

/**
 * A photo credit at the end of a line, split from the caption before it (see above). A page set in
 * traditional characters (記者某某 攝, 記者某某／攝影: set bo) is read on its simplified copy
 * (fold.ts) and cut from the text as printed.
 */
export function splitCredit(text: string): { rest: string; credit: string } | null {
  const read = simplifiedForReading(text);
  const split = splitReadCredit(read);
  if (split === null || read === text) return split;
  const at = read.lastIndexOf(split.credit);
  return { rest: text.slice(0, split.rest.length), credit: text.slice(at, at + split.credit.length) };
}

/**
 * Where a picture came from, in brackets after the caption's last stop, no photographer named: ……搜寻生还者。（外电图片）,
 * ……（某某公司供图）. In the truths all 11 paragraphs so ended are captions (sets bx, cb, ck, cw, fh); （资料图片）
 * says what the picture is, not who gave it: an 上图/下图 pair's credit follows on a line of its own (set bx).
 */
const BRACKETED_PICTURE_SOURCE = new RegExp(`[。！？][”’」』]?[ \u3000]*([（(](?:(?!资料)[${HAN}]{0,8}图片|[${HAN}]{2,10}供图)[）)])$`);

/**
 * A picture's source alone on its line in brackets under the caption: an archive picture (……年画《福禄寿三星》。 / （资料图片）,
 * sets rx, aa), also with who gave it (（资料图片　市档案馆提供）, set xw; （图片由某某血站提供）: all 3 such lines in the truths
 * are pictures' credits), or one given to the paper (……夜景。 / （某某管委会供图）, set sa): its credit.
 */
const ARCHIVE_PICTURE_LINE = new RegExp(`^[（(](?:资料(?:图片|照片)(?:[ \u3000，,]*由?[${HAN}]{2,16}提供)?|图片由[${HAN}]{2,16}提供|[${HAN}]{2,16}供图)[）)]$`);

/**
 * A photographer named after the word for what they did, alone on the line: 特约摄影　某　某, 摄影：某某某 (sets vo, zzzu, zzzzf: the
 * truths' 3 such lines are each a headless picture's credit under its caption). The name set apart: 摄影手记 is a box's label.
 */
const PHOTOGRAPHY_BY = new RegExp(`^(?:特约)?摄影(?:[ \u3000]+|[ \u3000]*[：:][ \u3000]*)(?:${SPACED_NAME}|${NAME})$`);

function splitReadCredit(text: string): { rest: string; credit: string } | null {
  if (ARCHIVE_PICTURE_LINE.test(text) || PHOTOGRAPHY_BY.test(text)) return { rest: '', credit: text };
  const source = text.endsWith('）') || text.endsWith(')') ? BRACKETED_PICTURE_SOURCE.exec(text) : null;
  if (source) return { rest: text.slice(0, source.index + source[0].length - source[1].length).trimEnd(), credit: source[1] };
  if (!ENDS_LIKE_CREDIT.test(text)) return null; // cheap test first: the regex backtracks on long lines
  const supplied = SUPPLIED_CREDIT.exec(text);
  const m = supplied ?? CREDIT.exec(text) ?? AGENCY_CREDIT.exec(text) ?? PHOTO_CREDIT_IN_BRACKETS.exec(text) ?? AGENCY_RELEASE.exec(text) ?? AGENCY_ALONE.exec(text);
  if (!m) {
    const paper = PAPER_PICTURE.exec(text);
    return paper ? { rest: text.slice(0, paper.index + 1), credit: paper[1] } : null;
  }
  const credit = m[1].trim();
  // A bare name + 摄 is only a credit when it carries an agency or role, the picture's source in
  // brackets after it (某  某 摄（视觉中国）: set ar), or stands alone.
  const rest = text.slice(0, m.index).trimEnd();
  if (rest !== '' && !supplied && !/(本报|新华社|人民日报|中新社|记者|通讯员)/.test(credit) && !AGENCY_RELEASE.test(credit) && !AGENCY_ALONE.test(credit) && !SOURCED_CREDIT.test(credit) && !spacedBareCredit(text, rest, credit)) return null;
  if (rest !== '' && !endsSentence(rest)) return null;
  return { rest, credit };
}

/** An artist's credit under a cartoon or a drawing: 某　某　作, 某某某　作. */
const ARTIST_CREDIT = /^(?:[\u4e00-\u9fff][ \u3000]{1,4}[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4})[ \u3000]+作$/;

/** Is this trimmed line an artist's credit alone (某　某　作), as under a cartoon's title? */
export function isArtistCredit(text: string): boolean {
  return ARTIST_CREDIT.test(text);
}

export function isCreditLine(text: string): boolean {
  return splitCredit(text)?.rest === '';
}

/** Photographer names in a credit, as printed: 本报记者 韩莹 摄 → [韩莹]; 记者　某　某　文/摄 → [某某]; 記者許明德／攝影 → [許明德]; an illustrator's 某　某　绘 → [某某] (read on the simplified copy, fold.ts). */
export function creditNames(printed: string): string[] {
  const credit = simplifiedForReading(printed);
  if (SUPPLIED_CREDIT.test(credit) || /图片$/.test(credit) || AGENCY_RELEASE.test(credit) || AGENCY_ALONE.test(credit)) return [];
  const read = credit
    .replace(/^(?:新华社|中新社|人民日报|本报)发\s*[（(]\s*(.*?)\s*[）)]$/, '$1')
    .replace(/^[（(]\s*(.*?)\s*[）)]$/, '$1')
    .replace(/(?:(?:文?\s*[／/]\s*)?摄(?:影报道)?|文并摄|[／/]\s*摄影|(?<=\s)绘)(?:[（(][^（()）]*[）)])?$/, '')
    .replace(new RegExp(`^${PRESS}(?:特约)?(?=${ROLE})`), '')
    .replace(/^(本报|新华社|人民日报|中新社|特约)/, '')
    .replace(new RegExp(`^(${ROLE})`), '')
    .trim()
    .replace(/^(?:摄影)?[ \u3000]*[：:]/, '')
    .trim();
  // Only a prefix and a suffix were cut: the names stand at the same place in the credit as printed.
  const at = credit.indexOf(read);
  const body = printed.slice(at, at + read.length);
  const tokens = body.split(/\s+/).filter((n) => n !== '');
  // 王  正: two single characters spaced out are one name.
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].length === 1 && tokens[i + 1]?.length === 1) names.push(tokens[i] + tokens[++i]);
    else names.push(tokens[i]);
  }
  return names;
}

// ── column banners 栏目, headlines, subheadlines ─────────────────────────
const BANNER_MARK = /^[■□◆●▲]\s*/;

/**
 * A list's title: ……一览, ……一览表. In the truths of all sets and rmrb-2019 each of the 28 such headlines heads one
 * piece of its rows, marked (◆今年部分惠民政策一览 / ◆……, 5·18活动一览 / ▲……) or not; none is a column over briefs (a
 * 29th such line, set fm's, is a paragraph inside a report).
 */
const LIST_TITLE = /一览表?$/;

/** A marked banner such as ■ 政务动态 (a marked byline is not a banner, nor a list's marked title: ◆……一览). */
export function markedBanner(text: string): string | null {
  // A name in black-lenticular brackets on a line of its own (【新论】): a column's mark over its headline.
  const bracketed = /^【([^【】]{2,16})】$/.exec(text);
  if (bracketed) return SENTENCE_PUNCT.test(bracketed[1]) ? null : bracketed[1];
  if (!BANNER_MARK.test(text) || isByline(text)) return null;
  const name = text.replace(BANNER_MARK, '');
  return name.length >= 2 && name.length <= 16 && !SENTENCE_PUNCT.test(name) && !LIST_TITLE.test(name) ? name : null;
}

/**
 * An unmarked banner: three or more short space-separated words (学思想 强党性 重实践 建新功,
 * 高质量 发展 调研行), or a short series name joined with · (新时代新征程·“枫桥经验”新实践).
 */
export function looksLikeBanner(text: string): boolean {
  if (SENTENCE_PUNCT.test(text)) return false;
  const words = text.split(/[ \u3000]+/);
  if (words.length >= 3 && words.every((w) => w.length >= 2 && w.length <= 5)) return true;
  return text.length <= 20 && /·/.test(text) && !text.startsWith('·');
}

/**
 * What a headline's brackets hold that is no column: a serial's instalment (（第十二回）, （第3集）,
 * （之二）, （十二）, （上）), the poems printed with a poem (（外一首）) and a set of poems (（三首）, （组诗）: set kf).
 */
const INSTALMENT = /^(?:第[0-9０-９一二三四五六七八九十百零〇]+[回章节集期篇部季辑]|之[一二三四五六七八九十]+|[0-9０-９一二三四五六七八九十百零〇]{1,4}|[上中下]|外[一二三四五六七八九十]首|[二三四五六七八九十]首|组诗)$/;

/** The longest line read as a headline ending in ？ or ！ before its tag (rmrb-2019: all 9 such lines are headlines of at most 30 characters). */
const SHORT_QUESTION_HEADLINE = 40;

/** A bracketed tag closing a headline, one level of brackets inside allowed: …（人民时评）, …（大河两岸行·上游篇（上））. */
const COLUMN_TAG = /[（(]((?:[^（()）。，；！？]|[（(][^（()）]{1,8}[）)]){2,40})[）)]$/;

/**
 * The column (栏目) a headline names in a closing bracket: 让老街留住烟火气（城市观察）
 * → 城市观察. Null when the line has no such tag, or is nothing but brackets. Rmrb-2019 prints
 * 543 of its 1,313 headlines this way.
 */
/** A day in brackets after a box's title says when its figures are from, no column: 批发价格（7月7日） (set cl). */
const DAY_TAG = /^(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?$|^[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?$/;

/**
 * A bracket after a title that says when its figures stand (截至9月2日), where a place is (解放路12号)
 * or which numbers it holds (23、24, 1985—2025): no column's name. In the truths of the other papers'
 * sets and rmrb-2019, none of the 9 such brackets names a column (set cx: a cinema's address and a
 * medal table's date had been read as columns, the cinema's line as a piece of its own). Nor does the page a
 * 导读 line points to (（2版）, （第二版）: set hr), nor who asked a question (……剃光毛？（读者　某先生）: sets lk, ll; （某某镇读者　某先生）: set sn, a question's last line the width cut),
 * nor whom to ask for, by surname and honorific (联系电话：2236108（邓先生）: set lp; no headline or column of any
 * truth ends so, 2 paragraphs do), nor a measure's unit (（元/平方米）, （单位：万元）, （万元）: sets sb and sh, a header row the width cut, 均 / 价（元/平方米）, 励（万元）;
 * no column of any truth holds a slash), nor a unit of time or count (单 / 程用时（分钟）: set tr's header row the width cut;
 * 318件（套）; no column of any truth is such a unit), nor a label and its number (来信请寄：……（邮编：436099）: set vy; no
 * column of any truth holds a colon before a figure).
 */
const NO_COLUMN_TAG = /[/／]|^单位[：:]|[：:][0-9０-９]|^(?:[万亿千百]?(?:元|吨|人|户|个|家|亩|公里|千克|公斤|平方米|千瓦时|立方米|米|毫米|厘米|升|克|辆|次|件|套|台|只|头|株)|分钟|小时|秒|天|℃|%|％)$|^(?:截至|截止)|^[\u4e00-\u9fff]{0,8}?(?:读者|网友|市民|听众|观众|彩民|家长)[ \u3000]+[^ \u3000]|^[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|老师|师傅)$|(?:路|街|巷|道|号楼)[0-9０-９]+号$|^[0-9０-９、，,—－\-～~至 ]+$|^(?:第|见|详见)?[A-Za-z]?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})版$/;

/**
 * The units a bracket gives as the alternative of the unit before it, as official usage writes them: 村（社区）,
 * 乡镇（街道）, 县（市）, 县（市、区）. No column's name: in the truths of all sets and rmrb-2019, 3 headline-block
 * lines end so and no column is named 社区, 街道 or the like (set pb: 延伸到村（社区） had been read as the column 社区).
 */
const UNIT_ALTERNATIVE = /^(?:社区|街道|镇|乡|村|市|区|县|旗)(?:、(?:社区|街道|镇|乡|村|市|区|县|旗))*$/;
const UNIT_BEFORE = /(?:村|镇|乡|县|区|市|街道|社区|旗)$/;

export function columnTag(text: string): string | null {
  if (!text.endsWith('）') && !text.endsWith(')')) return null; // cheap test first: most lines end otherwise
  const m = COLUMN_TAG.exec(text);
  // Not a 下转/上接 note, and not after a sentence (……科研院所，（下转第三版）); after a
  // question or a cry only on a line as short as a headline (为啥还吹冷气？（说道）).
  if (!m || m.index === 0 || findContinuation(m[0]) || INSTALMENT.test(m[1]) || DAY_TAG.test(m[1]) || NO_COLUMN_TAG.test(m[1])) return null;
  if (UNIT_ALTERNATIVE.test(m[1]) && UNIT_BEFORE.test(text.slice(0, m.index))) return null;
  // The stop before the tag, a space between them or not (……在检测轴承精度。　（资料图片）: a caption's credit, set gz).
  const before = text.slice(0, m.index).trimEnd().slice(-1);
  if (/[。，；]/.test(before) || (/[！？]/.test(before) && (text.length > SHORT_QUESTION_HEADLINE || text.includes('。')))) return null;
  return m[1];
}

/**
 * A bracketed label that names what a work is rather than the column it runs in: its medium or
 * form (中国画, 国画, 油画, 插图, 剪纸, 书法, 组诗, 三首; a craft's: 乱针绣, 草编, 根雕, 面塑: set zzp) or its place in a serial (连载二十六). Takes the
 * tag's text (columnTag's result); gives whether it is such a label. Why: 春水（组诗）, 春山图（国画）
 * and 竹林深处的学校（连载二十六） are titled so on 副刊 pages; their column is the page's banner, if any.
 */
export function isWorkLabel(tag: string): boolean {
  return WORK_LABEL.test(tag);
}
const WORK_LABEL =
  /^(?:(?:中国|水墨|山水|花鸟|人物|农民|麦秆|版|油|水彩|水粉|蜡笔|儿童|年|漫|国|工笔|写意|烙|糖|布贴)画|插图|题图|配图|书法|篆刻|剪纸|木刻|版刻|刺绣|[\u4e00-\u9fff]{0,2}绣|(?:草|竹|柳|藤|麦秆)编|(?:根|木|石|砖|竹|核)雕|面塑|雕塑|泥塑|素描|速写|线描|白描|钢笔画|铅笔画|炭笔画|摄影|诗|组诗|散文诗|(?:外)?[一二三四五六七八九十两0-9]+首|连载(?:之)?[0-9０-９一二三四五六七八九十百零〇]*)$/;

/**
 * A bracketed label that says how much of a whole the piece prints (部分, 摘要, 节选, 摘登), not the column it
 * runs in. Takes the tag's text (columnTag's result). In the truths of all sets and rmrb-2019, 18 headlines end in
 * （部分）, （摘要） or （摘登）, none under a column of that name (set ph: a box titled ……项目（部分） had been given the column
 * 部分). The tag still marks its line as a headline: it is only kept out of the column.
 */
export function isExtentLabel(tag: string): boolean {
  return EXTENT_LABEL.test(tag);
}
// Or what standing the text has: a list given for reference, a rule on trial, a draft (小学生家务劳动清单（参考）: set vv).
const EXTENT_LABEL = /^(?:部分|摘要|摘登|摘编|节选|选登|全文|参考|试行|暂行|草案|征求意见稿)$/;

/**
 * Who made a work, under its title on a 副刊 page: 宁  栖 作, 某某 绘, 某  某 书, perhaps after the
 * maker's unit or place set apart (某某市建工集团　某某某　书: set fc's calligraphy). In the truths every
 * line ending in a space and 作, 书, 绘, 画, 刻 or 题 (65) is a paragraph.
 */
const MAKER_CREDIT = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,16}[ \\u3000]+)?(?:${SPACED_NAME}|${NAME})[ \\u3000]*[作绘书刻]$`);

/**
 * A work's title over its maker's credit: a short line whose bracketed tag names the work's
 * medium (《渔港晨曦》（国画）, 秋山图（国画）: isWorkLabel), no sentence inside. Takes a trimmed line.
 */
export function isWorkTitle(text: string): boolean {
  if (text.length > 24 || /[。！？；，]/.test(text)) return false;
  const tag = columnTag(text);
  return tag !== null && isWorkLabel(tag);
}

/** A maker's credit on a line of its own (宁  栖 作, 某某 绘): takes a trimmed line. */
export function isMakerCredit(text: string): boolean {
  return MAKER_CREDIT.test(text);
}

/**
 * An illustrator or a cartoonist, the name set apart from 绘 or 作 by a space (某　某　绘, 某某　作): never a headline's
 * words, as 枕边书 or 读好书 might read by their last character alone. After a piece's last sentence or its closing
 * note it is the piece's picture's credit (sets gq, hl, hs, il: the truths' 8 such lines so placed all close the piece
 * above). Pure.
 */
export function isPictureMaker(text: string): boolean {
  return PICTURE_MAKER.test(text);
}
const PICTURE_MAKER = /^(?:[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,2}|[\u4e00-\u9fff]{2,4})[ \u3000]+[作绘]$/;

/** A line starting with —— is always a 副题 (subheadline). */
export function isDashSubheadline(text: string): boolean {
  return /^[—－-]{2}/.test(text);
}

/** kicker——headline printed on one line: 我市……新时代—— 激发“工匠精神” 迸发“产改”活力. */
export function splitKickerHeadline(text: string): { kicker: string; headline: string } | null {
  // The kicker's —— is followed by space; a —— inside a headline joins words (中国——中亚) or stands in a tag.
  const m = /^([^（(]{4,}?)——[ \u3000]+(.{4,})$/.exec(text);
  return m ? { kicker: m[1].trim(), headline: m[2].trim() } : null;
}

/**
 * A subheadline naming who led or attended: 卢东亮主持并讲话 姚鸿波出席,
 * 刘俊义宣布启动, 申万胜李刚田王平范周等出席, 某某　某某见证签约, 某某作政府工作报告, 某某　某某分别带队 (sets hg, bq, ij;
 * in the truths every line so ending is a subheadline or a paragraph, none a headline or kicker).
 */
export function isAttendanceLine(text: string): boolean {
  if (text.length > 40) return false;
  if (/(主持并讲话|讲话|出席|参加|致辞|宣布启动|主持|调研|会见|慰问|颁奖|揭牌|见证签约|带队)$/.test(text)) return text.length <= 30;
  // Or the event after the verb (副省长某某某出席签约仪式, 某某某　某某某出席开幕式, 市民代表200余人参加放流活动): in the truths 10
  // such lines of up to 30 characters are subheadlines, 1 a kicker and 1 a headline standing alone (set tw).
  if (/(出席|参加|见证)[^，。、]{0,10}(仪式|会议|活动|大会|开幕式|闭幕式|典礼|启动式|发布会|座谈会)$/.test(text)) return text.length <= 30;
  // Who gave the report or set the tasks, a name right before 作 (某某作政府工作报告, 某某主持　某某作工作报告, 某某主持
  // 某某作部署: set is); not a headline's 热议政府工作报告, whose 作 belongs to 工作.
  if (/(?:^|[ \u3000主持])[\u4e00-\u9fff]{2,3}作(?:(?:政府)?工作报告|部署|动员|总结)$/.test(text)) return text.length <= 30;
  // …出席会议, …出席开幕式, …出席并会见获奖作家, …参加会见: the verb near the end.
  return /(出席|主持|参加|会见|讲话|致辞)(会议|开幕式|闭幕式|仪式|活动|座谈会|并讲话|并致辞|并会见[^，。；！？\s]{0,5})$/.test(text);
}

/**
 * A figure, a dash and what it counts: 7.3亿元——全年完成电网投资, 98.7%——客户满意率, 4.6个月——大型减速机平均生产周期. In the
 * truths of all sets the 35 lines so opening are all paragraphs of a 数说 box (sets ap, ch, cj, la), none a title.
 */
const FIGURE_THEN_WHAT = /^[0-9０-９][0-9０-９.．,]*(?:[%％‰]|[\u4e00-\u9fff]{1,4})?——[^—]/;

/**
 * The unit of a table's figures in brackets, perhaps with their source: （单位：万人次）, （单位：元/斤　价格为批发价）. In the
 * truths of all sets the 6 such lines are paragraphs, 5 of them the first under a chart's or a table's title (sets bg, kh, ky).
 */
const UNIT_NOTE = /^[（(]单位[：:][^（()）]{1,20}[）)]$/;

/** Whether a line gives the unit of a table's figures in brackets (UNIT_NOTE). Pure. */
export function isUnitNote(text: string): boolean {
  return UNIT_NOTE.test(text);
}

/**
 * A table's header row: a column heading tables open with, then two or more headings set apart by spaces
 * (序号　户主姓名　保障人数……, 名次　球队　胜　负　积分, 品名　单位　价格（元）). In the truths of all sets and
 * rmrb-2019, 55 lines so shaped are paragraphs and none is a headline (set lu: one stood between blank
 * lines over masked names, 陈*芳, and was read as a headline).
 */
const HEADER_ROW = /^(?:序号|编号|名次|排名|品名|品种|日期|车次|航班号?|线路|站名)[ \u3000]+[^ \u3000]+[ \u3000]+[^ \u3000]/;

/** Whether a line is a table's header row (HEADER_ROW). Pure. */
export function isHeaderRow(text: string): boolean {
  return HEADER_ROW.test(text);
}

/**
 * Could this line be part of a headline block, a banner or a subhead? Short, no sentence
 * punctuation, no sentence-final stop. (Whether it is one depends on what follows.)
 */
/** A sentence signed after a dash by its writer: ……早点回来？——读者　某某某. */
const SIGNED_AFTER_DASH = /[。！？][”’」』]?——[^。！？——]{2,20}$/;

export function isTitleLike(text: string, headingMarks = 0): boolean {
  if (headingMarks > 0) return true;
  // A weather box's row (今天 雷阵雨 26℃～31℃, 某地 30日 晴 -3℃～6℃ 北风3级) is data, never a title.
  if (isWeatherRow(text)) return false;
  // A data box's figure then what it counts (7.3亿元——全年完成电网投资, 98.7%——客户满意率): a row, never a title.
  if (FIGURE_THEN_WHAT.test(text)) return false;
  if (isDashSubheadline(text)) return text.length <= 60;
  if (markedBanner(text)) return true;
  if (splitKickerHeadline(text) && text.length <= 64 && !endsSentence(text)) return true;
  // A headline with its column tag may hold a comma or a colon: 李某：扎根山乡（乡村人物谱）.
  const tag = columnTag(text);
  // Not a quoted sentence signed in brackets (“……分散开。”（读者　某某）: set jx), nor a sentence signed after a dash by a reader
  // with a place in brackets (……早点回来？——读者　某某某（东城区）: set zzzzh, letters to a serial's mailbox).
  if (tag !== null && text.length <= 64) {
    const before = text.slice(0, text.lastIndexOf(tag) - 1);
    return !/[。；][”’」』]?$/.test(before) && !SIGNED_AFTER_DASH.test(before);
  }
  if (OFFICIAL_TITLE.test(text)) return true;
  if (isWarningTitle(text) || isSidebarTitle(text)) return true;
  return text.length <= 40 && !SENTENCE_PUNCT.test(text) && !endsSentence(text);
}

/**
 * A box's label, a colon and what the box explains, with no other punctuation: 链接：什么是核心CPI, 背景：某某公约. In the
 * truths of all sets and rmrb-2019 the 3 lines so shaped each head a box of their own (sets ih, iq, ka).
 */
const SIDEBAR_TITLE = /^(?:相关|新闻|背景)?(?:链接|背景)[：:][^。，；：！？,;:!?]{2,20}$/;

/** Whether a line is a box's labelled title (SIDEBAR_TITLE): it heads a box of its own, never a subhead of the piece above. Pure. */
export function isSidebarTitle(text: string): boolean {
  return SIDEBAR_TITLE.test(text);
}

/** A warning's label, a colon and its subject with no other punctuation: 警方提示：谨防“中奖”短信, 交警提醒：雾天行车务必减速慢行. */
const WARNING_TITLE = /^[\u4e00-\u9fff]{2,4}(?:提示|提醒)[：:][^。，；：！？,;:!?]{2,20}$/;

/**
 * Whether a line is a warning's title (WARNING_TITLE): a headline line though it holds a colon. Takes
 * the line's text. In the truths of the other papers' sets every such line (4) is a headline or a
 * subheadline, never a paragraph: a warning that runs on in a sentence (警方提醒，……。) is text. Pure.
 */
export function isWarningTitle(text: string): boolean {
  return WARNING_TITLE.test(text);
}

/**
 * An official document's full title, longer than any other headline: who issues it, 关于, what it
 * is about, then its kind (某某委员会关于某某情况的报告, 关于表彰某某的决定: set bq). 公文 titles take this
 * form by the national standard for official documents (GB/T 9704), which also has a document issued
 * jointly name each issuer, here set apart by a space (某市公安局交通警察支队　某市老年大学关于……的通告: set pb).
 */
const OFFICIAL_TITLE = /^(?:[^。，；：:！？\s]{2,30}[ \u3000]+){0,3}[^。，；：:！？\s]{0,40}关于[^。，；！？]{2,60}的(?:报告|决定|通知|公告|通告|意见|通报|决议|批复|请示|函|办法|规定|实施方案)$/;

/** A span of temperatures: 26℃～31℃, -3℃~6℃, 5至10℃, 22℃—31℃ (set xm). */
const TEMPERATURE_RANGE = /-?[0-9０-９]{1,2}\s*(?:℃|°C)?\s*[～~至到－—–-]\s*-?[0-9０-９]{1,2}\s*(?:℃|°C)/;

/** A weather box's row: it holds a span of temperatures (今天 雷阵雨 26℃～31℃). */
export function isWeatherRow(text: string): boolean {
  // The span ends in a degree sign: a line without one is ruled out before the pattern scans it.
  return (text.includes('℃') || text.includes('°C')) && TEMPERATURE_RANGE.test(text);
}

/** A label and a number: 咨询电话：0352-6021234, 邮编：037000. */
const LABELLED_NUMBER = /[：:][\s\d０-９()（）+\-－—]+$/;

/**
 * A notice's field: a label naming what it gives (截止时间, 建设地点, 征求意见范围, 订阅价格), perhaps
 * numbered (四、), a colon and its value: 征订截止时间：11月30日, 建设单位：某某水务有限公司 (set z of
 * other papers' pages); a book's or a show's in a listing too (书名：《……》, 出版社：……, 票价：……,
 * 主办：……: set bs), and where to ask, apply or report (咨询：各县招生考试机构, 报名：……, 监督：……; set fj: the
 * truths' 7 lines so opened are all paragraphs), and who signs a notice of tender (招标人：……, 代理机构：……, 采购人：……: set
 * sx, where they had made the next notice's banner and kicker; in the truths all 21 such lines are paragraphs), and its
 * number or a postcode (招标编号：YCYL-2015-023, 项目编号：……, 邮政编码：……: set uc; the truths' 8 such lines are all paragraphs).
 * Never a headline-block line; a line of its own, though it ends in no stop.
 */
const NOTICE_FIELD = /^(?:[一二三四五六七八九十]{1,3}、)?[\u4e00-\u9fff]{0,8}(?:时间|日期|地点|地址|电话|名称|单位|范围|期限|价格|方式|对象|条件|联系人|联系|咨询|报名|投稿|监督|举报|邮箱|网址|热线|书名|出版社|译者|定价|票价|主办|承办|导演|主演|上午|中午|下午|晚上|早上|傍晚|全天|早餐|午餐|晚餐|住宿|门票|交通|行程|线路|招标人|采购人|代理机构|发布单位|编号|编码)[：:]\s*\S/;

/**
 * A 数读 box's row: a figure and its unit, set apart from what it counts (412个　全年新建社区运动场,
 * 38.6%　经常参加体育锻炼人口比例: set fy), an area's too (0.87平方公里　改造片区总面积: set hw), marked as an item
 * or not (■20.3亿元　全市知识产权质押融资累计额: sets na, ne). In the truths of all sets and rmrb-2019 the 99 lines of
 * this shape unmarked and the 34 marked are all paragraphs, none a headline-block line.
 */
const FIGURE_ROW = /^(?:[■●◆▲□◇]\s*)?[0-9０-９][0-9０-９.．,]*(?:平方(?:公里|千米|米)|[\u4e00-\u9fff]{1,3}|%|％)?[ \u3000]+[^ \u3000。，；！？]{2,24}$/;

/** The kinds of a work on a 书画 or 副刊 page, as its caption names them. */
const ARTWORK_KIND = '(?:书法|国画|中国画|油画|篆刻|剪纸|水彩|水墨|版画|工笔|刺绣|农民画|儿童画|隶书|楷书|行书|草书|篆书)';
/**
 * A work's caption on a 书画 or 副刊 page: its kind, title and maker, perhaps the maker's age (《题》　国画　某某,
 * 书法　某某（八十岁）, 国画《题》　某某, 篆刻　某某, 《题》　国画　136cm×68cm　某某: sets ao, dg, fx, gc).
 */
const ARTWORK_CAPTION = new RegExp(
  `^(?:《[^》]{1,16}》[ \u3000]+${ARTWORK_KIND}|${ARTWORK_KIND}(?:《[^》]{1,16}》)?)[ \u3000]+(?:[0-9０-９×xXcmCM.]+[ \u3000]+)?[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3}(?:[（(][^（）()]{2,10}[）)])?$`,
);
/**
 * A work's caption with its kind in brackets after the title, the maker on the same line (年年有余（国画）　某　某,
 * 《题》（国画）　某　某, 雪乡人家（版画）　某　某　作, 井台（木刻版画）　某某某: two kinds in one, set zzzzs), a serial's drawing likewise (栗子岭上的年轻人（插图）　某　某　作: set zzzv), a
 * child's drawing with the school before the name (《石磨转呀转》（绘画）　某市第二实验小学五年级　某某某: set zzzzf; a school and a name
 * end 60 paragraphs of the truths and no headline):
 * in the truths of all sets and rmrb-2019, the 4 lines of this shape are each a picture's caption with no headline (sets
 * zzz, zzzl, zzzv), never a headline (a work's title alone in that shape over its maker's credit on the next line is:
 * settleSignatures).
 */
const BRACKETED_ARTWORK_CAPTION = new RegExp(
  `^(?:《[^》]{1,16}》|[^《》（）()\s]{2,16})[（(](?:${ARTWORK_KIND}|插图|插画|速写|素描|木刻|年画|漫画|摄影|绘画){1,2}[）)][ \u3000]+(?:[\u4e00-\u9fff0-9０-９]{4,20}(?:学校|小学|中学|幼儿园|年级|班)[ \u3000]+)?[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3}(?:[ \u3000]+作)?$`,
);

/** Whether a line is a work's caption with its kind in brackets after the title (BRACKETED_ARTWORK_CAPTION): a picture with no headline. Pure. */
export function isBracketedArtworkCaption(text: string): boolean {
  return BRACKETED_ARTWORK_CAPTION.test(text);
}

/** Whether a line is a work's caption (ARTWORK_CAPTION, BRACKETED_ARTWORK_CAPTION). Pure. */
export function isArtworkCaption(text: string): boolean {
  return ARTWORK_CAPTION.test(text) || BRACKETED_ARTWORK_CAPTION.test(text);
}

/**
 * A line ending in the page it points to, set apart (……投入使用　6版, ……　A3版, ……　第二版, ……　四版): a 导读 box's
 * line. In the truths of all sets and rmrb-2019 the 171 lines so ended are all paragraphs.
 */
const PAGE_POINTER_END = /[ \u3000]+(?:第?[0-9０-９]{1,2}|[A-Z][0-9]{1,2}|第?[一二三四五六七八九十]{1,3})版$/;

/** Whether a line ends on the page it points to (PAGE_POINTER_END). Pure. */
export function endsOnPagePointer(text: string): boolean {
  return PAGE_POINTER_END.test(text);
}

/**
 * A schedule's or a calendar's row: a month and day, perhaps the weekday, set apart from what happens then
 * (8月10日　某某杯青少年篮球赛开幕（市全民健身中心）, 3月2日（周六）　……, 8月14日—15日　……: set go). In the truths
 * of all sets and rmrb-2019 the 130 lines of this shape are all paragraphs.
 */
const DAY_ROW = /^[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[—–－-](?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?(?:[（(](?:周|星期).[）)])?[ \u3000]+\S/;

/** Whether a line is a schedule's row led by its day (DAY_ROW). Pure. */
export function isDayRow(text: string): boolean {
  return DAY_ROW.test(text) && text.length <= 60;
}

/**
 * A book's listing: its title, who wrote, edited or translated it, and where it came out (《某某》　某某　著
 * 某某出版社　2010年9月　定价：32.00元), perhaps marked as a box's item (■《某某》　某某　著: set km), as 读书 pages and 书架 boxes
 * print them (sets am, ao, hs, hx). In the truths of all
 * sets and rmrb-2019 the 45 lines opening so are all paragraphs, none a headline-block line.
 */
const BOOK_LISTING = /^(?:[■●◆▲][ \u3000]*)?《[^》]{1,40}》[ \u3000]*[^《》。！？]{1,24}?(?:著|编著|主编|编|译|绘|撰)(?:[ \u3000]|$)/;

/** Whether a line lists a book (BOOK_LISTING). Pure. */
export function isBookListing(text: string): boolean {
  return BOOK_LISTING.test(text);
}

/** Whether a line is a 数读 box's row (FIGURE_ROW). Pure. */
export function isFigureRow(text: string): boolean {
  return FIGURE_ROW.test(text);
}

/** A timeline's row: a year, maybe its month and day, set apart from what happened then (1958年10月　建厂; set bx's 特刊 pages). */
const TIMELINE_ROW = /^[0-9０-９]{4}\s*年(?:[0-9０-９]{1,2}\s*月(?:[0-9０-９]{1,2}\s*日)?)?[ \u3000]+[^\s\u3000]/;

export function isTimelineRow(text: string): boolean {
  return TIMELINE_ROW.test(text);
}

export function isNoticeField(text: string): boolean {
  return NOTICE_FIELD.test(text);
}

/** A notice's title (遗失声明, 清算公告, 招领启事, 停水通知): each heads a notice of its own, never a subhead of one. */
/** A notice's title: 遗失声明, 注销公告, 寻人启事, and 失物招领 (set cu). */
const NOTICE_TITLE = /(?:声明|公告|启事|通告|通知|公示|讣告|失物招领)$/;

export function isNoticeTitle(text: string): boolean {
  return NOTICE_TITLE.test(text);
}

/**
 * A profile box's name (人物档案, 人物名片, 作者简介) under a feature or an interview: the box is a piece
 * of its own, never a subhead of the story it stands under, whatever names the two share. In the
 * other papers' truths (sets aa and y) all four such names head a piece; rmrb-2019 prints none.
 */
const PROFILE_BOX = /^(?:人物|作者|个人|嘉宾|专家)(?:档案|名片|简介)$/;

export function namesProfileBox(text: string): boolean {
  return PROFILE_BOX.test(text);
}

/** A label and a number (咨询电话：0352-6021234): a notice's line, never a headline-block line. */
export function isLabelledNumber(text: string): boolean {
  return LABELLED_NUMBER.test(text);
}

/** A label and a measure, as a weather or data box prints them: 今天：阴有小雨 5℃～10℃, 降水量：12毫米. */
const LABELLED_MEASURE = /^[^，。；,;]{1,8}[：:].*[0-9０-９]\s*(?:℃|°C|%|％|毫米|厘米|公里|千米|米|吨|元|万元|亿元|人次|级)$/;

/** A figure and what it counts, as a box of data prints them: 1.6亿元：全市线上销售额, 31.5%：同比增幅. */
const FIGURE_LABEL = /^[0-9０-９][0-9０-９.．,，]*[%％‰]?[\u4e00-\u9fff]{0,4}[：:]/;

/** Lines up to this long may hold a comma or colon and still be headline lines (rmrb-2019: 春节里，这些村医没歇着). */
const SHORT_TITLE = 24;

/** Two items numbered in turn inside one line: ……1．某　2．某…… */
const INLINE_NUMBERED_ITEMS = /[1１][．.][^ \u3000]{1,20}[ \u3000]+[2２][．.]/;

/**
 * Does this line hold items numbered in turn (上期谜底：1．朋　2．旭　3．昌)? In the truths of all sets and rmrb-2019 the 26
 * lines so numbered inside are paragraphs, no headline-block line (set zzzm). Pure.
 */
export function holdsNumberedItems(text: string): boolean {
  return INLINE_NUMBERED_ITEMS.test(text);
}

/** A calligraphy work's transcription under its caption, labelled: 释文：…… (the truths' 2 are paragraphs: set zzzr). Pure. */
export function isTranscription(text: string): boolean {
  return /^释文[：:]/.test(text);
}

/** A reader's question signed at its head, as a board of questions and replies prints it: 网友“老粮农”：……, 市民王先生：…… */
const SIGNED_QUESTION = /^(?:网友|市民|读者|群众)(?:“[^”]{1,12}”|[\u4e00-\u9fff]{0,6})[：:]/;

/** Does this paragraph open with its asker and a colon (SIGNED_QUESTION), as an item of a board of questions and replies does? */
export function opensSignedQuestion(text: string): boolean {
  return SIGNED_QUESTION.test(text);
}

/**
 * A short line with a comma or colon inside and no stop: 春节里，这些村医没歇着. A headline line
 * or the piece of a broken paragraph (据介绍,市红十字会将严格按照省级); only what follows tells.
 */
export function isCommaTitle(text: string): boolean {
  return (
    text.length <= SHORT_TITLE &&
    !holdsNumberedItems(text) &&
    !isTranscription(text) &&
    !LABELLED_NUMBER.test(text) &&
    /[，,：:]/.test(text) &&
    !/[。；;！？!?…]/.test(text) &&
    !/[，,：:、]$/.test(text) &&
    !SENTENCE_OPENING.test(text) &&
    !FIGURE_LABEL.test(text) &&
    !LABELLED_MEASURE.test(text)
  );
}

/** How a news report or a photo's caption opens: 2月12日，…, 当地时间10月1日…, 日前，…, 近日，… */
const DATED_OPENING = /^(?:当地时间)?(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日|^(?:日前|近日|[昨今前]日|[昨今前]天)[，,]|^[一二三四五六七八九十]+月[一二三四五六七八九十]+日/;

/**
 * The paragraph opens with the day it reports (2月12日，…, 近日，…). On the rmrb-2019 pages, 61
 * of the short articles under a one-line headline open so, and 11 of 1,000 sections under a subhead.
 */
export function opensWithDate(text: string): boolean {
  return DATED_OPENING.test(text);
}

/** The line opens like a sentence of a report (据了解，…, 某某强调，…, 近年来，…), never like a headline block line. */
export function opensLikeReport(text: string): boolean {
  return SENTENCE_OPENING.test(text);
}

/** How a sentence of a report opens, never a headline: 据了解，…, 卢东亮强调，…, 近年来，… */
const SENTENCE_OPENING =
  /^(据了解|据介绍|据悉|同时|与此同时|此外|另外|目前|近年来|近日|其中|如今|当前|今年以来|截至[^，,。]{1,12}|[\u4e00-\u9fff]{1,8}(强调|表示|指出|认为|介绍|说|称))[，,]/;

/** A day or year before a comma: 1958年6月15日，…, 2006年春天，… */
const DATED_CLAUSE = /^(?:[0-9０-９]{4}年|[0-9０-９]{1,2}月|[0-9０-９]{1,2}日){1,3}[^，,。]{0,4}[，,]/;

/**
 * The line opens with a day or year before a comma (1958年6月15日，…, 2006年春天，…). Over a
 * headline line it is text run on, never its kicker: no kicker of the rmrb-2019 truth opens so.
 * (A headline may: 1949年，大同迎来新生.)
 */
export function opensWithDatedClause(text: string): boolean {
  return DATED_CLAUSE.test(text);
}

/** Words that continue a sentence begun on the line before (…相关负责人 / 表示，……). */
const CONTINUES_SENTENCE = /^(表示|介绍|指出|强调|认为|说|称|告诉|透露|坦言|感慨)[，,：:]|^[，,。；;：:、）)”’]/;

export function continuesSentence(text: string): boolean {
  return CONTINUES_SENTENCE.test(text);
}

// ── what opens or closes an article's body ───────────────────────────────
/** Labels that open an article's body or a part of it, never a headline or a byline: 核心阅读, 核心提要 (set aa), 核心提示 and 导语 (set cb), 编者按, 内容提要, ■记者手记. */
const BODY_OPENER = /^(?:[■□◆●]\s*)?(核心阅读|核心提要|核心提示|导语|编者按|编者的话|内容提要|内容摘要|阅读提示|开栏的话|引子|导读|记者手记|采访手记|记者札记)(?:[:：\s]|$)/;

/** A reporter's note printed under the report it follows, titled and tagged: 某某的一天（记者手记）(an editor’s 编辑手记 is a piece of its own). All 3 in the rmrb-2019 truth are part of the report above. */
const TAGGED_NOTE = /^[^（(]{2,24}[（(](?:记者手记|采访手记|记者札记)[）)]$/;

export function isBodyOpener(text: string): boolean {
  return BODY_OPENER.test(text) || TAGGED_NOTE.test(text);
}

/** A headline-sized line tagged as a reporter's note: 某某的一天（记者手记）. */
export function isTaggedNote(text: string): boolean {
  return TAGGED_NOTE.test(text);
}

/** A brief's lead naming the paper or agency whose report it retells: 据英国《某某报》17日报道，…… 据当地媒体消息，…… */
const RETOLD_REPORT = /^据[^，。；：]{2,24}(?:报道|消息)[，,]/;

/**
 * The paragraph opens as a retold report does (据……报道，): the lead of a brief, as 国际 pages print
 * a box of them, each under its own headline (set ch's 环球趣闻); a subhead inside an article opens no such lead.
 */
export function opensRetoldReport(text: string): boolean {
  return RETOLD_REPORT.test(text);
}

/**
 * The credit of an account told by one person and written down by a reporter (口述：某村村民　某某某, 口述人：某某，82岁，……):
 * it opens the account's piece. In the truths of all sets and rmrb-2019, the 26 paragraphs so opening are each the first or
 * second of their piece (after its 整理： line), none a paragraph inside a piece's body (set zzzw: the second of two told
 * accounts under one banner had been read as a subhead of the first).
 */
export function opensToldAccount(text: string): boolean {
  return /^口述人?[：:/／]/.test(text);
}

/** A contact's number alone after its label at a line's end (电话：7319843, 电话：0469-7713308, a mobile masked 电话：155××××0326). */
const CONTACT_NUMBER_END = /[：:][ \u3000]*[0-9０-９][0-9０-９\-－—×＊*]{4,}$/;
/** A contact named by surname and honorific at a line's end: 联系人：某先生, or after the number (电话：6712058　某先生). */
const CONTACT_NAME_END = /(?:联系人[：:][ \u3000]*|[：:][ \u3000]*[0-9０-９][0-9０-９\-－—×＊*]{4,}[ \u3000]+)[\u4e00-\u9fff]{1,2}(?:先生|女士)$/;

/**
 * Whether a line ends on a whole contact field, as a classified advertisement ends (■……量大从优。电话：7319843; ……联系人：某先生):
 * the line under it may name the next category of the page (求购, 转让: sets zzzv, zzzy, zzzzc). Takes a trimmed line.
 */
export function endsOnContact(text: string): boolean {
  return CONTACT_NUMBER_END.test(text) || CONTACT_NAME_END.test(text);
}

/** A person's short biography: 某某，1921年生于某地, 某某，1908年出生, 某某，一九二一年生. */
const BIOGRAPHY = /^[\u4e00-\u9fff·]{2,8}，(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:出)?生/;

/**
 * A paragraph that opens with someone's short biography. Printed after an interview's 采访整理 note or
 * under a martyr's story, it belongs to the article it follows: none of the 10 such paragraphs in the
 * rmrb-2019 truth opens an article.
 */
export function opensBiography(text: string): boolean {
  return BIOGRAPHY.test(text);
}

/** Where to send letters or writing: 来信请寄：……, 来稿请寄……, 来信地址：……, 投稿地址：……. */
const SEND_TO = /^(?:读者)?(?:来信|来稿|投稿)(?:请寄|地址)/;

/**
 * A column's line saying where to send letters or writing (来信请寄：某市某路16号某报读者来信版). It is the
 * column's, after the piece's closing note too (（某市律师协会　某某　律师）: set vl): in the truths of all sets
 * and rmrb-2019 the 67 such lines are each a paragraph of a piece, none opens one or is a headline-block line.
 */
export function saysWhereToSend(text: string): boolean {
  return SEND_TO.test(text);
}

/** A note naming who the writer is: （作者为……）, （作者系……）, （作者单位：……）. */
const AUTHOR_NOTE = /^[（(]\s*作者(?:为|系|是|单位)/;

/** Whether a paragraph is a note naming who the writer is (（作者为……）, （作者单位：……）). Pure. */
export function isAuthorNote(text: string): boolean {
  return AUTHOR_NOTE.test(text);
}

/** A brief marked as an item of a column's box: ▲1月7日，……, ●近日，…… */
const BRIEF_MARK = /^[▲△●◆]/;

/**
 * A box's row giving whom to call and the number, nothing more (◆市春运办：2218800, ■火车站问讯处：3326114-8):
 * a listing's row, no brief — a brief tells its news in a sentence. In the truths every such row (11, in
 * sets cc, mf and mk) is a paragraph of one piece with the box's other rows, never a piece of its own.
 */
const CONTACT_ROW = /^[▲△●◆■]\s*[^。，；！？]{2,24}[：:]\s*[0-9０-９][0-9０-９\-－—、/（）() ]{3,}$/;

/** Whether a line opens with the mark of a brief in a column's box (▲, △, ●, ◆), and is no contact row (CONTACT_ROW). Pure. */
export function opensMarkedBrief(text: string): boolean {
  return BRIEF_MARK.test(text) && !CONTACT_ROW.test(text);
}

/** An editor's signature closing a note: ——编  者, ——编辑部. */
const EDITOR_SIGNATURE = /^[—－]{1,2}\s*(编\s*者|编\s*辑\s*部|本\s*报\s*编\s*辑\s*部)$/;

/**
 * An editor's signature (——编  者) closes the editor's note, and the note stands at the head of
 * the article it introduces: in the rmrb-2019 truth all 15 such lines have the article's body
 * after them (11 right under its first or second paragraph).
 */
export function isEditorSignature(text: string): boolean {
  return EDITOR_SIGNATURE.test(text);
}

/** An editor's note opening a body, the label run on into the note: 编者按：……, 【编者按】…… */
const EDITORS_NOTE = /^[【\[]?编者按[】\]]?[:：]/;

/** The paragraph is an editor's note run on after its label (编者按：……). Pure. */
export function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE.test(text);
}
/** A serial's pointer back to the instalment before, by its day or as the last one: （上接3月5日本版）, （接上期）, （续前）. */
const SERIAL_POINTER = /^[（(](?:上接|接上|续前|续上)/;
/** A whole line in brackets: （作者为某大学教授）, （本报记者 某某整理）, （新华社北京1月2日电）. */
const BRACKETED_LINE = /^[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)]$/;
/** A page's editors at its foot, a colon or a space after each role: 本版编辑 某  某, 本版编辑：某某 美编：某  某 (set av), 责任编辑：某某　审核：某  某 (set cc), 值班编委 某  某　编辑 某某 (set ce), 本版组稿：某　某　责任编辑：某　某 (set wv), 本版主编：某　某　责任编辑：某　某 (set zb; all 5 lines opening with 主编 in the truths are a page's editors). */
const EDITOR_ROLE = '(?:本版|本刊)?(?:值班编委|值班主任|值班总编|编委|(?:执行|副)?主编|责任编辑|责任校对|责任美编|责编|编辑|美术编辑|美编|图片编辑|统筹|版式设计|版面设计|视觉设计|版式|组版|排版|校对|审核|审校|终审|签发|组稿|约稿|制图)';
/** The page's mailbox printed after its editors: 责任编辑：某某　投稿邮箱：name@example.cn (set cm). */
const EDITORS_MAILBOX = /[ \u3000]+(?:投稿)?(?:邮箱|信箱|电子邮箱|E-?mail)[：:][ \u3000]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
/**
 * The paper's hotline printed beside its editors, after them or before: 责任编辑　某　某　　新闻热线　4212345,
 * 新闻热线：8812345　本版编辑：某　某 (sets hu, hm). In the truths of all sets and rmrb-2019 the 4 lines of editors
 * and a hotline are each the last paragraph of the page's last piece.
 */
const EDITORS_HOTLINE_AFTER = /[ \u3000]+[\u4e00-\u9fff]{0,6}热线[：:]?[ \u3000]*[0-9０-９][0-9０-９\-－ ]{3,}[0-9０-９]$/;
const EDITORS_HOTLINE_BEFORE = /^[\u4e00-\u9fff]{0,6}热线[：:]?[ \u3000]*[0-9０-９][0-9０-９\-－]{3,}[0-9０-９][ \u3000]+/;
/**
 * One role and its people: after a space one name; after a colon or a slash one name or several, set
 * apart by spaces or 、 (本版责编：曲　岩　宋知远　韩　笑: set gw, five of its ten pages; 本版编辑/某　某　美编/某　某:
 * sets av, ic, jk, kt, all 6 such lines in the truths their page's last paragraph).
 */
const EDITOR_AND_NAMES = `${EDITOR_ROLE}(?:\\s*[：:／/]\\s*(?:${SPACED_NAME}|${NAME})(?:[\\s、]+(?:${SPACED_NAME}|${NAME}))*|\\s+(?:${SPACED_NAME}|${NAME}))`;
const PAGE_EDITORS = new RegExp(`^${EDITOR_AND_NAMES}(?:\\s+${EDITOR_AND_NAMES})*$`);
/**
 * A page's credits at its foot, each role then its people, no stop or comma: 本版撰文 本报记者 某某某 本版图片除署名外由企业提供,
 * 本版摄影 本报记者 某 某 版式 某 某, 本版策划 某某某 版式设计 某 某 (set bc's special pages). Not one a line
 * break cut after its 由 (本版图片除署名外均由 / 某某广场提供: set ho): who gave the pictures is on the next line.
 */
const PAGE_CREDITS = /^(?:本版|本期|本刊)(?:撰文|撰稿|采写|摄影|策划|统筹|文字|图片|文|图)(?:[ \u3000：:]|除署名外)[^。，,；;！？]{2,48}(?<![由系])$/;
/**
 * Credits for a page's graphics and layout: 本版制图：王丹, 版式设计：某某, 数据来源：某局; who took talks down: 采访整理：某某
 * (rmrb-2019); who else reported a dispatch: 参与记者：某某 (set hx). A cartoon's or a drawing's (漫画：某某, 插图：某某) only
 * with a name after the colon (CARTOON_CREDIT): 漫画：公园“看得见进不去” over 某　某　作 is the cartoon's title (set yd; in the
 * truths the 6 other lines so opened name the artist).
 */
const GRAPHICS_CREDIT = /^(?:本版|本栏)?(?:制图|制表|版式设计|版式|设计|图片来源|图表|数据来源|资料来源|图片统筹|图片编辑|统筹|采访整理|参与记者|参与采写|参与采访)[:：]/;
/**
 * The page's own notices printed at the end of an article: a column's mailbox (栏目投稿邮箱：…, or
 * the address alone on the next line, or its call for pieces ending in it: 欢迎读者把……发给我们，投稿邮箱：…: set zy; 欢迎读者投稿，
 * 来稿请注明……。投稿邮箱：…: set zzi, under a reader's picture; in the truths of all sets the 7 calls for pieces opening
 * 欢迎 are each their piece's last paragraph but for an editor's line), who planned the issue's series (本期统筹：某某), an ad
 * mark (·广告·), a pointer to the paper's video column (看某某视频　　品某某人生: 看, its name, two
 * wide spaces, a tag line). All 11 such lines in the rmrb-2019 truth close the article above them.
 */
const PAGE_NOTICE = /^(?:栏目|本栏)?投稿(?:邮箱|信箱)[:：]|^欢迎[^。！？]{2,40}[，,]\s*(?:投稿)?(?:邮箱|信箱|电子邮箱)[:：]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^欢迎[^@]{0,40}(?:投稿|来稿|赐稿)[^@]{0,60}(?:邮箱|信箱)[:：]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:本期|本版)(?:统筹|策划)[:：]|^[·•]\s*广告\s*[·•]$|^看[^\s\u3000]{3,6}\u3000{2}[^\s\u3000]{4,6}$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/**
 * Who gave a page's pictures, closing its last article: 本版图片由某某管理局提供, 本版图片除署名外均由某局提供,
 * 本版照片由作者提供 (sets ai's 旅游 pages; the credit names no one photo, so no caption holds it); who
 * sponsors a 专版: 本版由某某局协办 (set an), or its sponsors named apart before the word (某某市林业局　某某管委会　协办: set rw),
 * or planned it: 本专版由某某日报社与某某局联合策划 (set rh).
 */
const PAGE_PICTURES_SOURCE = /^(?:本版|本组|本文)(?:图片|照片|摄影|图)(?:除署名外)?均?(?:由|系)[^。，；]{2,40}(?:提供|拍摄)。?$|^本(?:专)?版由[^。，；]{2,40}(?:协办|主办|承办|联办|支持|策划|联合策划|出品|制作)。?$|^(?:[^。，；\s]{2,20}[ \u3000]+){1,4}(?:协办|主办|承办|联办)$/;
/**
 * Who made an article's media, as a newsroom of the 融媒体 years credits it at the foot: one role or
 * more, each with its people (摄影：某 某　视频：某某某, 视频：某某　统筹：某某, 海报：某某; set bn).
 * A role here is followed by names only, so a timeline's or a list's line (视频：……。) is none.
 */
const MEDIA_ROLE = '(?:摄影|摄像|视频|海报|设计|统筹|策划|剪辑|航拍|动画|配音|[Hh]5|拍摄|制作|监制|视觉|出镜|图片|文字|记者)';
const MEDIA_PEOPLE = `(?:${SPACED_NAME}(?![${HAN}])|${NAME})(?:[、 ](?:${SPACED_NAME}(?![${HAN}])|${NAME}))*`;
const MEDIA_CREDITS = new RegExp(`^${MEDIA_ROLE}[：:][ \u3000]*${MEDIA_PEOPLE}(?:[ \u3000]+${MEDIA_ROLE}[：:][ \u3000]*${MEDIA_PEOPLE})*$`);
/**
 * Who wrote down a photo story's or a talk's words, after its last caption or turn: 整理：本报记者　某某, 文字整理　实习生
 * 某　某 (sets ha, hw, ih; the truths' 5 such lines are all paragraphs, each its piece's last).
 */
const WRITTEN_UP = new RegExp(`^(?:文字整理|图文整理|整理)(?:[：:][ \u3000]*|[ \u3000]+)(?:${PRESS}(?:${ROLE})[ \u3000]*)?(?:${SPACED_NAME}|${NAME})$`);
/**
 * A family's notice signed with who gives it and its closing word: 子女　某某　某某　敬告, 某氏全家　敬谢, 孝子　某某　泣告
 * (an obituary's or a thank-you notice's last line, set kz).
 */
const FAMILY_SIGN_OFF = /^[\u4e00-\u9fff]{1,8}(?:[ \u3000]+[\u4e00-\u9fff]{1,4})*[ \u3000]+(?:敬告|泣告|叩首|泣血叩首|叩告|敬谢|叩谢|泣谢|谨启)$/;

/**
 * Who led the young reporters or guided the work, after the piece's last paragraph: 带队老师　晚报记者　某　某,
 * 带队记者　某　某, 辅导老师：某某某 (sets fj, ld; the truths' 3 such lines are each their piece's last paragraph).
 */
const LED_BY = new RegExp(`^(?:带队老师|带队记者|辅导老师)(?:[：:][ \u3000]*|[ \u3000]+)(?:${PRESS}(?:${ROLE})[ \u3000]*)?(?:${SPACED_NAME}|${NAME})$`);
/**
 * A pointer to more of the story elsewhere, closing it: a QR code to scan, the paper's app or
 * account (扫码观看专家直播回放, 扫描二维码了解更多, 更多精彩请关注某某客户端, 详见某某日报客户端: set bn).
 * It ends on where to look, so a headline that opens the same way (更多优质医疗资源下沉基层) is none; or it
 * names the video after a space (扫码看视频　记者暗访某某乱象: set fw), or what to see there (扫描二维码　看老小区“长”出电梯: set
 * hb). Not a feature's subhead that only opens so (扫一扫　船在哪里一清二楚: set pv, where it filled a wrapped column's width
 * and its last three characters were read as the next piece's headline).
 */
const MEDIA_POINTER =
  /^(?:扫码|扫一扫|扫描[^。，]{0,6}二维码|更多(?:精彩|内容|报道|详情|资讯|信息|视频|图片)|详见|敬请关注|欢迎关注|请关注|下载)[^。，；]{0,28}(?:客户端|[Aa][Pp][Pp]|公众号|视频号|抖音号?|微博|微信|网站|官网|直播|回放|视频|专题|二维码|了解更多|详情)[。！!]?$|^(?:扫码|扫一扫|扫描二维码)(?:(?:看|观看|收看)(?:视频|直播)[ \u3000]+|[ \u3000]+(?=看|观看|收看|了解|听))[^。，；！？]{2,24}$/;
/**
 * A date alone on its line, under a notice's, a letter's or a document's issuer (某某报社 / 2007年7月): in
 * the truths of all sets and rmrb-2019 the 182 such lines are all paragraphs, 174 the piece's last, and
 * every one follows a paragraph (the issuer), never the headline block.
 */
const DATE_LINE = /^(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})年[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?$/;
/** Whether a line is a date alone (DATE_LINE: 2007年7月, 二〇一九年十月六日). Pure. */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}

/** The issuer and date signing a notice (公告): 某某大赛组委会　　2019年2月26日. */
const NOTICE_SIGNATURE = /^[^\s，。；：:]{2,30}[ \u3000\u00a0]+\d{4}年\d{1,2}月\d{1,2}日$/;
/**
 * A cartoon's or a drawing's credit under its title, the artist after a slash or a space: 漫画／某　某,
 * 漫画　某某, 插图/某某 (set ft's 文摘 pages; set aj), and an agency's cartoon, 新华社发　某某　作 (set hx). In the truths
 * of all sets and rmrb-2019 the 12 lines so printed are all paragraphs, the cartoon's whole text but for its title. So is
 * the artist's name alone before 作 set apart (某　某　作: 154 paragraphs of the truths, 128 a piece's last, none a headline-block
 * line), which ends the piece whole (set sr's cartoon had been flagged 疑似未完).
 */
const CARTOON_CREDIT = new RegExp(`^(?:漫画|插图|插画|绘图|题图)(?:[ \u3000]*[／/：:][ \u3000]*|[ \u3000]+)(?:${SPACED_NAME}|${NAME})$|^(?:新华社|中新社|人民日报|本报)发[ \u3000]+(?:${SPACED_NAME}|${NAME})[ \u3000]*作$|^(?:${SPACED_NAME}|${NAME})[ \u3000]+作$`);
/** Picture and text credits: 某  一图  某某文, 某某作（新华社发）. */
const PICTURE_CREDIT = new RegExp(
  `^(?:${SPACED_NAME}|${NAME})[ \\u3000]*(?:图[ \\u3000]+(?:${SPACED_NAME}|${NAME})[ \\u3000]*文|[作绘][（(][^（()）]{2,12}[）)])$`,
);
/**
 * Who drew a chart, the name before the role: 新华社发 某  某 制图, 本报记者 某某 制表, a bare name set
 * apart by a space (某某某 制图) (set ch's 国际 pages); run on to the role, a bare name reads as a title's words.
 */
const CHART_CREDIT = new RegExp(
  `^(?:(?:(?:新华社|中新社|人民日报|本报)发[ \\u3000]*)?(?:(?:本报|新华社)?(?:${ROLE})[ \\u3000]*)(?:${SPACED_NAME}|${NAME})(?:[ \\u3000]+(?:${SPACED_NAME}|${NAME}))*[ \\u3000]*|(?:(?:新华社|中新社|人民日报|本报)发[ \\u3000]*)?(?:${SPACED_NAME}|${NAME})(?:[ \\u3000]+(?:${SPACED_NAME}|${NAME}))*[ \\u3000]+)(?:制图|制表|绘图)$`,
);

/**
 * A bracketed credit or note: （作者为……）, （本报记者 某某整理）, （新华社北京1月2日电）, （某某某）; never a notice's number
 * (（第九号）), nor what a table's rows rank (（前五名）: set sd, where it read as a writer's name and the 奖牌榜's header
 * row as a headline).
 */
const BRACKETED_CREDIT = /^[（(](?:作者|本报|记者|通讯员|新华社|中新社|人民日报|据|摘自|原载|选自|转自|转载自|来源|综合|编者|编辑|整理|责任编辑|责编|译者|注)|^[（(](?!第[一二三四五六七八九十百零〇]+[号期]）)(?!前[一二三四五六七八九十百]+[名位强]）)[\u3400-\u9fff]{2,4}[）)]$/;

/** A closing line that no headline block can hold: a credit, a signature, an author note. */
export function isCreditNote(text: string): boolean {
  return isClosingLine(text) && (!BRACKETED_LINE.test(text) || BRACKETED_CREDIT.test(text));
}

/** The text opens an article's body (a dateline, a byline, 核心阅读): what stands before it is the headline block. */
export function opensBodyText(text: string): boolean {
  return parseDateline(text) !== null || isByline(text) || isBodyOpener(text);
}

/**
 * A letter's salutation on a line of its own: 编辑同志：, 尊敬的某某领导：, 亲爱的读者朋友们：. Every
 * 读者来信 page of the other papers (tests/fixtures/other-papers) and the rmrb-2019 letter print it
 * as the letter's first paragraph, right under its headline; never a headline-block line. A
 * speech's opens it so too (同志们、朋友们：, 各位代表：: set ac).
 */
const SALUTATION = /^(?:(?:编辑|记者)(?:部的)?同志们?|编辑部|(?:尊敬|亲爱)的[^，。；：:！？!?\s]{1,16}|(?:同志们|朋友们|女士们|先生们|各位[\u4e00-\u9fff]{1,6})(?:[、，](?:同志们|朋友们|女士们|先生们|各位[\u4e00-\u9fff]{1,6}))*)[：:]$/;

/** A letter's or a speech's salutation (编辑同志：, 尊敬的…：, 同志们、朋友们：, 各位代表：): takes a trimmed line, answers whether it is one. */
export function isSalutation(text: string): boolean {
  return SALUTATION.test(text);
}

/**
 * A letter's signature: 读者  某某, 山东济南  读者  王  芳, and a resident with the place
 * (某市某小区居民 某某某, 某村村民 某某) as 读者来信 pages sign letters (not a label: 网友留言, 读者来信, nor a column of their writing: 读者游记, 市民日记, set ay). A resident is named with the
 * place and a space before the name, so a subhead (居民不让建, rmrb-2019) is none. What follows
 * 读者/网友/市民 is a name only if it is spaced to a width (王  芳) or opens with a surname: a
 * headline of a 民生 page reads the same way (…建筑垃圾 市民出行受阻, set q of other papers); nor a verb set
 * apart after the role (网友问　部门答, a Q&A box's label: set si). A reader who sent a photo signs as 拍客 (拍客　某　某 under a
 * 拍客天地 picture's caption: set zzzy; the truths' 13 such lines are all paragraphs).
 */
const READER_SIGNATURE = /^(?:[\u4e00-\u9fff]{2,18}([ \u3000]*))?(读者|网友|市民|观众|听众|拍客)([ \u3000]*)(?!留言|来信|心声|热议|建议|点赞|声音|评论|互动|之声|论坛|园地|信箱|热线|天地|之窗|来稿|话题|游记|随笔|札记|日记|手记|故事|作品|服务|[问说议答][ \u3000])([\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]先生|[\u4e00-\u9fff]女士)$/;

/**
 * Whether a line is a letter's signature (READER_SIGNATURE). The role set apart on both sides, the
 * name after it two or three characters (桐湾县　观众　仉国强: set fv), signs whatever the surname: in the
 * truths of all sets and rmrb-2019 the 48 lines of a role so set apart before a name are all paragraphs.
 * So does 读者, 网友 or 市民 run on from the writer's place and set apart from a name of two or three
 * characters at the line's end (城西区健康路小区读者　计红梅: sets no, om, where an uncommon surname had
 * the line read as the next piece's headline): the 150 lines of the truths (all sets and rmrb-2019,
 * 2026-12-06) where any of the five roles is followed by a space and such a name are all paragraphs.
 */
function isReaderSignature(text: string): boolean {
  const m = READER_SIGNATURE.exec(text);
  const name = m?.[4];
  if (!m || !name) return false;
  const audience = m[2] === '观众' || m[2] === '听众';
  if (((m[1] ?? ' ') !== '' || !audience) && m[3] !== '' && name.length <= 3) return true;
  // An audience's word run on (回应观众关切) is a headline's: 观众 and 听众 sign only set apart.
  if (m[2] === '观众' || m[2] === '听众') return false;
  return /[ \u3000]/.test(name) || isCommonSurname(name[0]) || COMPOUND_SURNAMES.some((s) => name.startsWith(s));
}

/**
 * A letter signed with the writer's district (or county, town, village) and name, perhaps the
 * writer's calling between them: 南城区 某某某, 南城区 退休工人 某某某, 河西区 某某等六位居民, 某村　某某某　等
 * (and others), as a 读者来信 page of the 1990s signs its letters (sets ab, cy). The name opens with a surname.
 */
const PLACE_SIGNATURE = /^[\u4e00-\u9fff]{1,8}(?:区|县|市|镇|乡|村|街道|社区)(?:[ \u3000]+[\u4e00-\u9fff]{2,6})?[ \u3000]+([\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,2})(?:[ \u3000]*等(?:[一二三四五六七八九十几多]{1,2}[位名][\u4e00-\u9fff]{2,3})?)?$/;

/**
 * A letter signed by the writer's place or role and surname with an honorific (城北　卜先生, 人民路读者　詹先生, 城西农贸市场经营户
 * 郑先生): in the truths of all sets and rmrb-2019 the 38 lines of this shape are all paragraphs, 32 a piece's last, never a
 * headline (set zzzi, where one with no role word over an editor's reply was read as the next piece's headline).
 */
const HONORIFIC_SIGNATURE = /^[\u4e00-\u9fff]{2,14}[ \u3000]+[\u4e00-\u9fff]{1,2}(?:先生|女士|大爷|大妈|阿姨|师傅)$/;

function isPlaceSignature(text: string): boolean {
  const name = PLACE_SIGNATURE.exec(text)?.[1];
  return name !== undefined && (isCommonSurname(name[0]) || COMPOUND_SURNAMES.some((s) => name.startsWith(s)));
}

/**
 * A writer's workplace and name: 某县税务局　某  某, 某市第一中学 某某某 (set cs's 读者来信), 某县某村驻村工作队　某某某 (set gx),
 * 市委组织部　某某某 (set js), perhaps the writer's title between (某某律师事务所律师　某某某: sets ab, kt; 某研究院 研究员 某  某;
 * 某区人民法院民一庭法官　某某某: set lg), the workplace spelt out to its branch (某某科技城某某公司第二党支部　某某某: set qv).
 */
const OFFICE_SIGNATURE = /^[\u4e00-\u9fff]{2,24}(?:局|委|办|院|所|站|厂|部|厅|庭|公司|学校|中学|小学|医院|银行|支行|中心|党校|工作队|大队|支队)[ \u3000]*(?:律师|医师|主任医师|副主任医师|会计师|工程师|研究员|教授|副教授|法官|检察官|审判员|民警)?[ \u3000]+([\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,2})$/;

/**
 * A letter signed with the writer's workplace and name (某县税务局　某  某): the letter's last line
 * where it follows the letter's text (blocks.ts decides by place: under a headline the same shape
 * is a byline). The name opens with a surname. Pure.
 */
export function isOfficeSignature(text: string): boolean {
  const name = OFFICE_SIGNATURE.exec(text)?.[1];
  return name !== undefined && (isCommonSurname(name[0]) || COMPOUND_SURNAMES.some((s) => name.startsWith(s)));
}

/**
 * A letter signed with where its writer lives or works and a name joined by the middle dot
 * (某县某乡　阿卜力米提·肉孜, 某某县某某镇　某某·某某): the dot makes it a name whatever its first
 * character, where PLACE_SIGNATURE and OFFICE_SIGNATURE ask for a common surname, and the place may
 * be long (a region, a county and a township: 新疆某县某乡). In the truths of all sets and rmrb-2019 one
 * line has this shape, a letter's last paragraph (set cz); no headline-block line has it.
 */
const DOTTED_SIGNATURE = new RegExp(`^[\\u4e00-\\u9fff]{1,20}(?:省|区|县|市|州|盟|旗|镇|乡|村|苏木|嘎查|街道|社区|局|委|办|院|所|站|厂|公司|学校|中学|小学|医院|中心)[ \\u3000]+${DOTTED_NAME}$`);

/**
 * A resident, a parent, a worker or a teacher signing a letter with where they live or work (某小区居民　某某,
 * 某市实验小学学生家长　某某某, 某县某乡教师　某某某), or with what they do or are alone (骑手　某某某, 某县某乡移民　某某某,
 * 某乡农民工　某某某, 某嘎查牧民　某某某, 某乡竹农　某某某 — a grower of any crop, 茶农, 竹农, 棉农, 药农; 边民　某某某, a border
 * trader: sets pj, pp, ps, qm, rk, uy, where it stood apart over the reply's headline and was read as a piece of its own):
 * in the truths of all sets and rmrb-2019 the 47 lines of this shape are all paragraphs, none a headline-block line
 * (sets bu, cj, fl, jx). The name is two or three characters, or spaced, or after a two-character surname: a headline's
 * second half of four (彩票卖给学生　该不该管, set qc) is none.
 */
const RESIDENT_SIGNATURE = new RegExp(
  `^[\\u4e00-\\u9fff]{0,16}(?:居民|村民|边民|家长|职工|员工|教师|业主|车主|农民|患者|骑手|移民|农民工|牧民|渔民|[果菜茶竹花苗棉烟药瓜蔗粮桑蚕稻椒菇蕉柑橘参林蜂莲]农|养殖户|工人|司机|店主|商户|摊主|租户|个体户|快递员|外卖员|环卫工|志愿者|学生|乘客|游客|消费者)[ \\u3000]+(?:[\\u4e00-\\u9fff]{2,3}|[\\u4e00-\\u9fff][ \\u3000]{1,3}[\\u4e00-\\u9fff]{1,2}|(?:${COMPOUND_SURNAMES.join('|')})[\\u4e00-\\u9fff]{1,2})$`,
);

/**
 * A herder signing with the township or village they live in and a name of four characters, as Tibetan and
 * Mongolian names are written (某县某乡牧民　次仁多吉, 某嘎查农牧民　巴图吉日): no Han surname, so RESIDENT_SIGNATURE's
 * name does not fit it (set sh, where it was read as a piece of its own).
 */
const HERDER_SIGNATURE = /^[\u4e00-\u9fff]{1,14}(?:乡|镇|村|嘎查|苏木|牧场)(?:农牧民|牧民)[ \u3000]+[\u4e00-\u9fff]{4}$/;

/** What a piece of research was written for, closing it: 本文系某某项目（编号）阶段性成果. */
const FUNDING_NOTE = /^本文(?:系|为|是)[^。]{4,70}(?:成果|资助|支持)[。]?$/;

/**
 * A teaser's page pointer the column width put on a line of its own (▶A03, 详见第7版): the end of the teaser above (set ce).
 * So is a cross-reference closing a piece (相关新闻见A5版, 相关报道见第3版, 更多报道见第十版, 见第三版), as evening
 * papers print it under a report's last paragraph: in the truths of all sets and rmrb-2019 every such line (4) is
 * the last paragraph of its piece, never a headline (set de: it was read as one, taking the next headline's place).
 */
const POINTER_LINE =
  /^(?:[▶►→▷]|详见|(?:相关(?:新闻|报道|评论|阅读|图片)|更多(?:报道|新闻|内容))?[ \u3000]*(?:请见|见))[ \u3000]*第?[A-HＡ-Ｈ]?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*版?$/;

/** Who issued a forecast and when, closing a weather box (某市气象台3月8日16时发布, 某某气象台今日6时发布), printed without brackets (set ce). */
const FORECAST_ISSUED = /^[\u4e00-\u9fff]{1,12}(?:气象台|气象局|环境监测站|水文站)(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[今昨]日|今天)?[0-9０-９]{1,2}时(?:[0-9０-９]{1,2}分)?发布$/;

/**
 * Where an excerpt was taken from, on a line of its own under it: ——摘自《某某学刊》文章《……》, ——选自《……》, or
 * in brackets, its writer after it: （摘自《某某日报》，作者：某某） (set gs).
 */
const EXCERPT_SOURCE = /^(?:——[ \u3000]*|[（(])(?:摘自|选自|原载|转自|转载自)(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?《[^》]{1,30}》/;

/** Whether a line is an excerpt's source on a line of its own (——摘自《某某学刊》, ——选自《……》, ——摘自3月29日《某某报》: set zzx). Pure. */
export function isExcerptSource(text: string): boolean {
  return EXCERPT_SOURCE.test(text);
}

/**
 * A page's editors or credits at its foot (本版编辑 某  某, 责任编辑：某某 版式：某某, 本版撰文 本报记者 某某某):
 * it closes the page's last piece but is none of that piece's own paragraphs. Pure.
 */
export function isPageFootCredits(printed: string): boolean {
  if (printed.length > 80) return false;
  const text = simplifiedForReading(printed);
  return PAGE_EDITORS.test(text) || PAGE_CREDITS.test(text);
}

/**
 * Who answered a Q&A column, its last line: 解答：某市心理健康教育指导中心　某某, 答疑专家：某研究所研究员 某某,
 * （解答律师：某律师事务所 某某）. No sentence in it. In the truths all 9 such lines are paragraphs (sets az, ca, fj, …).
 */
const ANSWERER_LINE = /^[（(]?(?:解答|答疑)(?:人|专家|律师|医生|老师)?[：:][^。！？；，]{2,40}[）)]?$/;

/**
 * The teacher who guided a pupil's essay: 指导老师：某某, 辅导教师：某  某, （指导老师：某某）, 指导老师　某某 — near the essay's
 * end on a student paper's page, a teacher's 点评 perhaps after it. In the truths all 23 lines so opened are paragraphs, none a headline-block line (sets fj, jn).
 */
const TEACHER_CREDIT = /^[（(]?(?:指导|辅导)(?:老师|教师)(?:[：:][ \u3000]*|[ \u3000]+)[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}(?:[ \u3000、，]+[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3})*[）)]?$/;

/** Whether a line names the teacher who guided a pupil's essay (TEACHER_CREDIT): the essay's text, never a headline; a 点评 may follow it. */
export function isTeacherCredit(text: string): boolean {
  return TEACHER_CREDIT.test(text);
}

/**
 * A line that ends an article when it follows its body: an author note or agency credit in
 * brackets, an editor's signature, a graphics or picture credit, a notice of the page's own, an excerpt's
 * source (——摘自《……》). What it closes is decided
 * by the caller (a bracketed line right under a headline is its subheadline instead).
 */
export function isClosingLine(printed: string): boolean {
  if (printed.length > 80) return false;
  // A page set in traditional characters (本版責任編輯：某某: set bo) is read on its simplified copy.
  const text = simplifiedForReading(printed);
  if (EDITOR_SIGNATURE.test(text) || GRAPHICS_CREDIT.test(text) || PAGE_NOTICE.test(text) || PAGE_PICTURES_SOURCE.test(text) || NOTICE_SIGNATURE.test(text) || DATE_LINE.test(text)) return true;
  if (PAGE_EDITORS.test(text.replace(EDITORS_MAILBOX, '').replace(EDITORS_HOTLINE_AFTER, '').replace(EDITORS_HOTLINE_BEFORE, '')) || PAGE_CREDITS.test(text) || FORECAST_ISSUED.test(text) || POINTER_LINE.test(text)) return true;
  if (EXCERPT_SOURCE.test(text) || MEDIA_CREDITS.test(text) || WRITTEN_UP.test(text) || LED_BY.test(text) || FAMILY_SIGN_OFF.test(text) || MEDIA_POINTER.test(text) || ANSWERER_LINE.test(text) || CARTOON_CREDIT.test(text)) return true;
  if (isReaderSignature(text) || RESIDENT_SIGNATURE.test(text) || HERDER_SIGNATURE.test(text) || DOTTED_SIGNATURE.test(text) || isPlaceSignature(text) || FUNDING_NOTE.test(text) || HONORIFIC_SIGNATURE.test(text)) return true;
  // An instalment's number alone in brackets (（三十六）, （外一首）) is the subheadline under a serial's or a poem's
  // title: the truths' 3 such lines all are (sets fl, hk, hs), none a closing note.
  // Nor is a serial's pointer to its last instalment under its title (（上接3月5日本版）, （接上期）): its text goes on under it (set rs).
  if (BRACKETED_LINE.test(text)) return findContinuation(text) === null && !INSTALMENT.test(text.slice(1, -1)) && !SERIAL_POINTER.test(text);
  return text.length <= 30 && (PICTURE_CREDIT.test(text) || CHART_CREDIT.test(text));
}

/**
 * Two or more words set apart by space, each of two characters or more (一桌年夜饭 满满都是情),
 * as a headline prints its halves; not one word spaced out to a width (总 则, 上 海). Pure.
 */
export function spacedHalves(text: string): boolean {
  const parts = text.split(/[ \u3000]+/);
  return parts.length >= 2 && parts.every((p) => p.length >= 2);
}

/** A book's title alone on its line: 《老城书事》. */
const BOOK_TITLE_ALONE = /^《[^《》]{1,30}》$/;

export function isBookTitleAlone(text: string): boolean {
  return BOOK_TITLE_ALONE.test(text);
}

/**
 * A book's particulars: who made it and who published it, with no stop (衡　舒　著　某某出版社2007年3月版, 某某市图书馆　编
 * 某某出版社, 某某　编著　某某科学技术出版社　定价：15.00元, 方启明　文/摄　某某摄影出版社), or labelled (作者：某某　出版社：……).
 * Under a book's title alone, the first line of the note on it (sets fj, in, tq, vp, y).
 */
const BOOK_PARTICULARS = /^(?:[^，。；！？《》]{1,24}?[ \u3000]*(?:著|编|编著|主编|译|绘|文\/摄|撰)[ \u3000]*[^，。；！？《》]{0,24}出版社[^，。；！？《》]{0,30}|(?:作者|著者|编著|主编|译者)[：:].*)$/;

export function isBookParticulars(text: string): boolean {
  return BOOK_PARTICULARS.test(text);
}
