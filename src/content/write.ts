/**
 * The one way an entry becomes a file, used by the ingest, the synthetic archive and the test
 * fixtures alike, so every stored file has the same form: JSON entries pretty-printed with a
 * final newline; an article as a YAML frontmatter block (strings double-quoted, never folded)
 * and its body as Markdown (body.ts). Pure: the caller writes the text where the path says.
 */
import type { Article, Block, Issue, Photo, Section } from '../schema/entries.ts';
import { blocksToMarkdown } from './body.ts';
import { frontmatterText } from './frontmatter.ts';
import { entryPaths } from './paths.ts';

/** A JSON file's text: two-space indent, final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** An article file's text: frontmatter, a blank line, the body. */
export function articleText(data: Article, blocks: Block[]): string {
  return `---\n${frontmatterText(data)}---\n\n${blocksToMarkdown(blocks)}`;
}

export interface EntrySet {
  issues: Issue[];
  sections: Section[];
  articles: { data: Article; blocks: Block[] }[];
  photos: Photo[];
}

/** Relative path → file text for every entry. Deterministic: same entries, same bytes. */
export function entryTexts(entries: EntrySet): Map<string, string> {
  const files = new Map<string, string>();
  for (const issue of entries.issues) files.set(entryPaths.issue(issue.id), jsonText(issue));
  for (const section of entries.sections) files.set(entryPaths.section(section.id), jsonText(section));
  for (const photo of entries.photos) files.set(entryPaths.photo(photo.id), jsonText(photo));
  for (const { data, blocks } of entries.articles) files.set(entryPaths.article(data.id), articleText(data, blocks));
  return files;
}
