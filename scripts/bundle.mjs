// The command line as one module (plus chunks that load only when needed):
// Node resolves, reads and compiles ~50 files and commander's CommonJS at every
// start otherwise, which is most of what a short draft waits for. The library
// (dist/src/index.js) stays unbundled; both run the same compiled code.
//
// Modules find their data beside them (`new URL('./', import.meta.url)` in each
// rule); in the bundle each such URL is rewritten to where that module's file
// is, relative to the bundle, so dist/rules/<id>/*.json are read as before.
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Loaded only on the paths that need them (franc, cosmiconfig, chalk, MCP, .eml) or at build time only. */
const keepExternal = (dependencies) => Object.keys(dependencies).filter((name) => name !== 'commander');

export async function bundleCli(root) {
  const rootPath = fileURLToPath(root);
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
  const outdir = `${rootPath}dist/bundle`;
  await build({
    entryPoints: [`${rootPath}dist/src/cli.js`],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: keepExternal(pkg.dependencies),
    logLevel: 'warning',
    // commander is CommonJS and requires Node's built-ins; an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
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
            return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(from)}, import.meta.url).href`), loader: 'js', resolveDir: dirname(path) };
          });
        },
      },
    ],
  });
}
