// npm run build (and npm ci, via prepare): compile TypeScript to dist/, then
// compile and validate each rule's YAML data to JSON beside the compiled rule,
// so a run reads JSON and never parses YAML or loads compromise; last, bundle
// the command line into dist/bundle/ (see bundle.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundleCli } from './bundle.mjs';


const root = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);
rmSync(new URL('dist/', root), { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const { compileFromYaml, loadMessages } = await import(new URL('dist/src/phrases/data.js', root).href);
let files = 0;
try {
  for (const id of readdirSync(new URL('rules/', root))) {
    const dir = new URL(`rules/${id}/`, root);
    if (!existsSync(new URL('messages.yml', dir))) continue;
    const out = new URL(`dist/rules/${id}/`, root);
    mkdirSync(out, { recursive: true });
    writeFileSync(new URL('messages.json', out), JSON.stringify(loadMessages(dir)));
    files++;
    for (const lang of ['sv', 'da', 'en']) {
      if (!existsSync(new URL(`${lang}.yml`, dir))) continue;
      writeFileSync(new URL(`${lang}.json`, out), JSON.stringify(compileFromYaml(dir, lang)));
      files++;
    }
  }
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}
await bundleCli(root);
console.log(`build: compiled TypeScript and ${files} rule data files to dist/, bundled the command line to dist/bundle/`);
