/**
 * In the reader's browser, on an article page opened from a search (?hl=<query>): shows
 * 返回检索结果 at once (the search page's own address, filters and order kept), then asks the
 * search worker — the one the search page runs, with the index folders and default order the
 * search page states — for the same search's results, and links the hits before and after this
 * article, with ?hl= so their words are marked too. Anything that fails leaves the way back.
 * Loaded only when the address has ?hl= (SearchTrail.astro).
 */
import { SearchClient } from './client.ts';
import { SORT_ORDERS, type SearchRequest, type SortOrder } from './protocol.ts';
import { hitAddress, searchOf, searchPath, searchReferrer, searchState, trailAround, type Hit, type KeptSearch } from '../../site/search-trail.ts';

const KEPT = 'datong-archive:search-trail';
/** Results asked for at a time, and how far down the results the article is looked for. */
const BATCH = 50;
const DEPTH = 500;

function readKept(): KeptSearch | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEPT) ?? 'null');
    return kept && typeof kept.address === 'string' && typeof kept.query === 'string' ? kept : null;
  } catch {
    return null;
  }
}

function keep(search: KeptSearch): void {
  try {
    sessionStorage.setItem(KEPT, JSON.stringify(search));
  } catch {
    // storage refused: the trail then lasts for this page only
  }
}

/** The index folders and default order the search page searches with (its data-bundles, data-default-sort). */
async function searchSettings(base: string): Promise<{ bundles: string[]; sort: SortOrder }> {
  const html = await (await fetch(searchPath(base))).text();
  const root = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLElement>('[data-search-page]');
  if (!root?.dataset.bundles) throw new Error('检索页没有给出索引位置');
  const sort = root.dataset.defaultSort as SortOrder;
  return { bundles: root.dataset.bundles.split(' '), sort: SORT_ORDERS.includes(sort) ? sort : 'relevance' };
}

/** The hits of a search in the search page's order, as far as the article and the article hit after it. */
async function hitsAround(bundles: string[], state: Omit<SearchRequest, 'offset' | 'limit'>, id: string): Promise<Hit[]> {
  const client = new SearchClient(bundles);
  const hits: Hit[] = [];
  try {
    for (let offset = 0; offset < DEPTH; offset += BATCH) {
      const response = await client.search({ ...state, offset, limit: BATCH });
      for (const r of response.results) hits.push({ id: r.id, url: r.url, title: r.title.map((s) => s.text).join(''), topic: r.kind === 'topic' });
      const at = hits.findIndex((h) => h.id === id && !h.topic);
      const exhausted = response.results.length < BATCH && !response.searchedSince;
      if ((at >= 0 && hits.slice(at + 1).some((h) => !h.topic)) || exhausted) break;
    }
  } finally {
    client.close();
  }
  return hits;
}

/** Fills in the trail `nav` (SearchTrail.astro) for the article `nav.dataset.articleId`. */
export async function startSearchTrail(nav: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search).get('hl');
  const base = nav.dataset.base ?? '/';
  const id = nav.dataset.articleId ?? '';
  if (!query) return;
  const search = searchOf(query, searchReferrer(document.referrer, location.href, base), readKept(), base, location.origin);
  keep(search);
  nav.querySelector<HTMLAnchorElement>('[data-trail-back]')!.href = search.address;
  nav.querySelector<HTMLElement>('[data-trail-query]')!.textContent = `检索词：${query}`;
  nav.hidden = false;
  try {
    const settings = await searchSettings(base);
    const trail = trailAround(await hitsAround(settings.bundles, searchState(search.address, settings.sort), id), id);
    if (!trail) return;
    const hits = nav.querySelector<HTMLElement>('[data-trail-hits]')!;
    const fill = (which: 'prev' | 'next', hit: Hit | null) => {
      const item = hits.querySelector<HTMLElement>(`[data-trail-${which}]`)!;
      const label = document.createElement('small');
      label.textContent = which === 'prev' ? '← 上一条结果' : '下一条结果 →';
      if (!hit) {
        const none = document.createElement('span');
        none.append(label, '没有了');
        item.replaceChildren(none);
        return;
      }
      const link = document.createElement('a');
      link.href = hitAddress(base, hit.url, query);
      link.rel = which;
      link.append(label, hit.title);
      item.replaceChildren(link);
    };
    fill('prev', trail.prev);
    fill('next', trail.next);
    nav.querySelector<HTMLElement>('[data-trail-position]')!.textContent = `本文是第 ${trail.position} 条结果`;
    hits.hidden = false;
  } catch {
    // the index or the worker failed: 返回检索结果 stays
  }
}
