// Temporary projects for end-to-end config and plugin tests: a folder of
// files, and the compiled CLI spawned inside it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const repoRoot = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const bin = join(repoRoot, 'bin/replylint.js');

/** Writes `files` (path → text; objects are written as JSON) into a new temporary folder. */
export function project(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-project-'));
  for (const [path, content] of Object.entries(files)) write(dir, path, content);
  return dir;
}

export function write(dir: string, path: string, content: string | object): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

/** Copies a plugin from fixtures/plugins into the project's node_modules. */
export function installFixturePlugin(dir: string, fixture: string, as = fixture): void {
  cpSync(join(repoRoot, 'fixtures/plugins', fixture), join(dir, 'node_modules', as), { recursive: true });
}

/** node_modules/replylint → this repository, as `npm install replylint` would give a consumer. */
export function linkReplylint(dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(repoRoot, join(dir, 'node_modules', 'replylint'), 'dir');
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(cwd: string, args: readonly string[], input = '', nodeArgs: readonly string[] = []): RunResult {
  const result = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonMessage {
  readonly ruleId: string;
  readonly severity: number;
  readonly message: string;
  readonly range: [number, number];
  readonly suggestions: { desc: string; text: string }[];
}

export interface JsonResult {
  readonly filePath: string;
  readonly language: { code: string; source: string };
  readonly messages: JsonMessage[];
  readonly suppressedMessages: JsonMessage[];
}

/** Runs with --format json and returns the parsed results. */
export function lintJson(cwd: string, args: readonly string[], input = ''): { code: number | null; results: JsonResult[]; stderr: string } {
  const result = run(cwd, ['--format', 'json', ...args], input);
  let results: JsonResult[] = [];
  try {
    results = JSON.parse(result.stdout) as JsonResult[];
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout}\n${result.stderr}`);
  }
  return { code: result.code, results, stderr: result.stderr };
}

export const ids = (result: JsonResult | undefined) => (result?.messages ?? []).map((m) => m.ruleId);
