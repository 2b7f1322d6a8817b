// Cue data for language detection: frequent words of customer-service prose,
// grouped by the languages they belong to. A word in one group votes 1 for that
// language; a word shared by two languages votes 0.5 for each, which still
// separates them from the third ("men", "har", "vi" are Scandinavian, not English).
// Words that need their own weight are in WEIGHTED.
import type { Lang } from './types.js';

const GROUPS: ReadonlyArray<readonly [readonly Lang[], string]> = [
  [
    ['sv'],
    // function words
    'och att är inte jag av till någon något några när vad här hur mycket från också ett mitt ditt sitt mina dina ' +
      'sina vår vårt våra ert era oss deras honom henne hon vilken vilket vilka varför därför eftersom redan tyvärr ' +
      'kunna kunde bara endast gärna utan än ju bli blir blivit varit vara hade ha vill ska skall måste inom innan ' +
      'mellan alltid sedan detta dessa denna där ännu nog lite lika hela alla allt andra annan annat många mer mera ' +
      'samt enligt kring själv fortfarande alltså ingenting inget något vid över upp ut hem hos dig ' +
      'tillbaka igenom genom varje samma nästa förra första bättre bäst ' +
      // verbs and nouns of customer service
      'skicka skickar skickat skickade skickas skickades beställning beställningen beställningar ärende ärendet ' +
      'återkommer hör höra säga säger gör göra får fått fick kolla kollar kollat titta tittar tittat tittade ' +
      'vänta väntar väntade hjälpa hjälper hjälp kontakta kontaktade ringa ringer ringde mejl mejlet mejla ' +
      'paket paketet pengar pengarna vecka veckan veckor dagar månad månaden kundtjänst leverans leveransen ' +
      'faktura fakturan kvitto kvittot varan varor lagret retur returen frakt frakten ersättning ' +
      'tack hälsningar hälsning vänliga vänlig vänligen trevlig helg kära bästa ursäkta beklagar ledsen ' +
      'bra jättebra snällt självklart ordnat ordnar löser lösa fungerar stämmer gäller brukar behöver kan ' +
      'imorgon idag igår förstår tycker tror finns fanns tar tog ligger står syns lagad trasig slut ' +
      'öppnar öppet stängt klockan fråga frågor ge ger gav ta tagit hänt hände försenad snabbt snarast ' +
      'verkligen enkelt svårt bifogat bifogad mottagit uppgav rättat dessutom medan dock annars antingen ' +
      'varken särskilt namn köpa köp köpt såld sälja byta beställa avboka belopp avgift återbetalning ' +
      'snälla hoppas önskar meddela meddelande kontrollera uppdatera ladda logga nya nytt tills annullerad',
  ],
  [
    ['da'],
    'og ikke jeg af til nogen noget nogle når hvad hvis hvor hvordan hvornår hvorfor hvilken hvilket hvilke meget ' +
      'fra også et mit dit sit mine dine sine vores jeres deres os ham hende hun derfor fordi allerede desværre ' +
      'kunne bare kun gerne uden end jo blive bliver blevet været være havde have vil skal må inden indenfor mellem ' +
      'altid siden dette disse denne der endnu nok lidt lige hele alle alt andre anden andet mange mere ' +
      'samt ifølge omkring selv stadig altså intet noget ved over op ud hjem hos ' +
      'tilbage igennem hver samme næste forrige første bedre bedst er ' +
      'send sende sender sendt sendte sendes bestilling bestillingen bestillinger sag sagen ' +
      'vender høre hører sige siger gør gøre får fået fik tjek tjekke tjekker kigge kigger kigget kiggede ' +
      'vente venter ventede hjælpe hjælper hjælp kontakte kontaktede ringe ringer ringede mail mailen ' +
      'pakke pakken penge pengene uge ugen uger dage måned måneden kundeservice levering leveringen ' +
      'faktura fakturaen kvittering kvitteringen varen varer lageret returnering fragt fragten erstatning ' +
      'tak hilsen hilsner venlig venlige venligst kære bedste undskyld beklager ked ' +
      'godt dejligt selvfølgelig ordnet ordner løser løse virker passer gælder plejer behøver kan ' +
      'forstår synes tror findes fandtes tager tog ligger står vises mvh vh hej ' +
      'hav åbner åben åbent lukket klokken spørg spørge lad giv give giver gav tage taget sket skete ' +
      'forsinket hurtigt snarest rigtig rigtigt nemt svært vedhæftet modtaget modtog oplyst oplyse rettet ' +
      'desuden derudover mens dog ellers både enten hverken især navn købe køb købt solgt sælge bytte ' +
      'bestille afbestille beløb gebyr tilbagebetaling håber ønsker meddele besked kontrollere opdatere ' +
      'hente logge nye nyt annulleret',
  ],
  [
    ['en'],
    'the and you your yours is are we it its of have has had that this these those with on be not will can please ' +
      'thank thanks hi hello dear regards our us was were been would could should there their they them what when ' +
      'which who why how from as by an a or if so do does did done sorry about any all get got received order ' +
      'my me i\'m i\'ll i\'ve i\'d we\'re we\'ll we\'ve we\'d you\'re you\'ll you\'ve you\'d it\'s that\'s there\'s ' +
      'don\'t doesn\'t didn\'t can\'t won\'t isn\'t aren\'t wasn\'t haven\'t hasn\'t couldn\'t wouldn\'t ' +
      'let know just here also again still now today tomorrow yesterday week weeks days into out up back ' +
      'delivery refund help need sure look very more some than then after before because may might must only ' +
      'new one two three five free sent send sending shipped arrive arrives waiting wait call email kind best ' +
      'wishes warm cheers sincerely unfortunately apologise apologize happy glad welcome great sounds nice ' +
      'lovely morning afternoon evening yet already soon while through within until since each every other ' +
      'account payment invoice parcel package item money customer support team number code right away ' +
      'problem sorted fixed working issue question questions information details attached ' +
      'hope wish happen happened check update download log sign open closed give gave take taken quickly ' +
      'really easy hard price fee buy bought sold exchange cancel cancelled book booking confirm confirmed',
  ],
  [['sv', 'da'], 'men var vi du de den det som har med på om så nu min din sin dem mig sig man kan ja nej igen aldrig ' +
    'dag tid ser se hans ny god fin fint kunde skulle ville blev haft gjort efter snart år i hej mvh ca cirka'],
  [['da', 'en'], 'at to for her'],
];

