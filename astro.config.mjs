// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkTopicComponents } from './src/topics/remark-components.ts';
import searchIndex from './src/search/integration.ts';
import { sitemap } from './src/site/sitemap-integration.ts';
import { pruneStalePages } from './src/build/prune-stale-pages.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  base,
  trailingSlash: 'always',
  // pruneStalePages removes pages no longer produced (dist/ is kept between builds, below);
  // searchIndex then writes dist/pagefind/ (the full-text index) once the pages are built.
  integrations: [mdx(), pruneStalePages(), searchIndex(), sitemap()],
  // MDX pages (topics, editorial pages) compile with @mdx-js/mdx, the parser the pre-build check
  // uses, plus our remark plugin; smartypants off so quotes stay exactly as printed.
  markdown: { processor: unified({ remarkPlugins: [remarkTopicComponents], smartypants: false }) },
  build: { format: 'directory' },
  vite: {
    build: {
      // Scripts stay in files of their own (never inlined), so a strict Content-Security-Policy works.
      assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined),
      // Keep the previous dist/: emptying it and restoring every unchanged page from the cache
      // costs the daily job a minute at a year of the paper; pruneStalePages removes what is gone.
      emptyOutDir: false,
    },
  },
  // Lets a test build another content tree without sharing the content-layer cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  experimental: {
    // The daily job adds one issue: with the cache dir kept between builds, only the pages whose
    // cacheKey changed (src/site/cache-keys.ts) are rendered again. docs/scaling.md.
    incrementalBuild: true,
  },
});
