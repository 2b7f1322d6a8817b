// The phrase mini-language rule data is written in, and its matcher.
//
//   word        one word, any case             lova
//   word*       a word that starts so          kollega*  (kollegan, kollegorna)
//   *word       a word that ends so            *afdelingen (betalingsafdelingen), *'s (PayPal's)
//   *word*      a word that contains it        *afdeling*  (pensionsafdelingen, afdelingens)
//   word+       English: every inflected form  forget+   (forgets, forgot, forgotten)
//   a|b|c       one of these words             lovar|lovade
//   (a b|c)     one of these phrases           (you will|you'll)
//   @name       any phrase from the set `name` @kollega
//   x?          optional word or set           inte?
//   ~N          up to N words of any kind      ~3
//
// Words are matched on tokens, never substrings; a match never crosses a
// sentence boundary. Matching is bounded by the pattern (gaps are at most 8),
// so it is linear in the length of the text.
import type { Token } from '../types.js';
import { WordIndex } from './word-index.js';

export type Element = WordElement | GapElement | SetElement;

export interface WordElement {
  readonly kind: 'word';
  readonly exact: readonly string[];
  readonly prefixes: readonly string[];
  /** `*word`: compounds end with their head in sv and da ("betalingsafdelingen"); `*'s`: possessives. */
  readonly suffixes?: readonly string[];
  /** `*word*`: the head inflected inside a compound ("kamerasystemets"). */
  readonly infixes?: readonly string[];
  readonly optional: boolean;
}

export interface GapElement {
  readonly kind: 'gap';
  readonly max: number;
}

export interface SetElement {
  readonly kind: 'set';
  readonly name: string;
  readonly optional: boolean;
}

export type Sequence = readonly Element[];

export const MAX_GAP = 8;
export const MIN_PREFIX = 3;
export const MIN_SUFFIX = 2;

export class PatternError extends Error {}

/**
 * Parses one pattern. `inflect` expands `word+`. A group `(a b|c)` becomes an
 * anonymous set, added to `groups`; sets are resolved at match time.
 */
export function parsePattern(
  source: string,
  inflect: (word: string) => readonly string[],
  groups: Map<string, Sequence[]> = new Map(),
): Sequence {
  const withGroups = source.replace(/\(([^()]*)\)(\??)/g, (_whole, inner: string, optional: string) => {
    const name = encodeGroup(`(${inner.trim()})`);
    if (!groups.has(name)) {
      const alternatives = inner.split('|').map((alt) => alt.trim());
      if (alternatives.some((alt) => !alt)) throw new PatternError(`"${source}": empty alternative in (${inner})`);
      groups.set(name, alternatives.map((alt) => parsePattern(alt, inflect, groups)));
    }
    return ` @${name}${optional} `;
  });
  if (/[()]/.test(withGroups)) throw new PatternError(`"${source}": unbalanced or nested brackets`);
  const parts = withGroups.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) throw new PatternError('the pattern is empty');
  const elements: Element[] = parts.flatMap((part) => parseElement(part, inflect));
  if (elements[0]!.kind === 'gap' || elements[elements.length - 1]!.kind === 'gap') {
    throw new PatternError(`"${source}": a pattern cannot start or end with a gap (~N)`);
  }
  if (elements.every((e) => e.kind !== 'gap' && e.optional)) {
    throw new PatternError(`"${source}": every part is optional, so it would match nothing`);
  }
  rejectSplitAlternatives(source, elements);
  return elements;
}

/**
 * `|` joins single words, so "ikke|slet ikke" means "(ikke or slet) ikke". When the
 * word after an alternation repeats one of its words, a phrase group was meant.
 */
