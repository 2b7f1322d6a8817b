// npm run bench: start-up, throughput, one long draft and peers, each the
// median of repeated runs (with min and max). Prints a table; writes the same
// figures to bench/results.json (or stdout with --json).
//
//   node bench/run.mjs [--json] [--runs N] [--no-peers]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { corpus, longDraft, writeCorpus } from './corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const here = join(root, 'bench');
const work = join(here, '.corpus');
const bin = join(root, 'bin/replylint.js');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const withPeers = !args.includes('--no-peers');
const log = (s) => process.stderr.write(`${s}\n`);

if (!existsSync(join(root, 'dist/bundle/cli.cjs'))) {
  log('bench: building first (npm run build)');
  spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const rssFile = join(work, 'rss.txt');
/** Runs a command once; returns wall ms and peak RSS in MB (node commands only). */
function once(command, commandArgs, { input, node = true, anyExit = false } = {}) {
  rmSync(rssFile, { force: true });
  const full = node ? ['--import', new URL('./rss.mjs', import.meta.url).href, ...commandArgs] : commandArgs;
  const started = process.hrtime.bigint();
  const result = spawnSync(command, full, {
    cwd: root,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: rssFile },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Linters exit non-zero when they find something; peers use their own codes for that.
  if (result.status === null || (!anyExit && result.status > 1)) {
    throw new Error(`${commandArgs.slice(-1)[0]}: exit ${result.status ?? result.signal}: ${String(result.stderr).trim().split('\n')[0]}`);
  }
  const lines = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number)) : [];
  const rss = lines.length ? Math.max(...lines.map((l) => l[0])) / 1024 : null;
  const cpu = lines.length ? lines.reduce((n, l) => n + l[1], 0) / 1000 : null;
  return { ms, rss, cpu };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: values.length };
}
const round = (n) => Math.round(n * 10) / 10;

/** Repeats `fn` `n` times, or fewer when the time cap is spent (slow peers). */
function repeat(n, fn, capMs = Infinity) {
  const samples = [];
  const started = Date.now();
  for (let i = 0; i < n && (i === 0 || Date.now() - started < capMs); i++) samples.push(fn());
  return {
    wall: stats(samples.map((s) => s.ms)),
    cpu: samples[0].cpu === null ? null : stats(samples.map((s) => s.cpu)),
    rssMB: samples[0].rss === null ? null : stats(samples.map((s) => s.rss)),
  };
}

/**
 * A fixed JavaScript workload (strings, objects, a Map), timed in a fresh node
 * before each throughput sample. This VM's speed drifts by up to 2 × within an
 * hour, so figures from two runs compare only next to this one.
 */
const CALIBRATION =
  "const m = new Map(); let n = 0; for (let i = 0; i < 3e6; i++) { const k = 'w' + (i % 5000); const o = { k, i }; m.set(k, (m.get(k) ?? 0) + (o.i % 7)); n += k.length; } if (n < 0) console.log(m.size);";
const calibration = [];
/** `fn` with a calibration sample taken just before it. */
const calibrated = (fn) => () => {
  calibration.push(once(process.execPath, ['-e', CALIBRATION]).ms);
  return fn();
};

mkdirSync(work, { recursive: true });
const drafts = corpus();
const corpusDir = join(work, 'drafts');
const bytes = writeCorpus(corpusDir, drafts);
const peerCount = 1000;
const peerDir = join(work, 'peer-drafts');
const peerBytes = writeCorpus(peerDir, drafts.slice(0, peerCount));
const longFile = join(work, 'long-5mb.txt');
writeFileSync(longFile, longDraft());
const longBytes = readFileSync(longFile).length;
const short = 'Hej Maria,\n\nDet var min kollega som glömde skicka paketet. Jag lovar att det kommer i morgon.\n\nMvh\nPer\n';
log(`bench: corpus ${drafts.length} drafts, ${(bytes / 1e6).toFixed(1)} MB; long draft ${(longBytes / 1e6).toFixed(1)} MB; ${runs} runs each`);

const results = { machine: machine(), node: process.version, date: new Date().toISOString(), corpus: { drafts: drafts.length, bytes }, cases: {} };

// (1) Start-up: one short draft on stdin vs bare node, interleaved so load affects both alike.
{
  const node = [];
  const lint = [];
  for (let i = 0; i < runs * 3; i++) {
    node.push(once(process.execPath, ['-e', '0']));
    lint.push(once(process.execPath, [bin], { input: short }));
  }
  results.cases.startupCpu = { bareNode: stats(node.map((s) => s.cpu)), replylint: stats(lint.map((s) => s.cpu)) };
  const nodeStats = stats(node.map((s) => s.ms));
  const lintStats = stats(lint.map((s) => s.ms));
  results.cases.startup = {
    what: 'one short draft on stdin, end to end',
    bareNode: nodeStats,
    replylint: lintStats,
    ratio: Math.round((lintStats.median / nodeStats.median) * 100) / 100,
    rssMB: stats(lint.map((s) => s.rss)),
  };
  log(`bench: start-up done`);
}

// Start-up profile: what the time over bare node goes to, each step in a fresh process.
{
  const url = (p) => new URL(p, `file://${root}/`).href;
  // Round-robin, so a burst of load on a shared machine hits every step alike.
  const steps = {
    'node -e 0': ['-e', '0'],
    'import the library, unbundled (dist/src/index.js: lint, rules, language)': ['--input-type=module', '-e', `await import(${JSON.stringify(url('dist/src/index.js'))})`],
    'load the CLI bundle with its code cache (bin/bundle.js: all of it, commander, formatters)': [
      '--input-type=module',
      '-e',
      `const { loadBundle } = await import(${JSON.stringify(url('bin/bundle.js'))}); loadBundle();`,
    ],
    'full run: short draft on stdin': [bin],
  };
  const samples = Object.fromEntries(Object.keys(steps).map((name) => [name, []]));
  for (let i = 0; i < runs * 2; i++) {
    for (const [name, argv] of Object.entries(steps)) samples[name].push(once(process.execPath, argv, { input: short }).ms);
  }
  results.cases.startupProfile = Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, stats(ms)]));
  log('bench: start-up profile done');
}

