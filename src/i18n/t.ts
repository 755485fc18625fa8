import strings from "./en.json" with { type: "json" };

export type UiKey = keyof typeof strings;

/** The book's interface words, kept in one place so a second edition needs no code change. */
export function t(key: UiKey): string {
  return strings[key];
}
