// Sentences and tokens: a table of tricky cases per language, each with the
// sentences it must split into, and the tokenizer's offsets.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/types.js';
import { normalizeWord, splitSentences, tokenize } from '../src/text.js';
import { buildDocument } from '../src/lint.js';

const SENTENCES: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
  // Swedish abbreviations, times, dates, decimals, prices
  ['sv', 'Du kan t.ex. byta storlek. Vi skickar bl.a. en ny laddare.', ['Du kan t.ex. byta storlek.', 'Vi skickar bl.a. en ny laddare.']],
  ['sv', 'Det gäller alla, dvs. även dig. Det tar ca. tre dagar.', ['Det gäller alla, dvs. även dig.', 'Det tar ca. tre dagar.']],
  ['sv', 'Vi ses kl. 14.00 i morgon. Leveransen kommer 3. juni.', ['Vi ses kl. 14.00 i morgon.', 'Leveransen kommer 3. juni.']],
  ['sv', 'Räntan är 2,5 %. Priset är 1 299 kr. Tack!', ['Räntan är 2,5 %.', 'Priset är 1 299 kr.', 'Tack!']],
  ['sv', 'Öppet kl. 9 på lördag. Ring tel. 08-123 45 67 om du vill.', ['Öppet kl. 9 på lördag.', 'Ring tel. 08-123 45 67 om du vill.']],
  ['sv', 'Vi väntar… och väntar. Sedan händer inget.', ['Vi väntar… och väntar.', 'Sedan händer inget.']],
  ['sv', 'Hej Anna!\nTack för ditt mejl.', ['Hej Anna!', 'Tack för ditt mejl.']],
  ['sv', 'Hej Anna\nTack för ditt mejl.', ['Hej Anna', 'Tack för ditt mejl.']],
  ['sv', 'Du kan välja:\n- byte\n- pengarna tillbaka\n1. Ett\n2. Två', ['Du kan välja:', '- byte', '- pengarna tillbaka', '1. Ett', '2. Två']],
  ['sv', 'Läs mer på www.example.se/hjalp. Hör av dig!', ['Läs mer på www.example.se/hjalp.', 'Hör av dig!']],
  ['sv', 'Skriv till hej.hopp@example.se. Vi svarar i dag.', ['Skriv till hej.hopp@example.se.', 'Vi svarar i dag.']],
  ['sv', 'Vi har skor, väskor osv. Allt är på rea.', ['Vi har skor, väskor osv.', 'Allt är på rea.']],
  // Danish
  ['da', 'Du kan f.eks. bytte varen. Mht. leveringen: den kommer kl. 14.00.', ['Du kan f.eks. bytte varen.', 'Mht. leveringen: den kommer kl. 14.00.']],
  ['da', 'Vi ses d. 3. juni. Prisen er 1.299 kr. Tak!', ['Vi ses d. 3. juni.', 'Prisen er 1.299 kr.', 'Tak!']],
  ['da', 'Renten er 2,5 %. Der er ca. 20 stk. på lager.', ['Renten er 2,5 %.', 'Der er ca. 20 stk. på lager.']],
  ['da', 'Vi sender bl.a. en ny oplader. Ring på tlf. 70 12 34 56.', ['Vi sender bl.a. en ny oplader.', 'Ring på tlf. 70 12 34 56.']],
  ['da', 'Hvad sker der nu? Vi sender en ny! Den er på vej.', ['Hvad sker der nu?', 'Vi sender en ny!', 'Den er på vej.']],
  ['da', 'Hej Mette,\n\nPakken er sendt\nmed GLS i dag.', ['Hej Mette,', 'Pakken er sendt\nmed GLS i dag.']],
  ['da', 'Det er evt. muligt. Vi vender tilbage ift. prisen.', ['Det er evt. muligt.', 'Vi vender tilbage ift. prisen.']],
  // English
  ['en', 'Send it to Mr. Smith, e.g. by post. It is No. 5 on the list.', ['Send it to Mr. Smith, e.g. by post.', 'It is No. 5 on the list.']],
  ['en', 'That is, i.e. today. We ship to the U.S. and Canada.', ['That is, i.e. today.', 'We ship to the U.S. and Canada.']],
  ['en', 'Visit https://example.com/a.b?c=d. Or mail a.b@example.com. Thanks!', ['Visit https://example.com/a.b?c=d.', 'Or mail a.b@example.com.', 'Thanks!']],
  ['en', 'Prices rose 3.5% in May. The U.K. office is closed.', ['Prices rose 3.5% in May.', 'The U.K. office is closed.']],
  ['en', '"Is it broken?" she asked. I replied.', ['"Is it broken?" she asked.', 'I replied.']],
  ['en', 'Hi Tom,\n\nThanks for waiting. The order\nwill ship tomorrow.', ['Hi Tom,', 'Thanks for waiting.', 'The order\nwill ship tomorrow.']],
  ['en', 'Options:\n* a refund\n* a new one', ['Options:', '* a refund', '* a new one']],
  ['en', 'We are sorry. Really sorry!!! Is that OK?!', ['We are sorry.', 'Really sorry!!!', 'Is that OK?!']],
  ['en', 'I waited... and waited. Then it came.', ['I waited... and waited.', 'Then it came.']],
  ['en', 'It shipped on Jan. 5 as planned. It is late.', ['It shipped on Jan. 5 as planned.', 'It is late.']],
  ['sv', 'Vi stänger fre. 17.00 i sommar. Välkommen!', ['Vi stänger fre. 17.00 i sommar.', 'Välkommen!']],
];

