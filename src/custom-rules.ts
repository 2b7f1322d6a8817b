// Data-only rules declared in a config file (like Vale's existence and
// substitution checks): phrases per language, a message, and optionally what
// to write instead. Phrases are plain words, matched on whole tokens; only an
// entry written as `{ pattern: "…" }` uses the phrase language of rule data.
import type { Lang, Rule, RuleMeta } from './types.js';
import { LANGUAGES } from './types.js';
import { tokenize } from './text.js';
import { SUGGESTION_LABEL } from './messages.js';
import { matchEnds, parsePattern, PatternError, type Sequence, type SetTable } from './phrases/pattern.js';

/** What a config file may declare under `customRules.<id>`. */
export interface CustomRuleSpec {
  /** Default severity; `rules.<id>` overrides it. Default: warn. */
  readonly severity?: 'warn' | 'error';
  /** One text, or one per language; `{actual}` is the matched text. */
  readonly message: string | Partial<Record<Lang, string>>;
  /** Per language: a list of phrases, or a mapping of phrase to what to write instead. */
  readonly phrases: Partial<Record<Lang, readonly PhraseEntry[] | Readonly<Record<string, string>>>>;
  /** What to write instead when a phrase has no replacement of its own. */
  readonly suggest?: string | Partial<Record<Lang, string>>;
}

export type PhraseEntry = string | { readonly phrase?: string; readonly pattern?: string; readonly suggest?: string };

interface CompiledPhrase {
  readonly sequence: Sequence;
  readonly suggest?: string;
}

const SPEC_KEYS = ['severity', 'message', 'phrases', 'suggest'];

/**
 * Validates one `customRules` entry and compiles it into a Rule. `fail(path, what)`
 * throws the config error; paths are relative to `customRules.<id>`.
 */
export function compileCustomRule(id: string, raw: unknown, fail: (path: string, what: string) => never): Rule {
  const at = (path: string) => `customRules.${id}${path ? `.${path}` : ''}`;
  if (!/^[a-z][a-z0-9]{0,60}(?:-[a-z0-9]{1,60}){0,10}$/.test(id)) fail(at(''), 'a rule id is lower-case words joined by - (kebab-case)');
  if (!isObject(raw)) return fail(at(''), `expected an object with ${SPEC_KEYS.join(', ')}`);
  const spec = raw as Record<string, unknown>;
  for (const key of Object.keys(spec)) if (!SPEC_KEYS.includes(key)) fail(at(key), `unknown key; allowed: ${SPEC_KEYS.join(', ')}`);
  if (spec.severity !== undefined && spec.severity !== 'warn' && spec.severity !== 'error') {
    fail(at('severity'), `${JSON.stringify(spec.severity)} is not one of warn, error`);
  }
  const message = perLanguageText(spec.message, at('message'), fail, true)!;
  const suggest = perLanguageText(spec.suggest, at('suggest'), fail, false);
  if (!isObject(spec.phrases)) return fail(at('phrases'), 'expected phrases per language, e.g. { en: ["per our policy"] }');
  const groups = new Map<string, Sequence[]>();
  const byLang = new Map<Lang, CompiledPhrase[]>();
  for (const [lang, entries] of Object.entries(spec.phrases as Record<string, unknown>)) {
    if (!LANGUAGES.includes(lang as Lang)) fail(at(`phrases.${lang}`), `${JSON.stringify(lang)} is not one of ${LANGUAGES.join(', ')}`);
    byLang.set(lang as Lang, compileEntries(entries, at(`phrases.${lang}`), fail, groups));
  }
  if (!byLang.size) fail(at('phrases'), 'give phrases for at least one language');
  const sets: SetTable = groups;
  const meta: RuleMeta = {
    id,
    description: `Phrases the team's config lists (${[...byLang.keys()].join(', ')}).`,
    defaultSeverity: (spec.severity as 'warn' | 'error' | undefined) ?? 'warn',
    languages: [...byLang.keys()],
  };
  return {
    meta,
    check(context) {
      const phrases = byLang.get(context.lang) ?? [];
      const text = message[context.messageLang] ?? message.en ?? Object.values(message)[0]!;
      for (const sentence of context.doc.sentences) {
        if (sentence.frame) continue;
        const tokens = sentence.tokens;
        let taken = -1; // one finding per span: the first phrase listed wins
        for (let i = 0; i < tokens.length; i++) {
          if (tokens[i]!.start < taken) continue;
          for (const phrase of phrases) {
            let end = -1;
            for (const e of matchEnds(phrase.sequence, sets, tokens, i)) if (e > i) end = Math.max(end, e);
            if (end < 0) continue;
            const span = { start: tokens[i]!.start, end: tokens[end - 1]!.end };
            const actual = context.doc.source.slice(span.start, span.end).replace(/\s+/g, ' ');
            const replacement = phrase.suggest ?? suggest?.[context.lang];
            context.report({
              span,
              message: text.replaceAll('{actual}', actual),
              ...(replacement ? { suggestions: [{ desc: SUGGESTION_LABEL[context.messageLang], text: replacement }] } : {}),
            });
            taken = span.end;
            break;
          }
        }
      }
    },
  };
}

