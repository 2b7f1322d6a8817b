// Canned-response collections: one YAML or JSON file holding many templates.
// Each template is linted as its own document (in template mode), and every
// finding is moved back to a line and column in the collection file itself:
// the `yaml` package gives each scalar's source range, and `scalarOffsets`
// walks the raw scalar (indentation, line folding, escape sequences) to map
// each character of the value to the characters that wrote it.
import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type Scalar } from 'yaml';
import type { Lang, LintMessage, LintResult, Rule } from './types.js';
import { LANGUAGES } from './types.js';
import { lintDocument, type LintOptions } from './lint.js';
import { lineIndex } from './position.js';
import { InputError } from './input.js';

export interface CollectionOptions {
  /**
   * Where the template text is. A plain key (`body`) names the text field in
   * each auto-detected entry; a path with `*` or a filter is read from the top
   * of the file: `templates.*.body`, `*.text` (a mapping of name to entry),
   * `macros.*.actions[field=comment_value].value` (Zendesk).
   */
  readonly field?: string;
}

export interface CollectionEntry {
  /** The template's name (its `name`/`title`/`id`, its key, or `#N`). */
  readonly name: string;
  /** The template text, as the template engine sees it. */
  readonly text: string;
  /** From the entry's `language`/`lang`/`locale` field, when it names sv, da or en. */
  readonly lang?: Lang;
  /** For each UTF-16 unit of `text`, where it starts and ends in the collection file. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

// Lists of templates under a key, as helpdesk exports name them.
const LIST_KEYS = ['templates', 'macros', 'canned_responses', 'cannedResponses', 'saved_replies', 'savedReplies', 'responses', 'replies', 'snippets', 'entries', 'items', 'data'];
const TEXT_KEYS = ['body', 'text', 'content', 'template', 'message', 'reply', 'response', 'body_text', 'content_text', 'comment_value', 'content_html', 'body_html', 'html', 'comment_value_html'];
const NAME_KEYS = ['name', 'title', 'label', 'id', 'key', 'slug'];
const LANG_KEYS = ['language', 'lang', 'locale'];
// Zendesk macros keep the reply in an action: { field: "comment_value", value: "…" }.
const ACTION_TEXT_FIELDS = ['comment_value', 'comment_value_html'];

/** Reads the templates of a collection file. Throws InputError naming the file when it is not one. */
export function readCollection(source: string, filePath: string, options: CollectionOptions = {}): CollectionEntry[] {
  // Several YAML documents (`---`) are read one after another.
  const docs = parseAllDocuments(source, { uniqueKeys: false, strict: false });
  const found: Found[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length) {
      const error = doc.errors[0]!;
      const at = lineIndex(source).locate(error.pos[0]);
      throw new InputError(`${filePath}:${at.line}:${at.column}: not valid YAML/JSON: ${error.message.split('\n')[0]}`);
    }
    const root = doc.contents as Node | null;
    found.push(...(options.field && /[*[]|\./.test(options.field) ? byPath(root, options.field) : autoDetect(root, options.field)));
  }
  const entries: CollectionEntry[] = [];
  found.forEach(({ entry, key, scalar }, i) => {
    const offsets = scalarOffsets(source, scalar);
    if (!offsets) return;
    const lang = entry ? entryLanguage(entry) : undefined;
    entries.push({ name: (entry && entryName(entry)) ?? key ?? `#${i + 1}`, text: String(scalar.value), ...(lang ? { lang } : {}), ...offsets });
  });
  if (!entries.length) {
    throw new InputError(
      `${filePath}: no templates found (expected a list of entries with a ${TEXT_KEYS.slice(0, 4).join('/')} field); name the text field with --collection-field`,
    );
  }
  return entries;
}

interface Found {
  readonly scalar: Scalar;
  readonly entry?: Node;
  readonly key?: string;
}

function autoDetect(root: Node | null, field: string | undefined): Found[] {
  const textKeys = field ? [field] : TEXT_KEYS;
  const fromEntry = (entry: Node, key?: string): Found[] => {
    if (isScalar(entry) && typeof entry.value === 'string') return field ? [] : [{ scalar: entry, ...(key ? { key } : {}) }];
    if (!isMap(entry)) return [];
    for (const name of textKeys) {
      const value = entry.get(name, true) as Node | undefined;
      if (isScalar(value) && typeof value.value === 'string') return [{ scalar: value, entry, ...(key ? { key } : {}) }];
    }
    const actions = entry.get('actions', true) as Node | undefined;
    if (!field && isSeq(actions)) {
      for (const action of actions.items as Node[]) {
        if (!isMap(action) || !ACTION_TEXT_FIELDS.includes(String(action.get('field')))) continue;
        const value = action.get('value', true) as Node | undefined;
        if (isScalar(value) && typeof value.value === 'string') return [{ scalar: value, entry, ...(key ? { key } : {}) }];
      }
    }
    return [];
  };
  const fromList = (list: Node) => (isSeq(list) ? (list.items as Node[]).flatMap((item) => fromEntry(item)) : []);
  if (isSeq(root)) return fromList(root);
  if (!isMap(root)) return [];
  for (const name of LIST_KEYS) {
    const list = root.get(name, true) as Node | undefined;
    if (isSeq(list)) return fromList(list);
  }
  for (const pair of root.items) {
    if (isSeq(pair.value) && (pair.value.items as Node[]).some(isMap)) return fromList(pair.value as Node);
  }
  // A mapping of template name to entry (or straight to its text), but only
  // when every value is one: package.json and other settings files are not.
  const named = root.items.map((pair) => (pair.value ? fromEntry(pair.value as Node, String(isScalar(pair.key) ? pair.key.value : pair.key)) : []));
  return named.every((found) => found.length > 0) ? named.flat() : [];
}

type Step = { kind: 'key'; key: string } | { kind: 'all' } | { kind: 'index'; index: number } | { kind: 'filter'; key: string; value: string };

/** `a.*.b[field=x].c` → steps. A bracket after a key applies to that key's value. */
export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  for (const segment of path.split('.')) {
    const m = /^([^[\]]*)((?:\[[^\]]{0,200}\]){0,20})$/.exec(segment);
    if (!m) throw new InputError(`--collection-field: cannot read "${path}"`);
    if (m[1] === '*') steps.push({ kind: 'all' });
    else if (m[1]) steps.push({ kind: 'key', key: m[1] });
    for (const bracket of m[2]!.match(/\[[^\][]*\]/g) ?? []) {
      const inner = bracket.slice(1, -1).trim();
      const filter = /^([^=]+)=(.*)$/.exec(inner);
      if (inner === '*' || inner === '') steps.push({ kind: 'all' });
      else if (/^\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else if (filter) steps.push({ kind: 'filter', key: filter[1]!.trim(), value: filter[2]!.trim().replace(/^["']|["']$/g, '') });
      else throw new InputError(`--collection-field: cannot read "${bracket}" in "${path}"`);
    }
  }
  return steps;
}

function byPath(root: Node | null, path: string): Found[] {
  const steps = parsePath(path);
  // The entry a text belongs to (for its name and language) is what the first wildcard picked.
  let current: { node: Node; entry?: Node; key?: string }[] = root ? [{ node: root }] : [];
  for (const step of steps) {
    const next: typeof current = [];
    for (const { node, entry, key } of current) {
      const children: { node: Node; key?: string }[] = [];
      if (step.kind === 'key' && isMap(node)) {
        const child = node.get(step.key, true) as Node | undefined;
        if (child) children.push({ node: child });
      } else if (step.kind === 'index' && isSeq(node)) {
        const child = node.items[step.index] as Node | undefined;
        if (child) children.push({ node: child });
      } else if (step.kind === 'all' || step.kind === 'filter') {
        if (isSeq(node)) children.push(...(node.items as Node[]).map((child) => ({ node: child })));
        else if (isMap(node)) {
          for (const pair of node.items) if (pair.value) children.push({ node: pair.value as Node, key: String(isScalar(pair.key) ? pair.key.value : pair.key) });
        }
      }
      for (const child of children) {
        if (step.kind === 'filter' && !(isMap(child.node) && String(child.node.get(step.key)) === step.value)) continue;
        const isEntryStep = entry === undefined && (step.kind === 'all' || step.kind === 'filter');
        next.push({
          node: child.node,
          ...(isEntryStep ? { entry: child.node } : entry ? { entry } : {}),
          ...(isEntryStep && child.key ? { key: child.key } : key ? { key } : {}),
        });
      }
    }
    current = next;
  }
  return current.flatMap(({ node, entry, key }) =>
    isScalar(node) && typeof node.value === 'string' ? [{ scalar: node, ...(entry ? { entry } : {}), ...(key ? { key } : {}) }] : [],
  );
}

function entryName(entry: Node): string | undefined {
  if (!isMap(entry)) return undefined;
  for (const key of NAME_KEYS) {
    const value = entry.get(key);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/** `sv`, `sv-SE`, `da_DK`, `en-GB` → the language; anything else → undefined. */
export function entryLanguage(entry: Node): Lang | undefined {
  if (!isMap(entry)) return undefined;
  for (const key of LANG_KEYS) {
    const value = entry.get(key);
    if (typeof value !== 'string') continue;
    const code = value.toLowerCase().split(/[-_]/)[0] as Lang;
    if (LANGUAGES.includes(code)) return code;
  }
  return undefined;
}

const DOUBLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/**
 * Where each UTF-16 unit of a string scalar's value was written in `source`.
 * Non-space characters are matched exactly; indentation and folded line
 * breaks are skipped; escapes (`\n`, `\u00e5`, `''`) map to the whole escape.
 * Returns null when the value and its source cannot be aligned (a tag or an
 * anchor in an odd place), so the caller can skip rather than mislocate.
 */
export function scalarOffsets(source: string, scalar: Scalar): { starts: number[]; ends: number[] } | null {
  const value = String(scalar.value);
  const [from, to] = scalar.range ?? [0, 0];
  let p = from;
  if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
    const header = source.indexOf('\n', from);
    p = header < 0 ? to : header + 1;
  } else if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
    // An anchor or tag may come before the quote.
    p = source.indexOf(scalar.type === 'QUOTE_DOUBLE' ? '"' : "'", from) + 1;
    if (p <= 0) return null;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  for (let i = 0; i < value.length; ) {
    if (p >= to) return null;
    const want = value[i]!;
    const c = source[p]!;
    if (scalar.type === 'QUOTE_DOUBLE' && c === '\\') {
      const escape = readEscape(source, p);
      if (escape === null) return null;
      if (escape.text === '') {
        p += escape.length; // an escaped line break: a continuation
        continue;
      }
      if (!value.startsWith(escape.text, i)) return null;
      for (let k = 0; k < escape.text.length; k++) {
        starts.push(p);
        ends.push(p + escape.length);
      }
      i += escape.text.length;
      p += escape.length;
    } else if (scalar.type === 'QUOTE_SINGLE' && c === "'" && source[p + 1] === "'") {
      if (want !== "'") return null;
      starts.push(p);
      ends.push(p + 2);
      i++;
      p += 2;
    } else if (c === want) {
      const pair = c === '\r' && source[p + 1] === '\n' && value[i + 1] !== '\n' ? 2 : 1;
      starts.push(p);
      ends.push(p + pair);
      i++;
      p += pair;
    } else if ((want === ' ' || want === '\n') && (c === '\n' || c === '\r')) {
      // A folded line break: the value has a space (or one newline for several) where the source breaks the line.
      const length = c === '\r' && source[p + 1] === '\n' ? 2 : 1;
      starts.push(p);
      ends.push(p + length);
      i++;
      p += length;
    } else if (isSpace(c)) {
      p++; // indentation or the extra breaks of a fold
    } else return null;
  }
  return { starts, ends };
}

function readEscape(source: string, at: number): { text: string; length: number } | null {
  const next = source[at + 1];
  if (next === undefined) return null;
  if (next === '\n') return { text: '', length: 2 };
  if (next === '\r') return { text: '', length: source[at + 2] === '\n' ? 3 : 2 };
  const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (hexLength) {
    const hex = source.slice(at + 2, at + 2 + hexLength);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength) return null;
    const code = parseInt(hex, 16);
    // \uD83D is half of a pair: the value holds the lone unit, as JavaScript strings do.
    return { text: next === 'U' ? String.fromCodePoint(code) : String.fromCharCode(code), length: 2 + hexLength };
  }
  const text = DOUBLE_ESCAPES[next];
  return text === undefined ? null : { text, length: 2 };
}

/** Moves a finding from offsets in the template text to offsets and lines in the collection file. */
export function relocateMessage(message: LintMessage, entry: CollectionEntry, locate: ReturnType<typeof lineIndex>['locate']): LintMessage {
  const [s, e] = message.range;
  const fileEnd = entry.ends.at(-1) ?? 0;
  const start = s < entry.starts.length ? entry.starts[s]! : fileEnd;
  const end = e > s ? (entry.ends[e - 1] ?? fileEnd) : start;
  const from = locate(start);
  const to = locate(end);
  return { ...message, range: [start, end], line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** Lints every template of a collection file; one result per template, all pointing into the file. */
export async function lintCollection(
  source: string,
  rules: ReadonlyMap<string, Rule<any>>,
  options: LintOptions & { readonly filePath: string },
  collection: CollectionOptions = {},
): Promise<LintResult[]> {
  const entries = readCollection(source, options.filePath, collection);
  const { locate } = lineIndex(source);
  const results: LintResult[] = [];
  for (const entry of entries) {
    const own = entry.lang && options.langSource !== 'option' ? { lang: entry.lang, langSource: 'config' as const } : {};
    const result = await lintDocument(entry.text, rules, { ...options, ...own, template: true });
    const { filePath, ...rest } = result;
    results.push({
      filePath,
      entry: entry.name,
      ...rest,
      messages: result.messages.map((m) => relocateMessage(m, entry, locate)),
      source,
    });
  }
  return results;
}
