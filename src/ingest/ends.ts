/**
 * Does a piece end whole? A paragraph that stops without a full stop is a sign the piece was cut
 * off (the cut-off flag, settle.ts), but complete pieces end so too, as the pages of other papers
 * (tests/fixtures/other-papers) and the rmrb-2019 pages print them: a brief signed in brackets
 * after its last sentence (……。（记者 某  某）, ……。（某  某）, ……。（通讯员 某某某）), a notice's
 * particulars (联系电话：…, 地址：…, 邮编：…) or date, a photo's credit, a signing line.
 */
import { endsSentence, isClosingLine, isLabelledNumber, splitCredit } from './patterns.ts';
import { isSigningLine } from './signatures.ts';

/** A stop, then a credit or note in brackets with no sentence in it: ……。（记者 某  某）, ……。（黔文）. */
const STOP_THEN_BRACKETS = /[。！？!?…][”’」』]?[（(][^（()）。！？]{1,120}[）)]$/;

/** A stop, then where the passage was taken from: ……变革。——摘自《某某时报》, ——选自《某某集》. */
const STOP_THEN_SOURCE = /(?:^|[。！？!?…][”’」』]?)——[ \u3000]*(?:摘自|选自|原载|转自|转载自)《[^》]{1,30}》[^。！？，,]{0,20}$/;

/** A notice's particular at the end, after the line's start, a space or a stop: 地址：某路1号, 本版邮箱：x@y.cn. */
const PARTICULAR_END = /(?:^|[\s\u3000。；;])[\u4e00-\u9fff]{0,8}(?:电话|热线|手机|传真|邮编|邮政编码|地址|网址|邮箱|信箱|联系人)[：:][^：:。！？]{1,60}$/;

/** A date closing a notice, alone or after its issuer and a space, perhaps with its weekday. */
const DATE_END = /(?:^|[\s\u3000])(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日(?:[\s\u3000]*星期[一二三四五六日天])?$/;

/** A picture's credit splitCredit does not take: 新华社发, 新华社发（某外国名字摄）, 漫画/某  某. */
const PICTURE_CREDIT_END = /(?:新华社|中新社|人民日报|本报)发(?:[（(][^（()）]{2,24}摄影?[）)])?$|^(?:漫画|插图|绘图|图)[／/][\u4e00-\u9fff·\s\u3000]{2,10}$/;

/** Ends with a stop and then a signature or note in brackets: ……。（记者 某  某）. Pure. */
export function endsSignedInBrackets(text: string): boolean {
  return STOP_THEN_BRACKETS.test(text);
}

/**
 * Takes a piece's last paragraph; answers whether it ends the piece whole (no sign of a cut):
 * a finished sentence, a bracketed signature after one, a notice's particulars or date, a photo
 * credit, a closing or signing line, the source of an excerpt (——摘自《……》). Pure.
 */
export function endsWhole(text: string): boolean {
  if (endsSentence(text) || STOP_THEN_BRACKETS.test(text) || STOP_THEN_SOURCE.test(text)) return true;
  if (isLabelledNumber(text) || PARTICULAR_END.test(text) || DATE_END.test(text)) return true;
  return splitCredit(text) !== null || PICTURE_CREDIT_END.test(text) || isClosingLine(text) || isSigningLine(text);
}
