import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import {
  shown,
  VARIANTS,
  variant,
  type WidgetArgs,
  widgetMeta,
  widgetStory,
} from "../../.storybook/widget-stories.js";

/** The dataset says it is fictional: a banner says so and links the official finders. */
const meta = {
  title: "Widget/Fictional banner",
  ...widgetMeta({ fictional: true, near: "10115" }),
} satisfies Meta<WidgetArgs>;
export default meta;

export const Default = widgetStory(async (el) => {
  const banner = await shown(el, ".banner");
  await expect(banner.getAttribute("role")).toBe("note");
  await expect(banner.querySelectorAll("a[href]").length).toBeGreaterThan(0);
  await shown(el, ".results > .result-list > .result");
});

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
