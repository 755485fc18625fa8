import { distance } from "fastest-levenshtein";

/** The valid ids close enough to a mistyped one to be what was meant, best first. */
export function nearest(wanted: string, valid: Iterable<string>, count = 3): string[] {
  const limit = Math.max(2, Math.ceil(wanted.length / 2));
  return [...valid]
    .map((id) => ({
      id,
      score: id.includes(wanted) || wanted.includes(id) ? 0 : distance(wanted, id),
    }))
    .filter((c) => c.score <= limit)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((c) => c.id);
}

/** "did you mean "a", "b" or "c"?" or an empty string when there is nothing close. */
export function didYouMean(wanted: string, valid: Iterable<string>): string {
  const ids = nearest(wanted, valid).map((id) => `"${id}"`);
  if (ids.length === 0) return "";
  const list = ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(", ")} or ${ids.at(-1)}`;
  return `did you mean ${list}?`;
}
