import { describe, expect, it } from "vitest";
import { bilingual, optionalBilingual } from "./dto.js";

describe("bilingual content fields say which language each text is in", () => {
  it("a text recorded in English only fills the Dutch side and marks it as English", () => {
    expect(optionalBilingual(null, "Share of people in work")).toEqual({
      nl: "Share of people in work",
      en: "Share of people in work",
      lang: { nl: "en", en: "en" },
    });
  });

  it("a text recorded in Dutch only fills the English side and marks it as Dutch", () => {
    expect(optionalBilingual("Aandeel werkenden", null)).toEqual({
      nl: "Aandeel werkenden",
      en: "Aandeel werkenden",
      lang: { nl: "nl", en: "nl" },
    });
  });

  it("a text in both languages keeps each in its own", () => {
    expect(optionalBilingual("Aandeel werkenden", "Share of people in work")?.lang).toEqual({ nl: "nl", en: "en" });
  });

  it("no text in either language stays absent", () => {
    expect(optionalBilingual(null, null)).toBeNull();
  });

  it("a required pair is in its own languages and carries no marks", () => {
    expect(bilingual("Titel", "Title")).toEqual({ nl: "Titel", en: "Title" });
  });
});
