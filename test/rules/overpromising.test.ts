// English cases for overpromising.
import rule from '../../rules/overpromising/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  en: {
    valid: [
      "I can't guarantee a delivery day, but parcels usually arrive within three working days.",
      'We cannot promise that the seats will be next to each other.',
      'Our Price Promise means we will match a lower price you find within 14 days.',
      'Every sofa comes with a ten-year frame guarantee.',
      'Your boiler is still under guarantee, so the repair is free.',
      'We expect the replacement to reach you on Thursday.',
      'The train should leave on time, and I will text you if that changes.',
      'I will call you on Monday before 11am with an update.',
      'I promise to ring you as soon as I hear from the workshop.',
      'Last week we promised you a refund, and I am sorry it took so long.',
      'That must have been definitely annoying, and I understand why you wrote.',
      'You have been a loyal customer for years, and we appreciate it.',
      'We refund 100% of the fare when we cancel a trip.',
      'We hope this never happens again, and we have added an extra check.',
      'Hi Lee,\n\nI have booked your repair for Friday.\n\nOn 9 June 2026, Lee wrote:\n> Can you guarantee it will never happen again?\n> I was promised it would definitely arrive.',
    ],
    invalid: [
      '[[I guarantee]] the cake will be delivered by 10am.',
      'Your visa will be approved, [[I promise]].',
      '[[We promise]] the windows will be fitted next week.',
      'Your flight will [[definitely leave]] on time.',
      'The jacket is [[definitely in stock]] in a medium.',
      'The item will be with you on Friday, [[guaranteed]].',
      'The new filter is [[guaranteed to]] stop the leak.',
      'This [[will never happen again]].',
      'It [[won’t happen again]], [[I can promise you]] that.',
      'You will get every penny back, [[no matter what]].',
      'Your discount applies [[forever]].',
      'The roof repair will [[last for decades]].',
      'The engineer will be there at 9am [[on the dot]].',
      "I'm [[100% sure]] the parcel will arrive tomorrow.",
      'The refund will be paid in full, [[I can assure you]], and should show in your account next week.',
      'Your heating [[will be fixed today]].',
    ],
  },
}, { languages: ['en'] });