describe('splitSentences', () => {
  for (const [lang, text, expected] of SENTENCES) {
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      const sentences = splitSentences(text, lang);
      expect(sentences.map((s) => s.text)).toEqual(expected);
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  }

  it('marks a greeting line as frame, not body', () => {
    const [greeting, body] = splitSentences('Hej Anna,\nVi har skickat paketet.', 'sv');
    expect(greeting!.frame).toBe(true);
    expect(body!.frame).toBe(false);
  });

  it.each([
    ['sv', 'Kära Anna,', true],
    ['sv', 'God morgon Sven!', true],
    ['en', 'Good afternoon Jo,', true],
    ['en', 'Good news, it is here!', false],
    ['da', 'Hej Mette', true],
    ['da', 'Hej, kan du se pakken nu?', false],
  ] as const)('%s: %s is a greeting: %s', (lang, line, frame) => {
    expect(splitSentences(line, lang)[0]!.frame).toBe(frame);
  });

  it('keeps CRLF offsets and splits on a blank line', () => {
    const text = 'Hi Jo,\r\n\r\nThe parcel left today.\r\nIt arrives Friday.';
    const sentences = splitSentences(text, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['Hi Jo,', 'The parcel left today.', 'It arrives Friday.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('is linear on long input', () => {
    const text = 'Vi har t.ex. skickat 1 299 kr. till dig i dag. '.repeat(20000);
    const started = performance.now();
    const sentences = splitSentences(text, 'sv');
    expect(sentences).toHaveLength(20000);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('is linear on a long hard-wrapped paragraph', () => {
    const text = 'det här är en rad som fortsätter på nästa rad utan punkt\n'.repeat(20000);
    const started = performance.now();
    expect(splitSentences(text, 'sv')).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('does not split inside blanked URLs and e-mail addresses of a draft', async () => {
    const doc = await buildDocument('Läs mer på https://example.se/a.b. Eller skriv till a.b@example.se. Tack!', { lang: 'sv' });
    expect(doc.sentences.map((s) => s.text.replace(/\s+/g, ' '))).toEqual(['Läs mer på .', 'Eller skriv till .', 'Tack!']);
  });
});

describe('tokenize', () => {
  const words = (text: string) => tokenize(text).map((t) => t.text);

  it('gives exact offsets', () => {
    const text = 'Hej Åsa, 2 st.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([[0, 3], [4, 7], [9, 10], [11, 13]]);
  });

  it('splits "100%" into "100" and "%"', () => {
    expect(words('100% säkert')).toEqual(['100', '%', 'säkert']);
    expect(words('100 %')).toEqual(['100', '%']);
  });

  it('keeps decimals and grouped numbers whole', () => {
    expect(words('2,5 % och kl. 14.00, 1.299 kr')).toEqual(['2,5', '%', 'och', 'kl', '14.00', '1.299', 'kr']);
  });

  it('joins a word across a zero-width space or soft hyphen and normalises it away', () => {
    const [token] = tokenize('garan\u200Bteret');
    expect(token).toMatchObject({ start: 0, end: 11, norm: 'garanteret' });
    expect(tokenize('leve\u00ADrans')[0]!.norm).toBe('leverans');
  });

  it('normalises NFD å ä ö to NFC with offsets in the original', () => {
    const text = 'Sa\u030Adan va\u0308ntar ho\u0308r';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['sådan', 'väntar', 'hör']);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([[0, 6], [7, 14], [15, 19]]);
  });

  it('keeps apostrophes and hyphens inside words', () => {
    expect(words("isn't we’ll e-post")).toEqual(["isn't", 'we’ll', 'e-post']);
    expect(tokenize('we’ll')[0]!.norm).toBe("we'll");
    expect(words("'quoted'")).toEqual(['quoted']);
  });

  it('keeps inflected abbreviations after a colon, not ordinary colons', () => {
    expect(words('SMS:et kom. Obs:viktigt')).toEqual(['SMS:et', 'kom', 'Obs', 'viktigt']);
  });

  it('tokenizes a range only', () => {
    expect(tokenize('ett två tre', 4, 7).map((t) => t.text)).toEqual(['två']);
  });

  it('reads letters and digits beyond Latin, and astral letters, as words; emoji are not words', () => {
    expect(tokenize('Ωμέγα Привет 𝐀𝐁 ٣٤ hej 😀 då').map((t) => t.norm)).toEqual(['ωμέγα', 'привет', '𝐀𝐁', '٣٤', 'hej', 'då']);
    expect(tokenize('𝐀𝐁')[0]).toMatchObject({ start: 0, end: 4 });
  });

  it('normalizeWord lower-cases and strips invisible characters', () => {
    expect(normalizeWord('GÄR\u200BNA')).toBe('gärna');
  });
});
