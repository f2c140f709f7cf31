import { CHANNELS, type Channel, TOPICS, type Topic } from "@beratungsfinder/schemas/vocabulary";
import { html, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Formatting } from "../localization/formatting.js";
import { codeLabel } from "../localization/reasons.js";
import type { Translator } from "../localization/translator.js";
import { activeFilterCount, RADIUS_CHOICES, type SearchFilters } from "../search-state.js";

export interface FilterPanelProps {
  t: Translator;
  format: Formatting;
  filters: SearchFilters;
  /** Counselling languages found in the dataset (ISO codes). */
  languages: readonly string[];
  /** Whether the panel is expanded; on phones it starts folded so results come first. */
  open: boolean;
  onToggle(open: boolean): void;
  onChange(filters: SearchFilters): void;
}

function one<T extends string>(value: string): T[] {
  return value ? [value as T] : [];
}

/**
 * Language, topic, channel, open now, step-free and radius; every change applies at once. The choices
 * are set as live properties: an attribute would not move a select the person already changed, and Back
 * (or a wider radius) changes the filters from outside.
 */
export function renderFilterPanel({
  t,
  format,
  filters,
  languages,
  open,
  onToggle,
  onChange,
}: FilterPanelProps): TemplateResult {
  const active = activeFilterCount(filters);
  const update = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  const selected = (event: Event) => (event.target as HTMLSelectElement).value;
  const checked = (event: Event) => (event.target as HTMLInputElement).checked;
  const radii = RADIUS_CHOICES.includes(filters.radiusKm as (typeof RADIUS_CHOICES)[number])
    ? RADIUS_CHOICES
    : [...RADIUS_CHOICES, filters.radiusKm].sort((a, b) => a - b);
  const languageOptions = distinctLanguageOptions(languages, format.language);
  return html`
    <details
      class="filters-disclosure"
      ?open=${open}
      @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}
    >
      <summary part="filters-toggle">
        ${t("filters.heading")}${active > 0 ? html` <span class="count">(${format.number(active)})</span>` : ""}
      </summary>
    <fieldset class="filters" part="filters">
      <legend class="visually-hidden">${t("filters.heading")}</legend>
      <div class="filter-grid">
        <div class="field">
          <label for="bf-radius">${t("filters.radius")}</label>
          <select id="bf-radius" @change=${(e: Event) => update({ radiusKm: Number(selected(e)) })}>
            ${radii.map(
              (km) =>
                html`<option value=${km} .selected=${live(km === filters.radiusKm)}>${format.distance(km)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="bf-language">${t("filters.language")}</label>
          <select id="bf-language" @change=${(e: Event) => update({ languages: one(selected(e)) })}>
            <option value="" .selected=${live(filters.languages.length === 0)}>${t("filters.anyLanguage")}</option>
            ${languageOptions.map(
              ({ code, name }) =>
                html`<option value=${code} .selected=${live(filters.languages.includes(code))}>${name}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="bf-topic">${t("filters.topic")}</label>
          <select id="bf-topic" @change=${(e: Event) => update({ topics: one<Topic>(selected(e)) })}>
            <option value="" .selected=${live(filters.topics.length === 0)}>${t("filters.anyTopic")}</option>
            ${TOPICS.filter((topic) => t.has(`topic.${topic}`)).map(
              (topic) =>
                html`<option value=${topic} .selected=${live(filters.topics.includes(topic))}>
                  ${codeLabel(t, "topic", topic)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="bf-channel">${t("filters.channel")}</label>
          <select id="bf-channel" @change=${(e: Event) => update({ channels: one<Channel>(selected(e)) })}>
            <option value="" .selected=${live(filters.channels.length === 0)}>${t("filters.anyChannel")}</option>
            ${CHANNELS.filter((channel) => t.has(`channel.${channel}`)).map(
              (channel) =>
                html`<option value=${channel} .selected=${live(filters.channels.includes(channel))}>
                  ${codeLabel(t, "channel", channel)}
                </option>`,
            )}
          </select>
        </div>
        <div class="check">
          <input
            id="bf-open-now"
            type="checkbox"
            .checked=${filters.openNow}
            @change=${(e: Event) => update({ openNow: checked(e) })}
          />
          <label for="bf-open-now">${t("filters.openNow")}</label>
        </div>
        <div class="check">
          <input
            id="bf-step-free"
            type="checkbox"
            .checked=${filters.stepFree}
            @change=${(e: Event) => update({ stepFree: checked(e) })}
          />
          <label for="bf-step-free">${t("filters.stepFree")}</label>
        </div>
      </div>
    </fieldset>
    </details>
  `;
}

/**
 * The language filter's options, sorted by name, no two reading the same: browsers name Kurdish (ku) and
 * Kurmanji (kmr) both "Kurdisch", so a name shared by several codes gets its code added, "Kurdisch (kmr)".
 */
export function distinctLanguageOptions(
  codes: readonly string[],
  nameOf: (code: string) => string,
): { code: string; name: string }[] {
  const named = codes.map((code) => ({ code, name: nameOf(code) }));
  const counts = new Map<string, number>();
  for (const { name } of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  return named
    .map(({ code, name }) => ({ code, name: (counts.get(name) ?? 0) > 1 ? `${name} (${code})` : name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
