// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/search/integration.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  base,
  trailingSlash: 'always',
  // searchIndex writes dist/pagefind/ (the full-text index) once the pages are built.
  integrations: [mdx(), searchIndex()],
  build: { format: 'directory' },
  // Lets a test build another content tree without sharing the content-layer cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
