// Configuration: finding the config file for a linted file, loading it (with
// `extends`, `plugins` and `customRules`), validating all of it before anything
// is linted, and the settings that apply to one file (`overrides`, --rule).
// A mistake is one ConfigError naming the file, the key path, what was given
// and what is allowed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Lang, Rule, Severity } from './types.js';
import { LANGUAGES } from './types.js';
import type { RuleSetting } from './lint.js';
import { globToRegExp } from './input.js';
import { compileCustomRule } from './custom-rules.js';
import { loadPlugin, PluginError, resolveModule, type LoadedPlugin } from './plugins.js';
import { didYouMean } from './closest-name.js';

export { didYouMean };

/** What can be set at the top of a config and inside an `overrides` entry. */
export interface Settings {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly language?: Lang | 'auto';
  readonly languages?: readonly Lang[];
  readonly fallbackLanguage?: Lang;
  readonly messageLanguage?: Lang;
  readonly template?: boolean;
}

/** A config file as written. */
export interface Config extends Settings {
  readonly extends?: string | readonly string[];
  readonly plugins?: readonly string[];
  readonly ignore?: readonly string[];
  readonly overrides?: readonly (Settings & { readonly files: string | readonly string[] })[];
  readonly customRules?: Readonly<Record<string, unknown>>;
}

export class ConfigError extends Error {}

/** The config file names looked for in each folder, first found wins. */
export const SEARCH_PLACES: readonly string[] = [
  'package.json',
  '.replylintrc',
  '.replylintrc.json',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  '.replylintrc.js',
  '.replylintrc.cjs',
  '.replylintrc.mjs',
  'replylint.config.js',
  'replylint.config.cjs',
  'replylint.config.mjs',
  'replylint.config.ts',
];

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];
const SETTING_KEYS = ['rules', 'language', 'languages', 'fallbackLanguage', 'messageLanguage', 'template'];
const KEYS = [...SETTING_KEYS, 'extends', 'plugins', 'ignore', 'overrides', 'customRules'];
const OVERRIDE_KEYS = ['files', ...SETTING_KEYS];

/** Globs are relative to the folder of the config file that wrote them. */
interface Scoped {
  readonly globs: readonly string[];
  readonly baseDir: string;
}

interface RuleReference {
  readonly id: string;
  readonly file: string;
  readonly path: string;
}

/** A config with its `extends` merged in, before plugins are loaded. */
interface Flat {
  settings: Settings;
  ignore: Scoped[];
  overrides: (Scoped & { settings: Settings })[];
  plugins: { specifier: string; baseDir: string; file: string; path: string }[];
  customRules: Map<string, Rule>;
  references: RuleReference[];
}

/** A loaded, validated config: everything needed to lint files under it. */
export interface ResolvedConfig {
  /** null when no config file applies. */
  readonly file: string | null;
  readonly settings: Settings;
  readonly ignore: readonly Scoped[];
  readonly overrides: readonly (Scoped & { readonly settings: Settings })[];
  readonly plugins: readonly LoadedPlugin[];
  /** Built-in, custom and plugin rules by id. */
  readonly rules: ReadonlyMap<string, Rule<any>>;
}

/** What applies to one file. */
export interface FileConfig {
  readonly config: ResolvedConfig;
  readonly settings: Settings;
  readonly ignored: boolean;
}

export interface ResolverOptions {
  /** `--config FILE`; false for `--no-config`. */
  readonly configFile?: string | false;
  /** `--rule` settings, applied last. */
  readonly cliRules?: Readonly<Record<string, RuleSetting>>;
  readonly builtinRules: ReadonlyMap<string, Rule<any>>;
  readonly cwd?: string;
}

/** Finds, loads and caches configs; one per process run. */
export class ConfigResolver {
  private readonly cwd: string;
  private readonly fileByDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, Promise<ResolvedConfig>>();
  private readonly cliChecked = new Set<ResolvedConfig>();
  private readonly uniform = new Map<ResolvedConfig, FileConfig>();

  constructor(private readonly options: ResolverOptions) {
    this.cwd = options.cwd ?? process.cwd();
  }

  /** The config file that applies to `path` (a file that may not exist, e.g. stdin's name). */
  configFileFor(path: string): string | null {
    if (this.options.configFile === false) return null;
    if (this.options.configFile) return resolve(this.cwd, this.options.configFile);
    return this.findUp(dirname(resolve(this.cwd, path)));
  }

