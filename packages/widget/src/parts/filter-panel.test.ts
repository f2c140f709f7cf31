import { expect } from "@open-wc/testing";
import { distinctLanguageOptions } from "./filter-panel.js";

describe("distinctLanguageOptions", () => {
  it("never shows two options that read the same: a shared name gets its code", () => {
    const names: Record<string, string> = { ku: "Kurdisch", kmr: "Kurdisch", ar: "Arabisch" };
    const options = distinctLanguageOptions(["kmr", "ar", "ku"], (code) => names[code] ?? code);
    expect(options).to.deep.equal([
      { code: "ar", name: "Arabisch" },
      { code: "kmr", name: "Kurdisch (kmr)" },
      { code: "ku", name: "Kurdisch (ku)" },
    ]);
    expect(new Set(options.map((o) => o.name)).size).to.equal(options.length);
  });
});
