// Geodata from the package folder (node/geodata.ts).

// The `beratungsfinder` command as a function, for scripts and tests that should not spawn a process (cli/).
export type { CliIo, TextSink } from "../cli/cli-io.js";
export { runCli } from "../cli/run-cli.js";
export { defaultGeodataDir, loadGeocoderFromDisk } from "./geodata.js";
// HSDS Tabular Data Package folders (node/hsds-package.ts).
export { readHsdsPackage } from "./hsds-package.js";
// Text files in the encoding their bytes show (node/json-file.ts, text-encoding/).
export { readDecodedTextFile } from "./json-file.js";
// Publishing a dataset as a static folder (node/publish.ts, node/published-folder.ts).
export type { PublishOptions, PublishReport } from "./publish.js";
export { publish } from "./publish.js";
export type { PublishedFolderIssue } from "./published-folder.js";
export { openPublishedFolder, publishedManifestPath, readPublishedFolder } from "./published-folder.js";
