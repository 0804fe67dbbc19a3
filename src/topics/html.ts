/**
 * Which plain HTML an MDX page (topic or editorial page) may write: an allow-list of elements
 * (text, headings, lists, tables, quotes, links, images) and of attributes (the ones those
 * elements need to mean something, nothing that runs script, restyles the page or reaches the
 * network on its own). Everything else is refused: event handlers (onclick …), style, ping,
 * form and frame attributes, and every attribute with a colon — Astro's directives set:html,
 * set:text, is:raw, client:*, define:vars, class:list … would insert the value as live HTML or
 * ship it as script. Addresses in href/src/srcset/cite go through urls.ts.
 *
 * Pure; imports only urls.ts, so the build's remark plugin can use it as the pre-build check does.
 */
import { unsafeUrl, URL_ATTRIBUTES } from './urls.ts';

/** The HTML elements a page may write (lowercase). docs/topics.md lists them for editors. */
export const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em ' +
    'figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li mark ol p pre q rp rt ruby s samp section small ' +
    'span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/** The attributes a page's HTML may carry (lowercase), on any allowed element; aria-* too. */
export const HTML_ATTRIBUTES = new Set(
  (
    'id class classname title lang dir hidden role translate ' + // any element
    'href hreflang rel target ' + // a
    'src srcset sizes alt width height loading decoding ' + // img
    'cite datetime ' + // blockquote, q, del, ins, time
    'start reversed type value ' + // ol, li
    'colspan rowspan headers scope abbr span ' + // tables
    'open' // details
  ).split(/\s+/),
);

const ARIA = /^aria-[a-z]+$/;

/** An attribute of an MDX JSX element as the parser gives it. */
export interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** Why an attribute is refused, in a few words, or null when it is on the allow-list. */
function attributeRefusal(name: string): string | null {
  if (name.includes(':')) return '带冒号的是 Astro 指令，会把文字当作网页代码或脚本放进页面';
  if (name.startsWith('on')) return '事件属性会执行脚本';
  if (name === 'style') return '会改动页面样式';
  if (HTML_ATTRIBUTES.has(name) || ARIA.test(name)) return null;
  return '不在允许之列';
}

/**
 * Why a lowercase HTML element `name` with `attributes` may not stand in a page (one line, the
 * fix included), or null when it may. Takes the parser's attribute nodes; throws nothing.
 */
export function htmlProblem(name: string, attributes: JsxAttribute[] = []): string | null {
  const lower = name.toLowerCase();
  if (lower.includes(':')) return `页面里不能写 <${name}> 这样带冒号的标签`;
  if (!HTML_ELEMENTS.has(lower)) return `页面里不能写 <${name}> 标签：只能用 p、h2、a、img、ul、table 等排版标签（清单见 docs/topics.md）`;
  for (const attr of attributes) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) return `<${name}> 的属性须写成 名称="值"`;
    const attrName = attr.name.toLowerCase();
    const refusal = attributeRefusal(attrName);
    if (refusal) return `<${name}> 不能带 ${attr.name} 属性（${refusal}），请删去（可用的属性见 docs/topics.md）`;
    const unsafe = URL_ATTRIBUTES.has(attrName) && typeof attr.value === 'string' ? unsafeUrl(attr.value, attrName) : null;
    if (unsafe) return `<${name}> 的 ${attr.name}：${unsafe}`;
    if (attr.value && typeof attr.value === 'object') return `<${name}> 的属性 ${attr.name} 须写成 ${attr.name}="值"`;
  }
  return null;
}

/**
 * Why a component's attribute list may not stand in a page because of an Astro directive (any
 * attribute name with a colon, e.g. <Fragment set:html="…">), or null. For the build's remark
 * plugin, which sees components the pre-build check already refuses by name.
 */
export function directiveProblem(name: string, attributes: JsxAttribute[] = []): string | null {
  const directive = attributes.find((a) => a.name?.includes(':'));
  return directive ? `<${name}> 不能带 ${directive.name} 属性（${attributeRefusal(':')}），请删去` : null;
}
