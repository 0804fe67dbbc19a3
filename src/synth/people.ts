/**
 * The paper's own people in composed pages: a staff roster made from the seeds' names, bylines,
 * datelines and photo credits renamed from it (kept as printed when the renamed line would not
 * read back), and datelines dated the day before the paper.
 */
import { addDays } from '../ingest/dates.ts';
import { creditNames, isCreditLine } from '../ingest/patterns.ts';
import type { PageContext } from './drafts.ts';
import { creditsReadBack, type CreditPart, type PhotoPart } from './parts.ts';
import type { Random } from './random.ts';

const ROSTER_SIZE = 80;

/** A dated dateline (新华社北京12月27日电) is dated the day before the paper. */
export function redate(credit: CreditPart, date: string): CreditPart {
  const day = addDays(date, -1);
  const text = credit.text.replace(/[0-9０-９]{1,2}月[0-9０-９]{1,2}日电/, `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日电`);
  return { ...credit, text };
}

const PERSON = /^[\u4e00-\u9fff]{2,3}$/;

/** The same byline or dateline with the paper's own reporters from the roster; as printed if that does not read back. */
export function renameCredit(ctx: PageContext, credit: CreditPart, dateline: boolean): CreditPart {
  if (credit.names.length === 0 || !credit.names.every((n) => PERSON.test(n))) return credit;
  const renamed = renamePeople(credit.text, credit.names, ctx);
  return renamed && creditsReadBack(renamed.text, renamed.names, dateline) ? renamed : credit;
}

export function renamePhoto(ctx: PageContext, photo: PhotoPart): PhotoPart {
  const names = creditNames(photo.credit);
  if (names.length === 0 || !names.every((n) => PERSON.test(n))) return photo;
  const renamed = renamePeople(photo.credit, names, ctx);
  if (!renamed || !isCreditLine(renamed.text) || creditNames(renamed.text).join(' ') !== renamed.names.join(' ')) return photo;
  return { caption: photo.caption, credit: renamed.text };
}

function renamePeople(text: string, names: string[], ctx: PageContext): CreditPart | null {
  let out = '';
  let at = 0;
  const chosen: string[] = [];
  for (const name of names) {
    const i = text.indexOf(name, at);
    if (i < 0) return null;
    let person = ctx.rng.pick(ctx.composer.roster);
    for (let k = 0; chosen.includes(person) && k < 10; k++) person = ctx.rng.pick(ctx.composer.roster);
    if (chosen.includes(person)) return null;
    chosen.push(person);
    out += text.slice(at, i) + person;
    at = i + name.length;
  }
  return { text: out + text.slice(at), names: chosen };
}

export function makeRoster(names: string[], rng: Random): string[] {
  const roster = [...new Set(names)];
  const surnames = [...new Set(names.map((n) => n[0]))];
  const given = [...new Set(names.flatMap((n) => [...n.slice(1)]))];
  for (let attempt = 0; roster.length < ROSTER_SIZE && attempt < ROSTER_SIZE * 50; attempt++) {
    const name = rng.pick(surnames) + rng.pick(given) + (rng.chance(0.6) ? rng.pick(given) : '');
    if (!roster.includes(name) && new Set(name).size === name.length) roster.push(name);
  }
  return roster;
}
