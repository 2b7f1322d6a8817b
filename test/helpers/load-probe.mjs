// `node --import ./load-probe.mjs …` prints "LOADED <url>" on stderr for every
// module of the lazily loaded dependencies (MCP SDK, zod, postal-mime, yaml).
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/node_modules[\\\\/](@modelcontextprotocol|zod|postal-mime|yaml)[\\\\/]/.test(result.url)) console.error('LOADED ' + result.url);
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
