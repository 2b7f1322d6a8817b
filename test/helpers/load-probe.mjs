// `node --import ./load-probe.mjs …` prints "LOADED <path or url>" on stderr for
// every module of the lazily loaded dependencies (MCP SDK, zod, postal-mime,
// yaml), whether imported (ES modules) or required (from the CommonJS bundle).
import Module, { register } from 'node:module';

const LAZY = /node_modules[\\/](@modelcontextprotocol|zod|postal-mime|yaml)[\\/]/;

const hook = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (${LAZY}.test(result.url)) console.error('LOADED ' + result.url);
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const found = resolveFilename.apply(this, args);
  if (LAZY.test(found)) console.error(`LOADED ${found}`);
  return found;
};
