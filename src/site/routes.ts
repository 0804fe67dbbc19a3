/**
 * The archive's permalinks, without the base path (pass them through `href`).
 * These URLs are promised to readers and citing researchers: never change their shape.
 */
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A person's or column's name as one URL path segment: layout spaces dropped, and the few
 * characters that cannot stand in a path segment replaced, so untrusted text cannot climb
 * out of its folder.
 */
export function nameSegment(name: string): string {
  const segment = name
    .normalize('NFC')
    .replace(/\s+/gu, '')
    .replace(/[/\\?#%"<>|:*\p{Cc}]/gu, '-');
  return segment === '' || /^\.+$/.test(segment) ? '-' : segment;
}

export const routes = {
  home: () => '/',
  issues: () => '/issues/',
  issueDates: () => '/issues/dates.json',
  year: (year: number | string) => `/issues/${year}/`,
  month: (year: number | string, month: number) => `/issues/${year}/#m-${pad2(month)}`,
  issue: (issueId: string) => `/issues/${issueId}/`,
  page: (issueId: string, page: number) => `/issues/${issueId}/${pad2(page)}/`,
  article: (articleId: string) => `/articles/${articleId}/`,
  paragraph: (articleId: string, block: number) => `/articles/${articleId}/#p-${block}`,
  authors: () => '/authors/',
  author: (name: string) => `/authors/${encodeURIComponent(nameSegment(name))}/`,
  /** One year of a person's articles, where they are too many for one page (src/site/year-pages.ts). */
  authorYear: (name: string, year: number | string) => `/authors/${encodeURIComponent(nameSegment(name))}/${year}/`,
  columns: () => '/columns/',
  column: (name: string) => `/columns/${encodeURIComponent(nameSegment(name))}/`,
  /** One year of a column's articles, where they are too many for one page (src/site/year-pages.ts). */
  columnYear: (name: string, year: number | string) => `/columns/${encodeURIComponent(nameSegment(name))}/${year}/`,
  search: () => '/search/',
  about: () => '/about/',
  aboutSection: (anchor: string) => `/about/#${anchor}`,
  /** Editorial pages: editorial/about.mdx is /about/, editorial/<name>.mdx is /about/<name>/. */
  editorial: (name: string) => (name === 'about' ? '/about/' : `/about/${name}/`),
  topics: () => '/topics/',
  /** A topic's name is its file name (content/topics/<name>.mdx): lowercase letters, digits, hyphens. */
  topic: (name: string) => `/topics/${name}/`,
};

export { pad2 };
