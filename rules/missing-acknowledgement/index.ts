// The customer complained in the quoted message and the reply neither
// apologises nor acknowledges it. Silent when there is no quoted message.
import type { Rule } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';
import { PhraseMatcher } from '../../src/phrases/phrase-rule.js';
import { SUGGESTION_LABEL } from '../../src/messages.js';
import { bodyOf } from '../../src/text.js';

const dir = new URL('./', import.meta.url);
const cues = new PhraseMatcher(dir);

const rule: Rule = {
  meta: {
    id: 'missing-acknowledgement',
    description: 'The quoted customer message complains and the reply neither apologises nor acknowledges it.',
    defaultSeverity: 'warn',
    languages: cues.languages(),
  },
  check({ doc, lang, messageLang, report }) {
    if (!doc.quoted) return;
    const customerLang = doc.quoted.language?.code ?? lang;
    if (!cues.data(customerLang)) return;
    if (!cues.setOccurs(customerLang, 'complaint', doc.quoted.tokens)) return;
    const body = bodyOf(doc.sentences, true);
    if (!body.length) return;
    if (body.some((s) => cues.setOccurs(lang, 'acknowledgement', s.tokens))) return;
    const data = cues.data(lang)!;
    report({
      span: body[0]!,
      message: formatMessage(loadMessages(dir), 'missing', messageLang),
      suggestions: [{ desc: SUGGESTION_LABEL[messageLang], text: `${data.suggestions.acknowledge} ${body[0]!.text}` }],
    });
  },
};

export default rule;
