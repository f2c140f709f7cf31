import type { Meta } from "@storybook/web-components-vite";
import { expect, userEvent } from "storybook/test";
import * as stories from "../../.storybook/widget-stories.js";

/** A person typed a postcode and pressed Enter: the offices nearby, nearest first, and the online services. */
const meta = { title: "Widget/Results", ...stories.widgetMeta() } satisfies Meta<stories.WidgetArgs>;
export default meta;

export const Default = stories.widgetStory(async (el) => {
  await stories.searchFor(el, "10115");
  const list = await stories.shown(el, ".results > .result-list");
  await expect(list.querySelectorAll(":scope > .result").length).toBe(2);
  await expect(el.shadowRoot?.querySelector("[role=status]")?.textContent?.trim()).not.toBe("");
  // Leave the page as a person would see it: the field no longer focused, no suggestions open.
  await userEvent.tab();
});

export const ArabicNarrow = stories.variant(Default, stories.VARIANTS.arabicNarrow);
export const GermanNarrowDark = stories.variant(Default, stories.VARIANTS.germanNarrowDark);
export const ArabicWideDark = stories.variant(Default, stories.VARIANTS.arabicWideDark);
export const GermanHostilePage = stories.variant(Default, stories.VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = stories.variant(Default, stories.VARIANTS.arabicHostilePageDark);
