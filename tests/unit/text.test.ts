import { describe, expect, it } from "vitest";
import { headingCase, opening, sentence } from "../../src/lib/text.ts";

describe("opening (a page's meta description)", () => {
  it("keeps the first sentence when it is long enough", () => {
    const text =
      "The Russian private military company founded by Yevgeny Prigozhin, which fought in Mali. Hired by the junta, it took Kidal.";
    expect(opening(text)).toBe(
      "The Russian private military company founded by Yevgeny Prigozhin, which fought in Mali.",
    );
  });
  it("adds sentences until the opening is long enough", () => {
    expect(opening("Kidal fell. The army and Wagner took the town in November 2023. Then came Tinzaouatene.")).toBe(
      "Kidal fell. The army and Wagner took the town in November 2023.",
    );
  });
  it("does not end a sentence at an abbreviation", () => {
    expect(opening("Mr. Lechner writes about Wagner in Africa and its record. Another sentence.", 20)).toBe(
      "Mr. Lechner writes about Wagner in Africa and its record.",
    );
  });
  it("returns a short text whole", () => {
    expect(opening("Mali.")).toBe("Mali.");
  });
});

describe("sentence (a list that ends a sentence)", () => {
  it("adds a full stop, except after one", () => {
    expect(sentence("UN, U.N.")).toBe("UN, U.N.");
    expect(sentence("Malian Armed Forces, Malian army")).toBe("Malian Armed Forces, Malian army.");
    expect(sentence("Wait…")).toBe("Wait…");
  });
});

describe("headingCase (a name that starts a heading or a line)", () => {
  it("capitalises the first letter only", () => {
    expect(headingCase("central Mali")).toBe("Central Mali");
    expect(headingCase("Mali-Algeria border")).toBe("Mali-Algeria border");
    expect(headingCase("ïn Tebezas")).toBe("Ïn Tebezas");
    expect(headingCase("")).toBe("");
  });
});
