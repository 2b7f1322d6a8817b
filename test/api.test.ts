// The programmatic API, as a package user imports it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatResults, lintFiles, lintText } from '../src/index.js';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;

describe('API', () => {
  it('lintText returns the JSON contract', async () => {
    const result = await lintText('Det var min kollega som glömde skicka paketet.', { lang: 'sv' });
    expect(result.filePath).toBe('<stdin>');
    expect(result).not.toHaveProperty('source');
    expect(result.messages.map((m) => m.ruleId)).toContain('blame-shifting');
  });

  it('lintFiles lints drafts, e-mails and collections like the CLI --format json', async () => {
    const paths = [fixture('drafts/sv-kollega.txt'), fixture('eml/plain.eml'), fixture('collections/templates.yaml')];
    const results = await lintFiles(paths);
    const cli = spawnSync(process.execPath, [new URL('../bin/replylint.js', import.meta.url).pathname, '-f', 'json', ...paths], { encoding: 'utf8' });
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(results)));
    expect(results.filter((r) => r.entry).map((r) => r.entry)).toEqual(['late-delivery', 'refund', 'clean']);
  });

  it('lintFiles takes a collection field', async () => {
    const results = await lintFiles([fixture('../test/fixtures/collections/custom.yaml')], { collection: { field: 'folders.*.answers.*.words' } });
    expect(results).toHaveLength(2);
  });

  it('formatResults formats by name', async () => {
    const result = await lintText('I guarantee it will arrive tomorrow.', { lang: 'en', filePath: 'draft.txt' });
    expect(formatResults([result], 'compact')).toMatch(/^draft\.txt:1:1: error .+\[overpromising\]\n$/);
    expect(() => formatResults([result], 'nope')).toThrow(/unknown format/);
  });

  it('is importable by package name from the build', () => {
    const script = "import { lintText, lintFiles } from 'replylint'; const r = await lintText('Jeg lover, at pakken kommer i morgen.', { lang: 'da' }); console.log(typeof lintFiles, r.messages[0].ruleId);";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function overpromising');
    expect(readFileSync(new URL('../dist/src/index.d.ts', import.meta.url), 'utf8')).toContain('lintFiles');
  });
});
