// Which of sv, da, en a text is written in.
//
// Cheap cues decide most drafts: letters only one language uses (ä ö vs æ ø)
// and function words that differ between the three. franc (trigrams) is loaded
// only when the cues are thin or close, because importing it costs ~50 ms.
import type { Lang, LanguageInfo } from './types.js';
import { LANGUAGES } from './types.js';
import { tokenize } from './text.js';

// Words that occur often in one of the languages and rarely in the other two.
// Shared Scandinavian words (det, som, har, med, på, vi, du) carry no vote.
const CUE_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  sv: (
    'och att är inte jag av till någon något några när vad här hur mycket från också eller tack hälsningar ' +
    'vänliga vänlig mvh ni oss vår våra ert er dig mig sig kommer skulle finns eftersom redan tyvärr ' +
    'kunna bara skickar skickat beställning ärende återkommer hör gärna igen utan än ju bli blev varit ' +
    'hej vill efter innan mellan alltid aldrig inom dag dagar vecka veckor måste också sedan detta dessa'
  ).split(' '),
  da: (
    'og ikke jeg af til nogen noget nogle når hvad her hvordan meget fra også eller tak hilsen venlig ' +
    'venlige jer os vores jeres dig mig sig kommer skulle findes fordi allerede desværre kunne bare ' +
    'sender sendt bestilling sag vender hører gerne igen uden end jo blive blev været hvis kun hvor ' +
    'hej vil efter inden mellem altid aldrig inden dag dage uge uger skal også siden dette disse mvh'
  ).split(' '),
  en: (
    'the and to you your is are we i it for of have has that this with on be not will can please thank ' +
    'thanks hi dear regards our us was were been would could should there their they what when which ' +
    'from as at by an a or if so do does did sorry about any all get received order'
  ).split(' '),
};

const CUE_INDEX = buildCueIndex();

function buildCueIndex(): Map<string, Lang[]> {
  const index = new Map<string, Lang[]>();
  for (const lang of LANGUAGES) {
    for (const word of CUE_WORDS[lang]) {
      const langs = index.get(word) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      index.set(word, langs);
    }
  }
  return index;
}

export interface DetectOptions {
  /** Only these languages are considered. */
  readonly candidates?: readonly Lang[];
  /** Used when the text is too short or too mixed to tell. */
  readonly fallback?: Lang;
}

export interface Detection extends LanguageInfo {
  /** Scores per candidate, for debugging and tests. */
  readonly scores: Readonly<Partial<Record<Lang, number>>>;
}

const MIN_CUES = 3;
const MIN_MARGIN = 0.25;

/** Detects the language from cues alone; returns null when franc should decide. */
export function detectByCues(text: string, candidates: readonly Lang[] = LANGUAGES): Detection | null {
  const scores: Partial<Record<Lang, number>> = {};
  for (const lang of candidates) scores[lang] = 0;
  let cues = 0;
  for (const token of tokenize(text)) {
    const langs = CUE_INDEX.get(token.norm);
    if (langs) {
      const share = 1 / langs.length;
      for (const lang of langs) if (lang in scores) scores[lang]! += share;
      cues++;
    }
    if (/[äö]/.test(token.norm) && 'sv' in scores) scores.sv! += 2;
    if (/[æø]/.test(token.norm) && 'da' in scores) scores.da! += 2;
  }
  const ranked = (Object.entries(scores) as [Lang, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return null;
  const margin = (best[1] - (second?.[1] ?? 0)) / best[1];
  if (cues + best[1] < MIN_CUES || margin < MIN_MARGIN) return null;
  return { code: best[0], confidence: round(Math.min(1, 0.5 + margin / 2)), source: 'detected', scores };
}

const FRANC_CODES: Readonly<Record<Lang, string>> = { sv: 'swe', da: 'dan', en: 'eng' };

/** Enough text to tell the language; a 5 MB thread is not scanned whole (franc reads 2 kB). */
const MAX_SAMPLE = 20000;

export async function detectLanguage(fullText: string, options: DetectOptions = {}): Promise<Detection> {
  const text = fullText.length > MAX_SAMPLE ? fullText.slice(0, fullText.lastIndexOf(' ', MAX_SAMPLE) + 1 || MAX_SAMPLE) : fullText;
  const candidates = options.candidates?.length ? options.candidates : LANGUAGES;
  const fallback = options.fallback ?? candidates[0] ?? 'en';
  if (candidates.length === 1) return { code: candidates[0]!, confidence: 1, source: 'config', scores: {} };
  const byCues = detectByCues(text, candidates);
  if (byCues) return byCues;
  const sample = tokenize(text).map((t) => t.text).join(' ');
  if (sample.length < 10) return { code: fallback, confidence: 0, source: 'fallback', scores: {} };
  // franc's algorithm and models for our three languages only (see trigram-language.ts).
  const { francAll } = await import('./trigram-language.js');
  const ranked = francAll(sample, { only: candidates.map((l) => FRANC_CODES[l]), minLength: 10 });
  const [best, second] = ranked;
  const code = LANGUAGES.find((l) => FRANC_CODES[l] === best?.[0]);
  if (!best || !code) return { code: fallback, confidence: 0, source: 'fallback', scores: {} };
  const confidence = round(Math.min(1, 0.5 + (best[1] - (second?.[1] ?? 0)) / 2));
  return { code, confidence, source: 'detected', scores: Object.fromEntries(ranked.map(([c, s]) => [c, s])) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
