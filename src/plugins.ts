// Plugins and shareable configs: finding them (a path, or a package in
// node_modules up from the config file) and checking what a plugin exports.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang, Plugin, Report, Rule } from './types.js';
import { LANGUAGES } from './types.js';

export interface LoadedPlugin {
  /** `meta.name`: the prefix of its rule ids. */
  readonly name: string;
  /** What the config wrote, e.g. `acme` or `./plugins/acme.js`. */
  readonly specifier: string;
  /** The file that was imported. */
  readonly file: string;
  /** Namespaced: `acme/legal`. */
  readonly rules: ReadonlyMap<string, Rule<any>>;
}

export class PluginError extends Error {}

const isPath = (specifier: string) => specifier.startsWith('.') || isAbsolute(specifier);

/**
 * ESLint's naming: `acme` → `replylint-plugin-acme`, `@acme` → `@acme/replylint-plugin`,
 * `@acme/x` → `@acme/replylint-plugin-x`; full names are kept.
 */
export function packageName(specifier: string, kind: 'plugin' | 'config'): string {
  const prefix = `replylint-${kind}`;
  if (specifier.startsWith('@')) {
    const [scope, name] = specifier.split('/', 2);
    if (!name) return `${scope}/${prefix}`;
    return name.startsWith(prefix) ? specifier : `${scope}/${prefix}-${name}`;
  }
  return specifier.startsWith(prefix) ? specifier : `${prefix}-${specifier}`;
}

/** The file a path or package specifier points at, looked up from `fromDir`. */
export function resolveModule(specifier: string, fromDir: string, kind: 'plugin' | 'config'): string {
  if (isPath(specifier)) {
    const path = resolve(fromDir, specifier);
    if (!existsSync(path)) throw new PluginError(`${specifier}: no such file`);
    return statSync(path).isDirectory() ? packageEntry(path, specifier) : path;
  }
  const name = packageName(specifier, kind);
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return packageEntry(candidate, name);
    if (dirname(dir) === dir) break;
  }
  throw new PluginError(`cannot find package "${name}" in node_modules; is it installed?`);
}

/** A package folder's entry: exports["."] (import or default), then main, then index.js. */
function packageEntry(dir: string, name: string): string {
  let manifest: Record<string, unknown> = {};
  const manifestFile = join(dir, 'package.json');
  if (existsSync(manifestFile)) {
    try {
      manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new PluginError(`${name}: package.json is not valid JSON: ${(error as Error).message}`);
    }
  }
  const entry = exportTarget(manifest.exports) ?? (typeof manifest.main === 'string' ? manifest.main : undefined);
  const candidates = entry ? [entry] : ['index.js', 'index.mjs', 'index.json', 'index.yaml', 'index.yml'];
  for (const candidate of candidates) {
    const path = resolve(dir, candidate);
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  throw new PluginError(`${name}: has no entry file (${candidates.join(', ')} not found)`);
}

function exportTarget(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const map = exports as Record<string, unknown>;
  const main = '.' in map ? map['.'] : map;
  if (typeof main === 'string') return main;
  if (typeof main === 'object' && main !== null) {
    const conditions = main as Record<string, unknown>;
    for (const key of ['import', 'default', 'node', 'require']) {
      const target = conditions[key];
      if (typeof target === 'string') return target;
      const nested = exportTarget(target);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** Imports and checks a plugin. Errors are PluginErrors with a one-line reason. */
export async function loadPlugin(specifier: string, fromDir: string): Promise<LoadedPlugin> {
  const file = resolveModule(specifier, fromDir, 'plugin');
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new PluginError(`failed to load: ${firstLine(error)}`);
  }
  const plugin = (module.default ?? module) as Partial<Plugin>;
  const name = plugin?.meta?.name;
  if (typeof name !== 'string' || !/^(?:@[a-z0-9-]+\/)?[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new PluginError(`must export { meta: { name }, rules }, with a lower-case name; got meta.name ${JSON.stringify(name)}`);
  }
  if (typeof plugin.rules !== 'object' || plugin.rules === null) throw new PluginError('must export rules: { <id>: rule, … }');
  const rules = new Map<string, Rule<any>>();
  for (const [id, rule] of Object.entries(plugin.rules)) {
    const where = `rules.${id}`;
    if (!/^[a-z][a-z0-9]{0,60}(?:-[a-z0-9]{1,60}){0,10}$/.test(id)) throw new PluginError(`${where}: a rule id is kebab-case`);
    if (typeof rule?.check !== 'function') throw new PluginError(`${where}: a rule needs a check(context) function`);
    const meta = rule.meta ?? ({} as Partial<Rule['meta']>);
    const languages = (meta.languages ?? LANGUAGES) as readonly Lang[];
    if (!Array.isArray(languages) || languages.some((l) => !LANGUAGES.includes(l))) {
      throw new PluginError(`${where}: meta.languages must list some of ${LANGUAGES.join(', ')}`);
    }
    const severity = meta.defaultSeverity ?? 'warn';
    if (severity !== 'warn' && severity !== 'error') throw new PluginError(`${where}: meta.defaultSeverity must be warn or error`);
    const fullId = `${name}/${id}`;
    // A new object, so the rule's own meta.id stays as its author wrote it.
    rules.set(fullId, {
      meta: { ...meta, id: fullId, description: meta.description ?? '', defaultSeverity: severity, languages },
      ...(rule.defaultOptions ? { defaultOptions: rule.defaultOptions } : {}),
      check: (context) => rule.check({ ...context, report: (report) => context.report(checkedReport(report)) }),
    });
  }
  return { name, specifier, file, rules };
}

/** A plugin's finding must have the shape formatters rely on; otherwise the rule failed. */
function checkedReport(report: Report): Report {
  const span = report?.span;
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start) {
    throw new Error(`reported an invalid span ${JSON.stringify(span)}; expected { start, end } offsets with start <= end`);
  }
  if (typeof report.message !== 'string' || !report.message) throw new Error('reported a finding without a message');
  if (report.suggestions !== undefined && (!Array.isArray(report.suggestions) || report.suggestions.some((s) => typeof s?.text !== 'string' || typeof s?.desc !== 'string'))) {
    throw new Error('reported suggestions that are not a list of { desc, text }');
  }
  return report;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
