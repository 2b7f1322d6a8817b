// A sentence-wide `unless` is looked up once per sentence, not once per match:
// on one long line (no sentence breaks) the old per-match scan was quadratic.
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/phrases/phrase-rule.js';
import { buildDocument } from '../../src/lint.js';

const blame = new PhraseMatcher(new URL('../../rules/blame-shifting/', import.meta.url));
const REPEATS = 3000; // 30 000 words in one sentence
const CLAUSE = 'lagret glömde ett paket till en kund i går och ';

describe('phrase engine on a long line', () => {
  it('finds every match when no unless phrase occurs, in linear time', async () => {
    const text = CLAUSE.repeat(REPEATS) + 'slut';
    const doc = await buildDocument(text, { lang: 'sv' });
    const started = Date.now();
    const found = blame.find(doc.sentences, 'sv');
    expect(Date.now() - started).toBeLessThan(10000);
    expect(found.length).toBe(REPEATS);
  });

  it('cancels every match when the sentence owns the mistake, in linear time', async () => {
    const text = CLAUSE.repeat(REPEATS) + 'vi har gjort fel';
    const doc = await buildDocument(text, { lang: 'sv' });
    const started = Date.now();
    const found = blame.find(doc.sentences, 'sv');
    expect(Date.now() - started).toBeLessThan(10000);
    expect(found).toEqual([]);
  });
});
