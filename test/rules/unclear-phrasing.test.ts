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
      // More wordings of the same kinds.
      "Your refund of £25 will reach your account by Friday 14 March.",
      "I think the router is faulty, so I have sent a new one.",
      "The parcel may arrive on Saturday.",
      "Please reply by 5pm on Thursday.",
      "We'll call you on 0161 496 0000 at 10am.",
      "Your booking reference is QX7781.",
      "You can pay by card, PayPal or bank transfer.",
      "The M6 was closed, so the driver arrived later than planned.",
      "Our Head Office is in Leeds.",
      "Your flight BA123 departs at 09:40 from Terminal 5.",
      "I'm sorry about the wait – I've booked a technician for Tuesday between 8am and noon.",
      "Please bring your NHS number and a photo ID.",
      "We will text you when the driver is 30 minutes away.",
      "You are first in line for the next delivery.",
      "I think it might be the router, so I have sent a new one.",
      "The M6 was closed, so the driver arrived later than planned.",
      { text: 'It might possibly be the charger.', options: { hedges: { adjacent: -1 } } },
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
      // More wordings of the same kinds.
      "We'll sort this out [[as soon as we can]].",
      "You will hear from us [[at some stage]] next month.",
      "The refund will go through [[in due time]].",
      "It [[isn't impossible]] that the fault will return.",
      "This is [[not an uncommon]] problem.",
      "I've moved your case to the [[level 2 support team]].",
      "Your request has been assigned [[to the dispatch queue]].",
      "Status is currently [[set to pending]] customer.",
      "We'll need a [[PO]] before we can invoice.",
      "Your [[MAC]] address needs whitelisting.",
      "[[It could possibly]] be a software issue.",
      "[[Perhaps it might]] be worth trying again later.",
      "We [[raised a ticket]] with our dev team.",
      { text: '[[I think it might]] be the charger.', options: { hedges: { min: 2 } } },
    ],
  },
}, { languages: ['en'] });