  async forFile(path: string): Promise<FileConfig> {
    const file = this.configFileFor(path);
    const key = file ?? '';
    let promise = this.loaded.get(key);
    if (!promise) {
      promise = resolveConfig(file, this.options.builtinRules, this.cwd);
      this.loaded.set(key, promise);
    }
    const config = await promise;
    if (this.options.cliRules && !this.cliChecked.has(config)) {
      checkReferences(
        Object.keys(this.options.cliRules).map((id) => ({ id, file: '--rule', path: id })),
        config.rules,
        this.cwd,
      );
      this.cliChecked.add(config);
    }
    // A config without overrides or ignores says the same of every file: one answer for all (10,000 files are common).
    const uniform = !config.overrides.length && !config.ignore.length;
    const known = uniform ? this.uniform.get(config) : undefined;
    if (known) return known;
    const absolute = resolve(this.cwd, path);
    let settings = config.settings;
    for (const override of config.overrides) if (matches(override, absolute)) settings = mergeSettings(settings, override.settings);
    if (this.options.cliRules) settings = mergeSettings(settings, { rules: this.options.cliRules });
    const fileConfig: FileConfig = { config, settings, ignored: config.ignore.some((scope) => matches(scope, absolute)) };
    if (uniform) this.uniform.set(config, fileConfig);
    return fileConfig;
  }

  // Cheap: existsSync per folder, so cosmiconfig is only imported when a file is there.
  private findUp(start: string): string | null {
    const visited: string[] = [];
    let found: string | null = null;
    for (let dir = start; ; dir = dirname(dir)) {
      const cached = this.fileByDir.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      found = configIn(dir);
      if (found || dirname(dir) === dir) break;
    }
    for (const dir of visited) this.fileByDir.set(dir, found);
    return found;
  }
}

function configIn(dir: string): string | null {
  for (const name of SEARCH_PLACES) {
    const path = resolve(dir, name);
    if (!existsSync(path) || !statSync(path).isFile()) continue;
    if (name !== 'package.json') return path;
    try {
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      if (manifest && typeof manifest === 'object' && 'replylint' in manifest) return path;
    } catch {
      // A broken package.json is not ours to report unless it holds our key.
    }
  }
  return null;
}

/** Loads `file` (null: defaults only) with its extends and plugins, and checks every rule id. */
export async function resolveConfig(file: string | null, builtins: ReadonlyMap<string, Rule<any>>, cwd = process.cwd()): Promise<ResolvedConfig> {
  if (!file) return { file: null, settings: {}, ignore: [], overrides: [], plugins: [], rules: builtins };
  const flat = await loadFlat(file, [], builtins, cwd);
  const rules = new Map(builtins);
  for (const [id, rule] of flat.customRules) rules.set(id, rule);
  const plugins: LoadedPlugin[] = [];
  const seen = new Set<string>();
  for (const entry of flat.plugins) {
    let plugin: LoadedPlugin;
    try {
      plugin = await loadPlugin(entry.specifier, entry.baseDir);
    } catch (error) {
      if (!(error instanceof PluginError)) throw error;
      throw new ConfigError(`${shown(entry.file, cwd)}: ${entry.path}: plugin "${entry.specifier}": ${error.message}`);
    }
    if (seen.has(plugin.file)) continue;
    seen.add(plugin.file);
    if (plugins.some((p) => p.name === plugin.name)) {
      throw new ConfigError(`${shown(entry.file, cwd)}: ${entry.path}: plugin "${entry.specifier}": another plugin is already called "${plugin.name}"`);
    }
    plugins.push(plugin);
    for (const [id, rule] of plugin.rules) rules.set(id, rule);
  }
  checkReferences(flat.references, rules, cwd);
  return { file, settings: flat.settings, ignore: flat.ignore, overrides: flat.overrides, plugins, rules };
}

