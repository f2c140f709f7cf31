import type * as z from "zod/mini";
import { formatPath } from "./issues.js";

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
};

/**
 * Paths of the fields in `value` that `schema` does not know and so drops without a word (a misspelt
 * "openinghours" would otherwise vanish). Strict and loose objects are skipped: they decide themselves.
 */
export function unknownFields(
  schema: z.core.$ZodType,
  value: unknown,
  path: (string | number)[] = [],
): string[] {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return def.innerType ? unknownFields(def.innerType, value, path) : [];
    case "array":
      return Array.isArray(value) && def.element
        ? value.flatMap((item, index) => unknownFields(def.element!, item, [...path, index]))
        : [];
    case "record":
      return isRecord(value) && def.valueType
        ? Object.entries(value).flatMap(([key, item]) => unknownFields(def.valueType!, item, [...path, key]))
        : [];
    case "object": {
      if (!isRecord(value) || !def.shape) return [];
      const shape = def.shape;
      return Object.entries(value).flatMap(([key, item]) => {
        if (key in shape) return unknownFields(shape[key]!, item, [...path, key]);
        return def.catchall ? [] : [formatPath([...path, key])];
      });
    }
    default:
      return [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * One warning per unknown field name, wherever it occurs: 1,900 offices with the same extra column
 * give one line, not 1,900.
 */
export function unknownFieldWarnings(paths: readonly string[], version: string): string[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const key = path.replace(/\[\d+\]/g, "[]");
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  return [...groups].map(([field, where]) => {
    const shown = where.slice(0, 3).join(", ");
    const more = where.length > 3 ? ` and ${where.length - 3} more` : "";
    return `Unknown field "${field}" is ignored (${shown}${more}): it is not part of schema version ${version}; check its spelling.`;
  });
}
