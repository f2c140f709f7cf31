import * as z from "zod/mini";
import { type ReadableIssue, toReadableIssues } from "../issues.js";

type Def = { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType };
type Path = readonly PropertyKey[];

export type SalvageResult<T> =
  | { success: true; data: T; dropped: ReadableIssue[] }
  | { success: false; issues: ReadableIssue[] };

const PARSE_CONTEXT = { reportInput: true };

/**
 * Parses `input`, and when every problem lies in an optional field (a provider's `website`, the
 * publisher's `url`) parses it again without those fields: one bad optional value must never cost a
 * whole record, let alone the offices that hang on it. `dropped` says which fields were left out and why.
 */
export function parseWithoutBadOptionalFields<T>(
  schema: z.core.$ZodType<T>,
  input: unknown,
  basePath = "",
): SalvageResult<T> {
  const first = z.safeParse(schema, input, PARSE_CONTEXT);
  if (first.success) return { success: true, data: first.data, dropped: [] };
  const issues = first.error.issues;
  const paths = issues.map((issue) => optionalFieldOf(schema, issue.path));
  if (paths.some((path) => path === undefined)) {
    return { success: false, issues: toReadableIssues(issues, basePath) };
  }
  const second = z.safeParse(schema, withoutFields(input, paths as Path[]), PARSE_CONTEXT);
  if (!second.success) return { success: false, issues: toReadableIssues(issues, basePath) };
  return { success: true, data: second.data, dropped: toReadableIssues(issues, basePath) };
}

// The deepest optional object field on the way to the issue, or undefined when the path leaves plain
// objects (a list item, a record key) before reaching one.
function optionalFieldOf(schema: z.core.$ZodType, path: Path): Path | undefined {
  let current: z.core.$ZodType | undefined = schema;
  let found: number | undefined;
  for (let i = 0; i < path.length && current; i++) {
    const def = current._zod.def as Def;
    const key = path[i];
    if (def.type !== "object" || typeof key !== "string" || !def.shape || !Object.hasOwn(def.shape, key))
      break;
    let field: z.core.$ZodType = def.shape[key]!;
    const fieldDef = field._zod.def as Def;
    if (fieldDef.type === "optional" && fieldDef.innerType) {
      found = i;
      field = fieldDef.innerType;
    }
    current = field;
  }
  return found === undefined ? undefined : path.slice(0, found + 1);
}

// A copy of `input` without the fields at `paths`; the objects on the way are copied, the rest shared.
function withoutFields(input: unknown, paths: readonly Path[]): unknown {
  const root = { ...(input as Record<PropertyKey, unknown>) };
  for (const path of paths) {
    let parent = root;
    for (const key of path.slice(0, -1)) {
      const next = parent[key];
      if (typeof next !== "object" || next === null) break;
      parent[key] = { ...(next as Record<PropertyKey, unknown>) };
      parent = parent[key] as Record<PropertyKey, unknown>;
    }
    delete parent[path[path.length - 1]!];
  }
  return root;
}
