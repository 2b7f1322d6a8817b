// .eml files: a whole MIME message. postal-mime (a maintained, dependency-free
// parser) decodes the message; a small walker of our own finds the same body
// part in the raw file and maps each decoded character back to the characters
// that encode it, so findings get a line and column in the .eml file:
//   - 7bit/8bit bodies: exact;
//   - quoted-printable: exact (`=C3=A5` as a whole is the span of "å");
//   - base64: the 4-character groups that hold the flagged bytes;
//   - a charset other than UTF-8 or a single-byte one, or a part the walker
//     cannot match with postal-mime's text: the first line of the body part.
// The plain-text part is linted; a message with only HTML has its HTML part
// linted as HTML (markup is not prose, offsets stay exact).
import type { LintMessage, LintResult, Rule } from './types.js';
import { lintDocument, type LintOptions } from './lint.js';
import { lineIndex } from './position.js';
import { InputError } from './input.js';

interface Part {
  readonly type: string;
  readonly charset: string;
  readonly encoding: string;
  readonly attachment: boolean;
  /** Offsets of the body (after the blank line) in the file text. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

export interface DecodedBody {
  readonly text: string;
  readonly format: 'text' | 'html';
  /** Per UTF-16 unit of `text`: where it is encoded in the file; null when only the part's start is known. */
  readonly starts: readonly number[] | null;
  readonly ends: readonly number[] | null;
  readonly part: { readonly start: number; readonly end: number };
}

const MAX_DEPTH = 32;

