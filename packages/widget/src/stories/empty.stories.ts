import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import * as stories from "../../.storybook/widget-stories.js";

/** Nothing within the radius: widen it, the online services, and the official finders. */
const meta = {
  title: "Widget/Empty",
  ...stories.widgetMeta({ near: "Garmisch-Partenkirchen" }),
} satisfies Meta<stories.WidgetArgs>;
export default meta;

export const Default = stories.widgetStory(async (el) => {
  const empty = await stories.shown(el, ".empty");
  await expect(empty.querySelector("button")).not.toBeNull();
  await expect(empty.querySelectorAll("a[href]").length).toBeGreaterThan(0);
});

export const ArabicNarrow = stories.variant(Default, stories.VARIANTS.arabicNarrow);
export const GermanNarrowDark = stories.variant(Default, stories.VARIANTS.germanNarrowDark);
export const ArabicWideDark = stories.variant(Default, stories.VARIANTS.arabicWideDark);
export const GermanHostilePage = stories.variant(Default, stories.VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = stories.variant(Default, stories.VARIANTS.arabicHostilePageDark);
