#!/usr/bin/env node
import { limitInlining } from '../pipeline/jit.js';
import { boundHeapGrowth } from '../pipeline/memory.js';
import { main } from './main.js';

// Memory of a build follows its graph, not V8's appetite for garbage (src/pipeline/memory.ts).
boundHeapGrowth();
// Less optimising-compiler work for kg's large rule functions (src/pipeline/jit.ts).
limitInlining();

// `kg export … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
