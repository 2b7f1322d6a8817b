// Inline directives: a template or draft turns rules off for a part of itself.
//
//   Markdown, HTML (and any draft):   <!-- replylint-disable rule-a, rule-b -->
//                                     <!-- replylint-enable -->
//                                     <!-- replylint-disable-next-line rule-a -->
//                                     <!-- replylint-disable-line rule-a -->
//   Plain text, on a line of its own: # replylint-disable rule-a
//
// No rule list means every rule; text after " -- " is the reason. Findings a
// directive hides are kept as suppressedMessages; with reportUnused, a
// directive that hid nothing is itself reported.
import type { Lang, LintMessage, Region, Span } from './types.js';
import type { InputFormat } from './document.js';
import { lineIndex } from './position.js';
import { closestName } from './closest-name.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  readonly kind: DirectiveKind;
  /** null: every rule. */
  readonly rules: readonly string[] | null;
  /** The whole comment or line. */
  readonly span: Span;
  /** 1-based line the directive ends on. */
  readonly line: number;
  readonly reason?: string;
}

export const UNUSED_DIRECTIVE_ID = 'unused-disable-directive';
export const INVALID_DIRECTIVE_ID = 'invalid-directive';

// Bounded bodies keep both scans linear even on a long, unclosed comment.
const COMMENT = /<!--([^]{0,1000}?)-->/g;
const HASH_LINE = /^[ \t]*#[ \t]?(replylint-[a-z-]{1,40}(?:[ \t][^\r\n]{0,1000})?)(?=\r?$)/gm;
const BODY = /^\s*replylint-(disable-next-line|disable-line|disable|enable)(?=\s|$)\s*([^]*?)\s*$/;

