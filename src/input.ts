// Reading what the user named: files, directories, globs and stdin.
// Decoding never throws on bad bytes: invalid UTF-8 becomes U+FFFD, so every
// offset is still an offset into the text the user sees.
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.eml'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist']);

export class InputError extends Error {}

export interface SourceFile {
  /** As the user should see it in output. */
  readonly path: string;
  readonly text: string;
}

export interface Decoded {
  readonly text: string;
  readonly binary: boolean;
}

/** One decoder for every file: making one per file was a third of the time spent reading it. decode() without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes bytes as UTF-8 (or UTF-16 with a BOM), stripping the BOM. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), binary: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), binary: false };
  if (looksBinary(bytes)) return { text: '', binary: true };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: UTF8.decode(bytes.subarray(start)), binary: false };
}

// File signatures of formats that can start without a NUL byte.
const SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, xlsx
  [0x1f, 0x8b], // gzip
];

/**
 * Images, PDFs, archives: a known signature, a NUL byte in the first 8 kB
 * (text never has one), or many control characters.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  const end = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  return end > 0 && control / end > 0.1;
}

export function readSourceFile(path: string, shownAs = path): SourceFile {
  const file = readSourceFileOrBinary(path, shownAs);
  if (file.binary) throw new InputError(`${shownAs}: is a binary file, not text`);
  return { path: file.path, text: file.text };
}

/** Like readSourceFile, but a binary file is an answer, not an error: the caller decides. */
export function readSourceFileOrBinary(path: string, shownAs = path): SourceFile & { readonly binary: boolean } {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(path);
  } catch (error) {
    throw new InputError(`${shownAs}: ${describeFsError(error)}`);
  }
  const decoded = decode(bytes);
  return { path: shownAs, text: decoded.text, binary: decoded.binary };
}

/**
 * Files up to 64 kB, nearly every template, are read into one buffer per
 * thread: a CI run over thousands of them would otherwise allocate a buffer
 * and ask for the file's size once per file. The bytes are valid until the
 * next read; decode() copies them into a string first. A larger file gets a
 * buffer of its own, which is let go after it: a retained buffer of megabytes
 * moved the garbage collector's heavy passes into the middle of a 5 MB lint.
 */
const readBuffer = Buffer.allocUnsafe(1 << 16);

function readBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    while (length < readBuffer.length) {
      const n = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (n === 0) return readBuffer.subarray(0, length);
      length += n;
    }
  } finally {
    closeSync(fd);
  }
  return readFileSync(path);
}

export async function readStdin(): Promise<string> {
  const decoded = decode(await stdinBytes());
  if (decoded.binary) throw new InputError('<stdin>: is binary data, not text');
  return decoded.text;
}

/** Bytes read from stdin at a time. */
const STDIN_CHUNK = 1 << 16;

/**
 * All of stdin. Read synchronously, so a short draft's start does not load
 * Node's stream modules; a non-blocking stdin that has nothing yet (EAGAIN)
 * is read on as a stream, after what was already read.
 */
async function stdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(STDIN_CHUNK);
      const n = readSync(0, chunk, 0, STDIN_CHUNK, null);
      if (n === 0) return Buffer.concat(chunks);
      chunks.push(chunk.subarray(0, n));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Windows reports a closed pipe as EOF.
    if (code === 'EOF') return Buffer.concat(chunks);
    if (code !== 'EAGAIN') throw new InputError(`<stdin>: ${describeFsError(error)}`);
  }
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a directory (a part of the path is a file)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return (error as Error).message ?? String(error);
  }
}

export interface Collected {
  readonly files: readonly string[];
  /** Problems that do not stop the other files: missing paths, unreadable folders. */
  readonly errors: readonly string[];
  /** Files skipped on purpose, e.g. binary files met in a directory walk. */
  readonly warnings: readonly string[];
  /** Files found by walking a directory (not named): with `deferBinaryCheck`, the reader skips binary ones with a warning. */
  readonly walked: ReadonlySet<string>;
}

export interface CollectOptions {
  readonly extensions?: readonly string[];
  readonly cwd?: string;
  /** Paths (relative to cwd) matching these globs are skipped. */
  readonly ignore?: readonly string[];
  /**
   * Leave the binary check of walked files to whoever reads them (see `walked`),
   * so each file is opened once; the CLI reads them on worker threads.
   */
  readonly deferBinaryCheck?: boolean;
}

