import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndexedArticles } from '../../../src/search/build/archive.ts';
import { writeSearchIndex } from '../../../src/search/build/write-index.ts';
import { displayTitle, searchDocument, type IndexedArticle } from '../../../src/search/build/document.ts';
import { decodeRecord, encodeRecord, type ResultRecord } from '../../../src/search/shared/record.ts';
import { isolateBidiText } from '../../../src/site/bidi.ts';

const articles = readIndexedArticles();
const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">&amp;, year:1999';

describe('result records', () => {
  it('survive the private-use encoding (direction controls isolated), and leave Pagefind no letter, digit or space to index', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (s, list) => {
        const record: ResultRecord = {
          id: s, url: s, date: s, page: 3, pageName: s, kind: 'photo', column: s,
          kicker: null, headline: s, subheadline: s, title: s, names: list, fields: list,
        };
        const encoded = encodeRecord(record);
        expect(/[\p{L}\p{N}\s]/u.test(encoded)).toBe(false);
        // Direction controls come back isolated, as the site shows them (src/site/bidi.ts).
        const isolated = JSON.parse(JSON.stringify(record, (_key, value) => (typeof value === 'string' ? isolateBidiText(value) : value)));
        expect(decodeRecord(encoded)).toEqual(isolated);
      }),
      // A lone isolate initiator, as a random run once drew (it comes back as FSI U+2066 PDI PDI).
      { examples: [['\u2066', []], ['a\u202eb', ['\u2069']]] },
    );
  });
});

describe('searchDocument', () => {
  it('titles untitled pieces from their first words', () => {
    const photo = articles.find((a) => a.article.kind === 'photo' && !a.article.headline);
    expect(photo, 'the seeds hold an untitled photo news item').toBeDefined();
    expect(displayTitle(photo!)).toMatch(/^图片新闻：.+/);
  });
});

describe('writeSearchIndex on the seed archive', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const hostile: IndexedArticle = {
    ...articles[0],
    article: { ...articles[0].article, id: '2099-01-01-01-01', column: HOSTILE, byline: HOSTILE },
  };

  const fragments = () =>
    readdirSync(path.join(out, 'fragment')).map((f) => {
      const raw = gunzipSync(readFileSync(path.join(out, 'fragment', f))).toString('utf8');
      return JSON.parse(raw.slice('pagefind_dcd'.length));
    });

  it('indexes every article once, with filters, sort key and its result record', async () => {
    const report = await writeSearchIndex([...articles, hostile], out);
    expect(report.articles).toBe(articles.length + 1);
    const byUrl = new Map(fragments().map((f) => [f.url, f]));
    expect(byUrl.size).toBe(articles.length + 1);
    for (const entry of articles) {
      const fragment = byUrl.get(`/articles/${entry.article.id}/`);
      expect(fragment, entry.article.id).toBeDefined();
      const record = decodeRecord(fragment.meta.d);
      expect(record.id).toBe(entry.article.id);
      expect(fragment.filters.year).toEqual([entry.issue.date.slice(0, 4)]);
      expect(fragment.filters.page).toEqual([String(entry.section.page)]);
      expect(fragment.filters.kind).toEqual([entry.article.kind]);
      expect(fragment.filters.author ?? []).toEqual(record.names);
      // The indexed text is our terms only: letters, digits and the full-width markers.
      expect(fragment.content).toMatch(/^[\p{L}\p{N} ]*$/u);
    }
  });

  it('keeps hostile source text as plain values in records and filters', () => {
    const fragment = fragments().find((f) => f.url === '/articles/2099-01-01-01-01/');
    const record = decodeRecord(fragment.meta.d);
    expect(record.column).toBe(HOSTILE);
    expect(record.fields[0]).toBe(HOSTILE);
    expect(fragment.filters.column).toEqual([HOSTILE]);
    expect(fragment.filters.year).toEqual([articles[0].issue.date.slice(0, 4)]);
    expect(searchDocument(hostile).html).not.toContain('<script>');
  });
});
