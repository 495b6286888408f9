import { z } from "zod";
import { isoDate, optionalText, requiredText, slugPart } from "./fields";

export const milestoneInput = z.object({
  slug: z.string().trim().max(80, "Slug must be at most 80 characters").regex(slugPart, "Slug must be lower-case words joined by hyphens"),
  date: isoDate("Date"),
  title: requiredText("Title", 120),
  description: optionalText("Description", 1000),
});

export type MilestoneInput = z.output<typeof milestoneInput>;
