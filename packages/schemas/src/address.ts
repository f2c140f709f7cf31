import * as z from "zod/mini";
import { STATE_CODES } from "./vocabulary/states.js";

// Marked pure so a bundle that only needs the constant drops the schema.
export const StateCodeSchema = /* @__PURE__ */ z.enum(STATE_CODES);

// German postcodes run from 01001 to 99998; "00…" was never assigned.
export const PostalCodeSchema = z.string().check(
  z.regex(/^(?:0[1-9]|[1-9]\d)\d{3}$/, {
    error: 'expected a 5-digit German postcode (PLZ) such as "10115"',
  }),
);

/** The official 8-digit municipality key (Amtlicher Gemeindeschlüssel, AGS), e.g. "09162000" for München. */
export const MunicipalityKeySchema = z.string().check(
  z.regex(/^\d{8}$/, {
    error: 'expected an 8-digit official municipality key (AGS) such as "05315000" for Köln',
  }),
);

export const AddressSchema = z.object({
  street: z.string().check(z.minLength(1)),
  postalCode: PostalCodeSchema,
  city: z.string().check(z.minLength(1)),
  state: StateCodeSchema,
  /**
   * Since 1.1. Decides the public holidays kept only in some municipalities (15 August in Bavaria,
   * Fronleichnam in Sorbian Saxony) and responsibility; derived from the postcode or position at import
   * when missing.
   */
  municipalityKey: z.optional(MunicipalityKeySchema),
  addition: z.optional(z.string()),
});
export type Address = z.infer<typeof AddressSchema>;
