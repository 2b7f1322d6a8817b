// .eml messages: the text part (or the HTML part) is linted, and findings point
// into the .eml file through quoted-printable, base64 and charsets.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEml, lintEml, mimeParts } from '../src/eml.js';
import { ruleMap, wordRule } from './helpers/word-rule.js';

const fixture = (name: string) => new URL(`../fixtures/eml/${name}`, import.meta.url).pathname;
const rules = ruleMap(wordRule('flag', ['glömde', 'område', 'guarantee', 'lover', 'forgot', 'Tack']));

async function at(source: string, name = 'm.eml') {
  const result = await lintEml(source, rules, { filePath: name, lang: 'sv' });
  return result.messages.map((m) => ({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, raw: source.slice(...m.range) }));
}

describe('.eml input', () => {
  it('maps quoted-printable text exactly: an encoded letter is its whole =XX=XX escape', async () => {
    const source = readFileSync(fixture('multipart-qp.eml'), 'utf8');
    expect(await at(source)).toEqual([
      { line: 14, column: 1, endLine: 14, endColumn: 5, raw: 'Tack' },
      { line: 14, column: 50, endLine: 14, endColumn: 61, raw: 'gl=C3=B6mde' },
      { line: 15, column: 27, endLine: 15, endColumn: 38, raw: 'omr=C3=A5de' },
    ]);
  });

  it('does not lint the signature or the HTML alternative of the same text', async () => {
    const source = readFileSync(fixture('multipart-qp.eml'), 'utf8');
    const result = await lintEml(source, rules, { filePath: 'm.eml', lang: 'sv' });
    const htmlStart = source.indexOf('Content-Type: text/html');
    expect(result.messages.every((m) => m.range[1] < htmlStart)).toBe(true);
  });

  it('keeps mapping exact after a quoted-printable emoji (two UTF-16 units, four bytes)', async () => {
    const source = 'Subject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nHej =F0=9F=98=80 vi glömde=\n det.\n';
    expect(await at(source)).toEqual([{ line: 5, column: 21, endLine: 5, endColumn: 27, raw: 'glömde' }]);
  });

  it('lints a large base64 body quickly', async () => {
    const text = `${'Vi har skickat paketet i dag och du får det snart. '.repeat(4000)}Vi glömde det.\n`;
    const body = Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\n');
    const source = `Subject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}\n`;
    const started = Date.now();
    const found = await at(source);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(found).toHaveLength(1);
    expect(Buffer.from(found[0]!.raw.replace(/\n/g, ''), 'base64').toString('utf8')).toMatch(/gl|mde/);
  });

  it('maps a single-byte charset in quoted-printable exactly', async () => {
    expect(await at(readFileSync(fixture('latin1-qp.eml'), 'utf8'))).toEqual([{ line: 9, column: 20, endLine: 9, endColumn: 28, raw: 'gl=F6mde' }]);
  });

  it('maps base64 to the 4-character groups that hold the flagged bytes', async () => {
    const source = readFileSync(fixture('base64.eml'), 'utf8');
    const [finding] = await at(source);
    expect(finding).toMatchObject({ line: 7, column: 45, endLine: 7, endColumn: 61 });
    expect(Buffer.from(finding!.raw, 'base64').toString('utf8')).toContain('guarantee');
  });

  it('maps an unencoded body one to one', async () => {
    expect(await at(readFileSync(fixture('plain.eml'), 'utf8'))).toEqual([{ line: 8, column: 5, endLine: 8, endColumn: 10, raw: 'lover' }]);
  });

  it('lints the HTML part when there is no text part, with markup left out', async () => {
    const source = 'Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p class="forgot">We <b>forgot</b> it.</p>\r\n';
    expect(await at(source)).toEqual([{ line: 4, column: 25, endLine: 4, endColumn: 31, raw: 'forgot' }]);
  });

  it('points at the first line of the part when the charset cannot be mapped', async () => {
    const body = Buffer.from('\ufeffWe forgot it.\n', 'utf16le').toString('base64');
    const source = `Subject: x\nContent-Type: text/plain; charset=utf-16\nContent-Transfer-Encoding: base64\n\n${body}\n`;
    const decoded = await decodeEml(source, 'm.eml');
    expect(decoded.text).toContain('We forgot it.');
    expect(decoded.starts).toBeNull();
    expect(await at(source)).toEqual([{ line: 5, column: 1, endLine: 5, endColumn: body.length + 1, raw: body }]);
  });

  it('lints a headerless .eml as a plain draft', async () => {
    const source = 'Hej Anna,\nVi glömde det.\n\nTack.\n';
    expect(await at(source)).toEqual([
      { line: 2, column: 4, endLine: 2, endColumn: 10, raw: 'glömde' },
      { line: 4, column: 1, endLine: 4, endColumn: 5, raw: 'Tack' },
    ]);
  });

  it('finds nested parts and their encodings', () => {
    const parts = mimeParts(readFileSync(fixture('multipart-qp.eml'), 'utf8'));
    expect(parts.map((p) => [p.type, p.encoding, p.charset])).toEqual([
      ['text/plain', 'quoted-printable', 'utf-8'],
      ['text/html', 'base64', 'utf-8'],
    ]);
  });

  it('lints .eml files from the command line with positions in the file', () => {
    const bin = new URL('../bin/replylint.js', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [bin, '--format', 'compact', fixture('multipart-qp.eml')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/multipart-qp\.eml:14:38: error .*\[blame-shifting\]/);
  });
});
