/**
 * Every internal link and asset path goes through `href`, so the site works at the domain
 * root and under a sub-path (BASE_PATH → import.meta.env.BASE_URL).
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}
