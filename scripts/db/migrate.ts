/**
 * `npm run db:migrate -- --name add_something`: like `prisma migrate dev` without the reset.
 * Creates a migration for each provider (prisma/migrations and prisma/postgresql/migrations) from
 * the changes in prisma/schema.prisma with the WebAssembly schema engine, then applies pending
 * migrations to the database named by DATABASE_URL with the migration runner (scripts/db/runner),
 * as db:deploy does. For the PostgreSQL migration it works on a scratch database on the DATABASE_URL
 * server when that is PostgreSQL, otherwise on a throwaway local server.
 */
import { parseDatabaseUrl } from "../../lib/db/database-url";
import { createMigration, MigrationError } from "../../lib/db/migrations";
import { runCommand } from "../../lib/db/migrations/cli";
import { deployMigrations } from "./runner";
import { describeDatabase, relativePath } from "./runner/cli";

runCommand("db:migrate", async () => {
  const name = parseName(process.argv.slice(2));
  const config = parseDatabaseUrl(process.env.DATABASE_URL);

  const created = await createMigration(name, {
    postgresUrl: config.provider === "postgresql" ? config.url : undefined,
  });
  const written = created.filter((migration) => migration.path !== null);
  if (written.length === 0) {
    console.log("No schema changes: prisma/schema.prisma matches the migrations, no migration created.");
  } else {
    for (const migration of written) console.log(`Created ${relativePath(migration.path!)}/migration.sql`);
  }

  const applied = await deployMigrations(config);
  const where = describeDatabase(config);
  console.log(
    applied.length === 0
      ? `${where} is up to date.`
      : `Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to ${where}: ${applied.join(", ")}.`,
  );
});

function parseName(args: string[]): string {
  let name = "migration";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--name" || arg === "-n") {
      const value = args[++i];
      if (value === undefined || value.startsWith("-")) throw new MigrationError(`${arg} needs a value, e.g. --name add_something`);
      name = value;
    } else if (arg.startsWith("--name=")) {
      name = arg.slice("--name=".length);
    } else {
      throw new MigrationError(`unknown argument "${arg}" (usage: npm run db:migrate -- --name add_something)`);
    }
  }
  return name;
}
