// The rules beyond the four: missing-acknowledgement, no-next-step,
// inconsistent-address and shouting, on whole drafts in all three languages.
import { describe, expect, it } from 'vitest';
import inconsistentAddress from '../../rules/inconsistent-address/index.js';
import missingAcknowledgement from '../../rules/missing-acknowledgement/index.js';
import noNextStep from '../../rules/no-next-step/index.js';
import shouting from '../../rules/shouting/index.js';
import { findings, ruleTester } from '../helpers/rule-tester.js';

ruleTester(missingAcknowledgement, {
  en: {
    valid: [
      'Hi Jo,\n\nI am sorry your order is late. It leaves us today.\n\nKind regards\nSam\n\nOn Mon, 2 Mar 2026, Jo <jo@example.com> wrote:\n> My order is two weeks late and still not here.',
      'Hi Jo,\n\nI can see why that was frustrating. A new kettle leaves us today.\n\nOn Mon, 2 Mar 2026, Jo <jo@example.com> wrote:\n> The kettle arrived broken.',
      // No complaint in the quote: nothing to acknowledge.
      'Hi Jo,\n\nWe open at 9am on Saturday.\n\nOn Mon, 2 Mar 2026, Jo <jo@example.com> wrote:\n> What are your opening hours?',
      // No quoted message at all: silent.
      'Hi Jo,\n\nYour replacement leaves us today.',
    ],
    invalid: [
      'Hi Jo,\n\n[[Your new kettle leaves us today.]] It should reach you on Thursday.\n\nOn Mon, 2 Mar 2026, Jo <jo@example.com> wrote:\n> The kettle arrived broken and this is the second time.',
    ],
  },
  sv: {
    valid: [
      'Hej Jo,\n\nJag beklagar att paketet är försenat. Det lämnar oss i dag.\n\nDen 2 mars 2026 skrev Jo <jo@example.se>:\n> Paketet har fortfarande inte kommit.',
      'Hej Jo,\n\nVi har öppet kl. 9 på lördag.\n\nDen 2 mars 2026 skrev Jo <jo@example.se>:\n> Vilka öppettider har ni?',
    ],
    invalid: [
      'Hej Jo,\n\n[[Din nya vattenkokare skickas i dag.]] Den är framme på torsdag.\n\nDen 2 mars 2026 skrev Jo <jo@example.se>:\n> Vattenkokaren kom trasig, och det är andra gången.',
    ],
  },
  da: {
    valid: [
      'Hej Jo\n\nJeg er ked af, at pakken er forsinket. Den forlader os i dag.\n\nDen 2. marts 2026 kl. 10.00 skrev Jo <jo@example.dk>:\n> Pakken er stadig ikke kommet.',
      'Hej Jo\n\nVi har åbent kl. 9 på lørdag.\n\nDen 2. marts 2026 kl. 10.00 skrev Jo <jo@example.dk>:\n> Hvornår har I åbent?',
    ],
    invalid: [
      'Hej Jo\n\n[[Din nye elkedel bliver sendt i dag.]] Den er fremme torsdag.\n\nDen 2. marts 2026 kl. 10.00 skrev Jo <jo@example.dk>:\n> Elkedlen kom i stykker, og det er anden gang.',
    ],
  },
});

ruleTester(noNextStep, {
  en: {
    valid: [
      'Hi Jo,\n\nI am sorry the parcel is late. I have asked the courier to deliver it tomorrow.',
      "Hi Jo,\n\nI'm sorry about the wrong size. Please send it back with the label in the box.",
      'Hi Jo,\n\nThank you for your kind words about our shop.',
    ],
    invalid: ["Hi Jo,\n\nI'm sorry the parcel is late. [[The warehouse has been very busy.]]"],
  },
  sv: {
    valid: [
      'Hej Jo,\n\nJag beklagar förseningen. Paketet skickas i morgon.',
      'Hej Jo,\n\nTråkigt med fel storlek. Skicka tillbaka jackan så byter vi den.',
    ],
    invalid: ['Hej Jo,\n\nJag beklagar förseningen. [[Lagret har haft mycket att göra.]]'],
  },
  da: {
    valid: [
      'Hej Jo\n\nJeg beklager forsinkelsen. Pakken bliver sendt i morgen.',
      'Hej Jo\n\nDet er ærgerligt med den forkerte størrelse. Send jakken tilbage, så bytter vi den.',
    ],
    invalid: ['Hej Jo\n\nJeg beklager forsinkelsen. [[Lageret har haft travlt.]]'],
  },
});

