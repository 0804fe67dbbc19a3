// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { checkAstroBuild } from './src/cli.ts';
import { astroCacheDir, basePath, buildPart, checkEnvironment, ConfigError, envFilesNotice, siteUrl, yearSummariesDir } from './src/config.ts';
import { citationFilesIntegration } from './src/integrations/citation-files.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { dataFilesIntegration } from './src/integrations/data-files.ts';
import { metaCsp } from './src/integrations/meta-csp.ts';
import { pageFiles } from './src/integrations/page-files.ts';
import { partOutputs } from './src/integrations/part-outputs.ts';
import { pruneStalePages } from './src/integrations/prune-stale-pages.ts';
import { redirectMaps } from './src/integrations/redirects.ts';
import { remarkTopicComponents } from './src/integrations/remark-topic-components.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { sourceTexts } from './src/integrations/source-texts.ts';

/**
 * The environment and the build's command line, checked (src/config.ts, src/cli.ts): a bad value, a deploy
 * build without SITE_URL, an option Astro would ignore or npm kept for itself, or a stray word ends in one line, exit 2.
 */
function settings() {
  try {
    checkEnvironment();
    checkAstroBuild(process.argv.slice(2), process.env);
    // The pages spanning years are built from the years' summaries: refused here, in one line, without them.
    if (buildPart().kind === 'archive-wide') yearSummariesDir();
    return { site: siteUrl() ?? undefined, base: basePath(), cacheDir: astroCacheDir() };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
const { site, base, cacheDir } = settings();
// The pages read their base path as import.meta.env.BASE_URL, which an inherited BASE_URL in the
// environment (a CI runner's, a test runner's) would replace while the sitemap kept BASE_PATH's.
delete process.env.BASE_URL;
const envNotice = envFilesNotice(process.cwd());
const search = searchIndex();
if (envNotice) console.warn(envNotice);

export default defineConfig({
  // SITE_URL, BASE_PATH and ASTRO_CACHE_DIR are read and checked in src/config.ts. Without
  // SITE_URL the build is a preview build: pages noindex, no absolute address, no sitemap.
  site,
  base,
  trailingSlash: 'always',
  // pruneStalePages removes pages no longer produced (dist/ is kept between builds, below);
  // searchIndex writes dist/pagefind/ (the full-text index) beside the pages, and on every core
  // once they are rendered (search.pagesRendered, listed early); the build waits for it at its end.
  // contentGuard refuses a content tree an ingest has half-written (src/content/commit-state.ts).
  // pageFiles publishes each page's image and PDF beside its page before rendering (Astro's image
  // pipeline reads the image from there) and removes those no longer in the archive afterwards.
  // sourceTexts publishes each page's text as received (dtrb-<date>-<NN>.txt), which articles cite by line.
  // citationFiles writes each article's cite.bib and cite.ris after the pages (src/cite/files.ts).
  // partOutputs, in a build by parts (ARCHIVE_BUILD_PART, src/site/build-part.ts), removes the
  // files another part writes; each step after it writes its own part's only.
  integrations: [contentGuard(), search.pagesRendered, metaCsp(), mdx(), pageFiles(), sourceTexts(), pruneStalePages(), partOutputs(), citationFilesIntegration(), dataFilesIntegration(), search.index, redirectMaps(), sitemap()],
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
    // The search worker as an ES module, so it can load the search engine as a chunk of its own
    // beside Pagefind rather than before it (src/search/browser/worker.ts).
    worker: { format: 'es' },
    // Settings come from the environment only (src/config.ts): Vite would read .env files into
    // the build half-way, after this file has read SITE_URL.
    envDir: false,
  },
  // Lets a test build another content tree without sharing the content-layer cache.
  ...(cacheDir ? { cacheDir } : {}),
  experimental: {
    // The daily job adds one issue: with the cache dir kept between builds, only the pages whose
    // cacheKey changed (src/site/cache-keys.ts) are rendered again. docs/scaling.md.
    incrementalBuild: true,
  },
});