function rejectSplitAlternatives(source: string, elements: readonly Element[]): void {
  for (let k = 0; k + 1 < elements.length; k++) {
    const alternation = elements[k]!;
    const next = elements[k + 1]!;
    if (alternation.kind !== 'word' || next.kind !== 'word' || alternation.exact.length < 2 || next.exact.length !== 1) continue;
    if (alternation.exact.includes(next.exact[0]!)) {
      throw new PatternError(`"${source}": | joins single words; for alternative phrases write a group such as (a|b c)`);
    }
  }
}

// Group names are their own source text, kept set-name-safe for the parser.
const encodeGroup = (name: string) => `#${Buffer.from(name).toString('hex')}`;
export const groupName = (encoded: string) => (encoded.startsWith('#') ? Buffer.from(encoded.slice(1), 'hex').toString() : encoded);

function parseElement(part: string, inflect: (word: string) => readonly string[]): Element[] {
  const gap = /^~(\d+)$/.exec(part);
  if (gap) {
    const max = Number(gap[1]);
    if (max < 1 || max > MAX_GAP) throw new PatternError(`"${part}": a gap is ~1 to ~${MAX_GAP}`);
    return [{ kind: 'gap', max }];
  }
  const optional = part.length > 1 && part.endsWith('?');
  const body = optional ? part.slice(0, -1) : part;
  if (body.startsWith('@')) {
    const name = body.slice(1);
    if (!/^#?[\p{L}\p{N}_-]+$/u.test(name)) throw new PatternError(`"${part}": a set name is letters, digits, - and _`);
    return [{ kind: 'set', name, optional }];
  }
  // "100%" is two tokens in text ("100", "%"), so it is two words here too.
  const pieces = splitLiteral(body);
  if (pieces.length > 1) return pieces.map((piece, i) => ({ ...wordElement(piece, inflect, part), optional: optional && i === pieces.length - 1 }));
  return [{ ...wordElement(body, inflect, part), optional }];
}

function splitLiteral(body: string): string[] {
  if (body.includes('|') || /[*+]$/.test(body)) return [body];
  return body.split(/(?<=\d)(?=%)/);
}

function wordElement(body: string, inflect: (word: string) => readonly string[], part: string): WordElement {
  const exact: string[] = [];
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const infixes: string[] = [];
  for (const alternative of body.split('|')) {
    if (!alternative) throw new PatternError(`"${part}": empty alternative`);
    if (/[^\p{L}\p{M}\p{N}'’\-%*+]/u.test(alternative)) {
      throw new PatternError(`"${alternative}": only letters, digits, ' - and % (punctuation is not matched)`);
    }
    if (alternative.startsWith('*') && alternative.length > 1) {
      const contains = alternative.length > 2 && alternative.endsWith('*');
      const stem = normalize(alternative.slice(1, contains ? -1 : undefined));
      if (/[*+~@?]/.test(stem)) throw new PatternError(`"${alternative}": unexpected character`);
      // A compound head needs three letters; a possessive ending ("*'s") two.
      const least = contains || /^\p{L}/u.test(stem) ? MIN_PREFIX : MIN_SUFFIX;
      if ([...stem].length < least) {
        throw new PatternError(`"${alternative}": a word part needs at least ${least} letters`);
      }
      (contains ? infixes : suffixes).push(stem);
    } else if (alternative.endsWith('*')) {
      const stem = normalize(alternative.slice(0, -1));
      if ([...stem].length < MIN_PREFIX) {
        throw new PatternError(`"${alternative}": a prefix needs at least ${MIN_PREFIX} letters`);
      }
      prefixes.push(stem);
    } else if (alternative.endsWith('+') && alternative.length > 1) {
      exact.push(...inflect(normalize(alternative.slice(0, -1))).map(normalize));
    } else {
      if (/[*+~@?]/.test(alternative)) throw new PatternError(`"${alternative}": unexpected character`);
      exact.push(normalize(alternative));
    }
  }
  return {
    kind: 'word',
    exact: [...new Set(exact)],
    prefixes,
    ...(suffixes.length ? { suffixes } : {}),
    ...(infixes.length ? { infixes } : {}),
    optional: false,
  };
}

function normalize(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

export type SetTable = ReadonlyMap<string, readonly Sequence[]>;

const NO_PARTS: readonly string[] = [];

/** A word element as a fast predicate. */
export function wordMatches(element: WordElement, norm: string): boolean {
  if (element.exact.includes(norm)) return true;
  for (const prefix of element.prefixes) if (norm.startsWith(prefix)) return true;
  // An ending that starts with a letter may be the whole word ("*afdelingen": afdelingen);
  // one that starts with an apostrophe must leave a stem ("*'s": paypal's, not 's).
  for (const suffix of element.suffixes ?? NO_PARTS) {
    if (norm.endsWith(suffix) && (norm.length > suffix.length || /^\p{L}/u.test(suffix))) return true;
  }
  for (const infix of element.infixes ?? NO_PARTS) if (norm.includes(infix)) return true;
  return false;
}

/**
 * One token list being matched, and the ends each set was found to have at
 * each position. Patterns share sets (a pronoun set, a colleague set), so a
 * set is tried once per position however many patterns use it: matching stays
 * linear in the tokens and is not multiplied by the patterns.
 */
export class MatchScope {
  private setEnds: Map<string, (readonly number[] | undefined)[]> | undefined;

  constructor(
    readonly sets: SetTable,
    readonly tokens: readonly Token[],
    /** Matches end at or before this token index. */
    readonly limit = tokens.length,
  ) {}

  /** Token indices where a match of `sequence` starting at `from` can end (exclusive). */
  ends(sequence: Sequence, from: number): number[] {
    const out: number[] = [];
    walk(sequence, 0, from, this, out, 0);
    return out;
  }

  /** The end of the longest match of any of `sequences` at `from` that covers a token, or -1. */
  longest(sequences: readonly Sequence[], from: number): number {
    let best = -1;
    for (const sequence of sequences) best = Math.max(best, this.longestOf(sequence, from));
    return best;
  }

  /** The end of the longest match of `sequence` at `from` that covers a token, or -1. */
  longestOf(sequence: Sequence, from: number): number {
    const end = furthest(sequence, 0, from, this, 0);
    return end > from ? end : -1;
  }

  /** Whether one of `sequences` matches at `from`, covering a token. */
  matchesAt(sequences: readonly Sequence[], from: number): boolean {
    return this.longest(sequences, from) > from;
  }

  setEndsAt(name: string, pos: number, depth: number): readonly number[] {
    const deep = depth >= MAX_DEPTH;
    let alternatives = NO_ALTERNATIVES;
    if (!deep) {
      alternatives = alternativesAt(this.sets.get(name), pos < this.limit ? this.tokens[pos]!.norm : undefined, this.sets);
      // Most positions start none of the set's phrases, or fail at the second word ("det" starts
      // "det verkar", and few are followed by it): that answer depends on two words, so it is not kept.
      if (!alternatives.length || !this.secondWordFits(alternatives, pos)) return NO_ENDS;
    }
    this.setEnds ??= new Map();
    let row = this.setEnds.get(name);
    if (!row) this.setEnds.set(name, (row = []));
    const known = row[pos];
    if (known) return known;
    if (deep) return (row[pos] = NO_ENDS);
    const out: number[] = [];
    // Marked before the walk, so a set that reaches itself at the same position ends there.
    row[pos] = out;
    for (const alternative of alternatives) walk(alternative, 0, pos, this, out, depth + 1);
    return out;
  }

  /** Whether one of the alternatives found for the word at `pos` can go on at the next word. */
  private secondWordFits(alternatives: readonly Sequence[], pos: number): boolean {
    const next = pos + 1 < this.limit ? this.tokens[pos + 1]!.norm : undefined;
    for (const alternative of alternatives) {
      const first = alternative[0];
      const second = alternative[1];
      // Only two required words in a row tell this much; a gap, a set or an optional part may match anything here.
      if (first?.kind !== 'word' || first.optional || second?.kind !== 'word' || second.optional) return true;
      if (next !== undefined && wordMatches(second, next)) return true;
    }
    return false;
  }
}

/**
 * Token indices where a match of `sequence` starting at `from` can end
 * (exclusive), in `tokens[from..limit)`.
 */
export function matchEnds(
  sequence: Sequence,
  sets: SetTable,
  tokens: readonly Token[],
  from: number,
  limit = tokens.length,
): number[] {
  return new MatchScope(sets, tokens, limit).ends(sequence, from);
}

const MAX_DEPTH = 16;
const NO_ENDS: readonly number[] = [];

/**
 * The furthest end of a match of sequence[k..] from `pos`, or -1: what `walk`
 * finds, without listing every end (most tries want only the longest).
 */
function furthest(sequence: Sequence, k: number, pos: number, scope: MatchScope, depth: number): number {
  if (k === sequence.length) return pos;
  const element = sequence[k]!;
  let best = -1;
  switch (element.kind) {
    case 'word':
      if (pos < scope.limit && wordMatches(element, scope.tokens[pos]!.norm)) best = furthest(sequence, k + 1, pos + 1, scope, depth);
      break;
    case 'gap':
      for (let g = 0; g <= element.max && pos + g <= scope.limit; g++) best = Math.max(best, furthest(sequence, k + 1, pos + g, scope, depth));
      return best;
    case 'set': {
      const ends = scope.setEndsAt(element.name, pos, depth);
      // By index up to the length now: a set that recurs may add to this very list.
      for (let i = 0, n = ends.length; i < n; i++) best = Math.max(best, furthest(sequence, k + 1, ends[i]!, scope, depth));
    }
  }
  if (element.optional) best = Math.max(best, furthest(sequence, k + 1, pos, scope, depth));
  return best;
}

function walk(sequence: Sequence, k: number, pos: number, scope: MatchScope, out: number[], depth: number): void {
  if (k === sequence.length) {
    if (!out.includes(pos)) out.push(pos);
    return;
  }
  const element = sequence[k]!;
  switch (element.kind) {
    case 'word':
      if (pos < scope.limit && wordMatches(element, scope.tokens[pos]!.norm)) walk(sequence, k + 1, pos + 1, scope, out, depth);
      if (element.optional) walk(sequence, k + 1, pos, scope, out, depth);
      return;
    case 'gap':
      for (let g = 0; g <= element.max && pos + g <= scope.limit; g++) walk(sequence, k + 1, pos + g, scope, out, depth);
      return;
    case 'set': {
      const ends = scope.setEndsAt(element.name, pos, depth);
      // A copy: the walk below may add to this very list when a set recurs.
      for (const end of ends.length > 1 ? [...ends] : ends) walk(sequence, k + 1, end, scope, out, depth);
      if (element.optional) walk(sequence, k + 1, pos, scope, out, depth);
    }
  }
}

/**
 * The alternatives of a set that can start at a word: a set of a hundred phrases
 * is tried only on the few whose first words fit. At the end of the tokens every
 * alternative is returned; none that needs a word can match there.
 */
interface AlternativeIndex {
  readonly starts: WordIndex<Sequence>;
  /** The answer for each word seen so far: words repeat, so each is worked out once. */
  readonly seen: Map<string, readonly Sequence[]>;
}

const alternativeIndexes = new WeakMap<readonly Sequence[], AlternativeIndex>();
const NO_ALTERNATIVES: readonly Sequence[] = [];
/** Bounds the per-word answers kept for one set; a long text of distinct words starts over. */
const MAX_SEEN_WORDS = 20_000;

function alternativesAt(alternatives: readonly Sequence[] | undefined, norm: string | undefined, sets: SetTable): readonly Sequence[] {
  if (!alternatives) return NO_ALTERNATIVES;
  if (alternatives.length < 4 || norm === undefined) return alternatives;
  let index = alternativeIndexes.get(alternatives);
  if (!index) {
    const starts = new WordIndex<Sequence>();
    for (const alternative of alternatives) starts.add(firstWords(alternative, sets), alternative);
    alternativeIndexes.set(alternatives, (index = { starts, seen: new Map() }));
  }
  let found = index.seen.get(norm);
  if (!found) {
    if (index.seen.size >= MAX_SEEN_WORDS) index.seen.clear();
    index.seen.set(norm, (found = index.starts.lookup(norm)));
  }
  return found;
}

/** Shared between phrases that open with the same set: read, never added to. */
export interface FirstWords {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
  /** `*word`: the first word ends so. */
  readonly suffixes: ReadonlySet<string>;
  /** `*word*`: the first word contains it. */
  readonly infixes: ReadonlySet<string>;
}

/** First words being gathered. */
interface GatheredWords {
  readonly exact: Set<string>;
  readonly prefixes: Set<string>;
  readonly suffixes: Set<string>;
  readonly infixes: Set<string>;
}

const noFirstWords = (): GatheredWords => ({ exact: new Set(), prefixes: new Set(), suffixes: new Set(), infixes: new Set() });

/** Adds the words of `from` to `into`. */
function addFirstWords(into: GatheredWords, from: FirstWords): void {
  from.exact.forEach((w) => into.exact.add(w));
  from.prefixes.forEach((p) => into.prefixes.add(p));
  from.suffixes.forEach((p) => into.suffixes.add(p));
  from.infixes.forEach((p) => into.infixes.add(p));
}

/**
 * The words a match can begin with: used to index patterns so that each token
 * is tried only against patterns that could start there. Returns null when the
 * sequence can begin with any word.
 */
export function firstWords(sequence: Sequence, sets: SetTable, seen = new Set<string>()): FirstWords | null {
  // Most phrases open with a set that must be there ("@pronoun never"): the set's own words, not a copy.
  const head = sequence[0];
  if (head?.kind === 'set' && !head.optional && !canBeEmpty(head.name, sets)) return setFirstWords(head.name, sets, seen);
  const result = noFirstWords();
  for (const element of sequence) {
    if (element.kind === 'gap') return null;
    if (element.kind === 'word') {
      element.exact.forEach((w) => result.exact.add(w));
      element.prefixes.forEach((p) => result.prefixes.add(p));
      element.suffixes?.forEach((p) => result.suffixes.add(p));
      element.infixes?.forEach((p) => result.infixes.add(p));
    } else {
      const first = setFirstWords(element.name, sets, seen);
      if (!first) return null;
      addFirstWords(result, first);
    }
    if (!(element.optional || (element.kind === 'set' && canBeEmpty(element.name, sets)))) return result;
  }
  return null;
}

// A set's first words, once per set: patterns use the same sets again and again.
// Only found answers are kept; "any word" may come from a loop through `seen`.
const setFirstWordsCache = new WeakMap<SetTable, Map<string, FirstWords>>();

/** The words a phrase of the set `name` can begin with, or null when any word can begin one. */
export function setFirstWords(name: string, sets: SetTable, seen = new Set<string>()): FirstWords | null {
  let cache = setFirstWordsCache.get(sets);
  if (!cache) setFirstWordsCache.set(sets, (cache = new Map()));
  const known = cache.get(name);
  if (known) return known;
  if (seen.has(name)) return null;
  const inner = new Set(seen).add(name);
  const result = noFirstWords();
  for (const alternative of sets.get(name) ?? []) {
    const first = firstWords(alternative, sets, inner);
    if (!first) return null;
    addFirstWords(result, first);
  }
  cache.set(name, result);
  return result;
}

function canBeEmpty(name: string, sets: SetTable): boolean {
  return (sets.get(name) ?? []).some((alt) => alt.every((e) => e.kind === 'gap' || e.optional));
}
