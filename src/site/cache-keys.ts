/**
 * Cache keys for incremental builds (astro.config: experimental.incrementalBuild). A page whose
 * key and template are unchanged since the last build is not rendered again; so the daily job,
 * which adds one issue, renders that issue's pages and the few pages that list or neighbour it,
 * not the whole archive.
 *
 * A key must change whenever anything the page shows changes. Rather than list the fields each
 * view reads (which a later change to a view could outgrow unnoticed), keys are built from whole
 * issues: an issue's digest covers the issue, its pages, their articles (body included) and
 * photos. Every dynamic page reads only the issues it is about, plus the ids, dates and page
 * lists of neighbouring issues where it links to them; tests/site/incremental.test.ts checks
 * that an incremental build equals a full one.
 */
import { createHash } from 'node:crypto';
import type { Archive } from '../content/archive.ts';
import type { Column } from './columns.ts';
import type { Person } from './people.ts';

const digests = new WeakMap<Archive, Map<string, string>>();

function hash(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('base64url');
}

/** Everything the archive holds about one issue, as one digest (computed once per build). */
export function issueDigest(archive: Archive, issueId: string): string {
  let memo = digests.get(archive);
  if (!memo) digests.set(archive, (memo = new Map()));
  let digest = memo.get(issueId);
  if (digest === undefined) {
    const sections = archive.sectionsByIssue.get(issueId) ?? [];
    const articles = archive.articlesByIssue.get(issueId) ?? [];
    digest = hash({
      issue: archive.issueById.get(issueId) ?? null,
      sections,
      articles,
      photos: articles.map((a) => archive.photosByArticle.get(a.id) ?? []),
    });
    memo.set(issueId, digest);
  }
  return digest;
}

/** What a link to a neighbouring issue shows and where it leads: its id, date and page list. */
function issueSummary(archive: Archive, issueId: string | undefined): unknown {
  if (issueId === undefined) return null;
  const issue = archive.issueById.get(issueId);
  return issue ? [issue.id, issue.date, (archive.sectionsByIssue.get(issue.id) ?? []).map((s) => [s.page, s.name])] : null;
}

function neighbourIds(archive: Archive, issueId: string): [string | undefined, string | undefined] {
  const at = archive.issues.findIndex((i) => i.id === issueId);
  return [archive.issues[at - 1]?.id, archive.issues[at + 1]?.id];
}

/** /articles/<id>/: the article, its page, photos, continuations and neighbours are all in its issue. */
export function articleKey(archive: Archive, articleId: string): string {
  const article = archive.articleById.get(articleId);
  return article ? issueDigest(archive, article.issue) : hash(['missing', articleId]);
}

/** /issues/<date>/ and /issues/<date>/<NN>/: the issue, and the issues before and after it. */
export function issuePageKey(archive: Archive, issueId: string): string {
  const [prev, next] = neighbourIds(archive, issueId);
  return hash([issueDigest(archive, issueId), issueSummary(archive, prev), issueSummary(archive, next)]);
}

/** /issues/<YYYY>/: the year's issues (ids and dates) and which years the archive has. */
export function yearKey(archive: Archive, year: number): string {
  const years = [...new Set(archive.issues.map((i) => i.date.slice(0, 4)))];
  const issues = archive.issues.filter((i) => i.date.startsWith(`${year}-`)).map((i) => [i.id, i.date]);
  return hash([years, issues]);
}

/** /authors/<name>/: the person's credits, each with the issue it is in. */
export function personKey(archive: Archive, person: Person): string {
  return hash([person.name, person.roles, person.credits.map((c) => [c.article.id, c.roles, issueDigest(archive, c.article.issue)])]);
}

/** How many of `issues` (ids, YYYY-MM-DD) fall in each year: the year links every year page shows. */
function yearTally(issues: string[]): [string, number][] {
  const tally = new Map<string, number>();
  for (const issue of issues) tally.set(issue.slice(0, 4), (tally.get(issue.slice(0, 4)) ?? 0) + 1);
  return [...tally];
}

/** /authors/<name>/<YYYY>/: the person's articles of one year, and the years they have (its year links). */
export function personYearKey(archive: Archive, person: Person, year: string): string {
  const years = yearTally(person.credits.map((c) => c.article.issue));
  const ofYear = person.credits.filter((c) => c.article.issue.startsWith(year));
  return hash([person.name, person.roles, years, ofYear.map((c) => [c.article.id, c.roles, issueDigest(archive, c.article.issue)])]);
}

/** /columns/<name>/<YYYY>/: the column's articles of one year, and the years it has. */
export function columnYearKey(archive: Archive, column: Column, year: string): string {
  const years = yearTally(column.articles.map((a) => a.issue));
  const ofYear = column.articles.filter((a) => a.issue.startsWith(year));
  return hash([column.name, years, ofYear.map((a) => [a.id, issueDigest(archive, a.issue)])]);
}

/** /columns/<name>/: the column's articles, each with the issue it is in. */
export function columnKey(archive: Archive, column: Column): string {
  return hash([column.name, column.articles.map((a) => [a.id, issueDigest(archive, a.issue)])]);
}
