/**
 * /feed.xml: an Atom 1.0 feed (RFC 4287) of the articles of the newest issues, newest issue
 * first, in print order within an issue. Every URL absolute; every piece of source text
 * XML-escaped (and characters XML 1.0 cannot carry dropped), so a feed reader shows it as text,
 * and its direction controls isolated (feedText).
 * Our own code: @astrojs/rss writes RSS 2.0 only, and the `feed` package writes titles and
 * summaries as HTML in CDATA (a source's `<` would become markup), times in UTC, no xml:lang.
 */
import type { Archive } from '../content/archive.ts';
import { isolateBidiText } from './bidi.ts';
import { pageTitle } from './chinese.ts';
import { routes } from './routes.ts';
import { articleTitle, excerpt, leadText } from './titles.ts';

export const FEED_ISSUES = 7;
export const FEED_TITLE = '大同日报数字报档案馆 · 最新稿件';

/** Text for XML content and attributes: & < > " ' escaped, characters XML 1.0 forbids removed. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * The paper's text as a feed shows it: XML-escaped, with each direction control isolated as the
 * pages' <title> has it (bidi.ts), so a RIGHT-TO-LEFT OVERRIDE in a headline cannot disguise the
 * title in a feed reader. The character itself is kept.
 */
export function feedText(text: string): string {
  return xmlText(isolateBidiText(text));
}

/** An issue date as an RFC 3339 time: the paper's day begins at 00:00 Beijing time. */
export function issueTime(date: string): string {
  return `${date}T00:00:00+08:00`;
}

/**
 * Takes an article and its photos; gives when its entry last changed as RFC 3339: the day of the
 * latest 校订 of its text or a caption (`corrected`, docs/ingest.md), else its issue's day.
 */
export function entryUpdated(issueDate: string, article: { corrected?: { date: string } | null }, photos: readonly { corrected?: { date: string } | null }[]): string {
  const days = [issueDate, article.corrected?.date, ...photos.map((p) => p.corrected?.date)].filter((d): d is string => !!d);
  return issueTime(days.sort().at(-1)!);
}

/**
 * The feed of the newest `issues` issues. `absolute` gives a page's address (a site path in a
 * preview build); `idOf` the entry's permanent id, an IRI (default: the address).
 */
export function atomFeed(archive: Archive, absolute: (path: string) => string, issues = FEED_ISSUES, idOf: (path: string) => string = absolute): string {
  const latest = archive.issues.slice(-issues).reverse();
  // The feed changed last when its newest issue came out or an entry was corrected since.
  let updated = latest[0] ? issueTime(latest[0].date) : '1970-01-01T00:00:00Z';
  const entries = latest.flatMap((issue) =>
    (archive.articlesByIssue.get(issue.id) ?? []).map((article) => {
      const photos = archive.photosByArticle.get(article.id) ?? [];
      const url = absolute(routes.article(article.id));
      const section = archive.sectionById.get(article.section);
      const summary = excerpt(leadText(article, photos), 200);
      const changed = entryUpdated(issue.date, article, photos);
      if (changed > updated) updated = changed;
      return [
        '  <entry>',
        `    <id>${xmlText(idOf(routes.article(article.id)))}</id>`,
        `    <title>${feedText(articleTitle(article, photos, archive))}</title>`,
        `    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
        `    <published>${issueTime(issue.date)}</published>`,
        `    <updated>${changed}</updated>`,
        ...article.authors.map((a) => `    <author><name>${feedText(a.name)}</name></author>`),
        ...(section ? [`    <category term="${xmlText(`page-${section.page}`)}" label="${feedText(pageTitle(section.page, section.name))}"/>`] : []),
        ...(summary ? [`    <summary>${feedText(summary)}</summary>`] : []),
        '  </entry>',
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xmlText(idOf('/'))}</id>`,
    `  <title>${xmlText(FEED_TITLE)}</title>`,
    `  <subtitle>${xmlText('《大同日报》最近几期的稿件')}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(absolute('/feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(absolute('/'))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlText('大同日报数字报档案馆')}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
