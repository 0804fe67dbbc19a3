/**
 * Every article page of both built sites (dist/ at the root, the fixture archive under
 * /archive/) carries the GB/T 7714 reference, citation meta, Open Graph, valid JSON-LD, and
 * cite.bib / cite.ris files that citation-js reads back — all agreeing with the content. A
 * preview build (dist/ without SITE_URL) makes up no address: no canonical link, no og:url, no
 * url in the downloads; the page marks the path for the browser to complete, and says noindex.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { articleCitation } from '../../src/cite/article.ts';
import { bibtex } from '../../src/cite/bibtex.ts';
import { gbt7714 } from '../../src/cite/gbt7714.ts';
import { citationMetaTags, newsArticleJsonLd } from '../../src/cite/meta.ts';
import { ris } from '../../src/cite/ris.ts';
import { canonicalOf, jsonLdBlocks, metaTags, textById } from '../helpers/html.ts';
import { readArchive } from '../../src/content/archive.ts';
import { fixtureSite, realSite, type BuiltSite } from '../helpers/sites.ts';

function checkSite(site: BuiltSite) {
  const archive = readArchive(site.contentDir);
  expect(archive.articles.length).toBeGreaterThan(0);
  let checked = 0;
  for (const article of archive.articles) {
    const dir = path.join(site.dir, 'articles', article.id);
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    const canonical = canonicalOf(html);
    const origin = site.siteUrl;
    if (origin) {
      expect(canonical).toBe(`${origin}${site.base}articles/${article.id}/`);
      expect(html).not.toContain('name="robots"');
    } else {
      expect(canonical).toBeNull();
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`data-site-address="${site.base}articles/${article.id}/"`);
      // No made-up address: the only absolute URL on the page is schema.org's, in the JSON-LD.
      expect(html).not.toMatch(/https?:\/\/(?!schema\.org")/);
    }
    const absolute = (p: string) => (origin ? new URL(site.base + p.replace(/^\//, ''), origin).href : null);
    const { record, facts } = articleCitation(archive, article.id, absolute);

    expect(textById(html, 'cite-gbt7714'), article.id).toBe(gbt7714(record));
    const expectedMeta = citationMetaTags(record, facts).map((t) => [t.key, t.content]);
    const pageMeta = metaTags(html).filter(([k]) => /^(citation_|og:|article:|DC\.|prism\.)/.test(k));
    expect(pageMeta, article.id).toEqual(expectedMeta);

    const blocks = jsonLdBlocks(html);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/[<>]/);
    expect(JSON.parse(blocks[0])).toEqual(newsArticleJsonLd(record, facts));

    const bib = fs.readFileSync(path.join(dir, 'cite.bib'), 'utf8');
    const risText = fs.readFileSync(path.join(dir, 'cite.ris'), 'utf8');
    expect(bib).toBe(bibtex(record));
    expect(risText).toBe(ris(record));
    expect(new Cite(bib).data[0]).toMatchObject({ title: record.title, 'container-title': '大同日报' });
    expect(new Cite(risText).data[0]).toMatchObject({ type: 'article-newspaper', title: record.title });
    expect(new Cite(bib).data[0].URL).toBe(record.url ?? undefined);
    expect(new Cite(risText).data[0].URL).toBe(record.url ?? undefined);
    expect(html).toContain(`href="${site.base}articles/${article.id}/cite.bib"`);
    expect(html).toContain(`href="${site.base}articles/${article.id}/cite.ris"`);
    checked++;
  }
  return checked;
}

describe('citation on every article page', () => {
  it('dist/: reference, meta, JSON-LD, BibTeX and RIS agree with the content', () => {
    expect(checkSite(realSite())).toBe(38);
  });

  it('the fixture archive under /archive/: the same, with the sub-path in every URL', () => {
    expect(checkSite(fixtureSite())).toBeGreaterThan(10);
  });
});
