// Formal and informal address mixed in one reply: Swedish du/dig/din with
// Ni/Er/Ert, Danish du/dig/din with De/Dem/Deres. The formal forms count only
// capitalised inside a sentence: sentence-initial "De" is Danish "they", "Ni"
// and "Er" there may be plural. English has no such distinction.
import type { Rule, Token } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';
import { PhraseMatcher } from '../../src/phrases/phrase-rule.js';
import { SUGGESTION_LABEL } from '../../src/messages.js';

export interface InconsistentAddressOptions {
  /** The house style; when set, every use of the other form is reported. */
  readonly address?: 'formal' | 'informal';
}

const dir = new URL('./', import.meta.url);
const pronouns = new PhraseMatcher(dir);

type Form = 'formal' | 'informal';

const rule: Rule<InconsistentAddressOptions> = {
  meta: {
    id: 'inconsistent-address',
    description: 'Formal and informal address mixed in one reply (sv du/Ni, da du/De).',
    defaultSeverity: 'warn',
    languages: pronouns.languages(),
  },
  check({ doc, lang, messageLang, options, report }) {
    const data = pronouns.data(lang);
    if (!data) return;
    const uses: { token: Token; form: Form }[] = [];
    for (const sentence of doc.sentences) {
      if (sentence.frame) continue;
      sentence.tokens.forEach((token, i) => {
        const form = formOf(token, i, lang);
        if (form) uses.push({ token, form });
      });
    }
    const count = (form: Form) => uses.filter((u) => u.form === form).length;
    let wrong: Form;
    if (options.address) wrong = options.address === 'formal' ? 'informal' : 'formal';
    else {
      if (!count('formal') || !count('informal')) return;
      // The minority is the slip; on a tie, the form used second.
      wrong = count('formal') < count('informal') ? 'formal' : count('informal') < count('formal') ? 'informal' : uses[uses.length - 1]!.form;
    }
    for (const { token, form } of uses) {
      if (form !== wrong) continue;
      const replacement = data.suggestions[token.norm];
      report({
        span: token,
        message: formatMessage(loadMessages(dir), form === 'formal' ? 'formal-in-informal' : 'informal-in-formal', messageLang, {
          actual: token.text,
        }),
        suggestions: replacement ? [{ desc: SUGGESTION_LABEL[messageLang], text: replacement }] : [],
      });
    }
  },
};

function formOf(token: Token, index: number, lang: 'sv' | 'da' | 'en'): Form | null {
  if (pronouns.wordInSet(lang, 'informal', token)) return 'informal';
  // Only a word lower-casing changes can be capitalised; the regex runs for few words.
  if (index > 0 && token.text !== token.norm && /^\p{Lu}\p{Ll}*$/u.test(token.text) && pronouns.wordInSet(lang, 'formal', token)) return 'formal';
  return null;
}

export default rule;
