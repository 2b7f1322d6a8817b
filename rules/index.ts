// The built-in rules, in the order they run and are listed.
import type { Rule } from '../src/types.js';
import arguingWithCustomer from './arguing-with-customer/index.js';
import blameShifting from './blame-shifting/index.js';
import inconsistentAddress from './inconsistent-address/index.js';
import languageMismatch from './language-mismatch/index.js';
import leftoverPlaceholder from './leftover-placeholder/index.js';
import missingAcknowledgement from './missing-acknowledgement/index.js';
import noNextStep from './no-next-step/index.js';
import overpromising from './overpromising/index.js';
import shouting from './shouting/index.js';
import unclearPhrasing from './unclear-phrasing/index.js';

export const builtinRules: readonly Rule<any>[] = [
  blameShifting,
  overpromising,
  arguingWithCustomer,
  unclearPhrasing,
  leftoverPlaceholder,
  languageMismatch,
  missingAcknowledgement,
  noNextStep,
  inconsistentAddress,
  shouting,
];
