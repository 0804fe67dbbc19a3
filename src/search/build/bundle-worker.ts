/**
 * A worker thread of bundle-pool.ts: writes each bundle it is sent with writeSearchIndex (its
 * own Pagefind process, started on the first bundle) and answers with the report or the error.
 */
import { parentPort } from 'node:worker_threads';
import { writeSearchIndex } from './bundle.ts';
import type { BundleJob, WorkerAnswer } from './bundle-pool.ts';

parentPort!.on('message', async (job: BundleJob) => {
  let answer: WorkerAnswer;
  try {
    answer = { report: await writeSearchIndex(job.articles, job.outputPath, job.options, job.topics) };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
});
