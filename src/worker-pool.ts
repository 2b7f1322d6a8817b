// The main-thread side of worker threads: hands out batches of file indices,
// lints some itself, puts each outcome at its file's index, and rethrows a
// rule failure.
import { Worker } from 'node:worker_threads';
import { lintOneFile, type FileJob, type FileOutcome } from './lint-files.js';
import type { SourceOptions } from './sources.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export class WorkerFailure extends Error {
  constructor(message: string, workerStack: string) {
    super(message);
    // --debug prints `stack`: show where it failed in the worker.
    this.stack = workerStack || this.stack;
  }
}

/** Batches a worker has queued at once, so it never waits for this thread to hand out the next. */
const IN_FLIGHT = 2;

/**
 * Lints the jobs on `threads` threads: this one and `threads - 1` workers. This
 * thread would otherwise only wait, and one worker fewer is one JIT fewer to
 * warm up. It takes smaller batches and yields between them, so the workers'
 * replies (and their next batches) are handled promptly.
 */
export function lintOnWorkers(
  jobs: readonly FileJob[],
  sourceOptions: SourceOptions,
  threads: number,
  batch: number,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const take = (size: number): [number, number] | null => {
    if (next >= jobs.length) return null;
    const from = next;
    next = Math.min(jobs.length, next + size);
    return [from, next];
  };
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const inFlight = new Map<Worker, number>();
    let failed = false;
    let hereDone = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const finishIfDone = () => {
      if (failed || !hereDone || [...inFlight.values()].some((n) => n > 0) || next < jobs.length) return;
      for (const w of workers) void w.terminate();
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
    for (let i = 0; i < threads - 1; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { sourceOptions } });
      workers.push(worker);
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
        for (let j = range[0]; j < range[1]; j++) outcomes[j] = await lintOneFile(jobs[j]!, sourceOptions);
        await new Promise((done) => setImmediate(done));
      }
      hereDone = true;
      finishIfDone();
    };
    lintHere().catch(fail);
  });
}
