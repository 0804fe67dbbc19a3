/**
 * What `astro dev` needs to serve files the build writes beside the pages (page images and PDFs,
 * page texts) that Astro itself does not know: a middleware answering their addresses from the
 * content tree, read afresh on each request.
 */
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { contentType } from '../deploy/headers.ts';
import { withBase } from '../site/url.ts';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/**
 * Serves, under the site's `base`, each address whose file name matches `name`: `answer` takes
 * the address inside the site (`issues/2025-12-28/01/dtrb-2025-12-28-01.txt`) and the response
 * with its Content-Type set, and gives false when it has nothing there (the request goes on to
 * Astro). Never throws for an address it does not serve.
 */
export function serveInDev(server: DevServer, base: string, name: RegExp, answer: (target: string, res: ServerResponse) => boolean): void {
  const prefix = withBase(base, '/');
  server.middlewares.use((req, res, next) => {
    const url = decodeURI((req.url ?? '').split('?')[0]);
    if (!url.startsWith(prefix) || !name.test(path.posix.basename(url))) return next();
    const target = url.slice(prefix.length);
    res.setHeader('Content-Type', contentType(target));
    if (!answer(target, res)) {
      res.removeHeader('Content-Type');
      next();
    }
  });
}
