import * as z from "zod/mini";

/** How counselling reaches people. An office without `in-person` is online-only. */
export const CHANNELS = ["in-person", "phone", "video", "chat", "messenger", "outreach"] as const;

export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;
