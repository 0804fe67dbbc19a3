/** Filter counts as Pagefind gives them, turned into the facet values the results page lists. */
import { pageLabel } from '../../site/chinese.ts';
import type { Counts, Filters } from './pagefind-api.ts';
import { FACETS, KIND_LABELS, type Facet, type FacetValue, type SearchRequest } from './protocol.ts';

/** The two counts added up, value by value (neither is changed). */
export function addCounts(into: Counts, more: Counts): Counts {
  const sum: Counts = structuredClone(into);
  for (const [facet, values] of Object.entries(more)) {
    const target = (sum[facet] ??= {});
    for (const [value, n] of Object.entries(values)) target[value] = (target[value] ?? 0) + n;
  }
  return sum;
}

export const emptyFacets = (): Record<Facet, FacetValue[]> => ({ year: [], page: [], column: [], author: [], kind: [] });

/** How a filter value is shown: 2025年, 第一版, 图片新闻; columns and names as they are. */
export function facetLabel(facet: Facet, value: string): string {
  if (facet === 'year') return `${value}年`;
  if (facet === 'page') return /^\d+$/.test(value) ? pageLabel(Number(value)) : value;
  if (facet === 'kind') return KIND_LABELS[value] ?? value;
  return value;
}

/** The values of each facet that have results; counted when `exact`, else listed without counts. */
export function facetsFrom({ counts, exact }: { counts: Counts; exact: boolean }): Record<Facet, FacetValue[]> {
  const facets = emptyFacets();
  for (const facet of FACETS) {
    facets[facet] = Object.entries(counts[facet] ?? {})
      .filter(([, n]) => n > 0)
      .map(([value, n]) => ({ value, label: facetLabel(facet, value), count: exact ? n : null }));
  }
  return facets;
}

/** The reader's filters as Pagefind takes them (facets not set are left out). */
export function pagefindFilters(filters: SearchRequest['filters']): Filters {
  const out: Filters = {};
  for (const facet of FACETS) {
    const value = filters[facet];
    if (value) out[facet] = value;
  }
  return out;
}
