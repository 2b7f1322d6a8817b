// A rule made of phrase data: the engine behind blame-shifting, overpromising,
// arguing-with-customer and the phrase part of unclear-phrasing. Plugins can
// build their own from a folder of YAML files the same way.
import type { Lang, Report, Rule, RuleContext, RuleMeta, Sentence, Span, Token } from '../types.js';
import { normalizeWord } from '../text.js';
import { SUGGESTION_LABEL } from '../messages.js';
import { loadPhraseData, phraseLanguages, type CompiledPattern, type PhraseData } from './data.js';
import { firstWords, matchEnds, MatchScope, parsePattern, setFirstWords, type Element, type Sequence, type SetTable } from './pattern.js';
import { WordIndex } from './word-index.js';
import { answerAt, entryOf, keepAnswer, newSlot, type WordEntry } from '../words.js';

export interface PhraseRuleOptions {
  /** Phrases never to flag, e.g. a product called "Garanti Plus". Plain words, not patterns. */
  readonly allow?: readonly string[];
}

export interface PhraseMatch extends Span {
  readonly pattern: CompiledPattern;
  readonly sentence: Sentence;
}

/** One alternative of a pattern's `match`, with the words it needs besides its first. */
interface Start {
  readonly pattern: CompiledPattern;
  readonly sequence: Sequence;
  /** Ids of the word groups (see `IndexedData.needed`) a sentence must hold for this to match. */
  readonly needs: readonly number[];
  /** `needs` folded into 32 bits (group id mod 32): a sentence lacking one of its bits lacks a group. */
  readonly needMask: number;
}

interface IndexedData {
  readonly data: PhraseData;
  readonly sets: SetTable;
  /** Each alternative of each pattern, by the words it can start with, in data order. */
  readonly starts: WordIndex<Start>;
  /**
   * The words each required part after the first can be: "(we|i) never ~2 said+"
   * can only match a sentence that holds "never" and a form of "said". Most
   * sentences hold a pronoun, few hold all the rest, so most tries are skipped.
   */
  readonly needed: WordIndex<number>;
  /** Each set by the words its phrases can start with; built when a set is first asked about (phrase rules never do). */
  setStarts: WordIndex<string> | null;
  /** Where this index keeps what it says of each word (see words.ts); a new one when `setStarts` is built. */
  slot: number;
  /** Per needed group, the last sentence (by `stamp`) that held one of its words. */
  readonly held: Uint32Array;
  stamp: number;
  /** The current sentence's needed groups folded as `Start.needMask` is. */
  heldMask: number;
  /** The current sentence's word infos (see `sentenceInfos`). */
  readonly infos: WordInfo[];
  /** The indices of its tokens that start an alternative, in order. */
  readonly startAt: number[];
  /** Where `wordInSet` keeps its answers in the word table, by set (code rules ask about few sets). */
  readonly wordInSetSlots: Map<string, number>;
}

/** What a word is in the indexes of one rule's data. */
interface WordInfo {
  /** The alternatives that can start with it. */
  readonly starts: readonly Start[];
  /** The needed groups it belongs to. */
  readonly needed: readonly number[];
  /** The sets a phrase of which can start with it. */
  readonly sets: readonly string[];
}

const NO_SETS: readonly string[] = [];
const NOTHING: WordInfo = { starts: [], needed: [], sets: NO_SETS };

/** What the word is in the indexes; looked up once per word and index. */
function wordInfo(index: IndexedData, entry: WordEntry): WordInfo {
  const known = answerAt<WordInfo>(entry, index.slot);
  if (known) return known;
  const norm = entry.norm;
  const starts = index.starts.lookup(norm);
  const needed = index.needed.lookup(norm);
  const sets = index.setStarts?.lookup(norm) ?? NO_SETS;
  // Most words are in none of them: one shared answer keeps the entries small.
  return keepAnswer(entry, index.slot, starts.length || needed.length || sets.length ? { starts, needed, sets } : NOTHING);
}

const NEAR = 3;

/** The compiled, indexed data of one rule folder and language. */
export class PhraseMatcher {
  private readonly indexed = new Map<Lang, IndexedData | null>();

  constructor(private readonly dir: URL) {}

  languages(): Lang[] {
    return phraseLanguages(this.dir);
  }

  data(lang: Lang): PhraseData | null {
    return this.index(lang)?.data ?? null;
  }

