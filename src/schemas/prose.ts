import { z } from "zod";
import { smartText } from "../plugins/remark-smartypants.ts";

/**
 * A sentence or more of the book's prose kept in front matter or YAML (a summary, a title, a
 * claim's statement). Pages print it as text, not Markdown, so it is given the typography the MDX
 * bodies get (curly quotes and apostrophes, dashes, ellipses) when it is read. Names, aliases and
 * variants stay as written: the book matches them against its text.
 */
export const prose = z.string().min(1).transform(smartText);
