/** /data/<file>: the corpus downloads (src/data/downloads.ts). */
import type { APIContext } from 'astro';
import { loadDownloads } from '../../data/load.ts';
import { contentType } from '../../deploy/headers.ts';

export function getStaticPaths() {
  return loadDownloads().files.map((f) => ({ params: { file: f.name } }));
}

export function GET({ params }: APIContext) {
  const file = loadDownloads().files.find((f) => f.name === params.file)!;
  return new Response(file.text, { headers: { 'Content-Type': contentType(file.name) } });
}
