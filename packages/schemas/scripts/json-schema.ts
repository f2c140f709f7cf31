import * as z from "zod/mini";
import { DatasetSchema, OfficeSchema } from "../src/index.js";
import { DOCUMENTED_OBJECTS } from "./field-descriptions.js";

export type JsonSchema = Record<string, unknown>;

const BASE_URL = "https://unpkg.com/@beratungsfinder/schemas/json-schema";

/**
 * The JSON Schema (draft 2020-12) of what a publisher may write: the input side, so fields with
 * defaults are optional. Rules it cannot state (a slot ends after it starts, slots do not overlap,
 * ranges are ordered, providerId names a provider, ids are unique) are checked by the Zod schemas only.
 */
function build(schema: z.ZodMiniType, file: string, title: string): JsonSchema {
  const registry = z.registry<{ id?: string }>();
  const byObject = new Map<unknown, (typeof DOCUMENTED_OBJECTS)[number]>();
  for (const documented of DOCUMENTED_OBJECTS) {
    byObject.set(documented.schema, documented);
    if (documented.schema !== schema) registry.add(documented.schema, { id: documented.id });
  }
  const json = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    metadata: registry,
    override(ctx) {
      const documented = byObject.get(ctx.zodSchema);
      if (!documented) return;
      ctx.jsonSchema.description = documented.summary;
      const properties = (ctx.jsonSchema.properties ?? {}) as Record<string, JsonSchema>;
      for (const [key, text] of Object.entries(documented.fields)) {
        // A copy: one Zod schema used by two fields (from, to) yields one shared JSON object.
        if (properties[key]) properties[key] = { ...properties[key], description: text };
      }
    },
  }) as JsonSchema;
  const { $schema, ...rest } = json;
  return { $schema, $id: `${BASE_URL}/${file}`, title, ...rest };
}

export function datasetJsonSchema(): JsonSchema {
  return build(DatasetSchema, "dataset.schema.json", "Beratungsfinder dataset");
}

export function officeJsonSchema(): JsonSchema {
  return build(OfficeSchema, "office.schema.json", "Beratungsfinder office");
}