async function loadFlat(file: string, stack: readonly string[], builtins: ReadonlyMap<string, Rule<any>>, cwd: string): Promise<Flat> {
  const name = shown(file, cwd);
  if (stack.includes(file)) throw new ConfigError(`${name}: extends: configs extend each other in a loop: ${[...stack, file].map((f) => shown(f, cwd)).join(' → ')}`);
  const raw = await readConfigFile(file, name);
  const config = validateConfig(raw, name, new Set());
  const baseDir = dirname(file);
  const fail = (path: string, what: string): never => {
    throw new ConfigError(`${name}: ${path}: ${what}`);
  };

  let flat: Flat = { settings: {}, ignore: [], overrides: [], plugins: [], customRules: new Map(), references: [] };
  const parents = config.extends === undefined ? [] : typeof config.extends === 'string' ? [config.extends] : config.extends;
  for (const [i, specifier] of parents.entries()) {
    const path = typeof config.extends === 'string' ? 'extends' : `extends[${i}]`;
    let parentFile: string;
    try {
      parentFile = resolveModule(specifier, baseDir, 'config');
    } catch (error) {
      if (!(error instanceof PluginError)) throw error;
      return fail(path, `shareable config "${specifier}": ${error.message}`);
    }
    flat = mergeFlat(flat, await loadFlat(parentFile, [...stack, file], builtins, cwd));
  }

  const customRules = new Map<string, Rule>();
  for (const [id, spec] of Object.entries(config.customRules ?? {})) {
    if (builtins.has(id)) fail(`customRules.${id}`, 'is a built-in rule id; give the custom rule its own');
    customRules.set(id, compileCustomRule(id, spec, fail));
  }
  const references: RuleReference[] = [];
  const refer = (rules: Settings['rules'], prefix: string) => {
    for (const id of Object.keys(rules ?? {})) references.push({ id, file, path: `${prefix}rules.${id}` });
  };
  refer(config.rules, '');
  (config.overrides ?? []).forEach((o, i) => refer(o.rules, `overrides[${i}].`));

  const { extends: _extends, plugins, ignore, overrides, customRules: _custom, ...settings } = config;
  return mergeFlat(flat, {
    settings,
    ignore: ignore?.length ? [{ globs: ignore, baseDir }] : [],
    overrides: (overrides ?? []).map(({ files, ...rest }) => ({
      globs: typeof files === 'string' ? [files] : files,
      baseDir,
      settings: rest,
    })),
    plugins: (plugins ?? []).map((specifier, i) => ({ specifier, baseDir, file, path: `plugins[${i}]` })),
    customRules,
    references,
  });
}

async function readConfigFile(file: string, name: string): Promise<unknown> {
  if (!existsSync(file)) throw new ConfigError(`${name}: no such file`);
  if (file.endsWith(`${sep}package.json`) || file === 'package.json') {
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>).replylint ?? {};
    } catch (error) {
      throw new ConfigError(`${name}: ${firstLine(error)}`);
    }
  }
  const { cosmiconfig } = await import('cosmiconfig');
  try {
    const loaded = await cosmiconfig('replylint', { searchStrategy: 'none' }).load(file);
    return loaded?.config ?? {};
  } catch (error) {
    throw new ConfigError(`${name}: ${firstLine(error)}`);
  }
}

function mergeFlat(base: Flat, own: Flat): Flat {
  return {
    settings: mergeSettings(base.settings, own.settings),
    ignore: [...base.ignore, ...own.ignore],
    overrides: [...base.overrides, ...own.overrides],
    plugins: [...base.plugins, ...own.plugins],
    customRules: new Map([...base.customRules, ...own.customRules]),
    references: [...base.references, ...own.references],
  };
}

/** Later wins; a rule given only a severity keeps the options set before it (as ESLint). */
export function mergeSettings(base: Settings, own: Settings): Settings {
  const rules: Record<string, RuleSetting> = { ...(base.rules ?? {}) };
  for (const [id, setting] of Object.entries(own.rules ?? {})) {
    const before = rules[id];
    rules[id] = typeof setting === 'string' && Array.isArray(before) && before[1] ? [setting, before[1]] : setting;
  }
  const merged: Settings = { ...base, ...own };
  return Object.keys(rules).length ? { ...merged, rules } : merged;
}

function checkReferences(references: readonly RuleReference[], rules: ReadonlyMap<string, Rule<any>>, cwd: string): void {
  for (const { id, file, path } of references) {
    if (rules.has(id)) continue;
    const slash = id.indexOf('/');
    const plugin = slash > 0 ? id.slice(0, slash) : '';
    const hint = plugin && ![...rules.keys()].some((k) => k.startsWith(`${plugin}/`)) ? `; no plugin "${plugin}" is loaded (add it to plugins)` : '';
    throw new ConfigError(`${file === '--rule' ? file : shown(file, cwd)}: ${path}: unknown rule${hint || didYouMean(id, rules.keys())}`);
  }
}

