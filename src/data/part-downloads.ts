/**
 * The /data/ downloads of the part of the site being built (src/site/build-part.ts): the whole
 * site's from the content tree's export; the archive-wide part's from the issues and the years'
 * summaries (src/deploy/year-summaries.ts), without the articles' text. A year's part publishes
 * none. Used by the /data/ page (src/data/load.ts) and the step that writes the files
 * (src/integrations/data-files.ts).
 */
import { buildPart, contentDir, yearSummariesDir } from '../config.ts';
import type { StoredArchive } from '../content/archive.ts';
import { readYearSummaries } from '../deploy/year-summaries.ts';
import { exportIssues } from '../export/build.ts';
import { handEdits } from '../export/edits.ts';
import { buildDownloads, downloadsFromSummaries, type Downloads } from './downloads.ts';

/**
 * The downloads of `archive` (as readPartArchive gives it for this part), with links under `base`
 * and permalinks at `origin`. Throws SummaryError for the archive-wide part when a summary cannot be read.
 */
export function partDownloads(archive: StoredArchive, base: string, origin: string | null): Downloads {
  const edited = handEdits(contentDir(), archive.fileDigests);
  if (buildPart().kind !== 'archive-wide') return buildDownloads(archive, base, edited, origin);
  const dir = yearSummariesDir();
  return downloadsFromSummaries(exportIssues(archive, base, edited), readYearSummaries(dir), dir);
}
