/**
 * The site's base path (BASE_PATH → import.meta.env.BASE_URL), in one rule for every step:
 * every internal link and asset path goes through `href`, so the site works at the domain root
 * and under a sub-path; the export, the static host, the link check and the sitemap use
 * normalizeBase. No imports: page scripts can bundle it.
 */

/** The base path as `/`, or `/sub/path/` (leading and trailing slash), whatever slashes it was given with. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `path` under `base`: withBase('/archive', '/issues/') is /archive/issues/. */
export function withBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** A path of the site under the base path it is built with. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}

/**
 * The absolute address of a site path, when the build knows the site's origin (SITE_URL, a
 * deploy build); null in a preview build, which makes up no address: a page shows the path,
 * and the reader's browser completes it from the address the page is served from
 * (src/components/SiteAddress.ts).
 */
export function siteAddress(path: string): string | null {
  const site = import.meta.env.SITE;
  return site ? new URL(href(path), site).href : null;
}

/** True in a preview build (no SITE_URL): pages are marked noindex and carry no absolute address. */
export function isPreviewBuild(): boolean {
  return !import.meta.env.SITE;
}
