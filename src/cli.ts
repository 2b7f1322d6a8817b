// The command line: arguments → inputs → engine → formatter → exit code.
// 0: no errors and warnings within --max-warnings; 1: lint errors or too many
// warnings; 2: usage, config, unreadable input or an internal error.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lang, LintResult } from './types.js';
import { LANGUAGES } from './types.js';
import { RuleError, type LintOptions } from './lint.js';
import { builtinRuleMap } from './index.js';
import { collectFiles, describeFsError, InputError, readStdin } from './input.js';
import { lintFiles, startWorkerPool, type Concurrency, type FileJob } from './lint-files.js';
import { ConfigError, ConfigResolver, parseRuleFlag, printableConfig, shown as shownPath, type FileConfig } from './config.js';
import { formatters, getFormatter } from './formatters/index.js';
import { loadColours } from './formatters/palette.js';
import { RuleDataError } from './phrases/data.js';
import { lintSource, type SourceOptions } from './sources.js';

interface CliOptions {
  lang: Lang | 'auto';
  format: string;
  config?: string | false;
  printConfig?: string;
  rule?: string[];
  reportUnusedDisableDirectives?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  stdinFilename?: string;
  messageLanguage?: Lang;
  template?: boolean;
  debug?: boolean;
  outputFile?: string;
  fixDryRun?: boolean;
  collectionField?: string;
  mcp?: boolean;
  concurrency: Concurrency;
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function program(): Command {
  return new Command('replylint')
    .description('Lint customer-service replies (Swedish, Danish, English) for blame-shifting, overpromising, arguing and unclear phrasing.')
    .argument('[paths...]', 'files, directories or globs; none or "-" reads stdin')
    .addOption(new Option('--lang <lang>', 'language of the reply').choices(['auto', ...LANGUAGES]).default('auto'))
    .addOption(new Option('-f, --format <name>', 'output format').choices([...formatters.keys()]).default('stylish'))
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config', 'ignore every config file')
    .option('--print-config <file>', 'print the settings that apply to a file, and exit')
    .option('--rule <setting>', 'set a rule, e.g. "unclear-phrasing: off" (repeatable; applied last)', collect, [])
    .option('--report-unused-disable-directives', 'report replylint-disable directives that hide nothing')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--stdin-filename <name>', 'name stdin input in the output')
    .addOption(new Option('--message-language <lang>', 'language of messages (default: the reply\'s)').choices([...LANGUAGES]))
    .option('--template', 'template mode: placeholders are expected, only checked for form')
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('--fix-dry-run', 'print each draft with the first suggestion of every finding applied (as --format rewrite); never writes files')
    .option('--collection-field <path>', 'where the text is in a YAML/JSON template collection: a key (body) or a path (templates.*.body)')
    .option('--mcp', 'run as a Model Context Protocol server on stdio (also: replylint mcp)')
    .option('--concurrency <n>', 'threads for many files: auto or a number', parseConcurrency, 'auto' as Concurrency)
    .option('--debug', 'print stack traces for internal errors')
    .version(VERSION, '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError()
    .exitOverride();
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  // InvalidArgumentError, not CommanderError: commander prints it (a CommanderError thrown here was silent).
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new InvalidArgumentError('expected auto or a number of threads.');
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

// The bundle's worker threads (bin/worker.js) run this from the same bundle.
export { serveBatches } from './worker.js';

export async function main(argv: readonly string[]): Promise<number> {
  let debug = argv.includes('--debug');
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    const cli = program();
    cli.configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `replylint: ${s.slice(7)}` : s) });
    try {
      cli.parse([...argv], { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
      throw error;
    }
    const options = cli.opts<CliOptions>();
    debug = Boolean(options.debug);
    // `replylint mcp` is the server unless a file or folder is called mcp.
    if (options.mcp || (cli.args.length === 1 && cli.args[0] === 'mcp' && !existsSync('mcp'))) {
      // Loaded only here: the MCP SDK is large and a lint run never needs it.
      const { runMcpServer } = await import('./mcp.js');
      await runMcpServer({ version: VERSION, ...(options.config ? { config: options.config } : {}) });
      return 0;
    }
    return await run(cli.args, options);
  } catch (error) {
    return reportFailure(error, debug);
  }
}

async function run(paths: readonly string[], options: CliOptions): Promise<number> {
  const color = useColour(options.color);
  if (color) await loadColours();
  const configs = new ConfigResolver({
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(options.rule?.length ? { cliRules: parseRuleFlag(options.rule) } : {}),
    builtinRules: builtinRuleMap(),
  });
  if (options.printConfig) {
    process.stdout.write(`${JSON.stringify(printableConfig(await configs.forFile(options.printConfig)), null, 2)}\n`);
    return 0;
  }

  // Every config is loaded and validated before the first file is linted.
  const readsStdin = !paths.length || paths.includes('-');
  const stdinName = options.stdinFilename ?? '<stdin>';
  const stdinConfig = readsStdin ? await configs.forFile(stdinName) : undefined;
  const collected = collectFiles(paths.filter((p) => p !== '-'), { deferBinaryCheck: true });
  const sourceOptions: SourceOptions = options.collectionField ? { collection: { field: options.collectionField } } : {};
  // Started before the configs are read: a worker loads for ~100 ms before its first file.
  const pool = await startWorkerPool(options.concurrency ?? 'auto', collected.files.length, sourceOptions);
  try {
    const planned: { path: string; config: FileConfig }[] = [];
    for (const path of collected.files) {
      const config = await configs.forFile(path);
      if (!config.ignored) planned.push({ path, config });
      else if (paths.includes(path)) process.stderr.write(`replylint: warning: ${path}: ignored by ${shownPath(config.config.file!)} (ignore)\n`);
    }

    const results: LintResult[] = [];
    const problems: string[] = [];
    const lintStdin = async (text: string, filePath: string, config: FileConfig) => {
      try {
        results.push(...(await lintSource(text, filePath, config.config.rules, lintOptions(options, config), sourceOptions)));
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        problems.push(`${filePath}: ${describeRuleError(error, config)}`);
        if (options.debug) process.stderr.write(`${(error.original as Error)?.stack ?? error.original}\n`);
      }
    };
    if (stdinConfig) await lintStdin(await readStdin(), stdinName, stdinConfig);
    collected.warnings.forEach((w) => process.stderr.write(`replylint: warning: ${w}\n`));
    problems.push(...collected.errors);
    // Files under one config share its options: a worker is sent them once per batch, not once per file.
    const optionsOf = new Map<FileConfig, LintOptions>();
    const jobs: FileJob[] = planned.map(({ path, config }) => ({
      path,
      rules: config.config.rules,
      options: optionsOf.get(config) ?? optionsOf.set(config, lintOptions(options, config)).get(config)!,
      walked: collected.walked.has(path),
      describeRuleError: (error) => describeRuleError(error, config),
    }));
    // A worker thread can rebuild only the built-in rules; plugins and custom rules run here.
    const builtinCount = builtinRuleMap().size;
    const workersAllowed = planned.every(({ config }) => config.config.rules.size === builtinCount && !config.config.plugins.length);
    for (const outcome of await lintFiles(jobs, { concurrency: options.concurrency, workersAllowed, sourceOptions, ...(pool ? { pool } : {}) })) {
      if ('problem' in outcome) problems.push(outcome.problem);
      else if ('warning' in outcome) process.stderr.write(`replylint: warning: ${outcome.warning}\n`);
      else results.push(...outcome.results);
    }

    const shown = options.quiet ? results.map(errorsOnly) : results;
    const formatter = getFormatter(options.fixDryRun ? 'rewrite' : options.format)!;
    const toFile = options.outputFile !== undefined;
    const output = formatter.format(shown, {
      color: color && !toFile,
      cwd: process.cwd(),
      rules: ruleMetadata([...(stdinConfig ? [stdinConfig] : []), ...planned.map((p) => p.config)]),
      version: VERSION,
    });
    if (toFile) {
      // The report must never replace a draft, least of all with its rewrite.
      if (collected.files.some((file) => resolve(file) === resolve(options.outputFile!))) {
        throw new InputError(`--output-file ${options.outputFile}: is one of the inputs; replylint never overwrites an input`);
      }
      writeReport(options.outputFile!, output);
    } else if (output) process.stdout.write(output);
    for (const problem of problems) process.stderr.write(`replylint: ${problem}\n`);

    if (problems.length) return 2;
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    if (errors > 0) return 1;
    if (options.maxWarnings !== undefined && !options.quiet && warnings > options.maxWarnings) {
      process.stderr.write(`replylint: too many warnings (${warnings}); the maximum is ${options.maxWarnings}\n`);
      return 1;
    }
    return 0;
  } finally {
    // Closed on every way out: a worker left waiting would keep the process alive.
    pool?.close();
  }
}

/** Flags win over the file's config settings. */
function lintOptions(options: CliOptions, { settings }: FileConfig): LintOptions {
  const messageLanguage = options.messageLanguage ?? settings.messageLanguage;
  return {
    ...(options.lang !== 'auto'
      ? { lang: options.lang, langSource: 'option' as const }
      : settings.language && settings.language !== 'auto'
        ? { lang: settings.language, langSource: 'config' as const }
        : {}),
    ...(settings.languages ? { languages: settings.languages } : {}),
    ...(settings.fallbackLanguage ? { fallbackLanguage: settings.fallbackLanguage } : {}),
    ...(messageLanguage ? { messageLanguage } : {}),
    template: options.template ?? settings.template ?? false,
    ...(settings.rules ? { rules: settings.rules } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}),
  };
}

