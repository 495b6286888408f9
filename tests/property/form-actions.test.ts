import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../../lib/db/create-client";
import { SOURCE_FORM_FIELDS, type SourceFormState } from "../../lib/sources/form";
import { EMPTY_STATEMENT_VALUES, type StatementFormState } from "../../lib/statements/form";
import type { ThemeFormState } from "../../lib/themes/actions";
import { TEST_DATABASES, type TestDatabase } from "../support/databases";
import { openAppDatabase } from "./support/app-database";
import { hostileString, RUNS } from "./support/hostile";

/**
 * The editor's server actions called as a client can call them: any FormData, any bound id,
 * signed in as an editor or not at all. A save either succeeds with a valid row or names the
 * fields at fault and writes nothing.
 */

const englishTranslator = vi.hoisted(() => (namespace: string) => {
  // Loaded lazily: vi.hoisted runs before the imports.
  const { createTranslator } = require("next-intl") as typeof import("next-intl");
  const messages = { editor: require("../../messages/en/editor.json"), auth: require("../../messages/en/auth.json") };
  return createTranslator({ locale: "en", messages, namespace: namespace as never }) as unknown as (key: string, values?: Record<string, unknown>) => string;
});
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; role: string } }));

vi.mock("../../lib/auth/session", () => ({
  checkRole: async () => (session.user ? { ok: true, user: session.user } : { ok: false, status: 401 }),
  requireRole: async () => {
    if (!session.user) throw new Error("not signed in");
    return session.user;
  },
  authRefusal: async (status: number) => englishTranslator("auth.refused")(status === 401 ? "unauthenticated" : "forbidden"),
  AuthorizationError: class extends Error {},
}));
// The actions word their messages in the page's language; outside a request that is English.
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async (namespace: string) => englishTranslator(namespace),
}));
// Outside a request there is no cache to revalidate; the save's own result is what is checked.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, updateTag: () => {}, unstable_cache: <T,>(query: T) => query }));

/** What a successful save does instead of returning: Next.js redirects by throwing. */
async function outcome<T>(action: () => Promise<T>): Promise<{ redirect: string } | { state: T }> {
  try {
    return { state: await action() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

/** Every row a save could touch, in a fixed order: equal dumps mean nothing was written. */
async function dump(db: Db) {
  const [statements, sources, themes, revisions] = await Promise.all([
    db.statement.findMany({ orderBy: { id: "asc" }, include: { themes: { select: { slug: true }, orderBy: { slug: "asc" } } } }),
    db.source.findMany({ orderBy: { id: "asc" } }),
    db.theme.findMany({ orderBy: { id: "asc" } }),
    db.revision.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ statements, sources, themes, revisions });
}

type FormValue = string | Blob | undefined;
type FormValues = Record<string, FormValue | FormValue[]>;

/** A bad value for a field: a hostile string, a file where text belongs, or nothing at all. */
const badValue: fc.Arbitrary<FormValue> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: fc.constant(new Blob(["<script>alert(1)</script>"], { type: "text/html" })), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

/**
 * A valid form with up to three fields replaced by bad values. Most bad values are refused, but
 * markup or SQL in a free-text field is valid text and must be saved exactly as typed.
 */
function corrupted(valid: FormValues): fc.Arbitrary<FormValues> {
  return fc
    .tuple(fc.subarray(Object.keys(valid), { maxLength: 3 }), fc.array(badValue, { minLength: 3, maxLength: 3 }))
    .map(([keys, bad]) => ({ ...valid, ...Object.fromEntries(keys.map((key, i) => [key, bad[i]])) }));
}

function formData(values: FormValues): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const one of [value].flat()) if (one !== undefined) data.append(key, one);
  }
  return data;
}

const FRESH_STATEMENT_FORM: StatementFormState = { attempt: 0, values: EMPTY_STATEMENT_VALUES, version: 0, fieldErrors: {} };
const FRESH_SOURCE_FORM: SourceFormState = {
  attempt: 0,
  values: Object.fromEntries(SOURCE_FORM_FIELDS.map((field) => [field, ""])) as SourceFormState["values"],
  version: 0,
  fieldErrors: {},
};
const FRESH_THEME_FORM: ThemeFormState = { attempt: 0, values: { slug: "", name: "", description: "" }, fieldErrors: {} };

