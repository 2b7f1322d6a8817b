// Every config mistake: exit 2, nothing linted, one line naming the file, the
// key path, what was given and what is allowed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, run } from './helpers/temp-project.js';

const DRAFT = 'I guarantee it will arrive tomorrow.\n';

const cases: { name: string; files: Record<string, string | object>; args?: string[]; message: string }[] = [
  {
    name: 'a bad severity',
    files: { '.replylintrc.yaml': 'rules:\n  overpromising: warning\n' },
    message: '.replylintrc.yaml: rules.overpromising: "warning" is not one of off, warn, error',
  },
  {
    name: 'a bad severity in [severity, options]',
    files: { '.replylintrc.json': { rules: { overpromising: [2, {}] } } },
    message: '.replylintrc.json: rules.overpromising[0]: 2 is not one of off, warn, error',
  },
  {
    name: 'an unknown rule, with a did-you-mean',
    files: { '.replylintrc.yaml': 'rules:\n  overpromsing: warn\n' },
    message: '.replylintrc.yaml: rules.overpromsing: unknown rule; did you mean "overpromising"?',
  },
  {
    name: 'an unknown rule inside overrides',
    files: { '.replylintrc.json': { overrides: [{ files: 'a/**', rules: { 'blame-shiftin': 'off' } }] } },
    message: '.replylintrc.json: overrides[0].rules.blame-shiftin: unknown rule; did you mean "blame-shifting"?',
  },
  {
    name: 'an unknown setting',
    files: { '.replylintrc.json': { rule: { overpromising: 'warn' } } },
    message: '.replylintrc.json: rule: unknown setting; did you mean "rules"?',
  },
  {
    name: 'a wrong type: template',
    files: { 'package.json': { name: 'x', replylint: { template: 'yes' } } },
    message: 'package.json: template: "yes" is not true or false',
  },
  {
    name: 'a wrong type: languages',
    files: { '.replylintrc.json': { languages: 'sv' } },
    message: '.replylintrc.json: languages: expected a non-empty list such as ["sv", "da"], got "sv"',
  },
  {
    name: 'a wrong type: rules',
    files: { '.replylintrc.json': { rules: ['overpromising'] } },
    message: '.replylintrc.json: rules: expected an object of rule id to severity, got a list',
  },
  {
    name: 'a wrong type: glossary',
    files: { '.replylintrc.json': { rules: { 'unclear-phrasing': ['warn', { glossary: ['RMA'] }] } } },
    message: '.replylintrc.json: rules.unclear-phrasing[1].glossary: expected { "TERM": "what to write instead" }, got a list',
  },
  {
    name: 'a wrong type: allow',
    files: { '.replylintrc.json': { rules: { overpromising: ['error', { allow: 'Garanti Plus' }] } } },
    message: '.replylintrc.json: rules.overpromising[1].allow: expected a list of phrases, got "Garanti Plus"',
  },
  {
    name: 'a language that is not supported',
    files: { '.replylintrc.yaml': 'language: de\n' },
    message: '.replylintrc.yaml: language: "de" is not one of auto, sv, da, en',
  },
  {
    name: 'an override without files',
    files: { '.replylintrc.json': { overrides: [{ template: true }] } },
    message: '.replylintrc.json: overrides[0].files: is required: the globs this entry applies to, e.g. "templates/**"',
  },
  {
    name: 'a setting not allowed in overrides',
    files: { '.replylintrc.json': { overrides: [{ files: 'a/**', plugins: ['x'] }] } },
    message: '.replylintrc.json: overrides[0].plugins: not allowed in overrides; allowed: files, rules, language, languages, fallbackLanguage, messageLanguage, template',
  },
  {
    name: 'a config that is not an object',
    files: { '.replylintrc.json': ['rules'] },
    message: '.replylintrc.json: (top): expected an object of settings, got a list',
  },
  {
    name: 'a shareable config that is not installed',
    files: { '.replylintrc.json': { extends: 'acme' } },
    message: '.replylintrc.json: extends: shareable config "acme": cannot find package "replylint-config-acme" in node_modules; is it installed?',
  },
  {
    name: 'a mistake inside an extended config names that file',
    files: { '.replylintrc.json': { extends: ['./base.json'] }, 'base.json': { rules: { 'unclear-phrasing': 'of' } } },
    message: 'base.json: rules.unclear-phrasing: "of" is not one of off, warn, error',
  },
  {
    name: 'configs that extend each other',
    files: { '.replylintrc.json': { extends: './b.json' }, 'b.json': { extends: './.replylintrc.json' } },
    message: '.replylintrc.json: extends: configs extend each other in a loop: .replylintrc.json → b.json → .replylintrc.json',
  },
  {
    name: 'a custom rule without a message',
    files: { '.replylintrc.json': { customRules: { 'form-letter': { phrases: { en: ['per our policy'] } } } } },
    message: '.replylintrc.json: customRules.form-letter.message: is required: what the finding says (a text, or one per language)',
  },
  {
    name: 'a custom rule with a language we do not lint',
    files: { '.replylintrc.json': { customRules: { 'form-letter': { message: 'x', phrases: { de: ['gemäß'] } } } } },
    message: '.replylintrc.json: customRules.form-letter.phrases.de: "de" is not one of sv, da, en',
  },
  {
    name: 'a custom rule that takes a built-in id',
    files: { '.replylintrc.json': { customRules: { overpromising: { message: 'x', phrases: { en: ['promise'] } } } } },
    message: '.replylintrc.json: customRules.overpromising: is a built-in rule id; give the custom rule its own',
  },
  {
    name: 'a broken pattern in a custom rule',
    files: { '.replylintrc.json': { customRules: { x: { message: 'x', phrases: { sv: [{ pattern: 'lova ~9 alltid' }] } } } } },
    message: '.replylintrc.json: customRules.x.phrases.sv[0].pattern: "~9": a gap is ~1 to ~8',
  },
  {
    name: '--config naming a file that does not exist',
    files: {},
    args: ['--config', 'nope.json'],
    message: 'nope.json: no such file',
  },
  {
    name: 'a bad --rule severity',
    files: {},
    args: ['--rule', 'overpromising: warning'],
    message: '--rule: overpromising: "warning" is not one of off, warn, error',
  },
  {
    name: 'an unknown --rule id',
    files: {},
    args: ['--rule', 'overpromsing: off'],
    message: '--rule: overpromsing: unknown rule; did you mean "overpromising"?',
  },
  {
    name: 'a --rule without a severity',
    files: {},
    args: ['--rule', 'overpromising'],
    message: '--rule: "overpromising": expected "rule-id: severity", e.g. "unclear-phrasing: off"',
  },
];

