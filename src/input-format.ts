// The input format a file name implies; shared by the CLI and the worker threads.
import { extname } from 'node:path';
import type { InputFormat } from './document.js';

export function formatOf(path: string): { format?: InputFormat } {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return { format: 'markdown' };
  if (ext === '.html' || ext === '.htm') return { format: 'html' };
  return {};
}