function matches(scope: Scoped, absolute: string): boolean {
  const rel = relative(scope.baseDir, absolute).split(sep).join('/');
  if (!rel || rel.startsWith('../') || isAbsolute(rel)) return false;
  const segments = rel.split('/');
  return scope.globs.some((glob) => {
    const clean = glob.replace(/^\.\//, '').replace(/\/$/, '');
    const re = globToRegExp(clean);
    // Gitignore-like: a glob without a slash matches a name at any depth; any
    // glob matching a folder covers everything in it.
    if (!clean.includes('/')) return segments.some((segment) => re.test(segment));
    return segments.some((_, i) => re.test(segments.slice(0, i + 1).join('/')));
  });
}

/** Checks the shape of a config; `knownRules` (when not empty) catches misspelt rule ids. */
export function validateConfig(raw: unknown, file: string, knownRules: ReadonlySet<string>): Config {
  const fail = (path: string, what: string): never => {
    throw new ConfigError(`${file}: ${path}: ${what}`);
  };
  if (!isObject(raw)) return fail('(top)', `expected an object of settings, got ${describe(raw)}`);
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key)) fail(key, `unknown setting${didYouMean(key, KEYS) || `; allowed: ${KEYS.join(', ')}`}`);
  }
  validateSettings(config, '', fail, knownRules);
  const strings = (key: string, value: unknown, allowOne: boolean) => {
    if (value === undefined) return;
    if (allowOne && typeof value === 'string') return;
    if (!Array.isArray(value)) return fail(key, `expected a list of ${allowOne ? 'names or paths' : 'texts'}, got ${describe(value)}`);
    value.forEach((item, i) => {
      if (typeof item !== 'string' || !item.trim()) fail(`${key}[${i}]`, `expected a text, got ${describe(item)}`);
    });
  };
  strings('extends', config.extends, true);
  strings('plugins', config.plugins, false);
  strings('ignore', config.ignore, false);
  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) fail('overrides', `expected a list of { files, …settings }, got ${describe(config.overrides)}`);
    (config.overrides as unknown[]).forEach((entry, i) => {
      const at = `overrides[${i}]`;
      if (!isObject(entry)) return fail(at, `expected an object with files and settings, got ${describe(entry)}`);
      const o = entry as Record<string, unknown>;
      for (const key of Object.keys(o)) {
        if (!OVERRIDE_KEYS.includes(key)) fail(`${at}.${key}`, `not allowed in overrides; allowed: ${OVERRIDE_KEYS.join(', ')}`);
      }
      if (o.files === undefined) fail(`${at}.files`, 'is required: the globs this entry applies to, e.g. "templates/**"');
      const files = typeof o.files === 'string' ? [o.files] : o.files;
      if (!Array.isArray(files) || !files.length || files.some((f) => typeof f !== 'string' || !f)) {
        fail(`${at}.files`, `expected a glob or a non-empty list of globs, got ${describe(o.files)}`);
      }
      validateSettings(o, `${at}.`, fail, knownRules);
    });
  }
  if (config.customRules !== undefined && !isObject(config.customRules)) {
    fail('customRules', `expected an object of rule id to { message, phrases }, got ${describe(config.customRules)}`);
  }
  return config as Config;
}

function validateSettings(config: Record<string, unknown>, prefix: string, fail: (path: string, what: string) => never, knownRules: ReadonlySet<string>): void {
  const lang = (path: string, value: unknown, extra: string[] = []) => {
    if (![...LANGUAGES, ...extra].includes(value as Lang)) fail(prefix + path, `${describe(value)} is not one of ${[...extra, ...LANGUAGES].join(', ')}`);
  };
  if (config.language !== undefined) lang('language', config.language, ['auto']);
  if (config.fallbackLanguage !== undefined) lang('fallbackLanguage', config.fallbackLanguage);
  if (config.messageLanguage !== undefined) lang('messageLanguage', config.messageLanguage);
  if (config.languages !== undefined) {
    if (!Array.isArray(config.languages) || !config.languages.length) {
      fail(`${prefix}languages`, `expected a non-empty list such as ["sv", "da"], got ${describe(config.languages)}`);
    }
    (config.languages as unknown[]).forEach((l, i) => lang(`languages[${i}]`, l));
  }
  if (config.template !== undefined && typeof config.template !== 'boolean') {
    fail(`${prefix}template`, `${describe(config.template)} is not true or false`);
  }
  if (config.rules !== undefined) validateRules(config.rules, `${prefix}rules`, fail, knownRules);
}

