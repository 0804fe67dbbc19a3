/**
 * People in bylines, dateline brackets, signatures and photo credits.
 * 记者 田雁 高燕 丁亚琴 / 记者 郝雨 通讯员 李鹏 / 记者任翔宇 / 本报记者 董芳 / 山西日报评论员.
 */
import type { Author, AuthorRole } from '../schema/entries.ts';
import { ROLE_WORDS } from './patterns.ts';

const ROLE_OF: Record<string, AuthorRole> = {
  记者: '记者',
  首席记者: '记者',
  摄影记者: '记者',
  特约记者: '特约记者',
  通讯员: '通讯员',
  实习生: '实习生',
  评论员: '评论员',
  摄影: '摄影',
};

/** Common single-character surnames, used only to split names printed without spaces. */
const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝戎').split(''),
);
/** Is this character a common surname (the first of most names printed in bylines)? */
export function isCommonSurname(char: string): boolean {
  return SURNAMES.has(char);
}

/** Two-character surnames (欧阳, 令狐 …), which a page prints before a given name spaced to a width (欧阳  某). */
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '令狐', '司徒', '夏侯', '端木', '南宫'];
/** The same, as a regular expression's group. */
export const COMPOUND_SURNAME = `(?:${COMPOUND_SURNAMES.join('|')})`;

/**
 * Splits a run of characters that may hold several names printed together (田雁高燕 → 田雁, 高燕).
 * Known names (seen spaced elsewhere in the archive) are preferred; otherwise a split is made
 * only where every part starts with a surname and is 2–3 characters long.
 */
export function splitNames(run: string, known: ReadonlySet<string> = new Set()): string[] {
  if (run.length <= 3 || known.has(run) || COMPOUND_SURNAMES.some((s) => run.startsWith(s) && run.length <= 4)) {
    return [run];
  }
  for (const size of [3, 2]) {
    const head = run.slice(0, size);
    if (known.has(head)) return [head, ...splitNames(run.slice(size), known)];
  }
  const plans = partitions(run.length).filter((p) => {
    let at = 0;
    return p.every((len) => {
      const ok = SURNAMES.has(run[at]);
      at += len;
      return ok;
    });
  });
  if (plans.length === 0) return [run];
  // Prefer the fewest parts, then two-character given names (2+3 over 3+2 is arbitrary; keep 3-char first).
  const best = plans.sort((a, b) => a.length - b.length)[0];
  let at = 0;
  return best.map((len) => run.slice(at, (at += len)));
}

/** Ways to cut n characters into names of 2 or 3 characters. */
function partitions(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const len of [3, 2]) if (n >= len) for (const rest of partitions(n - len)) out.push([len, ...rest]);
  return out;
}

const ROLE_SPLIT = new RegExp(`(${ROLE_WORDS.join('|')})`);

/**
 * Authors in a credit string: a byline (本报记者 董芳) or the inside of a dateline's brackets
 * (记者 郝雨 通讯员 李鹏). A role applies to the names after it until the next role. A byline
 * that is only an institution with a role (山西日报评论员) is one author of that name.
 */
export function parseCredits(text: string, known: ReadonlySet<string> = new Set()): Author[] {
  const cleaned = text.replace(/^[□■◆●]\s*/, '').trim();
  const parts = cleaned.split(ROLE_SPLIT);
  const authors: Author[] = [];
  let role: AuthorRole | null = null;
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      role = ROLE_OF[part];
      return;
    }
    const prefix = part.trim();
    if (i === 0) {
      // Text before the first role word is an affiliation (本报, 新华社) or an institution.
      if (prefix !== '' && parts.length === 3 && parts[2].trim() === '' && !/^(本报|特约|新华社)$/.test(prefix)) {
        authors.push({ name: prefix + parts[1], role: ROLE_OF[parts[1]] });
        return;
      }
      // A writer named before the reporter's affiliation (■某  某 本报特约记者 某某): an author of the piece.
      const lead = joinSpacedNames(prefix.split(/\s+/).filter(Boolean));
      if (lead.length >= 2 && /^[\u4e00-\u9fff]{2,3}$/.test(lead[0])) authors.push({ name: lead[0], role: '作者' });
      return;
    }
    const tokens = joinSpacedNames(prefix.split(/\s+/).filter(Boolean));
    // The affiliation of the next role (… 本报通讯员 王平) is no name.
    if (i < parts.length - 1 && /^(本报|特约|新华社)$/.test(tokens.at(-1) ?? '')) tokens.pop();
    for (const token of tokens) {
      for (const name of splitNames(token, known)) authors.push({ name, role: role ?? '记者' });
    }
  });
  return authors;
}

/** Two single characters in a row are one name spaced to the width of three (马  晨 → 马晨). */
function joinSpacedNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ([...tokens[i]].length === 1 && tokens[i + 1] !== undefined && [...tokens[i + 1]].length === 1) out.push(tokens[i] + tokens[++i]);
    else out.push(tokens[i]);
  }
  return out;
}
