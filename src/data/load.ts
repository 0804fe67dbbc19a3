/**
 * The downloads of this build, made once and shared by the /data/ page and the file endpoints.
 * Reads the content tree with the export's own reader, so the files are what
 * `npm run export` writes for the same content and BASE_PATH.
 */
import { handEdits } from '../export/edits.ts';
import { contentDir } from '../lib/paths.ts';
import { readContent } from '../lib/read-content.ts';
import { buildDownloads, type Downloads } from './downloads.ts';

let downloads: Downloads | undefined;

export function loadDownloads(): Downloads {
  downloads ??= buildDownloads(readContent(contentDir), import.meta.env.BASE_URL ?? '/', handEdits(contentDir));
  return downloads;
}
