// The engine: text in, results out. No files, no printing.
//   input text → document (prose + regions) → language → sentences/tokens → rules → messages
import type { Lang, LanguageInfo, LintMessage, LintResult, QuotedMessage, ReplyDocument, Report, Rule, Sentence, Severity, Span, Token } from './types.js';
import { LANGUAGES } from './types.js';
import { parseDraft, sniffFormat, type InputFormat } from './document.js';
import {
  applyDirectives,
  blankDirectiveLines,
  findDirectives,
  type Directive,
  INVALID_DIRECTIVE_ID,
  unknownDirectiveRules,
  unknownRuleText,
  UNUSED_DIRECTIVE_ID,
  unusedDirectiveText,
} from './directives.js';
import { customerWords, detectLanguage } from './language.js';
import { splitSentences, tokenize } from './text.js';
import { lineIndex } from './position.js';
import { documentStats } from './readability.js';

export type RuleSetting = Severity | readonly [Severity, Record<string, unknown>?];

export interface LintOptions {
  /** Shown in results; `<stdin>` when not given. */
  readonly filePath?: string;
  /** A fixed language, or 'auto' (default) to detect. */
  readonly lang?: Lang | 'auto';
  /** Where a fixed `lang` came from, for `language.source`. */
  readonly langSource?: 'option' | 'config';
  /** Candidate languages for detection. */
  readonly languages?: readonly Lang[];
  /** Used when the draft is too short to tell. */
  readonly fallbackLanguage?: Lang;
  /** Language of messages; default: the reply's language. */
  readonly messageLanguage?: Lang;
  readonly template?: boolean;
  readonly format?: InputFormat;
  /** Severity (and options) per rule id; rules not named run at their default severity. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Report inline disable directives that hid nothing (as errors). */
  readonly reportUnusedDisableDirectives?: boolean;
}

export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    readonly original: unknown,
  ) {
    super(`rule ${ruleId} failed: ${original instanceof Error ? original.message : String(original)}`);
  }
}

/** The quoted message gets a language only when it has at least this many words of prose. */
const MIN_QUOTED_WORDS = 3;

export async function buildDocument(source: string, options: LintOptions = {}): Promise<ReplyDocument> {
  return (await readDocument(source, options)).doc;
}

/** The document and the directives found on the way; lintDocument needs both, and each once. */
async function readDocument(source: string, options: LintOptions): Promise<{ doc: ReplyDocument; directives: Directive[] }> {
  const format = options.format ?? sniffFormat(source);
  const directives = findDirectives(source, format);
  const draft = blankDirectiveLines(parseDraft(source, { format }), directives, source);
  // Tokenized once: language detection and the sentences both read these tokens.
  const proseTokens = tokenize(draft.prose);
  const language = await chooseLanguage(withSignOff(draft.prose, proseTokens, source, draft.regions), options);
  let quotedLanguage: LanguageInfo | undefined;
  if (draft.quotedText) {
    // The customer may write in any of the three, whatever the reply is restricted to.
    const detected = await detectLanguage(customerWords(draft.quotedText), { fallback: language.code });
    // "Tak!" or "OK" under a reply says too little about the customer's language.
    if (detected.source === 'detected' && detected.words >= MIN_QUOTED_WORDS) {
      quotedLanguage = { code: detected.code, confidence: detected.confidence, source: 'detected' };
    }
  }
  const sentences = splitSentences(draft.prose, language.code, proseTokens);
  const measured = { sentences, language };
  const doc: ReplyDocument = {
    source,
    prose: draft.prose,
    regions: draft.regions,
    placeholders: draft.placeholders,
    quoted: draft.quotedText ? new Quoted(draft.quotedText, draft.quotedSpans, quotedLanguage) : null,
    language,
    sentences,
    tokens: holdsExactly(sentences, proseTokens) ? proseTokens : allTokens(sentences),
    template: options.template ?? false,
    stats: documentStats(measured),
  };
  return { doc, directives };
}

/** The quoted message; two rules look for words in it, so it is tokenized once, when first asked. */
class Quoted implements QuotedMessage {
  private words: readonly Token[] | undefined;
  // Declared, not a field: a message whose language could not be told has no `language` at all.
  declare readonly language?: LanguageInfo;

  constructor(
    readonly text: string,
    readonly spans: readonly Span[],
    language: LanguageInfo | undefined,
  ) {
    if (language) this.language = language;
  }

  get tokens(): readonly Token[] {
    return (this.words ??= tokenize(this.text));
  }
}

/**
 * Whether the sentences hold exactly these tokens, in order, so the document can
 * keep the list instead of copying it (a 5 MB draft has a million tokens). A
 * sentence's tokens are a run of the prose's or, where it had to tokenize on its
 * own, new ones: its first and last token at their places show which.
 */
function holdsExactly(sentences: readonly Sentence[], tokens: readonly Token[]): boolean {
  let at = 0;
  for (const { tokens: own } of sentences) {
    const n = own.length;
    if (n && (own[0] !== tokens[at] || own[n - 1] !== tokens[at + n - 1])) return false;
    at += n;
  }
  return at === tokens.length;
}

/** A loop, not flatMap: flatMap was a tenth of the time spent building a document. */
function allTokens(sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const sentence of sentences) for (const token of sentence.tokens) tokens.push(token);
  return tokens;
}

