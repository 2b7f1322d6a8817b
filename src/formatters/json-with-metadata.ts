// ESLint's json-with-metadata: the JSON results plus what each rule is, so a
// consumer can show descriptions without knowing replylint.
import type { Formatter } from '../types.js';
import { toJsonResult } from './json.js';
import { rulesMeta } from './shared.js';

export const jsonWithMetadata: Formatter = {
  name: 'json-with-metadata',
  format(results, context) {
    const rules = Object.fromEntries(
      rulesMeta(results, context).map(({ id, ...meta }) => [id, meta]),
    );
    const metadata = { ...(context.version ? { version: context.version } : {}), rulesMeta: rules };
    return `${JSON.stringify({ results: results.map(toJsonResult), metadata })}\n`;
  },
};
