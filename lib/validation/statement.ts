import { z } from "zod";
import { DocumentType, PublicationStatus, VerificationStatus } from "../generated/sqlite/enums";
import { MAX_TONE_LEVEL, NOT_MENTIONED } from "../tone/scale";
import { isoDate, languageCode, optionalText, requiredText, slugPart } from "./fields";

export const STATEMENT_SLUG_PATTERN = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Everything that defines a statement, as an editor or a seed file gives it. */
export const statementInput = z
  .object({
    slug: z
      .string({ error: "Slug is required" })
      .trim()
      .max(120, "Slug must be at most 120 characters")
      .regex(STATEMENT_SLUG_PATTERN, "Slug must look like YYYY-MM-DD-short-title (lower case, digits and hyphens)"),
    date: isoDate("Date"),
    title: requiredText("Title", 200),
    speaker: optionalText("Speaker", 120),
    body: optionalText("Issuing body", 160),
    documentType: z.enum(DocumentType, { error: "Document type is not one of the known types" }),
    event: optionalText("Event", 200),
    quote: optionalText("Quote", 8000),
    language: languageCode,
    translation: optionalText("Translation", 8000),
    paragraphRef: optionalText("Paragraph reference", 60),
    summary: optionalText("Summary", 4000),
    toneLevel: z
      .number({ error: "Tone level is required" })
      .int("Tone level must be a whole number")
      .min(NOT_MENTIONED, `Tone level must be between ${NOT_MENTIONED} and ${MAX_TONE_LEVEL}`)
      .max(MAX_TONE_LEVEL, `Tone level must be between ${NOT_MENTIONED} and ${MAX_TONE_LEVEL}`),
    toneRationale: optionalText("Tone rationale", 2000),
    verification: z.enum(VerificationStatus, { error: "Verification status is not one of the known statuses" }),
    status: z.enum(PublicationStatus, { error: "Publication status must be draft, published or archived" }),
    sourceId: requiredText("Source", 120),
    themes: z
      .array(z.string().regex(slugPart, "Theme must be a theme slug"))
      .max(20, "A statement can have at most 20 themes")
      .default([]),
  })
  .superRefine((statement, ctx) => {
    if (STATEMENT_SLUG_PATTERN.test(statement.slug) && !statement.slug.startsWith(`${statement.date}-`)) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: `Slug must start with the statement's date (${statement.date}-)` });
    }
    if (statement.toneLevel !== NOT_MENTIONED && !statement.quote) {
      ctx.addIssue({ code: "custom", path: ["quote"], message: "Quote is required unless China is not mentioned" });
    }
    if (statement.quote && statement.language !== "en" && !statement.translation) {
      ctx.addIssue({ code: "custom", path: ["translation"], message: "English translation is required when the quote is not in English" });
    }
  });

export type StatementInput = z.output<typeof statementInput>;
