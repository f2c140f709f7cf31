// Geodata from the package folder (node/geodata.ts).
export { defaultGeodataDir, loadGeocoderFromDisk } from "./geodata.js";
// HSDS Tabular Data Package folders (node/hsds-package.ts).
export { readHsdsPackage } from "./hsds-package.js";
