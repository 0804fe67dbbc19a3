/**
 * Astro integration: the site is never built from a content tree an ingest has half-written.
 * Before Astro reads anything (astro:config:setup) a tree with an open commit journal, or with
 * a broken id ledger (content/ids.json), is refused, in one line naming the fix
 * (src/content/commit-state.ts, src/content/ledger.ts); after the build
 * (astro:build:done, first of the integrations) a tree that an ingest switched while Astro read
 * it fails the build, so the next build reads it whole. When a build starts (astro:build:start)
 * it opens the build's one shared read of the tree (src/site/build-read.ts). Wired up first in
 * astro.config.mjs.
 *
 * A build of the whole site checks the tree first, before Astro reads it (the check of
 * `npm run check-content`, src/content/pre-build-check.ts): every problem named by file, line and
 * field, then exit 1. That read is the build's shared one, so the pages do not read the tree
 * again; run as a process of its own before Astro, the check cost the daily job some three
 * seconds at a year of the paper (docs/scaling.md). A part of a build by parts is not checked
 * here: `npm run build-archive` checks the whole tree once before its parts.
 */
import type { AstroIntegration } from 'astro';
import { buildPart, contentDir } from '../config.ts';
import { assertContentWhole, contentGeneration } from '../content/commit-state.ts';
import { readLedger } from '../content/ledger.ts';
import type { Ledger } from '../schema/ledger.ts';
import { checkedLine, checkTree, FIX_AND_BUILD_AGAIN, MissingTreeError } from '../content/pre-build-check.ts';
import { ContentError, formatProblem } from '../content/problems.ts';
import { readBuildArchive, startBuildRead } from '../site/build-read.ts';

export function contentGuard(): AstroIntegration {
  let generation = '';
  /** Whether this build's shared read was opened, and the tree read into it, by the check. */
  let checked = false;
  return {
    name: 'archive-content-guard',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        const dir = contentDir();
        let ledger: Ledger;
        try {
          assertContentWhole(dir);
          // The ledger, which the article routes read for retired and withdrawn ids: a broken
          // one stops the build here, in one line, not in a page's stack trace.
          ledger = readLedger(dir);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          // One line, as every other reader says it; no stack trace for a state the staff can fix.
          logger.error(error.problems.map(formatProblem).join('\n'));
          process.exit(1);
        }
        generation = contentGeneration(dir);
        checked = false;
        if (command === 'build' && buildPart().kind === 'whole') {
          startBuildRead();
          try {
            logger.info(checkedLine(dir, checkTree(dir, readBuildArchive(dir), ledger)));
          } catch (error) {
            if (!(error instanceof ContentError)) throw error;
            logger.error(error instanceof MissingTreeError ? error.format() : `${error.format()}\n${FIX_AND_BUILD_AGAIN}`);
            process.exit(1);
          }
          checked = true;
        }
      },
      // The pages and the steps after them share one read of the tree from here (build-read.ts),
      // or from the check's, which opened it.
      'astro:build:start': () => {
        if (!checked) startBuildRead();
      },
      'astro:build:done': () => {
        if (contentGeneration(contentDir()) !== generation) {
          throw new Error('构建期间导入改写了 content/，这次构建的页面可能新旧混合（content/ changed during the build）— 请再构建一次');
        }
      },
    },
  };
}
