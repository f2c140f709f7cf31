import * as z from "zod/mini";
import { CHANNELS } from "./vocabulary/channels.js";

// Marked pure so a bundle that only needs the constant drops the schema.
export const ChannelSchema = /* @__PURE__ */ z.enum(CHANNELS);