ruleTester(inconsistentAddress, {
  sv: {
    valid: [
      'Hej Jo,\n\nTack för ditt mejl. Vi skickar din beställning till dig i dag.',
      'Hej Jo,\n\nTack för Ert mejl. Vi skickar Er beställning i dag.',
      // Lower-case "ni" and "er" are plural, not formal.
      'Hej Jo och Kim,\n\nVi skickar er beställning i dag, och ni får ett sms. Du kan också ringa oss.',
    ],
    invalid: [
      'Hej Jo,\n\nTack för ditt mejl. Vi skickar din beställning till dig i dag och hör av oss till [[Er]] i morgon.',
      { text: 'Hej Jo,\n\nTack för [[ditt]] mejl.', options: { address: 'formal' } },
    ],
  },
  da: {
    valid: [
      'Hej Jo\n\nTak for din mail. Vi sender din ordre til dig i dag.',
      'Kære Jo Hansen\n\nTak for Deres mail. Vi sender Deres ordre i dag.',
      // Sentence-initial "De" is "they".
      'Hej Jo\n\nTak for din mail. De nye sko er sendt til dig i dag.',
    ],
    invalid: [
      'Hej Jo\n\nTak for din mail. Vi sender din ordre til dig i dag og skriver til [[Dem]] i morgen.',
      { text: 'Kære Jo\n\nTak for [[din]] mail.', options: { address: 'formal' } },
    ],
  },
});

ruleTester(shouting, {
  en: {
    valid: ['Hi Jo,\n\nYour IKEA order leaves us today. The EU rules apply!', 'Hi Jo,\n\nHave a nice day!'],
    invalid: ['Hi Jo,\n\nPlease do not send it again[[!!]]', 'Hi Jo,\n\nYou must return it [[IMMEDIATELY]].', 'Hi Jo,\n\nReally[[?!]]'],
  },
  sv: {
    valid: ['Hej Jo!\n\nTack, betalningen har kommit in. Ha en fin dag!', 'Hej Jo,\n\nVi skickar paketet i dag!'],
    invalid: ['Hej Jo,\n\nVi skickar paketet i dag! Det är framme i morgon[[!]]', 'Hej Jo,\n\nDu måste [[SKICKA]] tillbaka den.'],
  },
  da: {
    valid: ['Hej Jo!\n\nTak, betalingen er kommet. Hav en god dag!', 'Hej Jo\n\nVi sender pakken i dag!'],
    invalid: ['Hej Jo\n\nVi sender pakken i dag! Den er fremme i morgen[[!]]', 'Hej Jo\n\nDu skal [[RETURNERE]] den.'],
  },
});

describe('missing-acknowledgement', () => {
  it('reads the complaint in the customer\'s language when the reply is in another', async () => {
    const text =
      'Hi Jo,\n\nYour new kettle leaves us today and should reach you on Thursday.\n\nDen 2 mars 2026 skrev Jo <jo@example.se>:\n> Vattenkokaren kom trasig, och jag är mycket besviken på er service.';
    const got = await findings(missingAcknowledgement, text, 'en');
    expect(got.map((m) => text.slice(...m.range))).toEqual(['Your new kettle leaves us today and should reach you on Thursday.']);
    expect(got[0]!.suggestions[0]!.text).toMatch(/^I'm sorry/);
  });
});
