import * as z from "zod/mini";

/** HSDS `attribute`: links a taxonomy term to any record. */
export const HsdsAttribute = z.looseObject({
  id: z.string(),
  link_id: z.optional(z.string()),
  taxonomy_term_id: z.optional(z.string()),
  link_type: z.optional(z.string()),
  link_entity: z.optional(z.string()),
  value: z.optional(z.string()),
  label: z.optional(z.string()),
});
export type HsdsAttribute = z.infer<typeof HsdsAttribute>;

/** HSDS `metadata`: a change log entry for a record. */
export const HsdsMetadata = z.looseObject({
  id: z.string(),
  resource_id: z.optional(z.string()),
  resource_type: z.optional(z.string()),
  last_action_date: z.optional(z.string()),
  last_action_type: z.optional(z.string()),
  field_name: z.optional(z.string()),
  previous_value: z.optional(z.string()),
  replacement_value: z.optional(z.string()),
  updated_by: z.optional(z.string()),
});
export type HsdsMetadata = z.infer<typeof HsdsMetadata>;

// Every HSDS object may carry attributes and metadata.
export const hsdsAnnotations = {
  attributes: z.optional(z.array(HsdsAttribute)),
  metadata: z.optional(z.array(HsdsMetadata)),
};
