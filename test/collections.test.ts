// Template collections: each template is linted on its own, and every finding
// points at the characters in the collection file that wrote it, through
// block scalars, folding, quotes and escape sequences.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintCollection, parsePath, readCollection } from '../src/collections.js';
import { InputError } from '../src/input.js';
import { ruleMap, wordRule } from './helpers/word-rule.js';

const fixture = (name: string) => new URL(`./fixtures/collections/${name}`, import.meta.url).pathname;
const rules = ruleMap(wordRule('forgot', ['glömde', 'forgot', 'glemte']));

async function findings(name: string, source = readFileSync(fixture(name), 'utf8'), field?: string) {
  const results = await lintCollection(source, rules, { filePath: name }, field ? { field } : {});
  return results.map((r) => ({
    entry: r.entry,
    lang: r.language,
    at: r.messages.map((m) => ({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, raw: source.slice(...m.range) })),
  }));
}

describe('YAML collections', () => {
  it('maps findings in every scalar style to exact lines and columns in the file', async () => {
    const found = await findings('shapes.yaml');
    expect(found.map((f) => f.entry)).toEqual(['literal', 'folded', 'double', 'single', 'plain']);
    expect(found.map((f) => f.at)).toEqual([
      [{ line: 7, column: 26, endLine: 7, endColumn: 32, raw: 'glömde' }],
      [{ line: 12, column: 9, endLine: 12, endColumn: 15, raw: 'glömde' }],
      [
        { line: 14, column: 32, endLine: 14, endColumn: 43, raw: 'gl\\u00f6mde' },
        { line: 15, column: 7, endLine: 15, endColumn: 13, raw: 'glömde' },
      ],
      [{ line: 17, column: 30, endLine: 17, endColumn: 36, raw: 'glömde' }],
      [{ line: 20, column: 7, endLine: 20, endColumn: 13, raw: 'glömde' }],
    ]);
  });

  it('takes the language from the entry and lints in template mode', async () => {
    const results = await lintCollection(readFileSync(fixture('shapes.yaml'), 'utf8'), rules, { filePath: 'shapes.yaml' });
    expect(results[0]!.language).toEqual({ code: 'sv', confidence: 1, source: 'config' });
    expect(results[1]!.language.code).toBe('sv'); // "sv-SE"
    // {{first_name}} is a placeholder, not prose, so the word rule never sees it.
    expect(results.every((r) => r.filePath === 'shapes.yaml' && r.source?.startsWith('# Every kind'))).toBe(true);
  });

  it('keeps columns exact in a CRLF file', async () => {
    const crlf = readFileSync(fixture('shapes.yaml'), 'utf8').replace(/\n/g, '\r\n');
    const found = await findings('shapes.yaml', crlf);
    expect(found.flatMap((f) => f.at.map((a) => [a.line, a.column, a.raw]))).toEqual([
      [7, 26, 'glömde'], [12, 9, 'glömde'], [14, 32, 'gl\\u00f6mde'], [15, 7, 'glömde'], [17, 30, 'glömde'], [20, 7, 'glömde'],
    ]);
  });

  it('reads a mapping of template names', async () => {
    const found = await findings('by-name.yml');
    expect(found.map((f) => [f.entry, f.lang.code, f.at[0]?.line, f.at[0]?.column])).toEqual([
      ['late_delivery', 'da', 3, 15],
      ['short_note', expect.any(String), 4, 16],
    ]);
  });

  it('follows a --collection-field path, with a filter, to another shape', async () => {
    const found = await findings('custom.yaml', undefined, 'folders.*.answers[kind=reply].words');
    expect(found).toHaveLength(1);
    expect(found[0]!.entry).toBe('Refunds');
    expect(found[0]!.at).toEqual([{ line: 5, column: 19, endLine: 5, endColumn: 25, raw: 'forgot' }]);
    expect(parsePath('macros.*.actions[field=comment_value].value')).toEqual([
      { kind: 'key', key: 'macros' }, { kind: 'all' }, { kind: 'key', key: 'actions' },
      { kind: 'filter', key: 'field', value: 'comment_value' }, { kind: 'key', key: 'value' },
    ]);
  });

  it('reads every document of a multi-document file', () => {
    const entries = readCollection('- name: a\n  body: Vi glömde.\n---\n- name: b\n  body: Tack.\n', 'multi.yaml');
    expect(entries.map((e) => [e.name, e.text, e.starts[0]])).toEqual([['a', 'Vi glömde.', 18], ['b', 'Tack.', 51]]);
  });

  it('names the file when it holds no templates or is not YAML', () => {
    expect(() => readCollection('a: 1\nb: [1, 2]\n', 'settings.yaml')).toThrow(/settings\.yaml: no templates found/);
    expect(() => readCollection('name: x\ndescription: A linter.\nscripts: { test: vitest }\n', 'package.yaml')).toThrow(/no templates found/);
    expect(() => readCollection('a: [1, 2\n', 'broken.yaml')).toThrow(InputError);
    expect(() => readCollection('a: [1, 2\n', 'broken.yaml')).toThrow(/^broken\.yaml:\d+:\d+: not valid YAML\/JSON/);
  });
});

describe('JSON collections', () => {
  it('reads a Zendesk macro export and maps through JSON escapes', async () => {
    const found = await findings('macros.json');
    expect(found.map((f) => f.entry)).toEqual(['Refund delay', 'Emoji']);
    expect(found[0]!.at).toEqual([
      { line: 8, column: 91, endLine: 8, endColumn: 97, raw: 'forgot' },
      { line: 8, column: 120, endLine: 8, endColumn: 126, raw: 'forgot' },
    ]);
    // After a surrogate pair written as two escapes, columns still count UTF-16 units of the file.
    expect(found[1]!.at).toEqual([{ line: 14, column: 81, endLine: 14, endColumn: 87, raw: 'forgot' }]);
  });
});

describe('collections on the command line', () => {
  const bin = new URL('../bin/replylint.js', import.meta.url).pathname;
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('lints each template with the built-in rules and reports positions in the file', () => {
    const { status, stdout } = run(['--format', 'json', fixture('shapes.yaml')]);
    expect(status).toBe(1);
    const results = JSON.parse(stdout);
    const source = readFileSync(fixture('shapes.yaml'), 'utf8');
    expect(results.map((r: any) => r.entry)).toEqual(['literal', 'folded', 'double', 'single', 'plain']);
    const literal = results[0].messages.find((m: any) => m.ruleId === 'blame-shifting');
    expect(literal).toBeDefined();
    expect(literal.line).toBe(7);
    expect(source.slice(...literal.range)).toContain('glömde');
  });

  it('takes --collection-field', () => {
    const { status, stdout } = run(['--format', 'compact', '--collection-field', 'folders.*.answers[kind=internal].words', fixture('custom.yaml')]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/custom\.yaml:7:16: error .+\[overpromising\]/);
    expect(stdout).not.toContain(':5:');
  });

  it('exits 2 with one line for a YAML file that holds no templates', () => {
    const { status, stderr } = run([new URL('../package.json', import.meta.url).pathname]);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/package\.json: no templates found/);
  });
});
