/**
 * Runs a command-line entry point: its errors end the process with one readable line instead
 * of a stack trace (set DEBUG=1 to see the stack). Exits explicitly because some libraries
 * (the schema engine, database pools) keep timers alive.
 */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`error: ${message.split("\n")[0]}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
