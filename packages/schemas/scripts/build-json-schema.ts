// Writes json-schema/{dataset,office}.schema.json, shipped as @beratungsfinder/schemas/json-schema/….
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { datasetJsonSchema, officeJsonSchema } from "./json-schema.js";

const out = join(import.meta.dirname, "..", "json-schema");
mkdirSync(out, { recursive: true });
for (const [file, schema] of [
  ["dataset.schema.json", datasetJsonSchema()],
  ["office.schema.json", officeJsonSchema()],
] as const) {
  writeFileSync(join(out, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote json-schema/${file}`);
}
