import type { Placeholder, Rule } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';

const dir = new URL('./', import.meta.url);

// In a draft about to be sent every slot is a mistake; in a template (`--template`)
// slots are the point, and only ones the template engine cannot read are reported.
const rule: Rule = {
  meta: {
    id: 'leftover-placeholder',
    description: 'Unfilled template slots in a draft ({{first_name}}, [NAME], <insert date>, XXX); malformed ones in templates.',
    defaultSeverity: 'error',
    languages: ['sv', 'da', 'en'],
  },
  check({ doc, messageLang, report }) {
    const messages = loadMessages(dir);
    for (const placeholder of doc.placeholders) {
      if (doc.template && placeholder.wellFormed) continue;
      const id = placeholder.wellFormed ? 'unfilled' : 'malformed';
      report({
        span: placeholder,
        message: formatMessage(messages, id, messageLang, { actual: placeholder.text }),
        suggestions: placeholder.wellFormed ? [] : [{ desc: formatMessage(messages, 'close', messageLang), text: closed(placeholder) }],
      });
    }
  },
};

function closed(placeholder: Placeholder): string {
  const inner = trimClosers(placeholder.text.replace(/^\{[{%]\s*/, ''));
  return placeholder.syntax === 'jinja' ? `{% ${inner} %}` : `{{${inner}}}`;
}

/** Drops trailing `}`, `%` and spaces. A loop: `/[}%\s]+$/` backtracks quadratically on a long run of spaces. */
function trimClosers(text: string): string {
  let end = text.length;
  while (end > 0 && /[}%\s]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

export default rule;
