/**
 * Reads the content collections once per build and hands every page the same Archive.
 * The only site module that touches astro:content; everything else takes plain values.
 * An article's body comes from the project's reader of the content tree, as blocks: the
 * articles collection keeps its data only (src/content/loader.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from '../config.ts';
import { sourcesDir } from '../content/paths.ts';
import { buildArchive, type Archive, type StoredArchive } from '../content/archive.ts';
import { readBuildArchive } from './build-read.ts';

let archive: Promise<Archive> | undefined;
let stored: StoredArchive | undefined;

/**
 * The content tree as the project's reader gives it (readArchive: entries with their files and
 * article bodies as blocks), read once and shared by the pages (for the bodies) and the /data/
 * downloads: one read a build, not two (docs/scaling.md). Kept beside the pages' archive, so it
 * is read afresh whenever this module is. Throws ContentError as readArchive does.
 */
export function loadStoredArchive(): StoredArchive {
  // A part of a build by parts reads what it shows (part-archive.ts); a build reads the tree
  // once for the pages and the files written after them (build-read.ts).
  stored ??= readBuildArchive();
  return stored;
}

async function read(): Promise<Archive> {
  const [issues, sections, articles, photos] = await Promise.all([
    getCollection('issues'),
    getCollection('sections'),
    getCollection('articles'),
    getCollection('photos'),
  ]);
  const bodies = new Map(loadStoredArchive().articles.map((a) => [a.id, a.blocks]));
  return buildArchive({
    issues: issues.map((e) => e.data),
    sections: sections.map((e) => ({ ...e.data, issue: e.data.issue.id })),
    articles: articles.map((e) => ({
      ...e.data,
      issue: e.data.issue.id,
      section: e.data.section.id,
      continuedOnArticle: e.data.continuedOnArticle?.id ?? null,
      continuedFromArticle: e.data.continuedFromArticle?.id ?? null,
      blocks: bodies.get(e.id)!,
    })),
    photos: photos.map((e) => ({ ...e.data, issue: e.data.issue.id, section: e.data.section.id, article: e.data.article.id })),
  });
}

export function loadArchive(): Promise<Archive> {
  archive ??= read();
  return archive;
}

/**
 * Takes a page entry; gives whether its text is published beside it (its source file is in
 * content/sources: src/integrations/source-texts.ts), so its articles can link their lines.
 */
export function hasSourceText(section: { source: string }): boolean {
  return fs.existsSync(path.join(sourcesDir(contentDir()), section.source));
}
