// Longer English help per built-in rule, for SARIF's fullDescription and help
// (code-scanning shows it beside each alert). Plugin rules fall back to their
// one-line description.
export interface RuleHelp {
  /** A paragraph: what the rule flags and why it hurts a reply. */
  readonly full: string;
  /** What to write instead. */
  readonly fix: string;
}

export const RULE_HELP: Readonly<Record<string, RuleHelp>> = {
  'blame-shifting': {
    full:
      'Flags replies that push responsibility onto a colleague, another department, a supplier or carrier, "the system" or the customer. ' +
      'The customer does not care who made the mistake: the agent speaks for the company, and shifting blame reads as an excuse.',
    fix: 'Own the problem on behalf of the company ("we sent the wrong item") and say what you are doing about it now.',
  },
  overpromising: {
    full:
      'Flags guarantees and certainty about outcomes the sender does not control (delivery dates, stock, third parties) and unbounded commitments ("never again"). ' +
      'A promise that is broken costs more trust than the promise gained.',
    fix: 'Commit to what you control, and give outcomes you do not control with a margin or a basis ("normally 2-4 working days").',
  },
  'arguing-with-customer': {
    full:
      'Flags replies that correct, lecture or contradict the customer ("as I already explained", "you should have read"). ' +
      'Winning the argument loses the customer; the reply should acknowledge how they read the situation.',
    fix: 'Acknowledge the customer, then explain again in plain words without pointing out that they missed it.',
  },
  'unclear-phrasing': {
    full:
      'Flags jargon, unexplained abbreviations, vague timing ("shortly"), stacked hedges, double negatives, overlong sentences and hard-to-read replies. ' +
      'A reply the customer has to decode leads to another contact.',
    fix: 'Use the customer\'s words, name concrete times, and split long sentences.',
  },
  'leftover-placeholder': {
    full:
      'Flags template slots left unfilled in a draft ({{first_name}}, [NAME], <insert date>, XXX); in template mode only malformed slots are flagged. ' +
      'A visible placeholder tells the customer they got a form letter.',
    fix: 'Fill in the slot before sending, or fix its syntax in the template.',
  },
  'language-mismatch': {
    full: 'Flags a reply that is not written in the language the customer wrote in, detected from the quoted message.',
    fix: 'Answer in the customer\'s language.',
  },
};
