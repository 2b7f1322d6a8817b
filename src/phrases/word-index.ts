// Values looked up by a word: whole words, beginnings (`kolleg*`), endings
// (`*afdelingen`) and inner parts (`*system*`). The matcher uses it to try at
// each token only the phrases that can start there, and to know which words a
// sentence holds. Answers are not kept here: the matcher keeps one per word for
// all its indexes together.
import { MIN_PREFIX as PREFIX_KEY, type FirstWords } from './pattern.js';

interface Entry<T> {
  readonly value: T;
  /** Insertion order: answers keep it. */
  readonly order: number;
}

export class WordIndex<T> {
  private readonly byWord = new Map<string, Entry<T>[]>();
  private readonly byPrefix = new Map<string, { prefix: string; entry: Entry<T> }[]>();
  private readonly byPart: { part: string; ending: boolean; entry: Entry<T> }[] = [];
  private readonly always: Entry<T>[] = [];
  private added = 0;

  /** Files `value` under the words of `first`; null means any word. */
  add(first: FirstWords | null, value: T): void {
    const entry = { value, order: this.added++ };
    if (!first) {
      this.always.push(entry);
      return;
    }
    for (const word of first.exact) push(this.byWord, word, entry);
    for (const prefix of first.prefixes) push(this.byPrefix, prefix.slice(0, PREFIX_KEY), { prefix, entry });
    for (const part of first.suffixes) this.byPart.push({ part, ending: true, entry });
    for (const part of first.infixes) this.byPart.push({ part, ending: false, entry });
  }

  /** The values filed under words that `norm` is, begins with, ends with or contains, in the order added. */
  lookup(norm: string): T[] {
    // Every answer is pushed into this one literal, never made by map() or spread:
    // answers of one shape, empty or not, keep the matcher's compiled code valid.
    const values: T[] = [];
    if (!this.added) return values;
    const entries = new Set<Entry<T>>(this.always);
    for (const entry of this.byWord.get(norm) ?? NO_ENTRIES) entries.add(entry);
    for (const { prefix, entry } of this.byPrefix.get(norm.slice(0, PREFIX_KEY)) ?? NO_ENTRIES) if (norm.startsWith(prefix)) entries.add(entry);
    for (const { part, ending, entry } of this.byPart) if (ending ? norm.endsWith(part) : norm.includes(part)) entries.add(entry);
    for (const entry of [...entries].sort((a, b) => a.order - b.order)) values.push(entry.value);
    return values;
  }
}

const NO_ENTRIES: readonly never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
