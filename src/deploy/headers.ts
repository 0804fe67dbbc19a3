/**
 * The headers docs/deploy.md tells staff to set on their host, in one place: content types by
 * extension (with the ones hosts lack: .jsonl, .csv, .bib, .ris, .wasm), the strict
 * Content-Security-Policy the site is built to run under, and which files may be gzipped.
 * The static host (static-host.ts) sends exactly these; Cache-Control is in cache.ts.
 */
import path from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** The content type of a file of the site, by extension; application/octet-stream for the rest (Pagefind's chunks). */
export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Text worth compressing, as docs/deploy.md asks hosts to (gzip or brotli). */
export function compressible(file: string): boolean {
  const type = contentType(file);
  return type.includes('charset=utf-8') || type === 'image/svg+xml';
}

/**
 * What the archive's pages need to run: own scripts and workers only, WebAssembly for Pagefind;
 * forms submit only to the site, and no other site may frame it (docs/deploy.md §3).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Directives a <meta http-equiv="Content-Security-Policy"> cannot carry (CSP Level 3, §6.1): browsers ignore them there. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** A policy without the directives a meta tag cannot carry. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !HEADER_ONLY.has(d.split(/\s+/)[0].toLowerCase()))
    .join('; ');
}

/**
 * The same policy in every page's <head>, for hosts that cannot send headers (GitHub Pages,
 * plain object storage): all of it but what only a header can say (frame-ancestors).
 */
export const META_CONTENT_SECURITY_POLICY = metaPolicy(CONTENT_SECURITY_POLICY);

/** Sent with every answer of the host. */
export const SITE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};
