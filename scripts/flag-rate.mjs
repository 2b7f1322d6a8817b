#!/usr/bin/env node
// How often rules flag the clean replies of a labelled corpus (JSONL with
// `id`, `text`, `expect`), and what they flag there, for judging precision of
// rules the scorer does not score.
//   node scripts/flag-rate.mjs --corpus FILE --rules a,b,c
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const value = (flag) => args[args.indexOf(flag) + 1];
if (!args.includes('--corpus') || !args.includes('--rules')) {
  console.error('usage: node scripts/flag-rate.mjs --corpus FILE --rules a,b,c');
  process.exit(2);
}
const rules = value('--rules').split(',');
const cases = readFileSync(value('--corpus'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const clean = cases.filter((c) => !(c.expect ?? []).length);
const dir = mkdtempSync(join(tmpdir(), 'replylint-flag-rate-'));
try {
  const paths = clean.map((c) => {
    const p = join(dir, `${c.id}.txt`);
    writeFileSync(p, c.text);
    return p;
  });
  const bin = new URL('../bin/replylint.js', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [bin, '--format', 'json', ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const report = JSON.parse(run.stdout);
  let flagged = 0;
  for (const file of report) {
    const id = basename(file.filePath).replace(/\.txt$/, '');
    const text = clean.find((c) => c.id === id).text;
    const hits = file.messages.filter((m) => rules.includes(m.ruleId));
    if (hits.length) flagged++;
    for (const m of hits) console.log(`${id}  ${m.ruleId.padEnd(24)} ${JSON.stringify(text.slice(...m.range))}`);
  }
  console.log(`\n${flagged} of ${clean.length} clean replies flagged by ${rules.join(', ')}: ${((100 * flagged) / clean.length).toFixed(1)} %`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
