/**
 * Bylines, datelines, signatures and photo credits are shown verbatim; the names in them
 * become links to author pages. Splits a verbatim string into plain and name pieces.
 */
export type Piece = { text: string; name: string | null };

export function linkNames(text: string, names: readonly string[]): Piece[] {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const name = wanted.find((n) => text.startsWith(n, i));
    if (name) {
      if (plain) pieces.push({ text: plain, name: null });
      pieces.push({ text: name, name });
      plain = '';
      i += name.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) pieces.push({ text: plain, name: null });
  return pieces;
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
