/**
 * The second half of a continued article (上接第一版), which its page prints without a headline,
 * is shown under the headline of the article it continues, marked （续）, everywhere a title is
 * shown: page lists, the article page, search results, citations, topic cards, the feed. Its
 * entry keeps headline null. Two archives: one the real ingest makes from short made-up pages
 * (names and facts invented for the test), and the site fixture, whose 第三版 holds such a half
 * and whose built pages are read too.
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
import { buildArchive, type Archive, type ArchiveArticle } from '../../src/content/archive.ts';
import { emptyLedger } from '../../src/ingest/ids.ts';
import { runPipeline } from '../../src/ingest/pipeline.ts';
import { readIndexedArticles } from '../../src/search/build/archive.ts';
import { decodeRecord } from '../../src/search/shared/record.ts';
import { displayTitle, resultRecord, searchDocument } from '../../src/search/build/document.ts';
import { articleListItems } from '../../src/site/article-list.ts';
import { continuationsOf } from '../../src/site/continuations.ts';
import { atomFeed } from '../../src/site/feed.ts';
import { routes } from '../../src/site/routes.ts';
import { articleTitle, continuedOrigin, knownHeadline, shownFlags } from '../../src/site/titles.ts';
import { articleCard } from '../../src/topics/cards.ts';
import { fixtureArchive, FIXTURE_CONTENT } from '../helpers/archive.ts';
import { metaValues, textById } from '../helpers/html.ts';
import { fixtureSite } from '../helpers/sites.ts';

const I = '\u3000\u3000';
const page = (...lines: string[]) => `${lines.join('\n')}\n`;

/**
 * One issue, three pages: on 第一版 a titled article runs on to 第三版, and an untitled one to
 * 第五版; 第三版 and 第五版 open with the rest (上接第一版), then articles of their own.
 */
const PAGES = [
  {
    page: 1,
    text: page(
      '青禾县把产业路修到村民家门口——',
      '一条小路通向致富门',
      '本报记者  林晓岚',
      `${I}春耕时节，青禾县白沙村新修的产业路上，运送秧苗的货车来来往往。`,
      `${I}村党支部书记郑大河说，路修通以后，村里的草莓从地头到县城只要半个小时。（下转第三版）`,
      `${I}本报讯（记者 周文）今冬白沙湖湿地监测到越冬候鸟2.1万只，比去年多三成，管护站新增了12名巡护员。（下转第五版）`,
    ),
  },
  {
    page: 3,
    text: page(
      `${I}（上接第一版）去年全村草莓收入超过300万元，村民们盖起了新房。`,
      `${I}郑大河说，今年村里还要再修两条路，把路修到每一个大棚旁边。`,
      '南岭镇举办春季招聘会',
      '本报记者  姜宁',
      `${I}南岭镇日前举办春季招聘会，48家企业提供岗位1300多个。`,
    ),
  },
  {
    page: 5,
    text: page(
      `${I}（上接第一版）巡护员每天两次巡湖，记录候鸟的种类和数量。`,
      '北川县春灌全面展开',
      '本报记者  罗一鸣',
      `${I}北川县30万亩冬小麦陆续进入春灌期，全县开放机井2000多眼。`,
    ),
  },
];

function ingestedArchive(): Archive {
  const { entries } = runPipeline(
    PAGES.map(({ page, text }) => ({ name: `p${page}.txt`, displayPath: `p${page}.txt`, text, meta: { date: '2019-03-05', page } })),
    emptyLedger(),
  );
  return buildArchive({
    issues: entries.issues,
    sections: entries.sections,
    articles: entries.articles.map(({ data, body }) => ({ ...data, blocks: body })),
    photos: entries.photos,
  });
}

const archive = ingestedArchive();
const onPage = (n: number) => archive.articlesBySection.get(`2019-03-05-0${n}`) ?? [];
const [road, birds] = onPage(1);
const [roadOn3, jobs] = onPage(3);
const [birdsOn5, farms] = onPage(5);
const HEADLINE = '一条小路通向致富门';
const absolute = (p: string) => `https://example.org${p}`;

/**
 * The same archive with the article run over three pages (第一版 → 第三版 → 第五版), its middle
 * half untitled too, linked by hand as the ingest links two halves.
 */
function threePages(): { archive: Archive; last: ArchiveArticle } {
  const middle = { ...roadOn3, continuedOn: 5, continuedOnArticle: birdsOn5.id };
  const last = { ...birdsOn5, continuedFrom: 3, continuedFromArticle: roadOn3.id };
  const articles = archive.articles.map((a) => (a.id === middle.id ? middle : a.id === last.id ? last : a));
  return {
    archive: buildArchive({ issues: archive.issues, sections: [...archive.sectionById.values()], articles, photos: archive.photos }),
    last,
  };
}

