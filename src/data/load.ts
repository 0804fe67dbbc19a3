/**
 * The downloads of this build, made once and shared by the /data/ page and, after the pages,
 * the step that writes them as files (src/data/hand-over.ts). Reads the content tree with the
 * export's own reader (once for the pages and the downloads), so the files are what
 * `npm run export` writes for the same content, BASE_PATH and SITE_URL.
 */
import { contentDir, siteUrl } from '../config.ts';
import { loadStoredArchive } from '../site/load.ts';
import type { Downloads } from './downloads.ts';
import { partDownloads } from './part-downloads.ts';
import { downloadsKey, handOverDownloads } from './hand-over.ts';

let downloads: Downloads | undefined;

export function loadDownloads(): Downloads {
  if (downloads === undefined) {
    const base = import.meta.env.BASE_URL ?? '/';
    downloads = partDownloads(loadStoredArchive(), base, siteUrl());
    handOverDownloads(downloadsKey(contentDir(), base, siteUrl()), downloads);
  }
  return downloads;
}
