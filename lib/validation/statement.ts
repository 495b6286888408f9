import { z } from "zod";
import { DocumentType, PublicationStatus, VerificationStatus } from "../generated/sqlite/enums";
import { MAX_TONE_LEVEL, NOT_MENTIONED } from "../tone/scale";
import { isoDate, languageCode, optionalText, requiredText, slugPart } from "./fields";

export const STATEMENT_SLUG_PATTERN = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Length limits of the text fields, shared with the editor form's maxLength attributes. */
export const STATEMENT_LIMITS = {
  slug: 120,
  title: 200,
  speaker: 120,
  body: 160,
  event: 200,
  quote: 8000,
  translation: 8000,
  paragraphRef: 60,
  summary: 4000,
  toneRationale: 2000,
  sourceId: 120,
  themes: 20,
} as const;

/** Everything that defines a statement, as an editor or a seed file gives it. */
export const statementInput = z
  .object({
    slug: z
      .string({ error: "Slug is required" })
      .trim()
      .max(STATEMENT_LIMITS.slug, `Slug must be at most ${STATEMENT_LIMITS.slug} characters`)
      .regex(STATEMENT_SLUG_PATTERN, "Slug must look like YYYY-MM-DD-short-title (lower case, digits and hyphens)"),
    date: isoDate("Date"),
    title: requiredText("Title", STATEMENT_LIMITS.title),
    speaker: optionalText("Speaker", STATEMENT_LIMITS.speaker),
    body: optionalText("Issuing body", STATEMENT_LIMITS.body),
    documentType: z.enum(DocumentType, { error: "Document type is not one of the known types" }),
    event: optionalText("Event", STATEMENT_LIMITS.event),
    quote: optionalText("Quote", STATEMENT_LIMITS.quote),
    language: languageCode,
    translation: optionalText("Translation", STATEMENT_LIMITS.translation),
    paragraphRef: optionalText("Paragraph reference", STATEMENT_LIMITS.paragraphRef),
    summary: optionalText("Summary", STATEMENT_LIMITS.summary),
    toneLevel: z
      .number({ error: "Tone level is required" })
      .int("Tone level must be a whole number")
      .min(NOT_MENTIONED, `Tone level must be between ${NOT_MENTIONED} and ${MAX_TONE_LEVEL}`)
      .max(MAX_TONE_LEVEL, `Tone level must be between ${NOT_MENTIONED} and ${MAX_TONE_LEVEL}`),
    toneRationale: optionalText("Tone rationale", STATEMENT_LIMITS.toneRationale),
    verification: z.enum(VerificationStatus, { error: "Verification status is not one of the known statuses" }),
    status: z.enum(PublicationStatus, { error: "Publication status must be draft, published or archived" }),
    sourceId: requiredText("Source", STATEMENT_LIMITS.sourceId),
    themes: z
      .array(z.string().regex(slugPart, "Theme must be a theme slug"))
      .max(STATEMENT_LIMITS.themes, `A statement can have at most ${STATEMENT_LIMITS.themes} themes`)
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
