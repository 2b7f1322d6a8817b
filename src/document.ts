// Finds the agent's own words in a draft. Everything else (quoted history,
// signature, markup, code, links, template placeholders) becomes a region and
// is blanked to spaces in `prose`, so every offset still points into the input.
import type { Placeholder, Region, RegionKind, Span } from './types.js';

export type InputFormat = 'text' | 'markdown' | 'html';

export interface ParsedDraft {
  readonly source: string;
  readonly prose: string;
  readonly regions: readonly Region[];
  readonly placeholders: readonly Placeholder[];
  /** The quoted customer message, markers stripped; null when there is none. */
  readonly quotedText: string | null;
  readonly quotedSpans: readonly Span[];
}

interface Line extends Span {
  readonly text: string;
}

// "On Tue, 3 Mar 2026 at 10:12, Anna <a@b.se> wrote:", "Den 3 mars 2026 skrev Anna:",
// "Den 3. marts 2026 kl. 09.12 skrev Anna:", "Am … schrieb" is out of scope.
const ATTRIBUTION = /^\s*(?:on\s.{0,300}\swrote|den\s.{0,300}\sskrev(?:\s.{0,200})?|.{1,200}\s(?:skrev|wrote)(?:\s.{0,200})?)\s?:\s*$/i;
const ATTRIBUTION_START = /^\s*(?:on|den)\s/i;
/** Every attribution has one of these words; the cheap test spares the long pattern on most lines. */
const ATTRIBUTION_VERB = /wrote|skrev/i;
const isAttribution = (text: string) => ATTRIBUTION_VERB.test(text) && ATTRIBUTION.test(text);
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:original message|ursprungligt meddelande|oprindelig meddelelse|videresendt meddelelse|vidarebefordrat meddelande|forwarded message)\s*-{2,}\s*$/i;
const HEADER_FROM = /^\s*\*{0,2}(?:from|från|fra)\s?:\*{0,2}\s/i;
const HEADER_NEXT = /^\s*\*{0,2}(?:sent|skickat|sendt|date|datum|dato|to|till|til|subject|ämne|emne)\s?:/i;
const SIGNATURE_DELIMITER = /^-- ?$/;
const SIGN_OFF = new RegExp(
  '^\\s*(?:' +
    [
      'mvh', 'm\\.v\\.h\\.?', 'med vänlig hälsning', 'med vänliga hälsningar', 'vänliga hälsningar', 'vänlig hälsning',
      'bästa hälsningar', 'varma hälsningar', 'hälsningar', 'hälsning', 'trevlig dag',
      'med venlig hilsen', 'venlig hilsen', 'venlige hilsner', 'de bedste hilsner', 'bedste hilsner', 'mange hilsner',
      'kærlig hilsen', 'hilsen', 'vh', 'mvh\\.',
      'best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'best wishes', 'many thanks',
      'thanks again', 'best', 'cheers', 'sincerely', 'yours sincerely', 'yours faithfully', 'all the best', 'thanks', 'thank you',
    ].join('|') +
    // `\s*(?:[,.!]\s*)?$`, not `\s*[,.!]?\s*$`: two runs of \s around an optional
    // character backtrack quadratically on "Mvh" + many spaces + any other character.
    ')\\s*(?:[,.!]\\s*)?$',
  'i',
);
const SLASH_SIGNATURE = /^\s*\/\s?\p{Lu}/u;

const FENCE = /^\s*(?:```|~~~)/;
const INLINE_CODE = /`[^`\r\n]{1,500}`/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]{0,20})(?:\s[^<>]{0,2000})?\/?>/g;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]{0,500}>[\s\S]*?<\/\1\s*>/gi;
const HTML_ENTITY = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']{1,2000}/gi;
/** After an @: the domain of an e-mail address (the part before is found by hand, see findEmails). */
const EMAIL_DOMAIN = /@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/y;
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_LOCAL_MAX = 64;
const MARKDOWN_LINK_TARGET = /\]\(([^()\s]{1,2000})\)/g;

interface PlaceholderPattern {
  readonly syntax: Placeholder['syntax'];
  readonly re: RegExp;
  readonly wellFormed: boolean;
  /** Text every match contains: a draft without it is not scanned (most drafts have no slots). */
  readonly needs: readonly string[];
}

