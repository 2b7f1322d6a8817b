// The engine on its own: settings, positions, ordering and failing rules.
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/types.js';
import { buildDocument, lintDocument, RuleError } from '../src/lint.js';
import { lintText } from '../src/index.js';

const everyWord: Rule<{ only?: string }> = {
  meta: { id: 'every-word', description: 'test', defaultSeverity: 'warn', languages: ['en'] },
  check({ doc, options, report }) {
    for (const token of doc.tokens) if (!options.only || token.norm === options.only) report({ span: token, message: token.text });
  },
};

describe('lintDocument', () => {
  const rules = new Map([['every-word', everyWord]]);

  it('runs rules at their default severity and converts offsets to lines and columns', async () => {
    const result = await lintDocument('Hi.\r\nWe ship\rtoday.', rules, { lang: 'en' });
    expect(result.messages.map((m) => [m.message, m.line, m.column, m.endLine, m.endColumn, m.severity])).toEqual([
      ['Hi', 1, 1, 1, 3, 1],
      ['We', 2, 1, 2, 3, 1],
      ['ship', 2, 4, 2, 8, 1],
      ['today', 3, 1, 3, 6, 1],
    ]);
    expect(result.warningCount).toBe(4);
    expect(result.errorCount).toBe(0);
  });

  it('takes severity and options from settings, and skips rules that are off', async () => {
    const error = await lintDocument('We ship today.', rules, { lang: 'en', rules: { 'every-word': ['error', { only: 'ship' }] } });
    expect(error.messages.map((m) => [m.message, m.severity])).toEqual([['ship', 2]]);
    expect(error.errorCount).toBe(1);
    const off = await lintDocument('We ship today.', rules, { lang: 'en', rules: { 'every-word': 'off' } });
    expect(off.messages).toEqual([]);
  });

  it('skips a rule that has no data for the language', async () => {
    expect((await lintDocument('Vi skickar i dag.', rules, { lang: 'sv' })).messages).toEqual([]);
  });

  it('names the rule when it throws', async () => {
    const broken: Rule = { meta: { ...everyWord.meta, id: 'broken' }, check: () => { throw new Error('boom'); } };
    await expect(lintDocument('Hi.', new Map([['broken', broken]]), { lang: 'en' })).rejects.toThrow(RuleError);
    await expect(lintDocument('Hi.', new Map([['broken', broken]]), { lang: 'en' })).rejects.toThrow('rule broken failed: boom');
  });
});

describe('buildDocument', () => {
  it("lists every sentence's tokens, in order, as the document's tokens", async () => {
    const texts = [
      'Hej Anna,\n\nTack för ditt mejl. Vi skickar paketet i dag!\n\nMed vänliga hälsningar\nPer',
      '> Where is my order?\n\nIt left on Monday.\n- Track it here\n- Or call us\n\n-- \nSupport',
      '',
      '   \n\n',
    ];
    for (const text of texts) {
      const doc = await buildDocument(text);
      expect(doc.tokens).toEqual(doc.sentences.flatMap((s) => s.tokens));
      doc.tokens.forEach((token, i) => expect(token).toBe(doc.sentences.flatMap((s) => s.tokens)[i]));
    }
  });
});

describe('lintText (public API)', () => {
  it('returns the JSON contract without the source text', async () => {
    const result = await lintText('Jeg lover, at pakken kommer frem i morgen, og det sker ikke igen.');
    expect(result).not.toHaveProperty('source');
    expect(result.language.code).toBe('da');
    expect(result.messages.map((m) => m.ruleId)).toContain('overpromising');
  });
});
