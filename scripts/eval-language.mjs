// Language-detection accuracy on our own short texts (test/fixtures/language/
// short-texts.jsonl): replylint's detector (the whole pipeline: document stage,
// then detection) next to franc alone (only swe, dan, eng), as confusion
// matrices. `npm run eval:lang` (builds first); options: --show-misses, a .jsonl file
// (default short-texts.jsonl; holdout-texts.jsonl was written after the detector).
import { readFileSync } from 'node:fs';
import { francAll } from 'franc';
import { buildDocument } from '../dist/src/lint.js';
import { tokenize } from '../dist/src/text.js';

const args = process.argv.slice(2);
const showMisses = args.includes('--show-misses');
const file = args.find((a) => !a.startsWith('--')) ?? new URL('../test/fixtures/language/short-texts.jsonl', import.meta.url).pathname;
const cases = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const LANGS = ['sv', 'da', 'en'];
const FRANC = { swe: 'sv', dan: 'da', eng: 'en' };

const words = (text) => tokenize(text).filter((t) => /\p{L}/u.test(t.norm)).length;

async function replylint(text) {
  return (await buildDocument(text)).language.code;
}
function franc(text) {
  const [best] = francAll(text, { only: Object.keys(FRANC), minLength: 1 });
  return FRANC[best?.[0]] ?? 'und';
}

function matrix(rows) {
  const labels = [...LANGS, 'und'];
  const cells = Object.fromEntries(LANGS.map((l) => [l, Object.fromEntries(labels.map((p) => [p, 0]))]));
  for (const r of rows) cells[r.lang][r.got in cells[r.lang] ? r.got : 'und']++;
  const lines = [`  truth\\got ${labels.map((l) => l.padStart(5)).join('')}`];
  for (const l of LANGS) lines.push(`  ${l.padEnd(9)} ${labels.map((p) => String(cells[l][p]).padStart(5)).join('')}`);
  return lines.join('\n');
}
const pct = (rows) => (rows.length ? (100 * rows.filter((r) => r.got === r.lang).length) / rows.length : 100);
const fmt = (n) => `${n.toFixed(1)}%`;

export async function evaluate(list = cases) {
  const out = { replylint: [], franc: [] };
  for (const c of list) {
    const n = words(c.text);
    out.replylint.push({ ...c, words: n, got: await replylint(c.text) });
    out.franc.push({ ...c, words: n, got: franc(c.text) });
  }
  return out;
}

const results = await evaluate();
const short = cases.filter((c) => words(c.text) < 12).length;
console.log(`${cases.length} texts (${short} under 12 words) from ${file}\n`);
for (const [name, rows] of Object.entries(results)) {
  const long = rows.filter((r) => r.words > 12);
  console.log(`${name}${name === 'franc' ? ' alone (only swe, dan, eng)' : ''}`);
  console.log(matrix(rows));
  console.log(`  accuracy ${fmt(pct(rows))} overall, ${fmt(pct(rows.filter((r) => r.words < 12)))} under 12 words, ${fmt(pct(long))} above 12 words\n`);
  if (showMisses) for (const r of rows.filter((x) => x.got !== x.lang)) console.log(`  miss ${r.lang}→${r.got}: ${JSON.stringify(r.text)}`);
}