/** `rules`: id → severity or [severity, options]; also used for --rule. */
export function validateRules(raw: unknown, path: string, fail: (path: string, what: string) => never, knownRules: ReadonlySet<string> = new Set()): void {
  if (!isObject(raw)) return fail(path, `expected an object of rule id to severity, got ${describe(raw)}`);
  for (const [id, setting] of Object.entries(raw as Record<string, unknown>)) {
    const at = `${path}.${id}`;
    if (knownRules.size && !knownRules.has(id)) fail(at, `unknown rule${didYouMean(id, knownRules)}`);
    if (Array.isArray(setting) && (setting.length < 1 || setting.length > 2)) fail(at, 'expected [severity] or [severity, options]');
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (!SEVERITIES.includes(severity as Severity)) fail(Array.isArray(setting) ? `${at}[0]` : at, `${describe(severity)} is not one of ${SEVERITIES.join(', ')}`);
    if (Array.isArray(setting) && setting[1] !== undefined) {
      if (!isObject(setting[1])) fail(`${at}[1]`, `rule options must be an object, got ${describe(setting[1])}`);
      validateVocabulary(setting[1] as Record<string, unknown>, `${at}[1]`, fail);
    }
  }
}

/** `allow` and `glossary` are read by several rules; either may be given per language. */
function validateVocabulary(options: Record<string, unknown>, path: string, fail: (path: string, what: string) => never): void {
  const perLanguage = (value: unknown) =>
    isObject(value) && Object.keys(value as object).length > 0 && Object.keys(value as object).every((k) => LANGUAGES.includes(k as Lang));
  const checkAllow = (value: unknown, at: string) => {
    if (!Array.isArray(value)) return fail(at, `expected a list of phrases, got ${describe(value)}`);
    value.forEach((v, i) => {
      if (typeof v !== 'string' || !v.trim()) fail(`${at}[${i}]`, `expected a phrase, got ${describe(v)}`);
    });
  };
  const checkGlossary = (value: unknown, at: string) => {
    if (!isObject(value)) return fail(at, `expected { "TERM": "what to write instead" }, got ${describe(value)}`);
    for (const [term, text] of Object.entries(value as Record<string, unknown>)) {
      if (typeof text !== 'string' || !text.trim()) fail(`${at}.${term}`, `expected the words to write instead, got ${describe(text)}`);
    }
  };
  for (const [key, check] of [['allow', checkAllow], ['glossary', checkGlossary]] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (key === 'allow' ? isObject(value) : perLanguage(value) && Object.values(value as object).every(isObject)) {
      for (const [lang, inner] of Object.entries(value as Record<string, unknown>)) {
        if (!LANGUAGES.includes(lang as Lang)) fail(`${path}.${key}.${lang}`, `${describe(lang)} is not one of ${LANGUAGES.join(', ')}`);
        check(inner, `${path}.${key}.${lang}`);
      }
    } else check(value, `${path}.${key}`);
  }
}

/** `--rule 'id: severity'` or `--rule 'id: ["warn", { … }]'` (JSON after the colon). */
export function parseRuleFlag(flags: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, unknown> = {};
  for (const flag of flags) {
    const colon = flag.indexOf(':');
    const id = flag.slice(0, colon).trim();
    const value = flag.slice(colon + 1).trim();
    if (colon < 0 || !id || !value) throw new ConfigError(`--rule: "${flag}": expected "rule-id: severity", e.g. "unclear-phrasing: off"`);
    if (value.startsWith('[')) {
      try {
        rules[id] = JSON.parse(value);
      } catch (error) {
        throw new ConfigError(`--rule: ${id}: not valid JSON: ${firstLine(error)}`);
      }
    } else rules[id] = value.replace(/^["']|["']$/g, '');
  }
  validateRules(rules, 'rules', (path, what) => {
    throw new ConfigError(`--rule: ${path.replace(/^rules\./, '')}: ${what}`);
  });
  return rules as Record<string, RuleSetting>;
}

/** `--print-config`: the settings that apply to a file, every rule with its effective severity. */
export function printableConfig(file: FileConfig, cwd = process.cwd()): Record<string, unknown> {
  const { config, settings } = file;
  const rules: Record<string, RuleSetting> = {};
  for (const [id, rule] of config.rules) rules[id] = settings.rules?.[id] ?? rule.meta.defaultSeverity;
  return {
    configFile: config.file ? shown(config.file, cwd) : null,
    ignored: file.ignored,
    language: settings.language ?? 'auto',
    ...(settings.languages ? { languages: settings.languages } : {}),
    ...(settings.fallbackLanguage ? { fallbackLanguage: settings.fallbackLanguage } : {}),
    ...(settings.messageLanguage ? { messageLanguage: settings.messageLanguage } : {}),
    template: settings.template ?? false,
    plugins: config.plugins.map((p) => ({ name: p.name, from: p.specifier })),
    rules,
  };
}

/** A path as the user should see it: relative to the working folder when inside it. */
export function shown(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
