import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import * as stories from "../../.storybook/widget-stories.js";

/** The dataset says it is fictional: a banner says so and links the official finders. */
const meta = {
  title: "Widget/Fictional banner",
  ...stories.widgetMeta({ fictional: true, near: "10115" }),
} satisfies Meta<stories.WidgetArgs>;
export default meta;

export const Default = stories.widgetStory(async (el) => {
  const banner = await stories.shown(el, ".banner");
  await expect(banner.getAttribute("role")).toBe("note");
  await expect(banner.querySelectorAll("a[href]").length).toBeGreaterThan(0);
  await stories.shown(el, ".results > .result-list > .result");
});

export const ArabicNarrow = stories.variant(Default, stories.VARIANTS.arabicNarrow);
export const GermanNarrowDark = stories.variant(Default, stories.VARIANTS.germanNarrowDark);
export const ArabicWideDark = stories.variant(Default, stories.VARIANTS.arabicWideDark);
export const GermanHostilePage = stories.variant(Default, stories.VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = stories.variant(Default, stories.VARIANTS.arabicHostilePageDark);
