/** /feed.xml: Atom feed of the newest issues' articles (src/site/feed.ts). */
import type { APIContext } from 'astro';
import { atomFeed } from '../site/feed.ts';
import { loadArchive } from '../site/load.ts';
import { href } from '../site/url.ts';

export async function GET({ site }: APIContext) {
  const archive = await loadArchive();
  const feed = atomFeed(archive, (path) => new URL(href(path), site).href);
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
