/**
 * The downloads of this build, made once and shared by the /data/ page and the file endpoints.
 * Reads the content tree with the export's own reader (once for the pages and the downloads), so the files are what
 * `npm run export` writes for the same content, BASE_PATH and SITE_URL.
 */
import { contentDir, siteUrl } from '../config.ts';
import { handEdits } from '../export/edits.ts';
import { loadStoredArchive } from '../site/load.ts';
import { buildDownloads, type Downloads } from './downloads.ts';

let downloads: Downloads | undefined;

export function loadDownloads(): Downloads {
  downloads ??= buildDownloads(loadStoredArchive(), import.meta.env.BASE_URL ?? '/', handEdits(contentDir()), siteUrl());
  return downloads;
}
