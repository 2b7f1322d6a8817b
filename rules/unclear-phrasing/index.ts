// Unclear phrasing has several sub-checks, each with its own message:
// phrases from data (vague timing, double negatives, internal jargon), stacked
// hedges, unexplained abbreviations, overlong sentences and a hard-to-read reply.
import type { Lang, Rule, RuleContext, Sentence, Span, Token } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';
import { PhraseMatcher, reportPhraseMatches } from '../../src/phrases/phrase-rule.js';
import { SUGGESTION_LABEL } from '../../src/messages.js';
import { bodyOf } from '../../src/text.js';

export interface UnclearPhrasingOptions {
  /** Longest sentence, in words, per language. */
  readonly maxWords?: Partial<Record<Lang, number>>;
  /** Team terms and what to write instead: `{ "RMA": "return number" }`. */
  readonly glossary?: Readonly<Record<string, string>>;
  /** Phrases never to flag. */
  readonly allow?: readonly string[];
  /** A reply scoring worse than this is reported as a whole: LIX above (sv, da), Flesch below (en). */
  readonly readability?: Partial<Record<Lang, number>>;
  /** Replies shorter than this many words are not scored for readability. */
  readonly readabilityMinWords?: number;
  /** Capitals every customer of this team knows, never reported: `["SKU", "NHS"]`. */
  readonly knownAbbreviations?: readonly string[];
  /**
   * When hedges count as stacked: `min` hedges each at most `window` words from the
   * next, or two hedges with at most `adjacent` words between them ("might possibly").
   */
  readonly hedges?: { readonly min?: number; readonly window?: number; readonly adjacent?: number };
}

const dir = new URL('./', import.meta.url);
const phrases = new PhraseMatcher(dir);

// Measured on the dev drafts of all three languages: sentences labelled overlong
// have 49–64 words, the longest unlabelled ones 33 (sv), 27 (da), 24 (en).
// Plain-language guidance puts the reader's limit near 25–30 words on average,
// so 35 leaves room for an ordinary long sentence and still catches the run-ons.
const DEFAULT_MAX_WORDS: Record<Lang, number> = { sv: 35, da: 35, en: 35 };
// LIX above 60 and Flesch below 30 are the "very hard" bands of each scale.
const DEFAULT_READABILITY: Record<Lang, number> = { sv: 60, da: 60, en: 30 };
const DEFAULT_READABILITY_MIN_WORDS = 60;
const DEFAULT_HEDGES = { min: 3, window: 6, adjacent: 1 };
/** Two to seven capitals and digits, starting with a capital: RMA, NOC, G99. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d]{1,6}$/u;
/**
 * A seat, road, gate or room code, a reference or an account number, not an
 * abbreviation: F12, M6, B2, AB1234. L and P with one digit stay abbreviations:
 * they are support levels and priorities (L2, P1) in every language.
 */
const CODE = /^(?![LP]\d$)\p{Lu}\d+$|\d{3,}/u;
/** Part of a UK postcode: "EH12 5AB". */
const POSTCODE_HEAD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_TAIL = /^\d[A-Z]{2}$/;
/** Placeholder-like runs of X ("XX kr.") belong to leftover-placeholder. */
const FILLER = /^X+$/;
/**
 * Capitals customers everywhere know, whatever the reply's language: carriers,
 * currencies, units and international terms. Each language adds its own in
 * the `known-abbreviation` set of its data file.
 */
const UNIVERSAL_KNOWN = new Set(
  (
    'ok id pdf sms mms pin iban bic swift eu uk usa us un tv pc usb hdmi dvd cd url www faq qr led lcd sim gps wifi ' +
    'it cv hr ceo am pm cet cest utc gmt bst eur usd gbp sek dkk nok chf kg km cm mm mb gb tb kb kw kwh mph ' +
    'dhl gls ups dpd dao tnt usps fedex ikea bmw vw hp lg bt ee o2 api app ios ai nb ps ' +
    'a3 a4 a5 ii iii iv vi vii viii ix xi xii xl xxl xs puk imei ' +
    // Nordic terms every Swedish or Danish customer knows, also inside compounds ("RUT-avdrag", "VVS-firma").
    'rut rot vvs'
  ).split(' '),
);

