/** /data/<file>: the corpus downloads (src/data/downloads.ts). */
import type { APIContext } from 'astro';
import { loadDownloads } from '../../data/load.ts';

const TYPES: Record<string, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function getStaticPaths() {
  return loadDownloads().files.map((f) => ({ params: { file: f.name } }));
}

export function GET({ params }: APIContext) {
  const file = loadDownloads().files.find((f) => f.name === params.file)!;
  return new Response(file.text, { headers: { 'Content-Type': TYPES[file.name.split('.').pop()!] } });
}
