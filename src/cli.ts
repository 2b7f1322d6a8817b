// The command line: arguments → inputs → engine → formatter → exit code.
// 0: no errors and warnings within --max-warnings; 1: lint errors or too many
// warnings; 2: usage, config, unreadable input or an internal error.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { Lang, LintResult } from './types.js';
import { LANGUAGES } from './types.js';
import { lintDocument, RuleError, type LintOptions } from './lint.js';
import { builtinRuleMap } from './index.js';
import { collectFiles, InputError, readStdin } from './input.js';
import { formatOf } from './input-format.js';
import { lintFiles, type Concurrency } from './lint-files.js';
import { ConfigError, loadConfigFile, type Config } from './config.js';
import { formatters, getFormatter } from './formatters/index.js';
import { loadColours } from './formatters/palette.js';
import { RuleDataError } from './phrases/data.js';

interface CliOptions {
  lang: Lang | 'auto';
  format: string;
  config?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  stdinFilename?: string;
  messageLanguage?: Lang;
  template?: boolean;
  debug?: boolean;
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
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--stdin-filename <name>', 'name stdin input in the output')
    .addOption(new Option('--message-language <lang>', 'language of messages (default: the reply\'s)').choices([...LANGUAGES]))
    .option('--template', 'template mode: placeholders are expected, only checked for form')
    .option('--concurrency <n>', 'threads for many files: auto or a number', parseConcurrency, 'auto' as Concurrency)
    .option('--debug', 'print stack traces for internal errors')
    .version(VERSION, '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError()
    .exitOverride();
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
    return await run(cli.args, options);
  } catch (error) {
    return reportFailure(error, debug);
  }
}

async function run(paths: readonly string[], options: CliOptions): Promise<number> {
  const color = useColour(options.color);
  if (color) await loadColours();
  const config: Config = options.config ? await loadConfigFile(options.config) : {};
  const rules = builtinRuleMap();
  const base: LintOptions = {
    ...(options.lang !== 'auto' ? { lang: options.lang, langSource: 'option' as const } : configLanguage(config)),
    ...(config.languages ? { languages: config.languages } : {}),
    ...(config.fallbackLanguage ? { fallbackLanguage: config.fallbackLanguage } : {}),
    ...((options.messageLanguage ?? config.messageLanguage) ? { messageLanguage: options.messageLanguage ?? config.messageLanguage } : {}),
    template: options.template ?? config.template ?? false,
    ...(config.rules ? { rules: config.rules } : {}),
  };

  const results: LintResult[] = [];
  const problems: string[] = [];
  const readsStdin = !paths.length || paths.includes('-');
  if (readsStdin) {
    const text = await readStdin();
    const name = options.stdinFilename ?? '<stdin>';
    results.push(await lintDocument(text, rules, { ...base, filePath: name, ...formatOf(name) }));
  }
  const collected = collectFiles(paths.filter((p) => p !== '-'), { deferBinaryCheck: true });
  collected.warnings.forEach((w) => process.stderr.write(`replylint: warning: ${w}\n`));
  problems.push(...collected.errors);
  // Only the built-in rules can be rebuilt inside a worker thread.
  const workersAllowed = rules.size === builtinRuleMap().size;
  const outcomes = await lintFiles(collected.files, rules, base, { concurrency: options.concurrency, workersAllowed, walked: collected.walked });
  for (const outcome of outcomes) {
    if ('problem' in outcome) problems.push(outcome.problem);
    else if ('warning' in outcome) process.stderr.write(`replylint: warning: ${outcome.warning}\n`);
    else results.push(outcome.result);
  }

  const shown = options.quiet ? results.map(errorsOnly) : results;
  const formatter = getFormatter(options.format)!;
  const output = formatter.format(shown, { color, cwd: process.cwd() });
  if (output) process.stdout.write(output);
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
}

function configLanguage(config: Config): Pick<LintOptions, 'lang' | 'langSource'> {
  return config.language && config.language !== 'auto' ? { lang: config.language, langSource: 'config' } : {};
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
