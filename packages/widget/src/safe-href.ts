const ALLOWED_PROTOCOLS = new Set(["https:", "http:", "tel:", "mailto:"]);

/**
 * Returns the URL when its scheme is https:, http:, tel: or mailto:, else `undefined`. Every link the
 * widget renders goes through this, whatever a dataset says (no `javascript:`, `data:` and the like).
 *
 * @example
 * safeHref("javascript:alert(1)"); // undefined
 * safeHref("https://example.org/a b"); // "https://example.org/a%20b"
 */
export function safeHref(value: string | undefined | null): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if ((url.protocol === "https:" || url.protocol === "http:") && !url.hostname) return undefined;
  return url.href;
}

/**
 * A `tel:` link from a phone number as people write it ("030 23125-123", "+49 30 …"). After a country
 * code the trunk 0 is not dialled: "+49 (0)30 1234-567" and "+49 030 1234-567" call `tel:+49301234567`.
 */
export function telHref(number: string): string | undefined {
  const international = number.trim().startsWith("+");
  const withoutTrunk = international ? number.replace(/\(\s*0\s*\)/g, "") : number;
  let digits = withoutTrunk.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  // German numbers never start with 0 after the country code, so a 0 there is the trunk prefix.
  if (digits.startsWith("+490")) digits = `+49${digits.slice(4)}`;
  if (digits.replace("+", "").length < 3) return undefined;
  return safeHref(`tel:${digits}`);
}

/** A `mailto:` link from an e-mail address, or `undefined` when it does not look like one. */
export function mailtoHref(address: string): string | undefined {
  const trimmed = address.trim();
  if (!/^[^\s@<>"?&]+@[^\s@<>"?&/]+\.[^\s@<>"?&/]+$/.test(trimmed)) return undefined;
  return safeHref(`mailto:${trimmed}`);
}
