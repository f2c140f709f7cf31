import * as z from "zod/mini";
import { TARGET_GROUPS } from "./vocabulary/target-groups.js";

// Marked pure so a bundle that only needs the constant drops the schema.
export const TargetGroupSchema = /* @__PURE__ */ z.enum(TARGET_GROUPS);
