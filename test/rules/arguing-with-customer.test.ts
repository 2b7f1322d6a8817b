// English cases for arguing-with-customer.
import rule from '../../rules/arguing-with-customer/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  en: {
    valid: [
      "I'm sorry my last email was unclear. To clarify, the deposit is returned within 10 days.",
      'As agreed on the phone, we will collect the washing machine on Monday.',
      'As discussed, I have moved your appointment to 3pm.',
      'You should have received a confirmation email – I have sent it again just now.',
      'This has obviously been stressful, and I am sorry.',
      'Obviously we will cover the cost of the return postage.',
      'I understand why the two charges looked confusing. Here is what each one is for.',
      'I apologise if I misunderstood your first message.',
      'I have attached the booking terms so you have them to hand.',
      'That is not what we want for you, so I have refunded the fee.',
      'Hi Ravi,\n\nThanks for your patience. I have refunded the fee today.\n\nOn 1 April 2026, Ravi wrote:\n> As I already explained, you should have read my email.\n> That is simply not true.',
    ],
    invalid: [
      '[[As I said]] in my last message, the shop closes at 6pm.',
      '[[As previously explained]], we cannot refund used items.',
      "[[I've already told you]] that the offer has ended.",
      'Please [[re-read our earlier email]].',
      '[[You should have checked]] the dimensions before ordering.',
      '[[If you had read]] the instructions, the filter would not be blocked.',
      '[[You seem to have misread]] the invoice.',
      '[[That is incorrect]] – we sent the parcel on Monday.',
      '[[We never agreed]] to waive the fee.',
      'The fee [[is clearly stated]] on the booking page.',
      'The minimum term is [[in the contract you signed]].',
      '[[Obviously]], tickets cannot be exchanged after the show.',
      '[[As anyone who rents a car knows]], fuel is not included.',
      '[[Nobody else has complained]] about the new menu.',
      "I'm sorry, but [[that's just not the case]].",
    ],
  },
}, { languages: ['en'] });
