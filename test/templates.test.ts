// Markdown and HTML templates: markup, code, links and template syntax are not
// prose, and every offset still points into the file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/sources.js';
import { ruleMap, wordRule } from './helpers/word-rule.js';

const fixture = (name: string) => new URL(`../fixtures/templates/${name}`, import.meta.url).pathname;
const rules = ruleMap(wordRule('flag', ['glömde', 'order_id', 'agent', 'vip', 'first_name', 'customer']));

async function flagged(name: string) {
  const source = readFileSync(fixture(name), 'utf8');
  const [result] = await lintSource(source, fixture(name), rules, { lang: 'sv', template: true });
  return result!.messages.map((m) => [m.line, m.column, source.slice(...m.range)]);
}

describe('templates in Markdown and HTML', () => {
  it('Markdown: flags prose only, not code, links or {{ }}, {% %}, %{}, %()s slots', async () => {
    expect(await flagged('welcome.md')).toEqual([
      [3, 42, 'glömde'],
      [10, 26, 'glömde'],
    ]);
  });

  it('HTML: flags prose only, not tags, attributes, comments or styles', async () => {
    expect(await flagged('welcome.html')).toEqual([[5, 11, 'glömde']]);
  });
});
