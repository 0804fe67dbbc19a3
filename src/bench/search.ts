/**
 * Search in headless Chromium on the built site: the bytes and the milliseconds of a cold
 * search (first query of a fresh browser, nothing cached) and of a warm one.
 */
export interface SearchResult {
  query: string;
  cold_ms: number;
  cold_bytes: number;
  cold_requests: number;
  warm_query: string;
  warm_ms: number;
}
