/**
 * Bylines, datelines, signatures and photo credits are shown verbatim; the names in them
 * become links to author pages. Splits a verbatim string into plain and name pieces; a name spread
 * to a width with spaces (记者　龙　菁) is found as printed and linked whole, its spaces kept.
 */
export type Piece = { text: string; name: string | null };

export function linkNames(text: string, names: readonly string[]): Piece[] {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    let printed = 0;
    const name = wanted.find((n) => (printed = printedLength(text, i, n)) > 0);
    if (name) {
      if (plain) pieces.push({ text: plain, name: null });
      pieces.push({ text: text.slice(i, i + printed), name });
      plain = '';
      i += printed;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) pieces.push({ text: plain, name: null });
  return pieces;
}

/** Space a page sets between a name's characters to spread it to a width (龙　菁, 庹 岩). */
const NAME_SPACE = /[ \u3000\u00a0]/;

/**
 * How many characters of `text` from `at` print `name`, spaces set between its characters included
 * (记者　龙　菁 holds 龙菁 as 龙　菁: 3); 0 when it is not printed there.
 */
function printedLength(text: string, at: number, name: string): number {
  let i = at;
  for (let k = 0; k < name.length; k++) {
    if (k > 0) while (i < text.length && NAME_SPACE.test(text[i])) i++;
    if (text[i] !== name[k]) return 0;
    i++;
  }
  return i - at;
}

/**
 * A short credit line for lists: the printed byline, else the roles and names found in the
 * dateline or signature (记者 郑苗苗 · 摄影 戎禹仁).
 */
export function creditLine(article: { byline: string | null; authors: { name: string; role: string }[] }): string | null {
  if (article.byline?.trim()) return article.byline.trim();
  if (article.authors.length === 0) return null;
  const byRole = new Map<string, string[]>();
  for (const a of article.authors) byRole.set(a.role, [...(byRole.get(a.role) ?? []), a.name]);
  return [...byRole.entries()].map(([role, names]) => `${role} ${names.join(' ')}`).join(' · ');
}
