/**
 * One stored file's text → its data, read exactly as Astro's loaders read it, with a way to find
 * the line of any field for a problem report. No files are opened here.
 */
import { load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './problems.ts';

export interface Parsed {
  data: unknown;
  body?: string;
  /** Line of the file on which the body starts (Markdown entries). */
  bodyLine?: number;
  lineOf: (fieldPath: (string | number)[]) => number | undefined;
}

/**
 * JSON.parse, or why the text is not JSON: the parser's message and, when it gives one, the line
 * (1-based). Pure; never throws. Every stored JSON file (entries, the ledger, the manifest) is
 * read through it, so all say a broken file the same way.
 */
export function readJson(text: string): { data: unknown } | { why: string; line?: number } {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const line = /\bline (\d+)\b/.exec(message)?.[1];
    return { why: `不是有效的 JSON：${message}`, ...(line ? { line: Number(line) } : {}) };
  }
}

/** As Astro's glob loader reads JSON: JSON.parse. Lines of fields come from reading it as YAML. */
export function parseJsonEntry(text: string, file: string, problems: ContentProblem[]): Parsed | null {
  const read = readJson(text);
  if (!('data' in read)) {
    problems.push({ file, line: read.line, reason: read.why });
    return null;
  }
  const { data } = read;
  // Lines are only needed to report a problem: read the text as YAML for them only then.
  let finder: Parsed['lineOf'] | undefined;
  return { data, lineOf: (fieldPath) => (finder ??= lineFinder(text, 0))(fieldPath) };
}

/**
 * As Astro reads Markdown entries: a `---` YAML frontmatter block (parsed as js-yaml does,
 * so an unquoted 2025-12-28 is a date, not a string) and the body after it.
 * Gives null, with the problems pushed, when the file cannot be read.
 */
export function parseMarkdownEntry(text: string, file: string, problems: ContentProblem[]): Parsed | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!match) {
    // An opening --- with no closing one is a different mistake from no block at all.
    if (/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
      const lines = text.split(/\r?\n/);
      // Where the block should have ended: before the first line that cannot be YAML frontmatter (blank line, then text).
      const blank = lines.findIndex((l, i) => i > 0 && l.trim() === '');
      problems.push({
        file,
        line: 1,
        reason: `第 1 行的 --- 打开了元数据块（frontmatter），但没有结尾的 ---${blank > 0 ? `（应在第 ${blank + 1} 行之前）` : ''}：请在元数据的最后一行之后另起一行写 ---`,
      });
    } else {
      problems.push({ file, line: 1, reason: '缺少开头的 --- 元数据块（frontmatter）：文件须以一行 --- 开始，元数据之后再写一行 ---' });
    }
    return null;
  }
  const yamlText = match[1] ?? '';
  const bodyLine = match[0].split('\n').length;
  const body = text.slice(match[0].length);
  // js-yaml first: Astro's own reader, and a tenth of the time of the full document below, which
  // is built only for a block js-yaml refuses (its messages and lines are the ones we report) or
  // when a problem asks for a field's line. Two parses of a 120-issue tree took 4 s (docs/scaling.md).
  let data: unknown;
  try {
    data = loadYaml(yamlText);
  } catch {
    const refused = documentProblems(yamlText, file);
    if (refused.length > 0) {
      problems.push(...refused);
      return null;
    }
    data = parseDocument(yamlText, { customTags: ['timestamp'], uniqueKeys: true }).toJS();
  }
  if (data === undefined) data = null;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 2, reason: '元数据块（frontmatter）应是“字段: 值”的映射' });
    return null;
  }
  let finder: Parsed['lineOf'] | undefined;
  return { data, body, bodyLine, lineOf: (fieldPath) => (finder ??= lineFinder(yamlText, 1))(fieldPath) };
}

/** Why the `yaml` library refuses a frontmatter block, one problem per error (none when it reads it). */
function documentProblems(yamlText: string, file: string): ContentProblem[] {
  const doc = parseDocument(yamlText, { lineCounter: new LineCounter(), customTags: ['timestamp'], uniqueKeys: true });
  return doc.errors.map((error) => ({
    file,
    line: error.linePos ? error.linePos[0].line + 1 : undefined,
    // The YAML library's own position counts from the block, not the file: the file's line is given above.
    reason: `元数据块（frontmatter）不是有效的 YAML：${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
  }));
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
