// The command line as one CommonJS file, dist/bundle/cli.cjs: Node resolves,
// reads and compiles ~50 files and commander's CommonJS at every start
// otherwise, which is most of what a short draft waits for. bin/bundle.js runs
// it as a vm script with the code V8 compiled for it here (cli.cache, saved by
// code-cache.mjs), which an ES module cannot be given. Its worker threads load
// it the same way (bin/worker.js); the library (dist/src/index.js) stays
// unbundled. All run the same compiled code.
//
// Modules find their data beside them (`new URL('./', import.meta.url)` in each
// rule); in the bundle each such URL is rewritten to where that module's file
// is, relative to the bundle, so dist/rules/<id>/*.json are read as before.
// import() of a package or a plugin becomes the loader's __bundleImport: a vm
// script has no import() of its own without an experimental flag.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Loaded only on the paths that need them (franc, cosmiconfig, chalk, postal-mime) or at build time only. */
const keepExternal = (dependencies) => Object.keys(dependencies).filter((name) => name !== 'commander');

/** import() of anything but a relative path (which esbuild bundles): packages, and plugins by file URL. */
const OUTSIDE_IMPORT = /\bimport\((?!['"]\.)/g;

export async function bundleCli(root) {
  const rootPath = fileURLToPath(root);
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
  const outdir = `${rootPath}dist/bundle`;
  const outfile = `${outdir}/cli.cjs`;
  await build({
    entryPoints: [`${rootPath}dist/src/cli.js`],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: keepExternal(pkg.dependencies),
    // Workers started from the bundle load the bundle too (bin/worker.js), relative to dist/src/worker-pool.js.
    define: { BUNDLED_WORKER_ENTRY: JSON.stringify('../../bin/worker.js') },
    logLevel: 'warning',
    plugins: [
      {
        // commander requires child_process when it loads, for executable subcommands, which
        // replylint has none of; that load (with net, dgram and streams) costs ~15 ms a start.
        name: 'lazy-child-process',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
            /[\\/]commander[\\/]/.test(importer) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
          );
          esbuild.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
            contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
            loader: 'js',
          }));
        },
      },
      {
        name: 'module-urls',
        setup(esbuild) {
          esbuild.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
            const source = await readFile(path, 'utf8');
            const from = relative(outdir, path).split('\\').join('/');
            const contents = source
              .replaceAll('import.meta.url', `new URL(${JSON.stringify(from)}, __bundleUrl).href`)
              .replace(OUTSIDE_IMPORT, '__bundleImport(');
            return { contents, loader: 'js', resolveDir: dirname(path) };
          });
        },
      },
    ],
  });
  // A package import() left as it is would fail in the vm script, and only when that path runs.
  const left = /\bimport\s*\(/.exec(await readFile(outfile, 'utf8'));
  if (left) throw new Error(`${outfile}: an import() is left in the bundle, where a vm script cannot run it`);
  // A fresh node, so the cache is made under the V8 flags of a user's run; a draft on stdin warms that path.
  const cache = spawnSync(process.execPath, [fileURLToPath(new URL('code-cache.mjs', import.meta.url))], {
    cwd: rootPath,
    input: await readFile(new URL('fixtures/drafts/sv-kollega.txt', root)),
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  if (cache.status !== 0 && cache.status !== 1) throw new Error(`code-cache.mjs failed (exit ${cache.status ?? cache.signal})`);
}
