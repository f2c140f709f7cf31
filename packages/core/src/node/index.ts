// `@beratungsfinder/core/node`: core's own geodata read from the package folder, for Node scripts
// and servers (browsers use `loadGeocoder({ baseUrl })`). The CLI, file I/O, publishing and the
// demo-data generator live in `@beratungsfinder/cli`.
export { defaultGeodataDir, loadGeocoderFromDisk } from "./geodata.js";
