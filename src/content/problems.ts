/**
 * What is wrong with stored entries, as the reader reports it: every problem names the file, the
 * line when known, and the field, so a person can open the file and fix it.
 */
import path from 'node:path';
import { z } from 'astro/zod';

export interface ContentProblem {
  /** The file as the user should see it (e.g. `content/articles/2025/2025-12-28/01-05.md`). */
  file: string;
  line?: number;
  /** Dotted field path (`authors.0.name`), when the problem is one field's. */
  field?: string;
  reason: string;
}

/** Thrown by the reader with every problem found, formatted `file:line: 字段 x：reason`. */
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

/** Chinese messages for zod's own reasons (the schemas' custom messages are Chinese already). */
export const zhCN = z.locales.zhCN().localeError;

/**
 * A path as every message shows it: relative to the working directory when it is inside it, else
 * absolute (however it was typed), so the paths of one message are all of one form.
 */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(file) : rel;
}

/** One problem on one line: `file:line: 字段 x：reason`. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return p.field ? `${where}: 字段 ${p.field}：${p.reason}` : `${where}: ${p.reason}`;
}

function formatProblems(problems: ContentProblem[]): string {
  const shownMax = 50;
  const lines = problems.slice(0, shownMax).map(formatProblem);
  if (problems.length > shownMax) lines.push(`……另有 ${problems.length - shownMax} 处问题`);
  return `内容有 ${problems.length} 处问题（invalid content）：\n${lines.join('\n')}`;
}
