// The example sentences in the README's rule sections (fixtures/rule-examples.txt):
// "flag" ones get a finding from their rule, "ok" ones get none from any core rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/types.js';
import { lintText } from '../src/index.js';

const CORE = ['blame-shifting', 'overpromising', 'arguing-with-customer', 'unclear-phrasing'];
const rows = readFileSync(new URL('../fixtures/rule-examples.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('|') as [string, Lang, 'flag' | 'ok', string]);

describe('README rule examples', () => {
  it('has examples of both kinds for every core rule in every language', () => {
    for (const rule of CORE) for (const lang of ['sv', 'da', 'en']) for (const want of ['flag', 'ok']) {
      expect(rows.some((r) => r[0] === rule && r[1] === lang && r[2] === want), `${rule} ${lang} ${want}`).toBe(true);
    }
  });
  for (const [rule, lang, want, text] of rows) {
    it(`${rule} ${lang} ${want}: ${text}`, async () => {
      const { messages } = await lintText(text, { lang });
      const ids = messages.map((m) => m.ruleId).filter((id) => CORE.includes(id));
      if (want === 'flag') expect(ids).toContain(rule);
      else expect(ids).toEqual([]);
    });
  }
});
