/**
 * One build's /data/ downloads, handed from the pages to the step that writes them as files.
 * The /data/ page lists every file with its size (src/pages/data/index.astro), so the pages make
 * the downloads; src/integrations/data-files.ts writes the same downloads after the pages. Both
 * run in one process, but the pages in Vite's bundled copy of the site's modules, so a module's
 * own variable is not shared: the hand-over is a process-wide slot, keyed by what the downloads
 * are made from (the content tree as it stands, the base path, the site's address). A key that
 * does not match gives nothing, and the writer makes the downloads itself.
 */
import { contentGeneration } from '../content/commit-state.ts';
import { withBase } from '../site/url.ts';
import type { Downloads } from './downloads.ts';

const SLOT = Symbol.for('datong-archive.data-downloads');

type Slot = { key: string; downloads: Downloads } | undefined;
const slots = globalThis as typeof globalThis & { [SLOT]?: Slot };

/** What a build's downloads are made from, as one string. `contentDir` absolute; `base` as configured; `origin` SITE_URL or null. */
export function downloadsKey(contentDir: string, base: string, origin: string | null): string {
  return JSON.stringify([contentDir, withBase(base, '/'), origin, contentGeneration(contentDir)]);
}

/** Keeps `downloads`, made from what `key` says, for this process's writer. */
export function handOverDownloads(key: string, downloads: Downloads): void {
  slots[SLOT] = { key, downloads };
}

/** The downloads handed over under `key`, or null. */
export function handedOverDownloads(key: string): Downloads | null {
  const slot = slots[SLOT];
  return slot !== undefined && slot.key === key ? slot.downloads : null;
}

/** Empties the slot (a build starting: what an earlier build made is not this one's). */
export function forgetHandedOverDownloads(): void {
  slots[SLOT] = undefined;
}
