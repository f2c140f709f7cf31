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

/** A person typed a postcode and pressed Enter: the offices nearby, nearest first, and the online services. */
const meta = { title: "Widget/Results", ...widgetMeta() } satisfies Meta<WidgetArgs>;
export default meta;

export const Default = widgetStory(async (el) => {
  await searchFor(el, "10115");
  const list = await shown(el, ".results > .result-list");
  await expect(list.querySelectorAll(":scope > .result").length).toBe(2);
  await expect(el.shadowRoot?.querySelector("[role=status]")?.textContent?.trim()).not.toBe("");
  // Leave the page as a person would see it: the field no longer focused, no suggestions open.
  await userEvent.tab();
});

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