  /** Every match in the body sentences of the document, at most one per overlapping span. */
  find(sentences: readonly Sentence[], lang: Lang): PhraseMatch[] {
    const index = this.index(lang);
    if (!index) return [];
    const found: PhraseMatch[] = [];
    for (const sentence of sentences) {
      if (sentence.frame) continue;
      const starting = sentenceInfos(index, sentence.tokens);
      // Most sentences start no phrase at all.
      if (!starting) continue;
      const { infos, startAt } = index;
      const stamp = index.stamp;
      // Built only for a sentence where some alternative is tried: most fail the word check first.
      let memo: SentenceMemo | undefined;
      // Tokens are visited left to right, so a new match overlaps an earlier one
      // exactly when it starts before the furthest end so far, and matches are found in order.
      let reached = -1;
      const tokens = sentence.tokens;
      for (let t = 0; t < starting; t++) {
        const i = startAt[t]!;
        const starts = infos[i]!.starts;
        for (let s = 0; s < starts.length; s++) {
          // Alternatives of one pattern are adjacent: the longest of them is the pattern's match.
          const pattern = starts[s]!.pattern;
          let end = -1;
          for (; s < starts.length && starts[s]!.pattern === pattern; s++) {
            const start = starts[s]!;
            if ((start.needMask & ~index.heldMask) !== 0 || !holdsAll(index, start.needs, stamp)) continue;
            memo ??= new SentenceMemo(sentence, index.sets);
            end = Math.max(end, memo.scope.longestOf(start.sequence, i));
          }
          s--;
          if (end < 0) continue;
          const span = { start: tokens[i]!.start, end: tokens[end - 1]!.end };
          if (span.start < reached) continue;
          if (cancelled(index, pattern, memo!, i, end)) continue;
          found.push({ start: span.start, end: span.end, pattern, sentence });
          reached = Math.max(reached, span.end);
        }
      }
    }
    return found;
  }

  /**
   * Where phrases of the set `name` occur in the tokens, left to right and not
   * overlapping, at most `limit` of them; for code rules that use data sets.
   */
  setMatches(lang: Lang, name: string, tokens: readonly Token[], limit = Infinity): Span[] {
    const index = this.index(lang);
    if (!index?.sets.has(name)) return [];
    if (!index.setStarts) indexSetStarts(index);
    const spans: Span[] = [];
    let scope: MatchScope | undefined;
    for (let i = 0; i < tokens.length && spans.length < limit; i++) {
      if (!wordInfo(index, entryOf(tokens[i]!)).sets.includes(name)) continue;
      scope ??= new MatchScope(index.sets, tokens);
      // The set's own ends: only its phrases that can start with this word are tried.
      let best = -1;
      for (const end of scope.setEndsAt(name, i, 0)) if (end > best) best = end;
      if (best > i) {
        spans.push({ start: tokens[i]!.start, end: tokens[best - 1]!.end });
        i = best - 1;
      }
    }
    return spans;
  }

  /** Whether a phrase of the set `name` occurs in the tokens: the first match is enough. */
  setOccurs(lang: Lang, name: string, tokens: readonly Token[]): boolean {
    return this.setMatches(lang, name, tokens, 1).length > 0;
  }

  /** Whether the word alone is a phrase of the set `name` ("du" in `informal`); answered once per word. */
  wordInSet(lang: Lang, name: string, token: Token): boolean {
    const index = this.index(lang);
    if (!index?.sets.has(name)) return false;
    let slot = index.wordInSetSlots.get(name);
    if (slot === undefined) index.wordInSetSlots.set(name, (slot = newSlot()));
    const entry = entryOf(token);
    return answerAt<boolean>(entry, slot) ?? keepAnswer(entry, slot, new MatchScope(index.sets, [token]).longest(index.sets.get(name)!, 0) === 1);
  }

  private index(lang: Lang): IndexedData | null {
    // One lookup: this runs for every call, and inconsistent-address calls per word.
    let index = this.indexed.get(lang);
    if (index === undefined) {
      const data = loadPhraseData(this.dir, lang);
      this.indexed.set(lang, (index = data ? buildIndex(data) : null));
    }
    return index;
  }
}

function buildIndex(data: PhraseData): IndexedData {
  const sets: SetTable = new Map(Object.entries(data.sets));
  const starts = new WordIndex<Start>();
  const needed = new WordIndex<number>();
  // Parts that can be the same words ("@third-party" in thirty patterns) are one group:
  // indexed once, and marked once per word of a sentence.
  const groups = new Map<string, number>();
  for (const pattern of data.patterns) {
    for (const sequence of pattern.match) {
      const needs = new Set<number>();
      for (const element of sequence.slice(1)) {
        if (element.kind === 'gap' || element.optional) continue;
        const key = groupKey(element);
        let id = groups.get(key);
        if (id === undefined) {
          const words = firstWords([element], sets);
          if (!words) continue;
          groups.set(key, (id = groups.size));
          needed.add(words, id);
        }
        needs.add(id);
      }
      starts.add(firstWords(sequence, sets), { pattern, sequence, needs: [...needs], needMask: maskOf(needs) });
    }
  }
  return { data, sets, starts, needed, setStarts: null, slot: newSlot(), held: new Uint32Array(groups.size), stamp: 0, heldMask: 0, infos: [], startAt: [], wordInSetSlots: new Map() };
}

