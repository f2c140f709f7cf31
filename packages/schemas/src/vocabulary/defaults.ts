/** How far a search reaches from the person's place when no radius is given, in kilometres. */
export const DEFAULT_RADIUS_KM = 25;

/** How many offices one page of search results holds when no limit is given. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** How many offices the widget lists before "show more"; its `limit` attribute changes it. */
export const DEFAULT_WIDGET_LIMIT = 10;

/** Plausible ages in whole years, both inclusive: what age fields and age ranges accept. */
export const AGE_BOUNDS = { min: 0, max: 130 } as const;
