import { describe, expect, it } from 'vitest';
import { matchEnds, parsePattern, PatternError, firstWords, type WordElement } from '../../src/phrases/pattern.js';
import { tokenize } from '../../src/text.js';

const noInflect = (w: string) => [w];

function ends(pattern: string, text: string): string[] {
  const sequence = parsePattern(pattern, noInflect);
  const tokens = tokenize(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const end of matchEnds(sequence, new Map(), tokens, i)) if (end > i) found.push(text.slice(tokens[i]!.start, tokens[end - 1]!.end));
  }
  return found;
}

describe('word endings (*suffix)', () => {
  it("matches any word with that ending, apostrophe forms included", () => {
    expect(ends("*'s side|end", "It went wrong on PayPal's side and at Stripe’s end.")).toEqual(["PayPal's side", 'Stripe’s end']);
  });

  it('needs a stem before the ending', () => {
    expect(ends("*'s side", "the 's side")).toEqual([]);
  });

  it('mixes with exact words in one alternative', () => {
    expect(ends("their|*'s side", 'on their side, on the bank\'s side')).toEqual(['their side', "bank's side"]);
  });

  it('rejects endings that are too short', () => {
    expect(() => parsePattern('*s', noInflect)).toThrow(PatternError);
  });

  it('leaves plain words without a suffixes field (old compiled data stays valid)', () => {
    const [element] = parsePattern('side', noInflect) as WordElement[];
    expect(element!.suffixes).toBeUndefined();
    expect(firstWords(parsePattern('side', noInflect), new Map())?.exact.has('side')).toBe(true);
    // Endings are indexed too, so "*'s side" is only tried on words that end so.
    expect([...(firstWords(parsePattern("*'s side", noInflect), new Map())?.suffixes ?? [])]).toEqual(["'s"]);
  });
});
