/**
 * The worker thread that writes a build's search index (background-index.ts): sent the content
 * tree and the index folder, it runs writeArchiveIndex for the build's part (index-part.ts, read
 * from the same environment) and posts each bundle's report, then `done` or the error.
 */
import { parentPort } from 'node:worker_threads';
import { shardScheme } from '../../config.ts';
import { indexPart } from './index-part.ts';
import { writeArchiveIndex } from './write-index.ts';
import type { IndexThreadMessage } from './background-index.ts';

parentPort!.once('message', async ({ contentDir, root }: { contentDir: string; root: string }) => {
  const post = (message: IndexThreadMessage) => parentPort!.postMessage(message);
  try {
    await writeArchiveIndex(contentDir, root, (folder, written) => post({ folder, written }), shardScheme(), indexPart());
    post({ done: true });
  } catch (error) {
    post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
