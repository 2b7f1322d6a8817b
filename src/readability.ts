// Readability per language: LIX for Swedish and Danish (what Nordic plain-
// language guidance uses), Flesch Reading Ease for English.
import type { DocumentStats, Lang, ReplyDocument, Sentence } from './types.js';
import { bodyOf } from './text.js';

export interface Readability {
  readonly measure: 'lix' | 'flesch';
  readonly value: number;
  readonly words: number;
  readonly sentences: number;
}

const LETTER = /\p{L}/u;

/** Most words start with an ASCII letter; only the rest need the Unicode test. */
function hasLetter(word: string): boolean {
  const code = word.charCodeAt(0) | 0x20;
  return (code >= 0x61 && code <= 0x7a) || LETTER.test(word);
}

export function readability(sentences: readonly Sentence[], lang: Lang): Readability {
  // One pass without intermediate arrays: a long reply has hundreds of thousands of tokens.
  let wordCount = 0;
  let syllables = 0;
  let long = 0;
  let nonEmpty = 0;
  for (const sentence of sentences) {
    if (sentence.tokens.length) nonEmpty++;
    for (const token of sentence.tokens) {
      if (!hasLetter(token.norm)) continue;
      wordCount++;
      if (lang === 'en') syllables += syllableCount(token.norm);
      else if (token.norm.length > 6 && codePoints(token.norm) > 6) long++;
    }
  }
  const sentenceCount = Math.max(1, nonEmpty);
  if (!wordCount) return { measure: lang === 'en' ? 'flesch' : 'lix', value: lang === 'en' ? 100 : 0, words: 0, sentences: 0 };
  if (lang === 'en') {
    const value = 206.835 - 1.015 * (wordCount / sentenceCount) - 84.6 * (syllables / wordCount);
    return { measure: 'flesch', value: round(value), words: wordCount, sentences: sentenceCount };
  }
  const value = wordCount / sentenceCount + (100 * long) / wordCount;
  return { measure: 'lix', value: round(value), words: wordCount, sentences: sentenceCount };
}

/** Length in code points, without building an array per word. */
function codePoints(word: string): number {
  let n = word.length;
  for (let i = 0; i < word.length; i++) if ((word.charCodeAt(i) & 0xfc00) === 0xdc00) n--;
  return n;
}

/** Vowel groups, less a silent final e: the usual approximation. One scan, no regex: it runs for every English word. */
export function syllableCount(word: string): number {
  const end = word.endsWith('e') ? word.length - 1 : word.length;
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < end; i++) {
    const vowel = VOWELS.includes(word[i]!);
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return Math.max(1, groups);
}

const VOWELS = 'aeiouy';

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `stats` of a lint result: the reply's body, measured in its own language. */
export function documentStats(doc: Pick<ReplyDocument, 'sentences' | 'language'>): DocumentStats {
  const score = readability(bodyOf(doc.sentences, true), doc.language.code);
  return { words: score.words, sentences: score.sentences, readability: { measure: score.measure, value: score.value } };
}
