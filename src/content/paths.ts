/**
 * Where the archive's stored entries live inside a content tree (ARCHIVE_CONTENT_DIR, see
 * src/config.ts): one folder per kind of entry, nested by year, then issue; the file name
 * follows from the entry's id, so a file's place is checked against its id when read.
 */
import path from 'node:path';

/** Relative paths of each kind of entry inside the content tree (nested by year, then issue). */
export const entryPaths = {
  issue: (id: string) => `issues/${id.slice(0, 4)}/${id}.json`,
  section: (id: string) => `sections/${id.slice(0, 4)}/${id}.json`,
  article: (id: string) => `articles/${id.slice(0, 4)}/${id.slice(0, 10)}/${id.slice(11)}.md`,
  photo: (id: string) => `photos/${id.slice(0, 4)}/${id.slice(0, 10)}/${id.slice(11)}.json`,
};

/** The four collections of entries: folder name → file extension and path of an id. */
export const COLLECTIONS = {
  issues: { ext: '.json', path: entryPaths.issue },
  sections: { ext: '.json', path: entryPaths.section },
  articles: { ext: '.md', path: entryPaths.article },
  photos: { ext: '.json', path: entryPaths.photo },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** The id ledger (every article id ever given), at the top of the tree. */
export const LEDGER_FILE = 'ids.json';

/** The issue date an entry path belongs to: issues/2025/2025-12-28.json, articles/2025/2025-12-28/01-01.md …; null for other files. */
export function entryDate(rel: string): string | null {
  return /^(?:issues|sections|articles|photos)\/\d{4}\/(\d{4}-\d{2}-\d{2})/.exec(rel)?.[1] ?? null;
}

/** The raw pages (the archival master) and the staff's metadata.yaml. */
export const sourcesDir = (contentDir: string) => path.join(contentDir, 'sources');
/** Topics (专题) live with the content they cite: <content>/topics/<name>.mdx. */
export const topicsDir = (contentDir: string) => path.join(contentDir, 'topics');
/** Editorial pages (本馆说明 …) belong to the site, not to one content tree. */
export const editorialDir = path.resolve('editorial');
