import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkGlossaries, parseGlossary } from "./check-glossary.mjs";

const unit = (id, source, target) =>
  `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n</trans-unit>`;

const xliff = (locale, units) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file target-language="${locale}"><body>\n${units.join("\n")}\n</body></file></xliff>\n`;

const glossary = (rows) =>
  `# Glossary: Test\n\n| concept | German | rendering | note |\n|---|---|---|---|\n${rows
    .map((row) => `| ${row.join(" | ")} |`)
    .join("\n")}\n`;

const dirs = [];
function fixture({ concepts, files, glossaries }) {
  const xliffDir = mkdtempSync(join(tmpdir(), "glossary-"));
  dirs.push(xliffDir);
  mkdirSync(join(xliffDir, "glossary"));
  writeFileSync(join(xliffDir, "glossary/concepts.json"), JSON.stringify(concepts));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(xliffDir, name), text);
  for (const [name, text] of Object.entries(glossaries))
    writeFileSync(join(xliffDir, "glossary", name), text);
  return xliffDir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const concepts = {
  appointment: { source: "\\bappointment\\b" },
  mbe: { source: "\\bMBE\\b", exclude: ["mbe.note"] },
};
const germanUnits = [
  unit("booking", "Book an appointment", "Termin buchen"),
  unit("only", "By appointment only", "Nur mit Termin"),
  unit("mbe.name", "Migration counselling for adults (MBE)", "Migrationsberatung (MBE)"),
  unit("mbe.note", "Not the MBE", "Nicht die Beratung"),
  unit("other", "Search", "Suchen"),
];
const germanGlossary = glossary([
  ["appointment", "Termin", "Termin", "on letters"],
  ["mbe", "MBE", "MBE", ""],
]);

describe("checkGlossaries", () => {
  it("passes when every message that expresses a concept contains its rendering", () => {
    const xliffDir = fixture({
      concepts,
      files: { "de.xlf": xliff("de", germanUnits) },
      glossaries: { "de.md": germanGlossary },
    });
    expect(checkGlossaries({ xliffDir })).toEqual([]);
  });

  it("names the locale, message and rendering when a translation lacks the agreed term", () => {
    const units = germanUnits.map((u) => u.replace("Nur mit Termin", "Nur nach Vereinbarung"));
    const xliffDir = fixture({
      concepts,
      files: { "de.xlf": xliff("de", units) },
      glossaries: { "de.md": germanGlossary },
    });
    expect(checkGlossaries({ xliffDir })).toEqual([
      'de: only expresses "appointment" but lacks its rendering "Termin": "Nur nach Vereinbarung"',
    ]);
  });

  it("accepts any one of the alternatives, ignores case and does not match inside placeholders", () => {
    const units = [
      unit("booking", "Book an appointment", "Prendre rendez-vous"),
      unit("only", "By appointment only", "Sur RDV"),
      unit("mbe.name", 'MBE <x id="0" equiv-text="MBE"/>', 'Conseil <x id="0" equiv-text="MBE"/>'),
      unit("mbe.note", "Not the MBE", "x"),
    ];
    const xliffDir = fixture({
      concepts,
      files: { "fr.xlf": xliff("fr", units) },
      glossaries: {
        "fr.md": glossary([
          ["appointment", "Termin", "rendez-vous / rdv", ""],
          ["mbe", "MBE", "MBE", ""],
        ]),
      },
    });
    expect(checkGlossaries({ xliffDir })).toEqual([
      'fr: mbe.name expresses "mbe" but lacks its rendering "MBE": "Conseil {}"',
    ]);
  });

  it("lets * stand for an inflected ending, and only for letters", () => {
    const units = [
      unit("booking", "Book an appointment", "Записатися на прийом"),
      unit("only", "By appointment only", "Лише за записом"),
      unit("mbe.name", "Migration counselling for adults (MBE)", "Консультація (MBE)"),
      unit("mbe.note", "Not the MBE", "x"),
    ];
    const rows = (rendering) =>
      glossary([
        ["appointment", "Termin", rendering, ""],
        ["mbe", "MBE", "MBE", ""],
      ]);
    const check = (rendering) =>
      checkGlossaries({
        xliffDir: fixture({
          concepts,
          files: { "uk.xlf": xliff("uk", units) },
          glossaries: { "uk.md": rows(rendering) },
        }),
      });
    expect(check("запис")).toEqual([]);
    expect(check("лиш* за записом / записатися")).toEqual([]);
    expect(check("за*ом")).toEqual([
      'uk: booking expresses "appointment" but lacks its rendering "за*ом": "Записатися на прийом"',
    ]);
  });

  it("checks the source locale's glossary against the English sources", () => {
    const xliffDir = fixture({
      concepts,
      files: { "de.xlf": xliff("de", germanUnits) },
      glossaries: {
        "en.md": glossary([
          ["appointment", "Termin", "appointment", ""],
          ["mbe", "MBE", "Migration counselling", ""],
        ]),
      },
    });
    expect(checkGlossaries({ xliffDir })).toEqual([]);
  });

  it("reports a missing concept row, an unknown concept, a stale id and a glossary without a locale", () => {
    const xliffDir = fixture({
      concepts: { ...concepts, housing: { source: "housing", ids: ["gone"] } },
      files: { "de.xlf": xliff("de", germanUnits) },
      glossaries: {
        "de.md": glossary([
          ["appointment", "Termin", "Termin", ""],
          ["mbe", "MBE", "MBE", ""],
          ["jmd", "JMD", "JMD", ""],
        ]),
        "xx.md": germanGlossary,
      },
    });
    expect(checkGlossaries({ xliffDir })).toEqual([
      'concepts.json: "housing" names "gone", which is not a message id.',
      'concepts.json: "housing" matches no message.',
      'glossary/de.md: "jmd" is not a concept of concepts.json.',
      'glossary/de.md: concept "housing" has no row.',
      "glossary/xx.md: there is no xliff/xx.xlf for this glossary.",
    ]);
  });
});

describe("checkGlossaries with keepGerman", () => {
  /** Checks one locale whose mbe.name and mbe.note read `name` and `note`, keeping `keep` German. */
  const check = (keep, locale, name, note = "x") =>
    checkGlossaries({
      xliffDir: fixture({
        concepts: { ...concepts, mbe: { ...concepts.mbe, keepGerman: { text: keep, ids: ["mbe.name"] } } },
        files: {
          [`${locale}.xlf`]: xliff(locale, [
            unit("booking", "Book an appointment", "Prendre rendez-vous"),
            unit("only", "By appointment only", "Sur rendez-vous"),
            unit("mbe.name", "Migration counselling for adults (MBE)", name),
            unit("mbe.note", "Not the MBE", note),
          ]),
        },
        glossaries: {
          [`${locale}.md`]: glossary([
            ["appointment", "Termin", "rendez-vous", ""],
            ["mbe", "MBE", "MBE", ""],
          ]),
        },
      }),
    });

  it("requires the German term in the named messages, except in German locales and the source", () => {
    const keep = "Migrationsberatung";
    expect(check(keep, "fr", "Conseil en migration (MBE – Migrationsberatung)")).toEqual([]);
    expect(check(keep, "fr", "Conseil en migration (MBE)")).toEqual([
      'fr: mbe.name must keep the German "Migrationsberatung" (concept "mbe", the words on doors and letters): "Conseil en migration (MBE)"',
    ]);
    expect(check(keep, "de-x-ls", "Migrations·beratung (MBE)").filter((p) => p.includes("German"))).toEqual(
      [],
    );
  });

  it("allows the German term only in the named messages: no German in other labels", () => {
    const keep = "offene Migrationsberatung";
    const name = "Conseil (MBE – offene Migrationsberatung)";
    expect(check(keep, "fr", name, "Pas la permanence")).toEqual([]);
    expect(check(keep, "fr", name, "Permanence (Migrationsberatung)")).toEqual([
      'fr: mbe.note contains the German "Migrationsberatung", which only mbe.name keeps (concept "mbe"): "Permanence (Migrationsberatung)"',
    ]);
    // A word is matched whole ("offener" is not "offene"), and German locales may use it anywhere.
    expect(check(keep, "fr", name, "Les offener")).toEqual([]);
    expect(
      check(keep, "de", "Offene Migrationsberatung (MBE)", "Offene Migrationsberatung").filter((p) =>
        p.includes("German"),
      ),
    ).toEqual([]);
  });
});

describe("parseGlossary", () => {
  it("reads alternatives and reports empty renderings and a wrong header with their line", () => {
    const text =
      "# Glossary\n| concept | German | rendering | note |\n|---|---|---|---|\n| a | A | x / y | n |\n| b | B |  | n |\n";
    const { renderings, problems } = parseGlossary(text, "g.md");
    expect(renderings.get("a")).toEqual(["x", "y"]);
    expect(problems).toEqual(['g.md:5: concept "b" has an empty rendering.']);
    expect(parseGlossary("| key | rendering |\n", "h.md").problems).toEqual([
      'h.md:1: the table\'s header must be "| concept | German | rendering | note |", received "| key | rendering |".',
    ]);
  });
});

describe("the widget's own glossaries", () => {
  it("keep the proper name Faire Mobilität in every locale: a translated name fails the check", async () => {
    const { cpSync, readFileSync: read } = await import("node:fs");
    const real = join(import.meta.dirname, "../xliff");
    expect(checkGlossaries({ xliffDir: real })).toEqual([]);
    const copy = mkdtempSync(join(tmpdir(), "glossary-real-"));
    dirs.push(copy);
    cpSync(real, copy, { recursive: true });
    const file = join(copy, "ro.xlf");
    writeFileSync(file, read(file, "utf8").replaceAll("Faire Mobilität", "Mobilitate Echitabilă"));
    const problems = checkGlossaries({ xliffDir: copy });
    expect(problems.filter((p) => p.includes('"faire-mobilitaet"')).length).toBe(2);
    expect(problems.every((p) => p.startsWith("ro: "))).toBe(true);
  });
});
