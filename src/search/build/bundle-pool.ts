/**
 * Writes several bundles at once: each Pagefind bundle is built by one Pagefind process fed by
 * one thread, and the two take turns (one waits while the other works), so a month at a time
 * left a two-core machine half idle. Bundles are independent (each is one month's content), so
 * they are handed out to worker threads, each with its own Pagefind process; what each writes is
 * what writeSearchIndex writes alone (tests/search/build/index-shards.test.ts compares them).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writeSearchIndex, type IndexReport } from './bundle.ts';
import type { DocumentOptions, IndexedArticle } from './document.ts';
import type { IndexedTopic } from './topic-document.ts';

/** One bundle to write: writeSearchIndex's arguments. */
export interface BundleJob {
  articles: IndexedArticle[];
  topics: IndexedTopic[];
  outputPath: string;
  options: DocumentOptions;
}

/** What a worker thread answers for one job (bundle-worker.ts). */
export type WorkerAnswer = { report: IndexReport } | { error: string };

/**
 * Bundles written at once: one per core, at most four. A month bundle of the paper takes about
 * 1.2 GB while Pagefind writes it (docs/scaling.md), so four stay far below a runner's memory.
 */
export function bundleParallelism(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

const WORKER = fileURLToPath(new URL('./bundle-worker.ts', import.meta.url));

/**
 * Writes every job, `parallel` at a time, calling `written` as each is done (in the order they
 * finish). `wider`, when it resolves, raises how many are written at once for the jobs left (the
 * build's index, once the pages no longer need a core: background-index.ts). One job, or a build
 * whose worker file is not on disk (bundled code), is written in this thread. Throws the first
 * failure, with the job's output folder; the other workers are stopped.
 */
export async function writeBundles(
  jobs: BundleJob[],
  written: (job: BundleJob, report: IndexReport) => void,
  parallel: number = bundleParallelism(),
  wider?: Promise<number>,
): Promise<void> {
  const queue = [...jobs];
  const workers: Worker[] = [];
  const threads = Math.min(parallel, jobs.length);
  // One at a time is written in this thread: no copy of the jobs to a worker.
  const runs = existsSync(WORKER) && threads > 1 ? Array.from({ length: threads }, () => inWorker(queue, written, workers)) : [inThread(queue, written)];
  void wider?.then((count) => {
    while (existsSync(WORKER) && runs.length < Math.min(count, jobs.length) && queue.length > 0) runs.push(inWorker(queue, written, workers));
  });
  return waitForAll(runs, queue, workers);
}

/** Writes jobs from `queue` in this thread until it is empty. */
async function inThread(queue: BundleJob[], written: (job: BundleJob, report: IndexReport) => void): Promise<void> {
  for (let job = queue.shift(); job; job = queue.shift()) written(job, await writeSearchIndex(job.articles, job.outputPath, job.options, job.topics));
}

/** Writes jobs from `queue` in a worker thread of its own (listed in `workers`) until it is empty. */
async function inWorker(queue: BundleJob[], written: (job: BundleJob, report: IndexReport) => void, workers: Worker[]): Promise<void> {
  const worker = new Worker(WORKER);
  workers.push(worker);
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const current = job;
      const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(current);
      }).finally(() => worker.removeAllListeners('error').removeAllListeners('message'));
      if ('error' in answer) throw new Error(answer.error);
      written(current, answer.report);
    }
  } finally {
    await worker.terminate();
  }
}

/** Waits for every runner, those `wider` adds meanwhile too; on the first failure empties the queue, stops the workers and throws it. */
async function waitForAll(runs: Promise<void>[], queue: BundleJob[], workers: Worker[]): Promise<void> {
  try {
    // A runner that `wider` added while the others worked is waited for too.
    for (let waited = 0; waited < runs.length; ) {
      waited = runs.length;
      await Promise.all(runs);
    }
  } catch (error) {
    queue.length = 0;
    await Promise.allSettled(workers.map((w) => w.terminate()));
    await Promise.allSettled(runs);
    throw error;
  }
}
