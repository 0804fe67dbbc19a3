/**
 * Author pages: every reporter, correspondent, commentator and photographer named in the
 * archive, with what they wrote or photographed. Names come from article bylines
 * (article.authors) and photo credits (photo.photographers).
 */
import type { AuthorRole } from '../schema/entries.ts';
import type { Archive, ArchiveArticle } from '../content/archive.ts';
import { nameSegment } from './routes.ts';

export interface Credit {
  article: ArchiveArticle;
  /** What this person did for this article: 记者, 摄影 … */
  roles: AuthorRole[];
}

export interface Person {
  name: string;
  /** Path segment of /authors/<segment>/. */
  segment: string;
  /** Every role they appear in, most frequent first. */
  roles: AuthorRole[];
  /** Newest issue first, then print order. */
  credits: Credit[];
}

export function collectPeople(archive: Archive): Person[] {
  // segment → (article id → roles); keyed by segment so two spellings of one name share a page
  const people = new Map<string, { name: string; byArticle: Map<string, Set<AuthorRole>> }>();
  const credit = (name: string, role: AuthorRole, article: ArchiveArticle) => {
    const segment = nameSegment(name);
    const person = people.get(segment) ?? { name: name.trim(), byArticle: new Map() };
    const roles = person.byArticle.get(article.id) ?? new Set<AuthorRole>();
    roles.add(role);
    person.byArticle.set(article.id, roles);
    people.set(segment, person);
  };
  for (const article of archive.articles) {
    for (const author of article.authors) credit(author.name, author.role, article);
    for (const photo of archive.photosByArticle.get(article.id) ?? []) {
      for (const name of photo.photographers) credit(name, '摄影', article);
    }
  }
  const order = new Map(archive.articles.map((a, i) => [a.id, i]));
  return [...people.entries()].map(([segment, { name, byArticle }]) => {
    const credits = [...byArticle.entries()]
      .map(([id, roles]) => ({ article: archive.articleById.get(id)!, roles: [...roles] }))
      .sort((a, b) => order.get(a.article.id)! - order.get(b.article.id)!);
    const roleCounts = new Map<AuthorRole, number>();
    for (const c of credits) for (const r of c.roles) roleCounts.set(r, (roleCounts.get(r) ?? 0) + 1);
    const roles = [...roleCounts.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
    return { name, segment, roles, credits };
  });
}

/**
 * The first hanzi of each pinyin initial in the zh-CN collation: a name sorts under the
 * last boundary that is not after it. Letters I, U, V begin no Mandarin syllable.
 */
const PINYIN_BOUNDARIES: [string, string][] = [
  ['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '哒'], ['E', '妸'], ['F', '发'], ['G', '旮'],
  ['H', '哈'], ['J', '丌'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拏'], ['O', '噢'],
  ['P', '妑'], ['Q', '七'], ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'],
  ['Y', '丫'], ['Z', '帀'],
];

/** Surnames whose reading as a surname differs from the character's first reading in the collation. */
const SURNAME_INITIALS: Record<string, string> = {
  单: 'S', 曾: 'Z', 翟: 'Z', 仇: 'Q', 解: 'X', 查: 'Z', 朴: 'P', 区: 'O', 乐: 'Y', 缪: 'M',
  盖: 'G', 尉: 'Y', 覃: 'Q', 种: 'C', 秘: 'B', 长: 'C', 员: 'Y', 召: 'S', 句: 'G', 万: 'W',
};

const collator = new Intl.Collator('zh-CN');

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The pinyin initial a Chinese name files under (by its first character); '#' for others. */
export function pinyinInitial(name: string): string {
  const first = [...name.trim()][0] ?? '';
  if (/^[A-Za-z]$/.test(first)) return first.toUpperCase();
  if (!/\p{Script=Han}/u.test(first)) return '#';
  if (SURNAME_INITIALS[first]) return SURNAME_INITIALS[first];
  let initial = '#';
  for (const [letter, boundary] of PINYIN_BOUNDARIES) {
    if (collator.compare(first, boundary) >= 0) initial = letter;
    else break;
  }
  return initial;
}

/** People grouped under pinyin initials A–Z, each group sorted by pinyin. */
export function groupByInitial<T extends { name: string }>(items: T[]): { initial: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => compareNames(a.name, b.name))) {
    const initial = pinyinInitial(item.name);
    groups.set(initial, [...(groups.get(initial) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([initial, items]) => ({ initial, items }));
}

/** Credits grouped by the year of their issue, newest year first (order within kept). */
export function creditsByYear<T extends { article: { issue: string } }>(credits: T[]): { year: string; credits: T[] }[] {
  const years = new Map<string, T[]>();
  for (const c of credits) {
    const year = c.article.issue.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), c]);
  }
  return [...years.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([year, credits]) => ({ year, credits }));
}
