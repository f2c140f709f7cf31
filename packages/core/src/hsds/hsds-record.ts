/** An HSDS object as read from JSON or a CSV row: nothing is trusted until a reader below checks it. */
export type HsdsRecord = Record<string, unknown>;

/** Where a record came from, for warnings: rows built from CSV tables carry "services.csv line 2". */
export const SOURCE = Symbol("hsds-source");

export function isRecord(value: unknown): value is HsdsRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string, or undefined. Numbers are accepted as text (CSV ids, postcodes). */
export function text(record: HsdsRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A finite number, also from a numeric string (CSV cells). */
export function numeric(record: HsdsRecord | undefined, key: string): number | undefined {
  const value = record?.[key];
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

export function records(record: HsdsRecord | undefined, key: string): HsdsRecord[] {
  const value = record?.[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function child(record: HsdsRecord | undefined, key: string): HsdsRecord | undefined {
  const value = record?.[key];
  return isRecord(value) ? value : undefined;
}

/** The path to name in a warning: the CSV line a record came from, else its JSON path. */
export function where(record: HsdsRecord | undefined, path: string): string {
  const source = record ? (record as { [SOURCE]?: string })[SOURCE] : undefined;
  return source ?? path;
}
