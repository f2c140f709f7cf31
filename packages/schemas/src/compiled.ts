import * as z from "zod/mini";
import { onlyWhenValid } from "./internal/only-when-valid.js";
import { outputBuilder } from "./internal/output-form.js";
import { type Office, OfficeSchema } from "./office.js";
import {
  type DatasetParseResult,
  type ParseDatasetOptions,
  parseDatasetSteps,
  runSteps,
} from "./parse-dataset.js";

/**
 * `parseDataset` for Node and other places that may compile code (`new Function`): each office is
 * checked by a compiled fast path of the office schema (`z.compile`), about three times faster at
 * 10,000 offices. The rules are the same schema's: an office the fast path does not accept is parsed
 * again by the schema itself, so results, issues and warnings are exactly those of `parseDataset`.
 * Not for the browser: a strict Content Security Policy reports the attempt (the widget's entry
 * never imports this module).
 *
 * @example
 * import { parseDataset } from "@beratungsfinder/schemas/compiled";
 * const { dataset, invalid, warnings } = parseDataset(JSON.parse(text));
 * // Text just read and not used again: let the result reuse its offices instead of copying them.
 * const shared = parseDataset(JSON.parse(text), { shareInput: true });
 */
export function parseDataset(input: unknown, options: CompiledParseDatasetOptions = {}): DatasetParseResult {
  const valid = options.shareInput ? validOfficeSharingInput() : undefined;
  return runSteps(parseDatasetSteps(input, options, compiledOfficeSchema(), valid));
}

export interface CompiledParseDatasetOptions extends ParseDatasetOptions {
  /**
   * Let the result reuse the objects of `input` that are already in the form the schema gives them
   * (fields in the schema's order, every defaulted field given, no unknown field), as in a dataset
   * written by `publish`, instead of copying every office: validation takes about a third of the time.
   * Only for `input` that is plain JSON data (as `JSON.parse` returns it) and that nothing changes
   * afterwards, since the result and `input` then share objects. Results, issues and warnings are the
   * same either way.
   */
  shareInput?: boolean;
}

let validOffice: ((raw: unknown) => Office | undefined) | undefined;

/**
 * @internal For `shareInput`: an office the compiled validator accepts (`z.validate`, which builds no
 * output) with its output built from it, reusing every part already in output form (the office itself
 * when all is); undefined for an office the validator refuses, which the schema then parses for its
 * issues. Without an output builder for the office schema, the compiled schema's own output.
 */
export function validOfficeSharingInput(): (raw: unknown) => Office | undefined {
  if (validOffice) return validOffice;
  const schema = compiledOfficeSchema();
  const build = outputBuilder(OfficeSchema);
  validOffice = build
    ? (raw) => (z.validate(schema, raw) ? (build(raw) as Office) : undefined)
    : (raw) => {
        const result = schema.safeParse(raw);
        return result.success ? result.data : undefined;
      };
  return validOffice;
}

let compiledOffice: typeof OfficeSchema | undefined;

/**
 * @internal The office schema `parseDataset` checks by here: compiled once, on first use. The compiled
 * clone's own `safeParse` answers an accepted office straight from the fast path, without the parse
 * context and payload `z.safeParse` sets up (a quarter of the remaining time at 10,000 offices).
 */
export function compiledOfficeSchema(): typeof OfficeSchema {
  compiledOffice ??= compileValidOnlyChecks(OfficeSchema);
  return compiledOffice;
}

type Check = { _zod: { def: { when?: unknown } } };

/**
 * `z.compile(schema)`, where a check guarded by `onlyWhenValid` counts as one without a guard.
 * Zod's compiler refuses a custom `when` and runs that part (every day's slots) by the slow path,
 * because the fast path cannot tell a continuing issue from none. It need not: the fast path gives
 * up at the first failed rule, so wherever it reaches such a check the value is valid and the guard
 * would pass. The guards are set aside only while the code is generated (the compiled code calls the
 * refinements themselves, never their guards) and put back at once, so the schema's own parse, which
 * every failure falls back to, still skips the checks after an earlier issue. Returns the schema
 * itself when anything else keeps it from compiling (or `new Function` is refused).
 */
export function compileValidOnlyChecks<T extends z.core.$ZodType>(schema: T): T {
  const guarded: Check["_zod"]["def"][] = [];
  visitChecks(schema, new Set(), (check) => {
    if (check._zod.def.when === onlyWhenValid) guarded.push(check._zod.def);
  });
  for (const def of guarded) delete def.when;
  try {
    return z.compile(schema, { strict: true });
  } catch {
    return schema;
  } finally {
    for (const def of guarded) def.when = onlyWhenValid;
  }
}

// Every check in the schema and the schemas below it (object fields, list items, union forms, wrapped
// and piped schemas), each once.
function visitChecks(node: unknown, seen: Set<unknown>, visit: (check: Check) => void): void {
  if (typeof node !== "object" || node === null || seen.has(node)) return;
  seen.add(node);
  const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return;
  for (const check of (def.checks as Check[] | undefined) ?? []) visit(check);
  for (const [key, value] of Object.entries(def)) {
    if (key === "checks") continue;
    const children =
      key === "shape" ? Object.values(value as object) : Array.isArray(value) ? value : [value];
    for (const child of children) visitChecks(child, seen, visit);
  }
}
