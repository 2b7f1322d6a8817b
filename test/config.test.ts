// Config files end to end: temporary projects, the compiled CLI spawned in them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../src/config.js';
import { builtinRuleMap } from '../src/index.js';
import { ids, lintJson, project, run, write } from './helpers/temp-project.js';

const PROMISE = 'I guarantee it will arrive tomorrow.\n';
const BLAME = 'Det var min kollega som glömde skicka paketet.\n';

const settings = { language: 'en', rules: { overpromising: 'off' } };
const yaml = 'language: en\nrules:\n  overpromising: "off"\n';

const kinds: Record<string, string | object> = {
  'package.json': { name: 'team-replies', private: true, replylint: settings },
  '.replylintrc': yaml,
  '.replylintrc.json': settings,
  '.replylintrc.yaml': yaml,
  '.replylintrc.yml': yaml,
  '.replylintrc.js': `module.exports = ${JSON.stringify(settings)};\n`,
  '.replylintrc.cjs': `module.exports = ${JSON.stringify(settings)};\n`,
  '.replylintrc.mjs': `export default ${JSON.stringify(settings)};\n`,
  'replylint.config.js': `module.exports = ${JSON.stringify(settings)};\n`,
  'replylint.config.cjs': `module.exports = ${JSON.stringify(settings)};\n`,
  'replylint.config.mjs': `export default ${JSON.stringify(settings)};\n`,
  'replylint.config.ts': `const config: { language: string; rules: Record<string, string> } = ${JSON.stringify(settings)};\nexport default config;\n`,
};

