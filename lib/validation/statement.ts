import { z } from "zod";
import { DocumentType, PublicationStatus, VerificationStatus } from "../generated/sqlite/enums";
import { MAX_TONE_LEVEL, NOT_MENTIONED } from "../tone/scale";
import { isoDate, languageCode, optionalText, requiredText, slugPart } from "./fields";
import { message } from "./problems";

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
      .string({ error: message("required") })
      .trim()
      .max(STATEMENT_LIMITS.slug, message("tooLong"))
      .regex(STATEMENT_SLUG_PATTERN, message("statementSlug")),
    date: isoDate(),
    title: requiredText(STATEMENT_LIMITS.title),
    speaker: optionalText(STATEMENT_LIMITS.speaker),
    body: optionalText(STATEMENT_LIMITS.body),
    documentType: z.enum(DocumentType, { error: message("documentType") }),
    event: optionalText(STATEMENT_LIMITS.event),
    quote: optionalText(STATEMENT_LIMITS.quote),
    language: languageCode,
    translation: optionalText(STATEMENT_LIMITS.translation),
    paragraphRef: optionalText(STATEMENT_LIMITS.paragraphRef),
    summary: optionalText(STATEMENT_LIMITS.summary),
    toneLevel: z
      .number({ error: message("required") })
      .int(message("wholeNumber"))
      .min(NOT_MENTIONED, message("toneRange"))
      .max(MAX_TONE_LEVEL, message("toneRange")),
    toneRationale: optionalText(STATEMENT_LIMITS.toneRationale),
    verification: z.enum(VerificationStatus, { error: message("verification") }),
    status: z.enum(PublicationStatus, { error: message("publicationStatus") }),
    sourceId: requiredText(STATEMENT_LIMITS.sourceId),
    themes: z
      .array(z.string().regex(slugPart, message("themeSlug")))
      .max(STATEMENT_LIMITS.themes, message("tooManyThemes"))
      .default([]),
  })
  .superRefine((statement, ctx) => {
    if (STATEMENT_SLUG_PATTERN.test(statement.slug) && !statement.slug.startsWith(`${statement.date}-`)) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: message("slugDatePrefix"), params: { date: statement.date } });
    }
    if (statement.toneLevel !== NOT_MENTIONED && !statement.quote) {
      ctx.addIssue({ code: "custom", path: ["quote"], message: message("quoteRequired") });
    }
    if (statement.quote && statement.language !== "en" && !statement.translation) {
      ctx.addIssue({ code: "custom", path: ["translation"], message: message("translationRequired") });
    }
  });

export type StatementInput = z.output<typeof statementInput>;
