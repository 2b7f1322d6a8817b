// The programmatic API: what the CLI does, as functions that return the same
// objects the JSON format prints.
import type { Lang, LintResult, Rule } from './types.js';
import { lintDocument, type LintOptions } from './lint.js';
import { builtinRules } from '../rules/index.js';
import { toJsonResult } from './formatters/json.js';
import { readSourceFile } from './input.js';

export type * from './types.js';
export type { LintOptions, RuleSetting } from './lint.js';
export { LANGUAGES } from './types.js';
export { definePhraseRule, type PhraseRuleOptions } from './phrases/phrase-rule.js';

/** The built-in rules by id. */
export function builtinRuleMap(): Map<string, Rule<any>> {
  return new Map(builtinRules.map((rule) => [rule.meta.id, rule]));
}

export type JsonResult = Omit<LintResult, 'source'>;

/** Lints one draft. */
export async function lintText(text: string, options: LintOptions = {}): Promise<JsonResult> {
  return toJsonResult(await lintDocument(text, builtinRuleMap(), options));
}

/** Lints files by path; every file gets its own result. */
export async function lintFiles(paths: readonly string[], options: Omit<LintOptions, 'filePath'> = {}): Promise<JsonResult[]> {
  const rules = builtinRuleMap();
  const results: JsonResult[] = [];
  for (const path of paths) {
    const file = readSourceFile(path);
    results.push(toJsonResult(await lintDocument(file.text, rules, { ...options, filePath: path })));
  }
  return results;
}

export type { Lang };
