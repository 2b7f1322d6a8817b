// Bad or unusual text never crashes the engine, and every offset still points
// at the characters the finding is about.
import { describe, expect, it } from 'vitest';
import { lintText, type JsonResult } from '../src/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, looksBinary, readSourceFile, readSourceFileOrBinary } from '../src/input.js';

const blame = 'Det var min kollega som glömde skicka paketet.';

/** Every message's range lies in the text, and line/column agree with it. */
function expectConsistent(text: string, result: JsonResult): void {
  for (const m of result.messages) {
    const [start, end] = m.range;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(end).toBeGreaterThanOrEqual(start);
    const before = text.slice(0, start).split(/\r\n|\r|\n/);
    expect(m.line).toBe(before.length);
    expect(m.column).toBe(before[before.length - 1]!.length + 1);
  }
}

const spanTexts = (text: string, result: JsonResult, ruleId: string) =>
  result.messages.filter((m) => m.ruleId === ruleId).map((m) => text.slice(...m.range));

describe('inputs with nothing to lint', () => {
  for (const [name, text] of [
    ['empty', ''],
    ['whitespace only', ' \t\n\r\n  \u00A0\n'],
    ['a greeting only', 'Hej Anna,\n'],
    ['a sign-off only', 'Mvh\nPer\n'],
    ['punctuation only', '...,;: – (…)'],
  ] as const) {
    it(`${name}: no findings, no error`, async () => {
      const result = await lintText(text);
      expect(result.messages).toEqual([]);
      expect(result.errorCount).toBe(0);
    });
  }
  it('exclamation and question marks only: one shouting warning, nothing else', async () => {
    const result = await lintText('!!!???');
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['shouting', 1]]);
  });
});

describe('large inputs', () => {
  it('a single 2 MB line with no spaces returns quickly', async () => {
    const text = 'a'.repeat(2_000_000);
    const started = performance.now();
    const result = await lintText(text, { lang: 'sv' });
    expect(performance.now() - started).toBeLessThan(5000);
    expectConsistent(text, result);
  });

  it('a 2 MB line of one unbroken sentence full of findings stays linear', async () => {
    // One sentence (no capital after the full stops), so every match shares it.
    const text = 'kollega glömde paketet och jag lovar att det kommer i morgon. '.repeat(32_000);
    const started = performance.now();
    const result = await lintText(text, { lang: 'sv' });
    expect(performance.now() - started).toBeLessThan(8000);
    expect(result.messages.length).toBeGreaterThan(30_000);
    expectConsistent(text.slice(0, 5000), { ...result, messages: result.messages.filter((m) => m.range[1] < 5000) });
  });

  it('a 20 MB message (a reply on top of a long quoted thread) is linted without running out of stack or memory', async () => {
    const quoted = '> Tack för ditt mejl. Jag har tittat på din beställning och paketet lämnade lagret i går.\n';
    const text = `Hej Maria,\n\n${blame}\n\nMvh\nPer\n\nDen 4 april 2026 skrev Maria:\n${quoted.repeat(Math.ceil(20e6 / quoted.length))}`;
    expect(text.length).toBeGreaterThan(20e6);
    const result = await lintText(text, { lang: 'sv' });
    expect(spanTexts(text, result, 'blame-shifting')).toEqual(['kollega som glömde']);
  }, 60000);

  it('a 1 MB reply of ordinary paragraphs finds the one problem in it', async () => {
    const paragraph = 'Tack för ditt mejl. Jag har tittat på din beställning och paketet lämnade lagret i går.\n\n';
    const text = `Hej Maria,\n\n${paragraph.repeat(Math.ceil(1e6 / paragraph.length))}${blame}\n`;
    const result = await lintText(text, { lang: 'sv' });
    expect(spanTexts(text, result, 'blame-shifting')).toEqual(['kollega som glömde']);
  });
});

