/** Topics in the full-text index: their own kind (专题), their words, their year, on the seed topics. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndexedArticles } from '../../src/search/build/archive.ts';
import { writeSearchIndex } from '../../src/search/build/write-index.ts';
import { decodeRecord } from '../../src/search/shared/record.ts';
import { topicRecord, topicSearchDocument } from '../../src/search/build/topic-document.ts';
import { readIndexedTopics } from '../../src/topics/search.ts';
import { ContentError } from '../../src/content/problems.ts';

const topics = readIndexedTopics(path.resolve('content/topics'));
const byName = (name: string) => topics.find((t) => t.name === name)!;

describe('readIndexedTopics', () => {
  it('reads every seed topic with the words a reader sees, quotes included, comments left out', () => {
    expect(topics.map((t) => t.name).sort()).toEqual(['datong-bingxueji', 'laomo-gongjiang', 'weibei-shufa']);
    const snow = byName('datong-bingxueji');
    expect(snow.data.title).toBe('大同冰雪季');
    expect(snow.text).toContain('当前，大同的冷冰雪正逐步成为热经济。诚邀四海宾朋走进大同、了解大同……在冰雪的世界中感受大同的热情和活力。');
    expect(snow.text.join('\n')).not.toContain('给编辑看的注释');
  });

  it('stops on a topic whose frontmatter is broken, naming the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'topics-search-'));
    try {
      const file = path.join(dir, 'x.mdx');
      writeFileSync(file, '---\ntitle: 缺字段\n---\n正文');
      expect(() => readIndexedTopics(dir)).toThrow(ContentError);
      expect(() => readIndexedTopics(dir)).toThrow(/x\.mdx/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('topic search documents', () => {
  it('carry a result record of kind topic with the span and editor, and no page', () => {
    const record = topicRecord(byName('weibei-shufa'));
    expect(record).toMatchObject({ id: 'weibei-shufa', url: '/topics/weibei-shufa/', kind: 'topic', page: null, title: '魏碑故里', kicker: '魏碑故里 天下大同' });
    expect(record.topic).toEqual({ from: '2023-10-23', to: '2026-01-08', editor: '本馆编辑部' });
    expect(record.fields[0]).toMatch(/^大同是北魏旧都平城/);
  });

  // The year filter, the date range and the chart of hits must count a topic alike: once.
  it('are filed under one month and its year: where the span ends, or the bundle they go in', () => {
    const filters = (html: string) => [...html.matchAll(/data-pagefind-filter="(year|month)\[data-value\]" data-value="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    const snow = byName('datong-bingxueji'); // 2023-10-23 to 2026-01-08
    expect(filters(topicSearchDocument(snow).html)).toEqual(['year=2026', 'month=2026-01']);
    expect(filters(topicSearchDocument(snow, '2025-12').html)).toEqual(['year=2025', 'month=2025-12']);
  });

  const out = mkdtempSync(path.join(os.tmpdir(), 'topics-index-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('are written into the index beside the articles, filterable as kind topic and by year', async () => {
    const articles = readIndexedArticles(path.resolve('content'));
    const report = await writeSearchIndex(articles, out, {}, topics);
    expect(report).toMatchObject({ articles: articles.length, topics: 3 });
    const fragments = readdirSync(path.join(out, 'fragment')).map((f) => {
      const raw = gunzipSync(readFileSync(path.join(out, 'fragment', f))).toString('utf8');
      return JSON.parse(raw.slice('pagefind_dcd'.length));
    });
    const snow = fragments.find((f) => f.url === '/topics/datong-bingxueji/');
    expect(snow).toBeDefined();
    expect(snow.filters.kind).toEqual(['topic']);
    expect(snow.filters.year).toEqual(['2026']);
    expect(snow.filters.month).toEqual(['2026-01']);
    // One year a document, so a query's year counts add up to its results.
    expect(fragments.filter((f) => f.filters.year.length !== 1).map((f) => f.url)).toEqual([]);
    expect(snow.filters.page).toBeUndefined();
    expect(decodeRecord(snow.meta.d)).toMatchObject({ kind: 'topic', title: '大同冰雪季' });
    expect(fragments.filter((f) => f.url.startsWith('/topics/'))).toHaveLength(3);
  });
});
