import type { Formatter, LintResult } from '../types.js';

/** The stable JSON contract (see README, "JSON output"). */
export function toJsonResult(result: LintResult): Omit<LintResult, 'source'> {
  const { source: _source, ...rest } = result;
  return rest;
}

export const json: Formatter = {
  name: 'json',
  format: (results) => `${JSON.stringify(results.map(toJsonResult))}\n`,
};
