/** The site fixture (tests/fixtures/site-content) as the joined Archive, read by the project's own reader. */
import fs from 'node:fs';
import path from 'node:path';
import { readArchive, type Archive } from '../../src/content/archive.ts';

export const FIXTURE_CONTENT = path.resolve('tests/fixtures/site-content');

export function fixtureArchive(): Archive {
  return readArchive(FIXTURE_CONTENT);
}

/**
 * Moves the entries of the issue of `date` (and, when it has them, the tree's topics, which may
 * cite it) out of the content tree `content` into `held`, in the same layout: the archive as it
 * was the day before that issue came. Copy `held` back into `content` for the day it comes.
 */
export function holdOutIssue(content: string, date: string, held: string): void {
  for (const kind of ['issues', 'sections', 'articles', 'photos']) {
    for (const entry of fs.readdirSync(path.join(content, kind), { recursive: true })) {
      const rel = path.join(kind, String(entry));
      if (rel.includes(date) && fs.statSync(path.join(content, rel)).isFile()) {
        fs.mkdirSync(path.dirname(path.join(held, rel)), { recursive: true });
        fs.renameSync(path.join(content, rel), path.join(held, rel));
      }
    }
  }
  if (fs.existsSync(path.join(content, 'topics'))) fs.renameSync(path.join(content, 'topics'), path.join(held, 'topics'));
}
