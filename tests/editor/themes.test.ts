import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-client";
import { createTheme } from "../../lib/themes/mutations";
import { englishProblem } from "../../lib/validation/english";
import type { FieldProblem } from "../../lib/validation/problems";
import { themeInput } from "../../lib/validation/theme";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../support/databases";

for (const [name, open] of TEST_DATABASES) {
  describe(`theme creation on ${name}`, () => {
    let db: Db;
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(open);
      db = database.db;
    });

    afterAll(() => database?.close());

    it("creates the theme with one revision, and refuses its slug a second time without writing", async () => {
      const input = themeInput.parse({ slug: "semiconductors", name: "Semiconductors", description: "" });
      const created = await createTheme(db, input, null);
      expect(created).toMatchObject({ ok: true, theme: { slug: "semiconductors" } });
      const revisions = await db.revision.findMany({ where: { entityType: "theme" } });
      expect(revisions).toHaveLength(1);
      expect(JSON.parse(revisions[0]!.next)).toEqual({ slug: "semiconductors", name: "Semiconductors", description: null });

      const again = await createTheme(db, { ...input, name: "Chips" }, null);
      expect(again).toEqual({ ok: false, fieldErrors: { slug: { key: "slugTakenByTheme", params: { name: "Semiconductors" } } } });
      expect(englishProblem("slug", (again as { fieldErrors: { slug: FieldProblem } }).fieldErrors.slug)).toBe("Slug already used by the theme “Semiconductors”");
      expect(await db.theme.count()).toBe(1);
      expect(await db.revision.count()).toBe(1);
    });
  });
}
