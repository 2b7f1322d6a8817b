// Plugins end to end: the worked example in fixtures/plugins loaded from a
// path and from node_modules, rule options, and failures that name the plugin.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installFixturePlugin, lintJson, project, repoRoot, run } from './helpers/temp-project.js';

const TICKET_SV = 'Hej Anna!\n\nJag har lagt upp ditt ärende som INC-20417 hos oss!!\n';

describe('plugins', () => {
  it('loads a plugin from a path; its rules are <name>/<rule> and speak the message language', () => {
    const dir = project({ '.replylintrc.json': { plugins: ['./local/acme'] }, 'draft.txt': TICKET_SV });
    cpSync(join(repoRoot, 'fixtures/plugins/replylint-plugin-acme'), join(dir, 'local/acme'), { recursive: true });
    const { code, results, stderr } = lintJson(dir, ['draft.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0); // both rules default to warn
    const messages = results[0]!.messages.filter((m) => m.ruleId.startsWith('acme/'));
    expect(messages.map((m) => m.ruleId)).toEqual(['acme/ticket-id', 'acme/exclamation-marks']);
    const [ticket, bangs] = messages;
    expect(TICKET_SV.slice(...ticket!.range)).toBe('INC-20417');
    expect(ticket!.message).toBe('”INC-20417” är vårt interna ärende-id; kunden kan inte slå upp det.');
    expect(ticket!.suggestions).toEqual([{ desc: 'Skriv hellre', text: 'ditt ärendenummer' }]);
    expect(bangs!.message).toBe('3 utropstecken läses som att du höjer rösten; behåll högst 1.');
  });

  it('loads a plugin from node_modules by short name, full name or scope, with rule options from config', () => {
    const dir = project({
      '.replylintrc.json': { plugins: ['acme'], rules: { 'acme/exclamation-marks': ['error', { max: 3 }], 'acme/ticket-id': 'error' } },
      'draft.txt': TICKET_SV,
    });
    installFixturePlugin(dir, 'replylint-plugin-acme');
    const { code, results } = lintJson(dir, ['draft.txt']);
    expect(code).toBe(1);
    const acme = results[0]!.messages.filter((m) => m.ruleId.startsWith('acme/'));
    expect(acme.map((m) => [m.ruleId, m.severity])).toEqual([['acme/ticket-id', 2]]);

    for (const specifier of ['replylint-plugin-acme', '@team']) {
      const scoped = project({ '.replylintrc.json': { plugins: [specifier] }, 'draft.txt': TICKET_SV });
      installFixturePlugin(scoped, 'replylint-plugin-acme', specifier === '@team' ? '@team/replylint-plugin' : specifier);
      expect(lintJson(scoped, ['draft.txt']).results[0]!.messages.map((m) => m.ruleId)).toContain('acme/ticket-id');
    }
  });

  it('--print-config lists plugin rules and where the plugin came from', () => {
    const dir = project({ '.replylintrc.json': { plugins: ['acme'], rules: { 'acme/ticket-id': 'off' } } });
    installFixturePlugin(dir, 'replylint-plugin-acme');
    const printed = JSON.parse(run(dir, ['--print-config', 'x.txt']).stdout);
    expect(printed.plugins).toEqual([{ name: 'acme', from: 'acme' }]);
    expect(printed.rules).toMatchObject({ 'acme/ticket-id': 'off', 'acme/exclamation-marks': 'warn' });
  });

  it('a rule that throws is an error naming the plugin and rule; the other files are still linted and printed', () => {
    const dir = project({
      '.replylintrc.json': { plugins: ['./plugins/throws'], overrides: [{ files: 'ok/**', rules: { 'throws/boom': 'off' } }] },
      'ok/a.txt': 'I guarantee it will arrive tomorrow.\n',
      'bad/b.txt': 'Thanks for writing to us.\n',
    });
    cpSync(join(repoRoot, 'fixtures/plugins/throws'), join(dir, 'plugins/throws'), { recursive: true });
    const { code, results, stderr } = lintJson(dir, ['ok', 'bad']);
    expect(code).toBe(2);
    expect(stderr).toBe('replylint: bad/b.txt: rule throws/boom (plugin "./plugins/throws") threw: the rule exploded\n');
    expect(results.map((r) => r.filePath)).toEqual(['ok/a.txt']);
    expect(results[0]!.messages.map((m) => m.ruleId)).toContain('overpromising');
  });

  it('a finding with a broken shape is a failure of that rule, not a crash of the formatter', () => {
    const dir = project({
      '.replylintrc.json': { plugins: ['./sloppy.mjs'] },
      'sloppy.mjs': 'export default { meta: { name: "sloppy" }, rules: { r: { check(c) { c.report({ span: { start: 4 }, message: "x" }); } } } };\n',
      'draft.txt': 'Thanks for writing.\n',
    });
    const { code, stdout, stderr } = run(dir, ['draft.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'replylint: draft.txt: rule sloppy/r (plugin "./sloppy.mjs") threw: reported an invalid span {"start":4}; expected { start, end } offsets with start <= end\n',
    );
  });
});

describe('plugin errors: exit 2, one line naming the config and the plugin', () => {
  const cases: { name: string; files: Record<string, string | object>; message: string }[] = [
    {
      name: 'a plugin that is not installed',
      files: { '.replylintrc.json': { plugins: ['nope'] } },
      message: '.replylintrc.json: plugins[0]: plugin "nope": cannot find package "replylint-plugin-nope" in node_modules; is it installed?',
    },
    {
      name: 'a plugin path that does not exist',
      files: { '.replylintrc.yaml': 'plugins:\n  - ./missing.js\n' },
      message: '.replylintrc.yaml: plugins[0]: plugin "./missing.js": ./missing.js: no such file',
    },
    {
      name: 'a plugin that throws while loading',
      files: { '.replylintrc.json': { plugins: ['./bad.mjs'] }, 'bad.mjs': 'throw new Error("cannot start: no licence key");\n' },
      message: '.replylintrc.json: plugins[0]: plugin "./bad.mjs": failed to load: cannot start: no licence key',
    },
    {
      name: 'a plugin without meta.name',
      files: { '.replylintrc.json': { plugins: ['./bad.mjs'] }, 'bad.mjs': 'export default { rules: {} };\n' },
      message: '.replylintrc.json: plugins[0]: plugin "./bad.mjs": must export { meta: { name }, rules }, with a lower-case name; got meta.name undefined',
    },
    {
      name: 'a plugin rule without check()',
      files: { '.replylintrc.json': { plugins: ['./bad.mjs'] }, 'bad.mjs': 'export default { meta: { name: "x" }, rules: { r: { meta: {} } } };\n' },
      message: '.replylintrc.json: plugins[0]: plugin "./bad.mjs": rules.r: a rule needs a check(context) function',
    },
  ];
  for (const { name, files, message } of cases) {
    it(name, () => {
      const dir = project({ ...files, 'draft.txt': 'Thanks for writing.\n' });
      const { code, stdout, stderr } = run(dir, ['draft.txt']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`replylint: ${message}\n`);
    });
  }

  it('an unknown plugin rule gets a did-you-mean, or is told the plugin is not loaded', () => {
    const dir = project({ '.replylintrc.json': { plugins: ['acme'], rules: { 'acme/ticket': 'off' } } });
    installFixturePlugin(dir, 'replylint-plugin-acme');
    expect(run(dir, []).stderr).toBe('replylint: .replylintrc.json: rules.acme/ticket: unknown rule; did you mean "acme/ticket-id"?\n');
    const bare = project({ '.replylintrc.json': { rules: { 'acme/ticket-id': 'off' } } });
    expect(run(bare, []).stderr).toBe(
      'replylint: .replylintrc.json: rules.acme/ticket-id: unknown rule; no plugin "acme" is loaded (add it to plugins)\n',
    );
  });
});
