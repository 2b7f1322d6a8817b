// Bad input at the file level: the CLI says what is wrong in one line, lints
// everything else, and exits 2; nothing crashes, hangs or prints a stack.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/replylint.js', import.meta.url).pathname;
const blame = 'Det var min kollega som glömde skicka paketet.\n';

function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    cwd: options.cwd,
    timeout: 60000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'replylint-robust-'));
const paths = (stdout: string) => (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath);
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:|EPIPE/);

describe('empty and trivial files', () => {
  it('empty, whitespace-only and greeting-only files exit 0 with no output', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \n\t\r\n');
    writeFileSync(join(dir, 'greeting.txt'), 'Hej Anna,\n');
    const { code, stdout, stderr } = run([dir]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(paths(run(['-f', 'json', dir]).stdout)).toHaveLength(3);
  });
});

describe('binary files', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');

  it('met in a directory walk: skipped with a warning, the rest linted, exit code from the lint', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), blame);
    writeFileSync(join(dir, 'image.txt'), png); // a misnamed image
    writeFileSync(join(dir, 'nul.md'), Buffer.from('Hej\0\0\0'));
    writeFileSync(join(dir, 'scan.html'), pdf);
    const { code, stdout, stderr } = run(['-f', 'json', dir]);
    expect(code).toBe(1);
    expect(paths(stdout)).toEqual([join(dir, 'a.txt')]);
    const warnings = stderr.trim().split('\n');
    expect(warnings).toEqual([
      `replylint: warning: ${join(dir, 'image.txt')}: skipped, binary file`,
      `replylint: warning: ${join(dir, 'nul.md')}: skipped, binary file`,
      `replylint: warning: ${join(dir, 'scan.html')}: skipped, binary file`,
    ]);
  });

  it('named explicitly: one line per file, exit 2, the text file still linted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'photo.png'), png);
    writeFileSync(join(dir, 'letter.pdf'), pdf);
    writeFileSync(join(dir, 'a.txt'), blame);
    const { code, stdout, stderr } = run(['-f', 'json', join(dir, 'photo.png'), join(dir, 'letter.pdf'), join(dir, 'a.txt')]);
    expect(code).toBe(2);
    expect(paths(stdout)).toEqual([join(dir, 'a.txt')]);
    expect(stderr).toBe(
      `replylint: ${join(dir, 'photo.png')}: is a binary file, not text\nreplylint: ${join(dir, 'letter.pdf')}: is a binary file, not text\n`,
    );
  });

  it('binary data on stdin: exit 2 with one line', () => {
    const { code, stderr } = run([], { input: png });
    expect(code).toBe(2);
    expect(stderr).toBe('replylint: <stdin>: is binary data, not text\n');
  });
});

describe('encodings through the CLI', () => {
  it('a UTF-16 LE file with a BOM is decoded; ranges index the decoded text', () => {
    const dir = tempDir();
    const text = `Hej Maria,\r\n\r\n${blame}`;
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { code, stdout } = run(['-f', 'json', join(dir, 'utf16.txt')]);
    expect(code).toBe(1);
    const [m] = JSON.parse(stdout)[0].messages.filter((x: { ruleId: string }) => x.ruleId === 'blame-shifting');
    expect(text.slice(...(m.range as [number, number]))).toBe('kollega som glömde');
    expect(m).toMatchObject({ line: 3, column: 13 });
  });

  it('invalid UTF-8 is linted with replacement characters, not rejected', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Hej Bj\xf6rn,\n\n', 'latin1'), Buffer.from(blame)]));
    const { code, stdout, stderr } = run(['-f', 'json', join(dir, 'latin1.txt')]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'blame-shifting')).toBe(true);
  });
});

