/**
 * The whole content tree, read outside Astro (export, search index, feeds, the pre-build
 * check): every entry parsed the way Astro parses it, validated with the same schemas,
 * cross-checked (references, ids, file places), and sorted in issue/page/print order.
 *
 * Anything wrong throws a ContentError listing every problem as `file:line: 字段 x：reason`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { markdownToBlocks } from '../schema/body.ts';
import {
  articleSchema,
  issueSchema,
  photoSchema,
  sectionSchema,
  type Article,
  type Block,
  type Issue,
  type Photo,
  type Section,
} from '../schema/entries.ts';
import { contentDir as defaultContentDir, entryPaths } from './paths.ts';

/** An entry as read, with the file it came from (relative to the content dir, `/`-separated). */
export type Entry<T> = T & { file: string };
export type ArticleEntry = Entry<Article & { body: Block[] }>;

export interface Content {
  issues: Entry<Issue>[];
  sections: Entry<Section>[];
  articles: ArticleEntry[];
  photos: Entry<Photo>[];
}

export interface ContentProblem {
  /** The file as the user should see it (e.g. `content/articles/2025/2025-12-28/01-05.md`). */
  file: string;
  line?: number;
  /** Dotted field path (`authors.0.name`), when the problem is one field's. */
  field?: string;
  reason: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }

  format(): string {
    return this.message;
  }
}

const COLLECTIONS = {
  issues: { schema: issueSchema, ext: '.json', path: entryPaths.issue },
  sections: { schema: sectionSchema, ext: '.json', path: entryPaths.section },
  articles: { schema: articleSchema, ext: '.md', path: entryPaths.article },
  photos: { schema: photoSchema, ext: '.json', path: entryPaths.photo },
} as const;
type CollectionName = keyof typeof COLLECTIONS;

/** Chinese messages for zod's own reasons (the schemas' custom messages are Chinese already). */
export const zhCN = z.locales.zhCN().localeError;

export function readContent(contentDir: string = defaultContentDir): Content {
  const problems: ContentProblem[] = [];
  const shown = (rel: string) => displayPath(path.join(contentDir, rel));
  const read = <T>(name: CollectionName) => {
    const entries: Entry<T>[] = [];
    for (const rel of listFiles(contentDir, name, COLLECTIONS[name].ext)) {
      const entry = readEntry<T>(contentDir, rel, name, shown(rel), problems);
      if (entry) entries.push(entry);
    }
    return entries;
  };
  const content: Content = {
    issues: read<Issue>('issues'),
    sections: read<Section>('sections'),
    articles: read<Article & { body: Block[] }>('articles'),
    photos: read<Photo>('photos'),
  };
  if (problems.length === 0) checkReferences(content, shown, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return sortContent(content);
}

function readEntry<T>(
  contentDir: string,
  rel: string,
  name: CollectionName,
  file: string,
  problems: ContentProblem[],
): Entry<T> | null {
  const text = fs.readFileSync(path.join(contentDir, rel), 'utf8');
  const parsed = name === 'articles' ? parseMarkdownEntry(text, file, problems) : parseJsonEntry(text, file, problems);
  if (!parsed) return null;

  const result = COLLECTIONS[name].schema.safeParse(parsed.data, { error: zhCN });
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line: parsed.lineOf(issue.path as (string | number)[]),
        field: issue.path.length ? issue.path.join('.') : undefined,
        reason: issue.message,
      });
    }
    return null;
  }
  const data = result.data as { id: string };
  const expected = COLLECTIONS[name].path(data.id);
  if (expected !== rel) {
    problems.push({
      file,
      line: parsed.lineOf(['id']),
      field: 'id',
      reason: `id 为 ${data.id} 的条目应在 ${expected}，而不在 ${rel}（文件被移动或复制后没有改 id？）`,
    });
    return null;
  }
  const entry = { ...result.data, file: rel } as Entry<T>;
  if (name === 'articles') (entry as unknown as ArticleEntry).body = markdownToBlocks(parsed.body ?? '');
  return entry;
}

export interface Parsed {
  data: unknown;
  body?: string;
  /** Line of the file on which the body starts (Markdown entries). */
  bodyLine?: number;
  lineOf: (fieldPath: (string | number)[]) => number | undefined;
}

/** As Astro's glob loader reads JSON: JSON.parse. Lines of fields come from reading it as YAML. */
function parseJsonEntry(text: string, file: string, problems: ContentProblem[]): Parsed | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/.exec(message)?.[1];
    problems.push({ file, line: line ? Number(line) : undefined, reason: `不是有效的 JSON：${message}` });
    return null;
  }
  // Lines are only needed to report a problem: read the text as YAML for them only then.
  let finder: Parsed['lineOf'] | undefined;
  return { data, lineOf: (fieldPath) => (finder ??= lineFinder(text, 0))(fieldPath) };
}

/**
 * As Astro reads Markdown entries: a `---` YAML frontmatter block (parsed as js-yaml does,
 * so an unquoted 2025-12-28 is a date, not a string) and the body after it.
 */
export function parseMarkdownEntry(text: string, file: string, problems: ContentProblem[]): Parsed | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!match) {
    problems.push({ file, line: 1, reason: '缺少开头的 --- 元数据块（frontmatter）' });
    return null;
  }
  const yamlText = match[1] ?? '';
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, customTags: ['timestamp'], uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: error.linePos ? error.linePos[0].line + 1 : undefined,
        reason: `元数据块（frontmatter）不是有效的 YAML：${error.message.split('\n')[0]}`,
      });
    }
    return null;
  }
  const data = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 2, reason: '元数据块（frontmatter）应是“字段: 值”的映射' });
    return null;
  }
  const bodyLine = match[0].split('\n').length;
  return { data, body: text.slice(match[0].length), bodyLine, lineOf: lineFinder(yamlText, 1, { doc, lines }) };
}

