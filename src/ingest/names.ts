/**
 * People in bylines, dateline brackets, signatures and photo credits.
 * 记者 田雁 高燕 丁亚琴 / 记者 郝雨 通讯员 李鹏 / 记者任翔宇 / 本报记者 董芳 / 山西日报评论员.
 */
import type { Author, AuthorRole } from '../schema/entries.ts';
import { ROLE_WORDS, WRITER_MARKS } from './patterns.ts';
import { COMPOUND_SURNAMES, isCommonSurname } from './surnames.ts';
import { simplifiedForReading } from './fold.ts';

const ROLE_OF: Record<string, AuthorRole> = {
  记者: '记者',
  首席记者: '记者',
  摄影记者: '记者',
  // A school's or a student paper's reporters (学生记者, 校园记者) and a trainee (见习记者) report as reporters.
  学生记者: '记者',
  校园记者: '记者',
  见习记者: '记者',
  特约记者: '特约记者',
  通讯员: '通讯员',
  实习生: '实习生',
  评论员: '评论员',
  摄影: '摄影',
};


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
      const ok = isCommonSurname(run[at]);
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
/** A writer's mark before a byline (□ 某  某, ○ 某  某). */
const LEADING_WRITER_MARK = new RegExp(`^[${WRITER_MARKS}]\\s*`);

/** A writer named after 作者：, the post in brackets after the name (作者：某某某（某大学教授）; patterns.ts isByline). */
const AUTHOR_CREDIT = /^作者[：:]\s*([\u4e00-\u9fff·](?:[\u4e00-\u9fff·]|[\s\u3000]+(?=[\u4e00-\u9fff])){1,7})\s*(?:[（(][^（()）]*[）)])?$/;

/** A writer's name under a writer's mark: two to four Han characters, or a name written for its sounds (阿依古丽·吐尔逊). */
const WRITER_NAME = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}$/;

/**
 * What each credited person made, marked before the credit or after the names: 文/…　图/…, 文／图. No name: a byline
 * 文/都市报记者　聂　萱　图/都市报记者　霍　澜 names two reporters (the fresh user's find: 图/都市报 had been read as a third).
 */
const WORK_MARK = /(?<![\u4e00-\u9fff])(?:文字|图片|视频|文|图|摄)[ \u3000]*[/／][ \u3000]*(?:(?:文|图|摄)(?![\u4e00-\u9fff]))?/g;

/** Who supplied a picture, no person: 受访者提供, 某某局供图, 资料图片. */
const SUPPLIED_BY = /(?:提供|供图|供稿|资料图片)$/;

/** A paper or an agency the next role's person works for: 本报, 特约, 新华社, 都市报, 某某日报, 某某晚报. */
const AFFILIATION = /^(?:本报|特约|新华社|[\u4e00-\u9fff]{0,8}(?:日报|晚报|晨报|都市报|商报|时报))$/;

export function parseCredits(text: string, known: ReadonlySet<string> = new Set()): Author[] {
  const writer = AUTHOR_CREDIT.exec(text.trim());
  if (writer) return [{ name: writer[1].replace(/[\s\u3000]+/g, ''), role: '作者' }];
  const cleaned = text.replace(LEADING_WRITER_MARK, '').replace(WORK_MARK, ' ').trim();
  // A writer's mark over names alone (□ 宁　泓, □ 詹小渟): a commentary's or an essay's writers, with no role word.
  if (cleaned !== text.trim() && !ROLE_SPLIT.test(simplifiedForReading(cleaned))) {
    const names = joinSpacedNames(cleaned.split(/[\s\u3000]+/).filter(Boolean));
    if (names.length > 0 && names.every((name) => WRITER_NAME.test(name))) return names.map((name) => ({ name, role: '作者' }));
  }
  // Roles are found in the simplified reading (記者 is 记者); names are cut from the text as printed.
  const reading = simplifiedForReading(cleaned);
  const readParts = reading.split(ROLE_SPLIT);
  const parts: string[] = [];
  for (let i = 0, at = 0; i < readParts.length; at += readParts[i].length, i++) parts.push(i % 2 === 1 ? readParts[i] : cleaned.slice(at, at + readParts[i].length));
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
      if (prefix !== '' && parts.length === 3 && parts[2].trim() === '' && !/^(本报|特约|新华社)$/.test(simplifiedForReading(prefix))) {
        authors.push({ name: prefix + parts[1], role: ROLE_OF[parts[1]] });
        return;
      }
      // A writer named before the reporter's affiliation (■某  某 本报特约记者 某某): an author of the piece.
      const lead = joinSpacedNames(prefix.split(/\s+/).filter(Boolean));
      if (lead.length >= 2 && /^[\u4e00-\u9fff]{2,3}$/.test(lead[0])) authors.push({ name: lead[0], role: '作者' });
      return;
    }
    const tokens = joinSpacedNames(prefix.split(/\s+/).filter(Boolean)).filter((token) => !SUPPLIED_BY.test(token));
    // The affiliation of the next role (… 本报通讯员 王平, … 都市报记者 某某) is no name.
    if (i < parts.length - 1 && AFFILIATION.test(simplifiedForReading(tokens.at(-1) ?? ''))) tokens.pop();
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
