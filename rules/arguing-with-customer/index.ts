import { definePhraseRule } from '../../src/phrases/phrase-rule.js';

export default definePhraseRule({
  id: 'arguing-with-customer',
  description: 'Corrects, lectures or contradicts the customer instead of acknowledging them.',
  defaultSeverity: 'error',
  dir: new URL('./', import.meta.url),
});