/** Splits a raw part into header fields (unfolded, lower-case names) and the body start. */
function readHeaders(source: string, start: number, end: number): { fields: Map<string, string>; bodyStart: number } {
  const fields = new Map<string, string>();
  let p = start;
  let name = '';
  while (p < end) {
    let eol = source.indexOf('\n', p);
    if (eol < 0 || eol > end) eol = end;
    const line = source.slice(p, eol).replace(/\r$/, '');
    const next = Math.min(eol + 1, end);
    if (line === '') return { fields, bodyStart: next };
    if (/^[ \t]/.test(line) && name) fields.set(name, `${fields.get(name)} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      if (colon > 0) {
        name = line.slice(0, colon).trim().toLowerCase();
        if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
      }
    }
    p = next;
  }
  return { fields, bodyStart: end };
}

function parameter(value: string, key: string): string | undefined {
  const m = new RegExp(`;\\s*${key}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The leaf parts of a message, in order, with their raw body offsets. */
export function mimeParts(source: string): Part[] {
  const parts: Part[] = [];
  const walk = (start: number, end: number, depth: number) => {
    const { fields, bodyStart } = readHeaders(source, start, end);
    const contentType = fields.get('content-type') ?? 'text/plain';
    const type = contentType.split(';')[0]!.trim().toLowerCase();
    const boundary = parameter(contentType, 'boundary');
    if (type.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
      const marker = `--${boundary}`;
      let open = -1;
      let p = bodyStart;
      while (p < end) {
        let eol = source.indexOf('\n', p);
        if (eol < 0 || eol > end) eol = end;
        const line = source.slice(p, eol).replace(/\r$/, '').trimEnd();
        if (line === marker || line === `${marker}--`) {
          // The line break before a boundary belongs to the boundary.
          if (open >= 0) walk(open, source[p - 2] === '\r' ? p - 2 : Math.max(open, p - 1), depth + 1);
          if (line !== marker) return;
          open = Math.min(eol + 1, end);
        }
        p = eol + 1;
      }
      if (open >= 0) walk(open, end, depth + 1);
      return;
    }
    parts.push({
      type,
      charset: (parameter(contentType, 'charset') ?? 'us-ascii').toLowerCase(),
      encoding: (fields.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase(),
      attachment: /^\s*attachment/i.test(fields.get('content-disposition') ?? ''),
      bodyStart,
      bodyEnd: end,
    });
  };
  walk(0, source.length, 0);
  return parts;
}

/** Bytes of a quoted-printable or base64 body, each with the file span that encodes it. */
function decodeTransfer(source: string, part: Part): { bytes: number[]; starts: number[]; ends: number[] } {
  const bytes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (byte: number, start: number, end: number) => {
    bytes.push(byte);
    starts.push(start);
    ends.push(end);
  };
  const { bodyStart: from, bodyEnd: to } = part;
  if (part.encoding === 'base64') {
    const group: number[] = [];
    const groupAt: number[] = [];
    for (let p = from; p < to; p++) {
      const c = source[p]!;
      if (/[A-Za-z0-9+/=]/.test(c)) {
        group.push(c === '=' ? -1 : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(c));
        groupAt.push(p);
      }
      if (group.length === 4) {
        const [a, b, c2, d] = group as [number, number, number, number];
        const start = groupAt[0]!;
        const end = groupAt[3]! + 1;
        if (a >= 0 && b >= 0) push(((a << 2) | (b >> 4)) & 255, start, end);
        if (b >= 0 && c2 >= 0) push(((b << 4) | (c2 >> 2)) & 255, start, end);
        if (c2 >= 0 && d >= 0) push(((c2 << 6) | d) & 255, start, end);
        group.length = 0;
        groupAt.length = 0;
      }
    }
    return { bytes, starts, ends };
  }
  const encoder = new TextEncoder();
  for (let p = from; p < to; ) {
    const c = source[p]!;
    if (part.encoding === 'quoted-printable' && c === '=') {
      const hex = source.slice(p + 1, p + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        push(parseInt(hex, 16), p, p + 3);
        p += 3;
        continue;
      }
      const soft = /^=[ \t]*\r?\n/.exec(source.slice(p, p + 80));
      if (soft) {
        p += soft[0].length;
        continue;
      }
    }
    const code = source.codePointAt(p)!;
    const width = code > 0xffff ? 2 : 1;
    for (const byte of encoder.encode(String.fromCodePoint(code))) push(byte, p, p + width);
    p += width;
  }
  return { bytes, starts, ends };
}

/** The code point at `i` and how many bytes it takes; a malformed sequence is one U+FFFD per byte, as TextDecoder does for a lone byte. */
function utf8At(data: Uint8Array, i: number): [number, number] {
  const lead = data[i]!;
  if (lead < 0x80) return [lead, 1];
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
  if (!length || i + length > data.length) return [0xfffd, 1];
  let code = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const byte = data[i + k]!;
    if ((byte & 0xc0) !== 0x80) return [0xfffd, 1];
    code = (code << 6) | (byte & 0x3f);
  }
  const overlong = (length === 3 && code < 0x800) || (length === 4 && (code < 0x10000 || code > 0x10ffff));
  if (overlong || (code >= 0xd800 && code <= 0xdfff)) return [0xfffd, 1];
  return [code, length];
}

const SINGLE_BYTE = /^(?:us-ascii|ascii|iso-8859-\d+|latin-?\d|windows-125\d|cp125\d|koi8-[ru])$/;

/** Decodes bytes in a charset, keeping for each UTF-16 unit the span of its bytes; spans are null when it cannot. */
function decodeCharset(bytes: number[], starts: number[], ends: number[], charset: string) {
  const data = Uint8Array.from(bytes);
  if (charset === 'utf-8' || charset === 'utf8') {
    const units: string[] = [];
    const s: number[] = [];
    const e: number[] = [];
    for (let i = 0; i < data.length; ) {
      const [code, used] = utf8At(data, i);
      const ch = String.fromCodePoint(code);
      for (let k = 0; k < ch.length; k++) {
        s.push(starts[i]!);
        e.push(ends[i + used - 1]!);
      }
      units.push(ch);
      i += used;
    }
    return { text: units.join(''), starts: s, ends: e };
  }
  let text: string;
  try {
    text = new TextDecoder(charset).decode(data);
  } catch {
    text = new TextDecoder('utf-8').decode(data);
  }
  if (SINGLE_BYTE.test(charset) && text.length === data.length) return { text, starts, ends };
  return { text, starts: null, ends: null };
}

/** Line breaks unified, spaces and tabs at line ends dropped. Loops, not /[ \t]+$/gm: that is quadratic on a long run of spaces. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(trimSpacesEnd).join('\n').trimEnd();
}

function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** The body replylint lints, with the map back into the file. */
export async function decodeEml(source: string, filePath: string): Promise<DecodedBody> {
  const { default: PostalMime } = await import('postal-mime');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(source);
  } catch (error) {
    throw new InputError(`${filePath}: not a readable e-mail message: ${(error as Error).message.split('\n')[0]}`);
  }
  const format = email.text !== undefined ? 'text' : email.html !== undefined ? 'html' : null;
  if (!format) throw new InputError(`${filePath}: the message has no text or HTML part to lint`);
  const wanted = (format === 'text' ? email.text : email.html)!;
  const type = format === 'text' ? 'text/plain' : 'text/html';
  const parts = mimeParts(source);
  const candidates = parts.filter((p) => p.type === type && !p.attachment);
  for (const part of candidates) {
    const decoded = ['quoted-printable', 'base64'].includes(part.encoding)
      ? (() => {
          const t = decodeTransfer(source, part);
          return decodeCharset(t.bytes, t.starts, t.ends, part.charset);
        })()
      : identity(source, part);
    if (normalise(decoded.text) !== normalise(wanted)) continue;
    return { text: decoded.text, format, starts: decoded.starts, ends: decoded.ends, part: { start: part.bodyStart, end: part.bodyEnd } };
  }
  const part = candidates[0] ?? parts[0];
  const start = part?.bodyStart ?? 0;
  return { text: wanted, format, starts: null, ends: null, part: { start, end: part?.bodyEnd ?? source.length } };
}

function identity(source: string, part: Part) {
  const text = source.slice(part.bodyStart, part.bodyEnd);
  // The file was read as UTF-8: right for UTF-8 and ASCII bodies only.
  if (!['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(part.charset) && /[^\x00-\x7f]/.test(text)) {
    return { text, starts: null, ends: null };
  }
  const starts = Array.from({ length: text.length }, (_, i) => part.bodyStart + i);
  return { text, starts, ends: starts.map((s) => s + 1) };
}

function relocate(message: LintMessage, body: DecodedBody, source: string, locate: ReturnType<typeof lineIndex>['locate']): LintMessage {
  let start: number;
  let end: number;
  if (body.starts && body.ends) {
    const [s, e] = message.range;
    const last = body.ends.at(-1) ?? body.part.start;
    start = body.starts[s] ?? last;
    end = e > s ? (body.ends[e - 1] ?? last) : start;
  } else {
    // Only the part is known: its first line stands for the whole body.
    start = body.part.start;
    const eol = source.slice(start, body.part.end).search(/\r?\n/);
    end = eol < 0 ? body.part.end : start + eol;
  }
  const from = locate(start);
  const to = locate(end);
  return { ...message, range: [start, end], line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The first line is a header field (`Name: value`) or an mbox `From ` line. */
export function looksLikeMessage(source: string): boolean {
  const first = /^[^\r\n]*/.exec(source.replace(/^\s+/, ''))![0];
  return /^[!-9;-~]{1,76}:/.test(first) || first.startsWith('From ');
}

/** Lints the reply in an .eml file; findings point into the .eml file. */
export async function lintEml(
  source: string,
  rules: ReadonlyMap<string, Rule<any>>,
  options: LintOptions & { readonly filePath: string },
): Promise<LintResult> {
  // A draft saved as .eml without headers is a draft, not a message whose first paragraph is headers.
  if (!looksLikeMessage(source)) return lintDocument(source, rules, options);
  const body = await decodeEml(source, options.filePath);
  const result = await lintDocument(body.text, rules, { ...options, format: body.format });
  const { locate } = lineIndex(source);
  const messages = result.messages.map((m) => relocate(m, body, source, locate));
  return { ...result, messages, source };
}
