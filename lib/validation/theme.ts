import { z } from "zod";
import { optionalText, requiredText, slugPart } from "./fields";

export const themeInput = z.object({
  slug: z
    .string({ error: "Slug is required" })
    .trim()
    .max(60, "Slug must be at most 60 characters")
    .regex(slugPart, "Slug must be lower-case words joined by hyphens"),
  name: requiredText("Name", 80),
  description: optionalText("Description", 500),
});

export type ThemeInput = z.output<typeof themeInput>;
