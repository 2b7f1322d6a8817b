// The start-up shortcut for language detection must not change a result: the
// copied models equal franc's, and the restricted detector agrees with franc.
import fc from 'fast-check';
import { francAll as franc } from 'franc';
import { data } from 'franc/data.js';
import { describe, expect, it } from 'vitest';
import { TRIGRAM_MODELS } from '../src/language-models.js';
import { francAll } from '../src/trigram-language.js';

const only = ['swe', 'dan', 'eng'];
const words = [
  'och', 'att', 'inte', 'paketet', 'glömde', 'og', 'ikke', 'pakken', 'desværre', 'the', 'and', 'parcel', 'sorry', 'vi', 'du', 'det',
  'har', 'på', 'hej', 'tak', 'tack', 'kære', 'åäö', 'æøå', 'Привет', '你好', 'مرحبا', '😀', '123', '!!', 'RMA', 'L2', 'e-post',
];

describe('trigram language detection', () => {
  it('the copied models are franc’s (re-run scripts/extract-language-models.mjs after updating franc)', () => {
    const expected = Object.entries(data.Latin!).filter(([code]) => only.includes(code));
    expect(Object.entries(TRIGRAM_MODELS)).toEqual(expected); // same order too: it breaks ties
  });

  it('agrees with franc on generated drafts, other scripts and noise', () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((w) => w.join(' ')),
      fc.string({ unit: 'binary', maxLength: 120 }),
    );
    fc.assert(
      fc.property(text, fc.subarray(only, { minLength: 1 }), (value, subset) => {
        expect(francAll(value, { only: subset, minLength: 10 })).toEqual(franc(value, { only: subset, minLength: 10 }));
      }),
      { numRuns: 2000 },
    );
  });
});
