/**
 * The reading stages of the ingest over all the pages of a run: lines → reflow → layout →
 * blocks (readBlocks), then items (stage 5), whose names printed apart on any page help split
 * run-together names on every page. A large run is read on two threads (the machine and CI have
 * two cores): a worker thread (read-pages-worker.ts) reads the later pages while this thread
 * reads the earlier ones. The stages are pure and the halves are put back in page order, so the
 * result is the one reading them one after another here gives (tests/ingest/read-pages.test.ts).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { toBlocks, type Block } from './blocks.ts';
import { toItems, type Item } from './items.ts';
import { readLayout, type PageLayout } from './layout.ts';
import { toLines, type Line } from './lines.ts';
import { parseDateline, ROLE_WORDS } from './patterns.ts';
import { reflow } from './reflow.ts';

/**
 * The reading stages for one page's text, as the ingest runs them: lines → reflow → (layout) →
 * blocks. Takes decoded text; gives the source lines, the reflowed lines, the page's layout
 * habits and the blocks. Pure; never throws.
 */
export function readBlocks(text: string): { sourceLines: Line[]; lines: Line[]; layout: PageLayout; blocks: Block[] } {
  const sourceLines = toLines(text);
  const lines = reflow(sourceLines);
  const layout = readLayout(lines);
  return { sourceLines, lines, layout, blocks: toBlocks(lines, layout) };
}

/** Names that some byline or dateline prints with spaces around them, to split run-together ones; in the order first printed. */
export function namesPrintedApart(blocks: Block[]): Set<string> {
  const names = new Set<string>();
  const roles = new RegExp(ROLE_WORDS.join('|'), 'g');
  const add = (credits: string) => {
    for (const token of credits.replace(roles, ' ').split(/[\s\u3000]+/)) {
      if (/^[\u4e00-\u9fff]{2,3}$/.test(token) && !/^(本报|新华社)$/.test(token)) names.add(token);
    }
  };
  for (const b of blocks) {
    if (b.type === 'byline') add(b.text);
    if (b.type === 'paragraph') {
      const credits = parseDateline(b.text)?.credits;
      if (credits) add(credits);
    }
  }
  return names;
}

export interface PagesRead {
  /** Per page, in the order given: its source lines and its reflowed lines. */
  lines: Array<{ sourceLines: Line[]; lines: Line[] }>;
  /** Per page, in the order given: its items. Throws what the items stage throws (it never does). */
  items(): Item[][];
  /** How many pages' items the worker thread read (0 when all were read here), once items() has run. */
  readByWorker(): number;
}

/**
 * Pages this long in all (characters), and a second core, and the later half goes to a worker
 * thread: below it, starting the thread (0.3 s of loading the ingest's modules) costs more than
 * it saves. 120 synthetic issues are about 5 million characters.
 */
export const THREADS_FROM = 1_000_000;

/**
 * Reads every page's text through the reading stages. `threads`: true reads the later half on a
 * worker thread, false reads everything here; by default, a worker when the pages are long
 * enough (THREADS_FROM) and the machine has two cores. A worker that fails or cannot start
 * leaves its half to this thread: the result is the same either way.
 */
