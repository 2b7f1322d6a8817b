// The CLI end to end: spawns the compiled bin/replylint.js as a user would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/replylint.js', import.meta.url).pathname;
const fixture = (name: string) => new URL(`../fixtures/drafts/${name}`, import.meta.url).pathname;

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('replylint CLI', () => {
  it('flags Swedish blame-shifting on stdin, annotated, and exits 1', () => {
    const { code, stdout } = run([], 'Det var min kollega som glömde skicka paketet.\n');
    expect(code).toBe(1);
    expect(stdout).toContain('<stdin>');
    expect(stdout).toContain('blame-shifting');
    expect(stdout).toContain('lägger skulden på någon annan');
    expect(stdout).toMatch(/│ Det var min kollega som glömde skicka paketet\.\n\s+│ {13}\^{18}\n/);
    expect(stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
  });

  it('prints the JSON contract for a file', () => {
    const { code, stdout } = run(['--format', 'json', fixture('sv-kollega.txt')]);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout);
    expect(result.filePath).toBe(fixture('sv-kollega.txt'));
    expect(result.language).toMatchObject({ code: 'sv', source: 'detected' });
    expect(result.language.confidence).toBeGreaterThan(0.5);
    expect(Object.keys(result).sort()).toEqual(['errorCount', 'filePath', 'language', 'messages', 'stats', 'suppressedMessages', 'warningCount']);
    expect(result.stats.words).toBeGreaterThan(5);
    expect(result.stats.sentences).toBeGreaterThan(0);
    expect(result.stats.readability).toEqual({ measure: 'lix', value: expect.any(Number) });
    const text = readFileSync(fixture('sv-kollega.txt'), 'utf8');
    const ids = result.messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['blame-shifting', 'unclear-phrasing']));
    for (const m of result.messages) {
      expect(Object.keys(m).sort()).toEqual(['column', 'endColumn', 'endLine', 'line', 'message', 'range', 'ruleId', 'severity', 'suggestions']);
      expect([1, 2]).toContain(m.severity);
      const [start, end] = m.range;
      const lines = text.slice(0, start).split('\n');
      expect(m.line).toBe(lines.length);
      expect(m.column).toBe(lines[lines.length - 1]!.length + 1);
      expect(end).toBeGreaterThan(start);
    }
    // Nothing in the quoted customer message is flagged.
    const quoteStart = text.indexOf('Den 4 april');
    expect(result.messages.every((m: { range: number[] }) => m.range[1] <= quoteStart)).toBe(true);
    expect(result.errorCount).toBe(result.messages.filter((m: { severity: number }) => m.severity === 2).length);
  });

  it('exits 0 on a clean reply and prints nothing', () => {
    const { code, stdout } = run([fixture('en-clean.txt')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('does not lint the signature', () => {
    const { stdout } = run(['--format', 'json', fixture('en-signature.txt')]);
    const [result] = JSON.parse(stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['arguing-with-customer']);
  });

  it('reads all of stdin when it arrives in parts, with a pause between them', async () => {
    // stdin is read synchronously: a read must wait for the rest, not end at the pause.
    const child = spawn(process.execPath, [bin, '--format', 'json'], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stdin.write('Hej Maria,\n\nDet var min kollega som ');
    await new Promise((done) => setTimeout(done, 300));
    child.stdin.end('glömde skicka paketet. Jag lovar att det kommer i morgon.\n');
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['blame-shifting', 'overpromising']);
  });

  it('names stdin with --stdin-filename and honours --lang', () => {
    const { stdout } = run(['--format', 'json', '--stdin-filename', 'draft.txt', '--lang', 'da'], 'Hej');
    const [result] = JSON.parse(stdout);
    expect(result.filePath).toBe('draft.txt');
    expect(result.language).toEqual({ code: 'da', confidence: 1, source: 'option' });
  });

  it('walks directories for the default extensions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-cli-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'Jeg lover, at pakken kommer i morgen.');
    writeFileSync(join(dir, 'sub', 'b.md'), 'I guarantee it will arrive tomorrow.');
    writeFileSync(join(dir, 'c.json'), '{"not": "linted"}');
    const { code, stdout } = run(['--format', 'json', dir]);
    expect(code).toBe(1);
    const paths = JSON.parse(stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1));
    expect(paths.sort()).toEqual(['a.txt', 'sub/b.md']);
  });

  it('--quiet drops warnings and --max-warnings turns them into exit 1', () => {
    const text = 'Hi Jo,\n\nWe will be in touch in due course.\n';
    expect(run([], text).code).toBe(0);
    expect(run(['--max-warnings', '0'], text).code).toBe(1);
    expect(run(['--quiet'], text).stdout).toBe('');
  });

  it('writes messages in another language with --message-language', () => {
    const { stdout } = run(['--format', 'json', '--message-language', 'en'], 'Det var min kollega som glömde skicka paketet.');
    const [result] = JSON.parse(stdout);
    expect(result.messages[0].message).toContain('puts the blame on someone else');
    expect(result.messages[0].suggestions[0].text).toMatch(/Vi /);
  });

  it('exits 2 with one line for a missing file, after linting the others', () => {
    const { code, stdout, stderr } = run(['--format', 'json', 'no-such-file.txt', fixture('en-clean.txt')]);
    expect(code).toBe(2);
    expect(stderr).toBe('replylint: no-such-file.txt: no such file or directory\n');
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('exits 2 on a bad option, with a one-line message', () => {
    const { code, stderr } = run(['--format', 'nope']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('nope');
  });

  it('prints the version and help', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--lang', '--format', '--config', '--max-warnings', '--quiet', '--no-color', '--stdin-filename', '--debug']) {
      expect(help.stdout).toContain(flag);
    }
  });
});
