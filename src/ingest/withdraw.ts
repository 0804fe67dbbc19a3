/**
 * Taking sources out of the archive on purpose (`--remove`), and refusing a source that vanished
 * without it: the removed sources' entries leave metadata.yaml, their article ids move from the
 * ledger's articles to its withdrawn list (the site shows a withdrawal note at their URLs,
 * src/site/retired.ts), and every entry file they leave behind is named for the commit to delete.
 * Used by run.ts; reads stored entries, writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { parseMarkdownEntry } from '../content/parse.ts';
import { entryPaths, LEDGER_FILE } from '../content/paths.ts';
import { displayPath } from '../content/problems.ts';
import { jsonText } from '../content/write.ts';
import type { Withdrawal } from '../schema/ledger.ts';
import { IngestError, ingestCommand, shellWord } from './errors.ts';
import type { Ledger } from './ids.ts';
import type { PipelineResult } from './pipeline.ts';
import type { SourceSection } from './stored.ts';
import type { Citation } from '../topics/cited.ts';

/** A source taken out by --remove, for the report. */
export interface RemovedSource {
  name: string;
  /** The issue and page it was, when it had been ingested. */
  issue: string | null;
  page: number | null;
  /** Its article ids, now withdrawn. */
  ids: string[];
  /** Its file was already gone from content/sources (deleted by hand before --remove). */
  fileGone?: boolean;
  /** The source that replaced its page (`replace: true`), when one had: its ids went to that page. */
  replacedBy?: { source: string; issue: string; page: number };
}

/**
 * metadata.yaml's text without the entries of `names`, its comments and the rest kept (a comment
 * above a removed entry moves to the entry that follows); the same text when it has none of them
 * or cannot be parsed as a map (the metadata reader then reports it); only its comments when no
 * entry is left, '' when there are none either (the file then goes).
 */
export function withoutEntries(text: string, names: string[]): string {
  if (names.length === 0) return text;
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return text;
  const before = doc.contents.items.length;
  const kept: typeof doc.contents.items = [];
  let orphanComment: string | undefined;
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; commentBefore?: string | null } | null;
    if (isScalar(key) && names.includes(String(key.value))) {
      // A comment above a removed entry stays, above the entry that follows it.
      if (key.commentBefore) orphanComment = [orphanComment, key.commentBefore].filter(Boolean).join('\n');
      continue;
    }
    if (orphanComment && isScalar(key)) {
      key.commentBefore = [orphanComment, key.commentBefore].filter(Boolean).join('\n');
      orphanComment = undefined;
    }
    kept.push(pair);
  }
  if (kept.length === before) return text;
  if (kept.length === 0) {
    // No entry left: the comments stay, in their order, as a file of comments (the staff's notes are theirs).
    const comments = [doc.commentBefore, doc.contents.commentBefore, orphanComment, doc.contents.comment, doc.comment].filter((c): c is string => Boolean(c));
    return comments.length ? `${comments.join('\n').split('\n').map((line) => (line === '' ? '' : `#${line}`)).join('\n')}\n` : '';
  }
  if (orphanComment) doc.comment = [doc.comment, orphanComment].filter(Boolean).join('\n');
  doc.contents.items = kept;
  return String(doc);
}

/**
 * A source the archive holds articles of must not vanish silently: removal is --remove. Throws
 * IngestError naming the first source the ledger has articles of that is neither present nor
 * removed, with how many articles it has and the command that removes it.
 */
export function refuseVanishedSources(ledger: Ledger, present: string[], removed: string[], sourcesDir: string): void {
  const here = new Set([...present, ...removed]);
  const missing = new Map<string, number>();
  for (const entry of Object.values(ledger.articles)) {
    if (!here.has(entry.source)) missing.set(entry.source, (missing.get(entry.source) ?? 0) + 1);
  }
  const [name, count] = [...missing][0] ?? [];
  if (name === undefined) return;
  throw new IngestError({
    file: displayPath(path.join(sourcesDir, name)),
    message: `来源文件不见了，但档案中还有它的 ${count} 篇稿件${missing.size > 1 ? `（另有 ${missing.size - 1} 个来源文件也不见了）` : ''}（source missing）`,
    hint: `若要撤下这一版，运行 ${ingestCommand()} -- --remove ${shellWord(name)} （稿件网址会改为撤稿说明）；否则请从 git 或备份恢复这个文件`,
  });
}

/**
 * A removal must not break a topic: an article a topic cites (`citations`, from
 * src/topics/cited.ts) cannot be withdrawn, or the next build stops at that topic. Throws
 * IngestError naming the first topic file and line that cites an article of `removed`, with how
 * many other citations there are and what to do.
 */
