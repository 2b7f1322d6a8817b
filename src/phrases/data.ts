// Rule data: one YAML file per language beside each rule (`rules/<id>/sv.yml`)
// plus the rule's `messages.yml`. The build compiles and validates them into
// JSON next to the compiled rule, so a run reads JSON; tests and development
// read the YAML directly, so a contributor edits, saves and runs `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../types.js';
import { LANGUAGES } from '../types.js';
import { PatternError, parsePattern, type Sequence } from './pattern.js';

export interface PatternExamples {
  /** Each must produce a finding from this pattern. `[[…]]` marks the span it must overlap. */
  readonly bad: readonly string[];
  /** Near misses: none may produce a finding from the rule. */
  readonly good: readonly string[];
}

export interface CompiledPattern {
  /** Where it is written, for messages: `sv.yml#3`. */
  readonly where: string;
  readonly source: readonly string[];
  readonly match: readonly Sequence[];
  readonly message: string;
  readonly suggest: readonly string[];
  /** A match is dropped when one of these matches anywhere in the same sentence. */
  readonly unless: readonly Sequence[];
  /** … or ends at most three words before it. */
  readonly unlessBefore: readonly Sequence[];
  /** … or starts at most three words after it. */
  readonly unlessAfter: readonly Sequence[];
  /** … or matches inside the same clause (between , ; : – — and brackets). Absent in older compiled data. */
  readonly unlessClause?: readonly Sequence[];
  readonly examples: PatternExamples;
}

export interface PhraseData {
  readonly lang: Lang;
  readonly sets: Readonly<Record<string, readonly Sequence[]>>;
  readonly patterns: readonly CompiledPattern[];
  /** File-level `unless`: applies to every pattern. */
  readonly unless: readonly Sequence[];
  /** Examples for sets that code rules use: each `match` text contains a phrase of the set, no `no-match` text does. */
  readonly setExamples: Readonly<Record<string, { readonly match: readonly string[]; readonly noMatch: readonly string[] }>>;
  /** Replacement texts in this language that code rules suggest, by id. */
  readonly suggestions: Readonly<Record<string, string>>;
  /** File-level `unless-clause`: applies to every pattern, within the match's clause. */
  readonly unlessClause?: readonly Sequence[];
  /** Message texts by id and language. */
  readonly messages: Readonly<Record<string, Readonly<Record<Lang, string>>>>;
}

export class RuleDataError extends Error {}

const FILE_KEYS = new Set(['sets', 'patterns', 'unless', 'unless-clause', 'examples', 'suggest']);
const PATTERN_KEYS = new Set(['match', 'message', 'suggest', 'unless', 'unless-before', 'unless-after', 'unless-clause', 'examples', 'note']);

type Inflect = (word: string) => readonly string[];

