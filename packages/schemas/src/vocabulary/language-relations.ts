/**
 * ISO 639-3 macrolanguages and the individual languages they cover, written with the codes the model uses
 * (ISO 639-1 where one exists, so "fa" for the macrolanguage fas). A person who asks for one of them can be
 * counselled in a related one: a Dari speaker (prs) by a Persian-speaking (fa) counsellor, a Kurmanji
 * speaker (kmr) where an office writes only "Kurdish" (ku). No Zod here, so any package can import it.
 * Source: the ISO 639-3 macrolanguage mappings (SIL International, iso639-3.sil.org/code_tables/macrolanguage_mappings).
 */
export const MACROLANGUAGES: Readonly<Record<string, readonly string[]>> = {
  fa: ["pes", "prs"],
  ku: ["kmr", "ckb", "sdh"],
  ar: [
    "arb",
    "apc",
    "ajp",
    "arz",
    "ary",
    "acm",
    "afb",
    "apd",
    "aeb",
    "arq",
    "ayl",
    "acw",
    "acx",
    "ars",
    "shu",
  ],
  zh: ["cmn", "yue", "wuu", "hak", "nan", "gan", "hsn"],
  ms: ["zsm", "id"],
  sq: ["aln", "als"],
  ps: ["pbt", "pbu", "pst"],
  uz: ["uzn", "uzs"],
  az: ["azj", "azb"],
  no: ["nb", "nn"],
  hbs: ["bs", "hr", "sr", "cnr"],
  rom: ["rmn", "rmy", "rmc", "rmo", "rml", "rmf", "rmw"],
  bal: ["bgp", "bgn", "bcc"],
  syr: ["aii", "cld"],
  zza: ["diq", "kiu"],
  sw: ["swh", "swc"],
  et: ["ekk", "vro"],
  lv: ["lvs", "ltg"],
  ff: ["fuf", "fuv", "fub", "fuc", "ffm"],
  ne: ["npi"],
  mn: ["khk"],
  yi: ["ydd", "yih"],
  om: ["gaz", "hae", "orc"],
  din: ["dip", "dik", "dib", "dks", "diw"],
  kln: ["sgc", "niq", "pko", "spy", "tec", "tuy", "enb", "oki"],
};

const MACRO_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(MACROLANGUAGES).flatMap(([macro, members]) => members.map((member) => [member, macro])),
);

/**
 * The languages related to `code` through its macrolanguage, closest first: for a macrolanguage its members;
 * for a member its macrolanguage, then the other members. Never contains `code` itself; empty when unrelated.
 *
 * @example
 * relatedLanguages("prs") // ["fa", "pes"]
 * relatedLanguages("ku") // ["kmr", "ckb", "sdh"]
 */
export function relatedLanguages(code: string): string[] {
  const lower = code.toLowerCase();
  // Own keys only: "__proto__" or "constructor" from a URL must not reach Object.prototype.
  const members = Object.hasOwn(MACROLANGUAGES, lower) ? MACROLANGUAGES[lower] : undefined;
  if (members) return [...members];
  const macro = MACRO_OF.get(lower);
  if (!macro) return [];
  return [macro, ...MACROLANGUAGES[macro]!.filter((member) => member !== lower)];
}
