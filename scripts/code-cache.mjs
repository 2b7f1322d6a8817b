// Run by the build in a fresh `node` (the flags a user's run has): lints our own
// fixture drafts through the bundle, so the functions a run needs are compiled,
// then saves V8's compiled code beside the bundle (see bin/bundle.js).
// Output goes to stdout, which the build discards.
import { readdirSync, writeFileSync } from 'node:fs';
import { CODE_CACHE, loadBundle } from '../bin/bundle.js';

const { exports, script } = loadBundle({ useCache: false });
const drafts = new URL('../fixtures/drafts/', import.meta.url);
const files = readdirSync(drafts, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => new URL(entry.name, drafts).pathname);
// The short draft on stdin (stylish, the default), then files in all three languages as JSON.
await exports.main(['--no-color']);
await exports.main(['--no-color', '--format', 'json', ...files]);
writeFileSync(CODE_CACHE, script.createCachedData());
