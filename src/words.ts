// One entry per distinct word. Tokens share its string (a 5 MB draft has a
// million tokens and a few thousand words, so they are kept once), and each
// phrase rule's index, and language detection, keep what they know of the word
// in the entry, at the slot they were given. A token carries its entry, so
// nothing looks a word up twice.
import type { Token } from './types.js';

export interface WordEntry {
  readonly norm: string;
  /** What each index says of the word, by the index's slot; filled when first asked. */
  readonly answers: unknown[];
}

const entries = new Map<string, WordEntry>();
/** Bounds the words kept; a long text of distinct words starts over (entries handed out stay valid). */
const MAX_WORDS = 50_000;
let slots = 0;

/** Tokens from `tokenize` carry their word's entry under this key, so rules look nothing up. */
export const WORD: unique symbol = Symbol('replylint.word');

export interface CarriesWord {
  readonly [WORD]?: WordEntry;
}

/** A slot of its own for one index's answers. */
export function newSlot(): number {
  return slots++;
}

export function wordEntry(norm: string): WordEntry {
  let entry = entries.get(norm);
  if (!entry) {
    if (entries.size >= MAX_WORDS) entries.clear();
    entry = { norm, answers: [] };
    entries.set(norm, entry);
  }
  return entry;
}

/** What the index at `slot` said of the word, or undefined when it has not been asked. */
export function answerAt<T>(entry: WordEntry, slot: number): T | undefined {
  return entry.answers[slot] as T | undefined;
}

/** Keeps an index's answer for the word. */
export function keepAnswer<T>(entry: WordEntry, slot: number, answer: T): T {
  // Filled up to the slot, never with holes: every entry's list then has one kind
  // of elements, and reading a slot stays a fast monomorphic load.
  const answers = entry.answers;
  while (answers.length < slot) answers.push(undefined);
  answers[slot] = answer;
  return answer;
}

/** The entry of a token's word: the one it carries, or looked up (a token made elsewhere, or changed since). */
export function entryOf(token: Token): WordEntry {
  const carried = (token as Token & CarriesWord)[WORD];
  return carried !== undefined && carried.norm === token.norm ? carried : wordEntry(token.norm);
}
