import { z } from "zod";
import { optionalText, requiredText, slugPart } from "./fields";
import { message } from "./problems";

export const themeInput = z.object({
  slug: z
    .string({ error: message("required") })
    .trim()
    .max(60, message("tooLong"))
    .regex(slugPart, message("slugWords")),
  name: requiredText(80),
  description: optionalText(500),
});

export type ThemeInput = z.output<typeof themeInput>;
