// Writes FIELDS.md from the generated JSON Schema, so the reference cannot drift from the schemas.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderFieldReference } from "./field-reference.js";
import { datasetJsonSchema } from "./json-schema.js";

const file = join(import.meta.dirname, "..", "FIELDS.md");
writeFileSync(file, renderFieldReference(datasetJsonSchema()));
console.log("wrote FIELDS.md");
