// SARIF output validates against the SARIF 2.1.0 schema (shipped in
// test/fixtures/sarif; it cannot be fetched at test time) and carries what
// GitHub code scanning reads.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getFormatter } from '../src/formatters/index.js';
import { results, rules } from './fixtures/formats/results.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// unicodeRegExp off: the schema's language pattern is valid JavaScript only without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown) {
  const ok = validate(log);
  expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
}

describe('SARIF 2.1.0', () => {
  it('the schema rejects a broken log (the validator is live)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    const log = JSON.parse(getFormatter('sarif')!.format(results, { color: false, cwd: '/repo', rules }));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    log.runs[0].results[0].level = 'error';
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
  });

  it('validates the formatter output and carries rules, levels, regions and fingerprints', () => {
    const log = JSON.parse(getFormatter('sarif')!.format(results, { color: false, cwd: '/repo', rules, version: '1.2.3' }));
    expectValid(log);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('replylint');
    for (const rule of run.tool.driver.rules) {
      expect(rule.id).toMatch(/^[a-z-]+$/);
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.text).toBeTruthy();
    }
    expect(run.results).toHaveLength(3);
    const [first] = run.results;
    expect(first).toMatchObject({ ruleId: 'blame-shifting', ruleIndex: 0, level: 'error' });
    expect(first.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'drafts/anna.txt' },
      region: { startLine: 3, startColumn: 13, endLine: 3, endColumn: 31 },
    });
    expect(Object.values(first.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(run.results[2].level).toBe('warning');
  });

  it('fingerprints do not change when the finding moves to another line', () => {
    const sarif = getFormatter('sarif')!;
    const moved = [{ ...results[0]!, source: `\n\n${results[0]!.source}`, messages: results[0]!.messages.map((m) => ({ ...m, line: m.line + 2, endLine: m.endLine + 2, range: [m.range[0] + 2, m.range[1] + 2] as const })) }];
    const a = JSON.parse(sarif.format([results[0]!], { color: false, cwd: '/repo' })).runs[0].results;
    const b = JSON.parse(sarif.format(moved, { color: false, cwd: '/repo' })).runs[0].results;
    expect(b.map((r: any) => r.partialFingerprints)).toEqual(a.map((r: any) => r.partialFingerprints));
    expect(b[0].locations[0].physicalLocation.region.startLine).toBe(5);
  });

  it('validates what the CLI prints for real drafts, a collection and an e-mail', () => {
    const bin = new URL('../bin/replylint.js', import.meta.url).pathname;
    const root = new URL('..', import.meta.url).pathname;
    const run = spawnSync(
      process.execPath,
      [bin, '--format', 'sarif', 'fixtures/drafts', 'fixtures/collections/templates.yaml', 'fixtures/eml/multipart-qp.eml'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expectValid(log);
    const uris = new Set(log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris).toContain('fixtures/collections/templates.yaml');
    expect(uris).toContain('fixtures/eml/multipart-qp.eml');
    expect(log.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(expect.arrayContaining(['blame-shifting', 'overpromising', 'leftover-placeholder']));
  });
});
