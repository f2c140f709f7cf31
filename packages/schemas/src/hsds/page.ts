import * as z from "zod/mini";

/**
 * A page of an HSDS API list response (`GET /services`), with `contents` checked by `item`.
 *
 * @example
 * const page = z.parse(hsdsPage(HsdsService), await response.json());
 */
export function hsdsPage<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    total_items: z.number(),
    total_pages: z.number(),
    page_number: z.number(),
    size: z.number(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });
}

/** The root of an HSDS API (`GET /`): the HSDS version it speaks and its profile. */
export const HsdsApiInfo = z.looseObject({
  version: z.string(),
  profile: z.optional(z.string()),
  openapi_url: z.string(),
});
export type HsdsApiInfo = z.infer<typeof HsdsApiInfo>;