const fieldNames = (errors: Record<string, unknown>) => Object.keys(errors);

for (const [name, open] of TEST_DATABASES) {
  describe(`form actions with hostile input on ${name}`, () => {
    let database: TestDatabase;
    let db: Db;
    let editor: { id: string; email: string; name: string; role: string };
    let actions: {
      saveStatement: typeof import("../../lib/statements/actions").saveStatement;
      saveTheme: typeof import("../../lib/themes/actions").saveTheme;
      saveSource: typeof import("../../lib/sources/actions").saveSource;
    };
    let source: { id: string; version: number };
    let theme: string;
    let statement: { id: string; date: string; version: number };

    beforeAll(async () => {
      database = await openAppDatabase(open);
      db = database.db;
      const user = await db.user.create({ data: { name: "Property Editor", email: "property-editor@example.org", role: "editor" } });
      editor = { id: user.id, email: user.email, name: user.name, role: "editor" };
      actions = {
        saveStatement: (await import("../../lib/statements/actions")).saveStatement,
        saveTheme: (await import("../../lib/themes/actions")).saveTheme,
        saveSource: (await import("../../lib/sources/actions")).saveSource,
      };
      source = await db.source.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, version: true } });
      theme = (await db.theme.findFirstOrThrow({ orderBy: { slug: "asc" } })).slug;
      const row = await db.statement.findFirstOrThrow({ where: { status: "PUBLISHED", quote: { not: null } }, orderBy: { slug: "asc" } });
      statement = { id: row.id, date: row.date.toISOString().slice(0, 10), version: row.version };
    });

    beforeEach(() => {
      session.user = editor;
    });

    afterAll(() => database?.close());

    it("theme form: a created theme holds exactly the valid input; a refusal names its fields and writes nothing", async () => {
      const input = corrupted({ slug: "property-theme", name: "Property theme", description: "A theme made by the property test." });
      await fc.assert(
        fc.asyncProperty(input, fc.nat(), async (values, n) => {
          if (values.slug === "property-theme") values.slug = `property-theme-${n}`;
          const before = await dump(db);
          const state = await actions.saveTheme(FRESH_THEME_FORM, formData(values));
          if (state.created) {
            const row = await db.theme.findUniqueOrThrow({ where: { slug: (values.slug as string).trim() } });
            expect(row.name).toBe((values.name as string).trim());
            expect(await db.revision.count({ where: { entityType: "theme", entityId: row.id } })).toBe(1);
            return;
          }
          expect(state.message).toBe("Some fields need correcting.");
          expect(fieldNames(state.fieldErrors).length).toBeGreaterThan(0);
          for (const key of fieldNames(state.fieldErrors)) expect(["slug", "name", "description"]).toContain(key);
          expect(await dump(db)).toBe(before);
        }),
        { numRuns: RUNS },
      );
    });

    it("statement form (new and corrections, any bound id): saved and redirected, or refused by field with nothing written", async () => {
      const values = (slugSuffix: number) =>
        corrupted({
          slug: `${statement.date}-property-${slugSuffix}`,
          date: statement.date,
          title: "A statement from the property test",
          speaker: "Jens Stoltenberg",
          documentType: "SPEECH",
          quote: "China's coercive policies challenge our interests.",
          language: "en",
          translation: "",
          toneLevel: "4",
          verification: "UNVERIFIED",
          status: "DRAFT",
          sourceId: source.id,
          themes: [theme],
          version: String(statement.version),
        });
      const target = fc.oneof(fc.constant<string | null>(null), fc.constant<string | null>(statement.id), hostileString);
      await fc.assert(
        fc.asyncProperty(fc.nat().chain((n) => values(n)), target, async (input, statementId) => {
          const before = await dump(db);
          const result = await outcome(() => actions.saveStatement(statementId, FRESH_STATEMENT_FORM, formData(input)));
          if ("redirect" in result) {
            expect(result.redirect).toMatch(/^\/statements\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/history\?saved=\d+$/);
            const slug = result.redirect.split("/")[2]!;
            const row = await db.statement.findUniqueOrThrow({ where: { slug } });
            expect(row.title).toBe((input.title as string).trim());
            if (statementId === statement.id) statement.version = row.version;
            return;
          }
          const state = result.state;
          const known = ["slug", "date", "title", "speaker", "body", "documentType", "event", "quote", "language", "translation", "paragraphRef", "summary", "toneLevel", "toneRationale", "verification", "status", "sourceId", "themes"];
          if (fieldNames(state.fieldErrors).length > 0) {
            for (const key of fieldNames(state.fieldErrors)) expect(known).toContain(key);
            expect(state.message).toBe("Some fields need correcting.");
          } else {
            expect(state.message).toMatch(/lost track of its version|no longer exists|someone else saved/);
          }
          expect(await dump(db)).toBe(before);
        }),
        { numRuns: RUNS },
      );
    });

    it("source form (any bound id): saved and redirected, or refused by field with nothing written", async () => {
      const input = corrupted({
        title: "A source corrected by the property test",
        outlet: "NATO",
        url: "https://www.nato.int/cps/en/natohq/official_texts.htm",
        publishedAt: "2021-06-14",
        language: "en",
        kind: "OFFICIAL_NATO",
        fullText: "The full text.",
        retrievedAt: "2024-01-02",
        reliabilityNote: "",
        version: "current",
      });
      const target = fc.oneof({ arbitrary: fc.constant(source.id), weight: 3 }, { arbitrary: hostileString, weight: 1 });
      await fc.assert(
        fc.asyncProperty(input, target, async (values, sourceId) => {
          if (values.version === "current") values.version = String(source.version);
          const before = await dump(db);
          const result = await outcome(() => actions.saveSource(sourceId, FRESH_SOURCE_FORM, formData(values)));
          if ("redirect" in result) {
            const row = await db.source.findUniqueOrThrow({ where: { id: sourceId } });
            // A save that changes nothing keeps the version.
            expect([source.version, source.version + 1]).toContain(row.version);
            expect(result.redirect).toBe(`/sources/${sourceId}/edit?saved=${row.version}`);
            expect(row.title).toBe((values.title as string).trim());
            source.version = row.version;
            return;
          }
          const state = result.state;
          if (fieldNames(state.fieldErrors).length > 0) {
            for (const key of fieldNames(state.fieldErrors)) expect(["id", ...Object.keys(values)]).toContain(key);
          } else {
            expect(state.message).toMatch(/no longer exists|someone else saved/);
          }
          expect(await dump(db)).toBe(before);
        }),
        { numRuns: RUNS },
      );
    });

    it("anonymous visitors are refused by every form, and nothing is written", async () => {
      session.user = null;
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom("slug", "name", "title", "date", "quote", "sourceId", "version"), hostileString), async (values) => {
          const before = await dump(db);
          const data = formData({ slug: "anonymous-theme", name: "Anonymous", title: "t", date: statement.date, ...values });
          const states = [
            await actions.saveTheme(FRESH_THEME_FORM, data),
            await actions.saveStatement(null, FRESH_STATEMENT_FORM, data),
            await actions.saveStatement(statement.id, FRESH_STATEMENT_FORM, data),
            await actions.saveSource(source.id, FRESH_SOURCE_FORM, data),
          ];
          for (const state of states) expect(state.message).toBe("Sign in to do this.");
          expect(await dump(db)).toBe(before);
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    });

    it("valid input does save (the properties above can see successes)", async () => {
      const created = await outcome(() =>
        actions.saveStatement(null, FRESH_STATEMENT_FORM, formData({
          slug: `${statement.date}-property-check`, date: statement.date, title: "Checked", documentType: "SPEECH", quote: "China.",
          language: "en", toneLevel: "3", verification: "UNVERIFIED", status: "DRAFT", sourceId: source.id, themes: [theme],
        })),
      );
      expect(created).toEqual({ redirect: `/statements/${statement.date}-property-check/history?saved=1` });
      const themeState = await actions.saveTheme(FRESH_THEME_FORM, formData({ slug: "property-check", name: "Checked" }));
      expect(themeState.created).toBe("Checked");
    });
  });
}
