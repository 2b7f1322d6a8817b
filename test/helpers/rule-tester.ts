// ESLint-style rule tables: `valid` texts must give no finding from the rule,
// `invalid` texts mark the expected spans with [[…]]. The language is fixed per
// table so the markers cannot sway detection.
import { describe, expect, it } from 'vitest';
import type { Lang, Rule } from '../../src/types.js';
import { lintDocument, type RuleSetting } from '../../src/lint.js';

export interface InvalidCase {
  readonly text: string;
  readonly options?: Record<string, unknown>;
  /** Each suggestion text must appear among the findings' suggestions. */
  readonly suggestions?: readonly string[];
  readonly template?: boolean;
}

export interface ValidCase {
  readonly text: string;
  readonly options?: Record<string, unknown>;
  readonly template?: boolean;
}

export interface LanguageTable {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly (string | InvalidCase)[];
}

/** Strips [[ ]] markers and returns the text with the marked spans. */
export function unmark(marked: string): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      open = text.length;
      i++;
    } else if (marked.startsWith(']]', i) && open >= 0) {
      spans.push([open, text.length]);
      open = -1;
      i++;
    } else text += marked[i];
  }
  return { text, spans };
}

export async function findings(rule: Rule<any>, text: string, lang: Lang, options: Record<string, unknown> = {}, template = false) {
  const setting: RuleSetting = ['error', options];
  const result = await lintDocument(text, new Map([[rule.meta.id, rule]]), { lang, rules: { [rule.meta.id]: setting }, template });
  return result.messages;
}

export interface RuleTesterOptions {
  /**
   * Languages these tables must cover; default: every language of the rule.
   * A file with only English cases passes `['en']`, so each language can keep
   * its cases in its own file.
   */
  readonly languages?: readonly Lang[];
}

export function ruleTester(rule: Rule<any>, tables: Partial<Record<Lang, LanguageTable>>, options: RuleTesterOptions = {}): void {
  describe(rule.meta.id, () => {
    for (const lang of options.languages ?? rule.meta.languages) {
      it(`has valid and invalid cases in ${lang}`, () => {
        const table = tables[lang];
        expect(table?.valid.length, `${lang}: valid cases`).toBeGreaterThan(0);
        expect(table?.invalid.length, `${lang}: invalid cases`).toBeGreaterThan(0);
      });
    }
    for (const [lang, table] of Object.entries(tables) as [Lang, LanguageTable][]) {
      describe(lang, () => {
        for (const entry of table.valid) {
          const c = typeof entry === 'string' ? { text: entry } : entry;
          it(`valid: ${c.text.slice(0, 70)}`, async () => {
            const got = await findings(rule, c.text, lang, c.options, c.template);
            expect(got.map((m) => c.text.slice(...m.range))).toEqual([]);
          });
        }
        for (const entry of table.invalid) {
          const c = typeof entry === 'string' ? { text: entry } : entry;
          it(`invalid: ${c.text.slice(0, 70)}`, async () => {
            const { text, spans } = unmark(c.text);
            expect(spans.length, 'mark the expected spans with [[…]]').toBeGreaterThan(0);
            const got = await findings(rule, text, lang, c.options, c.template);
            for (const [start, end] of spans) {
              const hit = got.some((m) => m.range[0] < end && start < m.range[1]);
              expect(hit, `expected a finding on "${text.slice(start, end)}"; got ${JSON.stringify(got.map((m) => text.slice(...m.range)))}`).toBe(true);
            }
            for (const m of got) {
              const expected = spans.some(([start, end]) => m.range[0] < end && start < m.range[1]);
              expect(expected, `unexpected finding on "${text.slice(...m.range)}"`).toBe(true);
            }
            for (const suggestion of c.suggestions ?? []) {
              expect(got.flatMap((m) => m.suggestions.map((s) => s.text))).toContain(suggestion);
            }
          });
        }
      });
    }
  });
}
