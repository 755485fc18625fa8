/**
 * When the book is printed: SOURCE_DATE_EPOCH (seconds) when set, for a reproducible build,
 * otherwise the start of today (UTC), so that two builds on one day print the same book.
 */
export function printedAt(epoch = process.env["SOURCE_DATE_EPOCH"]): Date {
  if (epoch) return new Date(Number(epoch) * 1000);
  return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
}

/** The day printed, as an ISO date for DateText. */
export function printedOn(): string {
  return printedAt().toISOString().slice(0, 10);
}
