import { definePhraseRule } from '../../src/phrases/phrase-rule.js';

export default definePhraseRule({
  id: 'blame-shifting',
  description: 'Pushes responsibility onto a colleague, another department, a third party, "the system" or the customer.',
  defaultSeverity: 'error',
  dir: new URL('./', import.meta.url),
});
