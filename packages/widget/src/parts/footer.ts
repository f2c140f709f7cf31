import type { Dataset } from "@beratungsfinder/schemas";
import { html, nothing, type TemplateResult } from "lit";
import { GEODATA_ATTRIBUTIONS } from "../geodata-attributions.js";
import type { Translator } from "../localization/translator.js";
import { safeHref } from "../safe-href.js";
import { newTabLink } from "./official-finders.js";

/** The privacy note and the attributions of the office data and the place data. */
export function renderFooter(t: Translator, dataset: Dataset | undefined): TemplateResult {
  const publisherUrl = safeHref(dataset?.publisher.url);
  const publisher = dataset
    ? publisherUrl
      ? newTabLink(publisherUrl, dataset.publisher.name, t)
      : dataset.publisher.name
    : nothing;
  return html`<div class="footer" part="footer">
    <p><slot name="privacy-note">${t("footer.privacy")}</slot></p>
    ${
      dataset
        ? html`<p>
          ${t("footer.data")} ${dataset.attribution ?? html`${dataset.name}, ${publisher}, ${dataset.license}`}
        </p>`
        : nothing
    }
    <p>
      ${t("footer.geodata")}
      ${GEODATA_ATTRIBUTIONS.map(
        (item, index) =>
          html`${index ? "; " : ""}${item.text} (${newTabLink(item.licenseUrl, item.license, t)})`,
      )}
    </p>
    <slot name="footer"></slot>
  </div>`;
}
