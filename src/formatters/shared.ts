// Helpers the machine-readable formats share.
import { isAbsolute, relative, sep } from 'node:path';
import type { FormatterContext, LintMessage, LintResult, RuleMeta } from '../types.js';
import { builtinRules } from '../../rules/index.js';

/** The path as a repository-relative POSIX path when it lies under cwd (CI annotations need that). */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath.split(sep).join('/');
  const rel = relative(cwd, filePath);
  const inside = rel && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : filePath).split(sep).join('/');
}

export function severityName(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}

/** Rule metadata: what the CLI passed, else the built-in rules; plus any rule id seen in results. */
export function rulesMeta(results: readonly LintResult[], context: FormatterContext): RuleMeta[] {
  const known = new Map<string, RuleMeta>();
  for (const meta of context.rules ?? builtinRules.map((r) => r.meta)) known.set(meta.id, meta);
  for (const result of results) {
    for (const m of result.messages) {
      if (!known.has(m.ruleId)) {
        known.set(m.ruleId, { id: m.ruleId, description: m.ruleId, defaultSeverity: m.severity === 2 ? 'error' : 'warn', languages: [] });
      }
    }
  }
  return [...known.values()];
}

/** Results grouped by file, in first-seen order: a collection file yields one result per template. */
export function byFile(results: readonly LintResult[]): Map<string, LintResult[]> {
  const groups = new Map<string, LintResult[]>();
  for (const result of results) {
    const group = groups.get(result.filePath);
    if (group) group.push(result);
    else groups.set(result.filePath, [result]);
  }
  return groups;
}

/** One line: newlines in messages would break line-oriented formats. */
export function oneLine(text: string): string {
  // split and trim, not /\s*[\r\n]+\s*/: that regex is quadratic on a long run of spaces.
  const lines = text.split(/[\r\n]+/);
  return lines.length === 1 ? text : lines.map((line, i) => (i === 0 ? line.trimEnd() : i === lines.length - 1 ? line.trimStart() : line.trim())).join(' ');
}
