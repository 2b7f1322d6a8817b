// The phrase language and its matcher, on tokens.
import { describe, expect, it } from 'vitest';
import { matchEnds, parsePattern, PatternError, type Sequence } from '../src/phrases/pattern.js';
import { tokenize } from '../src/text.js';

const identity = (w: string) => [w];

function matches(pattern: string, text: string, sets: Record<string, string[]> = {}): string[] {
  const groups = new Map<string, Sequence[]>();
  const table = new Map<string, Sequence[]>(Object.entries(sets).map(([k, v]) => [k, v.map((p) => parsePattern(p, identity, groups))]));
  const sequence = parsePattern(pattern, identity, groups);
  for (const [k, v] of groups) table.set(k, v);
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ends = [...matchEnds(sequence, table, tokens, i)].filter((e) => e > i);
    if (ends.length) out.push(text.slice(tokens[i]!.start, tokens[Math.max(...ends) - 1]!.end));
  }
  return out;
}

describe('phrase patterns', () => {
  it('matches whole words case-insensitively, never substrings', () => {
    expect(matches('lovar', 'Vi LOVAR det.')).toEqual(['LOVAR']);
    expect(matches('lova', 'Vi lovar det.')).toEqual([]);
  });

  it('matches prefixes for inflection', () => {
    expect(matches('kolleg*', 'Kollegan och kollegorna, men inte kollaps.')).toEqual(['Kollegan', 'kollegorna']);
    expect(() => parsePattern('ko*', identity)).toThrow(PatternError);
  });

  it('matches alternatives, optional words and bounded gaps', () => {
    expect(matches('glömde|glömt', 'Hon glömt det')).toEqual(['glömt']);
    expect(matches('det är inte? mitt fel', 'Det är mitt fel. Det är inte mitt fel.')).toEqual(['Det är mitt fel', 'Det är inte mitt fel']);
    expect(matches('kollega ~2 glömde', 'kollega som sen glömde')).toEqual(['kollega som sen glömde']);
    expect(matches('kollega ~1 glömde', 'kollega som sen glömde')).toEqual([]);
  });

  it('matches phrase groups and sets', () => {
    expect(matches("(you will|you'll) have to", "You'll have to call. You will have to wait.")).toEqual(["You'll have to", 'You will have to']);
    expect(matches('@who ~3 @did', 'The warehouse team lost it.', { who: ['warehouse', 'the system'], did: ['lost', 'messed up'] })).toEqual([
      'warehouse team lost',
    ]);
  });

  it('matches a set of many phrases that share a first word, at the last token and before words that do not continue them', () => {
    // A set with four or more phrases is indexed by first word, and a phrase of two required words is tried only where its second word fits.
    const hedge = { hedge: ['det verkar', 'det kan vara så att', 'det kan hända att', 'kanske', 'verkar det', 'det? tycks', 'det ~1 lär'] };
    expect(matches('@hedge', 'Det verkar trasigt, det är klart, det kan hända att det', hedge)).toEqual(['Det verkar', 'det kan hända att']);
    expect(matches('@hedge', 'Så verkar det. Det tycks så, det nog lär', hedge)).toEqual(['verkar det', 'Det tycks', 'tycks', 'det nog lär']);
  });

  it('treats "100%" as the two tokens text has', () => {
    expect(matches('100%', 'It is 100 % sure and 100% certain.')).toEqual(['100 %', '100%']);
  });

  it('sees words through zero-width spaces and NFD letters', () => {
    expect(matches('garanteret', 'Det er garan\u200Bteret løst.')).toEqual(['garan\u200Bteret']);
    expect(matches('hända', 'Det kommer aldrig ha\u0308nda.')).toEqual(['ha\u0308nda']);
  });

  it('rejects patterns that cannot mean anything', () => {
    expect(() => parsePattern('~2 lovar', identity)).toThrow(/start or end with a gap/);
    expect(() => parsePattern('lovar ~9 det', identity)).toThrow(/~1 to ~8/);
    expect(() => parsePattern('inte?', identity)).toThrow(/optional/);
    expect(() => parsePattern('lova.', identity)).toThrow(/punctuation/);
    expect(() => parsePattern('(a (b))', identity)).toThrow(/brackets/);
    expect(() => parsePattern('ikke|slet ikke', identity)).toThrow(/group/);
    expect(matches('(ikke|slet ikke) min', 'Slet ikke min. Ikke min.')).toEqual(['Slet ikke min', 'ikke min', 'Ikke min']);
  });
});
