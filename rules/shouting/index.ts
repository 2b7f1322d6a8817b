// Shouting: words in capitals, runs of "!!" and "?!", and in Swedish and
// Danish business writing more than one exclamation mark in a reply.
import type { Rule, Sentence } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';
import { PhraseMatcher } from '../../src/phrases/phrase-rule.js';
import { SUGGESTION_LABEL } from '../../src/messages.js';
import { bodyOf } from '../../src/text.js';

export interface ShoutingOptions {
  /** Capitalised words that are names, not shouting (brands, product codes). */
  readonly allow?: readonly string[];
}

const dir = new URL('./', import.meta.url);
const cues = new PhraseMatcher(dir);

/** Five or more capitals: shorter ones are abbreviations (EU, SMS, IKEA is allowed by data). */
const CAPITALS = /^\p{Lu}{5,}$/u;
const MARK_RUN = /[!?]{2,}/g;

const rule: Rule<ShoutingOptions> = {
  meta: {
    id: 'shouting',
    description: 'Words in capitals, "!!" and "?!", and more than one exclamation mark in a Swedish or Danish reply.',
    defaultSeverity: 'warn',
    languages: cues.languages(),
  },
  check({ doc, lang, messageLang, options, report }) {
    const messages = loadMessages(dir);
    const say = (id: string, actual: string) => formatMessage(messages, id, messageLang, { actual });
    const allowed = new Set((options.allow ?? []).map((w) => w.toLowerCase()));
    const body = bodyOf(doc.sentences);
    for (const sentence of body) {
      for (const token of sentence.tokens) {
        // Lower-casing leaves a word without capitals as it is: most words end the test there.
        if (token.text === token.norm || !CAPITALS.test(token.text) || allowed.has(token.norm) || cues.wordInSet(lang, 'allowed', token)) continue;
        report({
          span: token,
          message: say('capitals', token.text),
          suggestions: [{ desc: SUGGESTION_LABEL[messageLang], text: token.text.charAt(0) + token.text.slice(1).toLowerCase() }],
        });
      }
    }
    const runs = new Set<number>();
    const exclaiming = body.filter((s) => s.text.includes('!'));
    for (const sentence of exclaiming) {
      for (const m of sentence.text.matchAll(MARK_RUN)) {
        if (!m[0].includes('!')) continue;
        const start = sentence.start + m.index;
        runs.add(start);
        report({ span: { start, end: start + m[0].length }, message: say('marks', m[0]), suggestions: [{ desc: SUGGESTION_LABEL[messageLang], text: m[0].includes('?') ? '?' : '.' }] });
      }
    }
    if (lang === 'en') return;
    const marks = exclamations(exclaiming.filter((s) => !cues.setOccurs(lang, 'closing-wish', s.tokens))).filter((at) => !runs.has(at));
    for (const at of marks.slice(1)) {
      report({ span: { start: at, end: at + 1 }, message: say('exclamations', '!'), suggestions: [{ desc: SUGGESTION_LABEL[messageLang], text: '.' }] });
    }
  },
};

function exclamations(sentences: readonly Sentence[]): number[] {
  const at: number[] = [];
  for (const s of sentences) {
    for (let i = s.text.indexOf('!'); i >= 0; i = s.text.indexOf('!', i + 1)) if (s.text[i - 1] !== '!') at.push(s.start + i);
  }
  return at;
}

export default rule;
