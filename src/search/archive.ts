/**
 * Reads the archive's content tree (issues, sections, articles, photos) outside Astro and joins
 * it into the articles the index needs. Every entry is validated with the shared schemas; a bad
 * entry stops the build with a message naming its file.
 *
 * This is the search build's own small reader; it can be swapped for the project's shared
 * content reader without touching the rest of the search code (only `readIndexedArticles`
 * is used elsewhere).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { markdownToBlocks } from '../schema/body.ts';
import { articleSchema, issueSchema, photoSchema, sectionSchema, type Issue, type Photo, type Section } from '../schema/entries.ts';
import type { IndexedArticle } from './document.ts';

export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ContentError(file, issues);
  }
  return result.data;
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new ContentError(file, `不是有效的 JSON（${(e as Error).message}）`);
  }
  return validate(schema, data, file);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

async function readArticle(file: string) {
  const text = await readFile(file, 'utf8');
  const m = FRONTMATTER.exec(text);
  if (!m) throw new ContentError(file, '缺少 YAML 头信息（--- … ---）');
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (e) {
    throw new ContentError(file, `头信息不是有效的 YAML（${(e as Error).message}）`);
  }
  return { ...validate(articleSchema, data, file), blocks: markdownToBlocks(m[2]) };
}

/** All articles of the content tree at `contentDir`, joined with their issue, section and photos. */
export async function readIndexedArticles(contentDir: string): Promise<IndexedArticle[]> {
  const dir = (kind: string) => path.join(contentDir, kind);
  const [issueFiles, sectionFiles, articleFiles, photoFiles] = await Promise.all([
    filesUnder(dir('issues'), '.json'),
    filesUnder(dir('sections'), '.json'),
    filesUnder(dir('articles'), '.md'),
    filesUnder(dir('photos'), '.json'),
  ]);
  const issues = new Map<string, Issue>();
  for (const f of issueFiles) {
    const issue = await readJson(f, issueSchema);
    issues.set(issue.id, issue);
  }
  const sections = new Map<string, Section>();
  for (const f of sectionFiles) {
    const section = await readJson(f, sectionSchema);
    sections.set(section.id, section);
  }
  const photos = new Map<string, Photo[]>();
  for (const f of photoFiles) {
    const photo = await readJson(f, photoSchema);
    photos.set(photo.article, [...(photos.get(photo.article) ?? []), photo]);
  }
  const articles: IndexedArticle[] = [];
  for (const f of articleFiles) {
    const article = await readArticle(f);
    const issue = issues.get(article.issue);
    const section = sections.get(article.section);
    if (!issue) throw new ContentError(f, `期 ${article.issue} 不存在`);
    if (!section) throw new ContentError(f, `版面 ${article.section} 不存在`);
    const own = (photos.get(article.id) ?? []).sort((a, b) => a.seq - b.seq);
    articles.push({ article, issue, section, photos: own });
  }
  return articles.sort((a, b) => a.article.id.localeCompare(b.article.id));
}
