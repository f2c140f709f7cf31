import type { SearchResult } from "@beratungsfinder/core";
import { isFreeOfCharge } from "@beratungsfinder/schemas/vocabulary";
import { html, nothing, type TemplateResult } from "lit";
import type { Translator } from "../localization/translator.js";
import { dataText } from "./office-text.js";

/** How the office fits the typed age, from core's `fit`: undefined without an age. */
export function fitLabel(result: SearchResult, t: Translator): string | undefined {
  const fit = result.fit;
  if (!fit) return undefined;
  if (fit.primary) return t("fit.primary");
  return fit.exception ? t("fit.exception") : t("fit.alternative");
}

/** "Made for your age" / "Also possible" / "By exception", shown under the card's title. */
export function renderFitLabel(result: SearchResult, t: Translator): TemplateResult | typeof nothing {
  const label = fitLabel(result, t);
  if (!label) return nothing;
  const kind = result.fit?.primary ? "primary" : result.fit?.exception ? "exception" : "alternative";
  return html`<p class=${`fit fit-${kind}`} part="fit">${label}</p>`;
}

/**
 * Short facts a person needs before going: the intake status when it is not open (with its note), free
 * of charge, counselling by a woman. Empty when there is nothing to say.
 */
export function officeFacts(result: SearchResult, t: Translator): string[] {
  const office = result.office;
  const facts: string[] = [];
  if (isFreeOfCharge(office) === true) facts.push(t("office.free"));
  if (office.womanCounsellor === true) facts.push(t("office.womanCounsellor"));
  return facts;
}

/** The intake status when the office does not take new clients as usual, with the office's note. */
export function renderIntake(result: SearchResult, t: Translator): TemplateResult | typeof nothing {
  const intake = result.office.intake;
  if (!intake || intake.status === "open") return nothing;
  const text = intake.status === "paused" ? t("intake.paused") : t("intake.waitingList");
  return html`<p class="intake" part="intake"><strong>${text}</strong>${
    intake.note ? html` · ${dataText(intake.note)}` : nothing
  }</p>`;
}

/** The badges row of a card or the details: "Free of charge", "Counselling by a woman available". */
export function renderOfficeBadges(result: SearchResult, t: Translator): TemplateResult | typeof nothing {
  const facts = officeFacts(result, t);
  if (!facts.length) return nothing;
  return html`<ul class="badges" part="badges">${facts.map((text) => html`<li>${text}</li>`)}</ul>`;
}