export function readPages(texts: string[], options: { threads?: boolean } = {}): PagesRead {
  const threads = options.threads ?? (os.availableParallelism() > 1 && texts.reduce((n, t) => n + t.length, 0) >= THREADS_FROM);
  const split = threads && texts.length > 1 ? Math.ceil(texts.length / 2) : texts.length;
  const later = texts.slice(split);
  const helper = later.length ? startHelper(later) : null;
  try {
    const own = texts.slice(0, split).map(readBlocks);
    let laterRead = helper ? null : later.map(readBlocks);
    // The helper's pages are read here only as far as their lines, which the dates and the
    // nothing-lost check need: cheaper than sending them back.
    const laterLines = laterRead ?? later.map(linesOf);
    const knownNames = namesPrintedApart(own.flatMap((r) => r.blocks));
    let laterNames = helper?.names() ?? null;
    if (laterNames === null) {
      laterRead ??= later.map(readBlocks);
      laterNames = [...namesPrintedApart(laterRead.flatMap((r) => r.blocks))];
    }
    for (const name of laterNames) knownNames.add(name);
    const pending = laterRead === null ? helper!.items(knownNames) : null;
    let byWorker = 0;
    return {
      lines: [...own, ...laterLines].map(({ sourceLines, lines }) => ({ sourceLines, lines })),
      items: () => {
        const ownItems = own.map((r) => itemsOf(r, knownNames));
        let laterItems = pending?.() ?? null;
        if (laterItems !== null) byWorker = laterItems.length;
        else {
          laterRead ??= later.map(readBlocks);
          laterItems = laterRead.map((r) => itemsOf(r, knownNames));
        }
        return [...ownItems, ...laterItems];
      },
      readByWorker: () => byWorker,
    };
  } catch (error) {
    helper?.stop();
    throw error;
  }
}

function linesOf(text: string): { sourceLines: Line[]; lines: Line[] } {
  const sourceLines = toLines(text);
  return { sourceLines, lines: reflow(sourceLines) };
}

function itemsOf(read: { blocks: Block[]; layout: PageLayout }, knownNames: ReadonlySet<string>): Item[] {
  return toItems(read.blocks, { knownNames, layout: read.layout });
}

/** What the worker thread sends: its pages' names, then their items; or why it stopped. */
export type HelperMessage = { names: string[] } | { items: Item[][] } | { error: string };

/** The signal the two threads wait on: the step each has reached (index 0: the worker's, 1: this thread's). */
export const STEP = { names: 1, items: 2, failed: 3 } as const;

const WORKER = fileURLToPath(new URL('./read-pages-worker.ts', import.meta.url));
/** How long this thread waits for the worker before reading its half itself. */
const PATIENCE_MS = 120_000;

interface Helper {
  texts: string[];
  /** The names the worker's pages print apart, or null when it failed (its half is then read here). */
  names(): string[] | null;
  /** Sends the names of all pages; gives a function that waits for the worker's items (null when it failed). */
  items(knownNames: Set<string>): () => Item[][] | null;
  stop(): void;
}

function startHelper(texts: string[]): Helper | null {
  if (!existsSync(WORKER)) return null;
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER, { workerData: { texts, port: port2, signal: signal.buffer }, transferList: [port2] });
  } catch {
    return null;
  }
  // Never keeps the ingest's process alive, and never stops it: its failures come as messages.
  worker.unref();
  port1.unref();
  worker.on('error', () => {});
  const stop = () => {
    port1.close();
    void worker.terminate();
  };
  const answer = (step: number): HelperMessage | null => {
    const message = waitFor(signal, port1, step);
    if (message === null || 'error' in message) {
      stop();
      return null;
    }
    return message;
  };
  return {
    texts,
    names: () => {
      const message = answer(STEP.names);
      return message && 'names' in message ? message.names : null;
    },
    items: (knownNames) => {
      port1.postMessage([...knownNames]);
      Atomics.store(signal, 1, STEP.names);
      Atomics.notify(signal, 1);
      return () => {
        const message = answer(STEP.items);
        stop();
        return message && 'items' in message ? message.items : null;
      };
    },
    stop,
  };
}

/** Waits until the worker has reached `step` (or failed, or PATIENCE_MS passed) and takes its message. */
function waitFor(signal: Int32Array, port: MessagePort, step: number): HelperMessage | null {
  const deadline = Date.now() + PATIENCE_MS;
  for (let now = Date.now(); now < deadline; now = Date.now()) {
    const reached = Atomics.load(signal, 0);
    if (reached >= step) return (receiveMessageOnPort(port)?.message as HelperMessage | undefined) ?? null;
    Atomics.wait(signal, 0, reached, deadline - now);
  }
  return null;
}
