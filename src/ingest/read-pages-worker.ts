/**
 * The worker thread of readPages (read-pages.ts): reads the later half of a run's pages, sends
 * the names they print apart, waits for the names of all pages, then sends their items. Waits
 * and answers without an event loop (a shared signal and the port read directly), because the
 * ingest that started it is waiting the same way. Any failure is sent as a message: the ingest
 * then reads this half itself.
 */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';

const { texts, port, signal } = workerData as { texts: string[]; port: MessagePort; signal: SharedArrayBuffer };
const steps = new Int32Array(signal);
/** The ingest's wait for a message can outlast any reasonable reading; past this, stop. */
const PATIENCE_MS = 120_000;
/** STEP.failed of read-pages.ts, known here even when that module could not be loaded. */
const FAILED = 3;

function send(step: number, message: unknown): void {
  port.postMessage(message);
  Atomics.store(steps, 0, step);
  Atomics.notify(steps, 0);
}

try {
  const { readBlocks, namesPrintedApart, STEP } = await import('./read-pages.ts');
  const { toItems } = await import('./items.ts');
  const read = texts.map(readBlocks);
  send(STEP.names, { names: [...namesPrintedApart(read.flatMap((r) => r.blocks))] });
  if (Atomics.wait(steps, 1, 0, PATIENCE_MS) === 'timed-out' && Atomics.load(steps, 1) === 0) throw new Error('no names came');
  const knownNames = new Set(receiveMessageOnPort(port)!.message as string[]);
  send(STEP.items, { items: read.map((r) => toItems(r.blocks, { knownNames, layout: r.layout })) });
} catch (error) {
  send(FAILED, { error: String((error as Error)?.stack ?? error) });
}
