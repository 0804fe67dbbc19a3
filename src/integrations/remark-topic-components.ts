/**
 * Remark plugin for the MDX pages staff write. Adds to each of our components what only the
 * source knows, as props the component reads:
 *   _src     `file:line` of the tag, so a component that cannot render says where it was written;
 *   _inline  present when the tag stands inside a sentence (a card becomes a link, not a box);
 *   _text    the plain text of an <引文>, which the quote component locates in the article.
 * The tags themselves were checked before the build (src/topics/check.ts); a link or image whose
 * address is not http(s), mailto or the site's own (src/topics/urls.ts), or HTML outside the
 * allow-list (src/topics/html.ts: set:html and every other Astro directive, event handlers …),
 * or code MDX would run at build time (import/export, `{…}` expressions, attributes given as
 * expressions: mdx-references.ts codeProblem), stops the build here too, with file and line, so
 * even a bare `astro build` never runs an editor's code or emits live script.
 */
import path from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { codeProblem, plainText } from '../topics/mdx-references.ts';
import { directiveProblem, htmlProblem } from '../topics/html.ts';
import { unsafeUrl, URL_ATTRIBUTES } from '../topics/urls.ts';
import { EDITORIAL_COMPONENTS, TOPIC_COMPONENTS } from '../topics/vocabulary.ts';

interface JsxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name: string; value: string | null }[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

const OURS = new Set([...Object.keys(TOPIC_COMPONENTS), ...Object.keys(EDITORIAL_COMPONENTS)]);
const NAMES = [...OURS].join('、');

export function remarkTopicComponents() {
  return (tree: Node, file: { path?: string }) => {
    const relative = file.path ? path.relative(process.cwd(), file.path) : '';
    const where = !file.path ? 'MDX' : relative.startsWith('..') || path.isAbsolute(relative) ? file.path : relative;
    visit(tree, (found) => {
      const node = found as JsxNode;
      const code = codeProblem(node as Parameters<typeof codeProblem>[0], NAMES);
      if (code) throw new Error(`${where}:${node.position?.start.line ?? '?'}: ${code}`);
      const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      const addresses = (['link', 'image', 'definition'].includes(node.type) && typeof node.url === 'string' ? [['href', node.url]] : []).concat(
        jsx ? (node.attributes ?? []).filter((a) => URL_ATTRIBUTES.has(String(a.name).toLowerCase()) && typeof a.value === 'string').map((a) => [String(a.name).toLowerCase(), a.value!]) : [],
      );
      for (const [attribute, url] of addresses) {
        const unsafe = unsafeUrl(url, attribute);
        if (unsafe) throw new Error(`${where}:${node.position?.start.line ?? '?'}: ${unsafe}`);
      }
      if (jsx && node.name && !OURS.has(node.name)) {
        // Plain HTML by the same allow-list as the pre-build check; any other component at least without Astro directives.
        const unsafe = /^[a-z]/.test(node.name) ? htmlProblem(node.name, node.attributes) : directiveProblem(node.name, node.attributes);
        if (unsafe) throw new Error(`${where}:${node.position?.start.line ?? '?'}: ${unsafe}`);
      }
      if (!jsx || !node.name || !OURS.has(node.name)) return;
      const attributes = node.attributes ?? [];
      const add = (name: string, value: string | null) => attributes.push({ type: 'mdxJsxAttribute', name, value });
      add('_src', `${where}:${node.position?.start.line ?? '?'}`);
      if (node.type === 'mdxJsxTextElement') add('_inline', null);
      if (node.name === '引文') add('_text', plainText(node as Parameters<typeof plainText>[0]).trim());
      node.attributes = attributes;
    });
  };
}