describe('config discovery', () => {
  it('without a config, the default rules apply (the control case)', () => {
    const dir = project({ 'draft.txt': PROMISE });
    const { code, results } = lintJson(dir, ['draft.txt']);
    expect(code).toBe(1);
    expect(ids(results[0])).toContain('overpromising');
    expect(results[0]!.language.source).toBe('detected');
  });

  for (const [name, content] of Object.entries(kinds)) {
    it(`reads ${name}`, () => {
      const dir = project({ [name]: content, 'draft.txt': PROMISE });
      const { code, results, stderr } = lintJson(dir, ['draft.txt']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(ids(results[0])).not.toContain('overpromising');
      expect(results[0]!.language).toMatchObject({ code: 'en', source: 'config' });
    });
  }

  it('ignores a package.json without a replylint key and keeps looking upward', () => {
    const dir = project({
      '.replylintrc.json': { rules: { overpromising: 'warn' } },
      'sub/package.json': { name: 'sub' },
      'sub/draft.txt': PROMISE,
    });
    const { code, results } = lintJson(dir, ['sub/draft.txt']);
    expect(code).toBe(0);
    expect(results[0]!.messages.find((m) => m.ruleId === 'overpromising')?.severity).toBe(1);
  });

  it('finds the config from the linted file upward; the nearest one wins', () => {
    const dir = project({
      '.replylintrc.json': { rules: { overpromising: 'warn' } },
      'a/b/draft.txt': PROMISE,
      'c/.replylintrc.yaml': 'rules:\n  overpromising: "off"\n',
      'c/d/draft.txt': PROMISE,
    });
    const { results } = lintJson(dir, ['a/b/draft.txt', 'c/d/draft.txt']);
    const byPath = Object.fromEntries(results.map((r) => [r.filePath, r]));
    expect(byPath['a/b/draft.txt']!.messages.find((m) => m.ruleId === 'overpromising')?.severity).toBe(1);
    expect(ids(byPath['c/d/draft.txt'])).not.toContain('overpromising');
  });

  it('--config FILE replaces discovery and --no-config ignores every config', () => {
    const dir = project({
      '.replylintrc.json': { rules: { overpromising: 'off' } },
      'other.yaml': 'rules:\n  overpromising: warn\n',
      'draft.txt': PROMISE,
    });
    expect(ids(lintJson(dir, ['draft.txt']).results[0])).not.toContain('overpromising');
    const explicit = lintJson(dir, ['--config', 'other.yaml', 'draft.txt']);
    expect(explicit.code).toBe(0);
    expect(explicit.results[0]!.messages.find((m) => m.ruleId === 'overpromising')?.severity).toBe(1);
    const none = lintJson(dir, ['--no-config', 'draft.txt']);
    expect(none.code).toBe(1);
    expect(none.results[0]!.messages.find((m) => m.ruleId === 'overpromising')?.severity).toBe(2);
  });

  it('applies the config of the working folder to stdin, and --stdin-filename to overrides', () => {
    const dir = project({
      '.replylintrc.json': { rules: { overpromising: 'off' }, overrides: [{ files: 'loud/**', rules: { overpromising: 'error' } }] },
    });
    expect(ids(lintJson(dir, [], PROMISE).results[0])).not.toContain('overpromising');
    expect(ids(lintJson(dir, ['--stdin-filename', 'loud/x.txt'], PROMISE).results[0])).toContain('overpromising');
  });
});

describe('ConfigResolver', () => {
  it('walks up once per folder and caches the answer for every folder it passed', () => {
    const dir = project({ '.replylintrc.json': {}, 'a/b/c/x.txt': '' });
    const resolver = new ConfigResolver({ builtinRules: builtinRuleMap(), cwd: dir });
    expect(resolver.configFileFor('a/b/c/x.txt')).toBe(join(dir, '.replylintrc.json'));
    // A config created afterwards in a folder already passed is not seen: the walk is not repeated.
    write(dir, 'a/b/.replylintrc.json', {});
    expect(resolver.configFileFor('a/b/y.txt')).toBe(join(dir, '.replylintrc.json'));
    expect(new ConfigResolver({ builtinRules: builtinRuleMap(), cwd: dir }).configFileFor('a/b/y.txt')).toBe(join(dir, 'a/b/.replylintrc.json'));
  });

  it('gives every file of a config without overrides or ignores one shared answer, and each file its own otherwise', async () => {
    const plain = project({ '.replylintrc.json': { language: 'sv' }, 'a.txt': '', 'b/c.txt': '' });
    const resolver = new ConfigResolver({ builtinRules: builtinRuleMap(), cwd: plain, cliRules: { shouting: 'off' } });
    const first = await resolver.forFile('a.txt');
    expect(await resolver.forFile('b/c.txt')).toBe(first);
    expect(first.settings).toMatchObject({ language: 'sv', rules: { shouting: 'off' } });

    const scoped = project({ '.replylintrc.json': { overrides: [{ files: ['t/**'], template: true }], ignore: ['x/**'] }, 'a.txt': '' });
    const perFile = new ConfigResolver({ builtinRules: builtinRuleMap(), cwd: scoped });
    expect((await perFile.forFile('t/w.txt')).settings.template).toBe(true);
    expect((await perFile.forFile('a.txt')).settings.template).toBeUndefined();
    expect((await perFile.forFile('x/y.txt')).ignored).toBe(true);
    expect((await perFile.forFile('a.txt')).ignored).toBe(false);
  });
});

describe('settings', () => {
  it('overrides put templates/** in template mode, with placeholders allowed', () => {
    const draft = 'Hej {{first_name}},\n\nDitt paket skickades i dag.\n';
    const dir = project({
      '.replylintrc.json': { language: 'sv', overrides: [{ files: ['templates/**'], template: true }] },
      'templates/welcome.txt': draft,
      'drafts/anna.txt': draft,
    });
    const { results } = lintJson(dir, ['templates', 'drafts']);
    const byPath = Object.fromEntries(results.map((r) => [r.filePath, r]));
    expect(ids(byPath['drafts/anna.txt'])).toContain('leftover-placeholder');
    expect(ids(byPath['templates/welcome.txt'])).not.toContain('leftover-placeholder');
  });

  it('a rule given only a severity in an override keeps its options', () => {
    const dir = project({
      '.replylintrc.json': {
        rules: { 'unclear-phrasing': ['warn', { glossary: { RMA: 'return number' } }] },
        overrides: [{ files: 'strict/*.txt', rules: { 'unclear-phrasing': 'error' } }],
      },
      'strict/a.txt': 'Please send the RMA to us.\n',
    });
    const message = lintJson(dir, ['--lang', 'en', 'strict/a.txt']).results[0]!.messages.find((m) => m.ruleId === 'unclear-phrasing');
    expect(message?.severity).toBe(2);
    expect(message?.suggestions[0]?.text).toBe('return number');
  });

  it('ignore globs skip files, relative to the config file', () => {
    const dir = project({
      '.replylintrc.yaml': 'ignore:\n  - "archive/**"\n  - "*.old.txt"\n',
      'archive/2019/a.txt': PROMISE,
      'b.old.txt': PROMISE,
      'sub/c.old.txt': PROMISE,
      'live.txt': PROMISE,
    });
    const { results, stderr } = lintJson(dir, ['.']);
    expect(results.map((r) => r.filePath)).toEqual(['live.txt']);
    expect(stderr).toBe('');
    // A file named on the command line is still skipped, but not silently.
    const named = lintJson(dir, ['b.old.txt']);
    expect(named.results).toEqual([]);
    expect(named.code).toBe(0);
    expect(named.stderr).toBe('replylint: warning: b.old.txt: ignored by .replylintrc.yaml (ignore)\n');
  });

  it('reads language, candidate languages and messageLanguage', () => {
    const dir = project({ '.replylintrc.json': { languages: ['sv', 'da'], messageLanguage: 'en' }, 'draft.txt': BLAME });
    const result = lintJson(dir, ['draft.txt']).results[0]!;
    expect(result.language.code).toBe('sv');
    const blame = result.messages.find((m) => m.ruleId === 'blame-shifting')!;
    expect(blame.message).toContain('puts the blame on someone else');
    expect(blame.suggestions[0]!.desc).toBe('Write instead');
  });

  it('flags on the command line win over the config', () => {
    const dir = project({ '.replylintrc.json': { language: 'da', messageLanguage: 'da' }, 'draft.txt': BLAME });
    const result = lintJson(dir, ['--lang', 'sv', '--message-language', 'sv', 'draft.txt']).results[0]!;
    expect(result.language).toMatchObject({ code: 'sv', source: 'option' });
    expect(result.messages.find((m) => m.ruleId === 'blame-shifting')!.message).toContain('lägger skulden');
  });

  it('--rule overrides config and overrides, and takes options as JSON', () => {
    const dir = project({ '.replylintrc.json': { rules: { overpromising: 'off' } }, 'draft.txt': PROMISE });
    const on = lintJson(dir, ['--rule', 'overpromising: warn', 'draft.txt']);
    expect(on.results[0]!.messages.find((m) => m.ruleId === 'overpromising')?.severity).toBe(1);
    const allowed = lintJson(dir, ['--rule', 'overpromising: ["error", {"allow": ["I guarantee"]}]', 'draft.txt']);
    expect(ids(allowed.results[0])).not.toContain('overpromising');
  });

  it('--print-config prints the resolved settings for a file', () => {
    const dir = project({
      '.replylintrc.json': {
        language: 'sv',
        rules: { overpromising: 'warn' },
        overrides: [{ files: 'templates/**', template: true, rules: { 'leftover-placeholder': 'off' } }],
      },
    });
    const { code, stdout } = run(dir, ['--print-config', 'templates/a.md', '--rule', 'blame-shifting: off']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ configFile: '.replylintrc.json', ignored: false, language: 'sv', template: true, plugins: [] });
    expect(printed.rules).toMatchObject({
      'blame-shifting': 'off',
      overpromising: 'warn',
      'leftover-placeholder': 'off',
      'arguing-with-customer': 'error',
    });
    expect(JSON.parse(run(dir, ['--print-config', 'drafts/a.txt']).stdout)).toMatchObject({ template: false, rules: { 'leftover-placeholder': 'error' } });
  });
});

