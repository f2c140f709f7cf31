import * as z from "zod/mini";
import { UMBRELLAS } from "./vocabulary/umbrellas.js";

// Marked pure so a bundle that only needs the constant drops the schema.
export const UmbrellaSchema = /* @__PURE__ */ z.enum(UMBRELLAS);
