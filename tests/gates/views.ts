/** The three ways a reader sees a page: the light theme, the dark theme and print. */
export const views = [
  { name: "light", media: { media: "screen", colorScheme: "light" } },
  { name: "dark", media: { media: "screen", colorScheme: "dark" } },
  { name: "print", media: { media: "print", colorScheme: "light" } },
] as const;

export type View = (typeof views)[number];
