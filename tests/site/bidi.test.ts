/** Direction controls isolated on the site's pages (src/site/bidi.ts), every character kept. */
import { describe, expect, it } from 'vitest';
import { isolateBidiHtml, isolateBidiText } from '../../src/site/bidi.ts';

const RLO = '\u202E';

describe('isolateBidiHtml', () => {
  it('puts each control of the text in an element of its own, and leaves a page without any untouched', () => {
    const page = `<h1 id="headline">冰雪文化节开幕${RLO}式盛大举行</h1>`;
    expect(isolateBidiHtml(page)).toBe(`<h1 id="headline">冰雪文化节开幕<bdi class="bidi-control" title="U+202E">${RLO}</bdi>式盛大举行</h1>`);
    const plain = '<p title="a">冰雪</p>';
    expect(isolateBidiHtml(plain)).toBe(plain);
  });

  it('isolates with FSI…PDI inside <title> and attribute values, and leaves scripts and styles alone', () => {
    const page = `<title>开幕${RLO}式</title><meta name="description" content="开幕${RLO}式"><script type="application/ld+json">{"h":"${RLO}"}</script><style>/* ${RLO} */</style><p data-x='${RLO}'>a &gt; b</p>`;
    expect(isolateBidiHtml(page)).toBe(
      `<title>开幕\u2068${RLO}\u2069式</title><meta name="description" content="开幕\u2068${RLO}\u2069式"><script type="application/ld+json">{"h":"${RLO}"}</script><style>/* ${RLO} */</style><p data-x='\u2068${RLO}\u2069'>a &gt; b</p>`,
    );
  });

  it('keeps every character: removing what it added gives the page back', () => {
    const page = `<!doctype html><html><head><title>x${RLO}y</title></head><body><p class="a" title="${RLO}">甲${RLO}乙\u2066丙\u2069丁<!-- ${RLO} --></p><a href="/x">${RLO}</a></body></html>`;
    const back = isolateBidiHtml(page)
      .replace(/<bdi class="bidi-control" title="U\+[0-9A-F]{4}">(.)<\/bdi>/gu, '$1')
      .replace(/\u2068(.)\u2069\u2069?/gu, '$1');
    expect(back).toBe(page);
  });

  it('gives an isolate initiator in plain text one more PDI, closing the isolate it opens', () => {
    expect(isolateBidiText('甲\u2067乙')).toBe('甲\u2068\u2067\u2069\u2069乙');
  });
});
