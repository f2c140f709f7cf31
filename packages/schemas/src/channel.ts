import * as z from "zod/mini";

/** How counselling reaches people. An office without `in-person` is online-only. */
export const CHANNELS = ["in-person", "phone", "video", "chat", "messenger", "outreach"] as const;

// Marked pure so a bundle that only needs the constant drops the schema.
export const ChannelSchema = /* @__PURE__ */ z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;