/** Validates parsed YAML of one language file; `where` names the file in errors. */
export function compilePhraseData(
  raw: unknown,
  messages: PhraseData['messages'],
  lang: Lang,
  where: string,
  inflect: Inflect,
): PhraseData {
  const fail = (path: string, what: string): never => {
    throw new RuleDataError(`${where}: ${path}: ${what}`);
  };
  if (!isObject(raw)) fail('(top)', 'expected a mapping with `sets` and `patterns`');
  const file = raw as Record<string, unknown>;
  for (const key of Object.keys(file)) if (!FILE_KEYS.has(key)) fail(key, `unknown key; allowed: ${[...FILE_KEYS].join(', ')}`);

  const groups = new Map<string, Sequence[]>();
  const parse = (value: unknown, path: string): Sequence => {
    if (typeof value !== 'string') return fail(path, `expected a phrase, got ${JSON.stringify(value)}`);
    try {
      return parsePattern(value, inflect, groups);
    } catch (error) {
      if (error instanceof PatternError) return fail(path, error.message);
      throw error;
    }
  };
  const list = (value: unknown, path: string): Sequence[] => {
    if (value === undefined) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item, i) => parse(item, `${path}[${i}]`));
  };

  const sets: Record<string, Sequence[]> = {};
  const rawSets = file.sets ?? {};
  if (!isObject(rawSets)) fail('sets', 'expected a mapping of set name to a list of phrases');
  for (const [name, phrases] of Object.entries(rawSets as Record<string, unknown>)) {
    if (!Array.isArray(phrases) || !phrases.length) fail(`sets.${name}`, 'expected a non-empty list of phrases');
    const seen = new Set<string>();
    for (const phrase of phrases as unknown[]) {
      const key = String(phrase).toLowerCase();
      if (seen.has(key)) fail(`sets.${name}`, `"${phrase}" is listed twice`);
      seen.add(key);
    }
    sets[name] = list(phrases, `sets.${name}`);
  }

  const usedSets = new Set<string>();
  const collect = (sequences: readonly Sequence[]) => {
    for (const sequence of sequences) for (const e of sequence) if (e.kind === 'set') usedSets.add(e.name);
  };
  Object.values(sets).forEach(collect);

  // A code rule may use only sets; a phrase rule needs patterns.
  if (file.patterns !== undefined && !Array.isArray(file.patterns)) fail('patterns', 'expected a list');
  if (file.patterns === undefined && !Object.keys(sets).length) fail('patterns', 'expected a non-empty list');
  const patterns = ((file.patterns ?? []) as unknown[]).map((entry, i): CompiledPattern => {
    const path = `patterns[${i}]`;
    if (!isObject(entry)) return fail(path, 'expected a mapping with `match`, `message` and `examples`');
    const p = entry as Record<string, unknown>;
    for (const key of Object.keys(p)) if (!PATTERN_KEYS.has(key)) fail(`${path}.${key}`, `unknown key; allowed: ${[...PATTERN_KEYS].join(', ')}`);
    const match = list(p.match, `${path}.match`);
    if (!match.length) fail(`${path}.match`, 'is required');
    const message = p.message;
    if (typeof message !== 'string' || !messages[message]) {
      fail(`${path}.message`, `${JSON.stringify(message)} is not an id in messages.yml (${Object.keys(messages).join(', ')})`);
    }
    const suggest = p.suggest === undefined ? [] : Array.isArray(p.suggest) ? p.suggest : [p.suggest];
    if (!suggest.length || suggest.some((s) => typeof s !== 'string' || !s.trim())) {
      fail(`${path}.suggest`, 'give at least one phrasing the agent could send instead');
    }
    const examples = p.examples;
    if (!isObject(examples)) return fail(`${path}.examples`, 'needs `bad` (must be flagged) and `good` (must not)');
    const bad = asStrings((examples as Record<string, unknown>).bad);
    const good = asStrings((examples as Record<string, unknown>).good);
    if (!bad.length) fail(`${path}.examples.bad`, 'give at least one sentence this pattern must flag');
    if (!good.length) fail(`${path}.examples.good`, 'give at least one near miss this rule must not flag');
    const compiled: CompiledPattern = {
      where: `${where}#${i + 1}`,
      source: (Array.isArray(p.match) ? p.match : [p.match]).map(String),
      match,
      message: message as string,
      suggest: suggest as string[],
      unless: list(p.unless, `${path}.unless`),
      unlessBefore: list(p['unless-before'], `${path}.unless-before`),
      unlessAfter: list(p['unless-after'], `${path}.unless-after`),
      unlessClause: list(p['unless-clause'], `${path}.unless-clause`),
      examples: { bad, good },
    };
    collect(compiled.match);
    collect(compiled.unless);
    collect(compiled.unlessBefore);
    collect(compiled.unlessAfter);
    collect(compiled.unlessClause ?? []);
    return compiled;
  });
  const unless = list(file.unless, 'unless');
  collect(unless);
  const unlessClause = list(file['unless-clause'], 'unless-clause');
  collect(unlessClause);

  for (const [name, sequences] of groups) {
    sets[name] = sequences;
    collect(sequences);
  }
  for (const name of usedSets) if (!sets[name]) fail('patterns', `@${name} is used but no set is called ${name}`);
  checkCycles(sets, fail);
  const setExamples: Record<string, { match: string[]; noMatch: string[] }> = {};
  const rawExamples = file.examples ?? {};
  if (!isObject(rawExamples)) fail('examples', 'expected a mapping of set name to { match, no-match }');
  for (const [name, value] of Object.entries(rawExamples as Record<string, unknown>)) {
    if (!sets[name]) fail(`examples.${name}`, `there is no set called ${name}`);
    if (!isObject(value)) fail(`examples.${name}`, 'expected { match: [...], no-match: [...] }');
    const v = value as Record<string, unknown>;
    const match = asStrings(v.match);
    const noMatch = asStrings(v['no-match']);
    if (!match.length || !noMatch.length) fail(`examples.${name}`, 'give at least one `match` and one `no-match` text');
    setExamples[name] = { match, noMatch };
  }
  const suggestions: Record<string, string> = {};
  const rawSuggest = file.suggest ?? {};
  if (!isObject(rawSuggest)) fail('suggest', 'expected a mapping of id to the text to suggest');
  for (const [id, text] of Object.entries(rawSuggest as Record<string, unknown>)) {
    if (typeof text !== 'string' || !text.trim()) fail(`suggest.${id}`, 'expected a text');
    suggestions[id] = text as string;
  }
  return { lang, sets, patterns, unless, unlessClause, setExamples, suggestions, messages };
}

