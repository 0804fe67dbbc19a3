/** Filter counts as Pagefind gives them, turned into the facet values the results page lists. */
import { pageLabel } from '../../site/chinese.ts';
import type { Counts, Filters } from './pagefind-api.ts';
import type { MonthPlan } from './month-plan.ts';
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

/**
 * Filter values while some months of a month-sharded site are not searched (engine.ts): years
 * from the term directory's `plans` (counted where it knows every month of the year exactly, or
 * the month was searched: `found`, month → results), the other filters from `counts` over the
 * months searched, without counts. `months`: the months the query can match.
 */
export function partialFacets(counts: Counts, plans: Map<string, MonthPlan> | null, months: string[], found: Map<string, number>): Record<Facet, FacetValue[]> {
  const facets = facetsFrom({ counts, exact: false });
  if (!plans) return facets;
  const years = new Map<string, number | null>();
  for (const month of months) {
    const year = month.slice(0, 4);
    const exact = found.get(month) ?? plans.get(month)!.exact;
    const before = years.has(year) ? years.get(year)! : 0;
    years.set(year, before === null || exact === null ? null : before + exact);
  }
  facets.year = [...years].filter(([, n]) => n !== 0).map(([value, count]) => ({ value, label: facetLabel('year', value), count }));
  return facets;
}
