/**
 * Draws the histogram of hits (histogram-model.ts) into the search page's
 * [data-search-histogram] section: one link a bar with hits, which narrows the search to its
 * year or month; bars without hits are plain list items. Counts only known as a bound are drawn
 * hollow and read "至多 N 条". Text only, as text nodes.
 */
import type { HistogramBar, HistogramModel } from './histogram-model.ts';

export interface HistogramLinks {
  /** The search page's address with the date parameter set to `date` ('' to clear it, and the year filter). */
  href(date: string): string;
  /** A reader clicked a bar (or 全部年份): narrow the search to `date`. */
  narrow(date: string): void;
}

function countText(bar: HistogramBar): string {
  if (bar.count !== null) return String(bar.count);
  return Number.isFinite(bar.atMost) ? `≤${bar.atMost}` : '?';
}

function spoken(bar: HistogramBar): string {
  if (bar.count !== null) return `${bar.name}：${bar.count} 条`;
  return Number.isFinite(bar.atMost) ? `${bar.name}：至多 ${bar.atMost} 条` : `${bar.name}：条数未知`;
}

function bar(item: HistogramBar, max: number, links: HistogramLinks, dense: boolean, index: number, last: number): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'histogram-bar';
  const height = item.count ?? (Number.isFinite(item.atMost) ? item.atMost : max);
  const fill = document.createElement('span');
  fill.className = item.count === null ? 'histogram-fill histogram-fill--bound' : 'histogram-fill';
  fill.style.setProperty('--share', max > 0 ? String(Math.max(height > 0 ? 0.04 : 0, height / max)) : '0');
  const count = document.createElement('span');
  count.className = 'histogram-count';
  count.textContent = height > 0 ? countText(item) : '';
  const label = document.createElement('span');
  label.className = 'histogram-label';
  label.textContent = item.label;
  // Many years: every other label, and the last (the names are read out whole).
  if (dense && index % 2 === 1 && index !== last) label.classList.add('histogram-label--skip');
  const hasHits = (item.count ?? item.atMost) > 0;
  const inner = hasHits ? document.createElement('a') : document.createElement('span');
  inner.className = 'histogram-target';
  // The bar's figures are drawn for the eye; its name is read out whole (a name that is
  // not the visible text would fail WCAG 2.5.3, label in name).
  count.setAttribute('aria-hidden', 'true');
  label.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = hasHits ? `${spoken(item)}，只看${item.key.length === 4 ? '这一年' : '这个月'}` : spoken(item);
  if (inner instanceof HTMLAnchorElement) {
    inner.href = links.href(item.date);
    inner.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      links.narrow(item.date);
    });
  }
  if (item.current) {
    li.classList.add('histogram-bar--current');
    inner.setAttribute('aria-current', 'true');
  }
  inner.append(count, fill, label, name);
  li.append(inner);
  return li;
}

/**
 * Fills `section` with `model` (null: hides it). `section` holds [data-histogram-title],
 * [data-histogram-all] (a link to the search without dates, shown when the chart is one year's
 * and the search keeps to it) and [data-histogram-bars] (an <ol>).
 */
export function drawHistogram(section: HTMLElement, model: HistogramModel | null, links: HistogramLinks, narrowed: boolean): void {
  const title = section.querySelector<HTMLElement>('[data-histogram-title]')!;
  const all = section.querySelector<HTMLAnchorElement>('[data-histogram-all]')!;
  const list = section.querySelector<HTMLOListElement>('[data-histogram-bars]')!;
  if (!model || model.max === 0) {
    section.hidden = true;
    list.replaceChildren();
    return;
  }
  title.textContent = model.level === 'month' ? `${model.year}年各月命中` : '各年命中';
  all.hidden = !(model.level === 'month' && narrowed);
  all.href = links.href('');
  all.onclick = (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    links.narrow('');
  };
  const dense = model.bars.length > 12;
  list.dataset.level = model.level;
  list.classList.toggle('histogram-bars--narrowed', model.bars.some((b) => b.current));
  list.style.setProperty('--bars', String(model.bars.length));
  list.replaceChildren(...model.bars.map((b, i) => bar(b, model.max, links, dense, i, model.bars.length - 1)));
  section.hidden = false;
}
