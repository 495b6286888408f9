import { z } from "zod";
import { SourceKind } from "../generated/sqlite/enums";
import { httpUrl, isoDate, languageCode, optionalText, requiredText, slugPart } from "./fields";

/** Everything that defines a source document. */
export const sourceInput = z.object({
  id: z
    .string({ error: "Source id is required" })
    .trim()
    .max(120, "Source id must be at most 120 characters")
    .regex(slugPart, "Source id must be lower-case words joined by hyphens"),
  title: requiredText("Title", 300),
  outlet: requiredText("Outlet", 160),
  url: httpUrl.nullish().transform((value) => value ?? null),
  publishedAt: isoDate("Publication date").nullish().transform((value) => value ?? null),
  language: languageCode,
  kind: z.enum(SourceKind, { error: "Kind must be official NATO, government, press or state-affiliated media" }),
  fullText: optionalText("Full text", 200_000),
  retrievedAt: isoDate("Retrieval date").nullish().transform((value) => value ?? null),
  reliabilityNote: optionalText("Reliability note", 2000),
});

export type SourceInput = z.output<typeof sourceInput>;
