// Readability per language: LIX for Swedish and Danish (what Nordic plain-
// language guidance uses), Flesch Reading Ease for English.
import type { Lang, Sentence } from './types.js';

export interface Readability {
  readonly measure: 'lix' | 'flesch';
  readonly value: number;
  readonly words: number;
  readonly sentences: number;
}

export function readability(sentences: readonly Sentence[], lang: Lang): Readability {
  const words = sentences.flatMap((s) => s.tokens.filter((t) => /\p{L}/u.test(t.norm)));
  const sentenceCount = Math.max(1, sentences.filter((s) => s.tokens.length).length);
  const wordCount = words.length;
  if (!wordCount) return { measure: lang === 'en' ? 'flesch' : 'lix', value: lang === 'en' ? 100 : 0, words: 0, sentences: 0 };
  if (lang === 'en') {
    const syllables = words.reduce((n, w) => n + syllableCount(w.norm), 0);
    const value = 206.835 - 1.015 * (wordCount / sentenceCount) - 84.6 * (syllables / wordCount);
    return { measure: 'flesch', value: round(value), words: wordCount, sentences: sentenceCount };
  }
  const long = words.filter((w) => codePoints(w.norm) > 6).length;
  const value = wordCount / sentenceCount + (100 * long) / wordCount;
  return { measure: 'lix', value: round(value), words: wordCount, sentences: sentenceCount };
}

/** Length in code points, without building an array per word. */
function codePoints(word: string): number {
  let n = word.length;
  for (let i = 0; i < word.length; i++) if ((word.charCodeAt(i) & 0xfc00) === 0xdc00) n--;
  return n;
}

/** Vowel groups, less a silent final e: the usual approximation. */
export function syllableCount(word: string): number {
  const groups = word.replace(/e$/, '').match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
