import type { Rule } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';
import { LANGUAGE_NAMES } from '../../src/messages.js';

const dir = new URL('./', import.meta.url);

/** Confidence below which the quoted message's (or the reply's) language is not trusted. */
const MIN_CONFIDENCE = 0.8;

const rule: Rule = {
  meta: {
    id: 'language-mismatch',
    description: 'The reply is not in the language the customer wrote in (detected from the quoted message).',
    defaultSeverity: 'warn',
    languages: ['sv', 'da', 'en'],
  },
  check({ doc, lang, messageLang, report }) {
    const customer = doc.quoted?.language;
    if (!customer || customer.code === lang || customer.confidence < MIN_CONFIDENCE) return;
    // A reply whose language is a guess (too short to tell) cannot be said to mismatch.
    const reply = doc.language;
    if (reply.source === 'fallback' || (reply.source === 'detected' && reply.confidence < MIN_CONFIDENCE)) return;
    const first = doc.sentences.find((s) => !s.frame && s.tokens.length > 0);
    if (!first) return;
    const names = LANGUAGE_NAMES[messageLang];
    report({
      span: first,
      message: formatMessage(loadMessages(dir), 'mismatch', messageLang, { customer: names[customer.code], reply: names[lang] }),
    });
  },
};

export default rule;
