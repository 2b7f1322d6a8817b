import type { Placeholder, ReplyDocument, Rule, Span } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';

const dir = new URL('./', import.meta.url);

/**
 * Slot forms the document stage leaves in the prose, found here in the agent's
 * prose only (quotes, signature and markup are already blanked):
 * `<<name>>`, `{name}`, `$FIRST_NAME`, `${name}`, `__NAME__`, `%NAME%`, a lone
 * `XX`, and bracketed slot words in any case (`[First Name]`, `[order number]`).
 */
const SLOT_WORDS =
  '(?:(?:customer(?:\'s)?|client|your|first|last|full|sur|agent(?:\'s)?|company|contact)[ _]?name|name|first[ _]?name|surname|' +
  'date|time|day|order[ _](?:number|no\\.?|id|ref)|reference(?:[ _]number)?|ref(?:erence)?|amount|price|total|address|' +
  'phone(?:[ _]number)?|email(?:[ _]address)?|link|tracking[ _](?:link|number)|account[ _]number|case[ _]number|product|item|signature)';
/** Each slot form with text every match contains: a draft without it is not scanned (most have no slots). */
const EXTRA_SLOTS: readonly { readonly re: RegExp; readonly needs: string }[] = [
  { re: /<<\s?[\p{L}_][\p{L}\p{N}_ .-]{0,40}\s?>>/gu, needs: '<<' },
  { re: /(?<![{\p{L}\p{N}])\{[A-Za-z_][A-Za-z0-9_.]{0,40}\}(?!\})/gu, needs: '{' },
  { re: /(?<![\p{L}\p{N}$])\$\{?[A-Za-z_][A-Za-z0-9_]{1,40}\}?/gu, needs: '$' },
  { re: /(?<![\p{L}\p{N}])__[A-Za-z][A-Za-z0-9_]{0,40}__(?![\p{L}\p{N}])/gu, needs: '__' },
  { re: /(?<![\p{L}\p{N}%])%[A-Z][A-Z0-9_]{1,40}%(?![\p{L}\p{N}])/gu, needs: '%' },
  { re: /(?<![\p{L}\p{N}])XX(?![\p{L}\p{N}])/gu, needs: 'XX' },
  // Not a Markdown link: "[your account](https://…)" is text with a target.
  { re: new RegExp(`\\[\\s?${SLOT_WORDS}\\s?\\](?!\\()`, 'giu'), needs: '[' },
];

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
    if (doc.template) return; // the extra forms are whole, so a template may use them
    for (const slot of extraSlots(doc)) {
      report({ span: slot, message: formatMessage(messages, 'unfilled', messageLang, { actual: doc.source.slice(slot.start, slot.end) }), suggestions: [] });
    }
  },
};

/** Slots in the agent's prose that the document stage did not already report. */
export function extraSlots(doc: Pick<ReplyDocument, 'prose' | 'placeholders'>): Span[] {
  const found: Span[] = [];
  for (const { re, needs } of EXTRA_SLOTS) {
    if (!doc.prose.includes(needs)) continue;
    for (const m of doc.prose.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const overlaps = (s: Span) => s.start < span.end && span.start < s.end;
      if (doc.placeholders.some(overlaps) || found.some(overlaps)) continue;
      found.push(span);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

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
