import { describe, expect, it } from "vitest";
import { isResponsible } from "./responsible.js";

describe("isResponsible", () => {
  it("matches a district key for every municipality in the district", () => {
    expect(isResponsible(["05315"], "05315000")).toBe(true);
    expect(isResponsible(["05314"], "05315000")).toBe(false);
  });

  it("matches state and region keys", () => {
    expect(isResponsible(["11"], "11000000")).toBe(true);
    expect(isResponsible(["053"], "05315000")).toBe(true);
  });

  it("matches a municipality key exactly, never a longer key for a shorter query", () => {
    expect(isResponsible(["05315000"], "05315000")).toBe(true);
    expect(isResponsible(["05315000"], "05315")).toBe(false);
  });

  it("reads the AGS inside a 12-digit ARS", () => {
    expect(isResponsible(["09780131"], "097805707131")).toBe(true);
    expect(isResponsible(["097805707"], "097805707131")).toBe(true);
  });

  it("is false without a key or without a service area", () => {
    expect(isResponsible(["05315"], undefined)).toBe(false);
    expect(isResponsible([], "05315000")).toBe(false);
  });
});
