/**
 * BibTeX and RIS of every seed article, read back by a real parser (citation-js), and of a
 * record full of characters that TeX, RIS and HTML treat specially; the meta tags and JSON-LD.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { articleCitation } from '../../src/cite/article.ts';
import { bibtex, bibtexKey } from '../../src/cite/bibtex.ts';
import { citationMetaTags, jsonForScript, newsArticleJsonLd } from '../../src/cite/meta.ts';
import type { CitationRecord } from '../../src/cite/record.ts';
import { ris } from '../../src/cite/ris.ts';
import { readArchive } from '../../src/content/archive.ts';

const archive = readArchive(path.resolve('content'));
const absolute = (p: string) => `https://archive.example.org${p}`;
const citations = archive.articles.map((a) => articleCitation(archive, a.id, absolute));

type Person = string | { literal?: string; family?: string };
type Csl = Record<string, unknown> & { author?: Person[]; reporter?: Person | Person[] };
const parse = (text: string): Csl[] => new Cite(text).data as Csl[];
/** CSL names; citation-js gives a NEWS record's one reporter as a bare string. */
const names = (people: Person | Person[] | undefined) => [people ?? []].flat().map((p) => (typeof p === 'string' ? p : (p.literal ?? p.family)));
/** What a value becomes on one line: runs of white space are one space. */
const oneSpaced = (text: string) => text.replace(/\s+/g, ' ');

const HOSTILE: CitationRecord = {
  id: '2025-12-28-01-09',
  authors: ['张}三', 'O\'Brien & 李四', '王五%'],
  title: '标题 {含} \\括号 $5 #1 50% A&B a_b ~x^2\nER  - 注入 </script><!--',
  headline: '标题',
  devisedTitle: false,
  paper: '大同日报',
  date: '2025-12-28',
  page: 3,
  pages: [3],
  pageLabel: '第三版 要闻',
  column: '栏目\r\nTY  - JOUR',
  url: 'https://archive.example.org/articles/2025-12-28-01-09/',
};

describe('BibTeX', () => {
  it('reads back, for every seed article, with the same authors, title, paper, date, pages (all of a continued article\'s) and URL', () => {
    for (const { record } of citations) {
      const [entry] = parse(bibtex(record));
      expect(entry).toMatchObject({
        id: bibtexKey(record.id),
        type: 'article-journal',
        genre: 'newspaper',
        title: record.title,
        'container-title': '大同日报',
        issued: { 'date-parts': [record.date.split('-').map(Number)] },
        page: record.pages.join(', '),
        URL: record.url,
      });
      expect(names(entry.author)).toEqual(record.authors);
    }
    expect(citations).toHaveLength(38);
  });

  it('keeps TeX special characters as text and each value on one line', () => {
    const text = bibtex(HOSTILE);
    const [entry] = parse(text);
    expect(entry.title).toBe(oneSpaced(HOSTILE.title));
    expect(names(entry.author)).toEqual(HOSTILE.authors);
    expect(entry.keyword).toBe('栏目 TY - JOUR');
    expect(text.split('\n').filter((l) => l.startsWith('@'))).toHaveLength(1);
  });
});

describe('RIS', () => {
  it('reads back, for every seed article, as a newspaper article', () => {
    for (const { record } of citations) {
      const text = ris(record);
      const [entry] = parse(text);
      expect(entry).toMatchObject({
        type: 'article-newspaper',
        title: record.title,
        'container-title': '大同日报',
        issued: { 'date-parts': [[Number(record.date.slice(0, 4))]] },
        page: record.pages.join(', '),
        section: record.pageLabel,
        language: 'zh-CN',
        URL: record.url,
      });
      // citation-js reads AU of a NEWS record as the reporter; Zotero and EndNote as authors
      expect(names(entry.reporter ?? entry.author)).toEqual(record.authors);
      // the full date is in DA (Zotero reads it; citation-js keeps only PY's year)
      expect(text).toContain(`\r\nDA  - ${record.date.replaceAll('-', '/')}/\r\n`);
      expect(text.endsWith('ER  - \r\n')).toBe(true);
    }
  });

  it('keeps every value on its line, so no text can start a tag or a record', () => {
    const text = ris(HOSTILE);
    const lines = text.split('\r\n');
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9]  - /.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('TY  - '))).toEqual(['TY  - NEWS']);
    expect(lines.filter((l) => l.startsWith('ER  - '))).toHaveLength(1);
    const [entry] = parse(text);
    expect(entry.title).toBe(oneSpaced(HOSTILE.title));
    expect(entry.keyword).toBe('栏目 TY - JOUR');
    expect(parse(text)).toHaveLength(1);
  });
});

describe('meta tags and JSON-LD', () => {
  it('gives reference managers the citation fields, and no journal title that would make it a journal article', () => {
    const { record, facts } = citations.find((c) => c.record.id === '2025-12-28-01-04')!;
    const tags = citationMetaTags(record, facts);
    const all = (key: string) => tags.filter((t) => t.key === key).map((t) => t.content);
    expect(all('citation_title')).toEqual(['市直部门传达学习市委十六届十次全会精神']);
    expect(all('citation_author')).toEqual(['田雁', '高燕', '丁亚琴']);
    expect(all('citation_publication_date')).toEqual(['2025/12/28']);
    expect(all('citation_firstpage')).toEqual(['1']);
    expect(all('citation_journal_title')).toEqual([]);
    expect(all('DC.type')).toEqual(['NewsItem']);
    expect(all('prism.publicationName')).toEqual(['大同日报']);
    expect(all('og:url')).toEqual(['https://archive.example.org/articles/2025-12-28-01-04/']);
    expect(tags.filter((t) => t.key.startsWith('og:') || t.key.startsWith('article:')).every((t) => t.attribute === 'property')).toBe(true);
  });

  it('describes the article as a schema.org NewsArticle in its issue', () => {
    const { record, facts } = citations.find((c) => c.record.id === '2025-12-28-01-01')!;
    expect(newsArticleJsonLd(record, facts)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '榜样引领树标杆 示范带动共奋进',
      alternativeHeadline: '——我市大力弘扬劳模精神助推高质量发展综述',
      author: [{ '@type': 'Person', name: '董芳', url: 'https://archive.example.org/authors/%E8%91%A3%E8%8A%B3/' }],
      datePublished: '2025-12-28',
      publisher: { '@type': 'Organization', name: '大同日报' },
      isPartOf: { '@type': 'PublicationIssue', url: 'https://archive.example.org/issues/2025-12-28/', isPartOf: { '@type': 'Periodical', name: '大同日报' } },
      pageStart: '1',
    });
    expect(newsArticleJsonLd(record, facts)).not.toHaveProperty('pagination');
    // an article continued on 第三版: every page, as schema.org's pagination
    const continued = citations.find((c) => c.record.id === '2024-01-02-01-03')!;
    expect(newsArticleJsonLd(continued.record, continued.facts)).toMatchObject({ pageStart: '1', pagination: '1, 3' });
    expect(ris(continued.record)).toContain('\r\nSP  - 1, 3\r\n');
  });

  it('cannot be closed or commented out from inside by source text', () => {
    const json = jsonForScript(newsArticleJsonLd(HOSTILE, { displayTitle: '</script><script>alert(1)</script>', description: '<!-- \u2028', issueUrl: 'https://x/', authorUrls: [], subheadline: null }));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
