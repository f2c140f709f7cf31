// Phone keyboards for Arabic, Persian, Dari, Pashto and Sorani type their own digits by default
// ("١٠١١٥", "۱۰۱۱۵"); postcodes and ages must read the same whichever digits were typed.
const ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0xff10, // fullwidth
];

/**
 * Turns decimal digits of other scripts into ASCII 0–9 and leaves everything else alone.
 *
 * @example
 * toAsciiDigits("۱۰۱۱۵ Berlin"); // "10115 Berlin"
 */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
    return String(code - zero);
  });
}
