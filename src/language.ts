// Which of sv, da, en a text is written in.
//
// Evidence comes from the agent's own words only: names (capitalised words
// inside a sentence), acronyms, anything with a digit (order numbers, prices,
// dates) and text in quotation marks are left out, so "Hej Søren" stays Swedish
// and "order 48213" says nothing. Three kinds of cue vote: frequent words of
// each language (src/language-data.ts), letters only one language has (ä ö vs
// æ ø) and spellings ("hv-", "-dt" are Danish). franc's trigram model adds its
// vote when the cues are thin or close; it is imported only then, because
// importing it costs ~50 ms at start-up.
import type { Lang, LanguageInfo, Token } from './types.js';
import { LANGUAGES } from './types.js';
import { tokenize } from './text.js';
import { answerAt, entryOf, keepAnswer, newSlot } from './words.js';
import { CUE_WORDS, LETTER_CUES, SPELLING_CUES, type CueWeights } from './language-data.js';

export interface DetectOptions {
  /** Only these languages are considered. */
  readonly candidates?: readonly Lang[];
  /** Used when the text is too short or too mixed to tell. */
  readonly fallback?: Lang;
  /** The text's tokens, when the caller has them already. */
  readonly tokens?: readonly Token[];
}

export interface Detection extends LanguageInfo {
  /** Combined score per candidate (higher is more likely), for debugging and tests. */
  readonly scores: Readonly<Partial<Record<Lang, number>>>;
  /** How many words the decision rested on. */
  readonly words: number;
}

/** Cue margin above which franc is not consulted. */
const DECISIVE_MARGIN = 3;
/** franc's normalised distance gap (0..1) is worth this many cue points on a long sample... */
const FRANC_WEIGHT = 3;
/** ...and less on a shorter one, where a few trigrams decide: full weight from this many characters. */
const FRANC_FULL_WEIGHT_AT = 40;
/** Below this confidence the fallback language is used. */
const MIN_CONFIDENCE = 0.65;
/** franc's trigrams see at most this much text; the cues see all of it. */
const FRANC_SAMPLE = 1500;

const FRANC_CODES: Readonly<Record<Lang, string>> = { sv: 'swe', da: 'dan', en: 'eng' };

export interface Evidence {
  /** Cue points per language. */
  readonly cues: Record<Lang, number>;
  /** Lower-case words that count, joined by spaces: franc's sample. */
  readonly sample: string;
  readonly words: number;
}

/** Collects the cue votes of the words that count (see the header). */
export function gatherEvidence(text: string, all: readonly Token[] = tokenize(text)): Evidence {
  // Sums in locals, not an object updated through a closure: this runs for every word of every draft.
  let sv = 0;
  let da = 0;
  let en = 0;
  const quoted = quotedRanges(text);
  let q = 0;
  const outside = !quoted.length
    ? all
    : all.filter((t) => {
        while (q < quoted.length && quoted[q]![1] < t.start) q++;
        return !(q < quoted.length && t.start > quoted[q]![0] && t.start < quoted[q]![1]);
      });
  // A reply that is mostly a quotation still has to be judged by something.
  const tokens = outside.length >= 3 ? outside : all;
  // In a reply written in capitals, capitals do not mark acronyms.
  let capitals = 0;
  // A word equal to its lower-case form has no capitals: the cheap, common case.
  for (const t of tokens) if (t.text !== t.norm && isAcronym(t.text)) capitals++;
  const shouting = capitals * 2 > tokens.length;
  let words = 0;
  for (const token of tokens) {
    const word = wordCues(token);
    if (!word) continue;
    const kind = countsAs(token, text, shouting);
    if (kind === 'I') {
      // English "I"; Danish "I" (you, plural) is rarer and carried by its verbs.
      sv += ENGLISH_I.sv;
      da += ENGLISH_I.da;
      en += ENGLISH_I.en;
      words++;
    } else if (kind === 'name') {
      // A name or product ("Søren", "Google Play", "BankID") says nothing about the prose,
      // except a cue word written in title case ("Kind Regards").
      const known = word.known;
      const raw = token.text;
      if (known && isCapitalised(raw) && !isAcronym(raw) && isTitleCaseRun(text, token.start)) {
        sv += known.sv * 0.5;
        da += known.da * 0.5;
        en += known.en * 0.5;
      }
    } else {
      words++;
      sv += word.weights.sv;
      da += word.weights.da;
      en += word.weights.en;
    }
  }
  return new CollectedEvidence({ sv, da, en }, words, text, tokens, shouting);
}

/** How a word with cues counts: as the English "I", as a name, or as a word of the prose. */
function countsAs(token: Token, text: string, shouting: boolean): 'I' | 'name' | 'word' {
  const raw = token.text;
  if (raw === 'I') return 'I';
  // `norm` is lower case, so a word equal to it has no capitals: the common, cheap case.
  const name = raw !== token.norm && !shouting && (isAcronym(raw) || (isCapitalised(raw) && !startsSentence(text, token.start)));
  return name ? 'name' : 'word';
}

