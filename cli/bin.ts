// Entry of the `replyrx` command. scripts/build-cli.mjs bundles it with the engine into
// dist/replyrx-app.cjs (started by dist/replyrx.cjs, see start.ts), so the installed command is
// plain JavaScript and needs no TypeScript loader.
import { AUDIT_WORKER_ARG } from './audit/worker-arg';
import { main } from './main';

// `replyrx audit` starts this same file as its worker threads.
if (process.argv.includes(AUDIT_WORKER_ARG)) void import('./audit/pool').then((pool) => pool.runAuditWorker());
else void cli();

async function cli(): Promise<void> {
  // Reader went away (`replyrx ... | head`): nothing more to say, and no stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

  // Set the exit code and let Node exit on its own, so pending stdout writes are flushed.
  process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, new URL(import.meta.url));
}