describe('flags', () => {
  it('--help and the README flag table list the config flags', () => {
    const help = run(project({}), ['--help']).stdout;
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const flag of ['--config', '--no-config', '--print-config', '--rule', '--report-unused-disable-directives']) {
      expect(help).toContain(flag);
      expect(readme).toMatch(new RegExp(`^\\| \`(?:-c, )?${flag}[ \`]`, 'm'));
    }
  });
});

describe('extends', () => {
  it('extends a path and an npm package replylint-config-*, own settings last', () => {
    const dir = project({
      'node_modules/replylint-config-team/package.json': { name: 'replylint-config-team', main: 'config.json' },
      'node_modules/replylint-config-team/config.json': { language: 'en', rules: { overpromising: 'warn', 'unclear-phrasing': 'off' } },
      'shared/base.yaml': 'rules:\n  arguing-with-customer: "off"\n',
      '.replylintrc.json': { extends: ['team', './shared/base.yaml'], rules: { 'unclear-phrasing': 'warn' } },
    });
    const printed = JSON.parse(run(dir, ['--print-config', 'draft.txt']).stdout);
    expect(printed.language).toBe('en');
    expect(printed.rules).toMatchObject({ overpromising: 'warn', 'unclear-phrasing': 'warn', 'arguing-with-customer': 'off' });
    write(dir, 'draft.txt', PROMISE);
    expect(lintJson(dir, ['draft.txt']).code).toBe(0);
  });

  it('resolves an extended config\'s own relative paths from its folder', () => {
    const dir = project({
      'shared/base.json': { overrides: [{ files: 'templates/**', template: true }], ignore: ['old/**'] },
      'shared/templates/a.txt': 'Hej {{name}}, paketet skickades i dag.\n',
      'shared/old/b.txt': PROMISE,
      'app/.replylintrc.json': { extends: '../shared/base.json' },
    });
    expect(JSON.parse(run(dir, ['--config', 'app/.replylintrc.json', '--print-config', 'shared/templates/a.txt']).stdout).template).toBe(true);
    expect(JSON.parse(run(dir, ['--config', 'app/.replylintrc.json', '--print-config', 'shared/old/b.txt']).stdout).ignored).toBe(true);
  });
});