export function refuseCitedWithdrawals(removed: RemovedSource[], citations: Citation[]): void {
  const [first] = citations;
  if (first === undefined) return;
  const source = removed.find((r) => r.ids.includes(first.id))?.name ?? '';
  const others = citations.slice(1).map((c) => `${c.file}${c.line === undefined ? '' : `:${c.line}`}（${c.id}）`);
  throw new IngestError({
    file: first.file,
    line: first.line,
    message:
      `专题引用了稿件 ${first.id}，它属于要撤下的 ${source}` +
      (others.length ? `；另有 ${others.length} 处引用要撤下的稿件：${others.slice(0, 5).join('、')}${others.length > 5 ? '……' : ''}` : '') +
      '（cited by a topic）',
    hint: '撤下后这篇稿件不复存在，专题将无法构建：请先在专题中删去或替换这些引用（<稿件>、<引文>、<时间线> 里的稿件号），再运行 --remove',
  });
}

/**
 * Moves the removed sources' ids from the ledger of `result` to its withdrawn list, each with
 * its issue, page, the title the site showed and `today`, and puts the new ledger into
 * `result.files`. Gives what was removed, for the report.
 */
export function withdraw(contentDir: string, result: PipelineResult, names: string[], sectionsOf: Map<string, SourceSection[]>, today: string): RemovedSource[] {
  if (names.length === 0) return [];
  const ledger = result.entries.ledger;
  const removed: RemovedSource[] = [];
  for (const name of names) {
    const section = sectionsOf.get(name)?.[0] ?? null;
    const ids = Object.entries(ledger.articles).filter(([, e]) => e.source === name).map(([id]) => id).sort();
    for (const id of ids) {
      delete ledger.articles[id];
      const entry: Withdrawal = {
        source: name,
        issue: section?.issue ?? id.slice(0, 10),
        page: section?.page ?? Number(id.slice(11, 13)),
        title: storedTitle(contentDir, id),
        withdrawn: today,
      };
      ledger.withdrawn[id] = entry;
    }
    const replacedBy = [...sectionsOf].flatMap(([source, list]) => list.filter((s) => s.replaces?.includes(name)).map((s) => ({ source, issue: s.issue, page: s.page })))[0];
    removed.push({ name, issue: section?.issue ?? null, page: section?.page ?? null, ids, ...(replacedBy ? { replacedBy } : {}) });
  }
  ledger.withdrawn = Object.fromEntries(Object.entries(ledger.withdrawn).sort(([a], [b]) => a.localeCompare(b)));
  result.files.set(LEDGER_FILE, jsonText(ledger));
  return removed;
}

/** What the article page called an article: its headline, else the opening words of its text; '' when it cannot be read. */
function storedTitle(contentDir: string, id: string): string {
  try {
    const parsed = parseMarkdownEntry(readFileSync(path.join(contentDir, entryPaths.article(id)), 'utf8'), id, []);
    const data = (parsed?.data ?? {}) as { headline?: unknown; kicker?: unknown };
    for (const t of [data.headline, data.kicker]) if (typeof t === 'string' && t.trim()) return t.trim();
    const opening = (parsed?.body ?? '').replace(/\\(.)/g, '$1').replace(/^#+\s*/gm, '').trim().split(/\n/)[0] ?? '';
    const chars = [...opening];
    return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : opening;
  } catch {
    return '';
  }
}

/**
 * Every entry file a removed source leaves behind (its pages, its issue when no page of it is
 * left, its articles and their photos), to go even if a person edited it: the removal is
 * deliberate.
 */
export function withdrawnEntryPaths(contentDir: string, removed: RemovedSource[], sectionsOf: Map<string, SourceSection[]>, result: PipelineResult): Set<string> {
  const paths = new Set<string>();
  const producedIssues = new Set(result.entries.issues.map((i) => i.id));
  for (const r of removed) {
    for (const s of sectionsOf.get(r.name) ?? []) {
      paths.add(s.rel);
      if (!producedIssues.has(s.issue)) paths.add(entryPaths.issue(s.issue));
    }
    for (const id of r.ids) {
      paths.add(entryPaths.article(id));
      const photoDir = path.dirname(entryPaths.photo(`${id}-p1`));
      const prefix = `${id.slice(11)}-p`;
      const dir = path.join(contentDir, photoDir);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) if (name.startsWith(prefix) && /^\d+\.json$/.test(name.slice(prefix.length))) paths.add(`${photoDir}/${name}`);
    }
  }
  return paths;
}
