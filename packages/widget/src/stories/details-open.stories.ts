import type { Meta } from "@storybook/web-components-vite";
import { expect, userEvent } from "storybook/test";
import {
  searchFor,
  shown,
  VARIANTS,
  variant,
  type WidgetArgs,
  widgetMeta,
  widgetStory,
} from "../../.storybook/widget-stories.js";

/** One office opened from the results: the whole week in Berlin time, contact, accessibility. */
const meta = { title: "Widget/Details open", ...widgetMeta() } satisfies Meta<WidgetArgs>;
export default meta;

export const Default = widgetStory(async (el) => {
  await searchFor(el, "10115");
  await userEvent.click(await shown(el, "#bf-details-0"));
  const heading = await shown(el, "#bf-details-heading");
  await expect(el.shadowRoot?.activeElement).toBe(heading);
  await expect(el.shadowRoot?.querySelectorAll(".details > .week tbody tr").length).toBe(7);
});

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
