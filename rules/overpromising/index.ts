import { definePhraseRule } from '../../src/phrases/phrase-rule.js';

export default definePhraseRule({
  id: 'overpromising',
  description: 'Guarantees or certainty about outcomes the sender does not control, and unbounded commitments.',
  defaultSeverity: 'error',
  dir: new URL('./', import.meta.url),
});
