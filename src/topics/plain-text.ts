/**
 * A topic's words as a reader sees them, for the search index: the prose, headings, list items
 * and quotes of the MDX body, one string per block, without comments, code or tags. Cards,
 * timelines and lists contribute nothing here (the articles they show are indexed themselves).
 */
import { createProcessor } from '@mdx-js/mdx';

interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
}

const processor = createProcessor({ format: 'mdx' });

/** Blocks whose text is one unit: a paragraph, a heading, a table cell, a quote's text. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const FLOW = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'code', 'mdxJsxFlowElement', 'mdxFlowExpression', 'thematicBreak']);
/** Nothing a reader reads: comments and expressions, code, import/export. */
const SKIP = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'code', 'html']);

function inline(node: Node): string {
  if (SKIP.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(inline).join('');
}

export function topicPlainText(body: string): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (SKIP.has(node.type)) return;
    // A component written on one line (<引文 …>原文</引文>) holds its text without a paragraph.
    const phrasingOnly = node.type === 'mdxJsxFlowElement' && (node.children ?? []).every((c) => !FLOW.has(c.type));
    if (BLOCKS.has(node.type) || phrasingOnly) {
      const text = inline(node).replace(/\s+/gu, ' ').trim();
      if (text) out.push(text);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(processor.parse(body) as unknown as Node);
  return out;
}
