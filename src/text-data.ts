// Language data for the text layer. Rule phrases live beside each rule in rules/.
import type { Lang } from './types.js';

interface AbbreviationSet {
  /** Never end a sentence: "t.ex. Kalle", "Mr. Smith". Written without the final full stop. */
  readonly always: ReadonlySet<string>;
  /** Abbreviations only before a number: "No. 5", "kl. 14.00", "nr. 3". */
  readonly beforeNumber: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const ABBREVIATIONS: Readonly<Record<Lang, AbbreviationSet>> = {
  sv: {
    always: set('t.ex bl.a dvs d.v.s ca s.k p.g.a pga fr.o.m t.o.m o.d m.fl inkl exkl resp ang tel jfr obs f.d ev t.h t.v s.a.s'),
    beforeNumber: set('kl nr s sid tfn mån tis ons tors fre lör sön jan feb mar apr jun jul aug sep sept okt nov dec'),
  },
  da: {
    always: set('f.eks bl.a mht m.h.t ca dvs d.v.s evt pga p.g.a inkl ekskl hhv vedr jf ang tlf ift i.f.t iflg f.t cf pr'),
    beforeNumber: set('kl nr s tlf man tirs ons tors fre lør søn jan feb mar apr jun jul aug sep sept okt nov dec'),
  },
  en: {
    always: set('e.g i.e mr mrs ms dr prof st vs approx a.m p.m u.s u.k jr sr ltd inc co dept'),
    beforeNumber: set('no nos vol p pp ref tel fig ch jan feb mar apr jun jul aug sep sept oct nov dec'),
  },
};

/** First words of a greeting line ("Hej Anna,"), which is framing, not body text. */
export const GREETINGS: ReadonlySet<string> = set(
  'hej hejsa hejhej hallå hallo tjena tjenare hei hi hello dear hey kære kära käre bästa goddag godmorgen davs greetings',
);

/** Greetings of two words whose first word alone is not one: "Good morning" is, "Good news" is not. */
export const GREETING_PAIRS: ReadonlySet<string> = new Set([
  'god morgon', 'god dag', 'god eftermiddag', 'god kväll', 'god morgen', 'god eftermiddag', 'god aften',
  'good morning', 'good afternoon', 'good evening', 'good day',
]);
