import type * as z from "zod/mini";
import { formatPath } from "./issues.js";

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
};

/**
 * Where unknown fields can hide below a schema, worked out once per schema: walking the Zod
 * definitions for every record made this check cost as much as the validation itself.
 * `null` means nothing below can hold an unknown field, so the value is not visited at all.
 */
type Plan =
  | { kind: "object"; fields: Map<string, Plan | null>; closed: boolean }
  | { kind: "array"; item: Plan }
  | { kind: "record"; item: Plan };

const plans = new WeakMap<z.core.$ZodType, Plan | null>();

function planOf(schema: z.core.$ZodType): Plan | null {
  const known = plans.get(schema);
  if (known !== undefined) return known;
  const def = schema._zod.def as Def;
  let plan: Plan | null = null;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      plan = def.innerType ? planOf(def.innerType) : null;
      break;
    case "array":
    case "record": {
      const item = def.type === "array" ? def.element : def.valueType;
      const itemPlan = item ? planOf(item) : null;
      if (itemPlan)
        plan = def.type === "array" ? { kind: "array", item: itemPlan } : { kind: "record", item: itemPlan };
      break;
    }
    case "union": {
      // A plain value or an object (a language code or `{ code, mode }`): the one form that can hold fields.
      const below = (def.options ?? []).map(planOf).filter((option) => option !== null);
      if (below.length === 1) plan = below[0]!;
      else if (below.length > 1 && below.every((option) => option.kind === "object")) {
        // The forms of one object (outreach slots by `repeat`): a field known to any form is known.
        const fields = new Map<string, Plan | null>();
        for (const option of below)
          for (const [key, field] of option.fields) fields.set(key, fields.get(key) ?? field);
        plan = { kind: "object", fields, closed: below.every((option) => option.closed) };
      }
      break;
    }
    case "object": {
      if (!def.shape) break;
      // Strict and loose objects (with a catchall) decide about extra keys themselves.
      const object: Plan = { kind: "object", fields: new Map(), closed: def.catchall !== undefined };
      plans.set(schema, object); // a shape that refers to itself finds the plan being built
      for (const [key, field] of Object.entries(def.shape)) object.fields.set(key, planOf(field));
      const nothingBelow = object.closed && [...object.fields.values()].every((field) => field === null);
      plan = nothingBelow ? null : object;
      break;
    }
  }
  plans.set(schema, plan);
  return plan;
}

/**
 * Paths of the fields in `value` that `schema` does not know and so drops without a word (a misspelt
 * "openinghours" would otherwise vanish). Strict and loose objects are skipped: they decide themselves.
 */
export function unknownFields(
  schema: z.core.$ZodType,
  value: unknown,
  path: (string | number)[] = [],
): string[] {
  const found: string[] = [];
  collectUnknownFields(schema, value, path, found);
  return found;
}

/** Like `unknownFields`, appending to `found`; `path` is used as scratch space and left as it was. */
export function collectUnknownFields(
  schema: z.core.$ZodType,
  value: unknown,
  path: (string | number)[],
  found: string[],
): void {
  const plan = planOf(schema);
  if (plan) walk(plan, value, path, found);
}

function walk(plan: Plan, value: unknown, path: (string | number)[], found: string[]): void {
  if (plan.kind === "array") {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walk(plan.item, value[index], path, found);
      path.pop();
    }
    return;
  }
  if (!isRecord(value)) return;
  if (plan.kind === "record") {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      walk(plan.item, value[key], path, found);
      path.pop();
    }
    return;
  }
  // `for…in` with an own-property check: the same keys as Object.keys without an array per object.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    // A Map, not `key in shape`: "constructor" or "__proto__" are unknown fields, not Object's own.
    const field = plan.fields.get(key);
    if (field === undefined) {
      if (!plan.closed) found.push(formatPath([...path, key]));
    } else if (field !== null) {
      path.push(key);
      walk(field, value[key], path, found);
      path.pop();
    }
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
  const groups = new Map<string, { shown: string[]; count: number }>();
  for (const path of paths) {
    const field = path.replace(/\[\d+\]/g, "[]");
    const group = groups.get(field);
    if (!group) groups.set(field, { shown: [path], count: 1 });
    else if (group.count++ < 3) group.shown.push(path);
  }
  return [...groups].map(([field, { shown, count }]) => {
    const more = count > 3 ? ` and ${count - 3} more` : "";
    return `Unknown field "${field}" is ignored (${shown.join(", ")}${more}): it is not part of schema version ${version}; check its spelling.`;
  });
}
