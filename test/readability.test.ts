// Readability per language and the `stats` every result carries.
import { describe, expect, it } from 'vitest';
import { documentStats, readability, syllableCount } from '../src/readability.js';
import { splitSentences } from '../src/text.js';
import { buildDocument } from '../src/lint.js';

describe('readability', () => {
  it('scores Swedish and Danish with LIX: words per sentence + percentage of words over six letters', () => {
    // 6 words, 1 sentence, 2 long words (skickat, paketet): 6 + 100 * 2 / 6
    expect(readability(splitSentences('Vi har skickat paketet i dag.', 'sv'), 'sv')).toEqual({ measure: 'lix', value: 39.3, words: 6, sentences: 1 });
    // 8 words, 2 sentences, 1 long word (leveringen): 4 + 100 * 1 / 8
    expect(readability(splitSentences('Tak for din mail. Leveringen er sendt nu.', 'da'), 'da').value).toBe(16.5);
  });

  it('scores English with Flesch Reading Ease and leaves numbers out of the words', () => {
    // 6 words of one syllable in one sentence: 206.835 - 1.015 * 6 - 84.6
    expect(readability(splitSentences('The cat sat on the mat 42.', 'en'), 'en')).toEqual({ measure: 'flesch', value: 116.1, words: 6, sentences: 1 });
  });

  it('counts syllables as vowel groups without a silent final e', () => {
    expect([syllableCount('the'), syllableCount('apologise'), syllableCount('delivery'), syllableCount("don't")]).toEqual([1, 4, 4, 1]);
  });

  it('puts the body of the reply in stats, not the greeting, signature or quote', async () => {
    const doc = await buildDocument('Hej Anna,\n\nVi har skickat paketet i dag.\n\nMvh\nSanna\n\nDen 3 mars 2026 skrev Anna:\n> Var är mitt paket? Det har inte kommit.');
    expect(documentStats(doc)).toEqual({ words: 6, sentences: 1, readability: { measure: 'lix', value: 39.3 } });
  });

  it('gives zero words and sentences for an empty reply', async () => {
    expect(documentStats(await buildDocument('', { lang: 'en' }))).toEqual({ words: 0, sentences: 0, readability: { measure: 'flesch', value: 100 } });
  });
});
