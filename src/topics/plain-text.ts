/**
 * A topic's words as a reader sees them, for the search index: the prose, headings, list items
 * and quotes of the MDX body, one string per block, without comments, code or tags. Cards,
 * timelines and lists contribute nothing here (the articles they show are indexed themselves).
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Node as UnistNode } from 'unist';
import { SKIP as SKIP_CHILDREN, visit } from 'unist-util-visit';

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
  visit(processor.parse(body) as UnistNode, (found) => {
    const node = found as Node;
    if (SKIP.has(node.type)) return SKIP_CHILDREN;
    // A component written on one line (<引文 …>原文</引文>) holds its text without a paragraph.
    const phrasingOnly = node.type === 'mdxJsxFlowElement' && (node.children ?? []).every((c) => !FLOW.has(c.type));
    if (BLOCKS.has(node.type) || phrasingOnly) {
      const text = inline(node).replace(/\s+/gu, ' ').trim();
      if (text) out.push(text);
      return SKIP_CHILDREN;
    }
    return undefined;
  });
  return out;
}
