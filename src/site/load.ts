/**
 * Reads the content collections once per build and hands every page the same Archive.
 * The only site module that touches astro:content; everything else takes plain values.
 * An article's body comes from the project's reader of the content tree, as blocks: the
 * articles collection keeps its data only (src/content/loader.ts).
 */
import { getCollection } from 'astro:content';
import { buildArchive, readArchiveOnce, type Archive } from '../content/archive.ts';

let archive: Promise<Archive> | undefined;

async function read(): Promise<Archive> {
  const [issues, sections, articles, photos] = await Promise.all([
    getCollection('issues'),
    getCollection('sections'),
    getCollection('articles'),
    getCollection('photos'),
  ]);
  const bodies = new Map(readArchiveOnce().articles.map((a) => [a.id, a.blocks]));
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