/** What a required part can be, as a key: parts with one key can start with the same words. */
function groupKey(element: Exclude<Element, { kind: 'gap' }>): string {
  if (element.kind === 'set') return `@${element.name}`;
  return [element.exact, element.prefixes, element.suffixes ?? [], element.infixes ?? []].map((words) => words.join('|')).join(' ');
}

/** Builds `setStarts`; the words looked up before it did not know their sets, so a new slot has them looked up again. */
function indexSetStarts(index: IndexedData): void {
  const setStarts = new WordIndex<string>();
  for (const name of index.sets.keys()) setStarts.add(setFirstWords(name, index.sets), name);
  index.setStarts = setStarts;
  index.slot = newSlot();
}

function maskOf(ids: Iterable<number>): number {
  let mask = 0;
  for (const id of ids) mask |= 1 << (id & 31);
  return mask;
}

function holdsAll(index: IndexedData, needs: readonly number[], stamp: number): boolean {
  for (const id of needs) if (index.held[id] !== stamp) return false;
  return true;
}

/**
 * What each word of a sentence is in the index, in one pass that also marks the
 * needed groups the sentence holds (with a new `index.stamp`) and lists the
 * tokens that start an alternative; returns how many do (0: none, the common
 * case). The lists are the index's own, reused sentence by sentence: only their
 * first entries are this sentence's.
 */
function sentenceInfos(index: IndexedData, tokens: readonly Token[]): number {
  if (index.stamp === 0xffffffff) {
    index.held.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const { infos, startAt } = index;
  let starting = 0;
  let heldMask = 0;
  for (let i = 0; i < tokens.length; i++) {
    const info = wordInfo(index, entryOf(tokens[i]!));
    infos[i] = info;
    if (info.starts.length) startAt[starting++] = i;
    const needed = info.needed;
    for (let k = 0; k < needed.length; k++) {
      index.held[needed[k]!] = stamp;
      heldMask |= 1 << (needed[k]! & 31);
    }
  }
  index.heldMask = heldMask;
  return starting;
}

/** Which of an `unless` list's phrases can start at a word; built once per list. */
const unlessStarts = new WeakMap<readonly Sequence[], WordIndex<Sequence>>();

function startsOf(sequences: readonly Sequence[], sets: SetTable): WordIndex<Sequence> {
  let starts = unlessStarts.get(sequences);
  if (!starts) {
    starts = new WordIndex<Sequence>();
    for (const sequence of sequences) starts.add(firstWords(sequence, sets), sequence);
    unlessStarts.set(sequences, starts);
  }
  return starts;
}

/** A clause ends where punctuation (, ; : – — brackets) separates two tokens. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/;

/**
 * What a sentence has already answered: whether an `unless` phrase occurs in it
 * or in one of its clauses. Each answer is worked out once per sentence, so a
 * long sentence with many matches stays linear.
 */
class SentenceMemo {
  private clauseStarts: number[] | null = null;
  private clauseEnds: number[] | null = null;
  private readonly answers = new Map<string, boolean>();
  /** Matching over the whole sentence, shared by every pattern. */
  readonly scope: MatchScope;

  constructor(
    readonly sentence: Sentence,
    readonly sets: SetTable,
  ) {
    this.scope = new MatchScope(sets, sentence.tokens);
  }

  get tokens(): readonly Token[] {
    return this.sentence.tokens;
  }

  /** [first token, end token) of the clause(s) covering tokens start..end-1. */
  clause(start: number, end: number): [number, number] {
    if (!this.clauseStarts || !this.clauseEnds) {
      const { tokens, text, start: offset } = this.sentence;
      const n = tokens.length;
      const breaks = (i: number) => CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end - offset, tokens[i]!.start - offset));
      this.clauseStarts = new Array<number>(n);
      this.clauseEnds = new Array<number>(n);
      for (let i = 0; i < n; i++) this.clauseStarts[i] = i > 0 && !breaks(i) ? this.clauseStarts[i - 1]! : i;
      for (let i = n - 1; i >= 0; i--) this.clauseEnds[i] = i < n - 1 && !breaks(i + 1) ? this.clauseEnds[i + 1]! : i + 1;
    }
    return [this.clauseStarts[start]!, this.clauseEnds[end - 1]!];
  }

  /** Whether one of `sequences` matches inside tokens [from, to); `key` names the sequences. */
  occurs(key: string, sequences: readonly Sequence[], from: number, to: number): boolean {
    if (!sequences.length) return false;
    const id = `${key}@${from}:${to}`;
    let answer = this.answers.get(id);
    if (answer === undefined) {
      answer = false;
      const starts = startsOf(sequences, this.sets);
      const scope = to === this.tokens.length ? this.scope : new MatchScope(this.sets, this.tokens, to);
      for (let i = from; i < to && !answer; i++) answer = scope.matchesAt(starts.lookup(this.tokens[i]!.norm), i);
      this.answers.set(id, answer);
    }
    return answer;
  }
}

