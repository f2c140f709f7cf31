import { describe, expect, it } from "vitest";
import { detectDelimiter, readCsv, writeCsv } from "./csv-text.js";

describe("readCsv", () => {
  it("reads quoted fields with doubled quotes, delimiters and embedded newlines", () => {
    const { records } = readCsv('a,b,c\r\n1,"x, ""y""","line 1\nline 2"\r\n2,,z\r\n');
    expect(records).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", 'x, "y"', "line 1\nline 2"] },
      { line: 4, fields: ["2", "", "z"] },
    ]);
  });

  it("strips a byte order mark and detects the semicolon German Excel writes", () => {
    const { records, delimiter } = readCsv("\uFEFFid;name\n1;Köln, Süd\n");
    expect(delimiter).toBe(";");
    expect(records[1]?.fields).toEqual(["1", "Köln, Süd"]);
    expect(records[0]?.fields[0]).toBe("id");
  });

  it("skips blank lines but keeps counting them", () => {
    const { records } = readCsv("a\n\n1\n");
    expect(records.map((record) => record.line)).toEqual([1, 3]);
  });

  it("reports a quote that is never closed with its line", () => {
    const { errors } = readCsv('a,b\n1,"open\n2,3\n');
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining("never closed") }]);
  });
});

describe("readCsv with Excel's sep= line", () => {
  it("takes the delimiter from it and keeps counting lines from the top of the file", () => {
    const { records, delimiter } = readCsv("sep=;\nid;name\n1;a,b\n");
    expect(delimiter).toBe(";");
    expect(records).toEqual([
      { line: 2, fields: ["id", "name"] },
      { line: 3, fields: ["1", "a,b"] },
    ]);
  });
});

describe("detectDelimiter", () => {
  it("ignores delimiters inside quotes", () => {
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(",");
  });
});

describe("writeCsv", () => {
  it("quotes only where needed and reads back to the same rows", () => {
    const rows = [
      ["id", "text"],
      ["1", 'say "hi"; then, go\nhome'],
      ["2", "plain"],
    ];
    const text = writeCsv(rows, ";");
    expect(text).toBe('id;text\r\n1;"say ""hi""; then, go\nhome"\r\n2;plain\r\n');
    expect(readCsv(text).records.map((record) => record.fields)).toEqual(rows);
  });
});
