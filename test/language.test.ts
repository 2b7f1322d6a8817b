// Language detection: cues, what is left out, candidates, fallback, the quoted
// message, and accuracy on our own short texts (test/fixtures/language/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/types.js';
import { detectByCues, detectLanguage, gatherEvidence } from '../src/language.js';
import { buildDocument } from '../src/lint.js';
import { tokenize } from '../src/text.js';

describe('detectLanguage', () => {
  it.each<[Lang, string]>([
    ['sv', 'Vi har skickat en ny faktura och du behöver inte göra något mer.'],
    ['da', 'Vi har sendt en ny faktura, og du behøver ikke gøre mere.'],
    ['en', 'We have sent a new invoice and there is nothing else you need to do.'],
    ['sv', 'Tack för att du väntade.'],
    ['da', 'Tak fordi du ventede.'],
    ['en', 'Thanks for waiting.'],
    ['da', 'Hvornår passer det dig?'],
    ['sv', 'När passar det dig?'],
  ])('%s: %s', async (lang, text) => {
    const detection = await detectLanguage(text);
    expect(detection.code).toBe(lang);
    expect(detection.source).toBe('detected');
    expect(detection.confidence).toBeGreaterThanOrEqual(0.6);
    expect(detection.confidence).toBeLessThanOrEqual(1);
  });

  it('is not swayed by names with the other language\'s letters', async () => {
    expect((await detectLanguage('Hej Søren och Bjørn, tack för beställningen.')).code).toBe('sv');
    expect((await detectLanguage('Hej Björn og Åsa, tak for bestillingen.')).code).toBe('da');
    expect((await detectLanguage('Hi Jörgen, thanks for the order.')).code).toBe('en');
  });

  it('ignores order numbers, prices and product names', () => {
    const evidence = gatherEvidence('Order 48213, 1 299 kr, iPhone, SMS och BankID.');
    expect(evidence.sample).toBe('order kr och');
    expect(evidence.words).toBe(3);
  });

  it('leaves quotations out when the agent wrote enough around them', () => {
    const evidence = gatherEvidence('Du skrev "I want my money back now" och det förstår jag.');
    expect(evidence.cues.en).toBe(0);
    expect(evidence.sample).toBe('du skrev och det förstår jag');
  });

  it('reads a greeting and a sign-off', async () => {
    expect((await detectLanguage('Med venlig hilsen')).code).toBe('da');
    expect((await detectLanguage('Med vänliga hälsningar')).code).toBe('sv');
    expect((await detectLanguage('Kind Regards')).code).toBe('en');
  });

  it('reads a reply written in capitals', async () => {
    expect((await detectLanguage('TACK FÖR DITT MEJL, VI SKICKAR PAKETET I DAG!')).code).toBe('sv');
    expect((await detectLanguage('TAK FOR DIN MAIL, VI SENDER PAKKEN I DAG!')).code).toBe('da');
  });

  it('restricts to the candidate languages', async () => {
    const text = 'We have sent the parcel today.';
    const detection = await detectLanguage(text, { candidates: ['sv', 'da'], fallback: 'da' });
    expect(['sv', 'da']).toContain(detection.code);
    expect(Object.keys(detection.scores).sort()).toEqual(['da', 'sv']);
  });

  it('takes a single candidate as given by the config', async () => {
    expect(await detectLanguage('Thanks!', { candidates: ['da'] })).toMatchObject({ code: 'da', confidence: 1, source: 'config' });
  });

  it('falls back when there is nothing to go on, and says so', async () => {
    for (const text of ['', '48213', '  ---  ', 'Anna']) {
      expect(await detectLanguage(text, { fallback: 'da' })).toMatchObject({ code: 'da', confidence: 0, source: 'fallback' });
    }
  });

  it('falls back on a tie between Swedish and Danish', async () => {
    expect(await detectLanguage('Hej igen!', { fallback: 'en' })).toMatchObject({ source: 'fallback', code: 'en' });
  });

  it('decides long drafts from cues alone (franc stays unloaded)', () => {
    const text = 'Tack för ditt mejl. Vi har tittat på ärendet och skickar en ny vara i dag. Hör gärna av dig om något är oklart.';
    expect(detectByCues(text)).toMatchObject({ code: 'sv', source: 'detected' });
    expect(detectByCues('Hej igen')).toBeNull();
  });

  it('is more confident with more words', async () => {
    const short = await detectLanguage('Tak for din mail.');
    const long = await detectLanguage('Tak for din mail. Vi har kigget på sagen, og jeg sender en ny vare i dag. Skriv endelig, hvis noget er uklart.');
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });
});

