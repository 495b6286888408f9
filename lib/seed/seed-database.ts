import type { Prisma } from "../generated/sqlite/client";
import type { Db } from "../db/create-client";
import { recordRevision, type RevisionEntity } from "../revisions/record-revision";
import { normalizeStatementInput, sameSnapshot, sourceSnapshot, statementSnapshot, themeSnapshot } from "../revisions/snapshots";
import { dateFromIso } from "../validation/fields";
import type { SourceInput } from "../validation/source";
import { statementData } from "../statements/persist";
import type { SeedCorpus } from "./seed-files";

export type SeedCounts = { created: number; updated: number; unchanged: number };
export type SeedReport = Record<"themes" | "milestones" | "sources" | "statements", SeedCounts>;

/**
 * Upserts the corpus by its natural keys in one transaction. Rows already equal to the seed are
 * not written at all, so seeding twice changes nothing; a row that differs is updated with a
 * revision holding its previous values, so an editor's correction is never silently lost.
 */
export async function seedDatabase(db: Db, corpus: SeedCorpus): Promise<SeedReport> {
  return db.$transaction(
    async (tx) => ({
      themes: await seedThemes(tx, corpus),
      milestones: await seedMilestones(tx, corpus),
      sources: await seedSources(tx, corpus),
      statements: await seedStatements(tx, corpus),
    }),
    { timeout: 120_000 },
  );
}

function counts(): SeedCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

/**
 * Creates the entity when its key is new, leaves it alone when it already equals the input,
 * and otherwise updates it; every write records a revision.
 */
async function upsertVersioned<Row extends { id: string }, Input extends object>(
  tx: Prisma.TransactionClient,
  result: SeedCounts,
  entity: {
    type: RevisionEntity;
    input: Input;
    existing: Row | null;
    snapshot: (row: Row) => Input;
    create: () => Promise<{ id: string }>;
    update: (row: Row) => Promise<{ version: number }>;
  },
): Promise<void> {
  const { existing, input, type } = entity;
  if (!existing) {
    const created = await entity.create();
    await recordRevision(tx, { entityType: type, entityId: created.id, version: 1, action: "create", previous: null, next: input });
    result.created++;
    return;
  }
  const previous = entity.snapshot(existing);
  if (sameSnapshot(previous, input)) {
    result.unchanged++;
    return;
  }
  const updated = await entity.update(existing);
  await recordRevision(tx, { entityType: type, entityId: existing.id, version: updated.version, action: "seed", previous, next: input });
  result.updated++;
}

async function seedThemes(tx: Prisma.TransactionClient, corpus: SeedCorpus): Promise<SeedCounts> {
  const result = counts();
  for (const theme of corpus.themes) {
    await upsertVersioned(tx, result, {
      type: "theme",
      input: theme,
      existing: await tx.theme.findUnique({ where: { slug: theme.slug } }),
      snapshot: themeSnapshot,
      create: () => tx.theme.create({ data: theme }),
      update: (row) => tx.theme.update({ where: { id: row.id }, data: { ...theme, version: { increment: 1 } } }),
    });
  }
  return result;
}

async function seedMilestones(tx: Prisma.TransactionClient, corpus: SeedCorpus): Promise<SeedCounts> {
  const result = counts();
  for (const milestone of corpus.milestones) {
    const data = { ...milestone, date: dateFromIso(milestone.date) };
    const existing = await tx.milestone.findUnique({ where: { slug: milestone.slug } });
    if (!existing) {
      await tx.milestone.create({ data });
      result.created++;
    } else if (
      existing.title === data.title &&
      existing.description === data.description &&
      existing.date.getTime() === data.date.getTime()
    ) {
      result.unchanged++;
    } else {
      await tx.milestone.update({ where: { id: existing.id }, data });
      result.updated++;
    }
  }
  return result;
}

function sourceData(source: SourceInput) {
  return {
    ...source,
    publishedAt: source.publishedAt ? dateFromIso(source.publishedAt) : null,
    retrievedAt: source.retrievedAt ? dateFromIso(source.retrievedAt) : null,
  };
}

async function seedSources(tx: Prisma.TransactionClient, corpus: SeedCorpus): Promise<SeedCounts> {
  const result = counts();
  for (const source of corpus.sources) {
    await upsertVersioned(tx, result, {
      type: "source",
      input: source,
      existing: await tx.source.findUnique({ where: { id: source.id } }),
      snapshot: sourceSnapshot,
      create: () => tx.source.create({ data: sourceData(source) }),
      update: (row) => tx.source.update({ where: { id: row.id }, data: { ...sourceData(source), version: { increment: 1 } } }),
    });
  }
  return result;
}

async function seedStatements(tx: Prisma.TransactionClient, corpus: SeedCorpus): Promise<SeedCounts> {
  const result = counts();
  for (const input of corpus.statements) {
    const statement = normalizeStatementInput(input);
    const themes = statement.themes.map((slug) => ({ slug }));
    await upsertVersioned(tx, result, {
      type: "statement",
      input: statement,
      existing: await tx.statement.findUnique({ where: { slug: statement.slug }, include: { themes: { select: { slug: true } } } }),
      snapshot: statementSnapshot,
      create: () => tx.statement.create({ data: { ...statementData(statement), themes: { connect: themes } } }),
      update: (row) =>
        tx.statement.update({
          where: { id: row.id },
          data: { ...statementData(statement), themes: { set: themes }, version: { increment: 1 } },
        }),
    });
  }
  return result;
}