const rule: Rule<UnclearPhrasingOptions> = {
  meta: {
    id: 'unclear-phrasing',
    description: 'Jargon, unexplained abbreviations, vague timing, stacked hedges, double negatives, overlong sentences and hard-to-read replies.',
    defaultSeverity: 'warn',
    languages: phrases.languages(),
  },
  check(context) {
    // Phrase findings come first; an abbreviation they already cover ("L2" in "escalated to L2") is not reported twice.
    const covered: Span[] = [];
    reportPhraseMatches(phrases, {
      ...context,
      report: (r) => {
        covered.push(r.span);
        context.report(r);
      },
    });
    const body = bodyOf(context.doc.sentences);
    reportHedges(context, body);
    reportAbbreviations(context, body, covered);
    reportLongSentences(context, body);
    reportReadability(context, body);
  },
};

function say(context: RuleContext<UnclearPhrasingOptions>, id: string, values: Record<string, string | number> = {}): string {
  return formatMessage(loadMessages(dir), id, context.messageLang, values);
}

function reportHedges(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[]): void {
  const { min, window, adjacent } = { ...DEFAULT_HEDGES, ...context.options.hedges };
  for (const sentence of body) {
    // `hedge-opinion` ("I think") counts toward `min` but never makes a close pair:
    // "I think it might be the router" is one honest hedge, "it might possibly be" two.
    const strong = phrases.setMatches(context.lang, 'hedge', sentence.tokens);
    const hedges: { start: number; end: number; opinion: boolean }[] = [];
    for (const { start, end } of strong) hedges.push({ start, end, opinion: false });
    for (const o of phrases.setMatches(context.lang, 'hedge-opinion', sentence.tokens)) {
      if (!strong.some((h) => h.start < o.end && o.start < h.end)) hedges.push({ start: o.start, end: o.end, opinion: true });
    }
    if (hedges.length < 2) continue;
    hedges.sort((x, y) => x.start - y.start);
    for (let i = 0; i + 1 < hedges.length; i++) {
      let last = i;
      while (last + 1 < hedges.length && wordsBetween(sentence.tokens, hedges[last]!.end, hedges[last + 1]!.start) <= window) last++;
      const count = last - i + 1;
      // One hedge is honest; two side by side ("might possibly") or three in a row hide what you know.
      const side = [...Array(count - 1).keys()].some((k) => {
        const [x, y] = [hedges[i + k]!, hedges[i + k + 1]!];
        return !x.opinion && !y.opinion && wordsBetween(sentence.tokens, x.end, y.start) <= adjacent;
      });
      if (count < 2 || (count < min && !side)) continue;
      const span = { start: hedges[i]!.start, end: hedges[last]!.end };
      report(context, span, say(context, 'hedges', { actual: text(context, span) }), say(context, 'hedges-fix'));
      i = last;
    }
  }
}

/** Tokens lying wholly between two offsets; binary search keeps long sentences linear. */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  const first = lowerBound(tokens, (t) => t.start >= from);
  const past = lowerBound(tokens, (t) => t.end > to);
  return Math.max(0, past - first);
}

