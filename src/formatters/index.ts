// One interface for every output format; the CLI picks one by name.
import type { Formatter } from '../types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export const formatters: ReadonlyMap<string, Formatter> = new Map([stylish, json].map((f) => [f.name, f]));

export function getFormatter(name: string): Formatter | undefined {
  return formatters.get(name);
}