/** Expands paths, directories and globs into a sorted list of files. */
export function collectFiles(patterns: readonly string[], options: CollectOptions = {}): Collected {
  const cwd = options.cwd ?? process.cwd();
  const extensions = new Set(options.extensions ?? DEFAULT_EXTENSIONS);
  const ignore = (options.ignore ?? []).map(globToRegExp);
  const files = new Set<string>();
  const errors: string[] = [];
  const warnings: string[] = [];
  const walked = new Set<string>();
  const ignored = (file: string) => ignore.some((re) => re.test(toPosix(relative(cwd, resolve(cwd, file)))));

  const walk = (dir: string, visited: Set<string>) => {
    let entries: Dirent[];
    try {
      const real = statSync(dir);
      const key = `${real.dev}:${real.ino}`;
      if (visited.has(key)) return; // a symlink loop
      visited.add(key);
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      errors.push(`${dir}: ${describeFsError(error)}`);
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const path = join(dir, name);
      // The entry's own type saves a stat per file; links (and unknown types) are followed.
      let kind: Pick<Stats, 'isDirectory' | 'isFile'> = entry;
      if (entry.isSymbolicLink() || (!entry.isFile() && !entry.isDirectory())) {
        try {
          kind = statSync(path);
        } catch (error) {
          errors.push(`${path}: ${describeFsError(error)}`);
          continue;
        }
      }
      if (kind.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name) && !name.startsWith('.')) walk(path, visited);
      } else if (kind.isFile() && extensions.has(extname(name).toLowerCase()) && !ignored(path)) {
        if (options.deferBinaryCheck) {
          files.add(path);
          walked.add(path);
        } else if (isBinaryFile(path)) warnings.push(`${path}: skipped, binary file`);
        else files.add(path);
      }
    }
  };

  for (const pattern of patterns) {
    let stats: Stats | undefined;
    try {
      stats = statSync(pattern);
    } catch (error) {
      if (!isGlob(pattern)) {
        errors.push(`${pattern}: ${describeFsError(error)}`);
        continue;
      }
    }
    if (stats?.isDirectory()) walk(pattern, new Set());
    else if (stats?.isFile()) files.add(pattern);
    else if (stats) errors.push(`${pattern}: not a regular file (a FIFO, socket or device)`);
    else {
      const matched = expandGlob(pattern, cwd);
      if (!matched.length) errors.push(`${pattern}: no files match`);
      matched.filter((f) => !ignored(f)).forEach((f) => files.add(f));
    }
  }
  return { files: [...files], errors, warnings, walked };
}

/** Reads only the first 8 kB: a directory of large files is not read twice. */
function isBinaryFile(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(8192);
    return looksBinary(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Files under the glob's fixed leading folders that match it. */
function expandGlob(pattern: string, cwd: string): string[] {
  const parts = toPosix(pattern).split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length ? fixed.join('/') : '.';
  const re = globToRegExp(toPosix(pattern));
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 64) return;
    let entries: string[];
    try {
      entries = readdirSync(resolve(cwd, dir)).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const path = dir === '.' ? name : `${dir}/${name}`;
      let stats: Stats;
      try {
        stats = statSync(resolve(cwd, path));
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name)) walk(path, depth + 1);
      } else if (re.test(path)) out.push(path.split('/').join(sep));
    }
  };
  walk(base, 0);
  return out;
}

/** What a glob compiles to: `test(path)`, like a RegExp's. */
export interface GlobMatcher {
  test(path: string): boolean;
}

const MAX_BRACE_EXPANSIONS = 256;

/**
 * `**` any folders, `*` and `?` within a name, `{a,b}` alternatives.
 *
 * Not a regular expression: a glob such as `*a*a*a*a*.md` compiles to nested
 * `[^/]*` runs that backtrack polynomially on a long name (seconds for 60
 * characters). This matcher is O(pattern × path) per segment.
 */
export function globToRegExp(glob: string): GlobMatcher {
  const alternatives = expandBraces(toPosix(glob)).map((g) => g.split('/'));
  return {
    test(path: string): boolean {
      const segments = toPosix(path).replace(/^(?:\.\/)+/, '').split('/');
      return alternatives.some((parts) => matchSegments(parts, segments));
    },
  };
}

function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (close < 0) return [glob];
  const head = glob.slice(0, open);
  const tails = expandBraces(glob.slice(close + 1));
  const out: string[] = [];
  for (const option of glob.slice(open + 1, close).split(',')) {
    for (const tail of tails) if (out.length < MAX_BRACE_EXPANSIONS) out.push(head + option + tail);
  }
  return out;
}

/** Pattern segments against path segments; `**` takes any number of segments (memoised: no blow-up). */
function matchSegments(parts: readonly string[], segments: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const at = (p: number, s: number): boolean => {
    const key = p * (segments.length + 1) + s;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (p === parts.length) result = s === segments.length;
    else if (parts[p] === '**') {
      // `a/**` also matches deeper files; `**/x` matches x at any depth.
      result = false;
      for (let k = s; k <= segments.length && !result; k++) result = at(p + 1, k);
      if (p + 1 === parts.length) result = s < segments.length;
    } else result = s < segments.length && matchName(parts[p]!, segments[s]!) && at(p + 1, s + 1);
    memo.set(key, result);
    return result;
  };
  return at(0, 0);
}

/** `*` and `?` within one name: the two-pointer wildcard match, O(pattern × name). */
export function matchName(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const ch = pattern[p];
    if (ch === '*') {
      while (pattern[p] === '*') p++;
      star = p;
      resume = n;
    } else if (ch !== undefined && (ch === '?' || ch === name[n])) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star;
      n = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