/** Words whose votes are not the even split of a group. */
const WEIGHTED: Readonly<Record<string, Partial<Record<Lang, number>>>> = {
  // Swedish formal "er" (you, your) is far rarer than Danish "er" (is, are).
  er: { da: 1, sv: 0.3 },
  in: { en: 1, sv: 0.3 },
  order: { en: 0.6, sv: 0.6 },
  sent: { en: 0.7, sv: 0.3 },
  under: { sv: 0.3, da: 0.3, en: 0.3 },
  over: { sv: 0.2, da: 0.5, en: 0.5 },
  fast: { sv: 0.3, da: 0.3, en: 0.3 },
  hej: { sv: 0.5, da: 0.5 },
  mvh: { sv: 0.5, da: 0.5 },
  kan: { sv: 0.5, da: 0.5 },
  i: { sv: 0.5, da: 0.5 },
  // Swedish "ni" (you, plural or polite) is common; Danish "ni" (nine) less so.
  ni: { sv: 0.6, da: 0.3 },
};

export type CueWeights = Readonly<Partial<Record<Lang, number>>>;

export const CUE_WORDS: ReadonlyMap<string, CueWeights> = buildCueWords();

function buildCueWords(): Map<string, CueWeights> {
  const index = new Map<string, Partial<Record<Lang, number>>>();
  for (const [langs, words] of GROUPS) {
    for (const word of words.split(/\s+/).filter(Boolean)) {
      const entry = index.get(word) ?? {};
      for (const lang of langs) entry[lang] = Math.max(entry[lang] ?? 0, 1 / langs.length);
      index.set(word, entry);
    }
  }
  // A word listed for two languages in separate groups is shared: halve it.
  for (const [word, entry] of index) {
    const langs = Object.keys(entry) as Lang[];
    if (langs.length > 1) for (const lang of langs) entry[lang] = Math.min(entry[lang]!, 1 / langs.length);
    index.set(word, entry);
  }
  for (const [word, weights] of Object.entries(WEIGHTED)) index.set(word, weights);
  return index;
}

/**
 * Spelling that only one language uses, for words the lists do not know.
 * Each is tried on a lower-cased word of 4+ letters; the first that matches votes.
 */
export const SPELLING_CUES: ReadonlyArray<readonly [RegExp, Lang, number]> = [
  [/^hv/, 'da', 0.8], // hvad, hvis, hvornår
  [/dt$/, 'da', 0.8], // godt, sendt, fandt
  [/(?:erne|ene|hed|heden|lige|ede)$/, 'da', 0.5], // varerne, tydelighed, venlige, ringede
  [/(?:arna|orna|erna|het|heten|liga|ade)$/, 'sv', 0.5], // dagarna, tydlighet, vänliga, ringade
  [/ck/, 'sv', 0.3],
  [/^(?:th|wh)|ough|w|ly$/, 'en', 0.5], // thing, which, through, quickly
];

/** Letters one of the languages has and the others lack. */
export const LETTER_CUES: ReadonlyArray<readonly [RegExp, CueWeights]> = [
  [/[äö]/, { sv: 1.5 }],
  [/[æø]/, { da: 1.5 }],
  [/å/, { sv: 0.4, da: 0.4 }],
];
