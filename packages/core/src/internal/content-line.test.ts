import { describe, expect, it } from "vitest";
import { contentLines, escapeText, foldLine } from "./content-line.js";

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("escapeText", () => {
  it("escapes backslash, semicolon and comma and turns every line break into \\n", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("drops control characters that a content line may not hold, but keeps tabs", () => {
    expect(escapeText("a\u0000b\u001bc\td")).toBe("abc\td");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = "x".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds longer lines into pieces of at most 75 octets, continuations starting with a space", () => {
    const line = `DESCRIPTION:${"Beratung für Zugewanderte, ".repeat(8)}`;
    const folded = foldLine(line);
    const pieces = folded.split("\r\n");
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    for (const piece of pieces.slice(1)) expect(piece.startsWith(" ")).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("never splits a multi-octet character: Arabic, Ukrainian and emoji survive unfolding", () => {
    const line = `SUMMARY:${"استشارة الهجرة ".repeat(6)}Консультація 👩🏽‍⚖️🇩🇪`;
    const folded = foldLine(line);
    for (const piece of folded.split("\r\n")) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      // A lone surrogate or a broken UTF-8 sequence would not round-trip through the encoder.
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(piece))).toBe(piece);
      expect(/[\ud800-\udbff]$/.test(piece)).toBe(false);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe("contentLines", () => {
  it("ends every line, the last one too, with CRLF", () => {
    expect(contentLines(["BEGIN:VCARD", "END:VCARD"])).toBe("BEGIN:VCARD\r\nEND:VCARD\r\n");
  });
});
