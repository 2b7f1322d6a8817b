// Lints many files, on worker threads when there are enough of them to pay
// for the threads' start-up (~60 ms each). Results come back in file order,
// whatever order the threads finish in, so output is deterministic.
import { availableParallelism } from 'node:os';
import type { LintResult, Rule } from './types.js';
import { RuleError, type LintOptions } from './lint.js';
import { InputError, readSourceFileOrBinary } from './input.js';
import { lintSource, type SourceOptions } from './sources.js';
import type { WorkerPool } from './worker-pool.js';

export type Concurrency = number | 'auto';

/** One file's outcome: its results (a collection has several), or a one-line problem or warning. */
export type FileOutcome =
  | { readonly results: readonly LintResult[] }
  | { readonly problem: string }
  | { readonly warning: string };

/** A file to lint with the rules and options its config gives it. */
export interface FileJob {
  readonly path: string;
  readonly rules: ReadonlyMap<string, Rule<any>>;
  readonly options: Omit<LintOptions, 'filePath'>;
  /** Found by a directory walk: a binary file is then skipped with a warning, not an error. */
  readonly walked: boolean;
  /** How a rule failure is described (names the plugin); the default names the rule. */
  readonly describeRuleError?: (error: RuleError) => string;
}

/** Below this many files one thread is faster: starting a worker costs more than it saves. */
export const THREAD_THRESHOLD = 1500;
/** Files handed to a worker at a time: large enough to amortise messages, small enough to balance. */
const BATCH = 64;

export interface LintFilesOptions {
  readonly concurrency?: Concurrency;
  /** False when some file's rules are not the built-in set (a worker can only rebuild those). */
  readonly workersAllowed?: boolean;
  readonly sourceOptions?: SourceOptions;
  /** Workers started ahead (`startWorkerPool`); closed, and not used, when they do not fit this run. */
  readonly pool?: WorkerPool;
}

/** How many threads `auto` or N means for this many files. */
export function threadCount(concurrency: Concurrency, files: number): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files));
  if (files < THREAD_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(files / BATCH)));
}

export async function lintFiles(jobs: readonly FileJob[], options: LintFilesOptions = {}): Promise<FileOutcome[]> {
  const threads = options.workersAllowed === false ? 1 : threadCount(options.concurrency ?? 'auto', jobs.length);
  const sourceOptions = options.sourceOptions ?? {};
  let pool = options.pool;
  if (pool && (pool.workers.length !== threads - 1 || pool.sourceOptions !== sourceOptions)) {
    pool.close();
    pool = undefined;
  }
  if (threads <= 1) {
    const out: FileOutcome[] = [];
    for (let from = 0; from < jobs.length; from += BATCH) for (const outcome of await lintBatch(jobs.slice(from, from + BATCH), sourceOptions)) out.push(outcome);
    return out;
  }
  const { lintOnWorkers, WorkerPool } = await import('./worker-pool.js');
  return lintOnWorkers(jobs, pool ?? new WorkerPool(threads - 1, sourceOptions), BATCH);
}

/**
 * Starts the workers that `lintFiles` will want for this many files, so they
 * load while the caller reads configs; undefined when one thread will do.
 */
export async function startWorkerPool(concurrency: Concurrency, files: number, sourceOptions: SourceOptions = {}): Promise<WorkerPool | undefined> {
  const threads = threadCount(concurrency, files);
  if (threads <= 1) return undefined;
  const { WorkerPool } = await import('./worker-pool.js');
  return new WorkerPool(threads - 1, sourceOptions);
}

/** Text read ahead of its lint at most: small files are read together, a large one about alone. */
const READ_AHEAD_CHARS = 1 << 20;

/**
 * Reads files, then lints them, a run at a time; input problems and rule
 * failures become outcomes. Reading them back to back keeps the system calls'
 * code and data in the CPU's caches: read between two lints, a file took
 * several times as long to open and read. A run ends at ~1 MB of text, so a
 * folder of large mailbox exports is not held in memory at once.
 */
export async function lintBatch(jobs: readonly FileJob[], sourceOptions: SourceOptions = {}): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (let from = 0; from < jobs.length; ) {
    const read: (string | FileOutcome)[] = [];
    for (let chars = 0; from + read.length < jobs.length && chars < READ_AHEAD_CHARS; ) {
      const text = readJob(jobs[from + read.length]!);
      read.push(text);
      if (typeof text === 'string') chars += text.length;
    }
    for (let j = 0; j < read.length; j++) {
      const text = read[j]!;
      outcomes.push(typeof text === 'string' ? await lintRead(jobs[from + j]!, text, sourceOptions) : text);
    }
    from += read.length;
  }
  return outcomes;
}

/** The file's text, or the outcome that stands for it when it is binary or cannot be read. */
function readJob(job: FileJob): string | FileOutcome {
  try {
    const file = readSourceFileOrBinary(job.path);
    if (!file.binary) return file.text;
    return job.walked ? { warning: `${job.path}: skipped, binary file` } : { problem: `${job.path}: is a binary file, not text` };
  } catch (error) {
    if (error instanceof InputError) return { problem: error.message };
    throw error;
  }
}

async function lintRead(job: FileJob, text: string, sourceOptions: SourceOptions): Promise<FileOutcome> {
  try {
    return { results: await lintSource(text, job.path, job.rules, job.options, sourceOptions) };
  } catch (error) {
    // One rule failing on one file is reported; the other files are still linted and printed.
    if (!(error instanceof RuleError)) throw error;
    return { problem: `${job.path}: ${(job.describeRuleError ?? describeRuleError)(error)}` };
  }
}

export function describeRuleError(error: RuleError): string {
  const cause = error.original instanceof Error ? error.original.message : String(error.original);
  return `rule ${error.ruleId} threw: ${cause.split('\n')[0]}`;
}
