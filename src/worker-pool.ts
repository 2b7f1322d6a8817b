// The main-thread side of worker threads: hands out batches of file indices,
// lints some itself, puts each outcome at its file's index, and rethrows a
// rule failure.
import { Worker } from 'node:worker_threads';
import { lintBatch, type FileJob, type FileOutcome } from './lint-files.js';
import type { SourceOptions } from './sources.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export class WorkerFailure extends Error {
  constructor(message: string, workerStack: string) {
    super(message);
    // --debug prints `stack`: show where it failed in the worker.
    this.stack = workerStack || this.stack;
  }
}

/**
 * What a worker runs. Inside the command line's bundle, scripts/bundle.mjs
 * defines BUNDLED_WORKER_ENTRY as bin/worker.js, which loads the bundle with
 * V8's code cache as the main thread does: the unbundled modules took ~45 ms
 * longer to load and compile per thread. Elsewhere it is the entry beside this file.
 */
declare const BUNDLED_WORKER_ENTRY: string | undefined;
const WORKER_ENTRY =
  typeof BUNDLED_WORKER_ENTRY === 'string' ? new URL(BUNDLED_WORKER_ENTRY, import.meta.url) : new URL('./worker-entry.js', import.meta.url);

/** Batches a worker has queued at once, so it never waits for this thread to hand out the next. */
const IN_FLIGHT = 2;

/**
 * Worker threads started ahead of the files they will lint: a worker takes
 * ~100 ms to load its modules and rules, which it can do while this thread
 * still reads the configs.
 */
export class WorkerPool {
  readonly workers: readonly Worker[];
  /** Why a worker failed or stopped before it was closed; checked before the pool is used. */
  failure: unknown;
  private closed = false;

  constructor(
    size: number,
    /** What the workers were started with; files are linted here with the same. */
    readonly sourceOptions: SourceOptions,
  ) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_ENTRY, { workerData: { sourceOptions } });
      worker.on('error', (error) => (this.failure ??= error));
      worker.on('exit', (code) => {
        if (!this.closed) this.failure ??= new Error(`a worker thread exited with code ${code}`);
      });
      return worker;
    });
  }

  close(): void {
    this.closed = true;
    for (const worker of this.workers) void worker.terminate();
  }
}

/**
 * Lints the jobs on this thread and the pool's workers. This
 * thread would otherwise only wait, and one worker fewer is one JIT fewer to
 * warm up. It takes smaller batches and yields between them, so the workers'
 * replies (and their next batches) are handled promptly.
 */
export function lintOnWorkers(jobs: readonly FileJob[], pool: WorkerPool, batch: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const take = (size: number): [number, number] | null => {
    if (next >= jobs.length) return null;
    const from = next;
    next = Math.min(jobs.length, next + size);
    return [from, next];
  };
  return new Promise((resolve, reject) => {
    const inFlight = new Map<Worker, number>();
    let failed = false;
    let hereDone = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      pool.close();
      reject(error);
    };
    const finishIfDone = () => {
      if (failed || !hereDone || [...inFlight.values()].some((n) => n > 0) || next < jobs.length) return;
      pool.close();
      resolve(outcomes);
    };
    const feed = (worker: Worker) => {
      while ((inFlight.get(worker) ?? 0) < IN_FLIGHT) {
        const range = take(batch);
        if (!range) break;
        const files = jobs.slice(range[0], range[1]).map(({ path, options, walked }) => ({ path, options, walked }));
        worker.postMessage({ from: range[0], files } satisfies WorkerTask);
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
      }
    };
    if (pool.failure) return fail(pool.failure);
    for (const worker of pool.workers) {
      inFlight.set(worker, 0);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return fail(new WorkerFailure(reply.error, reply.stack));
        reply.outcomes.forEach((outcome, j) => (outcomes[reply.from + j] = outcome));
        inFlight.set(worker, inFlight.get(worker)! - 1);
        feed(worker);
        finishIfDone();
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !failed && (inFlight.get(worker) ?? 0) > 0) fail(new Error(`a worker thread exited with code ${code}`));
      });
      feed(worker);
    }
    const lintHere = async () => {
      for (let range = take(Math.max(1, batch >> 2)); range && !failed; range = take(Math.max(1, batch >> 2))) {
        const linted = await lintBatch(jobs.slice(range[0], range[1]), pool.sourceOptions);
        for (let j = 0; j < linted.length; j++) outcomes[range[0] + j] = linted[j]!;
        await new Promise((done) => setImmediate(done));
      }
      hereDone = true;
      finishIfDone();
    };
    lintHere().catch(fail);
  });
}
