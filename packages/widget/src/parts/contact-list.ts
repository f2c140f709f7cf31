import type { SearchResult } from "@beratungsfinder/core";
import { html, nothing, type TemplateResult } from "lit";
import type { Translator } from "../localization/translator.js";
import { mailtoHref, safeHref, telHref } from "../safe-href.js";

/** Copies `text` and says so; `source` is the element holding the text, to select it when copying fails. */
export type CopyHandler = (text: string, source: HTMLElement | null) => void;

export interface ContactListProps {
  result: SearchResult;
  t: Translator;
  onCopy: CopyHandler;
  /** Prefix for element ids, unique per rendered office ("bf-contact-3"). */
  idPrefix: string;
}

/** A button that copies `text`, described by the element that shows it (`valueId`, in the same shadow root). */
export function renderCopyButton(
  onCopy: CopyHandler,
  text: string,
  valueId: string,
  label: string,
): TemplateResult {
  return html`<button
    class="secondary copy"
    part="button copy-button"
    type="button"
    aria-describedby=${valueId}
    @click=${(event: Event) => {
      const root = (event.currentTarget as HTMLElement).getRootNode() as ParentNode;
      onCopy(text, root.querySelector<HTMLElement>(`#${valueId}`));
    }}
  >
    ${label}
  </button>`;
}

/**
 * Phones, e-mail and website as text a person can select and copy (long-pressing a link opens it
 * instead), each with a copy button; links to call or write stay beside them in `renderOfficeLinks`.
 */
export function renderContactList(props: ContactListProps): TemplateResult | typeof nothing {
  const { result, t, onCopy, idPrefix } = props;
  const { contact } = result.office;
  const phones = contact.phones.filter((phone) => telHref(phone.number));
  const email = contact.emails.find((value) => mailtoHref(value));
  const website = safeHref(contact.website);
  if (!phones.length && !email && !website) return nothing;
  const row = (key: string, label: string, value: string) => {
    const valueId = `${idPrefix}-${key}`;
    return html`<div class="contact-row">
      <dt>${label}</dt>
      <dd>
        <span class="value" id=${valueId} dir="ltr">${value}</span>
        ${renderCopyButton(onCopy, value, valueId, t("contact.copy"))}
      </dd>
    </div>`;
  };
  return html`<dl class="contact-list">
    ${phones.map((phone, index) =>
      row(`phone-${index}`, phone.type === "fax" ? t("contact.fax") : t("contact.phone"), phone.number),
    )}
    ${email ? row("email", t("contact.email"), email) : nothing}
    ${website ? row("website", t("action.website"), contact.website ?? website) : nothing}
  </dl>`;
}
