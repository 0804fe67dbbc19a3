/** /feed.xml: Atom feed of the newest issues' articles (src/site/feed.ts). */
import { createHash } from 'node:crypto';
import { atomFeed, FEED_ISSUES } from '../site/feed.ts';
import { loadArchive } from '../site/load.ts';
import { href, siteAddress } from '../site/url.ts';

export async function GET() {
  const archive = await loadArchive();
  // A preview build (no SITE_URL) has no address: links are site paths, ids name-based UUIDs of the path.
  const uuid = (path: string) => {
    const h = createHash('sha1').update(`datong-daily-archive:${path}`).digest('hex');
    return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const feed = atomFeed(archive, (path) => siteAddress(path) ?? href(path), FEED_ISSUES, (path) => siteAddress(path) ?? uuid(path));
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
