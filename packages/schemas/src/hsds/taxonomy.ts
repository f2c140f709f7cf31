import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";

/** HSDS `taxonomy`: a vocabulary such as Open Eligibility. */
export const HsdsTaxonomy = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  uri: z.optional(z.string()),
  version: z.optional(z.string()),
  ...hsdsAnnotations,
});
export type HsdsTaxonomy = z.infer<typeof HsdsTaxonomy>;

/** HSDS `taxonomy_term`: one term, e.g. Open Eligibility's `refugees`. */
export const HsdsTaxonomyTerm = z.looseObject({
  id: z.string(),
  code: z.optional(z.string()),
  name: z.string(),
  description: z.string(),
  parent_id: z.optional(z.string()),
  taxonomy: z.optional(z.string()),
  taxonomy_detail: z.optional(HsdsTaxonomy),
  language: z.optional(z.string()),
  taxonomy_id: z.optional(z.string()),
  term_uri: z.optional(z.string()),
  ...hsdsAnnotations,
});
export type HsdsTaxonomyTerm = z.infer<typeof HsdsTaxonomyTerm>;
