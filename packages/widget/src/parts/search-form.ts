import type { PlaceChoice } from "@beratungsfinder/core";
import { html, nothing, type TemplateResult } from "lit";
import type { Translator } from "../localization/translator.js";
import type { SearchCombobox } from "./search-combobox.js";

/** Places to choose from: those of an ambiguous name, or near misses of the typed text. */
export interface PlaceChoices {
  kind: "ambiguous" | "suggestions";
  query: string;
  choices: PlaceChoice[];
}

/** What the form shows of the search on screen, and where it hands the person's input (the search controller). */
export interface SearchFormSearch {
  readonly combobox: SearchCombobox;
  readonly notice?: string | undefined;
  readonly choices?: PlaceChoices | undefined;
  readonly filters: { readonly age?: number | undefined };
  chooseOffered(choice: PlaceChoice): unknown;
  onAgeInput(event: Event): void;
}

export interface SearchFormProps {
  t: Translator;
  search: SearchFormSearch;
  locating: boolean;
  onSubmit(event: Event): void;
  onLocate(): void;
}

/** The place field, the search and location buttons, and the optional age. */
export function renderSearchForm(props: SearchFormProps): TemplateResult {
  const { t, locating, search } = props;
  const { notice, choices } = search;
  const age = search.filters.age;
  return html`<form class="search" part="search" role="search" aria-labelledby="bf-name bf-instance" @submit=${props.onSubmit} novalidate>
    <div class="search-row">
      ${search.combobox.render(t)}
      <button class="primary" part="button search-button" type="submit">${t("search.submit")}</button>
    </div>
    <div class="locate-row">
      <button class="secondary" part="button locate-button" type="button" @click=${props.onLocate} ?disabled=${locating}>
        ${locating ? t("locate.pending") : t("locate.button")}
      </button>
      <p class="hint">${t("locate.note")}</p>
    </div>
    ${notice ? html`<p class="notice" id="bf-notice">${notice}</p>` : nothing}
    ${choices ? renderChoices(t, choices, (choice) => search.chooseOffered(choice)) : nothing}
    <div class="field age">
      <label for="bf-age">${t("age.label")}</label>
      <input
        id="bf-age"
        type="text"
        inputmode="numeric"
        maxlength="3"
        autocomplete="off"
        aria-describedby="bf-age-hint"
        .value=${age === undefined ? "" : String(age)}
        @change=${search.onAgeInput}
        @input=${search.onAgeInput}
      />
      <p id="bf-age-hint" class="hint">${t("age.hint")}</p>
    </div>
  </form>`;
}

/** "Several places are called …" or "Did you mean …", each place a button that searches around it. */
function renderChoices(
  t: Translator,
  { kind, query, choices }: PlaceChoices,
  onChoose: (choice: PlaceChoice) => unknown,
): TemplateResult {
  const title = kind === "ambiguous" ? t("search.ambiguous", { query }) : t("search.didYouMean", { query });
  return html`<div class="choices notice" part="place-choices" id="bf-choices" role="group" aria-labelledby="bf-choices-title">
    <p id="bf-choices-title">${title}</p>
    <ul>
      ${choices.map(
        (choice) =>
          html`<li><button class="choice" part="button place-choice" type="button" @click=${() => onChoose(choice)}>
            <bdi class="choice-name">${choice.name}</bdi>${
              choice.region
                ? html`<span class="visually-hidden">, </span> <bdi class="choice-region">${choice.region}</bdi>`
                : nothing
            }
          </button></li>`,
      )}
    </ul>
  </div>`;
}
