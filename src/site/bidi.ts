/**
 * Direction controls in the paper's text (U+202A–202E embeddings and overrides, U+2066–2069
 * isolates, LRM, RLM, ALM) are kept in every entry, character for character, but on the site each
 * one is isolated, so it cannot reorder anything around it: a RIGHT-TO-LEFT OVERRIDE in a
 * headline no longer shows the rest of the headline backwards. In HTML text each control stands
 * in an element of its own, <bdi class="bidi-control">, whose end closes whatever the control
 * opened; in text that cannot hold elements (<title>, attribute values, search results) it stands
 * between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. The page's text keeps the character
 * (copying it copies it). Applied to every page by src/middleware.ts. Pure; no imports.
 */

export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ALL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const FSI = '\u2068';
const PDI = '\u2069';

const code = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Plain text with each control isolated (an isolate initiator gets one more PDI, for the isolate it opens). */
export function isolateBidiText(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  return text.replace(ALL, (c) => `${FSI}${c}${PDI}${c >= '\u2066' && c <= '\u2068' ? PDI : ''}`);
}

/** Elements whose content is not text shown as such: left alone (JSON-LD is data; scripts and styles are code). */
const RAW = new Set(['script', 'style', 'textarea', 'template']);

/**
 * A whole HTML page with every control isolated: in text, each in its own <bdi class="bidi-control">;
 * in <title> and attribute values, between FSI and PDI. Markup, scripts and styles are left as
 * they are; a page without controls is given back untouched.
 */
export function isolateBidiHtml(html: string): string {
  if (!BIDI_CONTROLS.test(html)) return html;
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    out += html.slice(i, textEnd).replace(ALL, (c) => `<bdi class="bidi-control" title="${code(c)}">${c}</bdi>`);
    if (lt === -1) break;
    // A comment or doctype passes as it is.
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end === -1 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    const tagEnd = endOfTag(html, lt);
    const tag = html.slice(lt, tagEnd);
    out += tag.replace(/(=\s*)("[^"]*"|'[^']*')/g, (_m, eq: string, value: string) => eq + isolateBidiText(value));
    i = tagEnd;
    const name = /^<([a-zA-Z][\w-]*)/.exec(tag)?.[1].toLowerCase();
    if (name && (RAW.has(name) || name === 'title') && !tag.endsWith('/>')) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      const inner = html.slice(i, stop);
      out += name === 'title' ? isolateBidiText(inner) : inner;
      i = stop;
    }
  }
  return out;
}

/** The index just after the `>` that ends the tag opening at `start`, quotes respected. */
function endOfTag(html: string, start: number): number {
  let quote: string | null = null;
  for (let k = start + 1; k < html.length; k++) {
    const c = html[k];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k + 1;
  }
  return html.length;
}
