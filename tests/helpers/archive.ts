/** The site fixture (tests/fixtures/site-content) as the joined Archive, read by the project's own reader. */
import path from 'node:path';
import { readArchive, type Archive } from '../../src/content/archive.ts';

export const FIXTURE_CONTENT = path.resolve('tests/fixtures/site-content');

export function fixtureArchive(): Archive {
  return readArchive(FIXTURE_CONTENT);
}