describe('a continued half, as the ingest writes it', () => {
  it('keeps no headline of its own, and is linked to the half it continues', () => {
    expect(onPage(3).map((a) => a.headline)).toEqual([null, '南岭镇举办春季招聘会']);
    expect(roadOn3).toMatchObject({ headline: null, continuedFrom: 1, continuedFromArticle: road.id, continuationNotes: ['（上接第一版）'] });
    expect(roadOn3.flags).toContain('untitled');
    expect(road).toMatchObject({ headline: HEADLINE, continuedOn: 3, continuedOnArticle: roadOn3.id });
    expect(birdsOn5).toMatchObject({ headline: null, continuedFrom: 1, continuedFromArticle: birds.id });
    expect(birds.headline).toBeNull();
  });
});

describe('its title', () => {
  it('is the headline it continues with （续）, through every page the article runs over', () => {
    expect(continuedOrigin(roadOn3, archive)?.id).toBe(road.id);
    expect(articleTitle(roadOn3, [], archive)).toBe(`${HEADLINE}（续）`);
    expect(knownHeadline(roadOn3, archive)).toBe(HEADLINE);
    const run = threePages();
    expect(continuedOrigin(run.last, run.archive)?.id).toBe(road.id);
    expect(articleTitle(run.last, [], run.archive)).toBe(`${HEADLINE}（续）`);
    expect(continuationsOf(run.archive, run.last).map((c) => c.text)).toEqual([`上接第三版：前文见《${HEADLINE}》`]);
  });

  it('leaves every other title as it was', () => {
    expect(articleTitle(road, [], archive)).toBe(HEADLINE);
    expect(articleTitle(jobs, [], archive)).toBe('南岭镇举办春季招聘会');
    expect(continuedOrigin(road, archive)).toBeNull();
    // Without the archive there is nothing to follow.
    expect(articleTitle(roadOn3)).toBe('无标题：去年全村草莓收入超过300万元，村民们盖…');
    // The half of an untitled article: there is no headline to take.
    expect(continuedOrigin(birdsOn5, archive)).toBeNull();
    expect(articleTitle(birdsOn5, [], archive)).toBe('无标题：巡护员每天两次巡湖，记录候鸟的种类和数量…');
    // The half the archive lacks, or a link that leads round in a circle.
    const lost = { ...roadOn3, continuedFromArticle: '2019-03-05-01-09' };
    expect(articleTitle(lost, [], archive)).toMatch(/^无标题：/);
    const circle = buildArchive({
      issues: archive.issues,
      sections: [...archive.sectionById.values()],
      articles: [{ ...roadOn3, continuedFromArticle: birdsOn5.id }, { ...birdsOn5, continuedFromArticle: roadOn3.id }],
      photos: [],
    });
    expect(continuedOrigin(circle.articleById.get(birdsOn5.id)!, circle)).toBeNull();
  });

  it('drops the 无标题 flag the reader would be shown, and no other', () => {
    expect(roadOn3.flags).toContain('untitled');
    expect(shownFlags(roadOn3, archive)).toEqual(roadOn3.flags.filter((f) => f !== 'untitled'));
    expect(birdsOn5.flags).toContain('untitled');
    expect(shownFlags(birdsOn5, archive)).toEqual(birdsOn5.flags);
  });
});

