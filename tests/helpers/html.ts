/** Small readers of built HTML for tests: meta tags, elements by id, JSON-LD, entities decoded. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** [key, content] of every <meta name|property=… content=…>, in order. */
export function metaTags(html: string): [string, string][] {
  return [...html.matchAll(/<meta (name|property)="([^"]*)" content="([^"]*)"\s*\/?>/g)].map((m) => [decodeEntities(m[2]), decodeEntities(m[3])]);
}

export function metaValues(html: string, key: string): string[] {
  return metaTags(html).filter(([k]) => k === key).map(([, v]) => v);
}

/** The text of the element with this id (tags stripped, entities decoded). */
export function textById(html: string, id: string): string | null {
  const m = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? decodeEntities(m[2].replace(/<[^>]+>/g, '')) : null;
}

/** The raw contents of every <script type="application/ld+json">. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

export function canonicalOf(html: string): string | null {
  const m = /<link rel="canonical" href="([^"]*)"/.exec(html);
  return m ? decodeEntities(m[1]) : null;
}
