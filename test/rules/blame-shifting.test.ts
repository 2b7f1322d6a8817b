// English cases for blame-shifting. Other languages add their own tables in
// separate files (sv-drafts.test.ts, da-drafts.test.ts).
import rule from '../../rules/blame-shifting/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  en: {
    valid: [
      'We made a mistake with your booking, and I have corrected it.',
      'I have asked our warehouse to send the missing lamp today and will confirm the tracking number by 4pm.',
      "It's not your fault that the code expired – I have sent you a new one.",
      'Our courier partner will collect the chair on Tuesday between 9am and 1pm.',
      'My colleague Priya will call you tomorrow at 10am to arrange the fitting.',
      'The mistake was ours, and I am sorry for the extra trip to the post office.',
      'The driver could not get into the building, so I have rebooked delivery for Thursday.',
      "You'll need to bring photo ID when you collect the keys.",
      // Bad phrases only in the quoted customer message.
      'Hi Sam,\n\nThanks for letting us know. I have refunded the delivery charge today.\n\nOn 3 March 2026, Sam Hill <sam@example.com> wrote:\n> The courier lost my parcel and it is not my fault.\n> You will have to take it up with them yourself.',
      'Thanks for your patience.\n\n> Your colleague forgot to call me back.\n> That is not my department, they said.',
    ],
    invalid: [
      'Unfortunately our [[supplier sent the wrong]] colour.',
      'I checked, and the [[engineer forgot]] to bring the part.',
      'The damage was [[caused by the courier]].',
      'The payment failed [[on the bank’s side]].',
      'Sadly that [[was down to the manufacturer]].',
      'This is [[Evri’s fault]], [[not ours]].',
      '[[That isn’t my area]], I’m afraid.',
      'Parking fines are [[nothing to do with us]].',
      '[[Someone else handled]] your complaint last month.',
      '[[I wasn’t the one]] who took your booking.',
      'The refund is stuck, and [[it’s out of our hands]].',
      'The short delivery [[isn’t something we are responsible for]].',
      '[[You will need to contact the airline directly]].',
      '[[You’ll have to raise that with]] your landlord.',
      'It was refused [[because you entered]] the old card number.',
      'Hello Jo,\n\nI am sorry for the wait. [[My colleague mixed up]] the two orders.\n\nKind regards,\nAnna\n\nOn 2 May 2026, Jo wrote:\n> The warehouse messed up my order again.',
    ],
  },
}, { languages: ['en'] });
