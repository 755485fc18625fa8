import { describe, expect, it } from "vitest";
import {
  bounds,
  checkIsoDate,
  compareDates,
  formatDate,
  formatRange,
  precisionOf,
  withinSpan,
} from "../../src/lib/dates.ts";

describe("checkIsoDate", () => {
  it.each(["1960", "2024-07", "2024-07-27", "2024-02-29"])("accepts %s", (d) => {
    expect(checkIsoDate(d)).toBeNull();
  });
  it.each([
    ["2024-13-45", "not a real calendar date"],
    ["2023-02-29", "not a real calendar date"],
    ["2024-00", "not a real calendar date"],
    ["27 July 2024", "is not an ISO date"],
    ["2024/07/27", "is not an ISO date"],
    ["24-07-27", "is not an ISO date"],
  ])("rejects %s", (d, message) => {
    expect(checkIsoDate(d)).toContain(message);
  });
});

describe("precision and bounds", () => {
  it("reads precision off the form", () => {
    expect(precisionOf("2024")).toBe("year");
    expect(precisionOf("2024-07")).toBe("month");
    expect(precisionOf("2024-07-27")).toBe("day");
  });
  it("gives the span a date stands for", () => {
    expect(bounds("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(bounds("2023")).toEqual({ first: "2023-01-01", last: "2023-12-31" });
  });
  it("orders dates of mixed precision by their first day", () => {
    expect(["2024-07-27", "2023", "2024-07"].sort(compareDates)).toEqual(["2023", "2024-07", "2024-07-27"]);
  });
  it("says whether a date falls in a span", () => {
    expect(withinSpan("2024-07-27", "2024-07", "2024-12")).toBe(true);
    expect(withinSpan("2021", "2021", "2023-09")).toBe(true);
    expect(withinSpan("2023-10-01", "2021", "2023-09")).toBe(false);
  });
});

describe("formatting", () => {
  it("writes dates for readers", () => {
    expect(formatDate("2024-07-27")).toBe("27 July 2024");
    expect(formatDate("2024-07")).toBe("July 2024");
    expect(formatDate("2021", "late")).toBe("late 2021");
    expect(formatRange("2012", "2012")).toBe("2012");
    expect(formatRange("2020-08", "2021")).toBe("August 2020\u00a0– 2021");
  });
});