/** The first index whose token satisfies `test` (which must be false, then true, along the tokens). */
function lowerBound(tokens: readonly Token[], test: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(tokens[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function reportAbbreviations(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[], covered: readonly Span[]): void {
  const glossary = new Map(Object.entries(context.options.glossary ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  // Most replies hold no abbreviation: find the candidates before the costlier checks.
  const candidates: { sentence: Sentence; i: number; term: string; explanation: string | undefined }[] = [];
  for (const sentence of body) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      // A token equal to its lower-case form has no capitals, so it is no abbreviation.
      const term = token.text === token.norm ? token.text : abbreviationIn(token.text);
      const explanation = glossary.size ? (glossary.get(term.toLowerCase()) ?? glossary.get(token.norm)) : undefined;
      if (explanation || (token.text !== token.norm && ABBREVIATION.test(term) && !CODE.test(term) && !FILLER.test(term))) {
        candidates.push({ sentence, i, term, explanation });
      }
    }
  }
  if (!candidates.length) return;
  const known = knownAbbreviations(context, body);
  let initials: string | undefined;
  const runsOf = new Map<Sentence, number[]>();
  const seen = new Set<string>();
  for (const { sentence, i, term, explanation } of candidates) {
    const tokens = sentence.tokens;
    const token = tokens[i]!;
    const key = term.toLowerCase();
    if (!explanation) {
      if (known.spans.some((k) => k.start <= token.start && token.end <= k.end)) continue;
      if (known.has(key) || known.has(token.norm)) continue;
      if (POSTCODE_HEAD.test(term) && POSTCODE_TAIL.test(tokens[i + 1]?.text ?? '')) continue;
      let runs = runsOf.get(sentence);
      if (!runs) runsOf.set(sentence, (runs = capitalRuns(tokens)));
      if (runs[i]! >= 3) continue; // three capital words in a row are shouting or a heading
      if (inSlot(context.doc.source, token)) continue;
      if (covered.some((c) => c.start <= token.start && token.end <= c.end)) continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    if (!explanation && (explained(context, sentence, i) || (term.length >= 3 && (initials ??= initialsOf(body)).includes(key)))) continue;
    const message = explanation
      ? say(context, 'glossary', { actual: term, explanation })
      : say(context, 'abbreviation', { actual: term });
    report(context, { start: token.start, end: token.start + term.length }, message, explanation ?? say(context, 'abbreviation-fix', { actual: term }));
  }
}

/** Abbreviations the reader knows: universal ones, the team's, and the language's words and phrases. */
function knownAbbreviations(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[]): { has(word: string): boolean; spans: Span[] } {
  // The team's, the language's and this reply's; the universal ones are asked apart, not copied in for every reply.
  const words = new Set<string>();
  for (const known of context.options.knownAbbreviations ?? []) words.add(known.toLowerCase());
  // Phrases such as "PO Box" are known as a whole, so their words are skipped where they occur.
  const spans: Span[] = [];
  // Single words are known by themselves too, so "CPR" in "CPR-nummer" is known.
  for (const sequence of phrases.data(context.lang)?.sets['known-abbreviation'] ?? []) {
    const [only] = sequence;
    if (sequence.length === 1 && only?.kind === 'word') only.exact.forEach((word) => words.add(word));
  }
  for (const sentence of body) {
    for (const span of phrases.setMatches(context.lang, 'known-abbreviation', sentence.tokens)) {
      const phrase = text(context, span).toLowerCase();
      if (/\s/.test(phrase)) spans.push(span);
      else words.add(phrase);
    }
  }
  return { has: (word) => UNIVERSAL_KNOWN.has(word) || words.has(word), spans };
}

/**
 * The abbreviation a token is built on: "RMA-nummer", "ITSM-kø", "CAB'en",
 * "DSLAM:en", "RMAs" and "RMA's" are all RMA. Other tokens come back as they are.
 */
function abbreviationIn(word: string): string {
  const head = /^(\p{Lu}[\p{Lu}\d]{1,6})(?:[-:'’]\p{L}[\p{L}\d-]*|s|['’]s)$/u.exec(word);
  return head ? head[1]! : word;
}

const SLOT_OPENER = /[$_%{<]/;
const SLOT_CLOSER = /[_%}>]/;

/** `$FIRST_NAME`, `__NAME__`, `%NAME%`, `<<NAME>>`: a template slot, which leftover-placeholder reports. */
function inSlot(source: string, token: Token): boolean {
  return SLOT_OPENER.test(source[token.start - 1] ?? '') || SLOT_CLOSER.test(source[token.end] ?? '');
}

const CAPITALS_ONLY = /^[\p{Lu}\d'’-]+$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** For each token, the length of the run of all-capital words it stands in (one pass each way). */
function capitalRuns(tokens: readonly Token[]): number[] {
  // A loop into a literal, not map(): one shape of list, empty or not, keeps this function compiled.
  const caps: boolean[] = [];
  for (const t of tokens) caps.push(CAPITALS_ONLY.test(t.text) && TWO_CAPITALS.test(t.text));
  const before = new Array<number>(tokens.length).fill(0);
  for (let i = 0; i < tokens.length; i++) before[i] = caps[i] ? (i > 0 ? before[i - 1]! : 0) + 1 : 0;
  const runs = new Array<number>(tokens.length).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) runs[i] = caps[i] ? (i + 1 < tokens.length && caps[i + 1] ? runs[i + 1]! : before[i]!) : 0;
  return runs;
}

/**
 * The first letters of the reply's words, sentence by sentence, with a line break
 * between sentences: "Distribution Network Operator" explains DNO when "dno" is in it.
 */
function initialsOf(body: readonly Sentence[]): string {
  // Character codes in a typed array, turned into a string a chunk at a time: a long reply has a million words.
  let length = 0;
  for (const sentence of body) length += sentence.tokens.length + 1;
  const codes = new Uint16Array(length);
  let at = 0;
  for (const sentence of body) {
    for (const token of sentence.tokens) codes[at++] = token.norm.charCodeAt(0);
    codes[at++] = 0x0a;
  }
  let letters = '';
  // apply() takes the typed array as it is (its type says number[]); spreading it was twice as slow.
  for (let i = 0; i < length; i += 4096) letters += String.fromCharCode.apply(null, codes.subarray(i, i + 4096) as unknown as number[]);
  return letters;
}

/** Words that introduce a name just before it: "a return number, which we call RMA". */
const NAMED_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:called|known as|we call|referred to as|named|so-called)\s*["'“‘]?$/iu,
  sv: /(?:^|\s)(?:kallar|kallas|kallat|kallad|kallade|så kallade?|s\.k\.)\s*["'”’]?$/iu,
  da: /(?:^|\s)(?:kalder|kaldes|kaldet|kaldt|såkaldte?|s\.k\.)\s*["'”’]?$/iu,
};

/**
 * "return number (RMA)", "RMA (return number)", "what we call RMA", "RMA, which is…", "RMA – that
 * is…", "RMA stands for…": the reader is told what it means.
 */
function explained(context: RuleContext<UnclearPhrasingOptions>, sentence: Sentence, i: number): boolean {
  const token = sentence.tokens[i]!;
  const source = context.doc.source;
  const after = source.slice(token.end, token.end + 40).toLowerCase();
  const before = source.slice(Math.max(0, token.start - 2), token.start);
  if (/^(?:['’]?s)?\s?\(/.test(after) || /\(\s?$/.test(before)) return true;
  if (NAMED_BEFORE[context.lang].test(source.slice(Math.max(0, token.start - 25), token.start))) return true;
  if (/^(?:['’]?s)?\s+(?:stands for|is short for|means)\b/.test(after)) return true;
  return /^(?:['’]?s)?(?:,|:|\s[–—-])\s*(?:(?:which|that) (?:is|means|stands)|or|i\.e\.|meaning|short for|that's|that is)(?=[\s,]|$)/.test(after);
}

function reportLongSentences(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[]): void {
  const limit = context.options.maxWords?.[context.lang] ?? DEFAULT_MAX_WORDS[context.lang];
  for (const sentence of body) {
    let words = 0;
    for (const token of sentence.tokens) if (token.norm !== '%') words++;
    if (words <= limit) continue;
    report(context, sentence, say(context, 'long-sentence', { words, limit }), say(context, 'long-sentence-fix'));
  }
}

function reportReadability(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[]): void {
  const minWords = context.options.readabilityMinWords ?? DEFAULT_READABILITY_MIN_WORDS;
  const { words, readability: score } = context.doc.stats;
  if (words < minWords) return;
  const threshold = context.options.readability?.[context.lang] ?? DEFAULT_READABILITY[context.lang];
  const hard = score.measure === 'lix' ? score.value > threshold : score.value < threshold;
  if (!hard || !body.length) return;
  const span = { start: body[0]!.start, end: body[body.length - 1]!.end };
  report(
    context,
    span,
    say(context, score.measure === 'lix' ? 'hard-to-read-lix' : 'hard-to-read-flesch', { score: Math.round(score.value), threshold }),
    say(context, 'long-sentence-fix'),
  );
}

function text(context: RuleContext<UnclearPhrasingOptions>, span: { start: number; end: number }): string {
  return context.doc.source.slice(span.start, span.end);
}

function report(
  context: RuleContext<UnclearPhrasingOptions>,
  span: { start: number; end: number },
  message: string,
  suggestion: string,
): void {
  context.report({
    span: { start: span.start, end: span.end },
    message,
    suggestions: [{ desc: SUGGESTION_LABEL[context.messageLang], text: suggestion }],
  });
}

export default rule;
