// A worker thread: builds the built-in rules once, then lints the batches of
// files the pool sends and posts the outcomes back.
import { parentPort, workerData } from 'node:worker_threads';
import { RuleError, type LintOptions } from './lint.js';
import { lintOneFile, type FileOutcome } from './lint-files.js';
import { builtinRuleMap } from './index.js';

export interface WorkerTask {
  readonly from: number;
  readonly paths: readonly string[];
  /** Per path: found by a directory walk (a binary file is then a warning). */
  readonly walked: readonly boolean[];
}

export type WorkerReply =
  | { readonly from: number; readonly outcomes: readonly FileOutcome[] }
  | { readonly error: string; readonly stack: string; readonly ruleId?: string; readonly originalMessage?: string };

const base = (workerData as { base: LintOptions }).base;
const rules = builtinRuleMap();

parentPort?.on('message', async (task: WorkerTask) => {
  try {
    const outcomes: FileOutcome[] = [];
    for (const [i, path] of task.paths.entries()) outcomes.push(await lintOneFile(path, rules, base, task.walked[i]));
    parentPort!.postMessage({ from: task.from, outcomes } satisfies WorkerReply);
  } catch (error) {
    const err = error as Error;
    const original = error instanceof RuleError && error.original instanceof Error ? error.original : err;
    parentPort!.postMessage({
      error: err?.message ?? String(error),
      stack: original?.stack ?? '',
      ...(error instanceof RuleError ? { ruleId: error.ruleId, originalMessage: original.message } : {}),
    } satisfies WorkerReply);
  }
});
