// Inline directives: what they hide, what they leave, suppressedMessages and
// --report-unused-disable-directives.
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../src/lint.js';
import { builtinRuleMap } from '../src/index.js';
import { findDirectives } from '../src/directives.js';
import type { InputFormat } from '../src/document.js';
import { lintJson, project } from './helpers/temp-project.js';

const rules = builtinRuleMap();
const lint = (text: string, format: InputFormat, extra: { reportUnusedDisableDirectives?: boolean } = {}) =>
  lintDocument(text, rules, { lang: 'en', format, ...extra });
const found = (result: Awaited<ReturnType<typeof lint>>, text: string) => result.messages.map((m) => [m.ruleId, text.slice(...m.range)]);
const hidden = (result: Awaited<ReturnType<typeof lint>>, text: string) =>
  (result.suppressedMessages ?? []).map((m) => [m.ruleId, text.slice(...m.range)]);

const PROMISE = 'I guarantee it arrives tomorrow.';
const ARGUE = 'As I already explained, the parcel was sent.';

describe('findDirectives', () => {
  it('reads the comment forms, rule lists and a reason after --', () => {
    const text = [
      '<!-- replylint-disable overpromising, blame-shifting -- legal approved this text -->',
      '<!--replylint-enable-->',
      '<!-- replylint-disable-next-line unclear-phrasing -->',
      '<!-- replylint-disable-line -->',
      '<!-- replylint-disabled -->',
      '<!-- a comment that mentions replylint-disable in passing -->',
    ].join('\n');
    expect(findDirectives(text, 'markdown').map(({ kind, rules, line, reason }) => ({ kind, rules, line, reason }))).toEqual([
      { kind: 'disable', rules: ['overpromising', 'blame-shifting'], line: 1, reason: 'legal approved this text' },
      { kind: 'enable', rules: null, line: 2, reason: undefined },
      { kind: 'disable-next-line', rules: ['unclear-phrasing'], line: 3, reason: undefined },
      { kind: 'disable-line', rules: null, line: 4, reason: undefined },
    ]);
  });

  it('reads "# replylint-…" lines in plain text only, and never inside a sentence', () => {
    const text = '# replylint-disable overpromising\nWe use # replylint-disable as a tag.\n  #replylint-enable\n';
    expect(findDirectives(text, 'text').map((d) => [d.kind, d.rules, d.line])).toEqual([
      ['disable', ['overpromising'], 1],
      ['enable', null, 3],
    ]);
    expect(findDirectives(text, 'markdown')).toEqual([]);
  });

  it('stays fast on a long unclosed comment', () => {
    const text = `${'<!-- replylint-disable '.repeat(20000)}${'x'.repeat(100000)}`;
    const started = performance.now();
    findDirectives(text, 'text');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('directives in Markdown and HTML', () => {
  it('disable … enable hides the listed rules in between, and only those', async () => {
    const text = [
      '<!-- replylint-disable overpromising -->',
      `${PROMISE} ${ARGUE}`,
      '<!-- replylint-enable overpromising -->',
      '',
      PROMISE,
    ].join('\n');
    const result = await lint(text, 'markdown');
    expect(found(result, text)).toEqual([
      ['arguing-with-customer', 'As I already explained'],
      ['overpromising', 'I guarantee'],
    ]);
    expect(result.messages[1]!.line).toBe(5);
    expect(hidden(result, text)).toEqual([['overpromising', 'I guarantee']]);
    expect(result.suppressedMessages![0]).toMatchObject({ line: 2, column: 1, severity: 2 });
    expect(Object.keys(result.suppressedMessages![0]!).sort()).toEqual(Object.keys(result.messages[0]!).sort());
    expect(result.errorCount).toBe(2);
  });

  it('disable without a list hides every rule until the end; enable of one rule brings it back', async () => {
    const text = ['<!-- replylint-disable -->', ARGUE, '<!-- replylint-enable arguing-with-customer -->', '', `${ARGUE} ${PROMISE}`].join('\n');
    const result = await lint(text, 'markdown');
    expect(found(result, text)).toEqual([['arguing-with-customer', 'As I already explained']]);
    expect(result.messages[0]!.line).toBe(5);
    expect(hidden(result, text).map(([id]) => id)).toEqual(['arguing-with-customer', 'overpromising']);
  });

  it('disable-next-line hides the next line only', async () => {
    const text = `<p>Hello,</p>\n<!-- replylint-disable-next-line overpromising -->\n<p>${PROMISE}</p>\n<p>${PROMISE}</p>\n`;
    const result = await lint(text, 'html');
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['overpromising', 4]]);
    expect(result.suppressedMessages!.map((m) => [m.ruleId, m.line])).toEqual([['overpromising', 3]]);
  });

  it('the directive text itself is never linted', async () => {
    const text = '<!-- replylint-disable-next-line overpromising -- as I already explained, XXX -->\nThanks for writing.\n';
    const result = await lint(text, 'markdown');
    expect(result.messages).toEqual([]);
  });
});

describe('directives in plain text', () => {
  it('"# replylint-disable" lines work like the comments and are not prose', async () => {
    const text = `Hi Jo,\n\n# replylint-disable overpromising -- approved wording\n${PROMISE}\n# replylint-enable\n${PROMISE}\n`;
    const result = await lint(text, 'text');
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['overpromising', 6]]);
    expect(result.suppressedMessages!.map((m) => [m.ruleId, m.line])).toEqual([['overpromising', 4]]);
  });

  it('the text of a "#" line is not linted', async () => {
    const text = '# replylint-disable-next-line overpromising -- as I already explained, XXX\nThanks for writing.\n';
    expect((await lint(text, 'text')).messages).toEqual([]);
  });

  it('HTML comment directives work in plain text too', async () => {
    const text = `<!-- replylint-disable-next-line -->\n${PROMISE}\n`;
    expect((await lint(text, 'text')).messages).toEqual([]);
  });
});

