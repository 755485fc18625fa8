import { describe, expect, it } from "vitest";
import { placeNamed } from "../../src/lib/book-index.ts";
import { placesGeoJson } from "../../src/lib/place-data.ts";
import type { PlaceData } from "../../src/schemas/place.ts";

const place = (lat: number, lon: number, extra: Partial<PlaceData> = {}): PlaceData => ({
  name: "Kidal",
  variants: ["Kidal town"],
  kind: "town",
  country: "Mali",
  lat,
  lon,
  approximate: false,
  description: "A town in the north.",
  sources: [{ source: "rs-2023", locator: "14" }, { source: "fp-2024" }],
  ...extra,
});

describe("the places as GeoJSON", () => {
  const geo = placesGeoJson(
    [
      { id: "kidal", data: place(18.44, 1.41) },
      { id: "azawad", data: place(19, -0.5, { name: "Azawad", kind: "region", approximate: true }) },
    ],
    (id) => (id === "kidal" ? ["2023-11-14-kidal-taken"] : []),
    "https://example.org/",
  );

  it("is a FeatureCollection of points, longitude first as RFC 7946 has it", () => {
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features.map((f) => f.geometry)).toEqual([
      { type: "Point", coordinates: [1.41, 18.44] },
      { type: "Point", coordinates: [-0.5, 19] },
    ]);
  });

  it("carries each place's names, kind, precision, events, sources and entry", () => {
    expect(geo.features[0]?.properties).toEqual({
      id: "kidal",
      name: "Kidal",
      variants: ["Kidal town"],
      kind: "town",
      country: "Mali",
      approximate: false,
      description: "A town in the north.",
      events: ["2023-11-14-kidal-taken"],
      sources: ["rs-2023:14", "fp-2024"],
      url: "https://example.org/places/kidal/",
    });
    expect(geo.features[1]?.properties).toMatchObject({ kind: "region", approximate: true, events: [] });
  });
});

describe("the place a name names", () => {
  const places = [
    { id: "segou", data: place(13.4, -6.3, { name: "Ségou", variants: [] }) },
    { id: "khasham", data: place(35.4, 40.2, { name: "Khasham", variants: ["Battle of Khasham"] }) },
  ];

  it("is found by its name or a variant, whatever the case or accents", () => {
    expect(placeNamed(places, "Segou")?.id).toBe("segou");
    expect(placeNamed(places, "SÉGOU")?.id).toBe("segou");
    expect(placeNamed(places, "battle of Khasham")?.id).toBe("khasham");
  });

  it("is none for a name no place has, even one that begins like a place's", () => {
    expect(placeNamed(places, "Ségou region")).toBeUndefined();
    expect(placeNamed(places, "Khasha")).toBeUndefined();
  });
});