/**
 * Evidence whose franc sample is made only when asked, which is rare: the
 * words that counted are picked out again then, instead of being listed for
 * every draft.
 */
class CollectedEvidence implements Evidence {
  constructor(
    readonly cues: Record<Lang, number>,
    readonly words: number,
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly shouting: boolean,
  ) {}

  get sample(): string {
    const sample: string[] = [];
    for (const token of this.tokens) if (wordCues(token) && countsAs(token, this.text, this.shouting) === 'word') sample.push(token.norm);
    return sample.join(' ');
  }
}

/**
 * A vote for each language, all three always present: every word's votes have
 * one shape, so adding them up stays a monomorphic property read per language.
 */
type Votes = Readonly<Record<Lang, number>>;

const ENGLISH_I: Votes = { sv: 0, da: 0.2, en: 1 };

interface WordCues {
  /** The word's entry in the cue lists, if any. */
  readonly known: Votes | undefined;
  /** Everything the word votes: list entry, letters, spelling. */
  readonly weights: Votes;
}

/** Drafts repeat their words, so each word's votes are worked out once and kept in its entry. */
const CUES_SLOT = newSlot();

/** The votes of a token's word; null for a word that cannot vote (no letters, or digits). */
function wordCues(token: Token): WordCues | null {
  const entry = entryOf(token);
  const known = answerAt<WordCues | null>(entry, CUES_SLOT);
  return known !== undefined ? known : keepAnswer(entry, CUES_SLOT, computeWordCues(entry.norm));
}

function computeWordCues(norm: string): WordCues | null {
  if (!/\p{L}/u.test(norm) || /\d/.test(norm)) return null;
  const known = CUE_WORDS.get(norm);
  const weights: Partial<Record<Lang, number>> = { ...known };
  const add = (lang: Lang, n: number) => (weights[lang] = (weights[lang] ?? 0) + n);
  for (const [re, letterWeights] of LETTER_CUES) {
    if (re.test(norm)) for (const lang of LANGUAGES) add(lang, letterWeights[lang] ?? 0);
  }
  if (!known && norm.length >= 4) {
    const spelling = SPELLING_CUES.find(([re]) => re.test(norm));
    if (spelling) add(spelling[1], spelling[2]);
  }
  return { known: known && votes(known), weights: votes(weights) };
}

function votes(weights: CueWeights): Votes {
  return { sv: weights.sv ?? 0, da: weights.da ?? 0, en: weights.en ?? 0 };
}

// Inside quoted history: a line that starts an older message ("Den 1 mars 2026
// skrev Support <…>:", "-----Original Message-----", "From: …"), and a phone's or
// mail app's footer, which is in the device's language, not the customer's.
const NESTED_ATTRIBUTION = [/\b(?:wrote|skrev)\b[^\r\n]{0,200}:\s*$/i, /^\s*-{2,}[^\r\n]{0,60}-{2,}\s*$/, /^\s*(?:from|från|fra)\s?:/i];
const DEVICE_FOOTER = /^\s*(?:sent from my|get outlook for|skickat från|sendt fra)\b/i;

/**
 * The part of a quoted message that tells the customer's language: their most
 * recent message (quoted history below it may hold our earlier replies), without
 * "Sent from my iPhone". Falls back to all of it when that part is too short.
 */
export function customerWords(quoted: string): string {
  const lines = quoted.split(/\r\n|\r|\n/).filter((line) => !DEVICE_FOOTER.test(line));
  const nested = lines.findIndex((line) => NESTED_ATTRIBUTION.some((re) => re.test(line.slice(0, 500))));
  const all = lines.join('\n');
  if (nested < 0) return all;
  const latest = lines.slice(0, nested).join('\n');
  return gatherEvidence(latest).words >= 3 ? latest : all;
}

/** Detects the language from cues alone; null when the cues are thin or close and franc should help. */
export function detectByCues(text: string, candidates: readonly Lang[] = LANGUAGES): Detection | null {
  const evidence = gatherEvidence(text);
  const ranked = rank(evidence.cues, candidates);
  if (ranked.length < 2) return ranked[0] ? decided(ranked[0][0], 1, evidence.cues, evidence.words) : null;
  const margin = ranked[0]![1] - ranked[1]![1];
  if (margin < DECISIVE_MARGIN) return null;
  return decided(ranked[0]![0], confidence(margin), pick(evidence.cues, candidates), evidence.words);
}

/** Enough text to tell the language: a 5 MB thread is not scanned whole. */
const MAX_SAMPLE = 20000;

