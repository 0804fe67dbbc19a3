/**
 * Astro integration: the site is never built from a content tree an ingest has half-written.
 * Before Astro reads anything (astro:config:setup) a tree with an open commit journal, or with
 * a broken id ledger (content/ids.json), is refused, in one line naming the fix
 * (src/content/commit-state.ts, src/content/ledger.ts); after the build
 * (astro:build:done, first of the integrations) a tree that an ingest switched while Astro read
 * it fails the build, so the next build reads it whole. When a build starts (astro:build:start)
 * it opens the build's one shared read of the tree (src/site/build-read.ts). Wired up first in
 * astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { contentDir } from '../config.ts';
import { assertContentWhole, contentGeneration } from '../content/commit-state.ts';
import { readLedger } from '../content/ledger.ts';
import { ContentError, formatProblem } from '../content/problems.ts';
import { startBuildRead } from '../site/build-read.ts';

export function contentGuard(): AstroIntegration {
  let generation = '';
  return {
    name: 'archive-content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dir = contentDir();
        try {
          assertContentWhole(dir);
          // The ledger, which the article routes read for retired and withdrawn ids: a broken
          // one stops the build here, in one line, not in a page's stack trace.
          readLedger(dir);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          // One line, as every other reader says it; no stack trace for a state the staff can fix.
          logger.error(error.problems.map(formatProblem).join('\n'));
          process.exit(1);
        }
        generation = contentGeneration(dir);
      },
      // The pages and the steps after them share one read of the tree from here (build-read.ts).
      'astro:build:start': () => startBuildRead(),
      'astro:build:done': () => {
        if (contentGeneration(contentDir()) !== generation) {
          throw new Error('构建期间导入改写了 content/，这次构建的页面可能新旧混合（content/ changed during the build）— 请再构建一次');
        }
      },
    },
  };
}
