/**
 * The content tree as the part of the site being built reads it (src/site/build-part.ts): the
 * whole site all of it; a year's part its issues and their two neighbours; the pages spanning
 * years every issue, page and photo, but the articles from the years' summaries
 * (src/deploy/year-summaries.ts), whose bodies keep only what lists, cards and the feed show,
 * and whole only for the articles a topic cites (a quote is found in the cited text).
 */
import { readArchive, type StoredArchive } from '../content/archive.ts';
import { topicsDir } from '../content/paths.ts';
import { buildPart, contentDir as configuredContentDir, yearSummariesDir, type BuildPart } from '../config.ts';
import { readYearSummaries } from '../deploy/year-summaries.ts';
import { topicCitations } from '../topics/cited.ts';
import { issueDatesRead } from './build-part.ts';

/**
 * Reads `dir` (the configured content tree by default) as `part` reads it. Throws ContentError as
 * readArchive does, SummaryError for a summary that cannot be read, and ConfigError when the
 * pages spanning years are built without summaries.
 */
export function readPartArchive(dir: string = configuredContentDir(), part: BuildPart = buildPart()): StoredArchive {
  if (part.kind === 'whole') return readArchive(dir);
  if (part.kind === 'year') {
    const dates = issueDatesRead(part, dir)!;
    return readArchive(dir, { dates: (date) => dates.has(date) });
  }
  const summarised = readYearSummaries(yearSummariesDir()).flatMap((summary) => summary.articles);
  const cited = new Set(topicCitations(topicsDir(dir), () => true).map((citation) => citation.id));
  const citedDates = new Set([...cited].map((id) => id.slice(0, 10)));
  const whole = citedDates.size ? readArchive(dir, { dates: (date) => citedDates.has(date) }).articleById : new Map();
  const articles = summarised.map((article) => (cited.has(article.id) ? (whole.get(article.id) ?? article) : article));
  return readArchive(dir, { articles });
}