/**
 * The prose plus the sign-off line ("Med vänliga hälsningar", "Venlig hilsen"):
 * it opens the signature, so it is blanked in the prose, but the agent wrote it
 * in the reply's language. Names and company lines below it are left out.
 */
function withSignOff(prose: string, tokens: readonly Token[], source: string, regions: ReplyDocument['regions']): LanguageText {
  const signature = regions.find((r) => r.kind === 'signature');
  if (!signature) return { text: prose, tokens };
  const line = /^[^\r\n]{0,80}/.exec(source.slice(signature.start, signature.end))![0];
  if (/^\s*--\s*$/.test(line)) return { text: prose, tokens };
  const text = `${prose}\n${line}`;
  // After a line break nothing joins the prose's last word, so its tokens stay as they are.
  return { text, tokens: tokens.concat(tokenize(text, prose.length)) };
}

interface LanguageText {
  readonly text: string;
  readonly tokens: readonly Token[];
}

async function chooseLanguage(prose: LanguageText, options: LintOptions): Promise<LanguageInfo> {
  if (options.lang && options.lang !== 'auto') {
    return { code: options.lang, confidence: 1, source: options.langSource ?? 'option' };
  }
  const detected = await detectLanguage(prose.text, {
    ...(options.languages ? { candidates: options.languages } : {}),
    ...(options.fallbackLanguage ? { fallback: options.fallbackLanguage } : {}),
    tokens: prose.tokens,
  });
  return { code: detected.code, confidence: detected.confidence, source: detected.source };
}

/** Lints one text with the given rules. Throws RuleError when a rule throws. */
export async function lintDocument(
  source: string,
  rules: ReadonlyMap<string, Rule<any>>,
  options: LintOptions = {},
): Promise<LintResult> {
  const { doc, directives } = await readDocument(source, options);
  const lang = doc.language.code;
  const messageLang = options.messageLanguage ?? lang;
  const positions = lineIndex(source);
  const messages: LintMessage[] = [];
  for (const [id, rule] of rules) {
    const [severity, ruleOptions] = resolveSetting(options.rules?.[id], rule);
    if (severity === 'off' || !rule.meta.languages.includes(lang)) continue;
    const reports: Report[] = [];
    try {
      rule.check({
        doc,
        lang,
        messageLang,
        options: { ...(rule.defaultOptions ?? {}), ...forLanguage(ruleOptions, lang) },
        report: (report) => reports.push(report),
      });
    } catch (error) {
      throw new RuleError(id, error);
    }
    for (const report of reports) messages.push(toMessage(id, severity, report, positions, source.length));
  }
  messages.sort(byPosition);
  const applied = applyDirectives(messages, directives);
  const unknown = unknownDirectiveRules(directives, rules);
  for (const { directive, rule, closest } of unknown) {
    applied.messages.push(toMessage(INVALID_DIRECTIVE_ID, 'error', { span: directive.span, message: unknownRuleText(rule, closest, messageLang) }, positions, source.length));
  }
  if (options.reportUnusedDisableDirectives) {
    for (const { directive, rule } of applied.unused) {
      if (rule !== null && unknown.some((u) => u.directive === directive && u.rule === rule)) continue;
      applied.messages.push(toMessage(UNUSED_DIRECTIVE_ID, 'error', { span: directive.span, message: unusedDirectiveText(rule, messageLang) }, positions, source.length));
    }
  }
  applied.messages.sort(byPosition);
  return {
    filePath: options.filePath ?? '<stdin>',
    language: doc.language,
    stats: doc.stats,
    messages: applied.messages,
    suppressedMessages: applied.suppressedMessages,
    errorCount: countOf(applied.messages, 2),
    warningCount: countOf(applied.messages, 1),
    source,
  };
}

function countOf(messages: readonly LintMessage[], severity: LintMessage['severity']): number {
  let n = 0;
  for (const message of messages) if (message.severity === severity) n++;
  return n;
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId);
}

/**
 * `allow` and `glossary` may be given per language in config
 * (`allow: { sv: [...], en: [...] }`); the rule sees the reply language's.
 */
function forLanguage(options: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  let out = options;
  for (const key of ['allow', 'glossary']) {
    const value = options[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const keys = Object.keys(value);
    const perLanguage = keys.length > 0 && keys.every((k) => (LANGUAGES as readonly string[]).includes(k));
    const inner = Object.values(value);
    if (!perLanguage || (key === 'glossary' && inner.some((v) => typeof v === 'string'))) continue;
    out = { ...out, [key]: (value as Record<string, unknown>)[lang] ?? (key === 'allow' ? [] : {}) };
  }
  return out;
}

function resolveSetting(setting: RuleSetting | undefined, rule: Rule<any>): [Severity, Record<string, unknown>] {
  if (setting === undefined) return [rule.meta.defaultSeverity, {}];
  if (typeof setting === 'string') return [setting, {}];
  return [setting[0], setting[1] ?? {}];
}

function toMessage(
  ruleId: string,
  severity: Severity,
  report: Report,
  positions: ReturnType<typeof lineIndex>,
  length: number,
): LintMessage {
  const start = clamp(report.span.start, 0, length);
  const end = clamp(Math.max(report.span.end, start), 0, length);
  const from = positions.locate(start);
  const to = positions.locate(end);
  return {
    ruleId,
    severity: severity === 'error' ? 2 : 1,
    message: report.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range: [start, end],
    suggestions: report.suggestions ?? [],
  };
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, n));
}
