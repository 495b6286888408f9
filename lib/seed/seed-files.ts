import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { englishIssue } from "../validation/english";
import { milestoneInput, type MilestoneInput } from "../validation/milestone";
import { sourceInput, type SourceInput } from "../validation/source";
import { statementInput, type StatementInput } from "../validation/statement";
import { themeInput, type ThemeInput } from "../validation/theme";

export const SEEDS_DIR = path.join(process.cwd(), "seeds");

export type SeedCorpus = {
  themes: ThemeInput[];
  milestones: MilestoneInput[];
  sources: SourceInput[];
  statements: StatementInput[];
};

export class SeedFileError extends Error {
  override name = "SeedFileError";
}

/** sources.json names the file that holds a source's full text instead of inlining it. */
const sourceFileEntry = z.looseObject({ fullTextFile: z.string().nullish() });

/** Reads and validates every seed file; throws SeedFileError naming the file, entry and field. */
export function readSeedCorpus(dir = SEEDS_DIR): SeedCorpus {
  const sources = readJsonArray(dir, "sources.json").map((raw, index) => {
    const entry = parseEntry(sourceFileEntry, raw, "sources.json", index);
    const { fullTextFile, ...rest } = entry;
    const fullText = fullTextFile ? readText(dir, fullTextFile) : null;
    return parseEntry(sourceInput, { ...rest, fullText }, "sources.json", index);
  });
  const corpus: SeedCorpus = {
    themes: readJsonArray(dir, "themes.json").map((raw, i) => parseEntry(themeInput, raw, "themes.json", i)),
    milestones: readJsonArray(dir, "milestones.json").map((raw, i) => parseEntry(milestoneInput, raw, "milestones.json", i)),
    sources,
    statements: readJsonArray(dir, "statements.json").map((raw, i) => parseEntry(statementInput, raw, "statements.json", i)),
  };
  checkReferences(corpus);
  return corpus;
}

function readJsonArray(dir: string, file: string): unknown[] {
  const data: unknown = JSON.parse(readText(dir, file));
  if (!Array.isArray(data)) throw new SeedFileError(`seeds/${file}: expected a JSON array`);
  return data;
}

function readText(dir: string, file: string): string {
  try {
    return fs.readFileSync(path.join(dir, file), "utf8");
  } catch {
    throw new SeedFileError(`seeds/${file}: cannot be read`);
  }
}

function parseEntry<T extends z.ZodType>(schema: T, raw: unknown, file: string, index: number): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const label = (raw as { slug?: string; id?: string })?.slug ?? (raw as { id?: string })?.id ?? `#${index}`;
  throw new SeedFileError(`seeds/${file} ${label}: ${issue?.path.join(".") || "entry"}: ${issue ? englishIssue(issue) : "invalid"}`);
}

function checkReferences(corpus: SeedCorpus): void {
  assertUnique("themes.json", corpus.themes.map((t) => t.slug));
  assertUnique("milestones.json", corpus.milestones.map((m) => m.slug));
  assertUnique("sources.json", corpus.sources.map((s) => s.id));
  assertUnique("statements.json", corpus.statements.map((s) => s.slug));
  const sourceIds = new Set(corpus.sources.map((s) => s.id));
  const themeSlugs = new Set(corpus.themes.map((t) => t.slug));
  for (const statement of corpus.statements) {
    if (!sourceIds.has(statement.sourceId)) {
      throw new SeedFileError(`seeds/statements.json ${statement.slug}: sourceId "${statement.sourceId}" is not in sources.json`);
    }
    const unknown = statement.themes.find((slug) => !themeSlugs.has(slug));
    if (unknown) throw new SeedFileError(`seeds/statements.json ${statement.slug}: theme "${unknown}" is not in themes.json`);
  }
}

function assertUnique(file: string, keys: string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new SeedFileError(`seeds/${file}: "${key}" appears twice`);
    seen.add(key);
  }
}
