import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/editor.json";
import fr from "@/messages/fr/editor.json";
import type { Messages } from "../i18n/messages-type";
import { fieldProblemsOf } from "./problems";
import { statementInput } from "./statement";
import { themeInput } from "./theme";
import { problemTexts } from "./wording";

const translator = (locale: "en" | "fr", editor: Messages["editor"]) =>
  createTranslator({ locale, messages: { editor } as Pick<Messages, "editor"> as Messages, namespace: "editor" });

const statement = {
  slug: "2024-07-10-washington-summit",
  date: "2024-07-10",
  title: "Washington Summit Declaration",
  documentType: "DECLARATION",
  quote: "La RPC est devenue un soutien décisif.",
  language: "fr",
  toneLevel: 5,
  verification: "VERIFIED_OFFICIAL",
  status: "PUBLISHED",
  sourceId: "nato-2024-07-10-washington-summit-declaration",
};

function worded(locale: "en" | "fr", input: unknown, schema: typeof statementInput | typeof themeInput = statementInput) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected problems");
  return problemTexts(translator(locale, locale === "en" ? en : fr), fieldProblemsOf<string>(result.error.issues));
}

describe("validation messages", () => {
  it("word the same schema's problems in English and in French", () => {
    const input = { ...statement, title: "", slug: "2024-07-11-washington", toneLevel: 7 };
    expect(worded("en", input)).toMatchObject({
      title: "Title is required",
      slug: "Slug must start with the statement's date (2024-07-10-)",
      toneLevel: "Tone level must be between 0 and 5",
    });
    expect(worded("fr", input)).toMatchObject({
      title: "Le champ « Titre » est obligatoire",
      slug: "Le champ « Identifiant d'adresse (slug) » doit commencer par la date de la déclaration (2024-07-10-)",
      toneLevel: "Le champ « Niveau de ton » doit être compris entre 0 et 5",
    });
  });

  it("carry the limits of length checks into the message, formatted for the language", () => {
    expect(worded("en", { slug: "x", name: "x".repeat(81) }, themeInput).name).toBe("Name must be at most 80 characters");
    expect(worded("fr", { ...statement, summary: "x".repeat(4001) }).summary).toBe("Le champ « Résumé » ne peut dépasser 4\u202f000 caractères");
  });

  it("ask for the English translation of a quote in another language", () => {
    expect(worded("fr", { ...statement }).translation).toBe("La traduction anglaise est obligatoire lorsque la citation n'est pas en anglais");
  });
});