// (2) The corpus as files, threads on (auto) and off.
for (const concurrency of ['auto', '1']) {
  const r = repeat(Math.min(runs, 3), calibrated(() => once(process.execPath, [bin, '--concurrency', concurrency, '-f', 'json', corpusDir])));
  results.cases[`corpus-${concurrency}`] = {
    what: `${drafts.length} drafts as files, --concurrency ${concurrency}`,
    ...r,
    mbPerSecond: round(bytes / 1e6 / (r.wall.median / 1000)),
  };
  log(`bench: corpus --concurrency ${concurrency} done`);
}

// (3) One 5 MB draft.
results.cases.long = {
  what: `one ${(longBytes / 1e6).toFixed(1)} MB draft`,
  ...repeat(Math.min(runs, 3), calibrated(() => once(process.execPath, [bin, '-f', 'json', longFile]))),
};
log('bench: long draft done');
results.cases.calibration = { what: 'fixed JS workload (machine speed; see bench/run.mjs)', wall: stats(calibration) };

// (4) Peers on the first 1,000 drafts (alex takes ~40 ms a draft; the whole corpus would take minutes).
if (withPeers) {
  const ours = repeat(Math.min(runs, 3), () => once(process.execPath, [bin, '-f', 'json', peerDir]));
  const files = drafts.slice(0, peerCount).map((_, i) => join(peerDir, String(Math.floor(i / 100)).padStart(3, '0'), `draft-${String(i).padStart(5, '0')}.txt`));
  const peers = {
    'write-good': () => [join(root, 'node_modules/write-good/bin/write-good.js'), ...files],
    alex: () => [join(root, 'node_modules/alex/cli.js'), '--quiet', peerDir],
    'textlint (write-good rules)': () => [join(root, 'node_modules/textlint/bin/textlint.js'), '--rule', 'write-good', peerDir],
  };
  results.cases.peers = { what: `first ${peerCount} drafts (${(peerBytes / 1e6).toFixed(1)} MB) as files`, replylint: ours, peers: {} };
  for (const [name, command] of Object.entries(peers)) {
    try {
      const cmd = command();
      if (!existsSync(cmd[0])) throw new Error(`not installed (${cmd[0]})`);
      const r = repeat(Math.min(runs, 3), () => once(process.execPath, cmd, { anyExit: true }), 10000);
      results.cases.peers.peers[name] = { ...r, ratio: Math.round((ours.wall.median / r.wall.median) * 100) / 100 };
    } catch (error) {
      results.cases.peers.peers[name] = { skipped: String(error.message).split('\n')[0] };
    }
    log(`bench: peer ${name} done`);
  }
}

if (asJson) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(table(results));
  log('bench: wrote bench/results.json');
}

function machine() {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM (${(freemem() / 2 ** 30).toFixed(0)} GB free), ${process.platform} ${process.arch}`;
}

function table(r) {
  const ms = (s) => `${s.median} ms (${s.min}–${s.max})`;
  const cpu = (s) => (s ? `${Math.round(s.median)} ms` : '–');
  const mb = (s) => (s ? `${Math.round(s.median)} MB` : '–');
  const c = r.cases;
  const rows = [
    ['case', 'wall: median (min–max)', 'CPU (median)', 'peak RSS', 'figure'],
    ['bare `node -e 0`', ms(c.startup.bareNode), cpu(c.startupCpu.bareNode), '–', ''],
    ['short draft on stdin', ms(c.startup.replylint), cpu(c.startupCpu.replylint), mb(c.startup.rssMB), `${c.startup.ratio} × node -e 0`],
    [c['corpus-auto'].what, ms(c['corpus-auto'].wall), cpu(c['corpus-auto'].cpu), mb(c['corpus-auto'].rssMB), `${c['corpus-auto'].mbPerSecond} MB/s`],
    [c['corpus-1'].what, ms(c['corpus-1'].wall), cpu(c['corpus-1'].cpu), mb(c['corpus-1'].rssMB), `${c['corpus-1'].mbPerSecond} MB/s`],
    [c.long.what, ms(c.long.wall), cpu(c.long.cpu), mb(c.long.rssMB), ''],
    [c.calibration.what, ms(c.calibration.wall), '', '', ''],
  ];
  if (c.peers) {
    rows.push([`replylint, ${c.peers.what}`, ms(c.peers.replylint.wall), cpu(c.peers.replylint.cpu), mb(c.peers.replylint.rssMB), '']);
    for (const [name, p] of Object.entries(c.peers.peers)) {
      rows.push(
        p.skipped ? [name, `skipped: ${p.skipped}`, '', '', ''] : [`${name}, same drafts`, ms(p.wall), cpu(p.cpu), mb(p.rssMB), `replylint/peer = ${p.ratio}`],
      );
    }
  }
  const profile = Object.entries(c.startupProfile ?? {});
  const base = profile[0]?.[1].median ?? 0;
  const profileRows = profile.map(([name, st]) => `| ${name} | ${st.median} ms | +${round(st.median - base)} ms |`);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [
    `Machine: ${r.machine}; Node ${r.node}`,
    '',
    line(rows[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
    '',
    'Start-up profile (fresh process each, median):',
    '',
    '| step | wall | over node -e 0 |',
    '| --- | --- | --- |',
    ...profileRows,
    '',
  ].join('\n');
}
