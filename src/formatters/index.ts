// One interface for every output format; the CLI picks one by name.
import type { Formatter } from '../types.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { jsonWithMetadata } from './json-with-metadata.js';
import { junit } from './junit.js';
import { rewrite } from './rewrite.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: ReadonlyMap<string, Formatter> = new Map(
  [stylish, json, jsonWithMetadata, sarif, github, junit, compact, rewrite].map((f) => [f.name, f]),
);

export function getFormatter(name: string): Formatter | undefined {
  return formatters.get(name);
}
