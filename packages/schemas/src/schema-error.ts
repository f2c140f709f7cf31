import { expectedIssue, type ReadableIssue } from "./issues.js";

export type SchemaErrorCode = "INVALID_DATASET" | "UNSUPPORTED_SCHEMA_VERSION";

/** Data that cannot be used as a whole. `issues` lists every problem with its path. */
export class SchemaError extends Error {
  override name = "SchemaError";
  readonly code: SchemaErrorCode;
  readonly issues: readonly ReadableIssue[];

  constructor(
    code: SchemaErrorCode,
    message: string,
    issues: readonly ReadableIssue[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.issues = issues;
  }
}

/** The dataset was written for another major schema version than this library reads. */
export class SchemaVersionError extends SchemaError {
  override name = "SchemaVersionError";
  readonly version: string;

  constructor(version: string, supported: string) {
    super(
      "UNSUPPORTED_SCHEMA_VERSION",
      `Unsupported schema version: expected ${supported.split(".")[0]}.x (this library reads ${supported}), ` +
        `received "${version}". Use a version of @beratungsfinder/schemas made for ${version.split(".")[0]}.x.`,
      [
        expectedIssue(
          "unsupported_schema_version",
          "schemaVersion",
          `${supported.split(".")[0]}.x`,
          JSON.stringify(version),
        ),
      ],
    );
    this.version = version;
  }
}

/** The top level of the dataset is unusable, or (in strict mode) one record is invalid. */
export class DatasetShapeError extends SchemaError {
  override name = "DatasetShapeError";

  constructor(summary: string, issues: readonly ReadableIssue[]) {
    const shown = issues.slice(0, 3).map((issue) => `${issue.path || "dataset"}: ${issue.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
    super("INVALID_DATASET", `${summary}: ${shown.join("; ")}${more}`, issues);
  }
}