// Slots a template engine or a person left to fill in. Order matters: the
// first pattern that claims characters wins.
const PLACEHOLDERS: readonly PlaceholderPattern[] = [
  { syntax: 'mustache', re: /\{\{[^{}\r\n]{0,200}\}\}/g, wellFormed: true, needs: ['{{'] },
  { syntax: 'jinja', re: /\{%[^\r\n%]{0,200}%\}/g, wellFormed: true, needs: ['{%'] },
  { syntax: 'ruby', re: /%\{[^{}\r\n]{1,100}\}/g, wellFormed: true, needs: ['%{'] },
  { syntax: 'python', re: /%\([A-Za-z_][A-Za-z0-9_]{0,60}\)[sdif]/g, wellFormed: true, needs: ['%('] },
  { syntax: 'bracket', re: /\[[\p{Lu}][\p{Lu}0-9 _./-]{1,40}\]/gu, wellFormed: true, needs: ['['] },
  {
    syntax: 'bracket',
    re: /\[(?:insert|add|enter|your|customer|infoga|fyll i|skriv in|kundens|ditt|indsæt|indsaet|skriv|kundens)\b[^\]\r\n]{0,40}\]/giu,
    wellFormed: true,
    needs: ['['],
  },
  {
    syntax: 'angle',
    re: /<(?:insert|add|enter|your|customer|infoga|fyll i|skriv in|kundens|indsæt|indsaet)\b[^<>\r\n]{0,40}>/giu,
    wellFormed: true,
    needs: ['<'],
  },
  // "XX kr.", "XXX": a number or name nobody filled in. Lower case needs three ("xx" may sign off a friendly note).
  { syntax: 'xxx', re: /(?<![\p{L}\p{N}])(?:XX+|xxx+)(?![\p{L}\p{N}])/gu, wellFormed: true, needs: ['XX', 'xxx'] },
  // Whatever `{{` or `{%` is left once the well-formed slots are claimed was never closed.
  { syntax: 'mustache', re: /\{\{[^{}\r\n]{0,60}\}?/g, wellFormed: false, needs: ['{{'] },
  { syntax: 'jinja', re: /\{%[^%\r\n]{0,60}/g, wellFormed: false, needs: ['{%'] },
];

const HTML_TAGS = new Set(
  ('a abbr address article aside b blockquote body br caption center cite code col colgroup dd del div dl dt em ' +
    'font footer h1 h2 h3 h4 h5 h6 head header hr html i img ins li link main mark meta nav ol p pre q s section ' +
    'small span strong style sub sup table tbody td tfoot th thead title tr tt u ul o:p').split(' '),
);
const BLOCK_TAGS = new Set('br p div li tr h1 h2 h3 h4 h5 h6 blockquote ul ol table hr pre'.split(' '));

export interface ParseOptions {
  readonly format?: InputFormat;
}

/**
 * Which characters are claimed, for the draft being parsed: one array reused
 * draft after draft (parseDraft runs to its end before the next starts), since
 * making a typed array cost more than the rest of the work on a short draft.
 * Only the first `length` entries are read. A draft over 64 kB gets an array
 * of its own, so no megabytes stay held after a long one.
 */
const claimedScratchArray = new Uint8Array(1 << 16);

function claimedScratch(length: number): Uint8Array {
  if (length > claimedScratchArray.length) return new Uint8Array(length);
  claimedScratchArray.fill(0, 0, length);
  return claimedScratchArray;
}

export function parseDraft(source: string, options: ParseOptions = {}): ParsedDraft {
  const format = options.format ?? sniffFormat(source);
  const regions: Region[] = [];
  // Claimed characters are blanked when `prose` is built at the end (one pass,
  // no array of single characters: that was a fifth of the time per draft).
  const claimed = claimedScratch(source.length);
  const newlineAt: number[] = [];
  const claim = (start: number, end: number, kind: RegionKind, newlineAtStart = false): boolean => {
    for (let i = start; i < end; i++) if (claimed[i]) return false;
    regions.push({ start, end, kind });
    claimed.fill(1, start, end);
    if (newlineAtStart && end > start) newlineAt.push(start);
    return true;
  };

  if (format === 'html') {
    for (const m of source.matchAll(SCRIPT_OR_STYLE)) claim(m.index, m.index + m[0].length, 'markup');
    for (const m of source.matchAll(HTML_COMMENT)) claim(m.index, m.index + m[0].length, 'markup');
    // <blockquote> holds the quoted message in HTML mail.
    for (const m of source.matchAll(/<blockquote\b[^>]{0,500}>[\s\S]*?<\/blockquote\s*>/gi)) {
      claim(m.index, m.index + m[0].length, 'quote', true);
    }
  } else {
    if (source.includes('<!--')) for (const m of source.matchAll(HTML_COMMENT)) claim(m.index, m.index + m[0].length, 'markup');
  }

  const lines = splitLines(source);
  const quotedSpans: Span[] = [];
  const quotedParts: string[] = [];
  markQuotesAndSignature(lines, format, (start, end, kind) => {
    if (!claim(start, end, kind)) return;
    if (kind === 'quote') {
      quotedSpans.push({ start, end });
      quotedParts.push(stripQuoteMarkers(source.slice(start, end)));
    }
  });

  markFences(lines, claim);
  if (source.includes('`')) for (const m of source.matchAll(INLINE_CODE)) claim(m.index, m.index + m[0].length, 'code');

  const placeholders: Placeholder[] = [];
  for (const pattern of PLACEHOLDERS) {
    if (!pattern.needs.some((text) => source.includes(text))) continue;
    for (const m of source.matchAll(pattern.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isFree(claimed, start, end)) continue;
      if (pattern.syntax === 'angle' && format === 'html' && HTML_TAGS.has(tagName(m[0]))) continue;
      claim(start, end, 'placeholder');
      placeholders.push({ start, end, text: m[0], syntax: pattern.syntax, wellFormed: pattern.wellFormed });
    }
  }

  if (format === 'html' || format === 'markdown') {
    for (const m of source.matchAll(HTML_TAG)) {
      const name = m[1]!.toLowerCase();
      if (!HTML_TAGS.has(name)) continue;
      claim(m.index, m.index + m[0].length, 'markup', BLOCK_TAGS.has(name));
    }
    for (const m of source.matchAll(HTML_ENTITY)) claim(m.index, m.index + m[0].length, 'markup');
  }
  if (format === 'markdown') {
    for (const m of source.matchAll(MARKDOWN_LINK_TARGET)) claim(m.index + 1, m.index + m[0].length, 'link');
  }
  // The cheap substring checks skip scans that cannot match (most drafts have no links).
  if (/:\/\/|www\./i.test(source)) for (const m of source.matchAll(URL)) {
    const text = m[0].replace(/[.,;:!?)\]]+$/, '');
    claim(m.index, m.index + text.length, 'link');
  }
  for (const email of findEmails(source)) claim(email.start, email.end, 'link');

  regions.sort((a, b) => a.start - b.start);
  placeholders.sort((a, b) => a.start - b.start);
  return {
    source,
    prose: blankClaimed(source, claimed, newlineAt),
    regions,
    placeholders,
    quotedText: quotedParts.length ? quotedParts.join('\n').trim() || null : null,
    quotedSpans,
  };
}

