import type { Db } from "../db/create-client";
import { recordRevision } from "../revisions/record-revision";
import type { FieldProblems } from "../validation/problems";
import type { ThemeInput } from "../validation/theme";

export type ThemeSaveResult =
  | { ok: true; theme: { id: string; slug: string; name: string } }
  | { ok: false; fieldErrors: FieldProblems<keyof ThemeInput> };

class ThemeRefused extends Error {
  constructor(readonly fieldErrors: FieldProblems<keyof ThemeInput>) {
    super("theme refused");
  }
}

/** Creates a theme and its first revision in one transaction. Free of Next.js, like statement saves. */
export async function createTheme(db: Db, input: ThemeInput, authorId: string | null): Promise<ThemeSaveResult> {
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.theme.findUnique({ where: { slug: input.slug }, select: { name: true } });
      if (existing) throw new ThemeRefused({ slug: { key: "slugTakenByTheme", params: { name: existing.name } } });
      const theme = await tx.theme.create({ data: input });
      await recordRevision(tx, { entityType: "theme", entityId: theme.id, version: theme.version, action: "create", previous: null, next: input, authorId });
      return { ok: true as const, theme: { id: theme.id, slug: theme.slug, name: theme.name } };
    });
  } catch (error) {
    if (error instanceof ThemeRefused) return { ok: false, fieldErrors: error.fieldErrors };
    if ((error as { code?: unknown })?.code === "P2002") return { ok: false, fieldErrors: { slug: { key: "slugTakenByAnotherTheme" } } };
    throw error;
  }
}
