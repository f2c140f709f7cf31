import { hsdsId } from "./hsds-id.js";
import type { HsdsRecord } from "./hsds-record.js";
import { child, records, text } from "./hsds-record.js";

/**
 * What HSDS has no field for travels as `attributes` under our own taxonomy, so an export imports
 * back without loss. Each code is one taxonomy term; an attribute's `value` holds the data.
 */
export const ATTRIBUTE_TERMS = {
  programme: "Counselling programme (MBE, JMD, …) the service belongs to",
  topic: "Topic the counselling covers",
  "target-group": "Group of people the service is meant for",
  channel:
    "How counselling reaches people (in-person, phone, video, chat, messenger, outreach, email, group)",
  "booking-url": "Link to book an appointment online",
  "appointment-only": "Every visit needs an appointment (true/false)",
  "opening-note": "Note shown with the opening hours",
  "opening-exception": "Days with other hours or closed (JSON: from, to, closed, slots, note)",
  "language-note": "Note on the languages counselling is offered in",
  description: "Descriptions by language (JSON object keyed by ISO 639 code)",
  source: "Where the office's data comes from",
  fictional: "The record is fictional demo data (true/false)",
  "step-free": "Step-free access (true/false/unknown)",
  "accessible-toilet": "Accessible toilet (true/false/unknown)",
  "hearing-loop": "Hearing loop (true/false/unknown)",
  umbrella: "Umbrella organisation (Spitzenverband) of the provider",
  "language-offer":
    'How a language is offered (JSON: { "code", "mode": counsellor, interpreter or on-request, "note" }); HSDS languages have no mode',
  outreach:
    "Outreach place with its recurring slots (JSON: name, address, geo, slots, note); HSDS cannot link a schedule to a venue other than the service's location",
  "woman-counsellor": "Counselling by a woman can be asked for (true/false/unknown)",
  "free-of-charge": "Counselling is free of charge (true/false)",
  intake: 'Whether new clients are taken (JSON: { "status": open, waiting-list or paused, "note" })',
  "municipality-key":
    "Official 8-digit municipality key (AGS) of the location's address; HSDS addresses have no field for it",
} as const;
export type AttributeCode = keyof typeof ATTRIBUTE_TERMS;

/** The taxonomy our attribute terms belong to. */
export const TAXONOMY = "beratungsfinder";

export function termId(code: AttributeCode): string {
  return hsdsId("taxonomy_term", TAXONOMY, code);
}

function taxonomyTerm(code: AttributeCode): HsdsRecord {
  return { id: termId(code), code, name: code, description: ATTRIBUTE_TERMS[code], taxonomy: TAXONOMY };
}

export function attribute(
  linkId: string,
  linkType: "organization" | "service" | "location",
  code: AttributeCode,
  value: string,
): HsdsRecord {
  return {
    id: hsdsId("attribute", linkId, code, value),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkType,
    taxonomy_term_id: termId(code),
    taxonomy_term: taxonomyTerm(code),
    value,
  };
}

const CODE_BY_TERM_ID = new Map(
  (Object.keys(ATTRIBUTE_TERMS) as AttributeCode[]).map((code) => [termId(code), code] as const),
);

/** Our attributes on a record, by code; attributes of other taxonomies are ignored. */
export function readAttributes(record: HsdsRecord | undefined): Map<AttributeCode, string[]> {
  const found = new Map<AttributeCode, string[]>();
  for (const attr of records(record, "attributes")) {
    const term = child(attr, "taxonomy_term");
    const termCode = text(term, "code");
    const code =
      CODE_BY_TERM_ID.get(text(attr, "taxonomy_term_id") ?? text(term, "id") ?? "") ??
      (text(term, "taxonomy") === TAXONOMY && termCode && termCode in ATTRIBUTE_TERMS
        ? (termCode as AttributeCode)
        : undefined);
    const value = text(attr, "value");
    if (!code || value === undefined) continue;
    const values = found.get(code) ?? [];
    values.push(value);
    found.set(code, values);
  }
  return found;
}
