// Sentences and word tokens over the agent's prose, with exact offsets.
//
// Why not Intl.Segmenter: on Node 20 iterating its segments is quadratic in the
// length of the string (235 kB took 26 s here), and its sentence breaks split on
// "t.ex." and "f.eks.". Both stages below are single left-to-right scans.
import type { Lang, Sentence, Token } from './types.js';
import { ABBREVIATIONS, GREETING_PAIRS, GREETINGS } from './text-data.js';
import { WORD, wordEntry, type CarriesWord } from './words.js';

/** Characters that keep two runs of letters one word: "isn't", "e-post", "garan\u200Bteret". */
const JOINERS = new Set(["'", '’', '-', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060']);
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The soft hyphen, and characters from U+0300 up (combining marks, ’, zero-width): below, normalising is lower-casing. */
const NEEDS_NORMALISING = /[^\u0000-\u00AC\u00AE-\u02FF]/;

export function normalizeWord(text: string): string {
  // Most words are plain letters: skip the work they do not need (this runs for every token).
  if (!NEEDS_NORMALISING.test(text)) return text.toLowerCase();
  return text.replace(INVISIBLE, '').normalize('NFC').toLowerCase().replace(/’/g, "'");
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 unit: 0 not yet known, 1 a letter, mark or digit, 2 not. Filled as characters are met. */
const wordUnits = new Uint8Array(0x10000);

/** 1 for the ASCII letters and digits: a table, so no branch waits for its first digit to be compiled. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));

/** The length (1 or 2 units) of the letter, mark or digit at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return ASCII_WORD[code]!;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    // Astral characters are rare: ask the regex.
    return WORD_CHARACTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = wordUnits[code]!;
  if (known === 0) wordUnits[code] = known = WORD_CHARACTER.test(text[i]!) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Whether the last run `runEnd` scanned was all below U+0300 (see NEEDS_NORMALISING). */
let lastRunPlain = true;

/** Where the run of letters, marks and digits that starts at `i` ends. */
function runEnd(text: string, i: number): number {
  let plain = true;
  // Stops at the end: reading past it gave NaN, and a deopt in every run.
  while (i < text.length) {
    const n = wordCharAt(text, i);
    if (n === 0) break;
    if (text.charCodeAt(i) >= 0x300) plain = false;
    i += n;
  }
  lastRunPlain = plain;
  return i;
}

/**
 * Word tokens of `text[from..to)` (blanked regions are spaces, so they never join
 * words): runs of letters, marks and digits, and `%` on its own. One scan by
 * character codes: a regex per word was most of the time spent here.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let end = -1;
  let percent = false;
  // Whether the token so far needs only lower-casing (no soft hyphen, nothing from U+0300 up).
  let plain = true;
  const flush = () => {
    if (start < 0) return;
    const raw = text.slice(start, end);
    // The word's one shared string; a word already in lower case is its own text.
    const word = wordEntry(plain ? raw.toLowerCase() : normalizeWord(raw));
    const norm = word.norm;
    const token: Token & CarriesWord = { start, end, text: raw === norm ? norm : raw, norm, [WORD]: word };
    tokens.push(token);
    start = -1;
  };
  let i = from;
  while (i < to) {
    const isPercent = text.charCodeAt(i) === 0x25;
    const next = isPercent ? i + 1 : runEnd(text, i);
    if (next === i) {
      i++;
      continue;
    }
    if (start >= 0 && !isPercent && !percent && i === end + 1 && joins(text, start, end, i, next)) {
      const joiner = text.charCodeAt(end);
      plain &&= lastRunPlain && joiner < 0x300 && joiner !== 0xad;
      end = Math.min(next, to);
    } else {
      flush();
      start = i;
      end = Math.min(next, to);
      percent = isPercent;
      plain = isPercent || lastRunPlain;
    }
    i = next;
  }
  flush();
  return tokens;
}

/** Whether the one character at `at` joins the word `text[start..at)` to the run `text[at + 1..next)`. */
function joins(text: string, start: number, at: number, runStart: number, next: number): boolean {
  const ch = text[at]!;
  if (JOINERS.has(ch)) return true;
  // A decimal or grouped number is one token: "2,5", "14.00", "1.299".
  if (ch === ',' || ch === '.') return isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(runStart));
  // Swedish and Danish inflect abbreviations after a colon: "SMS:et", "DSLAM:en".
  return ch === ':' && /^[A-ZÅÄÖÆØ0-9]+$/.test(text.slice(start, at)) && /^\p{Ll}{1,4}$/u.test(text.slice(runStart, next));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’»)\]]/;