export async function detectLanguage(fullText: string, options: DetectOptions = {}): Promise<Detection> {
  const text = fullText.length > MAX_SAMPLE ? fullText.slice(0, fullText.lastIndexOf(' ', MAX_SAMPLE) + 1 || MAX_SAMPLE) : fullText;
  const candidates = options.candidates?.length ? options.candidates : LANGUAGES;
  const fallback = options.fallback && candidates.includes(options.fallback) ? options.fallback : candidates[0] ?? 'en';
  if (candidates.length === 1) return { code: candidates[0]!, confidence: 1, source: 'config', scores: {}, words: 0 };
  // A long text is judged by its beginning, tokenized on its own.
  const evidence = gatherEvidence(text, options.tokens && text === fullText ? options.tokens : tokenize(text));
  const scores = pick(evidence.cues, candidates);
  const fallsBack = (): Detection => ({ code: fallback, confidence: 0, source: 'fallback', scores, words: evidence.words });
  if (evidence.words === 0) return fallsBack();
  let ranked = rank(scores, candidates);
  if (ranked[0]![1] - ranked[1]![1] < DECISIVE_MARGIN && evidence.sample.length >= 3) {
    const { francAll } = await import('franc');
    const francScores = francAll(evidence.sample.slice(0, FRANC_SAMPLE), {
      only: candidates.map((l) => FRANC_CODES[l]),
      minLength: 1,
    });
    const weight = FRANC_WEIGHT * Math.min(1, evidence.sample.length / FRANC_FULL_WEIGHT_AT);
    for (const [code, score] of francScores) {
      const lang = candidates.find((l) => FRANC_CODES[l] === code);
      if (lang) scores[lang] = (scores[lang] ?? 0) + weight * (score - 1);
    }
    ranked = rank(scores, candidates);
  }
  const margin = ranked[0]![1] - ranked[1]![1];
  const sure = confidence(margin);
  if (sure < MIN_CONFIDENCE) return fallsBack();
  return decided(ranked[0]![0], sure, scores, evidence.words);
}

function decided(code: Lang, sure: number, scores: Partial<Record<Lang, number>>, words: number): Detection {
  return { code, confidence: round(sure), source: 'detected', scores: roundAll(scores), words };
}

/** A margin of 0 points is a coin toss (0.5); each point makes it likelier. */
function confidence(margin: number): number {
  return 1 - 0.5 * Math.exp(-margin);
}

function pick(cues: Record<Lang, number>, candidates: readonly Lang[]): Partial<Record<Lang, number>> {
  const picked: Partial<Record<Lang, number>> = {};
  for (const lang of candidates) picked[lang] = cues[lang];
  return picked;
}

function rank(scores: Partial<Record<Lang, number>>, candidates: readonly Lang[]): [Lang, number][] {
  // Ties keep the order of `candidates`, so the configured order breaks them.
  return candidates.map((l): [Lang, number] => [l, scores[l] ?? 0]).sort((a, b) => b[1] - a[1]);
}

// Words of ASCII letters, most of them, are told by character codes; for the
// others the Unicode classes decide (these run for every capitalised word).
const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;
const isLowerAscii = (code: number) => code >= 0x61 && code <= 0x7a;
const isDigitAscii = (code: number) => code >= 0x30 && code <= 0x39;

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? isUpperAscii(first) : /^\p{Lu}/u.test(word);
}

/** SMS, G4S: capitals and digits after a capital; BankID, iPhone: a capital after a small letter. */
function isAcronym(word: string): boolean {
  let capitals = word.length > 1 && isUpperAscii(word.charCodeAt(0));
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
    if (i === 0) continue;
    if (isUpperAscii(code) && isLowerAscii(word.charCodeAt(i - 1))) return true;
    if (!isUpperAscii(code) && !isDigitAscii(code)) capitals = false;
  }
  return capitals;
}

/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, emphasis, dashes. */
const OPENING_MARK = /[ \t"'“”„«»(\[*_-]/;
const SENTENCE_END = /[\r\n.!?:…]/;

/** True when the word opens the text, a line or a sentence. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENING_MARK.test(text[i]!)) i--;
  return i < 0 || SENTENCE_END.test(text[i]!);
}

/** "Kind Regards", "Med Venlig Hilsen": a line of capitalised words up to this one. */
function isTitleCaseRun(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 60), at);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  return /^[ \t]*(?:\p{Lu}\p{Ll}{0,40}[ \t]{1,10}){1,4}$/u.test(line);
}

/** Text between double quotation marks on one line: a quotation, not the agent's words. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  let close = '';
  // Most drafts quote nothing: find the first mark before walking characters.
  const first = text.search(QUOTE_MARK);
  if (first < 0) return ranges;
  for (let i = first; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') open = -1;
    else if (open >= 0 && ch === close) {
      ranges.push([open, i]);
      open = -1;
    } else if (open < 0 && QUOTE_PAIRS.has(ch)) {
      open = i;
      close = QUOTE_PAIRS.get(ch)!;
    }
  }
  return ranges;
}

const QUOTE_PAIRS = new Map([
  ['"', '"'],
  ['“', '”'],
  ['”', '”'],
  ['„', '“'],
  ['«', '»'],
  ['»', '«'],
]);
const QUOTE_MARK = /["“”„«»]/;

function roundAll(scores: Partial<Record<Lang, number>>): Partial<Record<Lang, number>> {
  const rounded: Partial<Record<Lang, number>> = {};
  for (const lang of Object.keys(scores) as Lang[]) rounded[lang] = round(scores[lang]!);
  return rounded;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
