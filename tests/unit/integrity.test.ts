import { describe, expect, it } from "vitest";
import { checkWith } from "./helpers.ts";

describe("the fixture book", () => {
  it("passes every check", () => {
    expect(checkWith({})).toEqual([]);
  });
});

describe("each kind of bad input stops the build with file, line, field, value and hint", () => {
  it("an unknown source id in a briefing", () => {
    const problems = checkWith({ "actors/alpha.mdx": (t) => t.replace("[^fp-2024]", "[^fp-2042]") });
    expect(problems).toEqual([
      'content/actors/alpha.mdx:18: cites [^fp-2042], but "fp-2042" is not a source id and the footnote has no definition\n' +
        '    hint: did you mean "fp-2024" or "rs-2023"?',
    ]);
  });

  it("a footnote with neither a source nor a definition", () => {
    const problems = checkWith({ "actors/alpha.mdx": (t) => t.replace("[^1]: Written by the book.", "") });
    expect(problems).toEqual([
      'content/actors/alpha.mdx:26: cites [^1], but "1" is not a source id and the footnote has no definition\n' +
        '    hint: add content/sources/1.yaml, or define the note with a line "[^1]: ..."',
    ]);
  });

  it("an unknown source in YAML data", () => {
    const problems = checkWith({ "glossary/tst.yaml": (t) => t.replace("source: fp-2024", "source: fp2024") });
    expect(problems).toEqual([
      'content/glossary/tst.yaml:6: field "sources[0].source" references sources/"fp2024", which does not exist\n' +
        '    hint: did you mean "fp-2024"?',
    ]);
  });

  it("a paragraph past the end of its source, in YAML data", () => {
    const problems = checkWith({ "events/2023-11-capture.yaml": (t) => t.replace('locator: "6"', 'locator: "46"') });
    expect(problems).toEqual([
      'content/events/2023-11-capture.yaml:9: field "sources[0].locator" cites rs-2023 at paragraph 46, but it has 37 paragraphs\n' +
        '    hint: write a paragraph "7" or a range "7-9" between 1 and 37, counting the non-empty lines of its copy, 002_bb4308c7866b23c2.txt',
    ]);
  });

  it("a range out of order, and a locator that is no paragraph, in a briefing", () => {
    const problems = checkWith({
      "actors/beta.mdx": (t) => t.replace("[^rs-2023:3-4]", "[^rs-2023:4-3]"),
      "actors/chief.mdx": (t) => t.replace("[^ap-rewrite-2025:2]", "[^ap-rewrite-2025:2,3]"),
    });
    expect(problems).toEqual([
      'content/actors/beta.mdx:14: cites rs-2023 at "4-3", a range out of order\n' +
        '    hint: write a paragraph "7" or a range "7-9" between 1 and 37, counting the non-empty lines of its copy, 002_bb4308c7866b23c2.txt',
      'content/actors/chief.mdx:9: cites ap-rewrite-2025 at "2,3", which is not a paragraph\n' +
        '    hint: write a paragraph "7" or a range "7-9" between 1 and 8, counting the non-empty lines of its copy, 004_e78180d286fa1ce1.txt',
    ]);
  });

  it("an unknown actor", () => {
    const problems = checkWith({ "phases/second.mdx": (t) => t.replace("actors: [alpha]", "actors: [alpha, nobody]") });
    expect(problems).toEqual([
      'content/phases/second.mdx:7: field "actors[1]" references actors/"nobody", which does not exist\n' +
        "    hint: add content/actors/nobody.mdx",
    ]);
  });

  it("an impossible date", () => {
    const problems = checkWith({ "events/2023-11-capture.yaml": (t) => t.replace("2023-11-14", "2023-02-30") });
    expect(problems).toEqual([
      'content/events/2023-11-capture.yaml:2: field "date" "2023-02-30" is not a real calendar date (YYYY-MM-DD)',
    ]);
  });

  it("a date that would roll over if unquoted", () => {
    const problems = checkWith({ "events/2023-11-capture.yaml": (t) => t.replace('"2023-11-14"', "2024-13-45") });
    expect(problems[0]).toBe(
      "content/events/2023-11-capture.yaml:2: has the unquoted date 2024-13-45\n" +
        '    hint: write it in quotes ("2024-13-45"): unquoted dates are read as timestamps and can silently roll over',
    );
  });

  it("an end before its start", () => {
    const problems = checkWith({ "phases/first.mdx": (t) => t.replace('end: "2024-07"', 'end: "2023-01"') });
    expect(problems).toEqual(
      [
        'content/phases/first.mdx:5: field "end" "2023-01" is before the start "2023-10"\n' +
          "    hint: a phase ends on or after the day it starts",
        'content/events/2023-11-capture.yaml:2: field "date" "2023-11-14" falls outside its phase "first" (October 2023 – January 2023)\n' +
          "    hint: correct the date, or move the event to the phase that covers it",
      ].sort(),
    );
  });

  it("a briefing whose as-of date is earlier than a source it cites", () => {
    const problems = checkWith({ "actors/alpha.mdx": (t) => t.replace('asOf: "2024-08"', 'asOf: "2024-07"') });
    expect(problems).toEqual([
      'content/actors/alpha.mdx:13: field "asOf" "2024-07" is before lechner-mt-2024 (2024-08-12), which the briefing cites on line 18\n' +
        '    hint: a briefing is current to the newest source it cites: set asOf to "2024-08-12" or later',
    ]);
  });

  it("an event dated after every source it cites was published", () => {
    const problems = checkWith({
      "events/2024-07-clash.yaml": (t) => t.replace("source: fp-2024", "source: rs-2023"),
    });
    expect(problems).toEqual([
      'content/events/2024-07-clash.yaml:2: field "date" "2024-07-27" is after every source it cites was published (the newest, rs-2023, is from 2023-11)\n' +
        "    hint: correct the date, or cite a source that reports the event",
    ]);
  });

  it("an event outside its phase", () => {
    const problems = checkWith({
      "events/2024-07-clash.yaml": (t) =>
        t.replace("phase: second", "phase: first").replace("2024-07-27", "2024-08-01"),
    });
    expect(problems).toEqual([
      'content/events/2024-07-clash.yaml:2: field "date" "2024-08-01" falls outside its phase "first" (October 2023 – July 2024)\n' +
        "    hint: correct the date, or move the event to the phase that covers it",
    ]);
  });

  it("an alias shared by two actors", () => {
    const problems = checkWith({
      "actors/beta.mdx": (t) => t.replace("shortName: Beta", "shortName: Beta\naliases: [alfa]"),
    });
    expect(problems).toEqual([
      'content/actors/beta.mdx:4: field "aliases[0]" "alfa" is already a name or alias of actors/"alpha"\n' +
        "    hint: an alias must lead to one actor: remove it from one of them",
    ]);
  });

  it("a glossary variant that repeats the term or its expansion, or differs only in capitals", () => {
    const problems = checkWith({
      "glossary/tst.yaml": (t) =>
        t.replace("definition:", "variants: [tst, Sample term, the sample term]\ndefinition:"),
    });
    expect(problems).toEqual([
      'content/glossary/tst.yaml:3: field "variants[0]" "tst" is the term "TST" but for capitals\n' +
        "    hint: search ignores capitals and the page shows each spelling once: remove this variant",
      'content/glossary/tst.yaml:3: field "variants[2]" "the sample term" is the expansion "The Sample Term" but for capitals\n' +
        "    hint: search ignores capitals and the page shows each spelling once: remove this variant",
    ]);
  });

  it("another place of an event that repeats its place, or of an event set at none", () => {
    const problems = checkWith({
      "events/2023-11-capture.yaml": (t) => t.replace("place: town", "place: town\nalsoAt: [town]"),
      "events/2024-07-clash.yaml": (t) => t.replace(/^place: .*\n/m, "").replace("phase:", "alsoAt: [town]\nphase:"),
    });
    expect(problems).toEqual([
      'content/events/2023-11-capture.yaml:4: field "alsoAt[0]" "town" is the event\'s place already\n' +
        "    hint: alsoAt names each other place once, not the place the event is set at",
      expect.stringMatching(
        /^content\/events\/2024-07-clash\.yaml:\d+: field "alsoAt\[0\]" "town" is another place of an event that is set at none\n {4}hint: set "place:" to where it mainly happened$/,
      ),
    ]);
  });

  it("a missing required field", () => {
    const problems = checkWith({ "claims/toll.yaml": (t) => t.replace(/^assessment:.*$/m, "") });
    expect(problems).toEqual([
      'content/claims/toll.yaml:1: field "assessment" is required but missing\n' +
        '    hint: add "assessment:" to the front matter or data',
    ]);
  });

  it("a misspelt field", () => {
    const problems = checkWith({ "places/town.yaml": (t) => t.replace("variants:", "varients:") });
    expect(problems[0]).toBe(
      'content/places/town.yaml:2: has unknown field(s) "varients"\n    hint: check the spelling against the schema in src/schemas/',
    );
  });

  it("a value outside an enumeration", () => {
    const problems = checkWith({ "actors/beta.mdx": (t) => t.replace("kind: armed-group", "kind: militia") });
    expect(problems[0]).toMatch(
      /^content\/actors\/beta\.mdx:4: field "kind" .*\(found "militia"\)\n    hint: use one of: state, /,
    );
  });

  it("malformed YAML", () => {
    const problems = checkWith({ "places/town.yaml": (t) => t.replace("kind: town", "kind: [town") });
    expect(problems[0]).toMatch(/^content\/places\/town\.yaml:\d+: is not valid YAML: /);
  });

  it("a duplicate phase order", () => {
    const problems = checkWith({ "phases/second.mdx": (t) => t.replace("order: 2", "order: 1") });
    expect(problems).toEqual([
      'content/phases/second.mdx:3: field "order" 1 is also the order of phases/"first"\n    hint: give each phase its own order number',
    ]);
  });

  it("a relation stated on one side only", () => {
    const problems = checkWith({ "actors/beta.mdx": (t) => t.replace("type: adversary", "type: ally") });
    expect(problems).toContain(
      'content/actors/alpha.mdx:8: field "relations[0].actor" says beta is an adversary, but content/actors/beta.mdx lists alpha only as ally\n' +
        "    hint: add { actor: alpha, type: adversary } to the relations of beta, or correct this one",
    );
  });

  it("a source named by its citation key in a briefing's text", () => {
    const problems = checkWith({ "actors/alpha.mdx": (t) => t.replace("It says so itself.", "fp-2024 says so.") });
    expect(problems).toEqual([
      'content/actors/alpha.mdx:18: names the source "fp-2024" by its citation key in the text ("…Alpha fought Beta. fp-2024 says so. Again.…")\n' +
        '    hint: readers do not know the keys: name it as the book does (its outlet or author, e.g. "Foreign Policy, 2024"), and cite it with [^fp-2024:<paragraph>]',
    ]);
  });

  it("a source named by its citation key in a field of the data", () => {
    const problems = checkWith({ "glossary/tst.yaml": (t) => t.replace("A term for tests.", "A term rs-2023 uses.") });
    expect(problems).toEqual([
      'content/glossary/tst.yaml:3: field "definition" names the source "rs-2023" by its citation key in the text ("…A term rs-2023 uses.…")\n' +
        '    hint: readers do not know the keys: name it as the book does (its outlet or author, e.g. "Responsible Statecraft, 2023"), and cite it with [^rs-2023:<paragraph>]',
    ]);
  });

  it("a file name that is not an id", () => {
    const problems = checkWith({ "places/Bad Name.yaml": "name: x\n" });
    expect(problems.join("\n")).toContain(
      'content/places/Bad Name.yaml: has a file name that is not a valid id ("Bad Name")',
    );
  });
});
