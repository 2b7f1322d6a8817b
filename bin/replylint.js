#!/usr/bin/env node
import { loadBundle } from './bundle.js';

process.exitCode = await loadBundle().exports.main(process.argv.slice(2));
