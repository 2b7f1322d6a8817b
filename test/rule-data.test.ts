// Every pattern in every rules/<id>/<lang>.yml carries its own proof: each
// `bad` example must be flagged by that very pattern, and no `good` example may
// be flagged by the rule at all (LanguageTool's pattern-rule tests).
import { readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang, Rule } from '../src/types.js';
import { compileFromYaml } from '../src/phrases/data.js';
import { PhraseMatcher } from '../src/phrases/phrase-rule.js';
import { buildDocument } from '../src/lint.js';
import { builtinRules } from '../rules/index.js';
import { findings, unmark } from './helpers/rule-tester.js';

const rulesDir = new URL('../rules/', import.meta.url);
const byId = new Map<string, Rule<any>>(builtinRules.map((r) => [r.meta.id, r]));

for (const id of readdirSync(rulesDir).sort()) {
  const dir = new URL(`${id}/`, rulesDir);
  for (const lang of ['sv', 'da', 'en'] as Lang[]) {
    if (!existsSync(new URL(`${lang}.yml`, dir))) continue;
    describe(`rules/${id}/${lang}.yml`, () => {
      const data = compileFromYaml(dir, lang);
      const rule = byId.get(id)!;
      const matcher = new PhraseMatcher(dir);
      it('belongs to a built-in rule', () => expect(rule).toBeDefined());
      for (const [set, examples] of Object.entries(data.setExamples)) {
        for (const text of examples.match) {
          it(`set ${set} is found in: ${text}`, async () => {
            const doc = await buildDocument(text, { lang });
            expect(matcher.setMatches(lang, set, doc.tokens)).not.toEqual([]);
            expect(matcher.setOccurs(lang, set, doc.tokens)).toBe(true);
          });
        }
        for (const text of examples.noMatch) {
          it(`set ${set} is not in: ${text}`, async () => {
            const doc = await buildDocument(text, { lang });
            expect(matcher.setMatches(lang, set, doc.tokens)).toEqual([]);
            expect(matcher.setOccurs(lang, set, doc.tokens)).toBe(false);
          });
        }
      }
      data.patterns.forEach((pattern, n) => {
        for (const example of pattern.examples.bad) {
          it(`pattern ${n + 1} flags: ${example}`, async () => {
            const { text, spans } = unmark(example);
            const doc = await buildDocument(text, { lang });
            const matches = matcher.find(doc.sentences, lang).filter((m) => m.pattern.where === pattern.where);
            expect(matches.map((m) => text.slice(m.start, m.end)), `pattern ${pattern.source.join(' / ')}`).not.toEqual([]);
            for (const [start, end] of spans) expect(matches.some((m) => m.start < end && start < m.end)).toBe(true);
          });
        }
        for (const example of pattern.examples.good) {
          it(`rule leaves alone: ${example}`, async () => {
            const got = await findings(rule, example, lang);
            expect(got.map((m) => example.slice(...m.range))).toEqual([]);
          });
        }
      });
    });
  }
}
