// GitHub Actions workflow commands: each finding becomes an annotation on the
// pull request's diff. https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Formatter } from '../types.js';
import { displayPath, severityName } from './shared.js';

/** The message part: %, CR and LF are escaped (what the runner's own toolkit does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, plus the `:` and `,` that separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = {
  name: 'github',
  format(results, context) {
    const lines: string[] = [];
    for (const result of results) {
      const file = escapeProperty(displayPath(result.filePath, context.cwd));
      for (const m of result.messages) {
        const title = escapeProperty(`replylint (${m.ruleId})`);
        const suggestion = m.suggestions[0];
        const text = suggestion ? `${m.message}\n${suggestion.desc}: ${suggestion.text}` : m.message;
        const where = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn}`;
        lines.push(`::${severityName(m)} ${where},title=${title}::${escapeData(text)}`);
      }
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
  },
};
