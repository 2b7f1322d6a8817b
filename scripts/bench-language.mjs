// What language detection costs: importing the detector (a fresh Node process
// each time), importing franc (which happens lazily, only when cues are thin),
// and detection per 1,000-word draft once everything is loaded.
// Run after `npm run build`:  npm run bench:lang
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/src/', import.meta.url);

// The first dynamic import in a process pays for the ESM loader (~30 ms) whatever
// it imports, so a tiny module is imported first and only the rest is timed.
function importCost(specifier, runs = 7) {
  const warm = JSON.stringify(new URL('types.js', dist).href);
  const script = `await import(${warm});const t=performance.now();await import(${JSON.stringify(specifier)});console.log(performance.now()-t)`;
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  }
  return median(times);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Our own filler prose, about 1,000 words per language.
const PARAGRAPHS = {
  sv: 'Tack för ditt mejl om leveransen. Jag har tittat på din beställning och ser att paketet lämnade vårt lager i går. Det brukar ta två till tre dagar innan det är framme, men ibland går det fortare. Hör gärna av dig igen om du inte har fått det på fredag, så ordnar jag ett nytt. ',
  da: 'Tak for din mail om leveringen. Jeg har kigget på din bestilling og kan se, at pakken forlod vores lager i går. Det tager normalt to til tre dage, før den er fremme, men nogle gange går det hurtigere. Skriv endelig igen, hvis du ikke har fået den på fredag, så ordner jeg en ny. ',
  en: 'Thanks for your email about the delivery. I have looked at your order and can see that the parcel left our warehouse yesterday. It usually takes two to three days to arrive, but sometimes it is quicker. Please get in touch again if it has not reached you by Friday, and I will arrange a new one. ',
};
const draft = (lang) => {
  let text = '';
  while (text.split(/\s+/).length < 1000) text += PARAGRAPHS[lang];
  return text;
};

const detectorImport = importCost(new URL('language.js', dist).href);
const francImport = importCost('franc');
const engineImport = importCost(new URL('lint.js', dist).href);

const { detectLanguage } = await import(new URL('language.js', dist).href);
await import('franc'); // measure detection, not the lazy import
/** Median time per call over 7 batches of 50 calls, after a warm-up: the machine may be busy. */
async function perCall(fn) {
  for (let i = 0; i < 30; i++) await fn();
  const batches = [];
  for (let b = 0; b < 7; b++) {
    const started = performance.now();
    for (let i = 0; i < 50; i++) await fn();
    batches.push((performance.now() - started) / 50);
  }
  return median(batches);
}

const rows = [];
for (const lang of ['sv', 'da', 'en']) {
  const text = draft(lang);
  const got = (await detectLanguage(text)).code;
  rows.push({ lang, words: text.split(/\s+/).filter(Boolean).length, ms: await perCall(() => detectLanguage(text)), got });
}
// The slow path: cues close, franc consulted (a 1,000-word text of shared words only).
const thin = 'hej igen '.repeat(500);
const thinMs = await perCall(() => detectLanguage(thin));

console.log(`import src/language.js (fresh process, median of 7)  ${detectorImport.toFixed(1)} ms`);
console.log(`import franc (lazy, only when cues are thin)         ${francImport.toFixed(1)} ms`);
console.log(`import src/lint.js (the engine, without franc)       ${engineImport.toFixed(1)} ms`);
for (const r of rows) console.log(`detect ${r.lang}, ${r.words} words: ${r.ms.toFixed(2)} ms per draft (→ ${r.got})`);
console.log(`detect 1,000 words of shared words (franc consulted): ${thinMs.toFixed(2)} ms per draft`);