/**
 * E-mail addresses: what /[\w.+-]{1,64}@domain/g finds, from each @ outwards.
 * The regex tried up to 64 characters at every letter of the text before it
 * failed; this looks only where there is an @.
 */
function findEmails(source: string): Span[] {
  const found: Span[] = [];
  let end = 0;
  for (let at = source.indexOf('@'); at >= 0; at = source.indexOf('@', at + 1)) {
    let start = at;
    while (start > end && at - start < EMAIL_LOCAL_MAX && EMAIL_LOCAL.test(source[start - 1]!)) start--;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(source);
    if (!domain) continue;
    end = at + domain[0].length;
    found.push({ start, end });
  }
  return found;
}

const LINE_BREAK = /[\r\n]/;
const NOT_LINE_BREAK = /[^\r\n]/g;

/** `source` with claimed characters turned into spaces (line breaks kept), same length. */
function blankClaimed(source: string, claimed: Uint8Array, newlineAt: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < source.length) {
    let j = i;
    while (j < source.length && !claimed[j]) j++;
    if (j > i) parts.push(source.slice(i, j));
    i = j;
    while (j < source.length && claimed[j]) j++;
    if (j > i) {
      // Spaces for the claimed characters, keeping line breaks; most claimed runs hold none.
      const run = source.slice(i, j);
      parts.push(LINE_BREAK.test(run) ? run.replace(NOT_LINE_BREAK, ' ') : ' '.repeat(j - i));
    }
    i = j;
  }
  let prose = parts.join('');
  if (newlineAt.length) {
    const chars = prose.split('');
    for (const at of newlineAt) chars[at] = '\n';
    prose = chars.join('');
  }
  return prose;
}