describe('where a title is shown', () => {
  it('page lists: 第三版 lists the half under the headline it continues, with its jump', () => {
    const items = articleListItems(archive, onPage(3));
    expect(items.map((i) => i.title)).toEqual([`${HEADLINE}（续）`, '南岭镇举办春季招聘会']);
    expect(items[0].jumps).toEqual(['上接第一版']);
    expect(items[0].flags).not.toContain('untitled');
    const fifth = articleListItems(archive, onPage(5));
    expect(fifth.map((i) => i.title)).toEqual(['无标题：巡护员每天两次巡湖，记录候鸟的种类和数量…', '北川县春灌全面展开']);
    expect(fifth[0].flags).toContain('untitled');
  });

  it('continuation notes name both halves by the one headline', () => {
    expect(continuationsOf(archive, road).map((c) => c.text)).toEqual([`下转第三版：后文见《${HEADLINE}》`]);
    expect(continuationsOf(archive, roadOn3).map((c) => c.text)).toEqual([`上接第一版：前文见《${HEADLINE}》`]);
  });

  it('search results', () => {
    const entry = (article: typeof roadOn3) => ({
      article,
      issue: archive.issueById.get(article.issue)!,
      section: archive.sectionById.get(article.section)!,
      photos: [],
      continuedHeadline: continuedOrigin(article, archive)?.headline ?? null,
    });
    expect(displayTitle(entry(roadOn3))).toBe(`${HEADLINE}（续）`);
    expect(resultRecord(entry(roadOn3))).toMatchObject({ title: `${HEADLINE}（续）`, headline: null });
    expect(displayTitle(entry(road))).toBe(HEADLINE);
    expect(displayTitle({ ...entry(roadOn3), continuedHeadline: undefined })).not.toContain(HEADLINE);
  });

  it('citations: GB/T 7714, BibTeX, RIS, citation meta and JSON-LD', () => {
    const { record, facts } = articleCitation(archive, roadOn3.id, absolute);
    // The byline was printed where the article began: the half is by the same reporter.
    expect(record).toMatchObject({ title: `${HEADLINE}（续）`, headline: null, devisedTitle: false, page: 3, authors: ['林晓岚'] });
    expect(gbt7714(record)).toBe(`林晓岚. ${HEADLINE}（续）[N]. 大同日报, 2019-03-05(3).`);
    expect(new Cite(bibtex(record)).data[0]).toMatchObject({ title: `${HEADLINE}（续）` });
    expect(ris(record)).toContain(`TI  - ${HEADLINE}（续）`);
    const meta = citationMetaTags(record, facts);
    expect(meta.filter((t) => t.key === 'citation_title' || t.key === 'og:title').map((t) => t.content)).toEqual([`${HEADLINE}（续）`, `${HEADLINE}（续）`]);
    expect(newsArticleJsonLd(record, facts).headline).toBe(`${HEADLINE}（续）`);
    // An untitled piece that continues nothing titled still gets a devised title in brackets.
    expect(articleCitation(archive, birdsOn5.id, absolute).record).toMatchObject({ title: '[无标题：巡护员每天两次巡湖，记录候鸟的种类和数量…]', devisedTitle: true });
  });

  it('topic cards', () => {
    expect(articleCard(archive, roadOn3.id)).toMatchObject({ title: `${HEADLINE}（续）`, cited: `《${HEADLINE}》（续）` });
    expect(articleCard(archive, road.id)).toMatchObject({ title: HEADLINE, cited: `《${HEADLINE}》` });
  });

  it('the feed', () => {
    const feed = atomFeed(archive, absolute);
    const titles = [...feed.matchAll(/<entry>\n {4}<id>[^<]*\/articles\/([^/]+)\/<\/id>\n {4}<title>([^<]*)<\/title>/g)].map((m) => [m[1], m[2]]);
    expect(titles).toContainEqual([roadOn3.id, `${HEADLINE}（续）`]);
    expect(titles).toContainEqual([farms.id, '北川县春灌全面展开']);
  });
});

describe('the site fixture’s continued half (2025-12-28-03-01)', () => {
  const HALF = '2025-12-28-03-01';
  const FIRST = '榜样引领树标杆 示范带动共奋进';

  it('is untitled in its entry and titled by the half it continues', () => {
    const fixture = fixtureArchive();
    const half = fixture.articleById.get(HALF)!;
    expect(half.headline).toBeNull();
    expect(articleTitle(half, [], fixture)).toBe(`${FIRST}（续）`);
  });

  it('search reads it with the headline it continues', () => {
    const entry = readIndexedArticles(FIXTURE_CONTENT).find((e) => e.article.id === HALF)!;
    expect(entry.continuedHeadline).toBe(FIRST);
    const record = resultRecord(entry);
    expect(record.title).toBe(`${FIRST}（续）`);
    const html = searchDocument(entry).html;
    const meta = /data-pagefind-meta="d\[data-value\]" data-value="([^"]*)"/.exec(html)![1];
    expect(decodeRecord(meta.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))).title).toBe(`${FIRST}（续）`);
  });

  it('the built site shows it so: page list, <title>, h1, flags, citation, feed', () => {
    const site = fixtureSite();
    const read = (p: string) => fs.readFileSync(path.join(site.dir, p.replace(/^\//, ''), p.endsWith('/') ? 'index.html' : ''), 'utf8');
    const article = read(routes.article(HALF));
    expect(/<title>([^<]*)<\/title>/.exec(article)![1]).toBe(`${FIRST}（续） · 2025年12月28日 · 大同日报数字报档案馆`);
    expect(textById(article, 'headline')!.trim()).toBe(`${FIRST}（续）`);
    expect(article).not.toMatch(/<span class="untitled"/);
    expect(article).not.toContain('>无标题<');
    expect(article).toContain('>疑似未完<');
    expect(textById(article, 'cite-gbt7714')).toBe(`董芳. ${FIRST}（续）[N]. 大同日报, 2025-12-28(3).`);
    expect(metaValues(article, 'citation_title')).toEqual([`${FIRST}（续）`]);
    const list = read(routes.page('2025-12-28', 3));
    expect(list).toContain(`${FIRST}（续）</a>`);
    expect(read('/feed.xml')).toContain(`<title>${FIRST}（续）</title>`);
  });
});
