import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import * as stories from "../../.storybook/widget-stories.js";

/** The dataset could not be fetched: what went wrong, in words, and a retry (which works here). */
const meta = {
  title: "Widget/Error",
  ...stories.widgetMeta({ data: "failing" }),
} satisfies Meta<stories.WidgetArgs>;
export default meta;

export const Default = stories.widgetStory(async (el) => {
  const alert = await stories.shown(el, "[role=alert]");
  await expect(alert.querySelector("h3")?.textContent?.trim()).not.toBe("");
  await expect(alert.querySelector("button")).not.toBeNull();
});

export const ArabicNarrow = stories.variant(Default, stories.VARIANTS.arabicNarrow);
export const GermanNarrowDark = stories.variant(Default, stories.VARIANTS.germanNarrowDark);
export const ArabicWideDark = stories.variant(Default, stories.VARIANTS.arabicWideDark);
export const GermanHostilePage = stories.variant(Default, stories.VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = stories.variant(Default, stories.VARIANTS.arabicHostilePageDark);