/** Every directive in the source, in order. The `#` form is read in plain text only. */
export function findDirectives(source: string, format: InputFormat): Directive[] {
  // Nearly every draft has none; both scans below look for this word.
  if (!source.includes('replylint-')) return [];
  const found: { kind: DirectiveKind; body: string; span: Span }[] = [];
  for (const m of source.matchAll(COMMENT)) {
    const parsed = BODY.exec(m[1]!);
    if (parsed) found.push({ kind: parsed[1] as DirectiveKind, body: parsed[2]!, span: { start: m.index, end: m.index + m[0].length } });
  }
  if (format === 'text') {
    for (const m of source.matchAll(HASH_LINE)) {
      const parsed = BODY.exec(m[1]!);
      if (parsed) found.push({ kind: parsed[1] as DirectiveKind, body: parsed[2]!, span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  if (!found.length) return [];
  const lines = lineIndex(source);
  return found
    .sort((a, b) => a.span.start - b.span.start)
    .map(({ kind, body, span }) => {
      const [list, ...reason] = body.split(/\s--\s|^--\s/);
      const rules = (list ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
      return {
        kind,
        rules: rules.length ? rules : null,
        span,
        line: lines.locate(span.end).line,
        ...(reason.length ? { reason: reason.join(' -- ').trim() } : {}),
      };
    });
}

/**
 * Plain-text `#` directive lines are not the agent's prose: blank them like
 * markup so no rule reads them. HTML comments are blanked by the parser already.
 */
export function blankDirectiveLines<T extends { prose: string; regions: readonly Region[]; placeholders: readonly Span[] }>(
  draft: T,
  directives: readonly Directive[],
  source: string,
): T {
  const lines = directives.filter((d) => !source.startsWith('<!--', d.span.start));
  if (!lines.length) return draft;
  let prose = draft.prose;
  const regions = [...draft.regions];
  for (const { span } of lines) {
    prose = prose.slice(0, span.start) + ' '.repeat(span.end - span.start) + prose.slice(span.end);
    regions.push({ start: span.start, end: span.end, kind: 'markup' });
  }
  const placeholders = draft.placeholders.filter((p) => !lines.some(({ span }) => p.start < span.end && span.start < p.end));
  return { ...draft, prose, placeholders, regions: regions.sort((a, b) => a.start - b.start) };
}

export interface Applied {
  readonly messages: LintMessage[];
  readonly suppressedMessages: LintMessage[];
  /** Directives (or rules listed in them) that hid nothing. */
  readonly unused: { directive: Directive; rule: string | null }[];
}

/** Splits findings into shown and suppressed. */
export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[]): Applied {
  if (!directives.length) return { messages: [...messages], suppressedMessages: [], unused: [] };
  const used = new Map<Directive, Set<string>>();
  const shown: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  const applies = (d: Directive, rule: string) => d.rules === null || d.rules.includes(rule);
  for (const message of messages) {
    const at = message.range[0];
    let by: Directive | null = null;
    for (const d of directives) {
      if (d.span.start > at) break;
      if (d.kind === 'disable' && applies(d, message.ruleId)) by = d;
      else if (d.kind === 'enable' && applies(d, message.ruleId)) by = null;
    }
    if (!by) {
      by =
        directives.find(
          (d) =>
            applies(d, message.ruleId) &&
            ((d.kind === 'disable-next-line' && message.line === d.line + 1) || (d.kind === 'disable-line' && message.line === d.line)),
        ) ?? null;
    }
    if (!by) {
      shown.push(message);
      continue;
    }
    suppressed.push(message);
    const rules = used.get(by) ?? new Set<string>();
    rules.add(message.ruleId);
    used.set(by, rules);
  }
  const unused: Applied['unused'] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const hit = used.get(directive);
    if (directive.rules === null) {
      if (!hit) unused.push({ directive, rule: null });
    } else for (const rule of directive.rules) if (!hit?.has(rule)) unused.push({ directive, rule });
  }
  return { messages: shown, suppressedMessages: suppressed, unused };
}

const UNUSED_TEXT: Readonly<Record<Lang, { some: string; all: string }>> = {
  en: {
    some: 'Unused replylint-disable directive (no problems were reported from {rule}).',
    all: 'Unused replylint-disable directive (no problems were reported).',
  },
  sv: {
    some: 'Oanvänt replylint-disable-direktiv (inga problem rapporterades från {rule}).',
    all: 'Oanvänt replylint-disable-direktiv (inga problem rapporterades).',
  },
  da: {
    some: 'Ubrugt replylint-disable-direktiv (der blev ikke rapporteret problemer fra {rule}).',
    all: 'Ubrugt replylint-disable-direktiv (der blev ikke rapporteret problemer).',
  },
};

export function unusedDirectiveText(rule: string | null, messageLang: Lang): string {
  const texts = UNUSED_TEXT[messageLang];
  return rule === null ? texts.all : texts.some.replace('{rule}', rule);
}

/** Rule names in directives that no rule in `rules` has, with the nearest id: a typo would otherwise hide nothing, silently. */
export function unknownDirectiveRules(directives: readonly Directive[], rules: ReadonlyMap<string, unknown>): { directive: Directive; rule: string; closest: string | null }[] {
  const out: { directive: Directive; rule: string; closest: string | null }[] = [];
  for (const directive of directives) {
    for (const rule of directive.rules ?? []) if (!rules.has(rule)) out.push({ directive, rule, closest: closestName(rule, rules.keys()) });
  }
  return out;
}

const UNKNOWN_TEXT: Readonly<Record<Lang, { text: string; hint: string }>> = {
  en: { text: 'Unknown rule "{rule}" in a replylint directive{hint}.', hint: '; did you mean "{closest}"?' },
  sv: { text: 'Okänd regel ”{rule}” i ett replylint-direktiv{hint}.', hint: '; menade du ”{closest}”?' },
  da: { text: 'Ukendt regel "{rule}" i et replylint-direktiv{hint}.', hint: '; mente du "{closest}"?' },
};

export function unknownRuleText(rule: string, closest: string | null, messageLang: Lang): string {
  const { text, hint } = UNKNOWN_TEXT[messageLang];
  const said = text.replace('{rule}', rule).replace('{hint}', closest ? hint.replace('{closest}', closest) : '');
  return said.replace(/\?\.$/, '?'); // "did you mean …?" ends the sentence
}