describe('paths that are not readable files', () => {
  it('a missing file: one line, the others linted, exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), blame);
    const { code, stdout, stderr } = run(['-f', 'json', join(dir, 'gone.txt'), join(dir, 'a.txt')]);
    expect(code).toBe(2);
    expect(paths(stdout)).toEqual([join(dir, 'a.txt')]);
    expect(stderr).toBe(`replylint: ${join(dir, 'gone.txt')}: no such file or directory\n`);
  });

  it('a symlink loop (a link to itself, and a folder linking to its parent) ends, reported once', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), blame);
    symlinkSync('self.txt', join(dir, 'self.txt'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const { code, stdout, stderr } = run(['-f', 'json', dir]);
    expect(code).toBe(2);
    expect(paths(stdout)).toEqual([join(dir, 'a.txt')]);
    expect(stderr).toBe(`replylint: ${join(dir, 'self.txt')}: too many levels of symbolic links\n`);
    noStack(stderr);
  });

  it('a FIFO named on the command line is refused without opening it (no hang)', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.txt');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return void expect.fail('mkfifo is needed for this test');
    writeFileSync(join(dir, 'a.txt'), blame);
    const { code, stdout, stderr } = run(['-f', 'json', fifo, join(dir, 'a.txt')]);
    expect(code).toBe(2);
    expect(paths(stdout)).toEqual([join(dir, 'a.txt')]);
    expect(stderr).toBe(`replylint: ${fifo}: not a regular file (a FIFO, socket or device)\n`);
    // Met in a walk it is not a text file at all and is passed over.
    expect(run(['-f', 'json', dir]).code).toBe(1);
  });

  const root = process.getuid?.() === 0;
  it.skipIf(root)('a directory without read permission: one line, the rest linted, exit 2 (skipped as root: root reads it anyway)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), blame);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'b.txt'), blame);
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const { code, stdout, stderr } = run(['-f', 'json', dir]);
      expect(code).toBe(2);
      expect(paths(stdout)).toEqual([join(dir, 'a.txt')]);
      expect(stderr).toBe(`replylint: ${join(dir, 'locked')}: permission denied\n`);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('a path through a file ("a.txt/b.txt"): one line saying so, exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), blame);
    const { code, stderr } = run([join(dir, 'a.txt', 'b.txt')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`replylint: ${join(dir, 'a.txt', 'b.txt')}: not a directory (a part of the path is a file)\n`);
    noStack(stderr);
  });
});

