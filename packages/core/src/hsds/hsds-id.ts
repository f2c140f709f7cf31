/**
 * HSDS ids must be UUIDs; ours are readable slugs ("mbe-koeln-1"). A name-based UUID keeps the export
 * stable across runs (the same office always gets the same id) without a crypto dependency: four
 * 32-bit FNV-1a style hashes with different seeds, shaped as an RFC 9562 version 8 ("custom") UUID.
 */
export function hsdsId(...parts: string[]): string {
  const text = parts.join("\u0000");
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed, round) => {
    let hash = seed ^ round;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193 + round * 2);
      hash ^= hash >>> 15;
    }
    return (hash >>> 0).toString(16).padStart(8, "0");
  });
  const hex = words.join("");
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID as HSDS expects in every `id` field. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
