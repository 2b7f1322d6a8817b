// A test rule whose findings are fully known: it flags every whole-word
// occurrence of the given words in the agent's prose, with a fixed suggestion.
// Container tests use it so positions do not move when phrase data is tuned.
import type { Rule } from '../../src/types.js';

export function wordRule(id: string, words: readonly string[], suggestion = 'REPLACED'): Rule {
  return {
    meta: { id, description: `Flags ${words.join(', ')}.`, defaultSeverity: 'error', languages: ['sv', 'da', 'en'] },
    check({ doc, report }) {
      for (const word of words) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu');
        for (const m of doc.prose.matchAll(re)) {
          report({ span: { start: m.index, end: m.index + m[0].length }, message: `"${m[0]}" is flagged.`, suggestions: [{ desc: 'Use', text: suggestion }] });
        }
      }
    },
  };
}

export function ruleMap(...rules: Rule[]): Map<string, Rule> {
  return new Map(rules.map((r) => [r.meta.id, r]));
}
