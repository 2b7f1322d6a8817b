// Unclear phrasing has several sub-checks, each with its own message:
// phrases from data (vague timing, double negatives, internal jargon), stacked
// hedges, unexplained abbreviations, overlong sentences and a hard-to-read reply.
import type { Lang, Rule, RuleContext, Sentence, Token } from '../../src/types.js';
import { formatMessage, loadMessages } from '../../src/phrases/data.js';
import { PhraseMatcher, reportPhraseMatches } from '../../src/phrases/phrase-rule.js';
import { SUGGESTION_LABEL } from '../../src/messages.js';
import { readability } from '../../src/readability.js';

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
}

const dir = new URL('./', import.meta.url);
const phrases = new PhraseMatcher(dir);

const DEFAULT_MAX_WORDS: Record<Lang, number> = { sv: 35, da: 35, en: 40 };
const DEFAULT_READABILITY: Record<Lang, number> = { sv: 60, da: 60, en: 30 };
const HEDGE_WINDOW = 6;
/** Two to seven capitals and digits, starting with a capital: RMA, L2, P1, G99. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d-]{1,6}$/u;

const rule: Rule<UnclearPhrasingOptions> = {
  meta: {
    id: 'unclear-phrasing',
    description: 'Jargon, unexplained abbreviations, vague timing, stacked hedges, double negatives, overlong sentences and hard-to-read replies.',
    defaultSeverity: 'warn',
    languages: phrases.languages(),
  },
  check(context) {
    reportPhraseMatches(phrases, context);
    const body = context.doc.sentences.filter((s) => !s.frame);
    reportHedges(context, body);
    reportAbbreviations(context, body);
    reportLongSentences(context, body);
    reportReadability(context, body);
  },
};

function say(context: RuleContext<UnclearPhrasingOptions>, id: string, values: Record<string, string | number> = {}): string {
  return formatMessage(loadMessages(dir), id, context.messageLang, values);
}

function reportHedges(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[]): void {
  for (const sentence of body) {
    const hedges = phrases.setMatches(context.lang, 'hedge', sentence.tokens);
    for (let i = 0; i + 1 < hedges.length; i++) {
      const first = hedges[i]!;
      let last = i;
      while (last + 1 < hedges.length && wordsBetween(sentence.tokens, hedges[last]!.end, hedges[last + 1]!.start) <= HEDGE_WINDOW) last++;
      if (last === i) continue;
      const span = { start: first.start, end: hedges[last]!.end };
      report(context, span, say(context, 'hedges', { actual: text(context, span) }), say(context, 'hedges-fix'));
      i = last;
    }
  }
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  return tokens.filter((t) => t.start >= from && t.end <= to).length;
}

function reportAbbreviations(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[]): void {
  const glossary = new Map(Object.entries(context.options.glossary ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const known = new Set<string>();
  for (const sentence of body) {
    for (const span of phrases.setMatches(context.lang, 'known-abbreviation', sentence.tokens)) known.add(text(context, span).toLowerCase());
  }
  const seen = new Set<string>();
  for (const sentence of body) {
    for (const [i, token] of sentence.tokens.entries()) {
      const term = token.text.split(':')[0]!; // "DSLAM:en" is DSLAM inflected
      const key = term.toLowerCase();
      const explanation = glossary.get(key);
      if (!explanation && (!ABBREVIATION.test(term) || known.has(key) || known.has(token.norm))) continue;
      if (seen.has(key) || explained(context, sentence, i)) continue;
      seen.add(key);
      const message = explanation
        ? say(context, 'glossary', { actual: term, explanation })
        : say(context, 'abbreviation', { actual: term });
      report(context, token, message, explanation ?? say(context, 'abbreviation-fix', { actual: term }));
    }
  }
}

/** "return number (RMA)" or "RMA (return number)": the reader is told what it means. */
function explained(context: RuleContext<UnclearPhrasingOptions>, sentence: Sentence, i: number): boolean {
  const token = sentence.tokens[i]!;
  const source = context.doc.source;
  const after = source.slice(token.end, token.end + 3);
  const before = source.slice(Math.max(0, token.start - 2), token.start);
  return /^\s?\(/.test(after) || /\(\s?$/.test(before);
}

function reportLongSentences(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[]): void {
  const limit = context.options.maxWords?.[context.lang] ?? DEFAULT_MAX_WORDS[context.lang];
  for (const sentence of body) {
    const words = sentence.tokens.filter((t) => t.norm !== '%').length;
    if (words <= limit) continue;
    report(context, sentence, say(context, 'long-sentence', { words, limit }), say(context, 'long-sentence-fix'));
  }
}

function reportReadability(context: RuleContext<UnclearPhrasingOptions>, body: readonly Sentence[]): void {
  const minWords = context.options.readabilityMinWords ?? 60;
  const score = readability(body, context.lang);
  if (score.words < minWords) return;
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
