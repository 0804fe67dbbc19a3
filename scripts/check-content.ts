/**
 * node scripts/check-content.ts — runs before `astro build` (see package.json).
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
import { futureCorrections, undatedCorrections } from '../src/content/corrections.ts';
import { readLedger } from '../src/content/ledger.ts';
import { editorialDir, topicsDir } from '../src/content/paths.ts';
import { HalfWrittenError } from '../src/content/commit-state.ts';
import { ContentError, displayPath, formatProblem } from '../src/content/problems.ts';
import { checkPages } from '../src/topics/check.ts';

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
  const pages = checkPages(archive, topicsDir(contentDir), editorialDir, ledger);
  const problems = [...undatedCorrections(contentDir, archive), ...futureCorrections(contentDir, archive), ...pages.problems];
  if (problems.length > 0) throw new ContentError(problems);
  console.log(
    `内容检查通过（${displayPath(contentDir)}）：` +
      `${archive.issues.length} 期、${archive.sectionById.size} 个版面、${archive.articles.length} 条稿件、${archive.photos.length} 张图片、` +
      `${pages.topics} 个专题、${pages.editorial} 个说明页`,
  );
} catch (error) {
  failOnConfig(error);
  // A half-written tree names its own fix (--recover, or wait): no advice to correct files.
  if (error instanceof HalfWrittenError) fail(error.format(), 1);
  if (error instanceof ContentError) fail(`${error.format()}\n请改正以上文件后再构建（fix the files above, then build again）。`, 1);
  throw error;
}
