#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ caches compiled code between runs (faster start); older Node lacks it.
module.enableCompileCache?.();
const { main } = await import('../dist/bundle/cli.js');

process.exitCode = await main(process.argv.slice(2));
