import { describe, expect, it } from "vitest";
import { toAsciiDigits } from "./ascii-digits.js";

describe("toAsciiDigits", () => {
  it("reads Arabic-Indic, Persian and fullwidth digits as 0–9", () => {
    expect(toAsciiDigits("١٠١١٥")).toBe("10115");
    expect(toAsciiDigits("۲۷")).toBe("27");
    expect(toAsciiDigits("５０６６７ Köln")).toBe("50667 Köln");
  });

  it("leaves other text alone", () => {
    expect(toAsciiDigits("Frankfurt (Oder) 15230")).toBe("Frankfurt (Oder) 15230");
  });
});
