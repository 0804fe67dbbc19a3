// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
});
