import type { Meta } from "@storybook/web-components-vite";
import { expect, userEvent } from "storybook/test";
import * as stories from "../../.storybook/widget-stories.js";

/** One office opened from the results: the whole week in Berlin time, contact, accessibility. */
const meta = { title: "Widget/Details open", ...stories.widgetMeta() } satisfies Meta<stories.WidgetArgs>;
export default meta;

export const Default = stories.widgetStory(async (el) => {
  await stories.searchFor(el, "10115");
  await userEvent.click(await stories.shown(el, "#bf-details-0"));
  const heading = await stories.shown(el, "#bf-details-heading");
  await expect(el.shadowRoot?.activeElement).toBe(heading);
  await expect(el.shadowRoot?.querySelectorAll(".details > .week tbody tr").length).toBe(7);
});

export const ArabicNarrow = stories.variant(Default, stories.VARIANTS.arabicNarrow);
export const GermanNarrowDark = stories.variant(Default, stories.VARIANTS.germanNarrowDark);
export const ArabicWideDark = stories.variant(Default, stories.VARIANTS.arabicWideDark);
export const GermanHostilePage = stories.variant(Default, stories.VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = stories.variant(Default, stories.VARIANTS.arabicHostilePageDark);