describe('invalid config', () => {
  for (const { name, files, args = [], message } of cases) {
    it(name, () => {
      const dir = project({ ...files, 'draft.txt': DRAFT });
      const { code, stdout, stderr } = run(dir, [...args, 'draft.txt']);
      expect(stderr).toBe(`replylint: ${message}\n`);
      expect(code).toBe(2);
      expect(stdout).toBe('');
    });
  }

  it('a YAML syntax error names the file', () => {
    const dir = project({ '.replylintrc.yaml': 'rules:\n  overpromising: [warn\n', 'draft.txt': DRAFT });
    const { code, stderr } = run(dir, ['draft.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^replylint: \.replylintrc\.yaml: .+\n$/);
  });

  it('checks every config before linting any file', () => {
    const dir = project({ 'good/draft.txt': DRAFT, 'bad/.replylintrc.json': { template: 1 }, 'bad/draft.txt': DRAFT });
    const { code, stdout, stderr } = run(dir, ['good', 'bad']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('replylint: bad/.replylintrc.json: template: 1 is not true or false\n');
  });

  it('does not import cosmiconfig when no config file exists up the tree, nor for package.json', () => {
    const dir = project({ 'draft.txt': DRAFT });
    const hook = join(dir, 'hook.mjs');
    writeFileSync(
      hook,
      `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(
        'export async function resolve(s, c, n) { const r = await n(s, c); if (r.url.includes("/cosmiconfig/")) process.stderr.write("cosmiconfig imported\\n"); return r; }',
      )}));\n`,
    );
    const withHook = (cwd: string) => run(cwd, ['draft.txt'], '', ['--import', hook]);
    expect(withHook(dir).stderr).toBe('');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ replylint: { rules: { overpromising: 'off' } } }));
    expect(withHook(dir)).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(join(dir, '.replylintrc.yaml'), 'rules:\n  overpromising: "off"\n');
    writeFileSync(join(dir, 'package.json'), '{}');
    expect(withHook(dir).stderr).toBe('cosmiconfig imported\n');
  });
});
