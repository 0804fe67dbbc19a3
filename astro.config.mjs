// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/search/integration.ts';
import { sitemap } from './src/site/sitemap-integration.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  base,
  trailingSlash: 'always',
  // searchIndex writes dist/pagefind/ (the full-text index) once the pages are built.
  integrations: [mdx(), searchIndex(), sitemap()],
  build: { format: 'directory' },
  // Scripts stay in files of their own (never inlined), so a strict Content-Security-Policy works.
  vite: { build: { assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined) } },
  // Lets a test build another content tree without sharing the content-layer cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
