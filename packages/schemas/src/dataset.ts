import * as z from "zod/mini";
import { DateTimeSchema } from "./calendar-date.js";
import { onlyWhenValid } from "./internal/only-when-valid.js";
import type { IssueCode } from "./issue-codes.js";
import { expectedIssue, formatPath, type ReadableIssue } from "./issues.js";
import { OfficeSchema } from "./office.js";
import { ProviderSchema } from "./provider.js";
import { HttpUrlSchema } from "./web-address.js";

/** The schema version this library writes and reads; any 1.x dataset loads. */
export const SCHEMA_VERSION = "1.1";

export const SchemaVersionSchema = z
  .string()
  .check(z.regex(/^1\.\d+$/, { error: `expected a schema version 1.x such as "${SCHEMA_VERSION}"` }));

export const PublisherSchema = z.object({
  name: z.string().check(z.minLength(1)),
  url: z.optional(HttpUrlSchema),
});
export type Publisher = z.infer<typeof PublisherSchema>;

// The fields around the records, shared by the full schema and the record-by-record parser.
export const datasetHeaderShape = {
  schemaVersion: SchemaVersionSchema,
  name: z.string().check(z.minLength(1)),
  publisher: PublisherSchema,
  license: z.string().check(z.minLength(1)),
  attribution: z.optional(z.string()),
  generatedAt: DateTimeSchema,
  fictional: z._default(z.boolean(), false),
};

interface Reference {
  id: string;
  providerId: string;
}

/** A problem across records: a readable issue, and its path as segments (`["offices", 3, "id"]`). */
export interface CrossRecordIssue extends ReadableIssue {
  at: ["providers" | "offices", number, string];
}

/**
 * Rules across records that no single record can check: every `providerId` names a provider, and ids
 * are unique. Offices given as `undefined` (already invalid) are skipped.
 */
export function crossRecordIssues(
  providers: readonly { id: string }[],
  offices: readonly (Reference | undefined)[],
): CrossRecordIssue[] {
  const issues: CrossRecordIssue[] = [];
  const add = (at: CrossRecordIssue["at"], code: IssueCode, expected: string, received: string) =>
    issues.push({ ...expectedIssue(code, formatPath(at), expected, received), at });
  /** Notes where each id is first used; a second use is an issue at `list[index].id`. */
  const checkUnique = (
    seen: Map<string, number>,
    list: "providers" | "offices",
    id: string,
    index: number,
  ) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      add(
        [list, index, "id"],
        "duplicate_id",
        `a unique ${list.slice(0, -1)} id`,
        `"${id}", already used by ${list}[${first}]`,
      );
  };
  const providerIds = new Map<string, number>();
  for (const [index, provider] of providers.entries())
    checkUnique(providerIds, "providers", provider.id, index);
  const officeIds = new Map<string, number>();
  offices.forEach((office, index) => {
    if (!office) return;
    if (!providerIds.has(office.providerId))
      add(
        ["offices", index, "providerId"],
        "unknown_provider",
        'the id of a provider listed in "providers"',
        `"${office.providerId}"`,
      );
    checkUnique(officeIds, "offices", office.id, index);
  });
  return issues;
}

/**
 * A whole dataset, checked at once (cross-record rules included). To keep the valid offices when some
 * are broken, use `parseDataset` instead.
 */
export const DatasetSchema = z
  .object({
    ...datasetHeaderShape,
    providers: z.array(ProviderSchema),
    offices: z.array(OfficeSchema),
  })
  .check(
    z.superRefine(
      (dataset, ctx) => {
        for (const issue of crossRecordIssues(dataset.providers, dataset.offices)) {
          ctx.addIssue({
            code: "custom",
            path: issue.at,
            message: issue.message,
            params: { code: issue.code },
          });
        }
      },
      { when: onlyWhenValid },
    ),
  );
export type Dataset = z.output<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;
