/**
 * The two built sites the tests read:
 * - the real one, dist/, built by `npm run build` from the archive's content (README: build, then test);
 * - the fixture one, built by tests/helpers/global-setup.ts from tests/fixtures/site-content
 *   under the sub-path /archive/, whose exact content the tests know.
 */
import fs from 'node:fs';
import path from 'node:path';
import { basePath, contentDir } from '../../src/config.ts';
import { readArchive } from '../../src/content/archive.ts';
import { routes } from '../../src/site/routes.ts';

export interface BuiltSite {
  name: string;
  dir: string;
  base: string;
  contentDir: string;
  /** The SITE_URL it was built with; null for a preview build (no sitemap, no absolute address). */
  siteUrl: string | null;
}

export const FIXTURE_SITE: BuiltSite = {
  name: 'fixture',
  dir: path.resolve('.archive-tmp/site-fixture'),
  base: '/archive/',
  contentDir: path.resolve('tests/fixtures/site-content'),
  siteUrl: 'https://archive.example.org',
};

export function realSite(): BuiltSite {
  const dir = path.resolve('dist');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` before `npm test`.');
  }
  // Built by `npm run build` with or without SITE_URL: a deploy build's robots.txt names its sitemap.
  const sitemap = /^Sitemap: (\S+)/m.exec(fs.readFileSync(path.join(dir, 'robots.txt'), 'utf8'))?.[1];
  return {
    name: 'dist',
    dir,
    base: basePath(),
    contentDir: contentDir(),
    siteUrl: sitemap ? new URL(sitemap).origin : null,
  };
}

export function fixtureSite(): BuiltSite {
  if (!fs.existsSync(path.join(FIXTURE_SITE.dir, 'index.html'))) {
    throw new Error(`${FIXTURE_SITE.dir} has no built site: the vitest globalSetup (tests/helpers/global-setup.ts) builds it.`);
  }
  return FIXTURE_SITE;
}

/** The first topic (专题) of a site's content tree, if it has any. */
function firstTopic(site: BuiltSite): string[] {
  const dir = path.join(site.contentDir, 'topics');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().slice(0, 1).map((f) => f.replace(/\.mdx$/, ''));
}

/** Home, calendar, a year, the newest issue and its first page, an article, an author, a column, search, 关于本馆, 检索帮助, 专题 and a topic, 404. */
export function pagesOf(site: BuiltSite): string[] {
  const archive = readArchive(site.contentDir);
  const latest = archive.issues.at(-1);
  const article = archive.articles.find((a) => a.authors.length > 0 && a.blocks.length > 0) ?? archive.articles[0];
  const column = archive.articles.find((a) => a.column)?.column;
  return [
    routes.home(),
    routes.issues(),
    ...(latest ? [routes.year(latest.date.slice(0, 4)), routes.issue(latest.id), routes.page(latest.id, archive.sectionsByIssue.get(latest.id)![0].page)] : []),
    ...(article ? [routes.article(article.id)] : []),
    ...(article?.authors[0] ? [routes.author(article.authors[0].name)] : []),
    routes.authors(),
    ...(column ? [routes.column(column)] : []),
    routes.columns(),
    routes.search(),
    routes.about(),
    routes.editorial('search'),
    routes.topics(),
    ...firstTopic(site).map((name) => routes.topic(name)),
    '/no-such-page/',
  ].map((p) => p.replace(/^\//, ''));
}

