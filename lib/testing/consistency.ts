/**
 * What must hold in the database after a load or a crash, whatever was in flight: every
 * statement has one revision per version (1..version, nothing missing or extra), its row and
 * theme links are exactly what its latest revision recorded (no half-written save), and every
 * save the app acknowledged is there.
 */
import type { Db } from "../db/create-client";
import type { DatabaseConfig } from "../db/database-url";
import { sameSnapshot, statementSnapshot } from "../revisions/snapshots";
import type { StatementInput } from "../validation/statement";

/** A save the app answered with "saved": the statement, the version it reached and what was sent. */
export type AcknowledgedWrite = { slug: string; version: number; title: string; themes: string[] };

export type ConsistencyReport = { statements: number; revisions: number; acknowledged: number; problems: string[] };

export async function checkConsistency(db: Db, config: DatabaseConfig, acknowledged: AcknowledgedWrite[]): Promise<ConsistencyReport> {
  const problems: string[] = [];
  if (config.provider === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    const verdict = rows.map((row) => row.integrity_check).join("; ");
    if (verdict !== "ok") problems.push(`PRAGMA integrity_check: ${verdict}`);
  }

  const statements = await db.statement.findMany({ include: { themes: { select: { slug: true } } } });
  const revisions = await db.revision.findMany({ where: { entityType: "statement" }, select: { entityId: true, version: true, next: true } });
  const byStatement = new Map<string, { version: number; next: string }[]>();
  for (const revision of revisions) {
    const list = byStatement.get(revision.entityId) ?? [];
    list.push(revision);
    byStatement.set(revision.entityId, list);
  }

  const bySlug = new Map(statements.map((row) => [row.slug, row]));
  for (const row of statements) {
    const own = (byStatement.get(row.id) ?? []).sort((a, b) => a.version - b.version);
    const versions = own.map((revision) => revision.version);
    const expected = Array.from({ length: row.version }, (_, index) => index + 1);
    if (versions.join(",") !== expected.join(",")) {
      problems.push(`${row.slug}: version ${row.version} but revisions for versions [${versions.join(", ")}]`);
      continue;
    }
    const latest = JSON.parse(own[own.length - 1]!.next) as StatementInput;
    const stored = statementSnapshot(row);
    if (!sameSnapshot(stored, { ...latest, themes: [...latest.themes].sort() })) {
      problems.push(`${row.slug}: the row (title “${stored.title}”, themes ${stored.themes.join(",")}) is not what its latest revision recorded (title “${latest.title}”, themes ${latest.themes.join(",")})`);
    }
  }

  const latestAcknowledged = new Map<string, AcknowledgedWrite>();
  for (const write of acknowledged) {
    const row = bySlug.get(write.slug);
    if (!row) {
      problems.push(`lost write: ${write.slug} version ${write.version} was acknowledged but the statement is not in the database`);
      continue;
    }
    if (!byStatement.get(row.id)?.some((revision) => revision.version === write.version)) {
      problems.push(`lost write: ${write.slug} version ${write.version} was acknowledged but has no revision`);
    }
    const previous = latestAcknowledged.get(write.slug);
    if (!previous || previous.version < write.version) latestAcknowledged.set(write.slug, write);
  }
  // Each writer saves only its own statements, one save at a time, so its last acknowledged save
  // is what the row must hold, unless a later save was in flight and committed (kill test).
  for (const write of latestAcknowledged.values()) {
    const row = bySlug.get(write.slug);
    if (!row || row.version < write.version) {
      if (row) problems.push(`lost write: ${write.slug} is at version ${row.version}, below the acknowledged ${write.version}`);
      continue;
    }
    if (row.version === write.version) {
      const themes = row.themes.map((theme) => theme.slug).sort();
      if (row.title !== write.title || themes.join(",") !== [...write.themes].sort().join(",")) {
        problems.push(`${write.slug} version ${write.version}: stored title “${row.title}” / themes ${themes.join(",")} differ from the acknowledged save`);
      }
    }
  }
  return { statements: statements.length, revisions: revisions.length, acknowledged: acknowledged.length, problems };
}
