// The MCP server end to end: spawn `replylint --mcp`, speak JSON-RPC over
// stdio as a client would (initialize, tools/list, tools/call).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = new URL('../bin/replylint.js', import.meta.url).pathname;

class Client {
  private next = 1;
  private readonly waiting = new Map<number, (message: any) => void>();
  readonly stderr: string[] = [];
  readonly child: ChildProcessWithoutNullStreams;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    this.child.stderr.on('data', (d) => this.stderr.push(String(d)));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const message = JSON.parse(line); // every stdout line must be JSON-RPC
      if (message.id !== undefined) this.waiting.get(message.id)?.(message);
    });
  }

  request(method: string, params: unknown = {}): Promise<any> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer; stderr: ${this.stderr.join('')}`)), 15000);
      this.waiting.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      this.child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
    });
  }

  notify(method: string) {
    this.child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method })}\n`);
  }

  close(): Promise<number | null> {
    return new Promise((resolve) => {
      this.child.once('exit', (code) => resolve(code));
      this.child.stdin.end();
    });
  }
}

describe('replylint --mcp', () => {
  let client: Client;
  beforeAll(() => {
    client = new Client(['--mcp']);
  });
  afterAll(() => client.child.kill());

  it('initializes and names itself', async () => {
    const answer = await client.request('initialize', {
      protocolVersion: '2025-06-18',
      capabilities: {},
      clientInfo: { name: 'replylint-test', version: '0' },
    });
    expect(answer.result.serverInfo.name).toBe('replylint');
    expect(answer.result.capabilities.tools).toBeDefined();
    client.notify('notifications/initialized');
  });

  it('lists the lint and rules tools with their input schemas', async () => {
    const { result } = await client.request('tools/list');
    const tools = Object.fromEntries(result.tools.map((t: any) => [t.name, t]));
    expect(Object.keys(tools).sort()).toEqual(['lint_draft', 'list_rules']);
    expect(tools.lint_draft.inputSchema.required).toEqual(['text']);
    expect(tools.lint_draft.inputSchema.properties.language.enum).toEqual(['auto', 'sv', 'da', 'en']);
    expect(tools.lint_draft.inputSchema.properties.template.type).toBe('boolean');
  });

  it('lints a draft: findings, suggestions and the rewritten draft', async () => {
    const text = 'Det var min kollega som glömde skicka paketet.';
    const { result } = await client.request('tools/call', { name: 'lint_draft', arguments: { text, language: 'sv' } });
    expect(result.isError).toBeFalsy();
    const payload = JSON.parse(result.content[0].text);
    expect(result.structuredContent).toEqual(payload);
    expect(payload.language).toEqual({ code: 'sv', confidence: 1, source: 'option' });
    const blame = payload.messages.find((m: any) => m.ruleId === 'blame-shifting');
    expect(blame).toBeDefined();
    expect(text.slice(...blame.range)).toContain('kollega');
    expect(blame.suggestions[0].text.length).toBeGreaterThan(0);
    expect(payload.rewritten).not.toBe(text);
    expect(payload.rewritten).not.toContain('min kollega som glömde');
  });

  it('lints in template mode when asked', async () => {
    const text = 'Hej {{first_name}}, tack för ditt mejl.';
    const draft = JSON.parse((await client.request('tools/call', { name: 'lint_draft', arguments: { text } })).result.content[0].text);
    const template = JSON.parse((await client.request('tools/call', { name: 'lint_draft', arguments: { text, template: true } })).result.content[0].text);
    expect(draft.messages.map((m: any) => m.ruleId)).toContain('leftover-placeholder');
    expect(template.messages.map((m: any) => m.ruleId)).not.toContain('leftover-placeholder');
  });

  it('lists the rules', async () => {
    const { result } = await client.request('tools/call', { name: 'list_rules', arguments: {} });
    const ids = result.structuredContent.rules.map((r: any) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['blame-shifting', 'overpromising', 'arguing-with-customer', 'unclear-phrasing']));
    expect(result.structuredContent.rules[0]).toHaveProperty('languages');
  });

  it('rejects a call without text as a tool error', async () => {
    const answer = await client.request('tools/call', { name: 'lint_draft', arguments: { language: 'sv' } });
    expect(answer.error ?? answer.result?.isError).toBeTruthy();
  });

  it('exits 0 when the client closes stdin, having written nothing but protocol', async () => {
    expect(await client.close()).toBe(0);
    expect(client.stderr.join('')).toBe('');
  });
});

describe('replylint mcp (subcommand form)', () => {
  it('answers initialize too', async () => {
    const client = new Client(['mcp']);
    const answer = await client.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '0' } });
    expect(answer.result.serverInfo.name).toBe('replylint');
    expect(await client.close()).toBe(0);
  });
});
