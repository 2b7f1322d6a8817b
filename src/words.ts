// One entry per distinct word. Tokens share its string (a 5 MB draft has a
// million tokens and a few thousand words, so they are kept once), and each
// phrase rule's index keeps what it knows of the word in the entry, at the slot
// the index was given: a token list is looked up once for every rule, not once
// per rule.
import type { Token } from './types.js';

export interface WordEntry {
  readonly norm: string;
  /** What each index says of the word, by the index's slot; filled when first asked. */
  readonly answers: unknown[];
}

const entries = new Map<string, WordEntry>();
/** Rules ask about one sentence's tokens in turn, so each list's entries are kept while the list lives. */
const byTokenList = new WeakMap<readonly Token[], readonly WordEntry[]>();
/** Bounds the words kept; a long text of distinct words starts over (entries handed out stay valid). */
const MAX_WORDS = 50_000;
let slots = 0;

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

/** The entries of a token list's words, in order; worked out once per list. */
export function wordEntries(tokens: readonly Token[]): readonly WordEntry[] {
  let found = byTokenList.get(tokens);
  // A list that was added to since (a caller's own array) is looked up again.
  if (!found || found.length !== tokens.length) {
    const list = new Array<WordEntry>(tokens.length);
    for (let i = 0; i < tokens.length; i++) list[i] = wordEntry(tokens[i]!.norm);
    byTokenList.set(tokens, (found = list));
  }
  return found;
}
