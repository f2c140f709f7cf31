/**
 * The sources of the place data (postcodes and municipalities) the widget searches; their licences
 * require naming them wherever the data is used. Kept in line with packages/core/NOTICE.
 */
export const GEODATA_ATTRIBUTIONS = [
  {
    text: "GeoNames",
    license: "CC BY 4.0",
    licenseUrl: "https://creativecommons.org/licenses/by/4.0/",
  },
  {
    text: "© GeoBasis-DE / BKG (2020)",
    license: "dl-de/by-2-0",
    licenseUrl: "https://www.govdata.de/dl-de/by-2-0",
  },
  {
    text: "© Statistisches Bundesamt (Destatis), GV-ISys",
    license: "dl-de/by-2-0",
    licenseUrl: "https://www.govdata.de/dl-de/by-2-0",
  },
] as const;