function compileEntries(
  raw: unknown,
  path: string,
  fail: (path: string, what: string) => never,
  groups: Map<string, Sequence[]>,
): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  if (isObject(raw)) {
    for (const [phrase, replacement] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof replacement !== 'string') fail(`${path}.${phrase}`, `expected the text to write instead, got ${JSON.stringify(replacement)}`);
      out.push({ sequence: plainPhrase(phrase, `${path}.${phrase}`, fail), suggest: replacement as string });
    }
  } else if (Array.isArray(raw)) {
    raw.forEach((entry: unknown, i) => {
      const where = `${path}[${i}]`;
      if (typeof entry === 'string') out.push({ sequence: plainPhrase(entry, where, fail) });
      else if (isObject(entry)) {
        const e = entry as Record<string, unknown>;
        for (const key of Object.keys(e)) if (!['phrase', 'pattern', 'suggest'].includes(key)) fail(`${where}.${key}`, 'unknown key; allowed: phrase, pattern, suggest');
        if ((e.phrase === undefined) === (e.pattern === undefined)) fail(where, 'give either phrase (plain words) or pattern (phrase syntax)');
        if (e.suggest !== undefined && typeof e.suggest !== 'string') fail(`${where}.suggest`, 'expected a text');
        const sequence =
          typeof e.phrase === 'string'
            ? plainPhrase(e.phrase, `${where}.phrase`, fail)
            : typeof e.pattern === 'string'
              ? markedPattern(e.pattern, `${where}.pattern`, fail, groups)
              : fail(where, 'phrase and pattern are texts');
        out.push({ sequence, ...(typeof e.suggest === 'string' ? { suggest: e.suggest } : {}) });
      } else fail(where, `expected a phrase, got ${JSON.stringify(entry)}`);
    });
  } else fail(path, 'expected a list of phrases or a mapping of phrase to replacement');
  if (!out.length) fail(path, 'give at least one phrase');
  return out;
}

/** Plain words: every character means itself (no wildcards), tokenized as text is. */
function plainPhrase(phrase: string, path: string, fail: (path: string, what: string) => never): Sequence {
  const words = tokenize(phrase).map((t) => t.norm);
  if (!words.length) fail(path, `${JSON.stringify(phrase)} has no words to match`);
  return words.map((word) => ({ kind: 'word' as const, exact: [word], prefixes: [], optional: false }));
}

function markedPattern(source: string, path: string, fail: (path: string, what: string) => never, groups: Map<string, Sequence[]>): Sequence {
  try {
    return parsePattern(source, (word) => fail(path, `"${word}+": + inflection is not available in config; list the forms or use ${word}*`), groups);
  } catch (error) {
    if (error instanceof PatternError) return fail(path, error.message);
    throw error;
  }
}

function perLanguageText(
  raw: unknown,
  path: string,
  fail: (path: string, what: string) => never,
  required: boolean,
): Partial<Record<Lang, string>> | undefined {
  if (raw === undefined) return required ? fail(path, 'is required: what the finding says (a text, or one per language)') : undefined;
  if (typeof raw === 'string' && raw.trim()) return Object.fromEntries(LANGUAGES.map((l) => [l, raw]));
  if (isObject(raw)) {
    const texts = raw as Record<string, unknown>;
    for (const [lang, text] of Object.entries(texts)) {
      if (!LANGUAGES.includes(lang as Lang)) fail(`${path}.${lang}`, `${JSON.stringify(lang)} is not one of ${LANGUAGES.join(', ')}`);
      if (typeof text !== 'string' || !text.trim()) fail(`${path}.${lang}`, 'expected a text');
    }
    if (Object.keys(texts).length) return texts as Partial<Record<Lang, string>>;
  }
  return fail(path, 'expected a text, or one per language ({ en: "…", sv: "…" })');
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
