/**
 * node scripts/check-content.ts — the content check alone (every build of the whole site runs it
 * first too, in Astro's process: src/integrations/content-guard.ts).
 * Checks the environment (src/config.ts), reads the whole content tree (ARCHIVE_CONTENT_DIR or
 * ./content) through the entry schemas and cross-checks references, then the MDX pages staff
 * write (topics and editorial pages) against it. A broken entry or page stops the build with
 * `file:line: 字段 x：reason` for every problem, instead of Astro's first error with a stack
 * trace (and Astro does not check references that no page happens to resolve, nor the article
 * ids a topic cites).
 */
import { commandLine, fail, failOnConfig } from '../src/cli.ts';
import { checkEnvironment, contentDir as configuredContentDir } from '../src/config.ts';
import { readArchive } from '../src/content/archive.ts';
import { readLedger } from '../src/content/ledger.ts';
import { HalfWrittenError } from '../src/content/commit-state.ts';
import { checkedLine, checkTree, FIX_AND_BUILD_AGAIN, MissingTreeError } from '../src/content/pre-build-check.ts';
import { ContentError, formatProblem } from '../src/content/problems.ts';

commandLine({}, '用法：node scripts/check-content.ts（usage: no options; the tree is ARCHIVE_CONTENT_DIR or ./content）');
try {
  checkEnvironment();
  const contentDir = configuredContentDir();
  const archive = readArchive(contentDir);
  // A broken or lost ledger is restored, not corrected: its one line names that fix, alone.
  const ledger = (() => {
    try {
      return readLedger(contentDir);
    } catch (error) {
      if (error instanceof ContentError && error.problems.length === 1) fail(formatProblem(error.problems[0]), 1);
      throw error;
    }
  })();
  console.log(checkedLine(contentDir, checkTree(contentDir, archive, ledger)));
} catch (error) {
  failOnConfig(error);
  // A half-written tree names its own fix (--recover, or wait): no advice to correct files.
  if (error instanceof HalfWrittenError) fail(error.format(), 1);
  if (error instanceof MissingTreeError) fail(error.format(), 1);
  if (error instanceof ContentError) fail(`${error.format()}\n${FIX_AND_BUILD_AGAIN}`, 1);
  throw error;
}
