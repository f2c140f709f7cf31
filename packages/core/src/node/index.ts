// HSDS Tabular Data Package folders (node/hsds-package.ts).
export { readHsdsPackage } from "./hsds-package.js";
