// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and
// other SARIF viewers. https://docs.oasis-open.org/sarif/sarif/v2.1.0/
import { createRequire } from 'node:module';
import type { Formatter, LintMessage, LintResult, RuleMeta } from '../types.js';
import { RULE_HELP } from './rule-help.js';
import { displayPath, rulesMeta } from './shared.js';

// Loaded on first use: node:crypto costs every run ~10 ms of start-up, and only SARIF needs it.
let cryptoModule: typeof import('node:crypto') | undefined;
const crypto = () => (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));

const INFORMATION_URI = 'https://github.com/replylint/replylint';
const LANGUAGE_NAMES: Record<string, string> = { sv: 'Swedish', da: 'Danish', en: 'English' };

/** A relative path as a URI reference: each segment percent-encoded. */
export function toUri(path: string): string {
  if (/^[a-zA-Z]:\//.test(path)) return `file:///${path.split('/').map(encodeURIComponent).join('/').replace('%3A', ':')}`;
  if (path.startsWith('/')) return `file://${path.split('/').map(encodeURIComponent).join('/')}`;
  return path.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(meta: RuleMeta) {
  const help = RULE_HELP[meta.id];
  const languages = meta.languages.map((l) => LANGUAGE_NAMES[l] ?? l).join(', ');
  const full = `${help?.full ?? meta.description}${languages ? ` Checks replies in ${languages}.` : ''}`;
  const fix = help?.fix ?? '';
  return {
    id: meta.id,
    name: meta.id.replace(/(?:^|[-/])([a-z])/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    help: {
      text: fix ? `${full}\n\nHow to fix: ${fix}` : full,
      markdown: `**${meta.id}**: ${full}${fix ? `\n\n**How to fix:** ${fix}` : ''}${meta.url ? `\n\n[More](${meta.url})` : ''}`,
    },
    ...(meta.url ? { helpUri: meta.url } : {}),
    defaultConfiguration: { level: meta.defaultSeverity === 'error' ? 'error' : 'warning' },
    properties: { tags: ['customer-service', 'tone', ...meta.languages] },
  };
}

/**
 * Stable across edits elsewhere in the file: the rule, the file, the flagged
 * words and which occurrence of them this is, but not the line number.
 */
function fingerprint(path: string, message: LintMessage, flagged: string, occurrence: number): string {
  return crypto()
    .createHash('sha256')
    .update([message.ruleId, path, flagged.toLowerCase().replace(/\s+/g, ' '), String(occurrence)].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

function sarifResult(result: LintResult, message: LintMessage, uri: string, ruleIndex: number, seen: Map<string, number>) {
  const flagged = result.source?.slice(message.range[0], message.range[1]) ?? '';
  const key = `${uri}\0${message.ruleId}\0${flagged}`;
  const occurrence = seen.get(key) ?? 0;
  seen.set(key, occurrence + 1);
  const suggestion = message.suggestions[0];
  return {
    ruleId: message.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: message.severity === 2 ? 'error' : 'warning',
    message: { text: suggestion ? `${message.message} ${suggestion.desc}: ${suggestion.text}` : message.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, ...(uri.startsWith('file:') ? {} : { uriBaseId: '%SRCROOT%' }) },
          region: {
            startLine: message.line,
            startColumn: message.column,
            endLine: message.endLine,
            endColumn: message.endColumn,
            charOffset: message.range[0],
            charLength: message.range[1] - message.range[0],
            ...(flagged ? { snippet: { text: flagged } } : {}),
          },
        },
      },
    ],
    partialFingerprints: { 'replylintFinding/v1': fingerprint(uri, message, flagged, occurrence) },
    properties: { language: result.language.code, ...(result.entry ? { template: result.entry } : {}) },
  };
}

export const sarif: Formatter = {
  name: 'sarif',
  format(results, context) {
    const rules = rulesMeta(results, context).map(ruleDescriptor);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const seen = new Map<string, number>();
    const sarifResults = results.flatMap((result) => {
      const uri = toUri(displayPath(result.filePath, context.cwd));
      return result.messages.map((m) => sarifResult(result, m, uri, index.get(m.ruleId) ?? -1, seen));
    });
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'replylint',
              ...(context.version ? { version: context.version, semanticVersion: context.version } : {}),
              informationUri: INFORMATION_URI,
              rules,
            },
          },
          columnKind: 'utf16CodeUnits',
          results: sarifResults,
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
