/**
 * Reads a content tree (issues, sections, articles, photos) the way the site's collections
 * do, validating every entry with the shared schemas, for tests of the site's pure modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { articleSchema, issueSchema, photoSchema, sectionSchema } from '../../src/schema/entries.ts';
import { markdownToBlocks } from '../../src/schema/body.ts';
import { buildArchive, type Archive, type ArchiveInput } from '../../src/site/archive.ts';

function filesUnder(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

export function readContent(contentDir: string): ArchiveInput {
  const json = (kind: string) => filesUnder(path.join(contentDir, kind), '.json').map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  const articles = filesUnder(path.join(contentDir, 'articles'), '.md').map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`${file}: no frontmatter`);
    return { ...articleSchema.parse(YAML.parse(m[1])), blocks: markdownToBlocks(m[2]) };
  });
  return {
    issues: json('issues').map((v) => issueSchema.parse(v)),
    sections: json('sections').map((v) => sectionSchema.parse(v)),
    articles,
    photos: json('photos').map((v) => photoSchema.parse(v)),
  };
}

export const FIXTURE_CONTENT = path.resolve('tests/fixtures/site-content');

export function fixtureArchive(): Archive {
  return buildArchive(readContent(FIXTURE_CONTENT));
}
