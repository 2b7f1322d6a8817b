// `--format rewrite` / `--fix-dry-run`: the draft with every finding's first
// suggestion applied, as a starting point for a person or an agent. Output
// only: replylint never writes the input files.
import type { Formatter, LintMessage } from '../types.js';
import { byFile, displayPath } from './shared.js';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A suggestion written as a whole sentence ("Vi skickar … i dag.") replaces the flagged phrase's sentence. */
function isSentence(text: string): boolean {
  return /^\p{Lu}/u.test(text) && /[.!?…]$/.test(text.trim());
}

/** The sentence around a span, within its line: from after the previous .!? to the next one. */
function sentenceAround(source: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[\r\n]/.test(source[from - 1]!) && !(/[.!?…]/.test(source[from - 2] ?? '') && /\s/.test(source[from - 1]!))) from--;
  while (from < start && /[ \t]/.test(source[from]!)) from++;
  let to = end;
  while (to < source.length && !/[\r\n]/.test(source[to]!) && !/[.!?…]/.test(source[to - 1] ?? '')) to++;
  if (to > end && !/[.!?…]/.test(source[to - 1]!)) to = end; // no sentence end on the line: keep the span
  return [from, Math.max(to, end)];
}

/**
 * Replaces each finding's span with its first suggestion (its sentence, when
 * the suggestion is a whole sentence). Where edits overlap, the one that starts
 * first wins (then the longer one); edits are applied right to left so earlier
 * offsets stay valid.
 */
export function applySuggestions(source: string, messages: readonly LintMessage[]): string {
  const edits: Edit[] = messages
    .filter((m) => m.suggestions.length > 0)
    .map((m) => {
      const text = m.suggestions[0]!.text;
      const [start, end] = isSentence(text) ? sentenceAround(source, m.range[0], m.range[1]) : m.range;
      // "To recap briefly:" in place of "As I explained," takes the comma's place too.
      const swallow = /[:;,.]$/.test(text) && /^[:;,]/.test(source.slice(end, end + 1)) ? 1 : 0;
      return { start, end: end + swallow, text };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Edit[] = [];
  let end = -1;
  for (const edit of edits) {
    if (edit.start < end) continue;
    chosen.push(edit);
    end = edit.end;
  }
  let out = source;
  for (const edit of chosen.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export const rewrite: Formatter = {
  name: 'rewrite',
  format(results, context) {
    const files = [...byFile(results)];
    return files
      .map(([filePath, group]) => {
        const source = group[0]?.source ?? '';
        const text = applySuggestions(source, group.flatMap((r) => r.messages));
        return files.length > 1 ? `==> ${displayPath(filePath, context.cwd)} <==\n${text}` : text;
      })
      .join(files.length > 1 ? '\n' : '');
  },
};