/** A bullet or a numbered item ("- ", "2) ") where a line starts: sticky, tried at that position. */
const BULLET_AT = /[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]/y;

interface Piece {
  start: number;
  end: number;
}

/**
 * Splits prose into sentences. Boundaries: blank lines; line breaks after a
 * line that ends a sentence, a short line (greetings) or before a bullet;
 * and terminal punctuation followed by space and a capital, unless the word
 * before the full stop is an abbreviation of the language.
 */
export function splitSentences(text: string, lang: Lang, tokens: readonly Token[] = tokenize(text)): Sentence[] {
  const pieces: Piece[] = [];
  // No push(...spread): one long line can hold more sentences than a call takes arguments.
  const terminals: Terminals = { at: terminalMarks(text), next: 0 };
  for (const line of splitLines(text)) splitLine(text, line, lang, terminals, pieces);
  const cursor = { next: 0 };
  const sentences: Sentence[] = [];
  for (const piece of mergeWrappedLines(text, pieces)) sentences.push(toSentence(text, piece, tokens, cursor));
  return sentences;
}

/**
 * The sentences of the reply's body: not its greeting or sign-off (`frame`), and
 * with `withWords` only those that hold a word. A loop into one array literal,
 * not filter(), so lists of sentences have one shape, empty or not: each new
 * shape sent the rules' compiled code back to be compiled again.
 */
export function bodyOf(sentences: readonly Sentence[], withWords = false): Sentence[] {
  const body: Sentence[] = [];
  for (const sentence of sentences) if (!sentence.frame && (!withWords || sentence.tokens.length > 0)) body.push(sentence);
  return body;
}

/** Lines between \n, \r\n and \r breaks. */
function splitLines(text: string): Piece[] {
  const lines: Piece[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    lines.push({ start, end: i });
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Where . ! ? and … are: positions only (matchAll made an array per mark). */
function terminalMarks(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) at.push(i);
  }
  return at;
}

/** Where the text's terminal marks are, and the first not yet passed: lines are split in order. */
interface Terminals {
  readonly at: readonly number[];
  next: number;
}

