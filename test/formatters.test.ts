// Every output format, golden-tested on hand-made results (UPDATE_GOLDEN=1
// rewrites the files; read the diff before committing), plus the escaping
// and rewriting rules each format promises.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatters, getFormatter } from '../src/formatters/index.js';
import { escapeData, escapeProperty } from '../src/formatters/github.js';
import { escapeXml } from '../src/formatters/junit.js';
import { applySuggestions } from '../src/formatters/rewrite.js';
import type { LintMessage } from '../src/types.js';
import { results, rules } from './fixtures/formats/results.js';

const context = { color: false, cwd: '/repo', rules, version: '9.9.9' };
const golden = (name: string) => new URL(`./fixtures/formats/expected.${name}.txt`, import.meta.url);

describe('formatters: golden output', () => {
  it('has every documented format', () => {
    expect([...formatters.keys()].sort()).toEqual(['compact', 'github', 'json', 'json-with-metadata', 'junit', 'rewrite', 'sarif', 'stylish']);
  });

  for (const name of formatters.keys()) {
    it(`${name} matches its golden file`, () => {
      const output = getFormatter(name)!.format(results, context);
      const file = golden(name);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, output);
      expect(existsSync(file), `missing golden file; run UPDATE_GOLDEN=1 npx vitest run test/formatters.test.ts`).toBe(true);
      expect(output).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('prints nothing for clean results in line formats', () => {
    const clean = results.filter((r) => !r.messages.length);
    for (const name of ['stylish', 'compact', 'github']) expect(getFormatter(name)!.format(clean, context)).toBe('');
  });
});

describe('github workflow commands', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d');
  });

  it('writes one command per finding with position, end and title', () => {
    const lines = getFormatter('github')!.format(results, context).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::error file=drafts/anna.txt,line=3,col=13,endLine=3,endColumn=31,title=replylint (blame-shifting)::' +
        '”kollega som glömde” lägger skulden på någon annan.%0ASkriv hellre: Vi har tyvärr gjort fel.',
    );
    expect(lines[2]).toMatch(/^::warning file=odd%2C name%3A 100%25\.txt,line=1,col=8,endLine=2,endColumn=7,title=replylint \(unclear-phrasing\)::Line one: 100%25 <vague>, "quoted" & more%0Aline two%0D%0Aend$/);
  });
});

describe('junit', () => {
  it('has one testcase per file, failing when the file has findings', () => {
    const xml = getFormatter('junit')!.format(results, context);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain('tests="3" failures="2"');
    expect(xml).toContain('<testcase classname="replylint" name="drafts/clean.txt" time="0"/>');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"\'\u0001c')).toBe('a&lt;b&gt;&amp;&quot;&apos;c');
  });
});

describe('rewrite (--fix-dry-run)', () => {
  const message = (start: number, end: number, text: string): LintMessage => ({
    ruleId: 'x', severity: 2, message: 'm', line: 1, column: start + 1, endLine: 1, endColumn: end + 1, range: [start, end],
    suggestions: text ? [{ desc: 'd', text }] : [],
  });

  it('applies non-overlapping suggestions right to left; the earlier of two overlapping wins', () => {
    const source = 'aaa bbb ccc ddd';
    const out = applySuggestions(source, [message(8, 11, 'CC'), message(0, 3, 'A'), message(1, 6, 'lost'), message(12, 15, '')]);
    expect(out).toBe('A bbb CC ddd');
  });

  it('lets a whole-sentence suggestion replace the flagged sentence, within its line', () => {
    const source = 'Hej.\nTack för mejlet. Det var min kollega som glömde det. Vi hörs.\n';
    const start = source.indexOf('kollega');
    const out = applySuggestions(source, [message(start, start + 18, 'Vi har gjort fel.')]);
    expect(out).toBe('Hej.\nTack för mejlet. Vi har gjort fel. Vi hörs.\n');
  });

  it('lets a phrase suggestion ending in a colon take the comma after the span', () => {
    const source = 'As I already explained, it takes five days.';
    expect(applySuggestions(source, [message(0, 22, 'To recap:')])).toBe('To recap: it takes five days.');
  });

  it('leaves a text without suggestions unchanged', () => {
    expect(applySuggestions('Hej Anna.', [message(0, 3, '')])).toBe('Hej Anna.');
  });
});
