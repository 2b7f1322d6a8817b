// The contracts between the pipeline stages. Everything a rule or plugin
// author needs is exported from the package root (`import type { Rule } from "replylint"`).

export type Lang = 'sv' | 'da' | 'en';
export const LANGUAGES: readonly Lang[] = ['sv', 'da', 'en'];

export type Severity = 'off' | 'warn' | 'error';

/** Half-open UTF-16 offsets into the original input: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A word (or a `%` sign) in the agent's prose. */
export interface Token extends Span {
  /** The original characters. */
  readonly text: string;
  /** Lower-cased, NFC, without zero-width characters or soft hyphens; ’ becomes '. */
  readonly norm: string;
}

export interface Sentence extends Span {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** True for a greeting line ("Hej Anna,") and the sign-off ("Mvh"): not body text. */
  readonly frame: boolean;
}

export type RegionKind = 'quote' | 'attribution' | 'signature' | 'markup' | 'code' | 'placeholder' | 'link';

/** A part of the input that is not the agent's prose. */
export interface Region extends Span {
  readonly kind: RegionKind;
}

export interface Placeholder extends Span {
  readonly text: string;
  /** The template syntax it is written in. */
  readonly syntax: 'mustache' | 'jinja' | 'ruby' | 'python' | 'bracket' | 'angle' | 'xxx';
  /** False for a slot that is started but not closed, like `{{name}`. */
  readonly wellFormed: boolean;
}

export interface LanguageInfo {
  readonly code: Lang;
  /** 0..1: how sure the detector is. 1 when the language was given. */
  readonly confidence: number;
  readonly source: 'detected' | 'option' | 'config' | 'fallback';
}

/** The quoted customer message below or above the reply. */
export interface QuotedMessage {
  /** The customer's words with quote markers removed (offsets are not kept). */
  readonly text: string;
  readonly spans: readonly Span[];
  readonly language?: LanguageInfo;
  /** The word tokens of `text`, made once, when a rule first reads them. */
  readonly tokens: readonly Token[];
}

/** The draft as the rules see it. */
export interface ReplyDocument {
  /** The input, exactly as read (after BOM removal). */
  readonly source: string;
  /** Same length as `source`; everything that is not the agent's prose is blanked to spaces. */
  readonly prose: string;
  readonly regions: readonly Region[];
  readonly placeholders: readonly Placeholder[];
  readonly quoted: QuotedMessage | null;
  readonly language: LanguageInfo;
  readonly sentences: readonly Sentence[];
  /** All tokens of all sentences, in order. */
  readonly tokens: readonly Token[];
  /** Template mode: placeholders are expected and only checked for form. */
  readonly template: boolean;
  /** Words, sentences and readability of the body, measured once for the result and the rules. */
  readonly stats: DocumentStats;
}

export interface Suggestion {
  /** What the suggestion does, in the message language. */
  readonly desc: string;
  /** Replacement text for the reported span, in the reply's language. */
  readonly text: string;
}

/** What a rule reports. The engine adds the rule id, severity, line and column. */
export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly suggestions?: readonly Suggestion[];
}

export interface RuleMeta {
  /** kebab-case; plugins' rules are namespaced by the engine (`acme/legal`). */
  readonly id: string;
  /** One line in English, for --help output, README and SARIF. */
  readonly description: string;
  readonly defaultSeverity: 'warn' | 'error';
  readonly languages: readonly Lang[];
  readonly url?: string;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly doc: ReplyDocument;
  /** The reply's language; the language rule data is chosen by. */
  readonly lang: Lang;
  /** The language messages are written in (`--message-language`, default `lang`). */
  readonly messageLang: Lang;
  readonly options: Options;
  report(report: Report): void;
}

export interface Rule<Options = Record<string, unknown>> {
  readonly meta: RuleMeta;
  readonly defaultOptions?: Options;
  check(context: RuleContext<Options>): void;
}

export interface Plugin {
  readonly meta: { readonly name: string; readonly version?: string };
  readonly rules: Readonly<Record<string, Rule<any>>>;
}

/** One finding in the output (the JSON contract). */
export interface LintMessage {
  readonly ruleId: string;
  /** 1 = warning, 2 = error (ESLint's numbers). */
  readonly severity: 1 | 2;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly range: readonly [number, number];
  readonly suggestions: readonly Suggestion[];
}

/** Size and readability of the agent's body text (greeting and sign-off left out). */
export interface DocumentStats {
  readonly words: number;
  readonly sentences: number;
  /** LIX for sv and da (higher is harder), Flesch Reading Ease for en (lower is harder). */
  readonly readability: { readonly measure: 'lix' | 'flesch'; readonly value: number };
}

export interface LintResult {
  readonly filePath: string;
  readonly language: LanguageInfo;
  readonly stats: DocumentStats;
  readonly messages: readonly LintMessage[];
  /** Findings hidden by inline `replylint-disable` directives; same shape as messages. */
  readonly suppressedMessages?: readonly LintMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** The template's name when the input is a collection of many (YAML/JSON); `filePath` is the collection file. */
  readonly entry?: string;
  /** The source text, for formatters that show the line. Not part of the JSON output. */
  readonly source?: string;
}

export interface Formatter {
  readonly name: string;
  format(results: readonly LintResult[], context: FormatterContext): string;
}

export interface FormatterContext {
  readonly color: boolean;
  readonly cwd: string;
  /** Metadata of the rules that ran, for formats that describe them (SARIF, json-with-metadata). */
  readonly rules?: readonly RuleMeta[];
  /** The replylint version, for formats that name the tool. */
  readonly version?: string;
}
