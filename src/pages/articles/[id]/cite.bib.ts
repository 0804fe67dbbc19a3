/** /articles/<id>/cite.bib: the article as a BibLaTeX entry (src/cite/bibtex.ts). */
import type { APIContext } from 'astro';
import { articleCitation } from '../../../cite/article.ts';
import { bibtex } from '../../../cite/bibtex.ts';
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
  return new Response(bibtex(record), { headers: { 'Content-Type': contentType('cite.bib') } });
}