describe('the draft and its quoted message', () => {
  it('detects an English reply to a Danish message, each on its own', async () => {
    const draft = [
      'Hi Mette,',
      '',
      'Thanks for writing. I have sent a new invoice to you today.',
      '',
      'Kind regards',
      'Tom',
      '',
      'Den 3. marts 2026 skrev Mette Holm <mette@example.dk>:',
      '> Hej, jeg kan ikke finde fakturaen for februar. Kan I sende den igen?',
      '> Mette',
    ].join('\n');
    const doc = await buildDocument(draft);
    expect(doc.language).toMatchObject({ code: 'en', source: 'detected' });
    expect(doc.quoted?.language).toMatchObject({ code: 'da', source: 'detected' });
  });

  it('detects the quoted message among all three languages even when the reply is restricted', async () => {
    const draft = 'Hej Tom,\n\nVi har skickat en ny faktura i dag.\n\nOn 3 March 2026, Tom <t@example.com> wrote:\n> Hi, I cannot find the invoice for February. Could you send it again?';
    const doc = await buildDocument(draft, { languages: ['sv', 'da'] });
    expect(doc.language.code).toBe('sv');
    expect(doc.quoted?.language?.code).toBe('en');
  });

  it('judges the customer by their latest message, not our earlier reply quoted below it', async () => {
    const draft = [
      'Hej Kim,',
      '',
      'Vi har skickat ett nytt paket i dag.',
      '',
      'Den 4 mars 2026 skrev Kim <kim@example.com>:',
      '> Hej, paketet har fortfarande inte kommit. Vad händer?',
      '>',
      '> Skickat från min iPhone',
      '>',
      '> Den 1 mars 2026 skrev Support <support@example.com>:',
      '>> Hi Kim, thanks for your order. We have shipped it today and it should arrive on Friday.',
      '>> Kind regards, the support team',
    ].join('\n');
    const doc = await buildDocument(draft);
    expect(doc.quoted?.language?.code).toBe('sv');
  });

  it('gives the quoted message its words as tokens, made once, and no language when it says too little', async () => {
    const doc = await buildDocument('Hej Kim,\n\nVi har skickat paketet.\n\nDen 4 mars 2026 skrev Kim:\n> Tack!');
    expect(doc.quoted?.text).toBe('Tack!');
    expect(doc.quoted?.tokens.map((t) => t.norm)).toEqual(['tack']);
    expect(doc.quoted?.tokens).toBe(doc.quoted?.tokens);
    expect(doc.quoted).not.toHaveProperty('language');
  });

  it('ignores a device footer in the quoted message', async () => {
    const draft = 'Hej Kim,\n\nVi har skickat paketet.\n\nDen 4 mars 2026 skrev Kim:\n> Var är mitt paket?\n>\n> Sent from my iPhone';
    const doc = await buildDocument(draft);
    expect(doc.quoted?.language?.code).toBe('sv');
  });

  it('uses the sign-off line for a reply that is only a sign-off', async () => {
    const doc = await buildDocument('Venlig hilsen\nMette Holm\nButik Nord');
    expect(doc.language).toMatchObject({ code: 'da', source: 'detected' });
  });

  it('reports the fallback for a draft with no words', async () => {
    const doc = await buildDocument('{{first_name}}', { fallbackLanguage: 'en' });
    expect(doc.language).toEqual({ code: 'en', confidence: 0, source: 'fallback' });
  });

  it('lets --lang and config override detection', async () => {
    expect((await buildDocument('Tak for din mail.', { lang: 'sv' })).language).toEqual({ code: 'sv', confidence: 1, source: 'option' });
    expect((await buildDocument('Tak for din mail.', { lang: 'en', langSource: 'config' })).language.source).toBe('config');
  });
});

describe('accuracy on our own short texts', () => {
  const load = (name: string) =>
    readFileSync(new URL(`./fixtures/language/${name}`, import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { lang: Lang; text: string });
  const words = (text: string) => tokenize(text).filter((t) => /\p{L}/u.test(t.norm)).length;
  const cases = load('short-texts.jsonl');

  it('has at least 300 texts of 2–60 words, half under 12, in all three languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    for (const c of cases) expect(words(c.text)).toBeGreaterThanOrEqual(2);
    for (const c of cases) expect(words(c.text)).toBeLessThanOrEqual(60);
    expect(cases.filter((c) => words(c.text) < 12).length).toBeGreaterThanOrEqual(cases.length / 2);
    for (const lang of ['sv', 'da', 'en']) expect(cases.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(100);
  });

  // holdout-texts.jsonl was written after the detector, as a check that it generalises.
  it.each(['short-texts.jsonl', 'holdout-texts.jsonl'])('%s: at least 97 percent right overall and 99 percent above 12 words', async (name) => {
    let right = 0;
    let long = 0;
    let longRight = 0;
    const misses: string[] = [];
    for (const c of load(name)) {
      const got = (await buildDocument(c.text)).language.code;
      const ok = got === c.lang;
      if (ok) right++;
      else misses.push(`${c.lang}→${got}: ${c.text}`);
      if (words(c.text) > 12) {
        long++;
        if (ok) longRight++;
      }
    }
    expect(long).toBeGreaterThan(20);
    expect(right / load(name).length, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(longRight / long, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });
});
