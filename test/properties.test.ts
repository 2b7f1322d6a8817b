// Properties that hold for any input (fast-check): the engine returns, every
// range is inside the input on whole UTF-16 characters, line/column agree with
// the range, JSON output round-trips, results are deterministic, and blanking
// non-prose never moves an offset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDocument, buildDocument } from '../src/lint.js';
import { builtinRuleMap } from '../src/index.js';
import { json } from '../src/formatters/json.js';
import { extraSlots } from '../rules/leftover-placeholder/index.js';
import type { Lang, LintResult } from '../src/types.js';

const rules = builtinRuleMap();

// Pieces of drafts that make the stages work: findings in all three languages,
// quotes, attributions, signatures, markup, placeholders, and awkward characters.
const PIECES = [
  'Det var min kollega som glömde skicka paketet.', 'Jag lovar att paketet kommer i morgon.', 'Som jag redan har skrivit',
  'Jeg lover, at pakken kommer i morgen.', 'garan\u200Bteret', 'Det sker aldrig igen.', 'Som jeg allerede har skrevet',
  'I guarantee it will arrive tomorrow.', 'As I already explained,', 'That was my colleague.', 'in due course', 'RMA', 'L2',
  'Hej Anna,', 'Hi Sam,', 'Kære Jens', 'Mvh', 'Kind regards', 'Venlig hilsen', '-- ', '> ', '>> quoted', 'On Tue, 3 Mar 2026, Anna wrote:',
  'Den 4 april 2026 skrev Maria <m@example.se>:', 'From: a@b.se', 'Sent: Monday', '{{first_name}}', '{{name}', '{% if x %}', '[NAME]',
  '<insert date>', 'XXX', '%(name)s', '%{x}', '<p>', '</div>', '<!-- c -->', '```', '`code`', 'https://example.com/a?b=c.', 'www.x.se',
  'a@b.dk', '&amp;', ']( x)', 't.ex.', 'f.eks.', 'e.g.', 'kl. 14.00', '100 %', '100%', "isn't", 'e-post', 'SMS:et',
  '😀', '👍🏽', '🇸🇪', '𝒜', '\uD800', '\uDFFF', '\u200F', '\u202E', '\u00AD', '\uFEFF', '\u0301', 'a\u030A', 'ø', 'æ', 'å', 'ö',
  '\r\n', '\r', '\n', '\n\n', '\t', ' ', '  ', '.', '!', '?', '…', ',', '"', '”', '’', '(', ')', '•', '- ', '1. ',
];

const draft = fc
  .tuple(
    fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), {
      maxLength: 60,
    }),
    fc.constantFrom(' ', '', '\n'),
  )
  .map(([parts, separator]) => parts.join(separator));
const anyText = fc.oneof(draft, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));
const lang = fc.constantFrom<Lang | 'auto'>('auto', 'sv', 'da', 'en');

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset between the two halves of a surrogate pair would split a character. */
const splitsPair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

function checkPositions(text: string, result: LintResult): void {
  for (const m of result.messages) {
    const [start, end] = m.range;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start <= end && end <= text.length, `range ${start}-${end} in ${text.length}`).toBe(true);
    expect(splitsPair(text, start) || splitsPair(text, end), `range ${start}-${end} splits a surrogate pair`).toBe(false);
    for (const [offset, line, column] of [
      [start, m.line, m.column],
      [end, m.endLine, m.endColumn],
    ] as const) {
      const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
      // "\r" then "\n" at the offset: the \r already ended the line.
      expect([line, column]).toEqual([lines.length, lines[lines.length - 1]!.length + 1]);
    }
  }
}

describe('properties over generated inputs', () => {
  it('fuzz: for any input the linter returns, with ranges inside the input on whole characters (10,000 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, lang, async (text, l) => {
        const result = await lintDocument(text, rules, { lang: l });
        checkPositions(text, result);
        expect(result.errorCount + result.warningCount).toBe(result.messages.length);
      }),
      { numRuns: 10_000 },
    );
  }, 120000);

  it('JSON output parses and carries the same messages', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const result = await lintDocument(text, rules, { filePath: text.slice(0, 20) });
        const parsed = JSON.parse(json.format([result], { color: false, cwd: '/' }));
        expect(parsed).toHaveLength(1);
        expect(parsed[0].filePath).toBe(text.slice(0, 20));
        expect(parsed[0].messages).toEqual(JSON.parse(JSON.stringify(result.messages)));
      }),
      { numRuns: 500 },
    );
  });

  it('linting is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, lang, async (text, l) => {
        const first = await lintDocument(text, rules, { lang: l });
        const second = await lintDocument(text, rules, { lang: l });
        expect(second).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('blanking quotes, signatures and markup never moves an offset: prose equals source wherever it is not blanked', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const doc = await buildDocument(text);
        expect(doc.prose.length).toBe(text.length);
        const blanked = new Uint8Array(text.length);
        for (const r of doc.regions) blanked.fill(1, r.start, r.end);
        for (let i = 0; i < text.length; i++) {
          if (!blanked[i]) expect(doc.prose[i], `offset ${i}`).toBe(text[i]);
          else expect(' \n\r'.includes(doc.prose[i]!), `offset ${i} blanked to ${JSON.stringify(doc.prose[i])}`).toBe(true);
        }
        for (const sentence of doc.sentences) {
          expect(doc.prose.slice(sentence.start, sentence.end)).toBe(sentence.text);
          for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the text at each reported range is the text the rule saw', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(draft, async (text) => {
        const doc = await buildDocument(text);
        const result = await lintDocument(text, rules);
        for (const m of result.messages) {
          seen.add(m.ruleId);
          const [start, end] = m.range;
          if (m.ruleId === 'leftover-placeholder') {
            // A slot the document stage found, or one of the rule's own slot forms in the prose ("%NAME%").
            const placeholder = doc.placeholders.some((p) => p.start === start && p.end === end && p.text === text.slice(start, end));
            const slot = extraSlots(doc).some((s) => s.start === start && s.end === end && doc.prose.slice(start, end) === text.slice(start, end));
            expect(placeholder || slot).toBe(true);
          } else if (end > start) {
            // A finding starts and ends on prose the rule read; inside, it may cover a
            // blanked link or placeholder ("100 % {{x}} sure"), whose characters the
            // blanking property above shows were only replaced, never moved.
            expect(text[start]).toBe(doc.prose[start]);
            expect(text[end - 1]).toBe(doc.prose[end - 1]);
            for (const token of doc.tokens) {
              if (token.start >= start && token.end <= end) expect(text.slice(token.start, token.end)).toBe(token.text);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
    // The generator reaches the rules that report spans inside the prose, so the checks
    // above are not vacuous (the rules about what a reply leaves out need quoted complaints).
    expect([...seen]).toEqual(
      expect.arrayContaining(['blame-shifting', 'overpromising', 'arguing-with-customer', 'unclear-phrasing', 'leftover-placeholder']),
    );
  });
});