describe('decoding', () => {
  it('invalid UTF-8 becomes U+FFFD, one per bad sequence, and offsets stay valid', async () => {
    const bytes = Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0x20]), Buffer.from(blame)]);
    const { text, binary } = decode(bytes);
    expect(binary).toBe(false);
    expect(text.startsWith('\uFFFD(\uFFFD ')).toBe(true);
    const result = await lintText(text, { lang: 'sv' });
    expect(spanTexts(text, result, 'blame-shifting')).toEqual(['kollega som glömde']);
    expectConsistent(text, result);
  });

  it('strips a UTF-8 BOM so offsets count from the first character', () => {
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hej')])).text).toBe('Hej');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hej å', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(le)).toEqual({ text: 'Hej å', binary: false });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: 'Hej å', binary: false });
  });

  it('recognises binary data: NUL bytes, image and PDF signatures, control characters', () => {
    expect(looksBinary(Buffer.from('Hej\0då'))).toBe(true);
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(looksBinary(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(true);
    expect(looksBinary(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(looksBinary(Buffer.from('\x01\x02\x03\x04abc\x05\x06'))).toBe(true);
    expect(looksBinary(Buffer.from('Hej!\r\n\tMed vänliga hälsningar\x1b[0m\f'))).toBe(false);
    expect(looksBinary(Buffer.from(''))).toBe(false);
  });

  it('files read one after another keep their own text: a large one, then a short one, then an empty one', () => {
    // Small files are read into one reused buffer, a large one on its own: neither may leak bytes into the next file.
    const dir = mkdtempSync(join(tmpdir(), 'replylint-read-'));
    const large = 'Hej Anna, tack för ditt mejl. '.repeat(12_000) + 'slut';
    const files = { large: join(dir, 'large.txt'), short: join(dir, 'short.txt'), empty: join(dir, 'empty.txt'), binary: join(dir, 'image.png') };
    writeFileSync(files.large, large);
    writeFileSync(files.short, 'Hej');
    writeFileSync(files.empty, '');
    writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    const first = readSourceFile(files.large).text;
    expect(first).toBe(large);
    expect(readSourceFile(files.short).text).toBe('Hej');
    expect(readSourceFile(files.empty).text).toBe('');
    expect(readSourceFileOrBinary(files.binary)).toMatchObject({ binary: true, text: '' });
    expect(readSourceFile(files.large).text).toBe(large);
    expect(first).toBe(large);
  });
});

describe('line endings', () => {
  for (const [name, eol] of [
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
    ['LF', '\n'],
  ] as const) {
    it(`${name}: the finding is on line 3 and the range is exact`, async () => {
      const text = `Hej Maria,${eol}${eol}${blame}${eol}${eol}Mvh${eol}Per${eol}`;
      const result = await lintText(text, { lang: 'sv' });
      const [m] = result.messages.filter((x) => x.ruleId === 'blame-shifting');
      expect(m).toMatchObject({ line: 3, column: 13 });
      expect(text.slice(...m!.range)).toBe('kollega som glömde');
      expectConsistent(text, result);
    });
  }
});

describe('Unicode', () => {
  it('NFD-composed å ä ö (combining marks) are matched and the span covers the marks', async () => {
    const text = blame.normalize('NFD');
    expect(text.length).toBeGreaterThan(blame.length);
    const result = await lintText(text, { lang: 'sv' });
    expect(spanTexts(text, result, 'blame-shifting')).toEqual(['kollega som glömde'.normalize('NFD')]);
  });

  it('NFD Danish (på, æ, ø stay single characters) is matched', async () => {
    const text = 'Jeg lover, at pakken er på vej, og det sker aldrig igen. Kære hilsen fra Søren.'.normalize('NFD');
    const result = await lintText(text, { lang: 'da' });
    expect(spanTexts(text, result, 'overpromising')).toContain('Jeg lover');
    expectConsistent(text, result);
  });

  it('emoji and other surrogate pairs: offsets and columns in UTF-16 units, never inside a pair', async () => {
    const text = `😀👍🏽 ${blame} 🇸🇪\n𝒜 ${blame}`;
    const result = await lintText(text, { lang: 'sv' });
    const found = result.messages.filter((m) => m.ruleId === 'blame-shifting');
    expect(found.map((m) => text.slice(...m.range))).toEqual(['kollega som glömde', 'kollega som glömde']);
    expect(found[0]!.range[0]).toBe(text.indexOf('kollega'));
    expect(found[0]!.column).toBe(text.indexOf('kollega') + 1);
    expect(found[1]).toMatchObject({ line: 2, column: '𝒜 Det var min '.length + 1 });
    expectConsistent(text, result);
  });

  it('right-to-left and left-to-right marks do not hide a finding', async () => {
    const text = `\u200F${blame}\u200E\u202B inte\u202C`;
    const result = await lintText(text, { lang: 'sv' });
    expect(spanTexts(text, result, 'blame-shifting')).toEqual(['kollega som glömde']);
  });

  it('a zero-width space inside a word keeps it one word: "garan\\u200Bteret" is overpromising in Danish', async () => {
    const text = 'Det er garan\u200Bteret løst i morgen.';
    const result = await lintText(text, { lang: 'da' });
    expect(spanTexts(text, result, 'overpromising')).toEqual(['garan\u200Bteret']);
  });

  it('lone surrogates and noncharacters do not throw', async () => {
    const text = `\uD800 ${blame} \uDFFF\uFFFF\uFFFE`;
    const result = await lintText(text, { lang: 'sv' });
    expect(spanTexts(text, result, 'blame-shifting')).toEqual(['kollega som glömde']);
    expectConsistent(text, result);
  });
});
