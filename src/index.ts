// The programmatic API: what the CLI does, as functions that return the same
// objects the JSON format prints.
//   import { lintText, lintFiles } from "replylint";
import type { Formatter, FormatterContext, Lang, LintResult, Rule } from './types.js';
import { lintDocument, type LintOptions } from './lint.js';
import { builtinRules } from '../rules/index.js';
import { toJsonResult } from './formatters/json.js';
import { getFormatter } from './formatters/index.js';
import { readSourceFile } from './input.js';
import { formatOf, lintSource, type SourceOptions } from './sources.js';

export type * from './types.js';
export type { LintOptions, RuleSetting } from './lint.js';
export type { CollectionOptions } from './collections.js';
export type { SourceOptions } from './sources.js';
export { LANGUAGES } from './types.js';
export { definePhraseRule, type PhraseRuleOptions } from './phrases/phrase-rule.js';
export { formatters, getFormatter } from './formatters/index.js';
export { applySuggestions } from './formatters/rewrite.js';

/** The built-in rules by id. */
export function builtinRuleMap(): Map<string, Rule<any>> {
  return new Map(builtinRules.map((rule) => [rule.meta.id, rule]));
}

/** One input's result, exactly as `--format json` prints it. */
export type JsonResult = Omit<LintResult, 'source'>;

/**
 * Lints one draft. `options.filePath` names it in the result (default
 * `<stdin>`); a `.md` or `.html` name reads it as Markdown or HTML unless
 * `options.format` says otherwise. For .eml files and collections use lintFiles.
 */
export async function lintText(text: string, options: LintOptions = {}): Promise<JsonResult> {
  const filePath = options.filePath ?? '<stdin>';
  return toJsonResult(await lintDocument(text, builtinRuleMap(), { ...formatOf(filePath), ...options, filePath }));
}

/**
 * Lints files by path: drafts (.txt, .md, .html), .eml messages and YAML/JSON
 * template collections (one result per template). Throws on a file it cannot
 * read or parse; the error message names the file.
 */
export async function lintFiles(
  paths: readonly string[],
  options: Omit<LintOptions, 'filePath'> & SourceOptions = {},
): Promise<JsonResult[]> {
  const { collection, ...lintOptions } = options;
  const rules = builtinRuleMap();
  const results: JsonResult[] = [];
  for (const path of paths) {
    const file = readSourceFile(path);
    const found = await lintSource(file.text, path, rules, lintOptions, collection ? { collection } : {});
    results.push(...found.map(toJsonResult));
  }
  return results;
}

/** Formats results (from lintText/lintFiles, or with `source` for formats that show lines) by format name. */
export function formatResults(results: readonly LintResult[], format = 'stylish', context: Partial<FormatterContext> = {}): string {
  const formatter: Formatter | undefined = getFormatter(format);
  if (!formatter) throw new Error(`unknown format "${format}"`);
  return formatter.format(results, { color: false, cwd: process.cwd(), ...context });
}

export type { Lang };
