// A rule must never hang on a long line: one 100 kB "sentence" full of matches
// and sentence-wide `unless` phrases used to cost matches × tokens.
import { describe, expect, it } from 'vitest';
import blameShifting from '../rules/blame-shifting/index.js';
import { findings } from './helpers/rule-tester.js';

describe('phrase rules on one very long sentence', () => {
  it('stay linear and still report every match', async () => {
    const unit = 'min kollega i butikken har glemt at sende den forkerte vare og';
    const text = Array.from({ length: 1600 }, () => unit).join(' ');
    expect(text.length).toBeGreaterThan(100_000);
    const started = performance.now();
    const got = await findings(blameShifting, text, 'da');
    const ms = performance.now() - started;
    expect(got.length).toBe(1600);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});
