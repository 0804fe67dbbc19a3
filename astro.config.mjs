// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pruneStalePages } from './src/build/prune-stale-pages.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  base,
  trailingSlash: 'always',
  integrations: [mdx(), pruneStalePages()],
  build: { format: 'directory' },
  // Lets a test build another content tree without sharing the content-layer cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Keep the previous dist/: emptying it and restoring every unchanged page from the cache
  // costs the daily job a minute at a year of the paper; pruneStalePages removes what is gone.
  vite: { build: { emptyOutDir: false } },
  experimental: {
    // The daily job adds one issue: with the cache dir kept between builds, only the pages whose
    // cacheKey changed (src/site/cache-keys.ts) are rendered again. docs/scaling.md.
    incrementalBuild: true,
  },
});
