import { describe, expect, it } from "vitest";
import { plainQuotes, searchText, typedSpellings } from "../../src/lib/search-names.ts";

describe("the spellings a name is searched by", () => {
  it("are the name as written, without its accents, and with its apostrophe straight or left out", () => {
    expect(typedSpellings("Jama’at Nusrat")).toEqual(["Jama’at Nusrat", "Jama'at Nusrat", "Jamaat Nusrat"]);
    expect(typedSpellings("Cadre Stratégique Permanent")).toEqual([
      "Cadre Stratégique Permanent",
      "Cadre Strategique Permanent",
    ]);
    expect(typedSpellings("Assimi Goïta")).toEqual(["Assimi Goïta", "Assimi Goita"]);
    expect(typedSpellings("Kidal")).toEqual(["Kidal"]);
  });
});

describe("the text search weighs", () => {
  it("has the book's curly quotes and apostrophes made plain, and nothing else changed", () => {
    expect(plainQuotes("Prigozhin’s team")).toBe("Prigozhin's team");
    expect(plainQuotes("the leaders’ “Merci Wagner” and ‘Jama’at’")).toBe(`the leaders' "Merci Wagner" and 'Jama'at'`);
    expect(plainQuotes("Goïta – Mali-Algeria")).toBe("Goïta – Mali-Algeria");
  });

  it("has the words a hyphen joins written apart, and dashes and quotes as plainQuotes leaves them", () => {
    expect(searchText("Mali-Algeria border")).toBe("Mali Algeria border");
    expect(searchText("Wagner-backed forces retake Bangui’s outskirts")).toBe(
      "Wagner backed forces retake Bangui's outskirts",
    );
    expect(searchText("al-Qaida in the Islamic Maghreb")).toBe("al Qaida in the Islamic Maghreb");
    expect(searchText("Goïta – 2020-2021 -x")).toBe("Goïta – 2020-2021 -x");
  });
});
