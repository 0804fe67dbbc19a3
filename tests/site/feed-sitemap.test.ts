/** The Atom feed and the sitemap as pure functions: what they list, and hostile text kept as text. */
import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_ISSUES, issueTime, xmlText } from '../../src/site/feed.ts';
import { robotsTxt, sitemapFiles, sitemapXml } from '../../src/site/sitemap.ts';
import { buildArchive } from '../../src/content/archive.ts';
import { fixtureArchive } from '../helpers/archive.ts';

const absolute = (p: string) => `https://example.org/archive${p}`;

describe('Atom feed', () => {
  it('lists the articles of the newest issues, newest issue first, in print order', () => {
    const archive = fixtureArchive();
    const feed = atomFeed(archive, absolute, 2);
    const ids = [...feed.matchAll(/<id>https:\/\/example\.org\/archive\/articles\/([^/]+)\/<\/id>/g)].map((m) => m[1]);
    const [newest, previous] = archive.issues.slice(-2).reverse();
    expect(ids).toEqual([...archive.articlesByIssue.get(newest.id)!, ...archive.articlesByIssue.get(previous.id)!].map((a) => a.id));
    expect(feed).toContain(`<updated>${issueTime(newest.date)}</updated>`);
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/archive/feed.xml"/>');
    expect(FEED_ISSUES).toBe(7);
  });

  it('dates a corrected article’s entry by its 校订: <updated> the correction day, <published> the issue’s; the feed’s <updated> the latest', () => {
    const archive = fixtureArchive();
    const corrected = archive.articleById.get('2025-12-28-01-06')!;
    expect(corrected.corrected?.date).toBe('2026-01-05');
    const feed = atomFeed(archive, absolute);
    const entry = feed.split('<entry>').find((e) => e.includes('/articles/2025-12-28-01-06/</id>'))!;
    expect(entry).toContain(`<published>${issueTime('2025-12-28')}</published>`);
    expect(entry).toContain(`<updated>${issueTime('2026-01-05')}</updated>`);
    const untouched = feed.split('<entry>').find((e) => e.includes('/articles/2025-12-28-01-05/</id>'))!;
    expect(untouched).toContain(`<updated>${issueTime('2025-12-28')}</updated>`);
    expect(feed.split('<entry>')[0]).toContain(`<updated>${issueTime('2026-01-05')}</updated>`);
  });

  it('keeps hostile source text as text: markup escaped, characters XML cannot carry dropped', () => {
    expect(xmlText('</title><script>alert("x")</script> & \'q\'\u0000\u0008\uFFFE')).toBe('&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;');
    const archive = fixtureArchive();
    const [article] = archive.articles;
    const hostile = buildArchive({
      issues: archive.issues,
      sections: [...archive.sectionById.values()],
      articles: [{ ...article, headline: ']]><entry><title>伪造</title></entry>\u0001', authors: [{ name: '<b>张三</b>', role: '记者' }] }],
      photos: [],
    });
    const feed = atomFeed(hostile, absolute);
    expect(feed).not.toContain('<entry><title>伪造');
    expect(feed).not.toContain('<b>');
    expect(feed).toContain('<title>]]&gt;&lt;entry&gt;&lt;title&gt;伪造&lt;/title&gt;&lt;/entry&gt;</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(1);
  });

  it('isolates direction controls in titles, names and summaries, as the pages’ <title> does, and keeps them', () => {
    const archive = fixtureArchive();
    const [article] = archive.articles;
    const disguised = buildArchive({
      issues: archive.issues,
      sections: [...archive.sectionById.values()],
      articles: [{ ...article, headline: '市民\u202Egnp.exe\u202C广场', authors: [{ name: '李\u2067四', role: '记者' }] }],
      photos: [],
    });
    const feed = atomFeed(disguised, absolute);
    const title = /<entry>[\s\S]*?<title>([^<]*)<\/title>/.exec(feed)![1];
    // Each control stands alone between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
    expect(title).toBe('市民\u2068\u202E\u2069gnp.exe\u2068\u202C\u2069广场');
    expect(feed).toContain('<author><name>李\u2068\u2067\u2069\u2069四</name></author>');
    expect(feed).not.toMatch(/[^\u2068]\u202E/);
  });
});

describe('sitemap', () => {
  it('gives every page its absolute URL, names percent-encoded', () => {
    const xml = sitemapXml('https://example.org/archive/', ['', 'authors/董芳/', 'about/']);
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://example.org/archive/',
      'https://example.org/archive/authors/%E8%91%A3%E8%8A%B3/',
      'https://example.org/archive/about/',
    ]);
  });

  it('splits into an index of files past the per-file limit', () => {
    const pages = Array.from({ length: 5 }, (_, k) => `p${k}/`);
    expect(Object.keys(sitemapFiles('https://example.org/', pages, 5))).toEqual(['sitemap.xml']);
    const files = sitemapFiles('https://example.org/', pages, 2);
    expect(Object.keys(files).sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files['sitemap.xml']).toContain('<sitemapindex');
    expect(files['sitemap.xml']).toContain('<loc>https://example.org/sitemap-3.xml</loc>');
    expect(files['sitemap-3.xml'].match(/<url>/g)).toHaveLength(1);
  });

  it('robots.txt points at the sitemap', () => {
    expect(robotsTxt('https://example.org/archive/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/archive/sitemap.xml\n');
  });
});
