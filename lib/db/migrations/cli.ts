/**
 * How `npm run db:migrate` (scripts/db/migrate.ts) ends: one line on error (no stack), exit
 * codes, and an explicit exit because the wasm engine leaves timers alive.
 */
import { describeError } from "./errors";

/** Runs a command: its resolved value is the exit code (default 0); a throw prints one line and exits 1. */
export function runCommand(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`${name}: ${describeError(error)}`);
      process.exit(1);
    },
  );
}
