import * as z from "zod/mini";
import { TOPICS } from "./vocabulary/topics.js";

// Marked pure so a bundle that only needs the constant drops the schema.
export const TopicSchema = /* @__PURE__ */ z.enum(TOPICS);
