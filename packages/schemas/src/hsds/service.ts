import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";
import { HsdsContact } from "./contact.js";
import { HsdsLanguage } from "./language.js";
import { HsdsOrganization, HsdsRecord } from "./organization.js";
import { HsdsPhone } from "./phone.js";
import { HsdsProgram } from "./program.js";
import { HsdsSchedule } from "./schedule.js";
import { HsdsServiceArea } from "./service-area.js";
import { HsdsServiceAtLocation } from "./service-at-location.js";

export const HSDS_SERVICE_STATUSES = ["active", "inactive", "defunct", "temporarily closed"] as const;

/** HSDS `service`: what is offered; eligibility lives in `eligibility_description`, `minimum_age`, `maximum_age`. */
export const HsdsService = z.looseObject({
  id: z.string(),
  organization_id: z.optional(z.string()),
  program_id: z.optional(z.string()),
  name: z.string(),
  alternate_name: z.optional(z.string()),
  description: z.optional(z.string()),
  url: z.optional(z.string()),
  email: z.optional(z.string()),
  status: z.enum(HSDS_SERVICE_STATUSES),
  interpretation_services: z.optional(z.string()),
  application_process: z.optional(z.string()),
  fees_description: z.optional(z.string()),
  wait_time: z.optional(z.string()),
  fees: z.optional(z.string()),
  accreditations: z.optional(z.string()),
  eligibility_description: z.optional(z.string()),
  minimum_age: z.optional(z.number()),
  maximum_age: z.optional(z.number()),
  assured_date: z.optional(z.string()),
  assurer_email: z.optional(z.string()),
  licenses: z.optional(z.string()),
  alert: z.optional(z.string()),
  last_modified: z.optional(z.string()),
  phones: z.optional(z.array(HsdsPhone)),
  schedules: z.optional(z.array(HsdsSchedule)),
  service_areas: z.optional(z.array(HsdsServiceArea)),
  service_at_locations: z.optional(z.array(HsdsServiceAtLocation)),
  languages: z.optional(z.array(HsdsLanguage)),
  organization: z.optional(HsdsOrganization),
  funding: z.optional(z.array(HsdsRecord)),
  cost_options: z.optional(z.array(HsdsRecord)),
  program: z.optional(HsdsProgram),
  required_documents: z.optional(z.array(HsdsRecord)),
  contacts: z.optional(z.array(HsdsContact)),
  ...hsdsAnnotations,
});
export type HsdsService = z.infer<typeof HsdsService>;
