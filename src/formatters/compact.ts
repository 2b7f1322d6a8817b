// `file:line:col: severity message [rule]`, one finding per line: for grep,
// editors' quickfix lists and problem matchers.
import type { Formatter } from '../types.js';
import { displayPath, oneLine, severityName } from './shared.js';

export const compact: Formatter = {
  name: 'compact',
  format(results, context) {
    const lines: string[] = [];
    for (const result of results) {
      const path = displayPath(result.filePath, context.cwd);
      for (const m of result.messages) {
        lines.push(`${path}:${m.line}:${m.column}: ${severityName(m)} ${oneLine(m.message)} [${m.ruleId}]`);
      }
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
  },
};
