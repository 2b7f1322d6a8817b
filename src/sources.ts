// What kind of input a file is, and how to lint it: a draft (text, Markdown,
// HTML), an .eml message, or a YAML/JSON collection of templates. The CLI and
// the API both come through here, so every input kind works in both.
import { extname } from 'node:path';
import type { LintResult, Rule } from './types.js';
import { lintDocument, type LintOptions } from './lint.js';
import type { InputFormat } from './document.js';
import type { CollectionOptions } from './collections.js';

// Containers load their parsers (yaml, postal-mime) only when such a file comes.
const COLLECTION_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const EML_EXTENSIONS = new Set(['.eml']);

export interface SourceOptions {
  readonly collection?: CollectionOptions;
}

/** The draft format a file name implies; none for plain text (the document sniffs HTML). */
export function formatOf(path: string): { format?: InputFormat } {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return { format: 'markdown' };
  if (ext === '.html' || ext === '.htm') return { format: 'html' };
  return {};
}

/** Lints one input by its name: one result, or one per template for a collection. */
export async function lintSource(
  text: string,
  filePath: string,
  rules: ReadonlyMap<string, Rule<any>>,
  options: Omit<LintOptions, 'filePath'> = {},
  sourceOptions: SourceOptions = {},
): Promise<LintResult[]> {
  const withPath = { ...options, filePath };
  const ext = extname(filePath).toLowerCase();
  if (EML_EXTENSIONS.has(ext)) {
    const { lintEml } = await import('./eml.js');
    return [await lintEml(text, rules, withPath)];
  }
  if (COLLECTION_EXTENSIONS.has(ext)) {
    const { lintCollection } = await import('./collections.js');
    return lintCollection(text, rules, withPath, sourceOptions.collection);
  }
  return [await lintDocument(text, rules, { ...formatOf(filePath), ...withPath })];
}
