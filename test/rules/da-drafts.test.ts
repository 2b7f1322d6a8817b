// Whole Danish drafts for the four core rules: inflected forms, V2 word order,
// negated and hedged near misses, formal "De", and a quoted customer message
// whose bad phrases belong to the customer, not the agent.
import type { Rule } from '../../src/types.js';
import blameShifting from '../../rules/blame-shifting/index.js';
import overpromising from '../../rules/overpromising/index.js';
import arguingWithCustomer from '../../rules/arguing-with-customer/index.js';
import unclearPhrasing from '../../rules/unclear-phrasing/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The rule as it runs on Danish; the other languages have their own tables. */
const danish = (rule: Rule<any>): Rule<any> => ({ ...rule, meta: { ...rule.meta, languages: ['da'] } });

// The customer's words, quoted below the reply: full of phrases the rules flag
// in the agent's own text, so nothing in it may be reported.
const quoted = [
  '',
  'Den 3. marts 2026 kl. 09.12 skrev Jonna Holm <jonna.holm@example.dk>:',
  '> Hej',
  '> Som jeg allerede har skrevet to gange, er det ikke min skyld. Din kollega glemte at sende pakken,',
  '> og I lovede, at den helt sikkert kom i fredags. Du burde have læst min mail! Løs det snarest muligt.',
  '> Det må I tage op med jeres lager, det sker aldrig igen hos en anden butik.',
  '> Jonna',
].join('\n');

const signOff = '\n\nVenlig hilsen\nMaja\nKundeservice, Lampehuset';

// An Outlook-style forwarded message: everything from "Fra:" down is the customer's.
const outlook = [
  '',
  'Fra: Jonna Holm <jonna.holm@example.dk>',
  'Sendt: 3. marts 2026 09:12',
  'Til: kundeservice@lampehuset.example.dk',
  'Emne: Lampen',
  '',
  'Det er jeres lagers skyld, og I har garanteret, at det aldrig sker igen. Som jeg har skrevet før, burde I have vidst det.',
].join('\n');

ruleTester(danish(blameShifting), {
  da: {
    valid: [
      `Hej Jonna\n\nUndskyld, at pakken ikke kom. Vi har lavet en fejl, og jeg har bedt vores lager om at sende den i dag.${signOff}${quoted}`,
      `Hej Jonna\n\nMin kollega i regnskab har krediteret fragten, og du får pengene inden for 3–5 bankdage.${signOff}`,
      'Det var os, der glemte at sende varen, og det beklager jeg.',
      'Det er slet ikke din skyld, at betalingen blev afvist.',
      'Når du har tastet forkert kode tre gange, bliver kortet spærret.',
      'Du må gerne kontakte mig direkte, hvis du har spørgsmål.',
      'Du skal kontakte os igen, hvis varen ikke er fremme fredag.',
      'Pakken er ikke hos os længere, den er på vej til dig.',
      'Fejlen ligger hos os, og jeg har rettet den.',
      'Jeg har kontaktet banken på dine vegne og skriver, når jeg har svar.',
      `Kære Jonna Holm\n\nDet er ikke Deres skyld, og jeg har rettet fakturaen i dag.${signOff}${outlook}`,
    ],
    invalid: [
      // Inflected third parties and faults, both word orders.
      'Hej Jonna\n\n[[Kollegaerne i butikken har glemt]] at sende din ordre.',
      'Desværre [[glemte vores chauffør]] at ringe på.',
      'I sidste uge [[har fragtfirmaet mistet]] din pakke.',
      'Det var [[lageret, der pakkede den forkerte]] farve.',
      'Det er [[ikke vores ansvar]], at vejen var lukket.',
      'Det ligger [[uden for vores kontrol]].',
      'Forsinkelsen [[skyldes alene leverandøren]].',
      'Problemet [[opstod hos]] betalingsudbyderen.',
      'Det [[må du tage op med]] økonomiafdelingen.',
      'Kære Hanne Jensen\n\nSå [[må De selv kontakte]] Deres bank.',
      'Flytninger [[hører ikke under mig]].',
      'Det [[er leverandørens skyld]], at varen er forsinket.',
      'Det er kommunens afgørelse, [[ikke vores]].',
      'Det [[var ikke mig, der]] tog imod din bestilling.',
      'Betalingen blev afvist, fordi [[det er dig, der har tastet et forkert]] nummer.',
      `Hej Jonna\n\n[[Systemet har glemt]] at sende din faktura, og [[det kan vi ikke gøre noget ved]].${signOff}${quoted}`,
    ],
  },
});

