// A worker thread of the command line: the same bundle and code cache as the
// main thread (see bundle.js), then the pool's batches (src/worker.ts).
import { loadBundle } from './bundle.js';

loadBundle().exports.serveBatches();
