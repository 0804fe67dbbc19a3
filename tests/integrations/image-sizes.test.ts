/**
 * Image sizes kept as hard links to Astro's image cache (src/integrations/image-sizes.ts): the
 * list of sizes a build emitted, read from Astro's own record; a copy linked to its cache file,
 * after which copying the cache file over it (what Astro's build does for every size) leaves
 * the file alone; sizes that differ from the cache, or have no cache file, left as they are;
 * and stale sizes found by that list rather than by their time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emittedImageSizes, linkSizesToCache } from '../../src/integrations/image-sizes.ts';
import { stalePageFiles } from '../../src/integrations/page-files.ts';

let root: string;
let dist: string;
let cache: string;
const page = 'issues/2025-12-28/01';
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-image-sizes-'));
  dist = path.join(root, 'dist');
  cache = path.join(root, 'cache/assets');
  fs.mkdirSync(path.join(dist, page), { recursive: true });
  fs.mkdirSync(cache, { recursive: true });
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  delete (globalThis as { astroAsset?: unknown }).astroAsset;
});

const put = (file: string, text: string) => fs.writeFileSync(file, text);

describe('image sizes and the image cache', () => {
  it('lists the sizes Astro recorded for this build, or null without its record', () => {
    expect(emittedImageSizes()).toBeNull();
    (globalThis as { astroAsset?: unknown }).astroAsset = {
      staticImages: new Map([
        [`/${page}/dtrb-2025-12-28-01.jpg`, { transforms: new Map([['a', { finalPath: `/${page}/dtrb-2025-12-28-01_a.webp` }], ['b', { finalPath: `/${page}/dtrb-2025-12-28-01_b.webp` }]]) }],
      ]),
    };
    expect([...emittedImageSizes()!].sort()).toEqual([`${page}/dtrb-2025-12-28-01_a.webp`, `${page}/dtrb-2025-12-28-01_b.webp`]);
  });

  it('links a copy to its cache file once; the next copy from the cache then changes nothing', () => {
    const [size, other, lonely] = ['dtrb-2025-12-28-01_a.webp', 'dtrb-2025-12-28-01_b.webp', 'dtrb-2025-12-28-01_c.webp'];
    put(path.join(cache, size), 'made');
    fs.copyFileSync(path.join(cache, size), path.join(dist, page, size));
    put(path.join(cache, other), 'cache');
    put(path.join(dist, page, other), 'other');
    put(path.join(dist, page, lonely), 'none');
    const sizes = [size, other, lonely].map((name) => `${page}/${name}`);
    expect(linkSizesToCache(dist, cache, sizes)).toBe(1);
    const [target, cached] = [fs.statSync(path.join(dist, page, size)), fs.statSync(path.join(cache, size))];
    expect(target.ino).toBe(cached.ino);
    expect(fs.readFileSync(path.join(dist, page, other), 'utf8')).toBe('other');
    expect(fs.statSync(path.join(dist, page, lonely)).nlink).toBe(1);
    // Already linked: nothing to do.
    expect(linkSizesToCache(dist, cache, sizes)).toBe(0);
    // What Astro's build does with a cached size: the copy onto a link of itself leaves both whole.
    const before = fs.statSync(path.join(dist, page, size)).mtimeMs;
    fs.copyFileSync(path.join(cache, size), path.join(dist, page, size), fs.constants.COPYFILE_FICLONE);
    expect(fs.readFileSync(path.join(dist, page, size), 'utf8')).toBe('made');
    expect(fs.statSync(path.join(dist, page, size)).mtimeMs).toBe(before);
    expect(fs.readFileSync(path.join(cache, size), 'utf8')).toBe('made');
  });

  it('finds stale sizes by the emitted list, whatever their time', () => {
    const old = new Date(Date.now() - 60_000);
    for (const name of ['dtrb-2025-12-28-01_kept.webp', 'dtrb-2025-12-28-01_gone.webp']) {
      put(path.join(dist, page, name), 'x');
      fs.utimesSync(path.join(dist, page, name), old, old);
    }
    const stale = stalePageFiles(dist, new Set(), Date.now(), new Set([`${page}/dtrb-2025-12-28-01_kept.webp`]));
    expect(stale.map((f) => path.relative(dist, f))).toEqual([`${page}/dtrb-2025-12-28-01_gone.webp`]);
  });
});
