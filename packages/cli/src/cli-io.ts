import type { Geocoder } from "@beratungsfinder/core";
/** Anything text can be written to: `process.stdout`, or a collector in tests. */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * What the CLI needs from its surroundings. `main.ts` passes the process values; tests pass
 * collectors, a temporary `cwd`, a fixed clock and a small geocoder, so nothing is spawned and no global is patched.
 */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  /** Relative paths on the command line resolve against this folder. */
  cwd: string;
  /** Whether stdout is a terminal: colours and the progress bar appear only then. */
  isTTY: boolean;
  /** Environment, read for `NO_COLOR`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The clock for "open now"; defaults to the real time. */
  now?: () => Date;
  /** Where postcodes and places come from; default: the package's built `geodata/` folder. */
  loadGeocoder?: () => Promise<Geocoder>;
}
