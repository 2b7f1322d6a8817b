// The command line's bundle as the build leaves it: one CommonJS file run as a
// vm script with the code V8 compiled for it (bin/bundle.js, scripts/bundle.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { WorkerReply } from '../src/worker.js';

const loader = new URL('../bin/bundle.js', import.meta.url).href;

function inFreshNode(code: string): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const { loadBundle } = await import(${JSON.stringify(loader)});\n${code}`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

describe('the command-line bundle', () => {
  it('is run with the code cache the build made, which this node accepts', () => {
    // false: accepted; true: rejected; undefined: no cache was found.
    expect(inFreshNode('console.log(String(loadBundle().script.cachedDataRejected));')).toBe('false');
  });

  it('runs without the cache too, exporting main', () => {
    expect(inFreshNode("const { exports, script } = loadBundle({ useCache: false }); console.log(typeof exports.main, String(script.cachedDataRejected));")).toBe('function undefined');
  });

  it('keeps no import() of its own: a vm script could not run one', () => {
    const bundle = readFileSync(new URL('../dist/bundle/cli.cjs', import.meta.url), 'utf8');
    expect(bundle).not.toMatch(/\bimport\s*\(/);
    expect(bundle).toContain('__bundleImport(');
  });

  it('starts its worker threads from bin/worker.js, which loads the bundle; outside the bundle they start from dist/src/worker-entry.js', async () => {
    const bundle = readFileSync(new URL('../dist/bundle/cli.cjs', import.meta.url), 'utf8');
    expect(bundle).toContain('new URL("../../bin/worker.js"');
    const draft = fileURLToPath(new URL('../fixtures/drafts/sv-kollega.txt', import.meta.url));
    for (const entry of ['../bin/worker.js', '../dist/src/worker-entry.js']) {
      const worker = new Worker(new URL(entry, import.meta.url), { workerData: { sourceOptions: {} } });
      try {
        const reply = await new Promise<WorkerReply>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ from: 3, files: [{ path: draft, options: {}, walked: false }] });
        });
        expect(reply).toMatchObject({ from: 3 });
        const outcome = 'outcomes' in reply ? reply.outcomes[0] : undefined;
        expect(outcome && 'results' in outcome ? outcome.results[0]!.messages.map((m) => m.ruleId) : reply).toContain('blame-shifting');
      } finally {
        await worker.terminate();
      }
    }
  });
});
