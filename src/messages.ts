// Words the engine itself writes, per message language. Rule messages live in
// each rule's messages.yml.
import type { Lang } from './types.js';

export const SUGGESTION_LABEL: Readonly<Record<Lang, string>> = {
  en: 'Write instead',
  sv: 'Skriv hellre',
  da: 'Skriv hellere',
};

export const LANGUAGE_NAMES: Readonly<Record<Lang, Readonly<Record<Lang, string>>>> = {
  en: { en: 'English', sv: 'Swedish', da: 'Danish' },
  sv: { en: 'engelska', sv: 'svenska', da: 'danska' },
  da: { en: 'engelsk', sv: 'svensk', da: 'dansk' },
};
