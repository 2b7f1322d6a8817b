// Configuration files: loading and validation. A mistake is reported with the
// file, the key path, what was given and what is allowed.
import type { Lang } from './types.js';
import { LANGUAGES } from './types.js';
import type { RuleSetting } from './lint.js';

export interface Config {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly language?: Lang | 'auto';
  readonly languages?: readonly Lang[];
  readonly fallbackLanguage?: Lang;
  readonly messageLanguage?: Lang;
  readonly template?: boolean;
}

export class ConfigError extends Error {}

const SEVERITIES = ['off', 'warn', 'error'] as const;
const KEYS = ['rules', 'language', 'languages', 'fallbackLanguage', 'messageLanguage', 'template'];

export async function loadConfigFile(path: string): Promise<Config> {
  const { cosmiconfig } = await import('cosmiconfig');
  let loaded: { config: unknown } | null;
  try {
    loaded = await cosmiconfig('replylint').load(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError(`${path}: no such file`);
    throw new ConfigError(`${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  return validateConfig(loaded?.config ?? {}, path, new Set());
}

/** Checks the shape of a config; `knownRules` (when not empty) catches misspelt rule ids. */
export function validateConfig(raw: unknown, file: string, knownRules: ReadonlySet<string>): Config {
  const fail = (path: string, what: string): never => {
    throw new ConfigError(`${file}: ${path}: ${what}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('(top)', 'expected an object');
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key)) fail(key, `unknown setting; allowed: ${KEYS.join(', ')}`);
  }
  const lang = (path: string, value: unknown, extra: string[] = []) => {
    if (![...LANGUAGES, ...extra].includes(value as Lang)) {
      fail(path, `${JSON.stringify(value)} is not one of ${[...extra, ...LANGUAGES].join(', ')}`);
    }
  };
  if (config.language !== undefined) lang('language', config.language, ['auto']);
  if (config.fallbackLanguage !== undefined) lang('fallbackLanguage', config.fallbackLanguage);
  if (config.messageLanguage !== undefined) lang('messageLanguage', config.messageLanguage);
  if (config.languages !== undefined) {
    if (!Array.isArray(config.languages) || !config.languages.length) fail('languages', 'expected a non-empty list such as ["sv", "da"]');
    (config.languages as unknown[]).forEach((l, i) => lang(`languages[${i}]`, l));
  }
  if (config.template !== undefined && typeof config.template !== 'boolean') {
    fail('template', `${JSON.stringify(config.template)} is not true or false`);
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) {
      fail('rules', 'expected an object of rule id to severity');
    }
    for (const [id, setting] of Object.entries(config.rules as Record<string, unknown>)) {
      if (knownRules.size && !knownRules.has(id)) fail(`rules.${id}`, `unknown rule${didYouMean(id, knownRules)}`);
      const severity = Array.isArray(setting) ? setting[0] : setting;
      if (!SEVERITIES.includes(severity as (typeof SEVERITIES)[number])) {
        fail(`rules.${id}`, `${JSON.stringify(severity)} is not one of ${SEVERITIES.join(', ')}`);
      }
      if (Array.isArray(setting) && setting[1] !== undefined && (typeof setting[1] !== 'object' || setting[1] === null)) {
        fail(`rules.${id}[1]`, 'rule options must be an object');
      }
    }
  }
  return config as Config;
}

export function didYouMean(name: string, known: Iterable<string>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best && bestDistance <= Math.max(2, best.length / 3) ? `; did you mean "${best}"?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