/** Every rule any linted file could run (built-in and plugins), for formatters that describe rules. */
function ruleMetadata(configs: readonly FileConfig[]) {
  const rules = new Map(builtinRuleMap());
  // Files under one config share its rule map: each map is read once, not once per file.
  for (const ruleMap of new Set(configs.map(({ config }) => config.rules))) for (const [id, rule] of ruleMap) rules.set(id, rule);
  return [...rules.entries()].map(([id, rule]) => ({ ...rule.meta, id }));
}

function describeRuleError(error: RuleError, { config }: FileConfig): string {
  const plugin = config.plugins.find((p) => p.rules.has(error.ruleId));
  const cause = error.original instanceof Error ? error.original.message : String(error.original);
  return `rule ${error.ruleId}${plugin ? ` (plugin "${plugin.specifier}")` : ''} threw: ${cause.split('\n')[0]}`;
}

function writeReport(path: string, output: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, output);
  } catch (error) {
    throw new InputError(`--output-file ${path}: ${describeFsError(error)}`);
  }
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0 };
}

function useColour(flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (flag === true && !process.argv.includes('--no-color')) return true;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(process.stdout.isTTY);
}

function reportFailure(error: unknown, debug: boolean): number {
  const expected = error instanceof InputError || error instanceof ConfigError || error instanceof RuleDataError;
  const message = error instanceof RuleError ? error.message : (error as Error)?.message ?? String(error);
  process.stderr.write(`replylint: ${expected ? '' : error instanceof RuleError ? '' : 'internal error: '}${message.split('\n')[0]}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${(error instanceof RuleError ? (error.original as Error) : error).stack}\n`);
  return 2;
}
