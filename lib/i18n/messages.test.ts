import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";
import { routing } from "./routing";

const MESSAGES_DIR = path.resolve(import.meta.dirname, "../../messages");

type Tree = { [key: string]: string | Tree };

/** Every leaf as "namespace.path.to.key" -> value. */
function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") for (const [leaf, text] of leaves(value, name)) result.set(leaf, text);
    else result.set(name, value);
  }
  return result;
}

const filesOf = (locale: string) => readdirSync(path.join(MESSAGES_DIR, locale)).filter((file) => file.endsWith(".json")).sort();
const readFile = (locale: string, file: string) => JSON.parse(readFileSync(path.join(MESSAGES_DIR, locale, file), "utf8")) as Tree;

describe("message files", () => {
  it("exist for the same namespaces in every language", () => {
    for (const locale of routing.locales) expect(filesOf(locale), locale).toEqual(filesOf(routing.defaultLocale));
  });

  for (const file of filesOf(routing.defaultLocale)) {
    it(`${file} has the same keys in every language, none empty`, () => {
      const reference = leaves(readFile(routing.defaultLocale, file));
      for (const locale of routing.locales) {
        const messages = leaves(readFile(locale, file));
        expect([...messages.keys()].filter((key) => !reference.has(key)), `${locale}/${file}: keys English lacks`).toEqual([]);
        expect([...reference.keys()].filter((key) => !messages.has(key)), `${locale}/${file}: missing keys`).toEqual([]);
        const empty = [...messages].filter(([, value]) => typeof value !== "string" || value.trim() === "").map(([key]) => key);
        expect(empty, `${locale}/${file}: empty or non-text values`).toEqual([]);
      }
    });
  }

  it("are all loaded, one namespace per file", async () => {
    for (const locale of routing.locales) {
      const loaded = await loadMessages(locale);
      expect(Object.keys(loaded).sort(), locale).toEqual(filesOf(locale).map((file) => file.replace(/\.json$/, "")));
      for (const file of filesOf(locale)) expect(loaded[file.replace(/\.json$/, "") as keyof typeof loaded]).toEqual(readFile(locale, file));
    }
  });
});
