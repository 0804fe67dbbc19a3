/**
 * The check a content tree passes before the site is built from it: `npm run check-content`
 * runs it alone, and every build of the whole site runs it first, in Astro's own process
 * (src/integrations/content-guard.ts), on the same read of the tree the pages then use.
 */
import { statSync } from 'node:fs';
import type { StoredArchive } from './archive.ts';
import { futureCorrections, undatedCorrections } from './corrections.ts';
import type { Ledger } from '../schema/ledger.ts';
import { editorialDir, topicsDir } from './paths.ts';
import { ContentError, displayPath, formatProblem } from './problems.ts';
import { checkPages } from '../topics/check.ts';

/** What a tree that passed holds, for the line that says so. */
export interface CheckedTree {
  issues: number;
  sections: number;
  articles: number;
  photos: number;
  topics: number;
  editorial: number;
}

/**
 * Checks what reading the tree (read.ts: schemas and references) leaves unchecked: the topics'
 * and editorial pages' references against the archive (src/topics/check.ts, with the id
 * `ledger` to name withdrawn and retired ids), and that every hand correction says when it was
 * made and none is dated in the future (corrections.ts). Takes the tree's folder, the archive
 * read from it and its ledger; gives the counts. Throws ContentError with every problem found, and
 * one naming the folder when it does not exist (a mistyped ARCHIVE_CONTENT_DIR read as an empty archive
 * built half a site, then failed in the search index with a stack trace).
 */
export function checkTree(contentDir: string, archive: StoredArchive, ledger: Ledger): CheckedTree {
  refuseMissingTree(contentDir);
  const pages = checkPages(archive, topicsDir(contentDir), editorialDir, ledger);
  const problems = [...undatedCorrections(contentDir, archive), ...futureCorrections(contentDir, archive), ...pages.problems];
  if (problems.length > 0) throw new ContentError(problems);
  return {
    issues: archive.issues.length,
    sections: archive.sectionById.size,
    articles: archive.articles.length,
    photos: archive.photos.length,
    topics: pages.topics,
    editorial: pages.editorial,
  };
}

/** The line a passed check prints: 内容检查通过（content）：N 期、… */
export function checkedLine(contentDir: string, tree: CheckedTree): string {
  return (
    `内容检查通过（${displayPath(contentDir)}）：` +
    `${tree.issues} 期、${tree.sections} 个版面、${tree.articles} 条稿件、${tree.photos} 张图片、` +
    `${tree.topics} 个专题、${tree.editorial} 个说明页`
  );
}

/** What a failed check says after its problems: fix the files, then build again. */
export const FIX_AND_BUILD_AGAIN = '请改正以上文件后再构建（fix the files above, then build again）。';

/** A content tree that is not there at all: one line says so, with no advice to fix files that do not exist. */
export class MissingTreeError extends ContentError {
  constructor(contentDir: string) {
    super([{ file: displayPath(contentDir), reason: '内容目录不存在（no such content folder）：请检查 ARCHIVE_CONTENT_DIR，或先用 npm run ingest 导入版面' }]);
    this.name = 'MissingTreeError';
  }

  /** The one line: `path: 内容目录不存在……`. */
  override format(): string {
    return formatProblem(this.problems[0]!);
  }
}

/** Throws MissingTreeError naming `contentDir` when it is missing or no folder. */
function refuseMissingTree(contentDir: string): void {
  let folder = false;
  try {
    folder = statSync(contentDir).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) throw new MissingTreeError(contentDir);
}
