/**
 * Checks a built site folder the way a reader's browser would meet it: every internal
 * href/src/action resolves to a file (and its #fragment to an id), every page says
 * lang="zh-CN", and every page can be reached by following links from the home page — but the
 * pages of retired article ids (data-retired-id, src/views/RetiredView.astro), which answer old
 * links from elsewhere and are linked from nowhere on the site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeBase } from '../site/url.ts';

export interface LinkProblem {
  /** Page the link is on, relative to the site folder. */
  page: string;
  kind: 'broken-link' | 'missing-fragment' | 'outside-base' | 'no-trailing-slash' | 'lang' | 'unreachable';
  target: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

const ATTRIBUTE = /\s(?:href|src|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** The URL path a file is served at: a/index.html → <base>a/ */
function pageUrl(base: string, file: string): string {
  return base + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

export function checkLinks(siteDir: string, basePath = '/'): LinkReport {
  const root = path.resolve(siteDir);
  if (!fs.existsSync(root)) throw new Error(`${siteDir}: no such folder (build the site first: npm run build)`);
  const base = normalizeBase(basePath);
  const files = htmlFiles(root);
  const problems: LinkProblem[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      const html = fs.readFileSync(path.join(root, file), 'utf8');
      ids = new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? m[2])));
      idCache.set(file, ids);
    }
    return ids;
  };
  /** The file a URL path is served from, or a problem kind. */
  const resolve = (pathname: string): { file: string } | { problem: LinkProblem['kind'] } => {
    if (!pathname.startsWith(base)) return { problem: 'outside-base' };
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return { problem: 'broken-link' };
    }
    const candidate = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    const full = path.resolve(root, candidate);
    if (full !== root && !full.startsWith(root + path.sep)) return { problem: 'outside-base' };
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return { file: candidate };
    if (fs.existsSync(path.join(full, 'index.html'))) return { problem: 'no-trailing-slash' };
    return { problem: 'broken-link' };
  };

  const linksFrom = new Map<string, string[]>();
  const retired = new Set<string>();
  let links = 0;
  for (const file of files) {
    const html = fs.readFileSync(path.join(root, file), 'utf8');
    if (/\sdata-retired-id=/.test(html)) retired.add(file);
    if (!/<html\b[^>]*\slang\s*=\s*["']zh-CN["']/i.test(html)) problems.push({ page: file, kind: 'lang', target: '<html lang>' });
    const here = new URL(pageUrl(base, file), 'http://archive.invalid');
    const targets: string[] = [];
    for (const m of html.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(m[1] ?? m[2]).trim();
      if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
      links++;
      const url = new URL(raw, here);
      const resolved = resolve(url.pathname);
      if ('problem' in resolved) {
        problems.push({ page: file, kind: resolved.problem, target: raw });
        continue;
      }
      if (resolved.file.endsWith('.html')) targets.push(resolved.file);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && resolved.file.endsWith('.html') && !idsOf(resolved.file).has(fragment)) {
        problems.push({ page: file, kind: 'missing-fragment', target: raw });
      }
    }
    linksFrom.set(file, targets);
  }

  // every page but the 404 page must be reachable from the home page
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length) {
    for (const next of linksFrom.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  for (const file of files) {
    if (file !== '404.html' && !retired.has(file) && !seen.has(file)) problems.push({ page: file, kind: 'unreachable', target: 'index.html' });
  }
  return { pages: files.length, links, problems };
}
