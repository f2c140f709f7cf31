/**
 * Zod compiles object parsers with `new Function`, which a strict Content-Security-Policy (no
 * `'unsafe-eval'`) reports as a violation. The setting is read when a schema is created, so this module
 * must be evaluated before `@beratungsfinder/schemas`: every entry point imports it first.
 */
import { config } from "zod/mini";

config({ jitless: true });
