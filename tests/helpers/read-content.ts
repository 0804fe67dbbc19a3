/**
 * A content tree as the site's Archive, read with the project's own reader
 * (src/lib/read-content.ts: same parsing and schemas as the content collections).
 */
import path from 'node:path';
import { readContent } from '../../src/lib/read-content.ts';
import { buildArchive, type Archive } from '../../src/site/archive.ts';

export function readArchive(contentDir: string): Archive {
  const content = readContent(contentDir);
  return buildArchive({
    issues: content.issues,
    sections: content.sections,
    articles: content.articles.map(({ body, ...article }) => ({ ...article, blocks: body })),
    photos: content.photos,
  });
}

export const FIXTURE_CONTENT = path.resolve('tests/fixtures/site-content');

export function fixtureArchive(): Archive {
  return readArchive(FIXTURE_CONTENT);
}
