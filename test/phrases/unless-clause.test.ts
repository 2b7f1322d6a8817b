import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/phrases/phrase-rule.js';
import { buildDocument } from '../../src/lint.js';

/** A rule folder with one English data file, written to a temporary directory. */
function matcherFor(yaml: string): PhraseMatcher {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-clause-'));
  writeFileSync(join(dir, 'messages.yml'), "m:\n  en: 'x'\n  sv: 'x'\n  da: 'x'\n");
  writeFileSync(join(dir, 'en.yml'), yaml);
  return new PhraseMatcher(pathToFileURL(`${dir}/`));
}

async function found(matcher: PhraseMatcher, text: string): Promise<string[]> {
  const doc = await buildDocument(text, { lang: 'en' });
  return matcher.find(doc.sentences, 'en').map((m) => text.slice(m.start, m.end));
}

const pattern = (extra = '') => `
patterns:
  - match: ["i promise"]
    message: m
    suggest: s
${extra}    examples: { bad: ["I promise."], good: ["No."] }
`;

describe('unless-clause', () => {
  const fileLevel = matcherFor(`unless-clause: ["should"]\n${pattern()}`);

  it('drops a match when the phrase is in the same clause', async () => {
    expect(await found(fileLevel, 'It should arrive on Monday I promise.')).toEqual([]);
  });

  it('keeps a match when the phrase is in another clause of the sentence', async () => {
    expect(await found(fileLevel, 'It will be paid in full, I promise, and it should reach you next week.')).toEqual(['I promise']);
    expect(await found(fileLevel, 'It will be paid in full – I promise – and should reach you soon.')).toEqual(['I promise']);
  });

  it('works per pattern too', async () => {
    const perPattern = matcherFor(pattern('    unless-clause: ["hope"]\n'));
    expect(await found(perPattern, 'I hope so, I promise.')).toEqual(['I promise']);
    expect(await found(perPattern, 'I promise and hope so.')).toEqual([]);
  });

  it('leaves data without it as before', async () => {
    expect(await found(matcherFor(pattern()), 'It should arrive, I promise.')).toEqual(['I promise']);
  });
});

describe('long sentences', () => {
  it('stays fast when a sentence-wide unless has to be checked for many matches', async () => {
    const matcher = matcherFor(`unless: ["never seen"]\nunless-clause: ["hardly seen"]\n${pattern()}`);
    const text = 'i promise '.repeat(20000);
    const started = Date.now();
    const got = await found(matcher, text);
    expect(got.length).toBe(20000);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('set matches', () => {
  const matcher = matcherFor(`sets:\n  vow: ["i promise", "i swear"]\n${pattern()}`);

  it('lists every match left to right, or stops at the limit', async () => {
    const text = 'I swear it is here, and I promise it will stay, I swear.';
    const doc = await buildDocument(text, { lang: 'en' });
    const shown = (spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
    expect(shown(matcher.setMatches('en', 'vow', doc.tokens))).toEqual(['I swear', 'I promise', 'I swear']);
    expect(shown(matcher.setMatches('en', 'vow', doc.tokens, 2))).toEqual(['I swear', 'I promise']);
    expect(matcher.setOccurs('en', 'vow', doc.tokens)).toBe(true);
    expect(matcher.setOccurs('en', 'vow', doc.tokens.slice(3, 5))).toBe(false);
    expect(matcher.setOccurs('en', 'no-such-set', doc.tokens)).toBe(false);
  });
});
