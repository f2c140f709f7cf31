import type { OutreachPlace } from "@beratungsfinder/schemas";
import { nextOutreachVisit, type OutreachVisit } from "../opening-hours/outreach.js";
import type { SearchResult } from "./search.js";

/** The outreach place a search result was found by (see `SearchResult.outreach`). */
export interface OutreachMatch {
  place: OutreachPlace;
  /** Position in `office.outreach`. */
  placeIndex: number;
  /**
   * The place's next date after the search's `now` (the one under way, if any), holidays at the place and
   * the office's closed days skipped, in Europe/Berlin time, with its slot (its `placeIndex` is 0); null when
   * none falls within 120 days.
   */
  next: OutreachVisit | null;
}

/** Marks a result found by outreach place `placeIndex`, with the place's next date and a `match.outreach` reason. */
export function addOutreachMatch(result: SearchResult, placeIndex: number, now: Date): void {
  const { office } = result;
  const place = office.outreach![placeIndex]!;
  const next = nextOutreachVisit({ outreach: [place], openingHours: office.openingHours }, now);
  result.outreach = { place, placeIndex, next };
  // Right after the distance, which comes first and is the place's.
  result.reasons.splice(1, 0, {
    key: "match.outreach",
    params: { place: place.name, city: place.address.city },
  });
}
