// language-mismatch on whole drafts: languages are detected, not fixed, because
// detection is what the rule depends on.
import { describe, expect, it } from 'vitest';
import { lintDocument, type LintOptions } from '../src/lint.js';
import rule from '../rules/language-mismatch/index.js';

const rules = new Map([[rule.meta.id, rule]]);
const lint = async (text: string, options: LintOptions = {}) => (await lintDocument(text, rules, options)).messages;

const draft = (reply: string, quote: string, attribution = 'Den 3 mars 2026 skrev Kim <kim@example.com>:') =>
  `${reply}\n\n${attribution}\n${quote
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}`;

describe('language-mismatch', () => {
  it('flags an English reply to a Danish customer on the first body sentence, naming Danish', async () => {
    const text = draft(
      'Hi Kim,\n\nThanks for your message. I have sent the invoice again.\n\nKind regards\nTom',
      'Hej, jeg kan ikke finde fakturaen for februar. Kan I sende den igen?\nKim',
    );
    const [message, ...rest] = await lint(text);
    expect(rest).toEqual([]);
    expect(message!.message).toContain('Danish');
    expect(message!.message).toContain('English');
    expect(text.slice(...message!.range)).toBe('Thanks for your message.');
  });

  it('writes the message in the message language', async () => {
    const text = draft('Hej Kim,\n\nVi har skickat fakturan igen i dag.', 'Hi, I cannot find the invoice for February. Could you send it again?');
    const [message] = await lint(text, { messageLanguage: 'sv' });
    expect(message!.message).toBe('Kunden skrev på engelska, men svaret är på svenska. Svara på kundens språk.');
  });

  it('flags a Danish reply to a Swedish customer', async () => {
    const text = draft('Hej Kim,\n\nVi har sendt en ny vare til dig i dag.', 'Hej! Jag har fortfarande inte fått något paket. När kommer det?');
    expect((await lint(text)).map((m) => m.ruleId)).toEqual(['language-mismatch']);
  });

  it('stays quiet when the languages agree', async () => {
    const text = draft(
      'Hej Kim,\n\nVi har skickat ett nytt paket i dag.',
      'Hej, jag har beställt en iPhone 15 Pro från Apple Store men fått en Samsung Galaxy. Vad gör jag nu?',
    );
    expect(await lint(text)).toEqual([]);
  });

  it('is not fooled by English product names and order numbers in a Swedish quote', async () => {
    const text = draft(
      'Hej Kim,\n\nTack för ditt mejl. Jag har bokat om leveransen till fredag.',
      'Min Google Pixel Watch från Black Friday Sale, order #US-55120, har inte kommit. Var är den?',
    );
    expect(await lint(text)).toEqual([]);
  });

  it('stays quiet on a quote too short to tell', async () => {
    for (const quote of ['Tak!', 'OK', 'Thanks!', '12345']) {
      expect(await lint(draft('Hej Kim,\n\nVi har skickat ett nytt paket i dag.', quote))).toEqual([]);
    }
  });

  it('stays quiet when the reply itself is too short to tell', async () => {
    expect(await lint(draft('Hej!', 'Hi, I cannot find the invoice for February. Could you send it again?'))).toEqual([]);
  });

  it('stays quiet without a quoted message', async () => {
    expect(await lint('Hi Kim,\n\nI have sent the invoice again.')).toEqual([]);
  });
});
