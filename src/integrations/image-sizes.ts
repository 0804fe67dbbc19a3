/**
 * The image sizes (版面图 in the widths the 版 page shows) a build emits, and keeping them in
 * dist/ as hard links to Astro's image cache.
 *
 * Astro copies every size of every page image from its cache into dist/ on every build, the
 * cached pages' too: 8,832 files, 847 MB at a year of the paper with an image per page, some
 * 8 s of the daily build (docs/scaling.md). Its copy (libuv's copyfile) does nothing when the
 * target already is the cache file, so a size linked once is never copied again.
 */
import fs from 'node:fs';
import path from 'node:path';

/** What Astro's image pipeline keeps on globalThis while it builds (astro/dist/assets): the sizes each source image is made in. */
interface AstroAssetGlobal {
  staticImages?: Map<string, { transforms: Map<string, { finalPath: string }> }>;
}

/**
 * Every image size this build emitted, dist-relative and `/`-separated
 * (issues/2025-12-28/01/dtrb-2025-12-28-01_1LVMbz.webp): cached pages' as well as rendered
 * ones' (Astro replays a cached page's images). Null when Astro keeps no such list (a change in
 * Astro's internals): callers then fall back to what they did without it.
 */
export function emittedImageSizes(): Set<string> | null {
  const images = (globalThis as { astroAsset?: AstroAssetGlobal }).astroAsset?.staticImages;
  if (!(images instanceof Map)) return null;
  const sizes = new Set<string>();
  for (const { transforms } of images.values()) {
    for (const { finalPath } of transforms.values()) sizes.add(finalPath.replace(/^\/+/, ''));
  }
  return sizes;
}

function sameBytes(a: string, b: string): boolean {
  return fs.readFileSync(a).equals(fs.readFileSync(b));
}

/**
 * Replaces each emitted size under `outDir` that is a copy of its file in `cacheDir` (Astro's
 * cache of made images, named by the size's file name) with a hard link to that file, so the
 * next build's copy is a no-op. A size already linked costs two stats; one whose bytes differ
 * from the cache's, or a cache on another disk, is left as it is. Gives how many were linked.
 */
export function linkSizesToCache(outDir: string, cacheDir: string, sizes: Iterable<string>): number {
  let linked = 0;
  for (const rel of sizes) {
    const target = path.join(outDir, rel);
    const cached = path.join(cacheDir, path.posix.basename(rel));
    const [t, c] = [fs.statSync(target, { throwIfNoEntry: false }), fs.statSync(cached, { throwIfNoEntry: false })];
    if (!t || !c || (t.ino === c.ino && t.dev === c.dev) || t.size !== c.size || !sameBytes(target, cached)) continue;
    const temporary = `${target}.link-${process.pid}`;
    try {
      fs.linkSync(cached, temporary);
      fs.renameSync(temporary, target);
      linked++;
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  }
  return linked;
}
