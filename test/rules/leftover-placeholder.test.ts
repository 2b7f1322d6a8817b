// leftover-placeholder in English drafts and templates.
import rule from '../../rules/leftover-placeholder/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  en: {
    valid: [
      'Hi Maria,\n\nYour order 4411 was sent today.\n\nKind regards,\nTom',
      'The [[brackets]] here are plain text in a sentence without a slot.'.replace(/\[\[|\]\]/g, ''),
      { text: 'Hi {{first_name}},\n\nYour renewal is on {{renewal_date}}.', template: true },
      { text: 'Hello {% if name %}{{ name }}{% endif %}, thanks for writing.', template: true },
      'It costs $50, or 20% less if you pay yearly.',
      'The XXL shirt is back in stock.',
      'See [1] for the details.',
      'Look up your [order number](https://example.com/orders) online.',
      { text: 'Hi {name}, your total is $TOTAL and your agent is <<agent>>.', template: true },
      // A placeholder in the quoted message is not the agent's.
      'Thanks, all sorted.\n\nOn 2 May 2026, Jo wrote:\n> Dear [NAME], your order is ready.',
    ],
    invalid: [
      'Hi [[{{first_name}}]],\n\nYour order has shipped.',
      'Dear [[[NAME]]],\n\nThank you for your email.',
      'Your appointment is on [[<insert date>]].',
      'Your reference is [[XXX]].',
      'Your order [[[ORDER NUMBER]]] is on its way.',
      'Dear [[<<first_name>>]], hello.',
      'Hi [[{name}]], your order shipped.',
      'Hi [[$FIRST_NAME]], and thanks.',
      'Hi [[__NAME__]], and thanks.',
      'Hello [[%FIRSTNAME%]], and thanks.',
      'The new price is [[XX]] per month.',
      'Dear [[[First Name]]], thank you.',
      'Your order [[[order number]]] ships today.',
      { text: 'Hi [[{{first_name}]], thanks for your order.', template: true },
      { text: 'Hi {{first_name}}, your total is [[{{ total]] today.', template: true },
    ],
  },
}, { languages: ['en'] });
