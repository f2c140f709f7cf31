import * as z from "zod/mini";
import { PHONE_TYPES } from "./vocabulary/channels.js";
import { EmailSchema, HttpUrlSchema } from "./web-address.js";

// Dialable: an optional "+", then digits with the usual separators (spaces, "-", "/", ".", brackets),
// 5 to 15 digits in all (E.164 allows 15). Letters, "tel:" and extensions in words are refused.
const DIALABLE = /^(?=(?:[^0-9]*[0-9]){5,15}[^0-9]*$)\+?\(?[0-9][0-9 ()/.-]*[0-9]$/;

export const PhoneNumberSchema = z.string().check(
  z.regex(DIALABLE, {
    error: 'expected a phone number that can be dialled, such as "+49 30 23125 123" or "030 23125123"',
  }),
);

export const PhoneSchema = z.object({
  number: PhoneNumberSchema,
  type: z._default(z.enum(PHONE_TYPES), "voice"),
  note: z.optional(z.string()),
});
export type Phone = z.output<typeof PhoneSchema>;
export type PhoneInput = z.input<typeof PhoneSchema>;

/** How to reach an office. Prefer role mailboxes over personal addresses. */
export const ContactSchema = z.object({
  phones: z._default(z.array(PhoneSchema), () => []),
  emails: z._default(z.array(EmailSchema), () => []),
  website: z.optional(HttpUrlSchema),
  bookingUrl: z.optional(HttpUrlSchema),
});
export type Contact = z.output<typeof ContactSchema>;
export type ContactInput = z.input<typeof ContactSchema>;
