// Whole English drafts a careful agent could send: no rule may flag them.
// Some quote an angry customer whose words would be flagged in the reply.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint.js';
import { builtinRules } from '../../rules/index.js';

const dir = new URL('../../fixtures/drafts/en/', import.meta.url);
const rules = new Map(builtinRules.map((r) => [r.meta.id, r]));

describe('clean English drafts', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has drafts to check', () => expect(files.length).toBeGreaterThanOrEqual(5));
  for (const file of files) {
    it(file, async () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const result = await lintDocument(text, rules, { lang: 'en', rules: {} });
      expect(result.messages.map((m) => `${m.ruleId}: ${text.slice(...m.range)}`)).toEqual([]);
    });
  }
});