describe('directives naming an unknown rule', () => {
  it('are errors with a did-you-mean, in the message language, and hide nothing', async () => {
    const text = `<!-- replylint-disable overpromsing -->\n${PROMISE}\n<!-- replylint-disable-next-line zzz -->\nThanks.\n`;
    const result = await lint(text, 'markdown');
    expect(result.messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      ['invalid-directive', 1, 'Unknown rule "overpromsing" in a replylint directive; did you mean "overpromising"?'],
      ['overpromising', 2, expect.any(String)],
      ['invalid-directive', 3, 'Unknown rule "zzz" in a replylint directive.'],
    ]);
    const sv = await lintDocument(text, rules, { lang: 'sv', format: 'markdown', reportUnusedDisableDirectives: true });
    expect(sv.messages.filter((m) => m.ruleId !== 'overpromising').map((m) => m.message)).toEqual([
      'Okänd regel ”overpromsing” i ett replylint-direktiv; menade du ”overpromising”?',
      'Okänd regel ”zzz” i ett replylint-direktiv.',
    ]);
  });
});

describe('unused directives', () => {
  it('are reported only when asked, per rule that hid nothing, in the message language', async () => {
    const text = `<!-- replylint-disable overpromising, blame-shifting -->\n${PROMISE}\n<!-- replylint-disable-next-line -->\nThanks.\n`;
    expect((await lint(text, 'markdown')).messages).toEqual([]);
    const result = await lint(text, 'markdown', { reportUnusedDisableDirectives: true });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.message])).toEqual([
      ['unused-disable-directive', 2, 1, 'Unused replylint-disable directive (no problems were reported from blame-shifting).'],
      ['unused-disable-directive', 2, 3, 'Unused replylint-disable directive (no problems were reported).'],
    ]);
    expect(result.errorCount).toBe(2);
  });

  it('through the CLI: JSON has suppressedMessages, and the flag makes unused ones errors', () => {
    const dir = project({
      'a.md': `<!-- replylint-disable overpromising -->\n${PROMISE}\n`,
      'b.md': `<!-- replylint-disable arguing-with-customer -->\n${PROMISE}\n`,
    });
    const plain = lintJson(dir, ['--lang', 'en', 'a.md', 'b.md']);
    expect(plain.code).toBe(1);
    const [a, b] = plain.results;
    expect(a!.messages).toEqual([]);
    expect(a!.suppressedMessages.map((m) => m.ruleId)).toEqual(['overpromising']);
    expect(b!.messages.map((m) => m.ruleId)).toEqual(['overpromising']);
    expect(b!.suppressedMessages).toEqual([]);
    const strict = lintJson(dir, ['--lang', 'en', '--report-unused-disable-directives', 'a.md', 'b.md']);
    expect(strict.results[1]!.messages.map((m) => m.ruleId)).toEqual(['unused-disable-directive', 'overpromising']);
    expect(strict.results[0]!.messages).toEqual([]);
  });
});