/** The line of a field (or of its nearest present parent) in a YAML/JSON text, offset by `skip` lines. */
function lineFinder(
  text: string,
  skip: number,
  parsed?: { doc: ReturnType<typeof parseDocument>; lines: LineCounter },
): (fieldPath: (string | number)[]) => number | undefined {
  const lines = parsed?.lines ?? new LineCounter();
  const doc = parsed?.doc ?? parseDocument(text, { lineCounter: lines });
  return (fieldPath) => {
    for (let n = fieldPath.length; n >= 0; n--) {
      // A missing field has no node: point at the nearest parent that is there.
      const node = doc.getIn(fieldPath.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line + skip;
    }
    return undefined;
  };
}

function checkReferences(content: Content, shown: (rel: string) => string, problems: ContentProblem[]): void {
  const byId = <T extends { id: string; file: string }>(entries: T[], kind: string) => {
    const map = new Map<string, T>();
    for (const entry of entries) {
      const other = map.get(entry.id);
      if (other) {
        problems.push({ file: shown(entry.file), field: 'id', reason: `${kind} id ${entry.id} 与 ${shown(other.file)} 重复` });
      } else map.set(entry.id, entry);
    }
    return map;
  };
  const issues = byId(content.issues, '期');
  const sections = byId(content.sections, '版面');
  const articles = byId(content.articles, '稿件');
  byId(content.photos, '图片');

  const missing = (entry: { file: string }, field: string, kind: string, id: string) =>
    problems.push({ file: shown(entry.file), field, reason: `引用的${kind} ${id} 不存在` });

  for (const section of content.sections) {
    const issue = issues.get(section.issue);
    if (!issue) missing(section, 'issue', '期', section.issue);
    else if (!issue.pages.includes(section.page)) {
      problems.push({ file: shown(section.file), field: 'page', reason: `第 ${section.page} 版不在期 ${issue.id} 的 pages（${issue.pages.join('、')}）里` });
    }
  }
  for (const issue of content.issues) {
    for (const page of issue.pages) {
      if (!content.sections.some((s) => s.issue === issue.id && s.page === page)) {
        problems.push({ file: shown(issue.file), field: 'pages', reason: `列出了第 ${page} 版，但没有这一版的版面条目` });
      }
    }
  }
  for (const article of content.articles) {
    if (!issues.has(article.issue)) missing(article, 'issue', '期', article.issue);
    const section = sections.get(article.section);
    if (!section) missing(article, 'section', '版面', article.section);
    else if (section.issue !== article.issue) {
      problems.push({ file: shown(article.file), field: 'section', reason: `版面 ${section.id} 属于期 ${section.issue}，不是 ${article.issue}` });
    }
    for (const field of ['continuedOnArticle', 'continuedFromArticle'] as const) {
      const target = article[field];
      if (target !== null && !articles.has(target)) missing(article, field, '稿件', target);
    }
  }
  for (const photo of content.photos) {
    if (!issues.has(photo.issue)) missing(photo, 'issue', '期', photo.issue);
    if (!sections.has(photo.section)) missing(photo, 'section', '版面', photo.section);
    const article = articles.get(photo.article);
    if (!article) missing(photo, 'article', '稿件', photo.article);
    else if (article.section !== photo.section) {
      problems.push({ file: shown(photo.file), field: 'section', reason: `所属稿件 ${article.id} 在版面 ${article.section}，不是 ${photo.section}` });
    }
  }
}

/** Issue order (date, then id), then page, then print order (seq). */
function sortContent(content: Content): Content {
  const issueRank = rank([...content.issues].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id)));
  const sections = [...content.sections].sort(
    (a, b) => issueRank.get(a.issue)! - issueRank.get(b.issue)! || a.page - b.page || compare(a.id, b.id),
  );
  const sectionRank = rank(sections);
  const articles = [...content.articles].sort(
    (a, b) => sectionRank.get(a.section)! - sectionRank.get(b.section)! || a.seq - b.seq || compare(a.id, b.id),
  );
  const articleRank = rank(articles);
  const photos = [...content.photos].sort(
    (a, b) => articleRank.get(a.article)! - articleRank.get(b.article)! || a.seq - b.seq || compare(a.id, b.id),
  );
  return { issues: [...issueRank.keys()].map((id) => content.issues.find((i) => i.id === id)!), sections, articles, photos };
}

function rank<T extends { id: string }>(sorted: T[]): Map<string, number> {
  return new Map(sorted.map((entry, i) => [entry.id, i]));
}

function listFiles(contentDir: string, collection: string, ext: string): string[] {
  const root = path.join(contentDir, collection);
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith(ext)) out.push(path.relative(contentDir, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort(compare);
}

function formatProblems(problems: ContentProblem[]): string {
  const shownMax = 50;
  const lines = problems.slice(0, shownMax).map((p) => {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
    return p.field ? `${where}: 字段 ${p.field}：${p.reason}` : `${where}: ${p.reason}`;
  });
  if (problems.length > shownMax) lines.push(`……另有 ${problems.length - shownMax} 处问题`);
  return `内容有 ${problems.length} 处问题（invalid content）：\n${lines.join('\n')}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
