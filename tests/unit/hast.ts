import type { Element } from "hast";

/** A hast text node. */
export const text = (value: string) => ({ type: "text" as const, value });

/** A hast element, as rehype plugins receive it. */
export const el = (
  tagName: string,
  properties: Element["properties"],
  children: Element["children"] = [],
): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
