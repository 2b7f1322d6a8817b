// A worker thread: builds the built-in rules once, then lints the batches of
// files the pool sends and posts the outcomes back.
import { parentPort, workerData } from 'node:worker_threads';
import type { LintOptions } from './lint.js';
import { lintOneFile, type FileOutcome } from './lint-files.js';
import { builtinRuleMap } from './index.js';

export interface WorkerTask {
  readonly from: number;
  readonly paths: readonly string[];
}

export type WorkerReply = { readonly from: number; readonly outcomes: readonly FileOutcome[] } | { readonly error: string; readonly stack: string };

const base = (workerData as { base: LintOptions }).base;
const rules = builtinRuleMap();

parentPort?.on('message', async (task: WorkerTask) => {
  try {
    const outcomes: FileOutcome[] = [];
    for (const path of task.paths) outcomes.push(await lintOneFile(path, rules, base));
    parentPort!.postMessage({ from: task.from, outcomes } satisfies WorkerReply);
  } catch (error) {
    const err = error as Error & { original?: unknown };
    const original = err.original instanceof Error ? err.original : err;
    parentPort!.postMessage({ error: err.message ?? String(error), stack: original.stack ?? '' } satisfies WorkerReply);
  }
});
