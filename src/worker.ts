// A worker thread's work: builds the built-in rules once, then lints the
// batches of files the pool sends and posts the outcomes back. Started from
// worker-entry.js, or from bin/worker.js inside the command line's bundle.
import { parentPort, workerData } from 'node:worker_threads';
import type { LintOptions } from './lint.js';
import { lintBatch, type FileOutcome } from './lint-files.js';
import { builtinRuleMap } from './index.js';
import type { SourceOptions } from './sources.js';

/** One file as the pool sends it: its options are plain data, so they cross the thread boundary. */
export interface WorkerFile {
  readonly path: string;
  readonly options: Omit<LintOptions, 'filePath'>;
  readonly walked: boolean;
}

export interface WorkerTask {
  readonly from: number;
  readonly files: readonly WorkerFile[];
}

export type WorkerReply = { readonly from: number; readonly outcomes: readonly FileOutcome[] } | { readonly error: string; readonly stack: string };

/** Answers the pool's tasks on this worker thread until it is terminated. */
export function serveBatches(): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches runs on a worker thread');
  const { sourceOptions } = workerData as { sourceOptions: SourceOptions };
  const rules = builtinRuleMap();
  port.on('message', async (task: WorkerTask) => {
    try {
      const outcomes: FileOutcome[] = await lintBatch(
        task.files.map((file) => ({ ...file, rules })),
        sourceOptions,
      );
      port.postMessage({ from: task.from, outcomes } satisfies WorkerReply);
    } catch (error) {
      const err = error as Error;
      port.postMessage({ error: err?.message ?? String(error), stack: err?.stack ?? '' } satisfies WorkerReply);
    }
  });
}
