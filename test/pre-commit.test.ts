// The pre-commit hook definition, executed as pre-commit would: the hook's
// `entry` (+ args) on the staged files its `files` pattern and `types` select,
// from the repository root. (pre-commit itself is not installable here.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files?: string;
  exclude?: string;
  types?: string[];
  args?: string[];
}

const hooks = parse(readFileSync(new URL('../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Hook[];
const bin = new URL('../bin/replylint.js', import.meta.url).pathname;

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A repository with some files staged and one changed but not staged. */
function repository(files: Record<string, string>, unstaged: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-hook-'));
  git(dir, 'init', '-q');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'start');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  git(dir, 'add', '.');
  for (const [name, text] of Object.entries(unstaged)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * What pre-commit does: set unstaged changes aside (hooks see what will be
 * committed), select staged files by `files`/`exclude`/`types`, run
 * entry + args + files from the root, then restore the changes.
 */
function runHook(hook: Hook, repo: string) {
  // As pre-commit's staged_files_only: save unstaged changes as a patch, check out the index, re-apply after.
  const patch = git(repo, 'diff', '--binary', '--no-color', '--no-ext-diff');
  const patchFile = join(mkdtempSync(join(tmpdir(), 'replylint-patch-')), 'unstaged.patch');
  if (patch) {
    writeFileSync(patchFile, patch);
    git(repo, 'checkout', '--', '.');
  }
  try {
    return runSelected(hook, repo);
  } finally {
    if (patch) git(repo, 'apply', '--whitespace=nowarn', patchFile);
  }
}

function runSelected(hook: Hook, repo: string) {
  const staged = git(repo, 'diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z').split('\0').filter(Boolean);
  const selected = staged.filter((file) => {
    if (hook.files && !new RegExp(hook.files).test(file)) return false;
    if (hook.exclude && new RegExp(hook.exclude).test(file)) return false;
    if (hook.types?.includes('text') && readFileSync(join(repo, file)).includes(0)) return false;
    return true;
  });
  // `language: node` puts the package's bins on PATH.
  const shims = mkdtempSync(join(tmpdir(), 'replylint-bin-'));
  symlinkSync(bin, join(shims, 'replylint'));
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  const r = spawnSync(command!, [...entryArgs, ...(hook.args ?? []), ...selected], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PATH: `${shims}${delimiter}${process.env.PATH}` },
  });
  return { selected, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const bad = 'Hej Anna,\n\nDet var min kollega som glömde skicka paketet.\n';
const good = 'Hi Anna,\n\nThank you for your message. Your parcel left our warehouse today.\n';

describe('.pre-commit-hooks.yaml', () => {
  it('defines node hooks with an entry and a file pattern', () => {
    expect(hooks.map((h) => h.id)).toEqual(['replylint', 'replylint-collections']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      expect(hook.entry).toBe('replylint');
      expect(hook.files).toBeTruthy();
    }
  });

  const hook = hooks[0]!;

  it('fails the commit on a staged reply with findings, and lints only staged files', () => {
    const repo = repository(
      { 'replies/bad.txt': bad, 'replies/good.md': good, 'src/app.js': 'const x = "I guarantee it";\n', 'logo.html': 'x\0y' },
      { 'replies/unstaged.txt': bad },
    );
    const { selected, code, stdout } = runHook(hook, repo);
    expect(selected).toEqual(['replies/bad.txt', 'replies/good.md']);
    expect(code).toBe(1);
    expect(stdout).toContain('replies/bad.txt');
    expect(stdout).toContain('blame-shifting');
    expect(stdout).not.toContain('unstaged');
  });

  it('passes when the staged replies are clean', () => {
    const repo = repository({ 'replies/good.md': good, 'notes.txt': 'Thank you, we have sent it today.\n' }, { 'replies/good.md': bad });
    const { code, stdout, stderr } = runHook(hook, repo);
    expect(stderr).toBe('');
    expect(stdout).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(join(repo, 'replies/good.md'), 'utf8')).toBe(bad); // the unstaged change is back
  });

  it('the collections hook lints templates.yaml but not other YAML', () => {
    const templates = '- name: late\n  body: |\n    Det var min kollega som glömde skicka paketet.\n';
    const repo = repository({ 'support/templates.yaml': templates, '.github/workflows/ci.yml': 'on: push\n', 'package.json': '{}' }, {});
    const { selected, code, stdout } = runHook(hooks[1]!, repo);
    expect(selected).toEqual(['support/templates.yaml']);
    expect(code).toBe(1);
    expect(stdout).toContain('support/templates.yaml › late');
  });
});
