// The main-thread side of worker threads: hands out batches of file indices,
// puts each outcome at its file's index, and rethrows a rule failure.
import { Worker } from 'node:worker_threads';
import type { FileJob, FileOutcome } from './lint-files.js';
import type { SourceOptions } from './sources.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export class WorkerFailure extends Error {
  constructor(message: string, workerStack: string) {
    super(message);
    // --debug prints `stack`: show where it failed in the worker.
    this.stack = workerStack || this.stack;
  }
}

export function lintOnWorkers(
  jobs: readonly FileJob[],
  sourceOptions: SourceOptions,
  threads: number,
  batch: number,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  let running = threads;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next >= jobs.length) {
        void worker.terminate();
        if (--running === 0) resolve(outcomes);
        return;
      }
      const from = next;
      next = Math.min(jobs.length, next + batch);
      const files = jobs.slice(from, next).map(({ path, options, walked }) => ({ path, options, walked }));
      const task: WorkerTask = { from, files };
      worker.postMessage(task);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { sourceOptions } });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return fail(new WorkerFailure(reply.error, reply.stack));
        reply.outcomes.forEach((outcome, j) => (outcomes[reply.from + j] = outcome));
        feed(worker);
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !failed && next < jobs.length) fail(new Error(`a worker thread exited with code ${code}`));
      });
      feed(worker);
    }
  });
}