describe('many files', () => {
  it('10,000 files in a directory: all linted, in sorted order, identical with one thread and with auto', () => {
    const dir = tempDir();
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(join(dir, `d${String(i).padStart(5, '0')}.txt`), i % 1000 === 7 ? blame : 'Hej Anna,\n\nTack för ditt mejl.\n');
    }
    const auto = run(['-f', 'json', '--concurrency', 'auto', dir]);
    expect(auto.code).toBe(1);
    const listed = paths(auto.stdout);
    expect(listed).toHaveLength(10_000);
    expect(listed).toEqual(readdirSync(dir).sort().map((f) => join(dir, f)));
    const flagged = JSON.parse(auto.stdout).filter((r: { errorCount: number }) => r.errorCount > 0);
    expect(flagged.map((r: { filePath: string }) => r.filePath.slice(-10))).toEqual(
      Array.from({ length: 10 }, (_, k) => `d${String(k * 1000 + 7).padStart(5, '0')}.txt`),
    );
    expect(run(['-f', 'json', '--concurrency', '1', dir]).stdout).toBe(auto.stdout);
  }, 120000);

  // Workers start as soon as the files are counted, before the configs are read.
  const manyFiles = (dir: string, n: number) => {
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `d${String(i).padStart(5, '0')}.txt`), i === 7 ? blame : 'Hej Anna,\n\nTack för ditt mejl.\n');
  };

  it('a config error found after the workers started: one line, exit 2, and the process ends', () => {
    const dir = tempDir();
    manyFiles(dir, 1600);
    writeFileSync(join(dir, '.replylintrc.yaml'), 'rules:\n  overpromising: warning\n');
    const { code, stdout, stderr } = run(['--concurrency', '2', dir]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`replylint: ${join(dir, '.replylintrc.yaml')}: rules.overpromising: "warning" is not one of off, warn, error\n`);
  }, 60000);

  it('fewer files left after ignores than threads pay for: the started workers are let go, one thread lints', () => {
    const dir = tempDir();
    manyFiles(dir, 1600);
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ ignore: ['d0*.txt'] }));
    const { code, stdout } = run(['-f', 'json', dir]);
    expect(code).toBe(0);
    expect(paths(stdout)).toEqual(readdirSync(dir).filter((f) => f.startsWith('d1')).sort().map((f) => join(dir, f)));
  }, 60000);

  it('binary files among many, on threads: each skipped with a warning in file order, the same as on one thread', () => {
    // Files are read a batch at a time before they are linted: a binary one must keep its place.
    const dir = tempDir();
    manyFiles(dir, 1600);
    const binaries = ['d00000.txt', 'd00063.txt', 'd00064.txt', 'd00901.txt', 'd01599.txt'];
    for (const name of binaries) writeFileSync(join(dir, name), Buffer.from('Hej\0\0\0'));
    const threads = run(['-f', 'json', '--concurrency', '2', dir]);
    expect(threads.code).toBe(1);
    expect(threads.stderr.trim().split('\n')).toEqual(binaries.map((name) => `replylint: warning: ${join(dir, name)}: skipped, binary file`));
    expect(paths(threads.stdout)).toHaveLength(1600 - binaries.length);
    const one = run(['-f', 'json', '--concurrency', '1', dir]);
    expect(one.stdout).toBe(threads.stdout);
    expect(one.stderr).toBe(threads.stderr);
  }, 60000);

  it('files read ahead of their lint a megabyte at a time: large and small ones keep their order and their own findings', () => {
    // Small files are read together before they are linted; a run of reading stops at ~1 MB of text.
    const dir = tempDir();
    const long = 'Hej Anna, tack för ditt mejl.\n'.repeat(20_000) + blame; // ~600 kB
    const names = ['a-long.txt', 'b-short.txt', 'c-long.txt', 'd-image.txt', 'e-long.txt', 'f-short.txt'];
    for (const name of names) {
      if (name.includes('image')) writeFileSync(join(dir, name), Buffer.from('Hej\0\0\0'));
      else writeFileSync(join(dir, name), name.includes('long') ? long : blame);
    }
    const { code, stdout, stderr } = run(['-f', 'json', '--concurrency', '1', dir]);
    expect(code).toBe(1);
    expect(stderr).toBe(`replylint: warning: ${join(dir, 'd-image.txt')}: skipped, binary file\n`);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; range: [number, number] }[] }[];
    expect(results.map((r) => r.filePath)).toEqual(names.filter((n) => !n.includes('image')).map((n) => join(dir, n)));
    for (const result of results) {
      const length = result.filePath.includes('long') ? long.length : blame.length;
      expect(result.messages.find((m) => m.ruleId === 'blame-shifting')?.range[1]).toBeGreaterThan(length - blame.length);
    }
  }, 60000);

  it('--concurrency rejects what is not auto or a number', () => {
    const { code, stderr } = run(['--concurrency', 'lots', '-']);
    expect(code).toBe(2);
    expect(stderr).toBe("replylint: option '--concurrency <n>' argument 'lots' is invalid. expected auto or a number of threads.\n");
    expect(run(['--max-warnings', 'x', '-']).stderr).toBe("replylint: option '--max-warnings <n>' argument 'x' is invalid. expected a whole number.\n");
  });
});

describe('a closed pipe', () => {
  it('`replylint dir | head -1` ends quietly: no EPIPE, no stack', () => {
    const dir = tempDir();
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `d${i}.txt`), blame.repeat(20));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" "${dir}" | head -1; echo "status:$?"`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60000,
    });
    expect(result.stdout.split('\n')[0]).toContain(dir);
    expect(result.stdout).toContain('status:0');
    expect(result.stderr).toBe('');
  });
});
