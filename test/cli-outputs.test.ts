// The CLI's output options end to end: format names, --output-file and
// --fix-dry-run (which must never touch the input).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/replylint.js', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI output options', () => {
  it('prints compact lines with relative paths', () => {
    const { code, stdout } = run(['-f', 'compact', 'fixtures/drafts/sv-kollega.txt']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^fixtures\/drafts\/sv-kollega\.txt:3:\d+: error .+ \[blame-shifting\]$/m);
    for (const line of stdout.trimEnd().split('\n')) expect(line).toMatch(/^[^:]+:\d+:\d+: (error|warning) .+ \[[a-z-]+\]$/);
  });

  it('prints GitHub annotations', () => {
    const { stdout } = run(['-f', 'github', 'fixtures/drafts/sv-kollega.txt']);
    expect(stdout).toMatch(/^::error file=fixtures\/drafts\/sv-kollega\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=replylint \(blame-shifting\)::/m);
  });

  it('prints JUnit XML with one testcase per file', () => {
    const { stdout } = run(['-f', 'junit', 'fixtures/drafts']);
    const drafts = readdirSync('fixtures/drafts', { recursive: true }).filter((f) => /\.(txt|md|html|eml)$/.test(String(f)));
    expect(stdout.match(/<testcase /g)).toHaveLength(drafts.length);
    expect(stdout).toContain('name="fixtures/drafts/en-clean.txt" time="0"/>');
  });

  it('prints json-with-metadata with every rule that ran', () => {
    const { stdout } = run(['-f', 'json-with-metadata', 'fixtures/drafts/en-clean.txt']);
    const { results, metadata } = JSON.parse(stdout);
    expect(results).toHaveLength(1);
    expect(Object.keys(metadata.rulesMeta)).toEqual(expect.arrayContaining(['blame-shifting', 'language-mismatch']));
    expect(metadata.rulesMeta['blame-shifting'].defaultSeverity).toBe('error');
  });

  it('writes the report to --output-file and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-out-'));
    const out = join(dir, 'reports', 'replylint.sarif');
    const { code, stdout } = run(['-f', 'sarif', '--output-file', out, 'fixtures/drafts/sv-kollega.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  it('exits 2 with one line when --output-file cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-out-'));
    writeFileSync(join(dir, 'file'), '');
    const { code, stderr } = run(['--output-file', join(dir, 'file', 'report.txt'), 'fixtures/drafts/en-clean.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^replylint: --output-file .+report\.txt: /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--fix-dry-run prints the rewritten draft and leaves the file alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-fix-'));
    const file = join(dir, 'draft.txt');
    const text = 'Hej Anna,\n\nDet var min kollega som glömde skicka paketet.\n';
    writeFileSync(file, text);
    const { stdout } = run(['--fix-dry-run', file]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(stdout.startsWith('Hej Anna,\n\n')).toBe(true);
    expect(stdout).not.toContain('kollega som glömde');
    expect(existsSync(`${file}.fixed`)).toBe(false);
    expect(run(['-f', 'rewrite'], text).stdout).toBe(stdout);
    const refused = run(['--fix-dry-run', '--output-file', file, file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is one of the inputs/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('loads the MCP SDK, postal-mime and yaml only for the inputs and modes that need them', () => {
    const probe = new URL('./helpers/load-probe.mjs', import.meta.url).pathname;
    const loaded = (args: string[], input = '') =>
      spawnSync(process.execPath, ['--import', probe, bin, ...args], { cwd: root, input, encoding: 'utf8' }).stderr.match(/^LOADED .+$/gm) ?? [];
    expect(loaded(['fixtures/drafts/sv-kollega.txt'])).toEqual([]);
    expect(loaded(['fixtures/eml/plain.eml']).join('\n')).toMatch(/postal-mime/);
    expect(loaded(['fixtures/eml/plain.eml']).join('\n')).not.toMatch(/modelcontextprotocol/);
    expect(loaded(['--mcp']).join('\n')).toMatch(/modelcontextprotocol/);
  });

  it('lists the formats in --help', () => {
    const { stdout } = run(['--help']);
    for (const name of ['stylish', 'json', 'json-with-metadata', 'sarif', 'github', 'junit', 'compact', 'rewrite']) expect(stdout).toContain(name);
    expect(stdout).toContain('--output-file');
    expect(stdout).toContain('--fix-dry-run');
    expect(stdout).toContain('--mcp');
  });
});
