import { type Office, OfficeSchema } from "@beratungsfinder/schemas";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { officeVCard } from "./office-vcard.js";

const office: Office = OfficeSchema.parse({
  id: "mbe-koeln-1",
  providerId: "caritas-koeln",
  name: "Migrationsberatung Köln; Süd, Haus 2",
  programmes: ["MBE"],
  address: {
    street: "Musterstraße 1",
    addition: "2. OG",
    postalCode: "50667",
    city: "Köln",
    state: "DE-NW",
  },
  geo: { lat: 50.9375, lon: 6.9603 },
  contact: {
    phones: [{ number: "0221 4710 123" }, { number: "0221 4710 124", type: "fax" }],
    emails: ["mbe@example.org"],
    website: "https://example.org/mbe?a=1,2;b",
  },
});
const provider = { id: "caritas-koeln", name: "Caritas, Köln", umbrella: "caritas" as const };

function parse(card: string) {
  return new ICAL.Component(ICAL.parse(card) as unknown[]);
}

describe("officeVCard", () => {
  it("is a vCard 3.0 that ical.js parses, with name, organisation, address, phones, e-mail and link", () => {
    const card = parse(officeVCard(office, { provider }));
    expect(card.name).toBe("vcard");
    expect(card.getFirstPropertyValue("version")).toBe("3.0");
    // RFC 2426 text escapes ";" and ","; ical.js reads vCard 3.0 text without undoing "\;", Android and Apple undo both.
    expect(officeVCard(office)).toContain("FN:Migrationsberatung Köln\\; Süd\\, Haus 2\r\n");
    expect(card.getFirstPropertyValue("fn")).toBe("Migrationsberatung Köln\\; Süd, Haus 2");
    expect(card.getFirstProperty("org")?.getValues()).toEqual([
      ["Caritas, Köln", "Migrationsberatung Köln; Süd, Haus 2"],
    ]);
    expect(card.getFirstPropertyValue("adr")).toEqual([
      "",
      "2. OG",
      "Musterstraße 1",
      "Köln",
      "",
      "50667",
      "Deutschland",
    ]);
    const phones = card.getAllProperties("tel");
    expect(phones.map((tel) => tel.getFirstValue())).toEqual(["0221 4710 123", "0221 4710 124"]);
    expect(phones[1]?.getParameter("type")).toEqual(["WORK", "FAX"]);
    expect(card.getFirstPropertyValue("email")).toBe("mbe@example.org");
    // The URI keeps its comma and semicolon literally.
    expect(card.getFirstPropertyValue("url")).toBe("https://example.org/mbe?a=1,2;b");
  });

  it("prefers the given link back to the office over its website, and carries a multi-line note", () => {
    const text = officeVCard(office, {
      url: "https://example.org/finder#office=mbe-koeln-1",
      note: "Mo 09:00–12:00\nDi geschlossen",
    });
    const card = parse(text);
    expect(card.getFirstPropertyValue("url")).toBe("https://example.org/finder#office=mbe-koeln-1");
    expect(card.getFirstPropertyValue("note")).toBe("Mo 09:00–12:00\nDi geschlossen");
    expect(text).toContain("NOTE:Mo 09:00–12:00\\nDi geschlossen");
  });

  it("uses CRLF line ends and folds no line beyond 75 octets, even with Arabic names", () => {
    const arabic = {
      ...office,
      name: "مكتب استشارات الهجرة للبالغين في كولونيا — الطابق الثاني، المبنى الجنوبي",
    };
    const text = officeVCard(arabic);
    expect(text.endsWith("END:VCARD\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(text).getFirstPropertyValue("fn")).toBe(arabic.name);
  });

  it("leaves out what an online service lacks (no address, no coordinates)", () => {
    const online = OfficeSchema.parse({
      id: "mbeon",
      providerId: "drk",
      name: "mbeon",
      programmes: ["MBEON"],
    });
    const text = officeVCard(online);
    expect(text).not.toContain("ADR");
    expect(text).not.toContain("GEO");
    expect(parse(text).getFirstPropertyValue("fn")).toBe("mbeon");
  });

  it("cannot be broken by a line break in a link", () => {
    const text = officeVCard(office, { url: "https://example.org/\r\nEND:VCARD" });
    expect(text.split("\r\n").filter((line) => line === "END:VCARD")).toHaveLength(1);
    expect(parse(text).getFirstPropertyValue("url")).toBe("https://example.org/END:VCARD");
  });
});
