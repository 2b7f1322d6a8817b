// Loads the command line from its one-file CommonJS bundle (dist/bundle/cli.cjs,
// built by scripts/bundle.mjs) together with the code V8 compiled for it at build
// time (cli.cache). Compiling the bundle's functions afresh was ~25 ms of every
// start; with the cache V8 reads them instead. A cache this Node cannot use
// (another version, other V8 flags) is ignored, and the bundle compiles as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const BUNDLE = new URL('../dist/bundle/cli.cjs', import.meta.url);
export const CODE_CACHE = new URL('../dist/bundle/cli.cache', import.meta.url);

/** Runs the bundle's module code; returns its exports and the script (to save its compiled code). */
export function loadBundle({ useCache = true } = {}) {
  const filename = fileURLToPath(BUNDLE);
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CODE_CACHE);
    } catch {
      // No cache built: compile as usual.
    }
  }
  // CommonJS's parameters, plus the bundle's own URL (modules find their data files
  // from it) and import() for the packages it loads lazily: a vm script has none.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __bundleUrl, __bundleImport) {${readFileSync(filename, 'utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename), BUNDLE.href, (specifier) => import(specifier));
  return { exports: module.exports, script };
}
