// `@beratungsfinder/cli`: the `beratungsfinder` command and the Node side of the data work behind it.
// Domain logic (search, eligibility, opening hours, converters, published-folder decoding) is in
// `@beratungsfinder/core`; this package adds files, processes and terminals.

// The `beratungsfinder` command as a function, for scripts and tests that should not spawn a process.
export type { CliIo, TextSink } from "./cli-io.js";
// Fictional demo data spread over real municipalities (demo/).
export type { DemoDatasetOptions, DemoPlace } from "./demo/generate-demo-dataset.js";
export { generateDemoDataset } from "./demo/generate-demo-dataset.js";
// HSDS Tabular Data Package folders (files/hsds-package.ts).
export { readHsdsPackage } from "./files/hsds-package.js";
// Text files in the encoding their bytes show (files/json-file.ts, core's decodeText).
export { readDecodedTextFile } from "./files/json-file.js";
// Publishing a dataset as a static folder, and reading one back (files/publish.ts, files/published-folder.ts).
export type { PublishOptions, PublishReport } from "./files/publish.js";
export { publish } from "./files/publish.js";
export type { PublishedFolderIssue } from "./files/published-folder.js";
export { openPublishedFolder, publishedManifestPath, readPublishedFolder } from "./files/published-folder.js";
export { runCli } from "./run-cli.js";
