// The worker thread's entry outside the command line's bundle (the library's
// modules as they are in dist/src); the bundle's is bin/worker.js.
import { serveBatches } from './worker.js';

serveBatches();
