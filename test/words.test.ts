// The word table: one entry per distinct word, carried by the tokens tokenize makes.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/text.js';
import { entryOf, wordEntry } from '../src/words.js';

describe('word entries', () => {
  it('gives every token of one word the same entry and string, whatever its case', () => {
    const [first, second, third] = tokenize('Kollega kollega KOLLEGA');
    expect(entryOf(first!)).toBe(entryOf(second!));
    expect(entryOf(third!)).toBe(wordEntry('kollega'));
    expect(first!.norm).toBe(entryOf(first!).norm);
    expect(second!.text).toBe(second!.norm);
  });

  it('looks up a token made elsewhere, or changed since, by its norm', () => {
    const [token] = tokenize('lova');
    expect(entryOf({ ...token!, norm: 'lovar' })).toBe(wordEntry('lovar'));
    expect(entryOf({ start: 0, end: 4, text: 'Lova', norm: 'lova' })).toBe(entryOf(token!));
  });
});