function cancelled(index: IndexedData, pattern: CompiledPattern, memo: SentenceMemo, start: number, end: number): boolean {
  const { sets } = index;
  const tokens = memo.tokens;
  const scope = memo.scope;
  const fileClause = index.data.unlessClause ?? [];
  if (pattern.unlessClause?.length || fileClause.length) {
    const [from, to] = memo.clause(start, end);
    if (memo.occurs(`${pattern.where}#clause`, pattern.unlessClause ?? [], from, to)) return true;
    if (memo.occurs('file#clause', fileClause, from, to)) return true;
  }
  if (memo.occurs(`${pattern.where}#unless`, pattern.unless, 0, tokens.length)) return true;
  if (memo.occurs('file#unless', index.data.unless, 0, tokens.length)) return true;
  // Before: a phrase that ends at most NEAR words before the match ("inte [lova]").
  for (let i = Math.max(0, start - NEAR - 6); i < start; i++) {
    for (const sequence of pattern.unlessBefore) {
      for (const e of matchEnds(sequence, sets, tokens, i, start)) if (e > i && e >= start - NEAR) return true;
    }
  }
  // After: a phrase that starts at most NEAR words after it ("[promise] not").
  for (let i = end; i < Math.min(tokens.length, end + NEAR + 1); i++) {
    if (scope.matchesAt(pattern.unlessAfter, i)) return true;
  }
  return false;
}

/** Fills `{actual}` and picks the text for the message language. */
export function messageFor(data: PhraseData, id: string, messageLang: Lang, actual: string): string {
  const texts = data.messages[id];
  const text = texts?.[messageLang] ?? texts?.en ?? id;
  return text.replaceAll('{actual}', actual.replace(/\s+/g, ' '));
}

export interface DefinePhraseRuleInput {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: RuleMeta['defaultSeverity'];
  /** The rule's folder: `new URL('./', import.meta.url)`. */
  readonly dir: URL;
  readonly url?: string;
}

/** A rule whose whole behaviour is its phrase data. */
export function definePhraseRule(input: DefinePhraseRuleInput): Rule<PhraseRuleOptions> & { readonly matcher: PhraseMatcher } {
  const matcher = new PhraseMatcher(input.dir);
  return {
    meta: {
      id: input.id,
      description: input.description,
      defaultSeverity: input.defaultSeverity,
      languages: matcher.languages(),
      ...(input.url ? { url: input.url } : {}),
    },
    matcher,
    check(context) {
      reportPhraseMatches(matcher, context);
    },
  };
}

/** Reports every phrase match as a finding with the pattern's message and suggestions. */
export function reportPhraseMatches(matcher: PhraseMatcher, context: RuleContext<PhraseRuleOptions>): void {
  const data = matcher.data(context.lang);
  if (!data) return;
  const allowed = allowedSpans(context);
  for (const match of matcher.find(context.doc.sentences, context.lang)) {
    if (allowed.some((a) => a.start < match.end && match.start < a.end)) continue;
    context.report(phraseReport(data, match, context));
  }
}

export function phraseReport(data: PhraseData, match: PhraseMatch, context: RuleContext<unknown>): Report {
  const actual = context.doc.source.slice(match.start, match.end);
  return {
    span: { start: match.start, end: match.end },
    message: messageFor(data, match.pattern.message, context.messageLang, actual),
    suggestions: match.pattern.suggest.map((text) => ({ desc: SUGGESTION_LABEL[context.messageLang], text })),
  };
}

function allowedSpans(context: RuleContext<PhraseRuleOptions>): Span[] {
  const allow = context.options.allow ?? [];
  if (!allow.length) return [];
  const spans: Span[] = [];
  const sequences = allow.map((phrase) =>
    parsePattern(
      phrase
        .split(/\s+/)
        .map((w) => normalizeWord(w).replace(/[*+~@?|]/g, ''))
        .filter(Boolean)
        .join(' ') || '-',
      (w) => [w],
    ),
  );
  for (const sentence of context.doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      for (const sequence of sequences) {
        for (const end of matchEnds(sequence, new Map(), tokens, i)) {
          if (end > i) spans.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end });
        }
      }
    }
  }
  return spans;
}
