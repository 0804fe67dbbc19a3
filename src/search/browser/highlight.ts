/**
 * Marks a search's phrases on the article page it led to (?hl=<query>), with the same folding
 * and phrase rules as the search itself, so 臺灣 marks 台湾 and a hit may run across a link
 * inside a paragraph (a linked reporter's name). Only text nodes are split and wrapped; the
 * article's own markup is never re-parsed.
 */
import { findHits, hitRanges } from '../shared/match.ts';
import { parseQuery, type Phrase } from '../shared/query.ts';
import { textUnits } from '../shared/units.ts';

const BLOCK = 'p,h1,h2,h3,h4,h5,h6,li,dd,dt,td,th,figcaption,blockquote,pre,div,section,article,header,footer,main,aside,nav';
const SKIP = 'script,style,noscript,template,textarea,mark,[data-search-skip]';

/** Text nodes under `scope`, grouped by the block they sit in. */
function textBlocks(scope: Element): Text[][] {
  const blocks: Text[][] = [];
  let lastBlock: Element | null = null;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) || !node.nodeValue ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = node.parentElement!.closest(BLOCK);
    if (block !== lastBlock || blocks.length === 0) blocks.push([]);
    blocks[blocks.length - 1].push(node);
    lastBlock = block;
  }
  return blocks;
}

function wrap(node: Text, start: number, end: number): HTMLElement {
  const hit = node.splitText(start);
  hit.splitText(end - start);
  const mark = document.createElement('mark');
  mark.className = 'search-hit';
  hit.replaceWith(mark);
  mark.append(hit);
  return mark;
}

/** Marks every hit of `phrases` inside `scopes`; returns the marks in document order. */
export function markPhrases(scopes: Element[], phrases: Phrase[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const scope of scopes) {
    for (const nodes of textBlocks(scope)) {
      const text = nodes.map((n) => n.nodeValue).join('');
      const units = textUnits(text);
      const ranges = hitRanges(units, findHits(units, phrases));
      if (ranges.length === 0) continue;
      // Cut each range into per-node pieces, then wrap from the end so offsets stay valid.
      const pieces: { node: Text; start: number; end: number }[] = [];
      let offset = 0;
      for (const node of nodes) {
        const length = node.nodeValue!.length;
        for (const [s, e] of ranges) {
          const start = Math.max(s, offset) - offset;
          const end = Math.min(e, offset + length) - offset;
          if (end > start) pieces.push({ node, start, end });
        }
        offset += length;
      }
      const made = pieces.reverse().map((p) => wrap(p.node, p.start, p.end));
      marks.push(...made.reverse());
    }
  }
  return marks;
}

/** Removes the marks again, joining the text back together. */
export function unmark(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

/** Runs on the article page: reads ?hl=, marks, tells the reader, offers to clear. */
export function highlightFromAddress(): void {
  const query = new URLSearchParams(location.search).get('hl');
  if (!query) return;
  const phrases = parseQuery(query);
  const declared = [...document.querySelectorAll('[data-search-text]')].filter(
    (el, _, all) => !all.some((other) => other !== el && other.contains(el)),
  );
  const scopes = declared.length ? declared : [document.querySelector('article') ?? document.querySelector('main') ?? document.body];
  const marks = markPhrases(scopes, phrases);
  if (marks.length === 0 || phrases.length === 0) return;

  const note = document.createElement('p');
  note.className = 'search-hit-note';
  note.setAttribute('role', 'status');
  note.setAttribute('data-search-skip', '');
  const terms = phrases.map((p) => `“${p.text}”`).join(' ');
  note.append(`已标出检索词 ${terms}，共 ${marks.length} 处。`);
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = '取消标记';
  clear.addEventListener('click', () => {
    unmark(marks);
    note.remove();
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    history.replaceState(history.state, '', url);
  });
  note.append(' ', clear);
  scopes[0].before(note);
  if (!location.hash) marks[0].scrollIntoView({ block: 'center' });
}
