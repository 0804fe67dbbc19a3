/**
 * The search page: reads the query and filters from the address (?q=…&year=…&date=…&sort=…, and
 * n=… for the results listed after 更多结果), so a search can be linked and bookmarked and a
 * shared link shows what the reader saw, asks the search worker, lists the results and draws
 * the histogram of hits by year or month (a bar narrows the search to its dates). Every
 * piece of article text goes into the page as text nodes: nothing from the archive is parsed
 * as HTML.
 */
import type { Segment } from '../shared/excerpt.ts';
import { describeQuery, noticeText } from './notices.ts';
import { FACETS, KIND_LABELS, SORT_ORDERS, type Facet, type FacetValue, type MonthHits, type ResultView, type SearchRequest, type SearchResponse, type SortOrder } from './protocol.ts';
import { SearchClient } from './client.ts';
import { histogramBars } from './histogram-model.ts';
import { drawHistogram } from './histogram-view.ts';
import { startExport } from './export-view.ts';
import { watchFilters } from './filter-apply.ts';

/** What a filter value in an address must look like to match any result: a year, a 版次's number, a kind the index has. */
const READABLE: Partial<Record<Facet, (value: string) => boolean>> = {
  year: (v) => /^\d{4}$/.test(v),
  page: (v) => /^\d{1,3}$/.test(v),
  kind: (v) => Object.hasOwn(KIND_LABELS, v),
};

const PAGE_SIZE = 10;
/** The most results a link's n= lists at once (the rest follow with 更多结果). */
const MAX_SHOWN = 500;

/** The results a link asks to list (n=20 after two pages): a whole number of pages, at least one. */
function shownOf(n: string | null): number {
  const pages = Math.ceil(Number(n) / PAGE_SIZE);
  return Number.isFinite(pages) && pages > 1 ? Math.min(pages * PAGE_SIZE, MAX_SHOWN) : PAGE_SIZE;
}

