// Whole Swedish drafts through each core rule: inflected forms, both V2 word
// orders, negated and hedged near misses, and a quoted customer message whose
// bad phrases belong to the customer, not the agent. [[…]] marks every span
// the rule must report; any other finding from the rule fails the case.
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/types.js';
import blameShifting from '../../rules/blame-shifting/index.js';
import overpromising from '../../rules/overpromising/index.js';
import arguingWithCustomer from '../../rules/arguing-with-customer/index.js';
import unclearPhrasing from '../../rules/unclear-phrasing/index.js';
import { findings, unmark } from '../helpers/rule-tester.js';

interface Table {
  readonly rule: Rule<any>;
  readonly invalid: readonly string[];
  readonly valid: readonly string[];
}

const QUOTED_COMPLAINT = [
  'Hej Kim,',
  '',
  'Förlåt att leveransen dröjde. Jag har skickat en ny kartong i dag, och du får spårningslänken senast kl. 16.',
  '',
  'Vänliga hälsningar',
  'Maja',
  '',
  'Den 3 mars 2026 skrev Kim Ek <kim.ek@example.se>:',
  '> Som jag redan har skrivit två gånger är det inte mitt fel att paketet kom bort.',
  '> Er kollega lovade att det garanterat skulle komma i går, och det är ju självklart',
  '> att ni borde ha kollat adressen. Det får ni ta med transportören. Svara snarast!',
].join('\n');

// Outlook-style history: everything below "Från:/Skickat:" is the customer's.
const OUTLOOK_HISTORY = [
  'Hej Jens,',
  '',
  'Tack för ditt mejl. Vi har krediterat avgiften på 59 kr, och du ser det på nästa faktura den 28 april.',
  '',
  'Hälsningar',
  'Eva',
  '',
  'Från: Jens Holm <jens.holm@example.se>',
  'Skickat: den 2 april 2026 10:14',
  'Ämne: Avgift',
  '',
  'Ni har helt enkelt fel. Du borde ha förstått att jag redan betalat, det står tydligt på kvittot.',
  'Lova att det aldrig händer igen!',
].join('\n');

