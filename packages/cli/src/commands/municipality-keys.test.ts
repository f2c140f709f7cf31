import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { berlinInstant, decodeManifest, holidayOn, isOpen, officeHolidayPlace } from "@beratungsfinder/core";
import { toHsds } from "@beratungsfinder/core/convert";
import type { Dataset, Office } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { run, temporaryFolderPerTest } from "../fixtures/capture-io.js";
import { realGeocoder } from "../fixtures/real-geocoder.js";

const folder = temporaryFolderPerTest();

const HEADER =
  "id,provider_id,provider_name,name,programmes,street,postal_code,city,state,lat,lon,opening_hours";
// Open every day, so only a holiday closes them.
const HOURS = '"Mo-Su 09:00-17:00"';
const ROWS = [
  `mbe-koeln,p,Träger,MBE Köln,MBE,Domkloster 1,50667,Köln,NW,,,${HOURS}`,
  `mbe-muenchen,p,Träger,MBE München,MBE,Marienplatz 8,80331,München,BY,,,${HOURS}`,
  `mbe-augsburg,p,Träger,MBE Augsburg,MBE,Rathausplatz 2,86150,Augsburg,BY,,,${HOURS}`,
  `mbe-nuernberg,p,Träger,MBE Nürnberg,MBE,Hauptmarkt 18,90403,Nürnberg,BY,,,${HOURS}`,
  // 01609 covers Gröditz and Wülknitz; Nauwalde is a village of neither name, and no position is given.
  `mbe-nauwalde,p,Träger,MBE Nauwalde,MBE,Dorfstraße 1,01609,Nauwalde,SN,,,${HOURS}`,
];

async function importFile(file: string, from: "csv" | "hsds") {
  const result = await run(["import", file, "--from", from, "--out", "out.json", "--json"], {
    cwd: folder(),
    loadGeocoder: realGeocoder,
  });
  const dataset = JSON.parse(readFileSync(join(folder(), "out.json"), "utf8")) as Dataset;
  const byId = new Map(dataset.offices.map((office) => [office.id, office]));
  return { result, office: (id: string) => byId.get(id) as Office };
}

const keyOf = (office: Office) => office.address?.municipalityKey;

