// Geodata from the package folder (node/geodata.ts).

// The `beratungsfinder` command as a function, for scripts and tests that should not spawn a process (cli/).
export type { CliIo, TextSink } from "../cli/cli-io.js";
export { runCli } from "../cli/run-cli.js";
export { defaultGeodataDir, loadGeocoderFromDisk } from "./geodata.js";
// HSDS Tabular Data Package folders (node/hsds-package.ts).
export { readHsdsPackage } from "./hsds-package.js";
