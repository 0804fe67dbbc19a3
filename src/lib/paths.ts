/**
 * Where the archive's content lives. `ARCHIVE_CONTENT_DIR` points the ingest, the site and the
 * export at another tree (benchmarks and tests use scratch copies); the default is ./content.
 */
import path from 'node:path';

export const contentDir = path.resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content');
export const sourcesDir = path.join(contentDir, 'sources');
/** Topics (专题) live with the content they cite: <content>/topics/<name>.mdx. */
export const topicsDir = path.join(contentDir, 'topics');
/** Editorial pages (本馆说明 …) belong to the site, not to one content tree. */
export const editorialDir = path.resolve('editorial');

/** Relative paths of each kind of entry inside the content tree (nested by year, then issue). */
export const entryPaths = {
  issue: (id: string) => `issues/${id.slice(0, 4)}/${id}.json`,
  section: (id: string) => `sections/${id.slice(0, 4)}/${id}.json`,
  article: (id: string) => `articles/${id.slice(0, 4)}/${id.slice(0, 10)}/${id.slice(11)}.md`,
  photo: (id: string) => `photos/${id.slice(0, 4)}/${id.slice(0, 10)}/${id.slice(11)}.json`,
};