/** Validates `messages.yml`: every id has a text in every language. */
export function compileMessages(raw: unknown, where: string): PhraseData['messages'] {
  if (!isObject(raw)) throw new RuleDataError(`${where}: expected a mapping of message id to texts per language`);
  const out: Record<string, Record<Lang, string>> = {};
  for (const [id, texts] of Object.entries(raw as Record<string, unknown>)) {
    if (!isObject(texts)) throw new RuleDataError(`${where}: ${id}: expected en, sv and da texts`);
    const t = texts as Record<string, unknown>;
    for (const lang of LANGUAGES) {
      if (typeof t[lang] !== 'string' || !(t[lang] as string).trim()) {
        throw new RuleDataError(`${where}: ${id}.${lang}: missing text`);
      }
    }
    out[id] = { en: t.en as string, sv: t.sv as string, da: t.da as string };
  }
  return out;
}

function checkCycles(sets: Record<string, Sequence[]>, fail: (path: string, what: string) => never): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') fail(`sets.${name}`, `sets refer to each other in a loop: ${[...trail, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const sequence of sets[name] ?? []) for (const e of sequence) if (e.kind === 'set') visit(e.name, [...trail, name]);
    state.set(name, 'done');
  };
  Object.keys(sets).forEach((name) => visit(name, []));
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asStrings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

const cache = new Map<string, PhraseData | null>();

/**
 * The data of the rule in `dir` for `lang`, or null when the rule has no file
 * for that language. Compiled JSON (from the build) is preferred; otherwise
 * the YAML is parsed and validated.
 */
export function loadPhraseData(dir: URL, lang: Lang): PhraseData | null {
  const key = `${dir.href}#${lang}`;
  if (cache.has(key)) return cache.get(key)!;
  const compiled = new URL(`${lang}.json`, dir);
  let data: PhraseData | null = null;
  if (existsSync(compiled)) data = JSON.parse(readFileSync(compiled, 'utf8')) as PhraseData;
  else if (existsSync(new URL(`${lang}.yml`, dir))) data = compileFromYaml(dir, lang);
  cache.set(key, data);
  return data;
}

/** Languages a rule folder has data for. */
export function phraseLanguages(dir: URL): Lang[] {
  return LANGUAGES.filter((lang) => existsSync(new URL(`${lang}.json`, dir)) || existsSync(new URL(`${lang}.yml`, dir)));
}

const require = createRequire(import.meta.url);

/** Every inflected form of an English verb or noun, via compromise (build and tests only). */
function inflectEnglish(word: string): string[] {
  const nlp = require('compromise') as typeof import('compromise').default;
  const forms = new Set([word]);
  const verb = nlp(word);
  verb.tag('Verb');
  const conjugated = verb.verbs().conjugate()[0] as Record<string, string> | undefined;
  for (const [tense, form] of Object.entries(conjugated ?? {})) if (tense !== 'FutureTense' && form) forms.add(form);
  const noun = nlp(word);
  noun.tag('Noun');
  forms.add(noun.nouns().toPlural().text());
  return [...forms].filter((f) => f && !f.includes(' '));
}

function noInflection(word: string): never {
  throw new PatternError(`"${word}+": inflection by + is for English; in Swedish and Danish write ${word}* or list the forms`);
}

export function compileFromYaml(dir: URL, lang: Lang): PhraseData {
  const { parse } = require('yaml') as typeof import('yaml');
  const name = fileURLToPath(new URL(`${lang}.yml`, dir));
  const messagesName = fileURLToPath(new URL('messages.yml', dir));
  const read = (file: string) => {
    try {
      return parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      throw new RuleDataError(`${file}: ${(error as Error).message.split('\n')[0]}`);
    }
  };
  const messages = compileMessages(read(messagesName), messagesName);
  return compilePhraseData(read(name), messages, lang, name, lang === 'en' ? inflectEnglish : noInflection);
}

const messageCache = new Map<string, PhraseData['messages']>();

/** A rule folder's `messages.yml` (compiled to messages.json by the build). */
export function loadMessages(dir: URL): PhraseData['messages'] {
  const cached = messageCache.get(dir.href);
  if (cached) return cached;
  const compiled = new URL('messages.json', dir);
  let messages: PhraseData['messages'];
  if (existsSync(compiled)) messages = JSON.parse(readFileSync(compiled, 'utf8')) as PhraseData['messages'];
  else {
    const { parse } = require('yaml') as typeof import('yaml');
    const file = fileURLToPath(new URL('messages.yml', dir));
    messages = compileMessages(parse(readFileSync(file, 'utf8')), file);
  }
  messageCache.set(dir.href, messages);
  return messages;
}

/** `{name}` in a message text is replaced by `values.name`. */
export function formatMessage(
  messages: PhraseData['messages'],
  id: string,
  lang: Lang,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const text = messages[id]?.[lang] ?? messages[id]?.en ?? id;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
