/**
 * The two built sites the tests read:
 * - the real one, dist/, built by `npm run build` from the archive's content (README: build, then test);
 * - the fixture one, built by tests/helpers/global-setup.ts from tests/fixtures/site-content
 *   under the sub-path /archive/, whose exact content the tests know.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BuiltSite {
  name: string;
  dir: string;
  base: string;
  contentDir: string;
}

export const FIXTURE_SITE: BuiltSite = {
  name: 'fixture',
  dir: path.resolve('.archive-tmp/site-fixture'),
  base: '/archive/',
  contentDir: path.resolve('tests/fixtures/site-content'),
};

export function realSite(): BuiltSite {
  const dir = path.resolve('dist');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` before `npm test`.');
  }
  return {
    name: 'dist',
    dir,
    base: process.env.BASE_PATH ?? '/',
    contentDir: path.resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content'),
  };
}

export function fixtureSite(): BuiltSite {
  if (!fs.existsSync(path.join(FIXTURE_SITE.dir, 'index.html'))) {
    throw new Error(`${FIXTURE_SITE.dir} has no built site: the vitest globalSetup (tests/helpers/global-setup.ts) builds it.`);
  }
  return FIXTURE_SITE;
}
