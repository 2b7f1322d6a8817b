// `replylint --mcp` / `replylint mcp`: a Model Context Protocol server on
// stdio, so an agent can check a draft before it sends it. Loaded only for
// --mcp: the SDK is large and a lint run never needs it.
//   lint_draft  text (+ language, template, format) → findings, suggestions and
//               the draft with every first suggestion applied
//   list_rules  the rules, their default severity and languages
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { resolve } from 'node:path';
import { lintDocument, type LintOptions } from './lint.js';
import { LANGUAGES } from './types.js';
import { builtinRuleMap } from './index.js';
import { applySuggestions } from './formatters/rewrite.js';
import { toJsonResult } from './formatters/json.js';
import { resolveConfig, type ResolvedConfig, type Settings } from './config.js';

export interface McpOptions {
  readonly version: string;
  /** A config file whose rule settings and languages apply to every call. */
  readonly config?: string;
}

const languages = LANGUAGES as unknown as [string, ...string[]];

/** `resolved` is the config (with its plugins and custom rules) that applies to every call. */
export function createServer(version: string, resolved?: ResolvedConfig): McpServer {
  const config: Settings = resolved?.settings ?? {};
  const rules = resolved?.rules ?? builtinRuleMap();
  const server = new McpServer(
    { name: 'replylint', version },
    {
      instructions:
        'replylint checks customer-service replies in Swedish, Danish and English for blame-shifting, overpromising, ' +
        'arguing with the customer, unclear phrasing, leftover placeholders and language mismatch. Call lint_draft with a ' +
        'draft before sending it; each finding has the offending span, why it hurts and a suggestion in the reply\'s language.',
    },
  );

  server.registerTool(
    'lint_draft',
    {
      title: 'Lint a reply draft',
      description:
        'Checks a customer-service reply draft (sv, da or en). Returns the findings (rule, severity, message, 1-based line/column, ' +
        '0-based UTF-16 range into the text, suggestions) exactly as `replylint --format json` does, plus `rewritten`: the draft with ' +
        'the first suggestion of every non-overlapping finding applied.',
      inputSchema: {
        text: z.string().describe('The reply draft, as the customer would read it (quoted history and signature may be included).'),
        language: z.enum(['auto', ...languages]).optional().describe('Language of the reply; auto (default) detects it.'),
        template: z.boolean().optional().describe('Template mode: placeholders such as {{name}} are expected, only their syntax is checked.'),
        format: z.enum(['text', 'markdown', 'html']).optional().describe('How to read the draft; default: sniffed (HTML when it starts with a tag).'),
        messageLanguage: z.enum(languages).optional().describe('Language of the messages; default: the reply\'s.'),
      },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    async ({ text, language, template, format, messageLanguage }) => {
      const options: LintOptions = {
        ...configOptions(config),
        ...(language && language !== 'auto' ? { lang: language as LintOptions['lang'], langSource: 'option' as const } : {}),
        ...(template !== undefined ? { template } : {}),
        ...(format ? { format } : {}),
        ...(messageLanguage ? { messageLanguage: messageLanguage as LintOptions['messageLanguage'] } : {}),
        filePath: 'draft',
      };
      const result = toJsonResult(await lintDocument(text, rules, options));
      const structured = { ...result, rewritten: applySuggestions(text, result.messages) };
      return {
        content: [{ type: 'text' as const, text: JSON.stringify(structured) }],
        structuredContent: structured as unknown as Record<string, unknown>,
      };
    },
  );

  server.registerTool(
    'list_rules',
    {
      title: 'List replylint rules',
      description: 'Lists the rules replylint runs: id, one-line description, default severity and languages.',
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    async () => {
      const list = [...rules.entries()].map(([id, { meta }]) => ({
        id,
        description: meta.description,
        defaultSeverity: meta.defaultSeverity,
        severity: severityOf(config, id) ?? meta.defaultSeverity,
        languages: meta.languages,
      }));
      return {
        content: [{ type: 'text' as const, text: JSON.stringify({ rules: list }) }],
        structuredContent: { rules: list },
      };
    },
  );
  return server;
}

function configOptions(config: Settings): LintOptions {
  return {
    ...(config.language && config.language !== 'auto' ? { lang: config.language, langSource: 'config' as const } : {}),
    ...(config.languages ? { languages: config.languages } : {}),
    ...(config.fallbackLanguage ? { fallbackLanguage: config.fallbackLanguage } : {}),
    ...(config.messageLanguage ? { messageLanguage: config.messageLanguage } : {}),
    ...(config.template !== undefined ? { template: config.template } : {}),
    ...(config.rules ? { rules: config.rules } : {}),
  };
}

function severityOf(config: Settings, id: string): string | undefined {
  const setting = config.rules?.[id];
  return setting === undefined ? undefined : typeof setting === 'string' ? setting : setting[0];
}

/** Serves on stdin/stdout until the client closes stdin. Nothing else may write to stdout meanwhile. */
export async function runMcpServer(options: McpOptions): Promise<void> {
  const resolved = options.config ? await resolveConfig(resolve(options.config), builtinRuleMap()) : undefined;
  const server = createServer(options.version, resolved);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
    server.server.onclose = () => resolve();
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
