/**
 * The search page's side of the search worker (worker.ts): starts it, asks it, and hands back
 * its answers. Also what other pages of the site use to ask the search something without the
 * results list: `histogram()` gives a query's hits by month (hitsByYear() adds them up by year).
 */
import type { ExportedFile, ExportRequest, MonthHits, SearchRequest, SearchResponse, WorkerReply, WorkerRequest } from './protocol.ts';

export type { MonthHits };

type Waiting = {
  resolve: (r: never) => void;
  reject: (e: Error) => void;
  progress?: (done: number, total: number) => void;
  partial?: (response: SearchResponse) => void;
};

export class SearchClient {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, Waiting>();
  private readonly bundles: string[];
  /** Called once the worker has the index open (after prepare()). */
  onReady: (() => void) | null = null;

  /** `bundles`: the search page's data-bundles (Pagefind bundle URLs, newest month first). */
  constructor(bundles: string[]) {
    this.bundles = bundles;
  }

  /** Starts the worker and has it open the index while the reader is still typing. */
  prepare(): void {
    this.worker ??= this.start();
    const message: WorkerRequest = { id: ++this.next, bundles: this.bundles, request: null };
    this.worker.postMessage(message);
  }

  private start(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = this.waiting.get(reply.id);
      if ('progress' in reply) {
        waiting?.progress?.(reply.progress.done, reply.progress.total);
        return;
      }
      if ('partial' in reply) {
        waiting?.partial?.(reply.partial);
        return;
      }
      this.waiting.delete(reply.id);
      if ('ready' in reply) {
        this.onReady?.();
        return;
      }
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(('response' in reply ? reply.response : 'file' in reply ? reply.file : reply.histogram) as never);
    };
    worker.onerror = () => {
      for (const w of this.waiting.values()) w.reject(new Error('检索程序未能启动'));
      this.waiting.clear();
      this.worker = null;
    };
    return worker;
  }

  private ask<T>(message: Omit<WorkerRequest, 'id' | 'bundles'>, listeners: Pick<Waiting, 'progress' | 'partial'> = {}): Promise<T> {
    this.worker ??= this.start();
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (r: never) => void, reject, ...listeners });
      this.worker!.postMessage({ ...message, id, bundles: this.bundles } satisfies WorkerRequest);
    });
  }

  /**
   * The reader is typing `query`: the worker fetches what planning it needs, so that the search
   * once submitted starts from there. Nothing comes back.
   */
  warm(query: string): void {
    if (!query) return;
    this.worker ??= this.start();
    const message: WorkerRequest = { id: ++this.next, bundles: this.bundles, request: { query, filters: {}, sort: 'relevance', offset: 0, limit: 0 }, warm: true };
    this.worker.postMessage(message);
  }

  /** Stops the worker; waiting requests are refused. The next request starts a new one. */
  close(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const w of this.waiting.values()) w.reject(new Error('检索已停止'));
    this.waiting.clear();
  }

  /**
   * One page of results. `partial` is told the page's first results while the search goes on
   * (relevance over month bundles: SearchResponse.partial), never after the page itself.
   */
  search(request: SearchRequest, partial?: (response: SearchResponse) => void): Promise<SearchResponse> {
    return this.ask({ request }, { partial });
  }

  /** Every result of a request as a file (export-file.ts); `progress` is told as their records load. */
  exportFile(request: Omit<SearchRequest, 'offset' | 'limit'>, exported: ExportRequest, progress: (done: number, total: number) => void): Promise<ExportedFile> {
    return this.ask({ request: { ...request, offset: 0, limit: 0 }, export: exported }, { progress });
  }

  /**
   * A query's hits month by month, oldest first (months with none left out): exact where known,
   * else null with at most so many. Opens no month bundle on a month-sharded site (the term
   * directory answers).
   */
  histogram(request: Omit<SearchRequest, 'offset' | 'limit' | 'sort'>): Promise<MonthHits[]> {
    return this.ask({ request: { ...request, sort: 'relevance', offset: 0, limit: 0 }, histogram: true });
  }
}

/** Hits by year from hits by month: a year's count is exact when every month of it is. */
export function hitsByYear(months: MonthHits[]): { year: string; count: number | null; atMost: number }[] {
  const years = new Map<string, { year: string; count: number | null; atMost: number }>();
  for (const { month, count, atMost } of months) {
    const year = month.slice(0, 4);
    const y = years.get(year) ?? { year, count: 0, atMost: 0 };
    y.count = y.count === null || count === null ? null : y.count + count;
    y.atMost += atMost;
    years.set(year, y);
  }
  return [...years.values()];
}
