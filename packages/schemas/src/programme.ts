import * as z from "zod/mini";
import { PROGRAMMES } from "./vocabulary/programmes.js";

// Marked pure so a bundle that only needs the constant drops the schema.
export const ProgrammeSchema = /* @__PURE__ */ z.enum(PROGRAMMES);
