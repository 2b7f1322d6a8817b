// A reply to a problem that never says what happens next or when: no action
// by the sender, no date or time frame, no instruction to the customer.
import type { Rule, Sentence, Token } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';
import { PhraseMatcher } from '../../src/phrases/phrase-rule.js';
import { SUGGESTION_LABEL } from '../../src/messages.js';
import { bodyOf } from '../../src/text.js';

const dir = new URL('./', import.meta.url);
const cues = new PhraseMatcher(dir);

const rule: Rule = {
  meta: {
    id: 'no-next-step',
    description: 'A reply to a problem that never says what happens next or when.',
    defaultSeverity: 'warn',
    languages: cues.languages(),
  },
  check({ doc, lang, messageLang, report }) {
    const body = bodyOf(doc.sentences, true);
    if (!body.length || !isAboutAProblem(doc.quoted?.tokens, doc.quoted?.language?.code ?? lang, body, lang)) return;
    if (body.some((s) => saysWhatHappensNext(s, lang))) return;
    const last = body[body.length - 1]!;
    report({
      span: last,
      message: formatMessage(loadMessages(dir), 'missing', messageLang),
      suggestions: [{ desc: SUGGESTION_LABEL[messageLang], text: cues.data(lang)!.suggestions['next-step']! }],
    });
  },
};

function isAboutAProblem(quoted: readonly Token[] | undefined, quotedLang: typeof rule.meta.languages[number], body: readonly Sentence[], lang: typeof quotedLang): boolean {
  if (quoted && cues.data(quotedLang) && cues.setOccurs(quotedLang, 'problem', quoted)) return true;
  return body.some((s) => cues.setOccurs(lang, 'problem', s.tokens));
}

const DIGIT = /\d/;

/** A sender action, a time frame (any number counts: dates, times, "3–5 days") or an instruction. */
function saysWhatHappensNext(sentence: Sentence, lang: typeof rule.meta.languages[number]): boolean {
  if (sentence.tokens.some((t) => DIGIT.test(t.norm))) return true;
  return ['action', 'time', 'instruction'].some((set) => cues.setOccurs(lang, set, sentence.tokens));
}

export default rule;
