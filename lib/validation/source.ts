import { z } from "zod";
import { SourceKind } from "../generated/sqlite/enums";
import { httpUrl, isoDate, languageCode, optionalText, requiredText, slugPart } from "./fields";
import { message } from "./problems";

/** Everything that defines a source document. */
export const sourceInput = z.object({
  id: z
    .string({ error: message("required") })
    .trim()
    .max(120, message("tooLong"))
    .regex(slugPart, message("slugWords")),
  title: requiredText(300),
  outlet: requiredText(160),
  url: httpUrl.nullish().transform((value) => value ?? null),
  publishedAt: isoDate().nullish().transform((value) => value ?? null),
  language: languageCode,
  kind: z.enum(SourceKind, { error: message("sourceKind") }),
  fullText: optionalText(200_000),
  retrievedAt: isoDate().nullish().transform((value) => value ?? null),
  reliabilityNote: optionalText(2000),
});

export type SourceInput = z.output<typeof sourceInput>;