ruleTester(danish(overpromising), {
  da: {
    valid: [
      `Hej Jonna\n\nJeg kan desværre ikke love, at pakken når frem inden weekenden, men normalt tager det to hverdage.${signOff}${quoted}`,
      'Det kan jeg desværre ikke love dig.',
      'Jeg tør ikke love en bestemt dato, fordi delen kommer fra producenten.',
      'Jeg lover at ringe til dig i morgen inden kl. 12.',
      'Vi forventer, at varen er på lager igen i næste uge.',
      'Vi har refunderet 100 % af billetprisen.',
      'Det er helt sikkert ikke den oplevelse, vi ønsker at give.',
      `Hej Jonna\n\nVi sender lampen i dag, og den er normalt fremme om to hverdage.${signOff}${outlook}`,
      'Vi har ændret vores rutiner, så det ikke sker igen.',
      'Cyklen er omfattet af vores tryghedsgaranti i tre år.',
      'Selvfølgelig kan du bytte skoene.',
    ],
    invalid: [
      '[[Jeg lover]], at pakken kommer i morgen.',
      // V2: the adverbial first, then the verb, then the subject.
      'I morgen [[kommer pakken helt sikkert]] frem.',
      'Pengene står på din konto på fredag, [[det lover jeg]].',
      'Sofaen er hos dig lørdag – [[det kan du regne med]].',
      'Varen er [[100 % på lager]].',
      'Montøren kommer [[med garanti]] før kl. 10.',
      'Vi har talt med holdet, så det [[sker ikke igen]].',
      'Det [[kommer aldrig til at ske igen]].',
      'Du får pengene tilbage [[uanset hvad]].',
      `Hej Jonna\n\nTeknikeren er hos dig kl. 9, [[det er helt sikkert]].${signOff}${quoted}`,
    ],
  },
});

ruleTester(danish(arguingWithCustomer), {
  da: {
    valid: [
      `Hej Jonna\n\nUndskyld, hvis jeg var uklar i min sidste mail. Kort sagt: du skal ikke gøre noget.${signOff}${quoted}`,
      'Som aftalt har jeg sendt dig kontrakten.',
      'Som jeg lovede i går, har jeg nu sendt fakturaen.',
      'Du burde have fået en bekræftelse, og det beklager jeg.',
      'Du skulle have været ringet op i går.',
      'Det burde vi have fortalt dig med det samme.',
      'Du har helt ret, og jeg har rettet fejlen.',
      'Jeg kan godt se problemet, og jeg retter det i dag.',
      'Du tager ikke fejl, prisen er steget.',
      'Sådan skal det ikke være.',
      `Hej Jonna\n\nDu har helt ret, og jeg har sendt en ny lampe.${signOff}${outlook}`,
      'Du skulle ikke have været nødt til at ringe tre gange.',
    ],
    invalid: [
      '[[Som jeg allerede har skrevet]], tager refunderingen fem dage.',
      'Det [[har jeg allerede]] forklaret.',
      '[[Jeg har flere gange forklaret]], at gebyret er fast.',
      '[[Læs venligst min forrige mail]] igen.',
      '[[Du burde have læst]] betingelserne.',
      // V2: object first.
      '[[Det skulle du have tænkt på]], inden du bestilte.',
      '[[Hvis du havde læst]] kvitteringen, ville du vide det.',
      'Der [[har du desværre misforstået]] reglerne.',
      '[[Det er simpelthen ikke korrekt]], at vi har trukket to gange.',
      'Det [[fremgår tydeligt]] af betingelserne.',
      `Hej Jonna\n\n[[Det siger vel sig selv]], at brugte varer ikke kan byttes.${signOff}${quoted}`,
    ],
  },
});

ruleTester(danish(unclearPhrasing), {
  da: {
    valid: [
      `Hej Jonna\n\nVi sender den nye lampe i morgen, og du har den senest fredag.${signOff}${quoted}`,
      'Du får en sms, så snart pakken er afsendt.',
      'Det er muligt, at fejlen sidder i routeren.',
      'Husk dit CPR-nummer og MitID, og betal gerne med MobilePay.',
      'Pakken er afleveret til GLS.',
      'Din sag har høj prioritet hos os.',
      'Pakken står som leveret hos fragtfirmaet.',
    ],
    invalid: [
      'Vi vender tilbage [[snarest muligt]].',
      'Vi kigger på det [[i løbet af kort tid]].',
      'Du hører fra os [[snart]].',
      'Det er [[ikke usandsynligt]], at fejlen sidder i stikket.',
      '[[Jeg tror måske]], at det er routeren.',
      'Sagen er [[eskaleret]] til [[2nd level]].',
      'Din sag har [[status afventer]] hos os.',
      'Sagen ligger i [[sagsbehandlingssystemet]].',
    ],
  },
});
