// A rule author's view: `import type { Rule } from "replylint"` in a project
// that has replylint in node_modules, type-checked with the consumer's tsc
// settings (NodeNext). Proves package.json "exports"/"types" work, and that
// the worked example plugin matches the published types.
import { spawnSync } from 'node:child_process';
import { copyFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkReplylint, project, repoRoot } from './helpers/temp-project.js';

const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

function typecheck(files: Record<string, string>): { code: number | null; output: string } {
  const dir = project({
    'package.json': { name: 'consumer', type: 'module', private: true },
    'tsconfig.json': {
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, allowJs: true, checkJs: true, skipLibCheck: true, types: ['node'] },
      include: ['*.ts', '*.js'],
    },
    ...files,
  });
  linkReplylint(dir);
  symlinkSync(join(repoRoot, 'node_modules/@types'), join(dir, 'node_modules/@types'), 'dir');
  copyFileSync(join(repoRoot, 'fixtures/plugins/replylint-plugin-acme/index.js'), join(dir, 'acme.js'));
  const result = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  return { code: result.status, output: result.stdout + result.stderr };
}

const GOOD = `
import type { Plugin, Rule, RuleContext, LintMessage } from 'replylint';
import { definePhraseRule } from 'replylint';

interface Options { readonly words: readonly string[] }

const noWords: Rule<Options> = {
  meta: { id: 'no-words', description: 'Words the team avoids.', defaultSeverity: 'warn', languages: ['sv', 'da', 'en'] },
  defaultOptions: { words: [] },
  check(context: RuleContext<Options>) {
    for (const token of context.doc.tokens) {
      if (context.options.words.includes(token.norm)) context.report({ span: token, message: \`Avoid "\${token.text}".\` });
    }
  },
};

export const phrases = definePhraseRule({ id: 'team-phrases', description: 'x', defaultSeverity: 'error', dir: new URL('./rule/', import.meta.url) });
export const seen: LintMessage['severity'] = 2;
const plugin: Plugin = { meta: { name: 'team' }, rules: { 'no-words': noWords } };
export default plugin;
`;

describe('types for rule and plugin authors', () => {
  it('a TypeScript plugin and the JavaScript example plugin type-check against the package', () => {
    const { code, output } = typecheck({ 'plugin.ts': GOOD });
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('a rule that breaks the contract does not type-check', () => {
    const bad = `
import type { Rule } from 'replylint';
export const rule: Rule = {
  meta: { id: 'x', description: 'x', defaultSeverity: 'fatal', languages: ['de'] },
  check(context) { context.report({ span: 3, message: 'x' }); },
};
`;
    const { code, output } = typecheck({ 'bad.ts': bad });
    expect(code).not.toBe(0);
    expect(output).toContain("'\"fatal\"' is not assignable");
    expect(output).toContain("'\"de\"' is not assignable");
    expect(output).toMatch(/number' is not assignable to type 'Span'/);
  });
});
