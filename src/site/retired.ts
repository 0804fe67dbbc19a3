/**
 * Permalinks forever: every article id the ledger (content/ids.json) remembers and the archive no
 * longer holds still answers. A retired id (its text now belongs to another article, after a
 * better reading) moves on to its successor — followed to the end of a chain of retirements —
 * by a static page at the old URL (meta refresh, a link, rel=canonical) and by the redirect maps
 * of hosts that take one (Netlify `_redirects`, an nginx include); a withdrawn id (its source
 * was removed on purpose) answers with a page saying so and when; an id whose text went nowhere
 * says it is no longer in use. None of these pages is in the sitemap. Pure.
 */
import { compare } from '../content/order.ts';
import type { Ledger, Withdrawal } from '../schema/ledger.ts';
import { routes } from './routes.ts';

export type RetiredPage =
  | { id: string; kind: 'moved'; target: string }
  | { id: string; kind: 'withdrawn'; withdrawal: Withdrawal }
  | { id: string; kind: 'gone' };

/** Which ids are articles of the archive: a set of them, or a lookup that asks the content tree. */
export type LiveIds = { has(id: string): boolean };

/** The pages to build for ids that are not articles of the archive (`live`), in id order. */
export function retiredPages(ledger: Ledger, live: LiveIds): RetiredPage[] {
  const pages: RetiredPage[] = [];
  for (const id of Object.keys(ledger.retired).sort()) {
    if (live.has(id)) continue;
    const target = finalSuccessor(ledger, live, id);
    pages.push(target === null ? { id, kind: 'gone' } : { id, kind: 'moved', target });
  }
  for (const [id, withdrawal] of Object.entries(ledger.withdrawn).sort(([a], [b]) => a.localeCompare(b))) {
    if (!live.has(id)) pages.push({ id, kind: 'withdrawn', withdrawal });
  }
  return pages.sort((a, b) => compare(a.id, b.id));
}

/** Where a chain of retirements ends: a live article, a withdrawn one (its page says so), or null. */
function finalSuccessor(ledger: Ledger, live: LiveIds, id: string): string | null {
  const seen = new Set([id]);
  let next = ledger.retired[id];
  while (next) {
    if (live.has(next) || next in ledger.withdrawn) return next;
    if (seen.has(next) || !(next in ledger.retired)) return null;
    seen.add(next);
    next = ledger.retired[next];
  }
  return null;
}

/** Site paths (under `base`, e.g. /archive/) of every retired page: never listed in the sitemap. */
export function retiredPaths(pages: RetiredPage[]): string[] {
  return pages.map((p) => routes.article(p.id));
}

/** Netlify `_redirects`: `/old/ /new/ 301`, one line per moved id (paths under `base`). */
export function netlifyRedirects(pages: RetiredPage[], base: string): string {
  const lines = pages.flatMap((p) => (p.kind === 'moved' ? [`${base}${routes.article(p.id).slice(1)} ${base}${routes.article(p.target).slice(1)} 301`] : []));
  return ['# 已停用的稿件号 → 现在的稿件（大同日报数字报档案馆，构建时生成）', ...lines, ''].join('\n');
}

/** An nginx include (server block): one exact-match location per moved id, answering 301. */
export function nginxRedirects(pages: RetiredPage[], base: string): string {
  const lines = pages.flatMap((p) =>
    p.kind === 'moved' ? [`location = ${base}${routes.article(p.id).slice(1)} { return 301 ${base}${routes.article(p.target).slice(1)}; }`] : [],
  );
  return ['# 已停用的稿件号 → 现在的稿件。在 server 块中 include 此文件（docs/deploy.md）', ...lines, ''].join('\n');
}
