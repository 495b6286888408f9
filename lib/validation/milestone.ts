import { z } from "zod";
import { isoDate, optionalText, requiredText, slugPart } from "./fields";
import { message } from "./problems";

export const milestoneInput = z.object({
  slug: z.string({ error: message("required") }).trim().max(80, message("tooLong")).regex(slugPart, message("slugWords")),
  date: isoDate(),
  title: requiredText(120),
  description: optionalText(1000),
});

export type MilestoneInput = z.output<typeof milestoneInput>;
