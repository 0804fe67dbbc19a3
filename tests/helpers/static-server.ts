/**
 * The built site served for browser tests by the same static host as `npm run preview`
 * (src/deploy/static-host.ts), on 127.0.0.1 under the site's base path.
 */
import { startStaticHost } from '../../src/deploy/static-host.ts';

export interface StaticServer {
  /** Origin + base path, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

export function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  return startStaticHost({ dir, base });
}
