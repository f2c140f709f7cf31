import { describe, expect, it } from "vitest";
import { decodeText, TextEncodingError } from "./decode-text.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
// "MBE Köln-Mülheim;Straße" as German Excel saves it ("CSV (Trennzeichen-getrennt)").
const cp1252 = Uint8Array.from([
  ...utf8("MBE K"),
  0xf6,
  ...utf8("ln-M"),
  0xfc,
  ...utf8("lheim;Stra"),
  0xdf,
  ...utf8("e "),
  0x80,
]);
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte order mark, and removes the mark", () => {
    expect(decodeText(utf8("id;name\nMBE Köln"))).toEqual({
      text: "id;name\nMBE Köln",
      encoding: "utf-8",
      reason: "utf-8",
    });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Köln")]))).toEqual({
      text: "Köln",
      encoding: "utf-8",
      reason: "bom",
    });
  });

  it("reads UTF-16 little and big endian by their byte order mark", () => {
    expect(decodeText(utf16("Köln;Düsseldorf", true))).toMatchObject({
      text: "Köln;Düsseldorf",
      encoding: "utf-16le",
    });
    expect(decodeText(utf16("Köln;Düsseldorf", false))).toMatchObject({
      text: "Köln;Düsseldorf",
      encoding: "utf-16be",
    });
  });

  it("reads bytes that are not UTF-8 as Windows-1252 and says so", () => {
    expect(decodeText(cp1252)).toEqual({
      text: "MBE Köln-Mülheim;Straße €",
      encoding: "windows-1252",
      reason: "not-utf-8",
    });
  });

  it("reads the encoding it is given, by any usual name", () => {
    expect(decodeText(cp1252, { encoding: "Latin1" })).toMatchObject({
      encoding: "windows-1252",
      reason: "given",
    });
    expect(() => decodeText(cp1252, { encoding: "UTF8" })).toThrowError(
      /^The text is not valid utf-8 at line 1, column 6: save it as UTF-8/,
    );
    expect(() => decodeText(cp1252, { encoding: "ebcdic" })).toThrowError(/^Unknown encoding "ebcdic"/);
  });

  it("reads UTF-8 bytes as windows-1252 when told, and marks that they look like UTF-8", () => {
    expect(decodeText(utf8("MBE Köln"), { encoding: "latin1" })).toEqual({
      text: "MBE KÃ¶ln",
      encoding: "windows-1252",
      reason: "given",
      looksLikeUtf8: true,
    });
    expect(decodeText(cp1252, { encoding: "windows-1252" })).not.toHaveProperty("looksLikeUtf8");
    expect(decodeText(utf8("MBE Koeln"), { encoding: "cp1252" })).not.toHaveProperty("looksLikeUtf8");
    expect(decodeText(utf8("MBE Köln"), { encoding: "utf-8" })).not.toHaveProperty("looksLikeUtf8");
  });

  it("refuses text that already holds U+FFFD, with its line and column", () => {
    const damaged = utf8("id;name\n1;MBE K\uFFFDln");
    const error = (() => {
      try {
        decodeText(damaged);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TextEncodingError);
    expect(error).toMatchObject({ code: "INVALID_ENCODING", line: 2, column: 8 });
  });
});
