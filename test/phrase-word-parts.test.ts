// `*word` (ends so) and `*word*` (contains) let Danish and Swedish data name
// the head of a compound: "betalingsafdelingen", "kamerasystemets".
import { describe, expect, it } from 'vitest';
import { matchEnds, parsePattern, PatternError, firstWords, type Sequence } from '../src/phrases/pattern.js';
import { tokenize } from '../src/text.js';

const same = (w: string) => [w];
const matches = (pattern: string, text: string, sets: Map<string, Sequence[]> = new Map()) => {
  const groups = new Map<string, Sequence[]>();
  const sequence = parsePattern(pattern, same, groups);
  const all = new Map([...sets, ...groups]);
  const tokens = tokenize(text);
  return tokens.some((_, i) => [...matchEnds(sequence, all, tokens, i)].some((end) => end > i));
};

describe('word parts in phrase patterns', () => {
  it('*word matches a word that ends so, whole words only', () => {
    expect(matches('*afdelingen', 'Ring til betalingsafdelingen.')).toBe(true);
    expect(matches('*afdelingen', 'Ring til afdelingen.')).toBe(true);
    expect(matches('*afdelingen', 'Afdelingens folk ringer.')).toBe(false);
  });

  it('*word* matches a word that contains it', () => {
    expect(matches('af ~2 *system*', 'udstedt af vores kamerasystemets kontrol')).toBe(true);
    expect(matches('af ~2 *system*', 'udstedt af vores kamera')).toBe(false);
  });

  it('combines with other alternatives and gaps', () => {
    expect(matches('ikke ~1 *afdelingen|bord', 'Det er ikke mit bord.')).toBe(true);
    expect(matches('(ligger hos) *leverandøren', 'Fejlen ligger hos underleverandøren.')).toBe(true);
  });

  it('is indexed by its ending or middle, so the pattern is not tried on every word', () => {
    const suffix = firstWords(parsePattern('*afdelingen glemte', same), new Map());
    expect([...(suffix?.suffixes ?? [])]).toEqual(['afdelingen']);
    const infix = firstWords(parsePattern('*system*|lageret glemte', same), new Map());
    expect([...(infix?.infixes ?? [])]).toEqual(['system']);
    expect(infix?.exact.has('lageret')).toBe(true);
  });

  it('rejects word parts that are too short or malformed', () => {
    expect(() => parsePattern('*af', same)).toThrow(PatternError);
    expect(() => parsePattern('*a*b', same)).toThrow(PatternError);
    expect(() => parsePattern('**', same)).toThrow(PatternError);
  });
});