describe('team vocabulary without code', () => {
  it('a glossary term becomes a suggestion, per language', () => {
    const dir = project({
      '.replylintrc.yaml': [
        'rules:',
        '  unclear-phrasing:',
        '    - warn',
        '    - glossary:',
        '        en: { RMA: "return number" }',
        '        sv: { RMA: "returnummer" }',
      ].join('\n'),
      'en.txt': 'Please send the RMA to us by Friday.\n',
      'sv.txt': 'Skicka ditt RMA till oss senast på fredag.\n',
    });
    const { results } = lintJson(dir, ['en.txt', 'sv.txt']);
    const suggestion = (i: number) => results[i]!.messages.find((m) => m.ruleId === 'unclear-phrasing' && m.suggestions[0]?.text.includes('retur'));
    expect(suggestion(0)?.suggestions[0]!.text).toBe('return number');
    expect(suggestion(1)?.suggestions[0]!.text).toBe('returnummer');
  });

  it('an allow list keeps a product name from being flagged, per language or for all', () => {
    const text = 'With Guaranteed Delivery your parcel arrives on Friday.\n';
    const dir = project({ 'draft.txt': text });
    expect(ids(lintJson(dir, ['--lang', 'en', 'draft.txt']).results[0])).toContain('overpromising');
    write(dir, '.replylintrc.json', { rules: { overpromising: ['error', { allow: { en: ['Guaranteed Delivery'] } }] } });
    expect(ids(lintJson(dir, ['--lang', 'en', 'draft.txt']).results[0])).not.toContain('overpromising');
    write(dir, '.replylintrc.json', { rules: { overpromising: ['error', { allow: { sv: ['Guaranteed Delivery'] } }] } });
    expect(ids(lintJson(dir, ['--lang', 'en', 'draft.txt']).results[0])).toContain('overpromising');
    write(dir, '.replylintrc.json', { rules: { overpromising: ['error', { allow: ['guaranteed delivery'] }] } });
    expect(ids(lintJson(dir, ['--lang', 'en', 'draft.txt']).results[0])).not.toContain('overpromising');
  });

  it('customRules: phrases per language with a message and a replacement, under their own id', () => {
    const dir = project({
      '.replylintrc.yaml': [
        'customRules:',
        '  form-letter:',
        '    severity: error',
        '    message:',
        '      en: \'"{actual}" sounds like a form letter.\'',
        '      sv: "”{actual}” låter som ett standardbrev."',
        '    phrases:',
        '      en:',
        '        "per our policy": "this is how we do it"',
        '        "kindly be advised": "please note"',
        '      sv:',
        '        - enligt gällande rutiner',
        '        - pattern: "vänligen ~2 beakta|notera"',
        '          suggest: observera',
      ].join('\n'),
      'en.txt': 'Kindly be advised that, per our policy, refunds take a week.\n',
      'sv.txt': 'Vänligen notera att vi enligt gällande rutiner inte kan göra mer.\n',
    });
    const { code, results } = lintJson(dir, ['en.txt', 'sv.txt']);
    expect(code).toBe(1);
    const custom = (i: number) => results[i]!.messages.filter((m) => m.ruleId === 'form-letter');
    const en = custom(0);
    expect(en.map((m) => m.message)).toEqual(['"Kindly be advised" sounds like a form letter.', '"per our policy" sounds like a form letter.']);
    expect(en.map((m) => m.suggestions[0]?.text)).toEqual(['please note', 'this is how we do it']);
    expect(en.every((m) => m.severity === 2)).toBe(true);
    const sv = custom(1);
    expect(sv.map((m) => m.message)).toEqual(['”Vänligen notera” låter som ett standardbrev.', '”enligt gällande rutiner” låter som ett standardbrev.']);
    expect(sv[0]!.suggestions[0]!.text).toBe('observera');
    expect(sv[1]!.suggestions).toEqual([]);
    // rules.<id> sets its severity like any rule.
    write(dir, '.replylintrc.yaml', `${readFileSync(join(dir, '.replylintrc.yaml'), 'utf8')}\nrules:\n  form-letter: "off"\n`);
    expect(lintJson(dir, ['en.txt']).results[0]!.messages.filter((m) => m.ruleId === 'form-letter')).toEqual([]);
  });

  it('config phrases are plain words: wildcard and regex characters mean themselves', () => {
    const dir = project({
      '.replylintrc.json': { customRules: { 'no-star': { message: 'found {actual}', phrases: { en: ['refund*', 'a.b'] } } } },
      'draft.txt': 'The refunded amount and refunds are on their way, see a b.\n',
    });
    expect(lintJson(dir, ['--lang', 'en', 'draft.txt']).results[0]!.messages.filter((m) => m.ruleId === 'no-star')).toEqual([
      expect.objectContaining({ message: 'found a b' }),
    ]);
  });
});