/** A topic's span: 2023年10月—2026年1月, or one month. */
function spanLabel(from: string, to: string): string {
  const ym = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月`;
  return ym(from) === ym(to) ? ym(from) : `${ym(from)}—${ym(to)}`;
}

type SearchState = Omit<SearchRequest, 'offset' | 'limit' | 'date'> & { date: string };

/** The two months of a date range in the address (2023-10..2023-12), for the form's month fields; other forms leave them empty. */
function rangeMonths(date: string): [string, string] {
  const m = /^(\d{4}-\d{2})?\.\.(\d{4}-\d{2})?$/.exec(date) ?? /^(\d{4}-\d{2})$/.exec(date);
  if (!m) return ['', ''];
  return m.length === 2 ? [m[1], m[1]] : [m[1] ?? '', m[2] ?? ''];
}

/** Builds an element with text children only. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

function marked(segments: Segment[]): Node[] {
  return segments.map((s) => (s.hit ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

/** A chosen filter value the results did not list (the worker labels the listed ones). */
const FACET_LABELS: Record<Facet, (value: string) => string> = {
  year: (v) => `${v}年`,
  page: (v) => `第${v}版`,
  column: (v) => v,
  author: (v) => v,
  kind: (v) => KIND_LABELS[v] ?? v,
};

const collator = new Intl.Collator('zh-CN');

function facetOrder(facet: Facet): (a: FacetValue, b: FacetValue) => number {
  if (facet === 'year') return (a, b) => Number(b.value) - Number(a.value);
  if (facet === 'page') return (a, b) => Number(a.value) - Number(b.value);
  if (facet === 'kind') return (a, b) => a.value.localeCompare(b.value);
  return (a, b) => (b.count ?? 0) - (a.count ?? 0) || collator.compare(a.value, b.value);
}

export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facetSelects = Object.fromEntries(
    FACETS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)!]),
  ) as Record<Facet, HTMLSelectElement>;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const fromInput = form.querySelector<HTMLInputElement>('input[name="from"]')!;
  const toInput = form.querySelector<HTMLInputElement>('input[name="to"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const noticesList = root.querySelector<HTMLUListElement>('[data-search-notices]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const histogram = root.querySelector<HTMLElement>('[data-search-histogram]')!;
  const exportBox = root.querySelector<HTMLElement>('[data-search-export]')!;
  const filtersDisclosure = root.querySelector<HTMLDetailsElement>('[data-search-filters-box]')!;
  const filtersCount = filtersDisclosure.querySelector<HTMLElement>('[data-filters-count]')!;
  const applyButton = form.querySelector<HTMLButtonElement>('[data-search-apply]')!;
  const base = root.dataset.base ?? '/';
  const client = new SearchClient((root.dataset.bundles ?? `${base}pagefind/`).split(' '));
  const defaultSort: SortOrder = SORT_ORDERS.includes(root.dataset.defaultSort as SortOrder) ? (root.dataset.defaultSort as SortOrder) : 'relevance';

  let generation = 0;
  let current: SearchState | null = null;
  let shown = 0;
  // Performance marks for scripts/measure-search.ts: the first answer, and the first results shown.
  let answered = false;
  let firstResultMarked = false;

  /** Filter values of the address that no result can have (year=abc, page=第一版): said on the page, not searched. */
  let unreadable: string[] = [];
  const readAddress = (): SearchState => {
    const params = new URLSearchParams(location.search);
    const sort = params.get('sort') as SortOrder;
    const filters: SearchState['filters'] = {};
    unreadable = [];
    for (const f of FACETS) {
      const v = params.get(f);
      if (v && (READABLE[f]?.(v) ?? true)) filters[f] = v;
      else if (v) unreadable.push(`${f}=${v}`);
    }
    return { query: params.get('q') ?? '', filters, sort: SORT_ORDERS.includes(sort) ? sort : defaultSort, date: params.get('date') ?? '' };
  };

  const addressOf = (state: SearchState, listed = PAGE_SIZE): string => {
    const params = new URLSearchParams();
    if (state.query) params.set('q', state.query);
    for (const f of FACETS) if (state.filters[f]) params.set(f, state.filters[f]!);
    if (state.date) params.set('date', state.date);
    if (state.sort !== defaultSort) params.set('sort', state.sort);
    if (listed > PAGE_SIZE) params.set('n', String(listed));
    const search = params.toString();
    return search ? `?${search}` : location.pathname;
  };

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const f of FACETS) if (facetSelects[f].value) filters[f] = facetSelects[f].value;
    const [from, to] = [fromInput.value, toInput.value];
    const date = from || to ? `${from}..${to}` : '';
    return { query: input.value.trim(), filters, sort: sortSelect.value as SortOrder, date };
  };

  const ensureOption = (select: HTMLSelectElement, value: string, label: string) => {
    if (![...select.options].some((o) => o.value === value)) select.append(el('option', { value }, label));
  };

  /** The filters a search sets (the order counts when not the default), said in the folded filters' summary. */
  const showChosen = (state: SearchState) => {
    const chosen = FACETS.filter((f) => state.filters[f]).length + (state.date ? 1 : 0) + (state.sort !== defaultSort ? 1 : 0);
    filtersCount.textContent = chosen ? `（已选 ${chosen} 项）` : '';
    return chosen;
  };

  const writeForm = (state: SearchState) => {
    showChosen(state);
    input.value = state.query;
    sortSelect.value = state.sort;
    [fromInput.value, toInput.value] = rangeMonths(state.date);
    for (const f of FACETS) {
      const v = state.filters[f] ?? '';
      if (v) ensureOption(facetSelects[f], v, FACET_LABELS[f](v));
      facetSelects[f].value = v;
    }
  };

  const fillFacets = (response: SearchResponse, state: SearchState) => {
    for (const f of FACETS) {
      const select = facetSelects[f];
      const chosen = state.filters[f] ?? '';
      const values = [...response.facets[f]].sort(facetOrder(f));
      select.replaceChildren(select.options[0]);
      for (const { value, count, label: name } of values) {
        const label = name + (count === null ? '' : `（${count}）`);
        select.append(el('option', { value }, label));
      }
      if (chosen) ensureOption(select, chosen, `${FACET_LABELS[f](chosen)}（0）`);
      select.value = chosen;
      select.closest('label')!.hidden = values.length === 0 && !chosen;
    }
    filtersBox.hidden = false;
  };

  const resultItem = (r: ResultView, query: string): HTMLLIElement => {
    const href = `${base}${r.url.replace(/^\//, '')}?hl=${encodeURIComponent(query)}`;
    const meta = r.topic
      ? el('p', { class: 'result-meta' }, el('span', { class: 'result-kind' }, KIND_LABELS.topic), ` · ${spanLabel(r.topic.from, r.topic.to)} · 编辑：${r.topic.editor}`)
      : el('p', { class: 'result-meta' }, el('time', { datetime: r.date }, r.dateLabel), ` · ${r.pageLabel}`);
    if (r.column) meta.append(' · 栏目：', ...marked(r.column));
    if (r.kind === 'photo') meta.append(' · ', el('span', { class: 'result-kind' }, KIND_LABELS.photo));
    return el(
      'li',
      { class: 'search-result' },
      meta,
      r.kicker ? el('p', { class: 'result-kicker' }, ...marked(r.kicker)) : null,
      el('h2', { class: 'result-title' }, el('a', { href }, ...marked(r.title))),
      r.subheadline ? el('p', { class: 'result-subheadline' }, ...marked(r.subheadline)) : null,
      r.excerpt.length ? el('p', { class: 'result-excerpt' }, ...marked(r.excerpt)) : null,
      r.names.length ? el('p', { class: 'result-names' }, `作者：${r.names.join('、')}`) : null,
    );
  };

  const say = (text: string) => {
    status.textContent = text;
  };

  /** What the query held that the search did not use as typed: one line each, or nothing. */
  const showNotices = (response: SearchResponse | null) => {
    const lines = [...(response?.notices ?? []).map(noticeText), ...unreadable.map((p) => `网址里的筛选条件“${p}”无法识别，已略去。`)];
    noticesList.replaceChildren(...lines.map((line) => el('li', {}, line)));
    noticesList.hidden = lines.length === 0;
  };

  const summary = (response: SearchResponse, state: SearchState): string => {
    const terms = describeQuery(response.groups, response.excluded, response.dates);
    if (response.total === 0) {
      const narrowed = Object.keys(state.filters).length ? '（已按筛选条件缩小范围）' : '';
      return `没有找到包含 ${terms} 的稿件${narrowed}。`;
    }
    if (response.atLeast && response.searchedSince) {
      // Month bundles opened newest first: the months before this one are searched when the
      // reader asks for more, and the count grows as they are.
      const [y, m] = response.searchedSince.split('-').map(Number);
      return `至少 ${response.total} 条结果：已检索${y}年${m}月以来的报道，更早的报道点“更多结果”继续检索 · 检索词：${terms}`;
    }
    if (response.atLeast) return `至少 ${response.total} 条结果：还有月份未检索，点“更多结果”继续 · 检索词：${terms}`;
    return `共 ${response.total} 条结果 · 检索词：${terms}`;
  };

  /** The search as the worker takes it (no date parameter when none is set). */
  const requestOf = ({ date, ...rest }: SearchState) => ({ ...rest, ...(date ? { date } : {}) });

  /** Hits by year or month for the histogram: the query and filters but the dates and year, so the chart shows where else it has hits. */
  const askHistogram = async (state: SearchState) => {
    const { year: _year, ...filters } = state.filters;
    try {
      return await client.histogram({ query: state.query, filters });
    } catch {
      return null; // the results still show; the chart is left out
    }
  };

  /** Narrows the search to `date` (a histogram bar), or ('') widens it to every date and year. */
  const narrow = (date: string) => {
    if (!current) return;
    const { year: _year, ...others } = current.filters;
    const state: SearchState = { ...current, date, filters: date ? current.filters : others };
    history.pushState(null, '', addressOf(state));
    writeForm(state);
    void run(state).then(() => histogram.querySelector<HTMLElement>('[data-histogram-title]')?.focus());
  };
  const histogramLinks = {
    href: (date: string) => {
      if (!current) return location.pathname;
      const { year: _year, ...others } = current.filters;
      return addressOf({ ...current, date, filters: date ? current.filters : others });
    },
    narrow,
  };

  /** The first page's results and the histogram above them; gives the results' items. */
  const listFirst = (response: SearchResponse, months: MonthHits[] | null, state: SearchState): HTMLLIElement[] => {
    const items = response.results.map((r) => resultItem(r, state.query));
    list.replaceChildren(...items);
    const scope = { dates: response.dates, year: state.filters.year ?? null };
    drawHistogram(histogram, months ? histogramBars(months, scope) : null, histogramLinks, Boolean(state.date || state.filters.year));
    return items;
  };

  /**
   * Relevance over months: a further list of the first page (an early one, or the whole page)
   * begins with the results listed early, which stay; only the rest is drawn and appended, and
   * the histogram stays as drawn. Gives every item of the list now, or null when the list shown
   * is not its beginning (then it is drawn anew).
   */
  const extendFirst = (response: SearchResponse, listedIds: string[], state: SearchState): HTMLLIElement[] | null => {
    const items = [...list.children] as HTMLLIElement[];
    if (listedIds.length === 0 || items.length !== listedIds.length || !listedIds.every((id, i) => response.results[i]?.id === id)) return null;
    const rest = response.results.slice(listedIds.length).map((r) => resultItem(r, state.query));
    list.append(...rest);
    return [...items, ...rest];
  };

  const markFirstResult = () => {
    if (firstResultMarked) return;
    firstResultMarked = true;
    performance.mark('search:first-result');
  };

  const run = async (state: SearchState, offset = 0, limit = PAGE_SIZE) => {
    const mine = ++generation;
    current = state;
    if (!state.query) {
      list.replaceChildren();
      more.hidden = true;
      filtersBox.hidden = true;
      exportBox.hidden = true;
      drawHistogram(histogram, null, histogramLinks, false);
      showNotices(null);
      say('');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    if (offset === 0) say('正在检索…');
    if (!answered) performance.mark('search:start');
    try {
      // The first page and the histogram come together, so the chart does not push the results down.
      const charted = offset === 0 ? askHistogram(state) : Promise.resolve(null);
      let whole = false;
      // The first results while the rest of the page comes: settled ones while further months are
      // searched (relevance over months), and the leading ones while the others' fragments load.
      let listedIds: string[] = [];
      const early = (response: SearchResponse) => {
        void charted.then((months) => {
          // Each early list holds the one before; one arriving late is left.
          if (whole || mine !== generation || response.results.length <= listedIds.length) return;
          if (!extendFirst(response, listedIds, state)) {
            showNotices(response);
            listFirst(response, months, state);
          }
          listedIds = response.results.map((r) => r.id);
          more.hidden = true;
          exportBox.hidden = true;
          say(`已列出前 ${response.results.length} 条，正在检索其余结果…`);
          markFirstResult();
        });
      };
      const [response, months] = await Promise.all([client.search({ ...requestOf(state), offset, limit }, offset === 0 ? early : undefined), charted]);
      whole = true;
      if (mine !== generation) return;
      showNotices(response);
      if (response.phrases.length === 0) {
        list.replaceChildren();
        more.hidden = true;
        filtersBox.hidden = true;
        exportBox.hidden = true;
        drawHistogram(histogram, null, histogramLinks, false);
        say(response.notices.length ? '没有可以检索的词，见下面的说明。' : '检索词里没有可以检索的文字或数字。');
        return;
      }
      let items: HTMLLIElement[];
      if (offset === 0) {
        items = extendFirst(response, listedIds, state) ?? listFirst(response, months, state);
      } else {
        items = response.results.map((r) => resultItem(r, state.query));
        list.append(...items);
        items[0]?.querySelector('a')?.focus();
        // The address lists what is shown, so a shared link shows it too.
        history.replaceState(null, '', addressOf(state, offset + items.length));
      }
      // Older months searched for this page: the count has grown, or become whole.
      fillFacets(response, state);
      say(summary(response, state));
      exportBox.hidden = response.total === 0;
      if (!answered) {
        answered = true;
        performance.mark('search:first-answer');
      }
      shown = offset + items.length;
      more.hidden = !response.more;
      if (items.length) markFirstResult();
    } catch (e) {
      if (mine !== generation) return;
      say(`检索暂时无法使用：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (mine === generation) root.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    unreadable = [];
    const state = readForm();
    showChosen(state);
    history.pushState(null, '', addressOf(state));
    void run(state);
  });
  // While the reader types (a word committed by the input method, not its pinyin on the way),
  // the worker fetches what the query's search will need first.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) client.warm(input.value.trim());
  });
  input.addEventListener('compositionend', () => client.warm(input.value.trim()));
  watchFilters(form, [sortSelect, ...Object.values(facetSelects), fromInput, toInput], () => form.requestSubmit(), (waiting) => {
    applyButton.textContent = waiting ? '应用筛选（已更改）' : '应用筛选';
    applyButton.classList.toggle('search-apply--pending', waiting);
  });
  more.addEventListener('click', () => {
    if (current) void run(current, shown);
  });
  window.addEventListener('popstate', () => {
    const state = readAddress();
    writeForm(state);
    void run(state, 0, shownOf(new URLSearchParams(location.search).get('n')));
  });
  startExport(exportBox, client, () => (current?.query ? requestOf(current) : null), root.dataset.site || `${location.origin}${base}`);
  const initial = readAddress();
  writeForm(initial);
  // The filters stay folded, so the first result shows in the first screen; a wide screen opens
  // them when the address sets some.
  if (showChosen(initial) > 0 && matchMedia('(min-width: 48rem)').matches) filtersDisclosure.open = true;
  client.onReady = () => {
    root.dataset.searchReady = '';
    performance.mark('search:ready');
  };
  // Opened without a query: the reader will type one; load the index meanwhile.
  if (initial.query) void run(initial, 0, shownOf(new URLSearchParams(location.search).get('n')));
  else client.prepare();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) startSearchPage(root);
