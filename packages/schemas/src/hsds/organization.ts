import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";
import { HsdsContact } from "./contact.js";
import { HsdsLocation } from "./location.js";
import { HsdsPhone } from "./phone.js";
import { HsdsProgram } from "./program.js";

// Funding, cost options, identifiers and required documents: kept loose, the mapping does not read them.
export const HsdsRecord = z.looseObject({ id: z.string() });
export type HsdsRecord = z.infer<typeof HsdsRecord>;

/** HSDS `organization`: a provider (Träger) maps here. */
export const HsdsOrganization = z.looseObject({
  id: z.string(),
  name: z.string(),
  alternate_name: z.optional(z.string()),
  description: z.string(),
  email: z.optional(z.string()),
  website: z.optional(z.string()),
  tax_status: z.optional(z.string()),
  tax_id: z.optional(z.string()),
  year_incorporated: z.optional(z.number()),
  legal_status: z.optional(z.string()),
  logo: z.optional(z.string()),
  uri: z.optional(z.string()),
  parent_organization_id: z.optional(z.string()),
  funding: z.optional(z.array(HsdsRecord)),
  contacts: z.optional(z.array(HsdsContact)),
  phones: z.optional(z.array(HsdsPhone)),
  locations: z.optional(z.array(HsdsLocation)),
  programs: z.optional(z.array(HsdsProgram)),
  organization_identifiers: z.optional(z.array(HsdsRecord)),
  ...hsdsAnnotations,
});
export type HsdsOrganization = z.infer<typeof HsdsOrganization>;
