// Generates the benchmark corpus: drafts in Swedish, Danish and English built
// from the vocabulary of fixtures/drafts (greeting, body, sign-off, name and
// sometimes the customer's quoted message). Deterministic: the same seed gives
// the same bytes, so runs on different machines lint the same text.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VOCABULARY = {
  sv: {
    greetings: ['Hej {name},', 'Hej {name}!', 'Hejsan {name},', 'Bästa {name},'],
    names: ['Maria', 'Per', 'Anna', 'Lars', 'Karin', 'Erik', 'Sara', 'Johan'],
    body: [
      'Tack för ditt mejl och för att du hörde av dig.',
      'Jag har tittat på din beställning och ser att paketet lämnade lagret i går.',
      'Du ska ha fått ett spårningsnummer per sms.',
      'Återbetalningen görs till samma kort som du betalade med.',
      'Jag har bokat om din tid till torsdag klockan tio.',
      'Om något fortfarande inte stämmer kan du svara på det här mejlet.',
      'Vi har skickat en ny vara i dag och den bör vara framme inom tre arbetsdagar.',
      'Jag förstår att det är irriterande att vänta, och jag ber om ursäkt för det.',
      'Fakturan är nu krediterad och du behöver inte göra något mer.',
      'Jag har lagt en anteckning i ditt ärende så att ingen behöver fråga igen.',
    ],
    problems: [
      'Det var min kollega som glömde skicka paketet.',
      'Jag lovar att paketet kommer i morgon.',
      'Som jag redan har skrivit tar återbetalningen fem dagar.',
      'Det får du ta med ekonomiavdelningen.',
      'Vi återkommer inom kort.',
      'Ditt RMA är registrerat i systemet.',
      'Hej {{first_name}}, din order [ORDERNUMMER] är skickad.',
    ],
    signoffs: ['Med vänliga hälsningar', 'Vänliga hälsningar', 'Mvh'],
    team: 'Kundtjänst',
    quote: (name) => [`Den 4 april 2026 skrev ${name} <kund@example.se>:`, '> Hej! Jag har inte fått min beställning och vill veta var den är.', `> ${name}`],
  },
  da: {
    greetings: ['Kære {name}', 'Hej {name},', 'Hej {name}!'],
    names: ['Jens', 'Mette', 'Søren', 'Line', 'Anders', 'Camilla', 'Mads', 'Louise'],
    body: [
      'Tak for din besked og for at du skrev til os.',
      'Jeg har kigget på din bestilling, og pakken blev sendt fra lageret i går.',
      'Du får et sporingsnummer på sms, så snart pakken er hos fragtfirmaet.',
      'Pengene bliver sat ind på det kort, du betalte med.',
      'Jeg har flyttet din tid til torsdag klokken ti.',
      'Hvis noget stadig ikke passer, kan du bare svare på denne mail.',
      'Vi har sendt en ny vare i dag, og den er fremme inden for tre hverdage.',
      'Jeg forstår godt, at det er irriterende at vente, og jeg beklager.',
      'Fakturaen er nu krediteret, og du skal ikke gøre mere.',
      'Jeg har skrevet en note på din sag, så ingen behøver at spørge igen.',
    ],
    problems: [
      'Jeg lover, at pakken kommer i morgen, og det sker aldrig igen.',
      'Det var min kollega, der glemte at sende pakken.',
      'Som jeg allerede har skrevet, tager refusionen fem dage.',
      'Vi vender tilbage snarest.',
      'Din sag er sendt videre til 2nd level.',
      'Hej [NAVN], din ordre <indsæt ordrenummer> er sendt.',
    ],
    signoffs: ['Venlig hilsen', 'Med venlig hilsen', 'Mange hilsner'],
    team: 'Kundeservice',
    quote: (name) => [`Den 3. marts 2026 kl. 09.12 skrev ${name} <kunde@example.dk>:`, '> Hej, min pakke er ikke kommet, og jeg vil gerne vide hvorfor.', `> ${name}`],
  },
  en: {
    greetings: ['Hi {name},', 'Hello {name},', 'Dear {name},'],
    names: ['Sam', 'Chris', 'Alex', 'Jordan', 'Taylor', 'Morgan', 'Jamie', 'Robin'],
    body: [
      'Thank you for letting us know.',
      'I have looked at your order and the parcel left our warehouse yesterday.',
      'You should have a tracking number by text message.',
      'The refund goes back to the card you paid with.',
      'I have moved your appointment to Thursday at ten.',
      'If anything still looks wrong, just reply to this email.',
      'I have sent a replacement today, and it should reach you within three working days.',
      'I understand that waiting is frustrating, and I am sorry about that.',
      'The invoice has been credited and there is nothing more you need to do.',
      'I have added a note to your case so nobody needs to ask you again.',
    ],
    problems: [
      'As I already explained, the refund takes five working days.',
      'I guarantee it will arrive tomorrow.',
      'That was my colleague, not me.',
      'We will be in touch in due course.',
      'Your RMA has been escalated to L2.',
      'Hi {{first_name}}, your order [ORDER NUMBER] is on its way.',
    ],
    signoffs: ['Kind regards', 'Best regards', 'Thanks'],
    team: 'Customer Service',
    quote: (name) => [`On Tue, 3 Mar 2026 at 10:12, ${name} <customer@example.com> wrote:`, '> Hi, my parcel has not arrived and I would like to know where it is.', `> ${name}`],
  },
};

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS = ['sv', 'da', 'en'];

function paragraphs(rand, v, bytes) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const out = [];
  let paragraph = [];
  let size = 0;
  while (size < bytes) {
    const sentence = (rand() < 0.12 ? pick(v.problems) : pick(v.body)).replace('{name}', pick(v.names));
    paragraph.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
    if (paragraph.length >= 2 + Math.floor(rand() * 3)) {
      out.push(paragraph.join(' '), '');
      paragraph = [];
    }
  }
  if (paragraph.length) out.push(paragraph.join(' '), '');
  return out;
}

/** One draft of roughly `targetBytes` bytes. */
export function draft(rand, targetBytes = 800) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const lang = pick(LANGS);
  const v = VOCABULARY[lang];
  const customer = pick(v.names);
  const lines = [pick(v.greetings).replace('{name}', customer), '', ...paragraphs(rand, v, targetBytes * 0.7)];
  lines.push(pick(v.signoffs), pick(v.names), v.team);
  if (rand() < 0.4) lines.push('', ...v.quote(customer));
  return `${lines.join('\n')}\n`;
}

/** Drafts until `totalBytes`; returns the texts. */
export function corpus({ seed = 7, count = 10000, totalBytes = 8e6 } = {}) {
  const rand = random(seed);
  const per = totalBytes / count;
  return Array.from({ length: count }, () => draft(rand, per));
}

/** One long Swedish draft (a 5 MB thread): one greeting, many paragraphs, one signature. */
export function longDraft({ seed = 11, bytes = 5e6 } = {}) {
  const rand = random(seed);
  const body = paragraphs(rand, VOCABULARY.sv, bytes);
  return `Hej Maria,\n\n${body.join('\n')}\nMed vänliga hälsningar\nPer\n`;
}

/** Writes the corpus as files under `dir` (cleared first), 100 to a folder. */
export function writeCorpus(dir, texts) {
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  texts.forEach((text, i) => {
    const sub = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `draft-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  });
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? new URL('.corpus/drafts', import.meta.url).pathname;
  const bytes = writeCorpus(dir, corpus());
  console.log(`wrote 10000 drafts, ${(bytes / 1e6).toFixed(1)} MB, to ${dir}`);
}
