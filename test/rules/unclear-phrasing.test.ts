// English cases for unclear-phrasing, with its options.
import rule from '../../rules/unclear-phrasing/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

const long =
  'When the engineer has checked the line and the results have been sent to our network team, who will then decide whether the fault is in the exchange or in your home, ' +
  'we will write to you with the next steps and the date of any further visit that might be needed.';

ruleTester(rule, {
  en: {
    valid: [
      'We will call you shortly after 2pm today.',
      'I will update you as soon as the part arrives.',
      'Your return number (RMA) is on the label.',
      'Please quote your return merchandise authorisation, or RMA, on the box.',
      'Your seats are F12 and F13, and your parcel goes to EH12 5AB.',
      'The PDF and the SMS both show your PIN.',
      'It is possible that the router is faulty.',
      'It might be the router, so I have sent a new one.',
      'You are number three in the phone queue.',
      'Please send the letter to PO Box 220.',
      'Please DO NOT SEND cash through the post.',
      'The second line on your bill is the deposit.',
      { text: 'Our NOC team is on it.', options: { knownAbbreviations: ['NOC'] } },
      { text: long, options: { maxWords: { en: 60 } } },
    ],
    invalid: [
      'We will be in touch [[soon]].',
      'I will reply [[at a later date]].',
      'A new router will be sent [[in the coming days]].',
      "It's [[not unlikely]] that the fault comes back.",
      'I have [[escalated this to tier 2]].',
      'Your case is [[with second line]] now.',
      'The job is [[in the backlog]].',
      'The ticket was [[flagged as awaiting triage]].',
      'Please quote the [[RMA]] on the box.',
      'Your [[ONT]] needs a reboot.',
      'Send us the [[MPAN]]s from both meters.',
      'It [[might possibly]] be the charger.',
      '[[I think it may perhaps]] be the fuse.',
      long.replace(/^/, '[[').replace(/$/, ']]'),
      { text: 'Your [[NOC]] is fine.', options: {} },
      { text: 'Your [[CSR]] is ready.', options: { glossary: { CSR: 'customer service report' } } },
    ],
  },
}, { languages: ['en'] });
