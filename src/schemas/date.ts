import { z } from "zod";
import { checkIsoDate } from "../lib/dates.ts";

/** A quoted ISO date whose length gives its precision: "2024", "2024-07" or "2024-07-27". */
export const isoDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date || typeof issue.input === "number"
        ? 'a date must be a quoted string such as "2024-07-27", "2024-07" or "2024"'
        : undefined,
  })
  .superRefine((value, ctx) => {
    const problem = checkIsoDate(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/**
 * Narrows a date known only roughly: "late 2021", "early 2024", "about 2017"; or says the event
 * came no later ("by 2017") or no earlier ("after 20 February 2025") than that date.
 */
export const dateQualifier = z.enum(["early", "mid", "late", "about", "by", "after"]);
export type DateQualifier = z.infer<typeof dateQualifier>;
