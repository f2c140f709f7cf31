import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ContactSchema, PhoneNumberSchema } from "./contact.js";

describe("PhoneNumberSchema", () => {
  it.each([
    "+49 30 23125 123",
    "030 23125123",
    "(0221) 4710-123",
    "069/90009-123",
    "+49 (0)40 66969 123",
    "089 99998 123",
    "+4915123125125",
  ])("accepts the dialable number %s", (number) => {
    expect(z.safeParse(PhoneNumberSchema, number).success).toBe(true);
  });

  it.each([
    ["words", "ask at reception"],
    ["a tel: link", "tel:+493023125123"],
    ["too few digits", "110"],
    ["more than 15 digits", "+49 30 23125 123 456 789"],
    ["an extension in words", "030 23125 ext. 12"],
    ["an empty string", ""],
    ["a trailing separator", "030 23125-"],
  ])("refuses %s", (_, number) => {
    expect(z.safeParse(PhoneNumberSchema, number).success).toBe(false);
  });
});

describe("ContactSchema", () => {
  it("defaults phone type to voice and the lists to empty", () => {
    expect(z.parse(ContactSchema, { phones: [{ number: "030 23125123" }] })).toEqual({
      phones: [{ number: "030 23125123", type: "voice" }],
      emails: [],
    });
  });

  it.each(["beratung@example.org", "mbe.koeln+anfrage@beispiel-verband.de"])(
    "accepts the e-mail %s",
    (email) => {
      expect(z.safeParse(ContactSchema, { emails: [email] }).success).toBe(true);
    },
  );

  it.each(["beratung(at)example.org", "mailto:a@example.org", "a@b", "name @example.org"])(
    "refuses the e-mail %s",
    (email) => {
      expect(z.safeParse(ContactSchema, { emails: [email] }).success).toBe(false);
    },
  );
});
