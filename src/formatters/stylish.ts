// Grouped by file; each finding with its position, the source line with the
// span underlined, and the first suggestion. Like ESLint's stylish, plus the line.
import type { Formatter, LintResult } from '../types.js';
import { lineIndex } from '../position.js';
import { paint, type Palette } from './palette.js';

export const stylish: Formatter = {
  name: 'stylish',
  format(results, context) {
    const c = paint(context.color);
    const out: string[] = [];
    let errors = 0;
    let warnings = 0;
    for (const result of results) {
      errors += result.errorCount;
      warnings += result.warningCount;
      if (!result.messages.length) continue;
      out.push(c.underline(result.filePath) + (result.entry ? ` › ${result.entry}` : '') + c.dim(`  (${result.language.code}, ${result.language.source})`));
      const lines = result.source === undefined ? null : lineIndex(result.source);
      for (const m of result.messages) {
        const severity = m.severity === 2 ? c.red('error') : c.yellow('warning');
        out.push(`  ${c.dim(`${m.line}:${m.column}`.padEnd(7))} ${severity.padEnd(context.color ? 17 : 7)}  ${m.message}  ${c.dim(m.ruleId)}`);
        if (lines) out.push(...frame(lines.lineText(m.line), m.column, m.line === m.endLine ? m.endColumn : undefined, c));
        const suggestion = m.suggestions[0];
        if (suggestion) out.push(`          ${c.green(`${suggestion.desc}:`)} ${suggestion.text}`);
      }
      out.push('');
    }
    const total = errors + warnings;
    if (!total) return '';
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out.push(errors ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    return `${out.join('\n')}\n`;
  },
};

const MAX_WIDTH = 160;

function frame(line: string, column: number, endColumn: number | undefined, c: Palette): string[] {
  const start = column - 1;
  const end = Math.max(start + 1, (endColumn ?? line.length + 1) - 1);
  // Long lines are cut around the span so the underline stays readable.
  const from = Math.max(0, Math.min(start - 20, line.length - MAX_WIDTH));
  const shown = line.slice(from, from + MAX_WIDTH).replace(/\t/g, ' ');
  const marker = ' '.repeat(start - from) + '^'.repeat(Math.max(1, Math.min(end, from + MAX_WIDTH) - start));
  return [`          ${c.dim('│')} ${shown}`, `          ${c.dim('│')} ${c.red(marker)}`];
}
