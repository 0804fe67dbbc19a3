/**
 * Reads an MDX page's body the way the site's MDX compiler will (same parser) and lists what it
 * refers to: the articles its cards, quotes and timelines cite, the authors and columns its lists
 * name, each with the line it is written on. Also lists what is wrong in a way an editor can
 * fix: syntax errors, unknown components or attributes, malformed values.
 *
 * Pure: takes the text, returns values. Whether the ids exist is checked against the content
 * tree by check.ts.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Node as UnistNode } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { articleId as articleIdSchema } from '../schema/entries.ts';
import { htmlProblem } from './html.ts';
import { unsafeUrl } from './urls.ts';
import type { ComponentSpec } from './vocabulary.ts';

export type Reference =
  | { kind: 'card'; line: number; id: string }
  | { kind: 'quote'; line: number; id: string; block: number | null; text: string }
  | { kind: 'timeline'; line: number; ids: string[] }
  | {
      kind: 'list';
      line: number;
      author: string | null;
      column: string | null;
      from: string | null;
      to: string | null;
      limit: number | null;
    };

export interface BodyProblem {
  line?: number;
  reason: string;
}

export interface BodyReading {
  references: Reference[];
  problems: BodyProblem[];
}

/** The mdast nodes this module looks at (MDX's own types, narrowed to what is used). */
interface Node {
  type: string;
  name?: string | null;
  /** The address of a link, image or link reference definition. */
  url?: string;
  value?: unknown;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

const processor = createProcessor({ format: 'mdx' });

/** The plain text inside a node: what a quote says. Paragraphs are joined by line breaks. */
export function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  const children = node.children ?? [];
  const sep = children.some((c) => c.type === 'paragraph') ? '\n' : '';
  return children.map(plainText).join(sep);
}

/** Nodes other than text and simple emphasis inside a quote: components, code, lists … */
function foreignIn(node: Node): Node | undefined {
  for (const child of node.children ?? []) {
    if (!['text', 'paragraph', 'emphasis', 'strong', 'break'].includes(child.type)) return child;
    const inner = foreignIn(child);
    if (inner) return inner;
  }
  return undefined;
}

/** A string attribute's value; `{3}` and `{"…"}` are accepted as the same as "3" and "…". */
function attributeValue(attr: Attribute): string | null {
  const v = attr.value;
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && v.type === 'mdxJsxAttributeValueExpression') {
    const source = v.value.trim();
    if (/^\d+$/.test(source)) return source;
    const quoted = /^(["'])(.*)\1$/su.exec(source);
    if (quoted) return quoted[2];
  }
  return null;
}

export const ID_LIST_SEPARATORS = /[\s,，、;；]+/u;

const DAY_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function positiveInteger(value: string): number | null {
  return /^[1-9]\d*$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** `{/* … *\/}`: the one expression editors write. Anything else would run as code at build time. */
const isComment = (source: string) => /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/u.test(source);

/**
 * Code in an MDX page, which MDX would run at build time (reading the build machine's
 * environment, writing live HTML): import/export, a `{…}` expression other than a comment, an
 * attribute given as an expression or spread. Takes one node of the MDX tree; gives the reason
 * to refuse it, in the words staff read, or null. The pre-build check (readMdxBody) and the
 * build's remark plugin (src/integrations/remark-topic-components.ts) both refuse by it.
 */
export function codeProblem(node: { type: string; value?: unknown; attributes?: { type: string; value?: unknown }[] }, names: string): string | null {
  if (node.type === 'mdxjsEsm') return `页面里不能写 import 或 export：可用的组件（${names}）已经备好，直接写即可`;
  if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(String(node.value ?? ''))) {
    return '大括号 { } 里只能写注释 {/* … */}；要原样显示 {，请写成 \\{';
  }
  const attributes = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node.attributes ?? []) : [];
  if (attributes.some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && a.value !== undefined && typeof a.value !== 'string'))) {
    return '标签的属性须写成 名称="值"：大括号 { } 里的代码会在构建时运行，不能用';
  }
  return null;
}