const tables: Table[] = [
  {
    rule: blameShifting,
    invalid: [
      'Hej Lena!\n\nJag har tittat på din order. [[Kollegorna på lagret glömde]] att lägga i laddaren, så den kommer i ett separat paket.\n\nMvh\nOla',
      'Hej,\n\n[[Det var budfirman som tappade]] bort kartongen. Vi skickar en ny på måndag.',
      'Hej Per,\n\nFakturafrågor är [[inte mitt område]]. [[Det får du ta med]] ekonomi, deras nummer finns på webbplatsen.',
      'Hej,\n\nTyvärr [[får du kontakta]] tillverkaren själv om garantin.',
      'Hej Anna,\n\nPaketet kom i retur eftersom [[du angav fel]] postnummer.',
      'Hej,\n\nDröjsmålet [[beror helt på vår underleverantör]], och det [[ligger utanför vad vi kan påverka]].',
      // Passive voice, the third party last.
      'Hej,\n\nKartongen [[tappades bort av budfirman]] i Malmö, så jag skickar en ny i dag.',
      'Hej,\n\nTyvärr [[var det ju du som]] valde leverans utan kvittens.',
    ],
    valid: [
      // Ownership while naming another team.
      'Hej Lena!\n\nJag har bett lagret skicka laddaren i dag, och jag mejlar dig spårningsnumret i kväll.',
      'Hej,\n\nVi har gjort fel när vi packade din order, och jag ser till att rätt storlek skickas i dag.',
      'Hej,\n\nDet är absolut inte ditt fel. Vi läste av mätaren fel och har nu räknat om fakturan.',
      // A friendly offer, not a hand-off.
      'Hej,\n\nDu får gärna ringa oss om du har fler frågor. Om du vill kan du också kontakta din bank.',
      // Conditional advice about a customer mistake.
      'Hej,\n\nOm du har angett fel adress kan du ändra den under Mina sidor fram till kl. 20.',
      QUOTED_COMPLAINT,
      OUTLOOK_HISTORY,
    ],
  },
  {
    rule: overpromising,
    invalid: [
      'Hej Sara,\n\n[[Jag lovar]] att paketet är framme i morgon.',
      // V2 order with the guarantee last.
      'Hej,\n\nPengarna är på ditt konto före lunch, [[det garanterar jag]].',
      'Hej,\n\nI morgon kommer montören [[garanterat]] mellan kl. 7 och 8.',
      'Hej,\n\nReservdelen kommer in nästa vecka, [[det kan jag lova]].',
      'Hej,\n\nVi har bytt rutiner, så det här [[kommer aldrig att hända]] igen.',
      'Hej,\n\nStolen finns [[absolut i lager]].',
      'Hej,\n\nKortet kommer med posten i morgon, [[det är säkert]].',
    ],
    valid: [
      // Negated, in both orders.
      'Hej,\n\nJag kan tyvärr inte lova ett exakt datum, eftersom varan skickas från vår leverantör.',
      'Hej,\n\nDet kan jag tyvärr inte garantera, men jag har lagt in ditt önskemål.',
      // Margins.
      'Hej,\n\nNormalt tar leveransen 2–4 arbetsdagar, och vi räknar med att du har den på fredag.',
      'Hej,\n\nI de flesta fall syns återbetalningen inom tre bankdagar.',
      // A promise about the sender's own action.
      'Hej,\n\nJag lovar att ringa dig i morgon före kl. 12.',
      // A warranty, and an amount.
      'Hej,\n\nGarantin gäller i tre år, och vi har betalat tillbaka 100 % av avgiften.',
      // Purpose clause, not a promise.
      'Hej,\n\nVi har ändrat våra rutiner för att det inte ska hända igen.',
      // "säkert" meaning "probably" or "safe".
      'Hej,\n\nDet är säkert jobbigt att vänta, och det är helt säkert att betala med kort i appen.',
      QUOTED_COMPLAINT,
      OUTLOOK_HISTORY,
    ],
  },
  {
    rule: arguingWithCustomer,
    invalid: [
      'Hej Tom,\n\n[[Som jag redan har förklarat]] ingår inte bagage i biljetten.',
      'Hej,\n\n[[Du borde ha läst]] villkoren innan du bokade.',
      // Inverted order: object first, then verb and subject.
      'Hej,\n\nDet stod på produktsidan, så [[det hade du kunnat]] se själv.',
      'Hej,\n\n[[Du har missförstått]] hur självrisken fungerar. [[Det står tydligt]] i försäkringsbrevet.',
      'Hej,\n\n[[Det stämmer helt enkelt inte]] att vi har höjt priset.',
      // V2 order with the fronted object.
      'Hej,\n\nBindningstiden är 24 månader, [[det borde du veta]] eftersom du skrev på avtalet.',
    ],
    valid: [
      // Apology for own unclear wording.
      'Hej Tom,\n\nUrsäkta att jag var otydlig i mitt förra mejl. Bagage ingår inte i biljetten, men du kan lägga till en väska för 295 kr.',
      // A friendly recap.
      'Hej,\n\nSom vi kom överens om i telefon har jag flyttat din tid till torsdag.',
      // "borde ha fått" owns the error.
      'Hej,\n\nDu borde ha fått bekräftelsen i går, och det är vårt fel. Jag skickar den igen nu.',
      // "självklart" as willingness.
      'Hej,\n\nSjälvklart kan du byta storlek. Det är självklart att du ska få rätt vara.',
      QUOTED_COMPLAINT,
      OUTLOOK_HISTORY,
    ],
  },
  {
    rule: unclearPhrasing,
    invalid: [
      'Hej,\n\nVi återkommer [[inom kort]] med ett besked.',
      'Hej,\n\nÄrendet är [[eskalerat till]] andra linjen.',
      'Hej,\n\nDet [[kan möjligen kanske]] bero på routern, men det är [[inte otänkbart]] att felet sitter i jacket.',
      'Hej,\n\nSkicka varan med ditt [[RMA-nummer]] på kartongen.',
    ],
    valid: [
      'Hej,\n\nVi återkommer senast fredag den 14 mars.',
      'Hej,\n\nDet kan vara routern. Jag kontrollerar det i dag och ringer dig kl. 15.',
      'Hej,\n\nDu behöver ett returnummer, som vi kallar RMA-nummer. Ditt nummer är 88214.',
      'Hej,\n\nPaketet är hos DHL och du hämtar det med BankID.',
      QUOTED_COMPLAINT,
    ],
  },
];

for (const { rule, invalid, valid } of tables) {
  describe(`${rule.meta.id} on Swedish drafts`, () => {
    for (const marked of invalid) {
      it(`flags: ${marked.replace(/\s+/g, ' ').slice(0, 70)}`, async () => {
        const { text, spans } = unmark(marked);
        expect(spans.length).toBeGreaterThan(0);
        const got = await findings(rule, text, 'sv');
        const seen = got.map((m) => text.slice(...m.range));
        for (const [start, end] of spans) {
          expect(
            got.some((m) => m.range[0] < end && start < m.range[1]),
            `expected "${text.slice(start, end)}"; got ${JSON.stringify(seen)}`,
          ).toBe(true);
        }
        for (const m of got) {
          expect(
            spans.some(([start, end]) => m.range[0] < end && start < m.range[1]),
            `unexpected "${text.slice(...m.range)}"`,
          ).toBe(true);
        }
      });
    }
    for (const text of valid) {
      it(`leaves alone: ${text.replace(/\s+/g, ' ').slice(0, 70)}`, async () => {
        const got = await findings(rule, text, 'sv');
        expect(got.map((m) => text.slice(...m.range))).toEqual([]);
      });
    }
  });
}