describe("import fills in missing municipality keys", () => {
  it("from the postcode for CSV rows, warning for a postcode of several municipalities without position", async () => {
    writeFileSync(join(folder(), "offices.csv"), `${[HEADER, ...ROWS].join("\n")}\n`);
    const { result, office } = await importFile("offices.csv", "csv");
    expect(result.code).toBe(0);
    expect(keyOf(office("mbe-koeln"))).toBe("05315000");
    expect(keyOf(office("mbe-muenchen"))).toBe("09162000");
    expect(keyOf(office("mbe-nauwalde"))).toBeUndefined();
    const report = result.json() as { municipalityKeysDerived: number; warnings: string[] };
    expect(report.municipalityKeysDerived).toBe(4);
    expect(report.warnings).toContain(
      'Office "mbe-nauwalde": postcode 01609 spans several municipalities (Gröditz, Wülknitz) and neither ' +
        'the city "Nauwalde" nor a position decides, so it has no municipality key; add municipality_key ' +
        "(address.municipalityKey) or lat and lon.",
    );
  });

  it("says how many keys it derived", async () => {
    writeFileSync(join(folder(), "offices.csv"), `${[HEADER, ...ROWS].join("\n")}\n`);
    const result = await run(["import", "offices.csv", "--from", "csv", "--out", "out.json"], {
      cwd: folder(),
      loadGeocoder: realGeocoder,
    });
    expect(result.stdout).toContain("Municipality keys (AGS) derived from the postcode for 4 offices.");
    expect(result.stdout).toContain('Office "mbe-nauwalde": postcode 01609 spans several municipalities');
  });

  it("decides such a postcode by the office's own position", async () => {
    const row = `mbe-nauwalde,p,Träger,MBE Nauwalde,MBE,Dorfstraße 1,01609,Nauwalde,SN,51.36,13.41,${HOURS}`;
    writeFileSync(join(folder(), "offices.csv"), `${HEADER}\n${row}\n`);
    const { result, office } = await importFile("offices.csv", "csv");
    expect(result.json()).toMatchObject({ municipalityKeysDerived: 1, warnings: [] });
    expect(keyOf(office("mbe-nauwalde"))).toBe("14627340"); // Wülknitz
  });

  it("for HSDS, which carries the key in our location attribute or, from other tools, not at all (a position filled in from the postcode decides nothing)", async () => {
    writeFileSync(join(folder(), "offices.csv"), `${[HEADER, ...ROWS].join("\n")}\n`);
    await importFile("offices.csv", "csv");
    const dataset = JSON.parse(readFileSync(join(folder(), "out.json"), "utf8")) as Dataset;
    const exported = JSON.stringify(toHsds(dataset));
    writeFileSync(join(folder(), "hsds.json"), exported);
    const kept = await importFile("hsds.json", "hsds");
    expect(kept.result.code).toBe(0);
    expect(keyOf(kept.office("mbe-koeln"))).toBe("05315000");
    expect(kept.result.json()).toMatchObject({ municipalityKeysDerived: 0 });
    // Without our attribute (HSDS has no field for the key), the import derives the keys again.
    const bare = JSON.parse(exported) as {
      services: {
        service_at_locations: {
          location: { attributes?: { value: string; taxonomy_term?: { code?: string } }[] };
        }[];
      }[];
    }[];
    for (const organization of bare)
      for (const service of organization.services)
        for (const { location } of service.service_at_locations)
          location.attributes = location.attributes?.filter(
            (attr) => attr.taxonomy_term?.code !== "municipality-key",
          );
    writeFileSync(join(folder(), "hsds.json"), JSON.stringify(bare));
    const { result, office } = await importFile("hsds.json", "hsds");
    expect(result.code).toBe(0);
    expect(keyOf(office("mbe-koeln"))).toBe("05315000");
    expect(keyOf(office("mbe-muenchen"))).toBe("09162000");
    expect(keyOf(office("mbe-nauwalde"))).toBeUndefined();
    expect(result.json()).toMatchObject({ municipalityKeysDerived: 4 });
  });

  it("so the holidays of the municipality apply to the imported offices", async () => {
    writeFileSync(join(folder(), "offices.csv"), `${[HEADER, ...ROWS].join("\n")}\n`);
    const { office } = await importFile("offices.csv", "csv");
    const noon = (date: string) => berlinInstant(date, 12 * 60);
    const open = (id: string, date: string) => {
      const found = office(id);
      return isOpen(found.openingHours, noon(date), officeHolidayPlace(found));
    };
    // München keeps Mariä Himmelfahrt as a municipality, not only by the Bavarian assumption.
    expect(holidayOn("2026-08-15", officeHolidayPlace(office("mbe-muenchen")))).toBe("Mariä Himmelfahrt");
    expect(open("mbe-muenchen", "2026-08-15")).toBe(false);
    expect(open("mbe-muenchen", "2026-08-14")).toBe(true);
    // The Hohes Friedensfest is kept in the city of Augsburg alone; Nürnberg does not keep 15 August.
    expect(open("mbe-augsburg", "2026-08-08")).toBe(false);
    expect(open("mbe-nuernberg", "2026-08-15")).toBe(true);
    expect(open("mbe-koeln", "2026-08-15")).toBe(true);
  });
});

describe("outreach places and publish", () => {
  it("import fills in the key of an outreach venue from the CSV's outreach column", async () => {
    const outreach = '"Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen: 1. Di 10:00-12:00"';
    const row = `mbe-koeln,p,Träger,MBE Köln,MBE,Domkloster 1,50667,Köln,NW,,,${HOURS},${outreach}`;
    writeFileSync(join(folder(), "offices.csv"), `${HEADER},outreach\n${row}\n`);
    const { result, office } = await importFile("offices.csv", "csv");
    expect(result.code).toBe(0);
    expect(office("mbe-koeln").outreach?.[0]?.address.municipalityKey).toBe("05362024");
  });

  it("publish uses the same rule: no key for a postcode of several municipalities that nothing decides", async () => {
    writeFileSync(join(folder(), "offices.csv"), `${[HEADER, ROWS[0], ROWS[4]].join("\n")}\n`);
    const result = await run(["publish", "offices.csv", "--out", "site", "--json"], {
      cwd: folder(),
      loadGeocoder: realGeocoder,
    });
    const report = result.json() as { warnings: string[] };
    expect(
      report.warnings.filter((warning) => warning.includes("spans several municipalities")),
    ).toHaveLength(1);
    // As readers see it: manifest format 3 writes its regions as columns.
    const manifest = decodeManifest(
      JSON.parse(readFileSync(join(folder(), "site", "manifest.json"), "utf8")),
    );
    const ags = manifest.regions.flatMap(
      (region) => JSON.parse(readFileSync(join(folder(), "site", region.index), "utf8")).ags,
    );
    // Before, the main municipality's key (Gröditz) was published for Nauwalde.
    expect(ags.sort()).toEqual(["", "05315000"]);
  });
});