/** A CommonMark autolink (`<https://…>`, `<mailto:…>`), which MDX does not have: it reads `<` as a tag. */
const AUTOLINK = /<((?:https?:\/\/|mailto:|www\.)[^\s<>]*)>/i;

const isComponentName = (name: string) => !/^[a-z]/.test(name) && !name.includes('-') && !name.includes('.');

/**
 * Reads `body` (an MDX page without its frontmatter) whose first line is line `firstLine` of the
 * file, allowing the components in `vocabulary`.
 */
export function readMdxBody(body: string, firstLine: number, vocabulary: Record<string, ComponentSpec>): BodyReading {
  const references: Reference[] = [];
  const problems: BodyProblem[] = [];
  const fileLine = (line: number | undefined) => (line === undefined ? undefined : line + firstLine - 1);
  const names = Object.keys(vocabulary).join('、');

  let tree: Node;
  try {
    tree = processor.parse(body) as unknown as Node;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    // An unclosed tag's error carries its place only in the text: "… `<div>` (3:1-3:6)".
    const line = e.line ?? Number(/\((\d+):\d+-\d+:\d+\)$/.exec(e.reason ?? '')?.[1] ?? NaN);
    const known = Number.isInteger(line) && line > 0;
    const autolink = known ? AUTOLINK.exec(body.split('\n')[line - 1] ?? '') : null;
    problems.push({
      line: known ? fileLine(line) : undefined,
      reason: autolink
        ? `MDX 语法错误：尖括号里的网址 <${autolink[1]}> 不能这样写，请写成 [链接文字](${autolink[1].replace(/^www\./i, 'https://www.')})`
        : `MDX 语法错误：${e.reason ?? e.message}` +
          '（正文里的 < 和 { 有特殊含义：要原样显示，请写成 \\< 和 \\{；组件须写成 <名称 属性="值" /> 或 <名称 …>…</名称>）',
    });
    return { references, problems };
  }

  /** Each node in document order; a component, an expression or import/export is read whole, not entered. */
  const check = (node: Node): typeof SKIP | undefined => {
    const line = fileLine(node.position?.start.line);
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const code = codeProblem(node as Parameters<typeof codeProblem>[0], names);
      if (code) problems.push({ line, reason: code });
      return code ? SKIP : undefined;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isComponentName(node.name)) {
      readComponent(node, line);
      return SKIP;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const unsafe = htmlProblem(node.name, node.attributes);
      if (unsafe) problems.push({ line, reason: unsafe });
    }
    // [文字](地址), ![](地址) and reference links' [名]: 地址 — the parser has decoded entities in them.
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      const unsafe = unsafeUrl(node.url);
      if (unsafe) problems.push({ line, reason: unsafe });
    }
    return undefined;
  };

  const readComponent = (node: Node, line: number | undefined) => {
    const name = node.name!;
    const spec = vocabulary[name];
    if (!spec) {
      problems.push({ line, reason: `没有名为 <${name}> 的组件。可用的组件：${names}` });
      return;
    }
    const where = `<${name}>`;
    const attrs = new Map<string, string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        problems.push({ line, reason: `${where} 的属性须写成 名称="值"` });
        continue;
      }
      if (!(attr.name in spec.attributes)) {
        const known = Object.keys(spec.attributes);
        problems.push({
          line,
          reason: `${where} 没有属性 ${attr.name}。${known.length ? `可用的属性：${known.join('、')}` : '它不带属性'}（用法：${spec.usage}）`,
        });
        continue;
      }
      const value = attributeValue(attr);
      if (value === null) {
        problems.push({ line, reason: `${where} 的属性 ${attr.name} 须写成 ${attr.name}="值"（用法：${spec.usage}）` });
        continue;
      }
      attrs.set(attr.name, value.trim());
    }
    let missing = false;
    for (const [attr, required] of Object.entries(spec.attributes)) {
      if (required && !attrs.has(attr)) {
        problems.push({ line, reason: `${where} 缺少属性 ${attr}（用法：${spec.usage}）` });
        missing = true;
      }
    }
    const children = node.children ?? [];
    if (spec.children === 'none' && children.length > 0) {
      problems.push({ line, reason: `${where} 不包含内容，请写成自闭合的形式（用法：${spec.usage}）` });
    }
    const foreign = spec.children === 'text' ? foreignIn(node) : undefined;
    if (foreign) {
      problems.push({ line: fileLine(foreign.position?.start.line) ?? line, reason: `${where} 里只能写引文的文字，不能再放组件、列表或代码` });
    }
    if (missing) return;
    readReference(name, attrs, node, line);
  };

  const checkId = (id: string, line: number | undefined, where: string): boolean => {
    if (articleIdSchema.safeParse(id).success) return true;
    problems.push({ line, reason: `${where} 的稿件号 “${id}” 格式不对：稿件号形如 2025-12-28-01-03（期号-版次-版内序号）` });
    return false;
  };

  const readReference = (name: string, attrs: Map<string, string>, node: Node, line: number | undefined) => {
    const lineNo = line ?? 0;
    switch (name) {
      case '稿件': {
        const id = attrs.get('id')!;
        if (checkId(id, line, '<稿件>')) references.push({ kind: 'card', line: lineNo, id });
        return;
      }
      case '引文': {
        const id = attrs.get('id')!;
        const rawBlock = attrs.get('段');
        const block = rawBlock === undefined ? null : positiveInteger(rawBlock);
        if (rawBlock !== undefined && block === null) {
          problems.push({ line, reason: `<引文> 的 段="${rawBlock}" 须是段落编号，如 段="3"（稿件页上 #p-3 的 3）` });
          return;
        }
        if (checkId(id, line, '<引文>')) references.push({ kind: 'quote', line: lineNo, id, block, text: plainText(node).trim() });
        return;
      }
      case '时间线': {
        const ids = attrs.get('稿件')!.split(ID_LIST_SEPARATORS).filter(Boolean);
        if (ids.length === 0) {
          problems.push({ line, reason: '<时间线> 的 稿件="…" 里没有稿件号' });
          return;
        }
        const seen = new Set<string>();
        for (const id of ids) {
          if (seen.has(id)) problems.push({ line, reason: `<时间线> 里稿件 ${id} 写了两次` });
          seen.add(id);
        }
        if (ids.every((id) => checkId(id, line, '<时间线>'))) references.push({ kind: 'timeline', line: lineNo, ids: [...seen] });
        return;
      }
      case '稿件列表': {
        const author = attrs.get('作者') || null;
        const column = attrs.get('栏目') || null;
        if ((author === null) === (column === null)) {
          problems.push({ line, reason: '<稿件列表> 须写 作者="…" 或 栏目="…"，二者选一' });
          return;
        }
        const from = attrs.get('从') || null;
        const to = attrs.get('到') || null;
        for (const [attr, value] of [['从', from], ['到', to]] as const) {
          if (value !== null && !DAY_PREFIX.test(value)) {
            problems.push({ line, reason: `<稿件列表> 的 ${attr}="${value}" 须是日期，如 2025、2025-12 或 2025-12-28` });
            return;
          }
        }
        const rawLimit = attrs.get('最多');
        const limit = rawLimit === undefined ? null : positiveInteger(rawLimit);
        if (rawLimit !== undefined && limit === null) {
          problems.push({ line, reason: `<稿件列表> 的 最多="${rawLimit}" 须是正整数，如 最多="10"` });
          return;
        }
        references.push({ kind: 'list', line: lineNo, author, column, from, to, limit });
        return;
      }
      default:
        // Components without references (editorial ones) need nothing more.
        return;
    }
  };

  visit(tree as UnistNode, (node) => check(node as Node));
  return { references, problems };
}

/** Every article a page cites by id (cards, quotes, timelines), in the order first cited. */
export function citedIds(references: Reference[]): string[] {
  const ids = new Set<string>();
  for (const ref of references) {
    if (ref.kind === 'card' || ref.kind === 'quote') ids.add(ref.id);
    if (ref.kind === 'timeline') ref.ids.forEach((id) => ids.add(id));
  }
  return [...ids];
}