export function sniffFormat(source: string): InputFormat {
  return /^\s*<(?:!doctype|html|body|div|p|table|span|br)\b/i.test(source) ? 'html' : 'text';
}

function isFree(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i]) return false;
  return true;
}

function tagName(tag: string): string {
  return /^<\/?([^\s>/]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    const ch = source[i];
    if (i === source.length || ch === '\n' || ch === '\r') {
      lines.push({ start, end: i, text: source.slice(start, i) });
      if (ch === '\r' && source[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  return lines;
}

type Mark = (start: number, end: number, kind: RegionKind) => void;

/**
 * Quoted history and signatures, line by line. An attribution line ("On … wrote:")
 * or a mail header block starts the quoted message; `>` lines are quoted
 * wherever they stand; a sign-off or `-- ` starts the signature, which runs to
 * the quoted message or the end.
 */
function markQuotesAndSignature(lines: readonly Line[], format: InputFormat, mark: Mark): void {
  const end = lines[lines.length - 1]?.end ?? 0;
  let signatureFrom = -1;
  // A sign-off ("Thanks.") opens the signature only after the reply has begun.
  let seenProse = false;
  const closeSignature = (upTo: number) => {
    if (signatureFrom >= 0 && upTo > signatureFrom) mark(signatureFrom, upTo, 'signature');
    signatureFrom = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = format === 'html' ? line.text.replace(/<[^<>]{0,500}>/g, ' ') : line.text;
    const attribution = isAttribution(text);
    if (isHistoryStart(text, attribution, lines, i)) {
      closeSignature(line.start);
      const headerEnd = attribution || ORIGINAL_MESSAGE.test(text) ? line.end : headerBlockEnd(lines, i);
      mark(line.start, headerEnd, 'attribution');
      const rest = lines.slice(lines.findIndex((l) => l.end >= headerEnd) + 1);
      markHistory(rest, end, mark);
      return;
    }
    if (!attribution && ATTRIBUTION_START.test(text) && lines[i + 1] && isAttribution(`${text} ${lines[i + 1]!.text}`)) {
      closeSignature(line.start);
      mark(line.start, lines[i + 1]!.end, 'attribution');
      markHistory(lines.slice(i + 2), end, mark);
      return;
    }
    if (/^\s*>/.test(line.text)) {
      closeSignature(line.start);
      mark(line.start, line.end, 'quote');
      continue;
    }
    if (signatureFrom < 0 && (SIGNATURE_DELIMITER.test(line.text) || (seenProse && (SIGN_OFF.test(text) || SLASH_SIGNATURE.test(text))))) {
      signatureFrom = line.start;
    }
    if (text.trim()) seenProse = true;
  }
  closeSignature(end);
}

/** `attribution`: whether the line is an attribution ("On … wrote:"). */
function isHistoryStart(text: string, attribution: boolean, lines: readonly Line[], i: number): boolean {
  if (attribution && ATTRIBUTION_START.test(text)) return true;
  if (attribution && /^\s*>/.test(lines[i + 1]?.text ?? '')) return true;
  if (ORIGINAL_MESSAGE.test(text)) return true;
  if (!HEADER_FROM.test(text)) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) if (HEADER_NEXT.test(lines[j]!.text)) return true;
  return false;
}

function headerBlockEnd(lines: readonly Line[], i: number): number {
  let last = lines[i]!;
  for (let j = i + 1; j < lines.length && (HEADER_NEXT.test(lines[j]!.text) || HEADER_FROM.test(lines[j]!.text)); j++) {
    last = lines[j]!;
  }
  return last.end;
}

/** After an attribution: `>` lines if it is that style, otherwise everything to the end. */
function markHistory(rest: readonly Line[], end: number, mark: Mark): void {
  const firstText = rest.find((l) => l.text.trim() !== '');
  if (!firstText) return;
  if (!/^\s*>/.test(firstText.text)) {
    mark(firstText.start, end, 'quote');
    return;
  }
  for (const line of rest) if (/^\s*>/.test(line.text)) mark(line.start, line.end, 'quote');
}

function markFences(lines: readonly Line[], claim: (s: number, e: number, k: RegionKind) => boolean): void {
  let open: Line | null = null;
  for (const line of lines) {
    if (!FENCE.test(line.text)) continue;
    if (open) {
      claim(open.start, line.end, 'code');
      open = null;
    } else open = line;
  }
}

function stripQuoteMarkers(text: string): string {
  return text.replace(/^[ \t]*(?:>[ \t]?)+/gm, '');
}
