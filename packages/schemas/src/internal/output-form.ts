import type * as z from "zod/mini";

/**
 * Gives a value the schema has accepted the output the schema gives it, reusing every part of the
 * value that is already in that form: the value itself when nothing changes.
 */
export type OutputBuilder = (value: unknown) => unknown;

type Def = {
  type: string;
  format?: string;
  checks?: readonly { _zod: { def: { check: string } } }[];
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  defaultValue?: unknown;
  element?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  discriminator?: string;
  values?: readonly unknown[];
};

// Checks that only accept or refuse: none of them changes the value (an `overwrite` such as z.trim would).
const PURE_CHECKS = new Set([
  "min_length",
  "max_length",
  "length_equals",
  "string_format",
  "greater_than",
  "less_than",
  "number_format",
  "custom",
]);
// Leaves whose output is their input: Zod returns a valid string, number, boolean or literal unchanged.
const PLAIN_LEAVES = new Set(["string", "number", "boolean", "enum", "literal"]);
const STRING_FORMATS = new Set([undefined, "regex", "email", "date", "datetime"]);

const SAME: OutputBuilder = (value) => value;
// No output worked out yet (undefined is a possible output).
const NONE = Symbol("none");

/**
 * The output builder of `schema`, worked out once, or undefined when some part of the schema is not
 * one it knows to copy like Zod does (a transform, a pipe, an `overwrite` check, a union of two object
 * forms, …): then only Zod can build the output. It does not validate: it is for values the schema has
 * accepted, given as plain JSON data. It builds what Zod builds (the fields of each object in the
 * shape's order, unknown fields left out, defaults filled in, an own "__proto__" key of a record left
 * out), but returns a part of the value as it is wherever that part is already what Zod would build,
 * so a value in the schema's output form costs a walk and no copy.
 */
export function outputBuilder(schema: z.core.$ZodType): OutputBuilder | undefined {
  const def = schema._zod.def as Def;
  if (!(def.checks ?? []).every((check) => PURE_CHECKS.has(check._zod.def.check))) return undefined;
  if (PLAIN_LEAVES.has(def.type)) {
    return def.type !== "string" || STRING_FORMATS.has(def.format) ? SAME : undefined;
  }
  switch (def.type) {
    case "object":
      return objectBuilder(def);
    case "array":
      return arrayBuilder(def);
    case "record":
      return recordBuilder(def);
    case "union":
      return def.discriminator === undefined ? unionBuilder(def) : discriminatedBuilder(def);
    case "optional": {
      const inner = outputBuilder(def.innerType!);
      return inner && ((value) => (value === undefined ? value : inner(value)));
    }
    case "default": {
      // Zod's default getter: a fresh value each time, never parsed.
      const inner = outputBuilder(def.innerType!);
      return inner && ((value) => (value === undefined ? def.defaultValue : inner(value)));
    }
    default:
      return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function objectBuilder(def: Def): OutputBuilder | undefined {
  const keys = Object.keys(def.shape!);
  const builders: OutputBuilder[] = [];
  for (const key of keys) {
    const builder = outputBuilder(def.shape![key]!);
    if (!builder) return undefined;
    builders.push(builder);
  }
  const optional = keys.map((key) => (def.shape![key]!._zod.def as Def).type === "optional");
  // Zod's object writes the shape's fields in order; an optional one only when the key is there.
  // Fields before `done` were found to be their own output, the one at `done` has given `current`.
  const build = (value: Record<string, unknown>, done: number, current: unknown) => {
    const output: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (optional[i] && !(key in value)) continue;
      output[key] =
        i < done ? value[key] : i === done && current !== NONE ? current : builders[i]!(value[key]);
    }
    return output;
  };
  return (input) => {
    const value = input as Record<string, unknown>;
    if (!isPlainObject(value)) return build(value, 0, NONE);
    // The value is its own output when its own fields come in the shape's order, none unknown, none
    // but optional ones missing, and each field is its own output. Nothing is allocated on the way.
    let next = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) return build(value, next, NONE);
      while (next < keys.length && keys[next] !== key) {
        // Missing, or inherited (then Zod reads it there).
        if (!optional[next] || keys[next]! in value) return build(value, next, NONE);
        next++;
      }
      if (next === keys.length) return build(value, next, NONE);
      const field = value[key];
      const output = builders[next]!(field);
      if (output !== field) return build(value, next, output);
      next++;
    }
    for (; next < keys.length; next++) {
      if (!optional[next] || keys[next]! in value) return build(value, next, NONE);
    }
    return value;
  };
}

function arrayBuilder(def: Def): OutputBuilder | undefined {
  const item = outputBuilder(def.element!);
  if (!item) return undefined;
  return (input) => {
    const value = input as unknown[];
    for (let index = 0; index < value.length; index++) {
      const output = item(value[index]);
      if (output === value[index]) continue;
      const copy = value.slice(0, index);
      copy.push(output);
      for (let rest = index + 1; rest < value.length; rest++) copy.push(item(value[rest]));
      return copy;
    }
    return Object.getPrototypeOf(value) === Array.prototype ? value : [...value];
  };
}

function recordBuilder(def: Def): OutputBuilder | undefined {
  const keyDef = def.keyType!._zod.def as Def;
  const item = outputBuilder(def.valueType!);
  if (keyDef.type !== "string" || outputBuilder(def.keyType!) !== SAME || !item) return undefined;
  return (input) => {
    const value = input as Record<string, unknown>;
    let same = isPlainObject(value);
    const output: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // Zod leaves an own "__proto__" key out of the record it builds.
      if (key === "__proto__") {
        same = false;
        continue;
      }
      output[key] = item(value[key]);
      if (output[key] !== value[key]) same = false;
    }
    return same ? value : output;
  };
}

// Zod's union answers with its first option that accepts. A plain value is its own output whichever
// option took it; an object can only have been taken by the union's one object form.
function unionBuilder(def: Def): OutputBuilder | undefined {
  let objectForm: OutputBuilder | undefined;
  for (const option of def.options!) {
    const builder = outputBuilder(option);
    if (!builder) return undefined;
    if (PLAIN_LEAVES.has((option._zod.def as Def).type)) continue;
    if (objectForm || (option._zod.def as Def).type !== "object") return undefined;
    objectForm = builder;
  }
  return (value) => (typeof value === "object" && value !== null && objectForm ? objectForm(value) : value);
}

// A discriminated union hands an object to the form its discriminator's literal names.
function discriminatedBuilder(def: Def): OutputBuilder | undefined {
  const forms = new Map<unknown, OutputBuilder>();
  for (const option of def.options!) {
    const optionDef = option._zod.def as Def;
    const tag = optionDef.shape?.[def.discriminator!]?._zod.def as Def | undefined;
    const builder = outputBuilder(option);
    if (optionDef.type !== "object" || tag?.type !== "literal" || !builder) return undefined;
    for (const literal of tag.values!) forms.set(literal, builder);
  }
  return (value) => forms.get((value as Record<string, unknown>)[def.discriminator!])!(value);
}
