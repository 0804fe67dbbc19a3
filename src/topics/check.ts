/**
 * The pre-build check of the MDX pages staff write: topics (<content>/topics/*.mdx) and
 * editorial pages (editorial/*.mdx). Frontmatter through the same schemas as the site, the body
 * through the site's MDX parser, and every article id, quote, author and column a topic names
 * against the content tree. Problems come back as `file:line: reason`, like the entries' check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { articlesInPrintOrder, type Archive } from '../content/archive.ts';
import { compare } from '../content/order.ts';
import { parseMarkdownEntry } from '../content/parse.ts';
import { displayPath, zhCN, type ContentProblem } from '../content/problems.ts';
import type { Ledger } from '../schema/ledger.ts';
import { editorialSchema, topicSchema, TOPIC_NAME } from '../schema/topic.ts';
import { readMdxBody, type Reference } from './mdx-references.ts';
import { locateQuote } from './quote.ts';
import { selectArticles } from './select.ts';
import { EDITORIAL_COMPONENTS, TOPIC_COMPONENTS, type ComponentSpec } from './vocabulary.ts';

export interface PagesReport {
  topics: number;
  editorial: number;
  problems: ContentProblem[];
}

/** The .mdx files of a folder; anything else there (but hidden files) is a problem. */
function mdxFiles(dir: string, what: string, problems: ContentProblem[]): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith('.mdx')) files.push(full);
    else problems.push({ file: displayPath(full), reason: `${what}文件须是本目录下的 .mdx 文件（不放子目录），这个${entry.isDirectory() ? '目录' : '文件'}不会被发布` });
  }
  return files.sort();
}

interface ReadPage {
  file: string;
  references: Reference[];
}

function readPage(
  full: string,
  schema: typeof topicSchema | typeof editorialSchema,
  vocabulary: Record<string, ComponentSpec>,
  problems: ContentProblem[],
): ReadPage | null {
  const file = displayPath(full);
  const parsed = parseMarkdownEntry(fs.readFileSync(full, 'utf8'), file, problems);
  if (!parsed) return null;
  const result = schema.safeParse(parsed.data, { error: zhCN });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const fieldPath = issue.path as (string | number)[];
      const unknownKeys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
      problems.push({
        file,
        line: parsed.lineOf(unknownKeys.length ? [unknownKeys[0]] : fieldPath),
        field: unknownKeys.length ? unknownKeys.join('、') : fieldPath.length ? fieldPath.join('.') : undefined,
        reason: unknownKeys.length ? `没有这个字段（可用：${Object.keys(schema.shape ?? {}).join('、')}）` : issue.message,
      });
    }
  }
  const body = readMdxBody(parsed.body ?? '', parsed.bodyLine ?? 1, vocabulary);
  for (const p of body.problems) problems.push({ file, line: p.line, reason: p.reason });
  return { file, references: body.references };
}

/**
 * Checks every topic's and editorial page's references against the (already valid) content.
 * With the id `ledger` (content/ids.json), an id that is no longer an article is named for what
 * it is: withdrawn (when, and from which source) or retired (and the id that took its place).
 */
