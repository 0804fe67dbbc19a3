/**
 * node scripts/check-content.ts — runs before `astro build` (see package.json).
 * Reads the whole content tree (ARCHIVE_CONTENT_DIR or ./content) through the entry schemas
 * and cross-checks references, then the MDX pages staff write (topics and editorial pages)
 * against it. A broken entry or page stops the build with `file:line: 字段 x：reason` for every
 * problem, instead of Astro's first error with a stack trace (and Astro does not check
 * references that no page happens to resolve, nor the article ids a topic cites).
 */
import path from 'node:path';
import { contentDir, editorialDir, topicsDir } from '../src/lib/paths.ts';
import { ContentError, readContent } from '../src/lib/read-content.ts';
import { checkPages } from '../src/topics/check.ts';

try {
  const content = readContent(contentDir);
  const pages = checkPages(content, topicsDir, editorialDir);
  if (pages.problems.length > 0) throw new ContentError(pages.problems);
  console.log(
    `内容检查通过（${path.relative(process.cwd(), contentDir) || '.'}）：` +
      `${content.issues.length} 期、${content.sections.length} 个版面、${content.articles.length} 条稿件、${content.photos.length} 张图片、` +
      `${pages.topics} 个专题、${pages.editorial} 个说明页`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`${error.format()}\n请改正以上文件后再构建（fix the files above, then build again）。`);
    process.exit(1);
  }
  throw error;
}
