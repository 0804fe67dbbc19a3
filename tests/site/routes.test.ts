import { describe, expect, it } from 'vitest';
import { nameSegment, routes } from '../../src/site/routes.ts';
import { href, withBase } from '../../src/site/url.ts';

describe('permalinks', () => {
  it('keeps the archive URL shapes', () => {
    expect(routes.issue('2025-12-28')).toBe('/issues/2025-12-28/');
    expect(routes.page('2025-12-28', 3)).toBe('/issues/2025-12-28/03/');
    expect(routes.article('2025-12-28-01-04')).toBe('/articles/2025-12-28-01-04/');
    expect(routes.year(2025)).toBe('/issues/2025/');
    expect(routes.month(2025, 2)).toBe('/issues/2025/#m-02');
    expect(routes.author('董芳')).toBe(`/authors/${encodeURIComponent('董芳')}/`);
    expect(decodeURIComponent(routes.column('政务动态'))).toBe('/columns/政务动态/');
  });

  it('makes untrusted names safe path segments', () => {
    expect(nameSegment('高质量 发展 调研行')).toBe('高质量发展调研行');
    expect(nameSegment('../etc')).toBe('..-etc');
    expect(nameSegment('..')).toBe('-');
    expect(nameSegment('a/b?c#d%e')).toBe('a-b-c-d-e');
    expect(nameSegment('  ')).toBe('-');
  });

  it('prefixes the base path once', () => {
    expect(withBase('/', '/issues/')).toBe('/issues/');
    expect(withBase('/archive/', '/issues/')).toBe('/archive/issues/');
    expect(withBase('/archive', '/issues/')).toBe('/archive/issues/');
    expect(withBase('/archive/', '/')).toBe('/archive/');
    expect(href('/search/')).toBe('/search/');
  });
});
