/** /articles/<id>/cite.ris: the article as a RIS record (src/cite/ris.ts). */
import type { APIContext } from 'astro';
import { articleCitation } from '../../../cite/article.ts';
import { ris } from '../../../cite/ris.ts';
import { loadArchive } from '../../../site/load.ts';
import { contentType } from '../../../deploy/headers.ts';
import { articleKey } from '../../../site/cache-keys.ts';
import { siteAddress } from '../../../site/url.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  // The citation is made from the article, its page and issue: the article page's key (cache-keys.ts).
  return [...archive.articleById.keys()].map((id) => ({ params: { id }, cacheKey: articleKey(archive, id) }));
}

export async function GET({ params }: APIContext) {
  const archive = await loadArchive();
  // A preview build (no SITE_URL) makes up no address: the record then has no url.
  const { record } = articleCitation(archive, params.id!, siteAddress);
  return new Response(ris(record), { headers: { 'Content-Type': contentType('cite.ris') } });
}
