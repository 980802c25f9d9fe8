#!/usr/bin/env node
// Launcher for the `replyrx` command: lets Node load the TypeScript in cli/ and rules/ via tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');

// Reader went away (`replyrx ... | head`): nothing more to say, and no stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// Set the exit code and let Node exit on its own, so pending stdout writes are flushed.
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