/** Adds the line's sentence pieces that are not blank to `out`. */
function splitLine(text: string, line: Piece, lang: Lang, terminals: Terminals, out: Piece[]): void {
  let start = line.start;
  for (let i = line.start; i < line.end; i++) {
    // Jump to the next terminal mark: testing every character was a tenth of the time per draft.
    while (terminals.next < terminals.at.length && terminals.at[terminals.next]! < i) terminals.next++;
    const next = terminals.at[terminals.next];
    if (next === undefined || next >= line.end) break;
    i = next;
    let j = i + 1;
    while (j < line.end && (TERMINAL.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
    if (j >= line.end || !isSpaceAt(text, j)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < line.end && isSpaceAt(text, k)) k++;
    if (k < line.end && isBoundary(text, start, i, k, lang)) {
      if (!isBlank(text, start, j)) out.push({ start, end: j });
      start = k;
    }
    i = k - 1;
  }
  if (!isBlank(text, start, line.end)) out.push({ start, end: line.end });
}

/** Whether text[start..end) is all whitespace, as trim() sees it (without slicing it out). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

const SPACE = /\s/;

/** /\s/ on the character at `i`: ASCII by its code, without making a one-character string. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text[i]!);
}

const SMALL_LETTER = /\p{Ll}/u;
const ONE_LETTER = /^\p{L}$/u;
const LIST_NUMBER = /^\d{1,2}$/;
const BLANK_LINE_START = /^[ \t]*$/;
const DIGIT = /\d/;

function isBoundary(text: string, sentenceStart: number, stop: number, next: number, lang: Lang): boolean {
  const nextChar = text[next]!;
  if (SMALL_LETTER.test(nextChar)) return false;
  if (text[stop] !== '.') return true;
  const before = wordBefore(text, sentenceStart, stop);
  if (before === '') return true;
  if (ONE_LETTER.test(before)) return false; // initials and "U.S."
  // "1. Ett" opening a line is a numbered list item, not a sentence.
  if (LIST_NUMBER.test(before) && BLANK_LINE_START.test(text.slice(sentenceStart, stop - before.length))) return false;
  const abbreviations = ABBREVIATIONS[lang];
  const key = before.toLowerCase();
  if (abbreviations.always.has(key)) return false;
  if (abbreviations.beforeNumber.has(key) && DIGIT.test(nextChar)) return false;
  return true;
}

/** The characters before a full stop back to whitespace: "t.ex", "kl", "U.S". */
function wordBefore(text: string, from: number, stop: number): string {
  let i = stop;
  while (i > from && !isSpaceAt(text, i - 1) && text.charCodeAt(i - 1) !== 0x28) i--;
  return text.slice(i, stop);
}

/** Hard-wrapped lines belong together; greetings, bullets and finished lines do not. */
function mergeWrappedLines(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    if (previous && continues(text, previous, piece)) previous.end = piece.end;
    else out.push({ ...piece });
  }
  return out;
}

function continues(text: string, previous: Piece, next: Piece): boolean {
  const between = text.slice(previous.end, next.start);
  if (/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(between)) return false; // a blank line
  if (!/[\r\n]/.test(between)) return false; // split inside one line
  // Only the end of the previous piece matters; it may already hold many merged lines.
  const last = text.slice(Math.max(previous.start, previous.end - 20), previous.end).trimEnd();
  if (/[.!?…:;,]["'”’)]*$/.test(last)) return false;
  const lineStart = text.lastIndexOf('\n', next.start - 1) + 1;
  // At the line's start, ending within the piece: what testing the slice up to next.end found, without the slice.
  BULLET_AT.lastIndex = lineStart;
  if (BULLET_AT.test(text) && BULLET_AT.lastIndex <= next.end) return false;
  // A line that goes on in lower case continues the sentence, however short the line before.
  const firstLetter = /[\p{L}\p{N}]/u.exec(text.slice(next.start, Math.min(next.end, next.start + 40)));
  if (firstLetter && /\p{Ll}/u.test(firstLetter[0])) return true;
  // Otherwise a short line is a greeting or a name: its own piece.
  if (!hasMoreWordsThan(text, previous, 4)) return false;
  return true;
}

/**
 * The tokens of text[start..end). Pieces end at spaces and line breaks, so the
 * whole text's tokens fall inside one piece each; one that crosses an end
 * (never seen, but cheap to allow) makes the piece tokenize on its own.
 */
function tokensWithin(text: string, start: number, end: number, textTokens: readonly Token[], cursor: { next: number }): Token[] {
  while (cursor.next < textTokens.length && textTokens[cursor.next]!.end <= start) cursor.next++;
  const tokens: Token[] = [];
  let k = cursor.next;
  for (; k < textTokens.length && textTokens[k]!.start < end; k++) {
    const token = textTokens[k]!;
    if (token.start < start || token.end > end) return tokenize(text, start, end);
    tokens.push(token);
  }
  cursor.next = k;
  return tokens;
}

/** Stops counting at `n + 1`, so a long merged piece costs no more than a short one. */
function hasMoreWordsThan(text: string, piece: Piece, n: number): boolean {
  const run = /[\p{L}\p{N}]+/gu;
  run.lastIndex = piece.start;
  let count = 0;
  for (let m = run.exec(text); m && m.index < piece.end; m = run.exec(text)) if (++count > n) return true;
  return false;
}

/** `textTokens` are the whole text's; `cursor` walks them as the pieces, which are in order, go by. */
function toSentence(text: string, piece: Piece, textTokens: readonly Token[], cursor: { next: number }): Sentence {
  let { start, end } = piece;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  const tokens = tokensWithin(text, start, end, textTokens, cursor);
  const first = tokens[0]?.norm ?? '';
  const greets = GREETINGS.has(first) || GREETING_PAIRS.has(`${first} ${tokens[1]?.norm ?? ''}`);
  const frame = tokens.length <= 6 && greets && !/[.?]\s*$/.test(text.slice(start, end));
  return { start, end, text: text.slice(start, end), tokens, frame };
}
