/**
 * Cache-Control for each file of the built site, as docs/deploy.md tells staff to set it on
 * their host (and as `npm run preview` serves it):
 * - files whose name carries a content hash never change under that name: cached for a year,
 *   `immutable` — Astro's _astro/ assets and Pagefind's index, fragment and filter chunks
 *   and its .pf_meta files (`<lang>_<hash>.pf_*`), and the sizes of the page images the build
 *   makes (`issues/<date>/<NN>/dtrb-<date>-<NN>_<hash>.webp`: the hash covers the image's bytes,
 *   src/site/page-files.ts pageImageSource);
 * - everything else (HTML, Pagefind's entry file, loader and wasm, the feed, sitemap, data
 *   downloads, citation files, a page's original image and PDF, whose names follow the page) keeps its name from one build to the next: the browser may
 *   keep a copy but must ask the host whether it changed (`no-cache`), so a new issue shows
 *   at once and the search index always matches the pages.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, no-cache';

/** `file` is the path inside the site folder, `/`-separated, e.g. `pagefind/index/zh_1a2b3c4.pf_index`. */
export function cacheControl(file: string): string {
  if (file.startsWith('_astro/')) return IMMUTABLE;
  if (file.startsWith('pagefind/') && /_[0-9a-f]{6,}\.pf_[a-z]+$/.test(file)) return IMMUTABLE;
  if (/^issues\/[^/]+\/\d{2}\/dtrb-[\d-]+_[A-Za-z0-9_-]+\.(?:webp|avif|png|jpg)$/.test(file)) return IMMUTABLE;
  return REVALIDATE;
}
