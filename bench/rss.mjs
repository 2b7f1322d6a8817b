// Preloaded into a benchmarked process (node --import): at exit, appends the
// process's peak resident set size in kB and its CPU time (user + system, all
// threads) in microseconds to the file named by BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) {
    const usage = process.resourceUsage();
    appendFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  }
});