export function checkPages(archive: Archive, topicsDir: string, editorialDir: string, ledger?: Ledger): PagesReport {
  const problems: ContentProblem[] = [];
  const content = { issues: archive.issues, articles: articlesInPrintOrder(archive), photos: archive.photos };
  const articles = new Map(content.articles.map((a) => [a.id, a]));
  const sectionArticles = new Map<string, string[]>();
  for (const a of content.articles) sectionArticles.set(a.section, [...(sectionArticles.get(a.section) ?? []), a.id]);
  /** What the archive has where a wrong id points: no such issue, no such page, or the page's ids. */
  const whereIdPoints = (id: string) => {
    const issue = id.slice(0, 10);
    const page = Number(id.slice(11, 13));
    if (!issueDate.has(issue)) return `本馆没有 ${issue} 这一期`;
    const onPage = sectionArticles.get(id.slice(0, 13));
    if (!onPage) return `${issue} 这一期本馆没有第 ${page} 版`;
    return `${issue} 第 ${page} 版共 ${onPage.length} 篇，稿件号 ${onPage[0]} 至 ${onPage.at(-1)}`;
  };
  const issueDate = new Map(content.issues.map((i) => [i.id, i.date]));
  /** Why an id the ledger gave is no longer an article, and what to write instead; undefined for an id never given. */
  const gone = (id: string): string | undefined => {
    const withdrawn = ledger?.withdrawn[id];
    if (withdrawn) {
      return `稿件 ${id}（${withdrawn.title || '无标题'}）已于 ${withdrawn.withdrawn} 撤下：来源文件 ${withdrawn.source} 已用 --remove 撤出档案（withdrawn）— 请从专题中删去这条引用，或换成别的稿件`;
    }
    if (!ledger || !(id in ledger.retired)) return undefined;
    // A retired id points at the article that took its text; follow the chain to a live one.
    let next: string | null = ledger.retired[id];
    const seen = new Set([id]);
    while (next !== null && !articles.has(next) && next in ledger.retired && !seen.has(next)) {
      seen.add(next);
      next = ledger.retired[next];
    }
    return next !== null && articles.has(next)
      ? `稿件号 ${id} 已停用，它的文字现在是稿件 ${next}（retired）— 请把引用改为 ${next}`
      : `稿件号 ${id} 已停用，没有接替它的稿件（retired）— 请从专题中删去这条引用，或换成别的稿件`;
  };
  const photographers = new Map<string, string[]>();
  for (const p of content.photos) photographers.set(p.article, [...(photographers.get(p.article) ?? []), ...p.photographers]);
  const newestFirst = [...content.articles].reverse();

  const topicFiles = mdxFiles(topicsDir, '专题', problems);
  for (const full of topicFiles) {
    const name = path.basename(full, '.mdx');
    if (!TOPIC_NAME.test(name)) {
      problems.push({
        file: displayPath(full),
        reason: `文件名 “${name}” 就是专题的网址（/topics/${name}/），只能用小写字母、数字和连字符，如 datong-bingxueji.mdx`,
      });
    }
    const page = readPage(full, topicSchema, TOPIC_COMPONENTS, problems);
    if (!page) continue;
    const missing = (ref: Reference, id: string) => problems.push({ file: page.file, line: ref.line, reason: gone(id) ?? `稿件 ${id} 不存在（${whereIdPoints(id)}）` });
    for (const ref of page.references) {
      if (ref.kind === 'card') {
        if (!articles.has(ref.id)) missing(ref, ref.id);
      } else if (ref.kind === 'timeline') {
        for (const id of ref.ids) if (!articles.has(id)) missing(ref, id);
      } else if (ref.kind === 'quote') {
        const article = articles.get(ref.id);
        if (!article) {
          missing(ref, ref.id);
          continue;
        }
        const found = locateQuote(article.blocks, ref.text, ref.block);
        if (!found.ok) problems.push({ file: page.file, line: ref.line, reason: `引文（稿件 ${ref.id}）：${found.reason}` });
      } else if (ref.kind === 'list') {
        const { total } = selectArticles(newestFirst, ref, (id) => issueDate.get(id) ?? '', (id) => photographers.get(id) ?? []);
        if (total === 0) {
          const who = ref.author !== null ? `作者 ${ref.author}` : `栏目 ${ref.column}`;
          const range =
            ref.from && ref.to ? `（${ref.from} 至 ${ref.to}）` : ref.from ? `（${ref.from} 及以后）` : ref.to ? `（${ref.to} 及以前）` : '';
          problems.push({ file: page.file, line: ref.line, reason: `<稿件列表>：${who}${range}没有稿件（名字须与稿件署名或栏目名一致）` });
        }
      }
    }
  }

  const editorialFiles = mdxFiles(editorialDir, '说明页', problems);
  for (const full of editorialFiles) {
    const name = path.basename(full, '.mdx');
    if (!TOPIC_NAME.test(name)) {
      problems.push({ file: displayPath(full), reason: `文件名 “${name}” 是页面的网址，只能用小写字母、数字和连字符` });
    }
    readPage(full, editorialSchema, EDITORIAL_COMPONENTS, problems);
  }

  problems.sort((a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { topics: topicFiles.length, editorial: editorialFiles.length, problems };
}
