/**
 * Search keys for German place names. People write umlauts three ways ("Köln", "Koeln", "Koln")
 * and abbreviate ("St. Ingbert", "Frankfurt a. M."), so both the names and the query are folded
 * into lower-case ASCII keys, once with umlauts spelt out ("koeln") and once with them dropped
 * ("koln"); a query matches a name when any of their keys match. Hyphens survive folding so that a
 * compound name ("Neuenkirchen-Vörden") can rank below the plain name; `spaced` turns them into
 * spaces for comparison. Names in other scripts (Кёльн, كولونيا) keep their letters, folded likewise.
 */

const SPELT_OUT: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue" };

// Whole-token abbreviations, applied to names and queries alike: "St. Ingbert", "Frankfurt a. M.",
// "Neustadt a.d. Waldnaab", "Weiden i.d. OPf.", "Bad Homburg v.d. Höhe", "Neuenhagen b. Berlin".
const ABBREVIATIONS = /(^| )(?:(st)(?= |-|$)|(a m|a main)$|(a d|i d|v d)(?= )|(b)(?= ))/g;
const EXPANDED: Readonly<Record<string, string>> = {
  st: "sankt",
  "a m": "am main",
  "a main": "am main",
  "a d": "an der",
  "i d": "in der",
  "v d": "vor der",
  b: "bei",
};

/** The one or two folded keys of a name or query, e.g. "Köln" → ["koeln", "koln"]; [] if nothing is left. */
export function nameKeys(text: string): string[] {
  const lower = text.toLowerCase().replace(/ß/g, "ss");
  const spelt = finish(lower.replace(/[äöü]/g, (umlaut) => SPELT_OUT[umlaut] ?? umlaut));
  const dropped = finish(lower);
  if (spelt === "") return [];
  return spelt === dropped ? [spelt] : [spelt, dropped];
}

/** A key with its hyphens as spaces, for matching "Neuenkirchen Vörden" to "Neuenkirchen-Vörden". */
export function spaced(key: string): string {
  return key.replace(/-/g, " ");
}

// Arabic and Persian keyboards type the same letters with different code points (ي/ی, ك/ک, ى, ٱ, ة/ه);
// Turkish ones have a dotless ı that people also type as i.
const ARABIC_LETTERS: Readonly<Record<string, string>> = { ی: "ي", ى: "ي", ک: "ك", ٱ: "ا", ة: "ه", ı: "i" };

function finish(text: string): string {
  // Accents other than umlauts ("Île", "Bösingen" already spelt out) go, and so do Arabic vowel marks,
  // tatweel and the zero-width non-joiner; ASCII needs no decomposition.
  const plain = !/[^ -~]/.test(text)
    ? text
    : text
        .normalize("NFD")
        .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640\u200c]/g, "")
        .replace(/[یىکٱةı]/g, (letter) => ARABIC_LETTERS[letter] ?? letter);
  const key = plain
    .replace(/[^\p{L}\p{N}-]+/gu, " ")
    .replace(/ *-[ -]*/g, "-")
    .replace(/^[ -]+|[ -]+$/g, "");
  return key.replace(ABBREVIATIONS, (match, space: string, ...groups: (string | undefined)[]) => {
    const abbreviation = groups.slice(0, 4).find((group) => group !== undefined);
    return abbreviation ? `${space}${EXPANDED[abbreviation] ?? abbreviation}` : match;
  });
}
