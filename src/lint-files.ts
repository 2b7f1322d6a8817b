// Lints many files, on worker threads when there are enough of them to pay
// for the threads' start-up (~60 ms each). Results come back in file order,
// whatever order the threads finish in, so output is deterministic.
import { availableParallelism } from 'node:os';
import type { LintResult, Rule } from './types.js';
import { lintDocument, RuleError, type LintOptions } from './lint.js';
import { InputError, readSourceFileOrBinary as readSourceFile } from './input.js';
import { formatOf } from './input-format.js';

export type Concurrency = number | 'auto';

/** One file's outcome: a result, or a one-line problem (unreadable, binary). */
export type FileOutcome = { readonly result: LintResult } | { readonly problem: string } | { readonly warning: string };

/** Below this many files one thread is faster: starting a worker costs more than it saves. */
export const THREAD_THRESHOLD = 1500;
/** Files handed to a worker at a time: large enough to amortise messages, small enough to balance. */
const BATCH = 64;

export interface LintFilesOptions {
  readonly concurrency?: Concurrency;
  /** False when the rules are not the built-in set (a worker can only rebuild those). */
  readonly workersAllowed?: boolean;
  /** Files found by a directory walk: a binary one is skipped with a warning, not an error. */
  readonly walked?: ReadonlySet<string>;
}

/** How many threads `auto` or N means for this many files. */
export function threadCount(concurrency: Concurrency, files: number): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files));
  if (files < THREAD_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(files / BATCH)));
}

export async function lintFiles(
  paths: readonly string[],
  rules: ReadonlyMap<string, Rule<any>>,
  base: LintOptions,
  options: LintFilesOptions = {},
): Promise<FileOutcome[]> {
  const threads = options.workersAllowed === false ? 1 : threadCount(options.concurrency ?? 'auto', paths.length);
  if (threads <= 1) {
    const out: FileOutcome[] = [];
    for (const path of paths) out.push(await lintOneFile(path, rules, base, options.walked?.has(path) ?? false));
    return out;
  }
  const { lintOnWorkers } = await import('./worker-pool.js');
  return lintOnWorkers(paths, base, threads, BATCH, options.walked ?? new Set());
}

/** Reads and lints one file; input problems become outcomes, rule failures throw. */
export async function lintOneFile(
  path: string,
  rules: ReadonlyMap<string, Rule<any>>,
  base: LintOptions,
  walked = false,
): Promise<FileOutcome> {
  let text: string;
  try {
    const file = readSourceFile(path);
    if (file.binary) return walked ? { warning: `${path}: skipped, binary file` } : { problem: `${path}: is a binary file, not text` };
    text = file.text;
  } catch (error) {
    if (error instanceof InputError) return { problem: error.message };
    throw error;
  }
  return { result: await lintDocument(text, rules, { ...base, filePath: path, ...formatOf(path) }) };
}

export { RuleError };
