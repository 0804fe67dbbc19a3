/**
 * The query table (tests/e2e/search-queries.ts) asked of the built seed archive's own index
 * (dist/pagefind, npm run build first) through the site's engine run in Node
 * (src/bench/search-node.ts): every query brings up the articles it must in its first ten, in the
 * default order (relevance), with the exact count where the table gives one. The browser tests
 * ask some of each kind through the search page (tests/e2e/search.test.ts), which shows what
 * this engine answers. Writes the table with what each query returned to
 * test-results/search-queries.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeSearch, type NodeSearch } from '../../src/bench/search-node.ts';
import type { SearchEngine } from '../../src/search/browser/engine.ts';
import { requireBuilt } from '../e2e/support/scenario.ts';
import { QUERIES } from '../e2e/search-queries.ts';

const DIST = path.resolve('dist');
requireBuilt(DIST, ['search/index.html', 'pagefind/pagefind.js']);

let search: NodeSearch;
let engine: SearchEngine;
const rows: string[] = [];
const cell = (s: string) => s.replace(/\|/g, '\\|');
/** A result's id as the table writes it: the article's id, a topic as topic:<name>. */
const idOf = (url: string) => /\/articles\/([^/]+)\//.exec(url)?.[1] ?? `topic:${/\/topics\/([^/]+)\//.exec(url)?.[1] ?? url}`;

beforeAll(async () => {
  search = await openNodeSearch(DIST);
  engine = await search.engine();
});
afterAll(async () => {
  await search?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/search-queries.md', ['| 类别 | 检索词 | 须在前十 | 结果数 | 前十条（实际） |', '|---|---|---|---|---|', ...rows].join('\n') + '\n');
});

describe('the query table on the seed archive', () => {
  it.each(QUERIES.map((c) => [`${c.kind} ${c.q}`, c] as const))('%s', async (_, c) => {
    const page = await search.page(engine, { query: c.q, filters: {}, sort: 'relevance', offset: 0, limit: 10 });
    const ids = page.results.map((r) => idOf(r.url));
    const want = c.none ? '（无）' : (c.top ?? []).join(' ') || '—';
    rows.push(`| ${c.kind} | ${cell(c.q)} | ${want} | ${page.total} | ${ids.join(' ') || '—'} |`);
    if (c.none) {
      expect(ids).toEqual([]);
      return;
    }
    expect(ids.length).toBeLessThanOrEqual(10);
    for (const id of c.top ?? []) expect(ids, `${id} for ${c.q}`).toContain(id);
    if (c.total !== undefined) expect({ total: page.total, atLeast: page.atLeast }).toEqual({ total: c.total, atLeast: false });
  });
});
