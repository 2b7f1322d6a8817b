// The command line's bundle as the build leaves it: one CommonJS file run as a
// vm script with the code V8 compiled for it (bin/bundle.js, scripts/bundle.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
});
